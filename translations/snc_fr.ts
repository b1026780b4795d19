<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached. Check your internet connection and proxy, then try again.</source>
        <comment>@error</comment>
        <translation>Le serveur est injoignable. Vérifiez votre connexion à Internet et votre proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <comment>@error</comment>
        <translation>Le serveur n’a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The secure connection was refused because the server&apos;s certificate could not be verified. Nothing was sent. If you are behind a company proxy that inspects traffic, ask your network team.</source>
        <comment>@error</comment>
        <translation>La connexion sécurisée a été refusée car le certificat du serveur n’a pas pu être vérifié. Rien n’a été envoyé. Si vous êtes derrière un proxy d’entreprise qui inspecte le trafic, adressez-vous à votre équipe réseau.</translation>
    </message>
    <message>
        <source>The application secret does not match the application key. Paste the secret again, without spaces or line breaks.</source>
        <comment>@error</comment>
        <translation>Le secret d’application ne correspond pas à la clé d’application. Collez de nouveau le secret, sans espaces ni retours à la ligne.</translation>
    </message>
    <message numerus="yes">
        <source>Your computer&apos;s clock is off by %n second(s). Set the clock to the right time (enable automatic time), then try again.</source>
        <comment>@error</comment>
        <extracomment>%n is a number of seconds</extracomment>
        <translation>
            <numerusform>L’horloge de votre ordinateur est décalée de %n seconde. Mettez-la à l’heure (activez l’heure automatique), puis réessayez.</numerusform>
            <numerusform>L’horloge de votre ordinateur est décalée de %n secondes. Mettez-la à l’heure (activez l’heure automatique), puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The access has not been validated yet. Finish the validation in your browser, then continue.</source>
        <comment>@error</comment>
        <translation>L’accès n’a pas encore été validé. Terminez la validation dans votre navigateur, puis continuez.</translation>
    </message>
    <message>
        <source>Your authorization has expired or was revoked. Authorize the wizard again.</source>
        <comment>@error</comment>
        <translation>Votre autorisation a expiré ou a été révoquée. Autorisez de nouveau l’assistant.</translation>
    </message>
    <message>
        <source>This application key is unknown to OVHcloud in the chosen region. Check the region and the key.</source>
        <comment>@error</comment>
        <translation>Cette clé d’application est inconnue d’OVHcloud dans la région choisie. Vérifiez la région et la clé.</translation>
    </message>
    <message>
        <source>This access was not granted: %1. Authorize the wizard again to include it.</source>
        <comment>@error</comment>
        <translation>Cet accès n’a pas été accordé&#xa0;: %1. Autorisez de nouveau l’assistant pour l’inclure.</translation>
    </message>
    <message>
        <source>This call was not granted to the wizard. Authorize the wizard again.</source>
        <comment>@error</comment>
        <translation>Cet appel n’a pas été accordé à l’assistant. Autorisez de nouveau l’assistant.</translation>
    </message>
    <message>
        <source>The requested item does not exist (any more). Refresh and try again.</source>
        <comment>@error</comment>
        <translation>L’élément demandé n’existe pas (ou plus). Actualisez, puis réessayez.</translation>
    </message>
    <message>
        <source>The server refused because another operation is in progress or the item already exists. Refresh, wait for running tasks, then try again.</source>
        <comment>@error</comment>
        <translation>Le serveur a refusé car une autre opération est en cours ou l’élément existe déjà. Actualisez, attendez la fin des tâches en cours, puis réessayez.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <comment>@error</comment>
        <translation>Le serveur a refusé la demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the request. Check the values entered.</source>
        <comment>@error</comment>
        <translation>Le serveur a refusé la demande. Vérifiez les valeurs saisies.</translation>
    </message>
    <message>
        <source>Too many requests were sent. The wizard will slow down; try again in a moment.</source>
        <comment>@error</comment>
        <translation>Trop de requêtes ont été envoyées. L’assistant va ralentir&#x202f;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The OVHcloud server had a problem. Try again later; if it persists, contact support with the query identifier.</source>
        <comment>@error</comment>
        <translation>Le serveur d’OVHcloud a rencontré un problème. Réessayez plus tard&#x202f;; si le problème persiste, contactez le support en indiquant l’identifiant de la requête.</translation>
    </message>
    <message>
        <source>The server sent an answer the wizard could not understand. Try again; if it persists, contact support with the query identifier.</source>
        <comment>@error</comment>
        <translation>Le serveur a envoyé une réponse que l’assistant ne comprend pas. Réessayez&#x202f;; si le problème persiste, contactez le support en indiquant l’identifiant de la requête.</translation>
    </message>
    <message>
        <source>The operation was canceled.</source>
        <comment>@error</comment>
        <translation>L’opération a été annulée.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable or refused access. Unlock it and retry, or continue without remembering secrets.</source>
        <comment>@error</comment>
        <translation>Le trousseau du système est indisponible ou a refusé l’accès. Déverrouillez-le et réessayez, ou continuez sans mémoriser les secrets.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed. Try again; if it persists, contact support.</source>
        <comment>@error</comment>
        <translation>Une opération cryptographique a échoué. Réessayez&#x202f;; si le problème persiste, contactez le support.</translation>
    </message>
    <message>
        <source>Some values are not valid. Correct them; nothing was sent.</source>
        <comment>@error</comment>
        <translation>Certaines valeurs ne sont pas valides. Corrigez-les&#x202f;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The code or token has expired. Request a new one.</source>
        <comment>@error</comment>
        <translation>Le code ou le jeton a expiré. Demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>The OVHcloud task has not moved for a long time (OVHcloud: “%1”). It may still finish: leave this page, or close the wizard, and come back later; the wizard will find the task and follow it again. If it stays blocked, contact OVHcloud support.</source>
        <comment>@error</comment>
        <extracomment>%1 the task&apos;s own description, in OVHcloud&apos;s words</extracomment>
        <translation>La tâche OVHcloud n’avance plus depuis longtemps (OVHcloud&#xa0;: «&#xa0;%1&#xa0;»). Elle peut encore aboutir&#xa0;: quittez cette page, ou fermez l’assistant, et revenez plus tard&#x202f;; l’assistant retrouvera la tâche et la suivra de nouveau. Si elle reste bloquée, contactez le support OVHcloud.</translation>
    </message>
    <message>
        <source>The OVHcloud task has not moved for a long time. It may still finish: leave this page, or close the wizard, and come back later; the wizard will find the task and follow it again. If it stays blocked, contact OVHcloud support.</source>
        <comment>@error</comment>
        <translation>La tâche OVHcloud n’avance plus depuis longtemps. Elle peut encore aboutir&#xa0;: quittez cette page, ou fermez l’assistant, et revenez plus tard&#x202f;; l’assistant retrouvera la tâche et la suivra de nouveau. Si elle reste bloquée, contactez le support OVHcloud.</translation>
    </message>
</context>
<context>
    <name>CompletionSummary</name>
    <message>
        <source>unknown</source>
        <comment>@info date not given by the API</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <comment>@info date</comment>
        <extracomment>%1 a date and time, in UTC</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Configure the key provider in vCenter</source>
        <comment>@title next step</comment>
        <translation>Configurer le fournisseur de clés dans vCenter</translation>
    </message>
    <message>
        <source>OVHcloud is waiting for vCenter: add your OKMS as a standard key provider, trust it, and give vCenter the credential&apos;s certificate and key saved in stage 5.</source>
        <comment>@info next step</comment>
        <translation>OVHcloud attend vCenter&#xa0;: ajoutez votre OKMS comme fournisseur de clés standard, accordez-lui votre confiance et donnez à vCenter le certificat et la clé de l’identifiant enregistrés à l’étape 5.</translation>
    </message>
    <message>
        <source>Check in vCenter that the key provider is connected, then encrypt virtual machines with a VM encryption storage policy.</source>
        <comment>@info next step</comment>
        <translation>Vérifiez dans vCenter que le fournisseur de clés est connecté, puis chiffrez les machines virtuelles avec une stratégie de stockage de chiffrement de VM.</translation>
    </message>
    <message>
        <source>Open vSphere through the VPN</source>
        <comment>@title next step</comment>
        <translation>Ouvrir vSphere par le VPN</translation>
    </message>
    <message>
        <source>With the private gateway on, vSphere is reached only through the IPsec VPN, with the hosts lines shown in stage 4.</source>
        <comment>@info next step</comment>
        <translation>Avec la passerelle privée active, vSphere n’est joignable que par le VPN IPsec, avec les lignes du fichier hosts affichées à l’étape 4.</translation>
    </message>
    <message>
        <source>With the private gateway on, %1 is reached only through the IPsec VPN, with the hosts lines shown in stage 4.</source>
        <comment>@info next step</comment>
        <translation>Avec la passerelle privée active, %1 n’est joignable que par le VPN IPsec, avec les lignes du fichier hosts affichées à l’étape 4.</translation>
    </message>
    <message>
        <source>The password policy could not be read: its validity period is unknown.</source>
        <comment>@info next step</comment>
        <translation>La politique de mots de passe n’a pas pu être lue&#xa0;: sa durée de validité est inconnue.</translation>
    </message>
    <message>
        <source>The password policy sets no validity period: the admin password does not expire.</source>
        <comment>@info next step</comment>
        <translation>La politique de mots de passe ne fixe aucune durée de validité&#xa0;: le mot de passe d’admin n’expire pas.</translation>
    </message>
    <message numerus="yes">
        <source>The password policy gives the admin password %n day(s) from its last change. The API does not publish when it was last changed: the date is unknown.</source>
        <comment>@info next step</comment>
        <translation>
            <numerusform>La politique de mots de passe donne au mot de passe d’admin %n jour après son dernier changement. L’API ne publie pas la date de ce changement&#xa0;: l’échéance est inconnue.</numerusform>
            <numerusform>La politique de mots de passe donne au mot de passe d’admin %n jours après son dernier changement. L’API ne publie pas la date de ce changement&#xa0;: l’échéance est inconnue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the admin password in time</source>
        <comment>@title next step</comment>
        <translation>Changer le mot de passe d’admin à temps</translation>
    </message>
    <message>
        <source>Renew the KMS access credential</source>
        <comment>@title next step</comment>
        <translation>Renouveler l’identifiant d’accès au KMS</translation>
    </message>
    <message>
        <source>It expires on %1 (OKMS). Before then, create a new one in stage 5 and give vCenter its certificate, or encrypted VMs cannot get their keys.</source>
        <comment>@info next step</comment>
        <extracomment>%1 date</extracomment>
        <translation>Il expire le %1 (OKMS). Avant cette date, créez-en un nouveau à l’étape 5 et donnez son certificat à vCenter, sinon les VM chiffrées ne pourront plus obtenir leurs clés.</translation>
    </message>
    <message>
        <source>Its expiry date is unknown (OKMS gave none).</source>
        <comment>@info next step</comment>
        <translation>Sa date d’expiration est inconnue (OKMS n’en a donné aucune).</translation>
    </message>
    <message>
        <source>Its expiry date is unknown (the credential was not read).</source>
        <comment>@info next step</comment>
        <translation>Sa date d’expiration est inconnue (l’identifiant n’a pas été lu).</translation>
    </message>
    <message>
        <source>OVHcloud gives it no expiry date.</source>
        <comment>@info next step</comment>
        <translation>OVHcloud ne lui donne aucune date d’expiration.</translation>
    </message>
    <message>
        <source>It expires on %1. After that, authorize the wizard again on the connection page.</source>
        <comment>@info next step</comment>
        <extracomment>%1 date</extracomment>
        <translation>Elle expire le %1. Ensuite, autorisez de nouveau l’assistant sur la page de connexion.</translation>
    </message>
    <message>
        <source>The wizard&apos;s API authorization ends</source>
        <comment>@title next step</comment>
        <translation>Fin de l’autorisation d’API de l’assistant</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <source>SecNumCloud compliance report</source>
        <comment>@title report</comment>
        <translation>Rapport de conformité SecNumCloud</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>@label report</comment>
        <translation>Service</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <comment>@label report</comment>
        <translation>Point d’accès de l’API</translation>
    </message>
    <message>
        <source>Generated</source>
        <comment>@label report</comment>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>@label report</comment>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>All six stages verified done; no security option pending.</source>
        <comment>@info report</comment>
        <translation>Les six étapes sont vérifiées comme terminées&#x202f;; aucune option de sécurité en attente.</translation>
    </message>
    <message>
        <source>Not complete: see the stages below.</source>
        <comment>@info report</comment>
        <translation>Incomplet&#xa0;: voir les étapes ci-dessous.</translation>
    </message>
    <message>
        <source>Access policy</source>
        <comment>@label report</comment>
        <translation>Politique d’accès</translation>
    </message>
    <message>
        <source>Allowed networks</source>
        <comment>@label report</comment>
        <translation>Réseaux autorisés</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>@title report</comment>
        <extracomment>Summary line: %1 stage number, %2 stage title
----------
Report section title: %1 stage number, %2 stage title</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@label report</comment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Private gateway</source>
        <comment>@label report</comment>
        <translation>Passerelle privée</translation>
    </message>
    <message>
        <source>#%1 %2: %3 (started %4, ended %5)</source>
        <comment>@info report</comment>
        <extracomment>Task line: %1 id, %2 name, %3 state, %4 start date, %5 end date</extracomment>
        <translation>#%1 %2&#xa0;: %3 (début %4, fin %5)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <comment>@label report</comment>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Pending security options</source>
        <comment>@title report</comment>
        <translation>Options de sécurité en attente</translation>
    </message>
    <message>
        <source>This report lists no secret: no key, password, code or pre-shared key.</source>
        <comment>@info report</comment>
        <translation>Ce rapport ne contient aucun secret&#xa0;: ni clé, ni mot de passe, ni code, ni clé pré-partagée.</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <comment>@label mark</comment>
        <extracomment>Mark on a report or screen made on the practice sandbox (not a real service); upper case</extracomment>
        <translation>EXERCICE</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>@title report with mark</comment>
        <extracomment>%1 report title, %2 the PRACTICE mark</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Made on the practice sandbox: a simulated service, not an OVHcloud one. It proves nothing about a real service.</source>
        <comment>@info report</comment>
        <translation>Produit dans le bac à sable d’entraînement&#xa0;: un service simulé, pas un service OVHcloud. Il ne prouve rien sur un service réel.</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>@title report</comment>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Session</source>
        <comment>@label report</comment>
        <translation>Session</translation>
    </message>
    <message>
        <source>Practice sandbox (simulated)</source>
        <comment>@info report</comment>
        <translation>Bac à sable d’entraînement (simulé)</translation>
    </message>
    <message>
        <source>OVHcloud</source>
        <comment>@info report</comment>
        <translation>OVHcloud</translation>
    </message>
    <message>
        <source>SecNumCloud activated</source>
        <comment>@label report</comment>
        <translation>SecNumCloud activé</translation>
    </message>
    <message>
        <source>What to do next</source>
        <comment>@title report</comment>
        <translation>Ce qu’il reste à faire</translation>
    </message>
    <message>
        <source>Pending security options</source>
        <comment>@label report</comment>
        <translation>Options de sécurité en attente</translation>
    </message>
    <message>
        <source>the PDF could not be written to %1</source>
        <comment>@error</comment>
        <translation>le PDF n’a pas pu être écrit dans %1</translation>
    </message>
</context>
<context>
    <name>ConnectionKeys</name>
    <message>
        <source>Practice sandbox</source>
        <comment>@item region</comment>
        <translation>Bac à sable d’entraînement</translation>
    </message>
    <message>
        <source>An application key is 8 to 64 letters and digits, as shown when you created the application.</source>
        <comment>@error</comment>
        <translation>Une clé d’application compte de 8 à 64 lettres et chiffres, telle qu’affichée à la création de l’application.</translation>
    </message>
    <message>
        <source>An application secret is 8 to 64 letters and digits. Paste it again.</source>
        <comment>@error</comment>
        <translation>Un secret d’application compte de 8 à 64 lettres et chiffres. Collez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>Enter an e-mail address.</source>
        <comment>@error</comment>
        <translation>Saisissez une adresse e-mail.</translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <comment>@error</comment>
        <translation>L’adresse e-mail est trop longue.</translation>
    </message>
    <message>
        <source>An e-mail address contains no spaces.</source>
        <comment>@error</comment>
        <translation>Une adresse e-mail ne contient pas d’espace.</translation>
    </message>
    <message>
        <source>An e-mail address contains exactly one @, e.g. name@example.com.</source>
        <comment>@error</comment>
        <translation>Une adresse e-mail contient exactement un @, par exemple nom@example.com.</translation>
    </message>
    <message>
        <source>The part before the @ is missing or too long.</source>
        <comment>@error</comment>
        <translation>La partie avant le @ est absente ou trop longue.</translation>
    </message>
    <message>
        <source>The domain after the @ needs a dot, e.g. example.com.</source>
        <comment>@error</comment>
        <translation>Le domaine après le @ doit contenir un point, par exemple example.com.</translation>
    </message>
    <message>
        <source>The domain after the @ is not valid.</source>
        <comment>@error</comment>
        <translation>Le domaine après le @ n’est pas valide.</translation>
    </message>
    <message>
        <source>The part before the @ is not valid: it has a character an e-mail address cannot use, or a dot at its start, at its end or twice in a row.</source>
        <comment>@error</comment>
        <translation>La partie avant le @ n’est pas valide&#xa0;: elle contient un caractère interdit dans une adresse e-mail, ou un point au début, à la fin ou deux points de suite.</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>OVHcloud Europe (ovh-eu)</source>
        <comment>@label region</comment>
        <translation>OVHcloud Europe (ovh-eu)</translation>
    </message>
    <message>
        <source>OVHcloud Canada (ovh-ca)</source>
        <comment>@label region</comment>
        <translation>OVHcloud Canada (ovh-ca)</translation>
    </message>
    <message>
        <source>OVHcloud United States (ovh-us)</source>
        <comment>@label region</comment>
        <translation>OVHcloud États-Unis (ovh-us)</translation>
    </message>
    <message>
        <source>Custom server (%1)</source>
        <comment>@label region</comment>
        <translation>Serveur personnalisé (%1)</translation>
    </message>
    <message>
        <source>No region</source>
        <comment>@label region</comment>
        <translation>Aucune région</translation>
    </message>
</context>
<context>
    <name>Ipv4BlockCheck</name>
    <message>
        <source>private (RFC 1918)</source>
        <comment>@info network category</comment>
        <translation>privée (RFC 1918)</translation>
    </message>
    <message>
        <source>public</source>
        <comment>@info network category</comment>
        <translation>publique</translation>
    </message>
    <message>
        <source>documentation range (practice only)</source>
        <comment>@info network category</comment>
        <translation>plage de documentation (entraînement uniquement)</translation>
    </message>
    <message>
        <source>Enter an IPv4 address or a block such as 203.0.113.0/24.</source>
        <comment>@error</comment>
        <translation>Saisissez une adresse IPv4 ou un bloc tel que 203.0.113.0/24.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address or block. Write it as four numbers from 0 to 255 separated by dots, optionally followed by /8 to /32, e.g. 203.0.113.7 or 198.51.100.0/24.</source>
        <comment>@error</comment>
        <translation>«&#xa0;%1&#xa0;» n’est ni une adresse ni un bloc IPv4. Écrivez quatre nombres de 0 à 255 séparés par des points, suivis éventuellement de /8 à /32, par exemple 203.0.113.7 ou 198.51.100.0/24.</translation>
    </message>
    <message>
        <source>%1 would allow the whole Internet. Enter only your own addresses.</source>
        <comment>@error</comment>
        <translation>%1 autoriserait tout Internet. Saisissez uniquement vos propres adresses.</translation>
    </message>
    <message>
        <source>%1 is in 0.0.0.0/8 (“this network”), which is not a real source address.</source>
        <comment>@error</comment>
        <translation>%1 appartient à 0.0.0.0/8 («&#xa0;ce réseau&#xa0;»), qui n’est pas une véritable adresse source.</translation>
    </message>
    <message>
        <source>%1 is a loopback address (127.0.0.0/8): it never reaches OVHcloud.</source>
        <comment>@error</comment>
        <translation>%1 est une adresse de bouclage (127.0.0.0/8)&#xa0;: elle n’atteint jamais OVHcloud.</translation>
    </message>
    <message>
        <source>%1 is a link-local address (169.254.0.0/16): it never leaves your local network.</source>
        <comment>@error</comment>
        <translation>%1 est une adresse lien-local (169.254.0.0/16)&#xa0;: elle ne sort jamais de votre réseau local.</translation>
    </message>
    <message>
        <source>%1 is a multicast range (224.0.0.0/4), not a source address.</source>
        <comment>@error</comment>
        <translation>%1 est une plage multicast (224.0.0.0/4), pas une adresse source.</translation>
    </message>
    <message>
        <source>%1 is in the reserved range 240.0.0.0/4 (including the broadcast address).</source>
        <comment>@error</comment>
        <translation>%1 appartient à la plage réservée 240.0.0.0/4 (adresse de diffusion comprise).</translation>
    </message>
    <message>
        <source>%1 is a documentation range (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) used in examples; it is accepted only in the practice sandbox. Enter your real address.</source>
        <comment>@error</comment>
        <translation>%1 est une plage de documentation (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) utilisée dans les exemples&#x202f;; elle n’est acceptée que dans le bac à sable d’entraînement. Saisissez votre véritable adresse.</translation>
    </message>
    <message>
        <source>/32 was added: %1 is a single address.</source>
        <comment>@info</comment>
        <translation>/32 a été ajouté&#xa0;: %1 est une adresse unique.</translation>
    </message>
    <message>
        <source>The host bits were cleared: %1 is the block that contains %2.</source>
        <comment>@info</comment>
        <translation>Les bits d’hôte ont été mis à zéro&#xa0;: %1 est le bloc qui contient %2.</translation>
    </message>
    <message>
        <source>%1 is wider than /16: it allows %2 addresses. Make sure they are all yours.</source>
        <comment>@info</comment>
        <extracomment>%1 block, %2 number of addresses (localized)</extracomment>
        <translation>%1 est plus large qu’un /16&#xa0;: il autorise %2 adresses. Assurez-vous qu’elles sont toutes à vous.</translation>
    </message>
    <message>
        <source>%1 is already allowed.</source>
        <comment>@error</comment>
        <translation>%1 est déjà autorisé.</translation>
    </message>
    <message>
        <source>%1 is already covered by %2.</source>
        <comment>@error</comment>
        <translation>%1 est déjà couvert par %2.</translation>
    </message>
    <message>
        <source>%1 overlaps %2, which is already allowed: delete %2 first.</source>
        <comment>@error</comment>
        <translation>%1 chevauche %2, déjà autorisé&#xa0;: supprimez d’abord %2.</translation>
    </message>
    <message>
        <source>OVHcloud allows at most %1 addresses in total. With %2 the total would be %3. Use a smaller block or delete an entry first.</source>
        <comment>@error</comment>
        <translation>OVHcloud autorise au plus %1 adresses au total. Avec %2, le total serait de %3. Utilisez un bloc plus petit ou supprimez d’abord une entrée.</translation>
    </message>
    <message>
        <source>%1 overlaps 100.64.0.0/10, the range internet providers use behind carrier-grade NAT: OVHcloud sees your provider&apos;s public address instead. Enter that address.</source>
        <comment>@error</comment>
        <translation>%1 chevauche 100.64.0.0/10, la plage que les fournisseurs d’accès utilisent derrière un NAT mutualisé (CGNAT)&#xa0;: OVHcloud voit à la place l’adresse publique de votre fournisseur. Saisissez cette adresse.</translation>
    </message>
</context>
<context>
    <name>OnboardingOverview</name>
    <message>
        <source>Before you start</source>
        <comment>@title</comment>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>This wizard takes your OVHcloud Hosted Private Cloud SecNumCloud service (a PCC named like pcc-192-0-2-1) from delivery to an activated SecNumCloud service, in six stages. It works through the OVHcloud API with keys you create, and changes nothing until you press a button that says what it will do.</source>
        <comment>@info</comment>
        <translation>Cet assistant mène votre service Hosted Private Cloud SecNumCloud d’OVHcloud (un PCC nommé comme pcc-192-0-2-1) de la livraison à un service SecNumCloud activé, en six étapes. Il passe par l’API OVHcloud avec des clés que vous créez, et ne change rien tant que vous n’avez pas appuyé sur un bouton qui dit ce qu’il va faire.</translation>
    </message>
    <message>
        <source>usually minutes; can take longer (OVHcloud publishes no duration)</source>
        <comment>@info wait</comment>
        <extracomment>&quot;Usually minutes&quot; is said where OVHcloud publishes no duration: never replace it with a figure.</extracomment>
        <translation>en général quelques minutes&#x202f;; peut être plus long (OVHcloud ne publie pas de durée)</translation>
    </message>
    <message>
        <source>Only the networks you list may reach vCenter and the secure interface.</source>
        <comment>@info stage</comment>
        <translation>Seuls les réseaux que vous indiquez peuvent joindre vCenter et l’interface sécurisée.</translation>
    </message>
    <message>
        <source>the public IP addresses you and your administrators connect from</source>
        <comment>@item have at hand</comment>
        <translation>les adresses IP publiques depuis lesquelles vous et vos administrateurs vous connectez</translation>
    </message>
    <message>
        <source>one task per network and one for the access policy: %1.</source>
        <comment>@info wait</comment>
        <translation>une tâche par réseau et une pour la politique d’accès&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The admin account gets its phone, e-mail, password and an authenticator app, then becomes the token validator that confirms sensitive operations.</source>
        <comment>@info stage</comment>
        <translation>Le compte admin reçoit son téléphone, son e-mail, son mot de passe et une application d’authentification, puis devient le valideur de jetons qui confirme les opérations sensibles.</translation>
    </message>
    <message>
        <source>the admin&apos;s phone (SMS) and mailbox, both within reach</source>
        <comment>@item have at hand</comment>
        <translation>le téléphone (SMS) et la boîte mail de l’admin, tous deux à portée de main</translation>
    </message>
    <message>
        <source>an authenticator app on a phone (TOTP)</source>
        <comment>@item have at hand</comment>
        <translation>une application d’authentification sur un téléphone (TOTP)</translation>
    </message>
    <message numerus="yes">
        <source>the SMS token must be confirmed within %n minute(s), or the operation is cancelled and a new token is needed: keep the phone at hand for that window. The other tasks: %1.</source>
        <comment>@info wait</comment>
        <extracomment>%n is the token&apos;s validity in minutes, as OVHcloud publishes it (15)</extracomment>
        <translation>
            <numerusform>le jeton SMS doit être confirmé dans les %n minute, sinon l’opération est annulée et il faut un nouveau jeton&#xa0;: gardez le téléphone à portée de main pendant ce temps. Les autres tâches&#xa0;: %1.</numerusform>
            <numerusform>le jeton SMS doit être confirmé dans les %n minutes, sinon l’opération est annulée et il faut un nouveau jeton&#xa0;: gardez le téléphone à portée de main pendant ce temps. Les autres tâches&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An IPsec tunnel from your site to the service, configured in NSX.</source>
        <comment>@info stage</comment>
        <translation>Un tunnel IPsec de votre site vers le service, configuré dans NSX.</translation>
    </message>
    <message>
        <source>your VPN peer&apos;s public address and the subnets behind it</source>
        <comment>@item have at hand</comment>
        <translation>l’adresse publique de votre pair VPN et les sous-réseaux derrière lui</translation>
    </message>
    <message>
        <source>someone who can configure your VPN device</source>
        <comment>@item have at hand</comment>
        <translation>quelqu’un qui sait configurer votre équipement VPN</translation>
    </message>
    <message>
        <source>NSX-T enabled on the service (Control Panel)</source>
        <comment>@item have at hand</comment>
        <translation>NSX-T activé sur le service (espace client)</translation>
    </message>
    <message>
        <source>NSX-T&apos;s activation, if not done yet: %1. The tunnel comes up once your side is configured.</source>
        <comment>@info wait</comment>
        <translation>l’activation de NSX-T, si elle n’est pas faite&#xa0;: %1. Le tunnel monte une fois votre côté configuré.</translation>
    </message>
    <message>
        <source>vSphere leaves the internet: it is reached only through your private network (vRack).</source>
        <comment>@info stage</comment>
        <translation>vSphere quitte Internet&#xa0;: on ne le joint plus que par votre réseau privé (vRack).</translation>
    </message>
    <message>
        <source>a vRack portgroup under the datacenter</source>
        <comment>@item have at hand</comment>
        <translation>un portgroup vRack sous le datacenter</translation>
    </message>
    <message>
        <source>a free network (address and mask) for the gateway</source>
        <comment>@item have at hand</comment>
        <translation>un réseau libre (adresse et masque) pour la passerelle</translation>
    </message>
    <message>
        <source>the right to edit the hosts file on the computers that manage vSphere</source>
        <comment>@item have at hand</comment>
        <translation>le droit de modifier le fichier hosts des ordinateurs qui administrent vSphere</translation>
    </message>
    <message>
        <source>the gateway&apos;s deployment task: %1.</source>
        <comment>@info wait</comment>
        <translation>la tâche de déploiement de la passerelle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Virtual machines are encrypted with keys held by your OVHcloud KMS (OKMS).</source>
        <comment>@info stage</comment>
        <translation>Les machines virtuelles sont chiffrées avec des clés gardées par votre KMS OVHcloud (OKMS).</translation>
    </message>
    <message>
        <source>an OKMS ordered in the Control Panel</source>
        <comment>@item have at hand</comment>
        <translation>un OKMS commandé dans l’espace client</translation>
    </message>
    <message>
        <source>vCenter access with the right to add a key provider</source>
        <comment>@item have at hand</comment>
        <translation>un accès à vCenter avec le droit d’ajouter un fournisseur de clés</translation>
    </message>
    <message>
        <source>the registration waits until you have added the key provider in vCenter: as long as that takes you (it may be hours; the wizard can be closed meanwhile).</source>
        <comment>@info wait</comment>
        <translation>l’enregistrement attend que vous ayez ajouté le fournisseur de clés dans vCenter&#xa0;: le temps qu’il vous faut (parfois des heures&#x202f;; l’assistant peut être fermé entre-temps).</translation>
    </message>
    <message>
        <source>SecNumCloud is activated on the service, and a compliance report is produced.</source>
        <comment>@info stage</comment>
        <translation>SecNumCloud est activé sur le service, et un rapport de conformité est produit.</translation>
    </message>
    <message>
        <source>nothing more: the earlier stages done</source>
        <comment>@item have at hand</comment>
        <translation>rien de plus&#xa0;: les étapes précédentes faites</translation>
    </message>
    <message>
        <source>the activation task: %1.</source>
        <comment>@info wait</comment>
        <translation>la tâche d’activation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Filtering access, or removing a network, in the allowed networks</source>
        <comment>@info lockout</comment>
        <translation>Filtrer l’accès, ou retirer un réseau, dans les réseaux autorisés</translation>
    </message>
    <message>
        <source>Once access is filtered, only the listed networks reach vCenter and the secure interface.</source>
        <comment>@info lockout</comment>
        <translation>Une fois l’accès filtré, seuls les réseaux de la liste joignent vCenter et l’interface sécurisée.</translation>
    </message>
    <message>
        <source>The page offers &quot;Use my current address&quot; so that yours is listed first, and shows each network&apos;s state. Removing a network asks no confirmation: check that it is not yours.</source>
        <comment>@info lockout</comment>
        <translation>La page propose «&#xa0;Utiliser mon adresse actuelle&#xa0;» pour que la vôtre soit inscrite d’abord, et montre l’état de chaque réseau. Retirer un réseau ne demande pas de confirmation&#xa0;: vérifiez que ce n’est pas le vôtre.</translation>
    </message>
    <message>
        <source>The OVHcloud API is not filtered by this list, so the wizard can always add your address back.</source>
        <comment>@info lockout</comment>
        <translation>L’API OVHcloud n’est pas filtrée par cette liste, donc l’assistant peut toujours rajouter votre adresse.</translation>
    </message>
    <message>
        <source>Enabling the private gateway</source>
        <comment>@info lockout</comment>
        <translation>Activer la passerelle privée</translation>
    </message>
    <message>
        <source>vSphere stops being reachable from the internet, only through the vRack (your VPN).</source>
        <comment>@info lockout</comment>
        <translation>vSphere n’est plus joignable depuis Internet, seulement par le vRack (votre VPN).</translation>
    </message>
    <message>
        <source>Enable, Reconfigure, and Disable while your hosts file sends the vSphere names to the gateway, need three green checks — the gateway&apos;s network is allowed, the VPN is up, your hosts file has the lines the wizard shows — or a typed sentence that names the risk. A check turns red again as soon as what it saw changes.</source>
        <comment>@info lockout</comment>
        <translation>Activer, Reconfigurer, et Désactiver tant que votre fichier hosts envoie les noms vSphere vers la passerelle, demandent trois vérifications au vert — le réseau de la passerelle est autorisé, le VPN est monté, votre fichier hosts contient les lignes que montre l’assistant — ou une phrase tapée qui nomme le risque. Une vérification repasse au rouge dès que ce qu’elle a vu change.</translation>
    </message>
    <message>
        <source>The gateway can be disabled through the OVHcloud API, from stage 4, even without vSphere.</source>
        <comment>@info lockout</comment>
        <translation>La passerelle peut être désactivée par l’API OVHcloud, depuis l’étape 4, même sans vSphere.</translation>
    </message>
    <message>
        <source>You can stop at any time and come back later, from this computer or another: each stage&apos;s state is read again from OVHcloud, your keys stay in the system keychain, and a task still running is followed again. Only an SMS token that expired (after 15 minutes) must be asked for again.</source>
        <comment>@info</comment>
        <translation>Vous pouvez vous arrêter à tout moment et revenir plus tard, depuis cet ordinateur ou un autre&#xa0;: l’état de chaque étape est relu chez OVHcloud, vos clés restent dans le trousseau du système, et une tâche encore en cours est de nouveau suivie. Seul un jeton SMS expiré (au bout de 15 minutes) doit être redemandé.</translation>
    </message>
    <message>
        <source>Help → Copy support summary copies what support needs (versions, service, each stage&apos;s state, the last errors), never a secret; Help also opens OVHcloud&apos;s getting-started guide. OVHcloud support: open a ticket from your Control Panel. Without a window, &quot;snc-wizard --status&quot; prints each stage&apos;s state.</source>
        <comment>@info</comment>
        <translation>Aide → Copier le résumé pour le support copie ce dont le support a besoin (versions, service, état de chaque étape, dernières erreurs), jamais un secret&#x202f;; l’Aide ouvre aussi le guide de démarrage d’OVHcloud. Support OVHcloud&#xa0;: ouvrez un ticket depuis votre espace client. Sans fenêtre, «&#xa0;snc-wizard --status&#xa0;» affiche l’état de chaque étape.</translation>
    </message>
</context>
<context>
    <name>OvhConfigImport</name>
    <message>
        <source>The file %1 exists but cannot be read; it was skipped.</source>
        <comment>@info</comment>
        <translation>Le fichier %1 existe mais ne peut pas être lu&#x202f;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The file %1 can be read by other users of this computer and holds secrets. Move them into the system keychain, then delete the file or restrict it to yourself.</source>
        <comment>@info</comment>
        <translation>Le fichier %1 est lisible par d’autres utilisateurs de cet ordinateur et contient des secrets. Placez-les dans le trousseau du système, puis supprimez le fichier ou réservez-en l’accès à vous seul.</translation>
    </message>
    <message>
        <source>An OAuth2 client (service account) is configured in %1; the wizard uses application keys and ignores it.</source>
        <comment>@info</comment>
        <translation>Un client OAuth2 (compte de service) est configuré dans %1&#x202f;; l’assistant utilise des clés d’application et l’ignore.</translation>
    </message>
    <message>
        <source>No OVH_* environment variable and no ovh.conf file was found.</source>
        <comment>@info</comment>
        <translation>Aucune variable d’environnement OVH_* ni aucun fichier ovh.conf n’a été trouvé.</translation>
    </message>
    <message>
        <source>Region: %1 (from %2)</source>
        <comment>@info</comment>
        <translation>Région&#xa0;: %1 (depuis %2)</translation>
    </message>
    <message>
        <source>default</source>
        <comment>@info origin</comment>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>The endpoint “%1” is not an OVHcloud region the wizard knows; choose the region yourself.</source>
        <comment>@info</comment>
        <translation>Le point d’accès «&#xa0;%1&#xa0;» n’est pas une région OVHcloud connue de l’assistant&#x202f;; choisissez vous-même la région.</translation>
    </message>
    <message>
        <source>Application key: from %1</source>
        <comment>@info</comment>
        <translation>Clé d’application&#xa0;: depuis %1</translation>
    </message>
    <message>
        <source>Application secret: from %1</source>
        <comment>@info</comment>
        <translation>Secret d’application&#xa0;: depuis %1</translation>
    </message>
    <message>
        <source>Consumer key: from %1 (it will be checked when you connect)</source>
        <comment>@info</comment>
        <translation>Clé consommateur&#xa0;: depuis %1 (elle sera vérifiée à la connexion)</translation>
    </message>
    <message>
        <source>Some secrets came from a file: once connected they are kept in the system keychain, and you can delete them from the file.</source>
        <comment>@info</comment>
        <translation>Certains secrets proviennent d’un fichier&#xa0;: une fois connecté, ils sont conservés dans le trousseau du système et vous pouvez les supprimer du fichier.</translation>
    </message>
</context>
<context>
    <name>PageStatus</name>
    <message>
        <source>Your turn: %1</source>
        <comment>@info status</comment>
        <extracomment>Page status line: %1 what the customer should do now</extracomment>
        <translation>À vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for OVHcloud: %1, task #%2, since %3</source>
        <comment>@info status</comment>
        <extracomment>%1 what OVHcloud is doing, %2 the OVH task number, %3 a time of day</extracomment>
        <translation>En attente d’OVHcloud&#xa0;: %1, tâche n°&#xa0;%2, depuis %3</translation>
    </message>
    <message>
        <source>Waiting for OVHcloud: %1, task #%2</source>
        <comment>@info status</comment>
        <extracomment>%1 what OVHcloud is doing, %2 the OVH task number</extracomment>
        <translation>En attente d’OVHcloud&#xa0;: %1, tâche n°&#xa0;%2</translation>
    </message>
    <message>
        <source>Waiting for OVHcloud: %1</source>
        <comment>@info status</comment>
        <extracomment>%1 what OVHcloud is doing</extracomment>
        <translation>En attente d’OVHcloud&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@info status</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <comment>@info status</comment>
        <extracomment>%1 the stage&apos;s own status (&quot;VPN session up (2 of 2 tunnels)&quot;)</extracomment>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>reading the state of this stage</source>
        <comment>@info status</comment>
        <translation>lecture de l’état de cette étape</translation>
    </message>
    <message>
        <source>press “Refresh from OVHcloud” to read the state of this stage</source>
        <comment>@info status</comment>
        <translation>appuyez sur «&#xa0;Actualiser depuis OVHcloud&#xa0;» pour lire l’état de cette étape</translation>
    </message>
    <message>
        <source>Your turn: %1 (OVHcloud task #%2 waits for it)</source>
        <comment>@info status</comment>
        <extracomment>%1 what the customer should do, %2 the OVH task number</extracomment>
        <translation>À vous&#xa0;: %1 (la tâche OVHcloud n°&#xa0;%2 l’attend)</translation>
    </message>
    <message>
        <source>the answer to this page&apos;s request</source>
        <comment>@info status</comment>
        <translation>la réponse à la demande de cette page</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>At least %1 characters (%n so far)</source>
        <comment>@info password rule</comment>
        <extracomment>%1 required length; %n characters typed so far</extracomment>
        <translation>
            <numerusform>Au moins %1 caractères (%n pour l’instant)</numerusform>
            <numerusform>Au moins %1 caractères (%n pour l’instant)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %1 characters (%n so far)</source>
        <comment>@info password rule</comment>
        <translation>
            <numerusform>Au plus %1 caractères (%n pour l’instant)</numerusform>
            <numerusform>Au plus %1 caractères (%n pour l’instant)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only unaccented letters, digits and symbols; no spaces</source>
        <comment>@info password rule</comment>
        <translation>Uniquement des lettres sans accent, des chiffres et des symboles&#x202f;; pas d’espace</translation>
    </message>
    <message>
        <source>None of these characters: %1</source>
        <comment>@info password rule</comment>
        <translation>Aucun de ces caractères&#xa0;: %1</translation>
    </message>
    <message>
        <source>At least one letter</source>
        <comment>@info password rule</comment>
        <translation>Au moins une lettre</translation>
    </message>
    <message>
        <source>At least one digit</source>
        <comment>@info password rule</comment>
        <translation>Au moins un chiffre</translation>
    </message>
    <message>
        <source>At least one symbol (such as ! # % + -)</source>
        <comment>@info password rule</comment>
        <translation>Au moins un symbole (comme&#x202f;! # % + -)</translation>
    </message>
    <message>
        <source>At least one uppercase letter</source>
        <comment>@info password rule</comment>
        <translation>Au moins une majuscule</translation>
    </message>
    <message>
        <source>At least one lowercase letter</source>
        <comment>@info password rule</comment>
        <translation>Au moins une minuscule</translation>
    </message>
    <message>
        <source>Between %1 and %2 characters</source>
        <comment>@info password rule</comment>
        <translation>Entre %1 et %2 caractères</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <comment>@info password rule</comment>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message numerus="yes">
        <source>Different from your last %n password(s)</source>
        <comment>@info password rule</comment>
        <translation>
            <numerusform>Différent de votre dernier mot de passe</numerusform>
            <numerusform>Différent de vos %n derniers mots de passe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid for %n day(s), then it must be changed</source>
        <comment>@info password rule</comment>
        <translation>
            <numerusform>Valable %n jour, puis il faut le changer</numerusform>
            <numerusform>Valable %n jours, puis il faut le changer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a mobile phone number that can receive SMS.</source>
        <comment>@error</comment>
        <translation>Saisissez un numéro de mobile qui peut recevoir des SMS.</translation>
    </message>
    <message>
        <source>A phone number contains only digits, an optional leading +, spaces, dots, dashes and parentheses.</source>
        <comment>@error</comment>
        <translation>Un numéro de téléphone ne contient que des chiffres, éventuellement un + au début, des espaces, des points, des tirets et des parenthèses.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <comment>@error</comment>
        <translation>Le numéro est trop court.</translation>
    </message>
    <message>
        <source>Add the country code, e.g. +33 6 12 34 56 78.</source>
        <comment>@error</comment>
        <translation>Ajoutez l’indicatif du pays, par exemple +33 6 12 34 56 78.</translation>
    </message>
    <message>
        <source>Write the number in international form, starting with + and the country code.</source>
        <comment>@error</comment>
        <translation>Écrivez le numéro au format international, en commençant par + et l’indicatif du pays.</translation>
    </message>
    <message>
        <source>The number is too short for this country.</source>
        <comment>@error</comment>
        <translation>Le numéro est trop court pour ce pays.</translation>
    </message>
    <message>
        <source>The number is too long for this country.</source>
        <comment>@error</comment>
        <translation>Le numéro est trop long pour ce pays.</translation>
    </message>
    <message>
        <source>This is not a valid North American number.</source>
        <comment>@error</comment>
        <translation>Ce n’est pas un numéro nord-américain valide.</translation>
    </message>
    <message>
        <source>This number is not valid for this country.</source>
        <comment>@error</comment>
        <translation>Ce numéro n’est pas valide pour ce pays.</translation>
    </message>
    <message>
        <source>+%1 is not the calling code of a country: check the number.</source>
        <comment>@error</comment>
        <extracomment>%1 the digits typed after + (not a country calling code)</extracomment>
        <translation>+%1 n’est l’indicatif d’aucun pays&#xa0;: vérifiez le numéro.</translation>
    </message>
</context>
<context>
    <name>PublicBlockAddresses</name>
    <message>
        <source>%1 is in %2, too small a block to hold a local endpoint.</source>
        <comment>@error</comment>
        <translation>%1 est dans %2, un bloc trop petit pour accueillir un point de terminaison local.</translation>
    </message>
    <message>
        <source>%1 is the network address of %2.</source>
        <comment>@error</comment>
        <translation>%1 est l’adresse de réseau de %2.</translation>
    </message>
    <message>
        <source>%1 is the broadcast address of %2.</source>
        <comment>@error</comment>
        <translation>%1 est l’adresse de diffusion de %2.</translation>
    </message>
    <message>
        <source>%1 is the gateway of %2.</source>
        <comment>@error</comment>
        <translation>%1 est la passerelle de %2.</translation>
    </message>
    <message>
        <source>%1 may be the gateway of %2 (OVHcloud did not say which address is): choose another address.</source>
        <comment>@error</comment>
        <translation>%1 est peut-être la passerelle de %2 (OVHcloud n’a pas dit laquelle des adresses l’est)&#xa0;: choisissez une autre adresse.</translation>
    </message>
    <message>
        <source>%1 is already in use (%2): choose a free address of the PCC&apos;s public block.</source>
        <comment>@error</comment>
        <extracomment>%1 address, %2 usage as OVHcloud names it (nsxt, reserved, vm)</extracomment>
        <translation>%1 est déjà utilisée (%2)&#xa0;: choisissez une adresse libre du bloc public du PCC.</translation>
    </message>
    <message>
        <source>The local endpoint &quot;%1&quot; is not an IPv4 address.</source>
        <comment>@error</comment>
        <translation>Le point de terminaison local «&#xa0;%1&#xa0;» n’est pas une adresse IPv4.</translation>
    </message>
    <message>
        <source>%1 is not in the PCC&apos;s public block (%2): choose one of its free addresses.</source>
        <comment>@error</comment>
        <translation>%1 n’est pas dans le bloc public du PCC (%2)&#xa0;: choisissez l’une de ses adresses libres.</translation>
    </message>
</context>
<context>
    <name>ScreenSharingMask</name>
    <message>
        <source>Hidden while you share your screen: click to show</source>
        <comment>@info</comment>
        <translation>Masqué pendant le partage d’écran&#xa0;: cliquez pour afficher</translation>
    </message>
    <message>
        <source>Hidden secret</source>
        <comment>@label accessible</comment>
        <translation>Secret masqué</translation>
    </message>
    <message>
        <source>Hidden while you share your screen: press Space to show it</source>
        <comment>@info accessible</comment>
        <translation>Masqué pendant le partage d’écran&#xa0;: appuyez sur Espace pour l’afficher</translation>
    </message>
</context>
<context>
    <name>StageCatalog</name>
    <message>
        <source>Authorize IP addresses</source>
        <comment>@title stage</comment>
        <extracomment>Step 1 of the guide &quot;Getting started with your SecNumCloud vSphere&quot;</extracomment>
        <translation>Autoriser des adresses IP</translation>
    </message>
    <message>
        <source>Advanced security</source>
        <comment>@title stage</comment>
        <translation>Sécurité avancée</translation>
    </message>
    <message>
        <source>IPsec VPN with NSX</source>
        <comment>@title stage</comment>
        <translation>VPN IPsec avec NSX</translation>
    </message>
    <message>
        <source>Private gateway</source>
        <comment>@title stage</comment>
        <translation>Passerelle privée</translation>
    </message>
    <message>
        <source>KMS for encryption</source>
        <comment>@title stage</comment>
        <translation>KMS pour le chiffrement</translation>
    </message>
    <message>
        <source>SecNumCloud compliance</source>
        <comment>@title stage</comment>
        <translation>Conformité SecNumCloud</translation>
    </message>
</context>
<context>
    <name>StatusTone</name>
    <message>
        <source>Done</source>
        <comment>@info status word</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Your turn</source>
        <comment>@info status word</comment>
        <translation>À vous</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>@info status word</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>@info status word</comment>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <comment>@info status word</comment>
        <translation>Pas encore lu</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>@info status word</comment>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>VpnAllowedNetworks</name>
    <message>
        <source>The admin host &quot;%1&quot; is not an IPv4 address.</source>
        <comment>@error</comment>
        <translation>L’hôte d’administration «&#xa0;%1&#xa0;» n’est pas une adresse IPv4.</translation>
    </message>
    <message>
        <source>Your VPN gateway and admin hosts are already allowed; your whole subnets do not fit in OVHcloud&apos;s limit of %1 allowed addresses.</source>
        <comment>@error</comment>
        <translation>Votre passerelle VPN et vos hôtes d’administration sont déjà autorisés&#x202f;; vos sous-réseaux entiers ne tiennent pas dans la limite OVHcloud de %1 adresses autorisées.</translation>
    </message>
    <message>
        <source>Your subnets need %1 addresses and only %2 of OVHcloud&apos;s %3 allowed addresses are left; even your VPN gateway and admin hosts alone do not fit. Delete allowed networks you no longer need in stage 1, then try again.</source>
        <comment>@error</comment>
        <translation>Vos sous-réseaux demandent %1 adresses et il ne reste que %2 des %3 adresses autorisées par OVHcloud&#x202f;; même votre passerelle VPN et vos hôtes d’administration seuls n’y tiennent pas. Supprimez à l’étape 1 les réseaux autorisés dont vous n’avez plus besoin, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>VpnReport</name>
    <message>
        <source>VPN session status</source>
        <comment>@label report</comment>
        <extracomment>%1 session state in words, %2 date and time (UTC)</extracomment>
        <translation>État de la session VPN</translation>
    </message>
    <message>
        <source>VPN peer</source>
        <comment>@label report</comment>
        <extracomment>%1 IPv4 address, %2 IKE identity</extracomment>
        <translation>Pair VPN</translation>
    </message>
    <message>
        <source>%1 (identity %2)</source>
        <comment>@info report</comment>
        <translation>%1 (identité %2)</translation>
    </message>
    <message>
        <source>NSX local endpoint</source>
        <comment>@label report</comment>
        <translation>Point de terminaison local NSX</translation>
    </message>
    <message>
        <source>Subnets on the PCC side</source>
        <comment>@label report</comment>
        <translation>Sous-réseaux côté PCC</translation>
    </message>
    <message>
        <source>Subnets on the customer side</source>
        <comment>@label report</comment>
        <translation>Sous-réseaux côté client</translation>
    </message>
    <message>
        <source>IKE profile</source>
        <comment>@label report</comment>
        <extracomment>%1 NSX object path, %2 proposal in strongSwan notation, %3 lifetime in seconds</extracomment>
        <translation>Profil IKE</translation>
    </message>
    <message>
        <source>%1: IKEv2, %2, lifetime %3 s</source>
        <comment>@info report</comment>
        <translation>%1&#xa0;: IKEv2, %2, durée de vie %3&#xa0;s</translation>
    </message>
    <message>
        <source>IPsec tunnel profile</source>
        <comment>@label report</comment>
        <extracomment>%1 NSX object path, %2 proposal in strongSwan notation, %3 lifetime in seconds</extracomment>
        <translation>Profil de tunnel IPsec</translation>
    </message>
    <message>
        <source>%1: ESP, %2, PFS, lifetime %3 s</source>
        <comment>@info report</comment>
        <translation>%1&#xa0;: ESP, %2, PFS, durée de vie %3&#xa0;s</translation>
    </message>
    <message>
        <source>VPN session</source>
        <comment>@label report</comment>
        <translation>Session VPN</translation>
    </message>
    <message>
        <source>%1 (read %2)</source>
        <comment>@info report</comment>
        <translation>%1 (lu le %2)</translation>
    </message>
    <message>
        <source>never</source>
        <comment>@info report</comment>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>VpnSettings</name>
    <message>
        <source>Enter the public IPv4 address of your VPN gateway.</source>
        <comment>@error</comment>
        <translation>Saisissez l’adresse IPv4 publique de votre passerelle VPN.</translation>
    </message>
    <message>
        <source>The VPN peer &quot;%1&quot; is not an IPv4 address.</source>
        <comment>@error</comment>
        <translation>Le pair VPN «&#xa0;%1&#xa0;» n’est pas une adresse IPv4.</translation>
    </message>
    <message>
        <source>The VPN peer %1 is not a public address: the NSX Manager reaches your gateway over the internet.</source>
        <comment>@error</comment>
        <translation>Le pair VPN %1 n’est pas une adresse publique&#xa0;: le NSX Manager joint votre passerelle par Internet.</translation>
    </message>
    <message>
        <source>The peer identity must not contain spaces or quotes.</source>
        <comment>@error</comment>
        <translation>L’identité du pair ne doit contenir ni espaces ni guillemets.</translation>
    </message>
    <message>
        <source>Enter at least one subnet for %1.</source>
        <comment>@error</comment>
        <translation>Saisissez au moins un sous-réseau pour %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet (expected a.b.c.d/n).</source>
        <comment>@error</comment>
        <translation>«&#xa0;%1&#xa0;» n’est pas un sous-réseau (format attendu&#xa0;: a.b.c.d/n).</translation>
    </message>
    <message>
        <source>%1 has host bits set: did you mean %2?</source>
        <comment>@error</comment>
        <translation>%1 a des bits d’hôte non nuls&#xa0;: vouliez-vous dire %2&#x202f;?</translation>
    </message>
    <message>
        <source>%1 overlaps %2 on the same side.</source>
        <comment>@error</comment>
        <translation>%1 chevauche %2 du même côté.</translation>
    </message>
    <message>
        <source>At most 128 subnets per side.</source>
        <comment>@error</comment>
        <translation>128 sous-réseaux au plus de chaque côté.</translation>
    </message>
    <message>
        <source>your side</source>
        <comment>@info subnets of the customer</comment>
        <translation>votre côté</translation>
    </message>
    <message>
        <source>the PCC side</source>
        <comment>@info subnets of the PCC</comment>
        <translation>le côté PCC</translation>
    </message>
    <message>
        <source>Your subnet %1 overlaps the PCC subnet %2: the two sides of a VPN must not overlap.</source>
        <comment>@error</comment>
        <translation>Votre sous-réseau %1 chevauche le sous-réseau %2 du PCC&#xa0;: les deux côtés d’un VPN ne doivent pas se chevaucher.</translation>
    </message>
    <message>
        <source>Choose the local endpoint address from the PCC&apos;s public block.</source>
        <comment>@error</comment>
        <translation>Choisissez l’adresse du point de terminaison local dans le bloc public du PCC.</translation>
    </message>
    <message>
        <source>The local endpoint &quot;%1&quot; is not an IPv4 address.</source>
        <comment>@error</comment>
        <translation>Le point de terminaison local «&#xa0;%1&#xa0;» n’est pas une adresse IPv4.</translation>
    </message>
    <message>
        <source>Diffie-Hellman group %1 is not allowed; choose 19, 20 or 21.</source>
        <comment>@error</comment>
        <translation>Le groupe Diffie-Hellman %1 n’est pas autorisé&#x202f;; choisissez 19, 20 ou 21.</translation>
    </message>
    <message>
        <source>The IKE lifetime must be between %1 and %2 seconds.</source>
        <comment>@error</comment>
        <translation>La durée de vie IKE doit être comprise entre %1 et %2 secondes.</translation>
    </message>
    <message>
        <source>The IPsec (ESP) lifetime must be between %1 and %2 seconds.</source>
        <comment>@error</comment>
        <translation>La durée de vie IPsec (ESP) doit être comprise entre %1 et %2 secondes.</translation>
    </message>
    <message>
        <source>IPsec VPN between your network and the OVHcloud PCC %1</source>
        <comment>@info summary</comment>
        <translation>VPN IPsec entre votre réseau et le PCC OVHcloud %1</translation>
    </message>
    <message>
        <source>PCC side (NSX local endpoint): %1</source>
        <comment>@info summary</comment>
        <translation>Côté PCC (point de terminaison local NSX)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your side (VPN peer): %1, identity %2</source>
        <comment>@info summary</comment>
        <translation>Votre côté (pair VPN)&#xa0;: %1, identité %2</translation>
    </message>
    <message>
        <source>Subnets on the PCC side: %1</source>
        <comment>@info summary</comment>
        <translation>Sous-réseaux côté PCC&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subnets on your side: %1</source>
        <comment>@info summary</comment>
        <translation>Sous-réseaux de votre côté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>One IPsec SA per pair of subnets: %n tunnel(s).</source>
        <comment>@info summary</comment>
        <translation>
            <numerusform>Une SA IPsec par paire de sous-réseaux&#xa0;: %n tunnel.</numerusform>
            <numerusform>Une SA IPsec par paire de sous-réseaux&#xa0;: %n tunnels.</numerusform>
        </translation>
    </message>
    <message>
        <source>IKE (phase 1): IKEv2, AES-GCM-256, PRF HMAC-SHA2-256, Diffie-Hellman group %1, lifetime %2 s</source>
        <comment>@info summary</comment>
        <translation>IKE (phase 1)&#xa0;: IKEv2, AES-GCM-256, PRF HMAC-SHA2-256, groupe Diffie-Hellman %1, durée de vie %2 s</translation>
    </message>
    <message>
        <source>IPsec (phase 2): ESP, AES-GCM-256, perfect forward secrecy with group %1, lifetime %2 s</source>
        <comment>@info summary</comment>
        <translation>IPsec (phase 2)&#xa0;: ESP, AES-GCM-256, confidentialité persistante (PFS) avec le groupe %1, durée de vie %2 s</translation>
    </message>
    <message>
        <source>Dead peer detection: every %1 s</source>
        <comment>@info summary</comment>
        <translation>Détection des pairs inactifs (DPD)&#xa0;: toutes les %1 s</translation>
    </message>
    <message>
        <source>Authentication: pre-shared key (given separately, never in this summary)</source>
        <comment>@info summary</comment>
        <translation>Authentification&#xa0;: clé pré-partagée (transmise à part, jamais dans cette synthèse)</translation>
    </message>
    <message>
        <source>The NSX side initiates; your side must also accept and start the connection.</source>
        <comment>@info summary</comment>
        <translation>Le côté NSX initie la connexion&#x202f;; votre côté doit aussi l’accepter et pouvoir l’initier.</translation>
    </message>
    <message>
        <source>The peer identity may use only unaccented letters, digits and . - _ @ : / = + , characters.</source>
        <comment>@error</comment>
        <translation>L’identité du pair ne peut contenir que des lettres non accentuées, des chiffres et les caractères . - _ @ : / = + ,</translation>
    </message>
    <message>
        <source>%1 is a loopback, link-local, multicast or reserved range: it cannot go through a VPN.</source>
        <comment>@error</comment>
        <translation>%1 est une plage de bouclage, lien-local, multicast ou réservée&#xa0;: elle ne peut pas passer par un VPN.</translation>
    </message>
    <message>
        <source>The peer identity is too long: at most %1 characters.</source>
        <comment>@error</comment>
        <translation>L’identité du pair est trop longue&#xa0;: %1 caractères au maximum.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <source>SecNumCloud Onboarding Wizard for OVHcloud Hosted Private Cloud</source>
        <translation>Assistant de mise en route SecNumCloud pour le Hosted Private Cloud d’OVHcloud</translation>
    </message>
    <message>
        <source>Practise on the embedded sandbox (the default while no credentials exist).</source>
        <translation>S’entraîner sur le bac à sable intégré (par défaut tant qu’aucun identifiant n’existe).</translation>
    </message>
    <message>
        <source>Language of the interface: fr or en (default: the system&apos;s).</source>
        <translation>Langue de l’interface&#xa0;: fr ou en (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>Use an external snc-sandbox at URL.</source>
        <translation>Utiliser un snc-sandbox externe à l’URL indiquée.</translation>
    </message>
    <message>
        <source>The external sandbox&apos;s CA certificate (PEM), pinned.</source>
        <translation>Le certificat d’autorité du bac à sable externe (PEM), épinglé.</translation>
    </message>
    <message>
        <source>The JSON line snc-sandbox printed at start.</source>
        <translation>La ligne JSON affichée par snc-sandbox au démarrage.</translation>
    </message>
    <message>
        <source>With --autopilot: save a PNG of the window after each step into DIR.</source>
        <translation>Avec --autopilot&#xa0;: enregistrer une image PNG de la fenêtre après chaque étape dans DIR.</translation>
    </message>
    <message>
        <source>Keep secrets in memory for this session only (no keychain).</source>
        <translation>Garder les secrets en mémoire pour cette session seulement (sans trousseau).</translation>
    </message>
    <message>
        <source>SecNumCloud Onboarding Wizard</source>
        <translation>Assistant de mise en route SecNumCloud</translation>
    </message>
    <message>
        <source>Print each stage&apos;s state as read from the API (one line per stage), then exit. Uses the remembered connection, or the sandbox given with --endpoint/--ca/--credentials.</source>
        <translation>Afficher l’état de chaque étape tel que lu dans l’API (une ligne par étape), puis quitter. Utilise la connexion mémorisée, ou le bac à sable indiqué par --endpoint/--ca/--credentials.</translation>
    </message>
    <message>
        <source>With --status: print one JSON object instead of text.</source>
        <translation>Avec --status&#xa0;: afficher un objet JSON au lieu du texte.</translation>
    </message>
    <message>
        <source>Drive the interface through the six stages in the sandbox, then exit (0 = all verified done).</source>
        <translation>Piloter l’interface à travers les six étapes dans le bac à sable, puis quitter (0 = tout vérifié comme terminé).</translation>
    </message>
    <message>
        <source>With --autopilot: use the keyboard alone (Tab, Space, arrows, typing), never the mouse.</source>
        <translation>Avec --autopilot&#xa0;: n’utiliser que le clavier (Tab, Espace, flèches, saisie), jamais la souris.</translation>
    </message>
    <message>
        <source>With --autopilot: write the support summary (Help menu) to FILE at the end.</source>
        <translation>Avec --autopilot&#xa0;: écrire à la fin le résumé pour le support (menu Aide) dans FICHIER.</translation>
    </message>
    <message>
        <source>With --endpoint: take the production paths on the external sandbox, as on OVHcloud: the secure interface is a web page opened in the system browser (with --autopilot too).</source>
        <translation>Avec --endpoint&#xa0;: suivre les chemins de production sur le bac à sable externe, comme chez OVHcloud&#xa0;: l’interface sécurisée est une page web ouverte dans le navigateur du système (avec --autopilot aussi).</translation>
    </message>
    <message>
        <source>With --autopilot: drive and verify the stages up to N only (1 to 6).</source>
        <translation>Avec --autopilot&#xa0;: mener et vérifier les étapes jusqu’à N seulement (1 à 6).</translation>
    </message>
    <message>
        <source>--last-stage takes a stage number from 1 to 6, not &quot;%1&quot;.</source>
        <translation>--last-stage attend un numéro d’étape de 1 à 6, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--production-paths needs an external sandbox: add --endpoint, --ca and --credentials.</source>
        <translation>--production-paths nécessite un bac à sable externe&#xa0;: ajoutez --endpoint, --ca et --credentials.</translation>
    </message>
    <message>
        <source>With --status: the service to read (default: the remembered or only one). With --autopilot: the service to onboard (default: the first one listed).</source>
        <translation>Avec --status&#xa0;: le service à lire (par défaut&#xa0;: celui mémorisé ou le seul existant). Avec --autopilot&#xa0;: le service à intégrer (par défaut&#xa0;: le premier de la liste).</translation>
    </message>
    <message>
        <source>With --autopilot: after each step, look for anything cut on screen (sideways scrolling, a text wider than its label or button, an elided table cell); the run fails listing them all.</source>
        <translation>Avec --autopilot&#xa0;: après chaque étape, chercher tout ce qui est coupé à l’écran (défilement horizontal, texte plus large que son libellé ou son bouton, cellule de tableau abrégée)&#x202f;; l’exécution échoue en les listant tous.</translation>
    </message>
    <message>
        <source>Open the window at this size, in pixels (with --layout-audit, it must stay so).</source>
        <translation>Ouvrir la fenêtre à cette taille, en pixels (avec --layout-audit, elle doit la garder).</translation>
    </message>
    <message>
        <source>--window-size takes WIDTHxHEIGHT in pixels (at least 400x300), not &quot;%1&quot;.</source>
        <translation>--window-size prend LARGEURxHAUTEUR en pixels (au moins 400x300), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>With --autopilot: leave the first operation of this OVHcloud task name waiting for its SMS token until OVHcloud cancels it, then redo it.</source>
        <translation>Avec --autopilot&#xa0;: laisser la première opération portant ce nom de tâche OVHcloud attendre son jeton SMS jusqu’à ce qu’OVHcloud l’annule, puis la refaire.</translation>
    </message>
    <message>
        <source>Cannot load the wizard&apos;s session module %1: %2. Reinstall snc-wizard.</source>
        <translation>Impossible de charger le module de session de l’assistant %1&#xa0;: %2. Réinstallez snc-wizard.</translation>
    </message>
    <message>
        <source>The wizard is incompletely installed (its session module is missing). Reinstall snc-wizard.</source>
        <translation>L’assistant n’est pas installé en entier (son module de session manque). Réinstallez snc-wizard.</translation>
    </message>
</context>
<context>
    <name>snc</name>
    <message>
        <source>The SMS code is not correct. Check the latest SMS and type its code.</source>
        <translation>Le code SMS est incorrect. Consultez le dernier SMS et saisissez son code.</translation>
    </message>
    <message>
        <source>The e-mail code is not correct. Check the latest e-mail and type its code.</source>
        <translation>Le code reçu par e-mail est incorrect. Consultez le dernier e-mail et saisissez son code.</translation>
    </message>
    <message>
        <source>Neither code is correct. Check the latest SMS and e-mail.</source>
        <translation>Aucun des deux codes n’est correct. Consultez le dernier SMS et le dernier e-mail.</translation>
    </message>
    <message>
        <source>The secure interface refused this authenticator code. Wait for the next code and type it.</source>
        <translation>L’interface sécurisée a refusé ce code d’authentification. Attendez le code suivant et saisissez-le.</translation>
    </message>
    <message>
        <source>The token is not correct. Type the 6-digit token from the latest SMS.</source>
        <translation>Le jeton est incorrect. Saisissez le jeton à 6 chiffres du dernier SMS.</translation>
    </message>
    <message>
        <source>The password does not meet the service&apos;s password policy. Check the rules listed next to the field.</source>
        <translation>Le mot de passe ne respecte pas la politique de mots de passe du service. Vérifiez les règles indiquées à côté du champ.</translation>
    </message>
    <message>
        <source>The admin user must have the token-validator right first. Save the profile above, then start again.</source>
        <translation>L’utilisateur admin doit d’abord avoir le droit de valider les jetons. Enregistrez le profil ci-dessus, puis recommencez.</translation>
    </message>
    <message>
        <source>The admin user needs a phone number and an e-mail address first. Save the profile above, then start again.</source>
        <translation>L’utilisateur admin doit d’abord avoir un numéro de téléphone et une adresse e-mail. Enregistrez le profil ci-dessus, puis recommencez.</translation>
    </message>
    <message>
        <source>The phone number or e-mail address does not match the admin user&apos;s. Refresh and try again.</source>
        <translation>Le numéro de téléphone ou l’adresse e-mail ne correspond pas à ceux de l’utilisateur admin. Actualisez, puis réessayez.</translation>
    </message>
    <message>
        <source>The admin user does not exist on this service.</source>
        <translation>L’utilisateur admin n’existe pas sur ce service.</translation>
    </message>
    <message>
        <source>The secure interface only answers from an allowed network. Allow your current address in stage 1, then try again.</source>
        <translation>L’interface sécurisée ne répond qu’aux réseaux autorisés. Autorisez votre adresse actuelle à l’étape 1, puis réessayez.</translation>
    </message>
    <message>
        <source>This password reset is no longer valid (too many attempts or more than 15 minutes). Start the password reset again.</source>
        <translation>Cette réinitialisation du mot de passe n’est plus valable (trop de tentatives ou plus de 15 minutes). Recommencez la réinitialisation.</translation>
    </message>
    <message>
        <source>The secure interface does not know this operation. Send a new token.</source>
        <translation>L’interface sécurisée ne connaît pas cette opération. Envoyez un nouveau jeton.</translation>
    </message>
    <message>
        <source>This operation was already validated or canceled.</source>
        <translation>Cette opération a déjà été validée ou annulée.</translation>
    </message>
</context>
<context>
    <name>snc::ActivationModel</name>
    <message>
        <source>SecNumCloud is active: no option is pending</source>
        <comment>@info stage status</comment>
        <translation>SecNumCloud est actif&#xa0;: aucune option en attente</translation>
    </message>
    <message>
        <source>SecNumCloud is being enabled</source>
        <comment>@info stage status</comment>
        <translation>Activation de SecNumCloud en cours</translation>
    </message>
    <message>
        <source>Ready to enable SecNumCloud</source>
        <comment>@info stage status</comment>
        <translation>Prêt à activer SecNumCloud</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) missing before SecNumCloud can be enabled</source>
        <comment>@info stage status</comment>
        <translation>
            <numerusform>%n prérequis manquant avant de pouvoir activer SecNumCloud</numerusform>
            <numerusform>%n prérequis manquants avant de pouvoir activer SecNumCloud</numerusform>
        </translation>
    </message>
    <message>
        <source>The validation of sensitive operations by SMS token is not enabled yet.</source>
        <comment>@info blocker</comment>
        <translation>La validation des opérations sensibles par jeton SMS n’est pas encore activée.</translation>
    </message>
    <message>
        <source>The private gateway is not enabled.</source>
        <comment>@info blocker</comment>
        <translation>La passerelle privée n’est pas activée.</translation>
    </message>
    <message>
        <source>datacenter %1: %2 / %3 on %4 (%5)</source>
        <comment>@info report</comment>
        <extracomment>Private gateway line: %1 datacenter id, %2 IP, %3 netmask, %4 portgroup, %5 state</extracomment>
        <translation>datacenter %1&#xa0;: %2 / %3 sur %4 (%5)</translation>
    </message>
    <message>
        <source>Pending security options</source>
        <comment>@label report</comment>
        <translation>Options de sécurité en attente</translation>
    </message>
    <message>
        <source>Activation task</source>
        <comment>@label report</comment>
        <extracomment>%1 task id, %2 state</extracomment>
        <translation>Tâche d’activation</translation>
    </message>
    <message>
        <source>#%1, %2</source>
        <comment>@info report</comment>
        <translation>#%1, %2</translation>
    </message>
    <message>
        <source>Refresh the state first.</source>
        <comment>@error</comment>
        <translation>Actualisez d’abord l’état.</translation>
    </message>
    <message>
        <source>Access to vSphere is not limited to the allowed networks yet (option accessNetworkFiltered).</source>
        <comment>@info blocker</comment>
        <translation>L’accès à vSphere n’est pas encore limité aux réseaux autorisés (option accessNetworkFiltered).</translation>
    </message>
    <message>
        <source>The security option %1 is not enabled yet.</source>
        <comment>@info blocker</comment>
        <extracomment>%1 option name as OVHcloud writes it</extracomment>
        <translation>L’option de sécurité %1 n’est pas encore activée.</translation>
    </message>
    <message>
        <source>The required option %1 is not enabled yet.</source>
        <comment>@info blocker</comment>
        <extracomment>%1 option name as OVHcloud writes it</extracomment>
        <translation>L’option requise %1 n’est pas encore activée.</translation>
    </message>
    <message>
        <source>%1 (stage %2)</source>
        <comment>@info option and its stage</comment>
        <extracomment>%1 option name as OVHcloud writes it, %2 stage number that enables it</extracomment>
        <translation>%1 (étape %2)</translation>
    </message>
    <message>
        <source>OVHcloud says a required security option is missing; snc requires %1.</source>
        <comment>@info blocker</comment>
        <translation>OVHcloud indique qu’il manque une option de sécurité requise&#x202f;; snc requiert %1.</translation>
    </message>
    <message>
        <source>%1 — required options not enabled yet: %2.</source>
        <comment>@error</comment>
        <extracomment>%1 the server&apos;s message, %2 list of options with their stages</extracomment>
        <translation>%1 — options requises pas encore activées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>@info report</comment>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>snc::ActivationPage</name>
    <message>
        <source>Enabling SecNumCloud</source>
        <comment>@info task</comment>
        <translation>Activation de SecNumCloud</translation>
    </message>
    <message>
        <source>Enabling SecNumCloud (%1)</source>
        <comment>@info task</comment>
        <translation>Activation de SecNumCloud (%1)</translation>
    </message>
    <message>
        <source>SecNumCloud is active.</source>
        <comment>@info task</comment>
        <translation>SecNumCloud est actif.</translation>
    </message>
    <message>
        <source>SecNumCloud is not active yet.</source>
        <comment>@info task</comment>
        <translation>SecNumCloud n’est pas encore actif.</translation>
    </message>
    <message>
        <source>Give a file name for the report.</source>
        <comment>@error</comment>
        <translation>Indiquez un nom de fichier pour le rapport.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <comment>@error</comment>
        <extracomment>%1 reason</extracomment>
        <translation>Le rapport n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report saved: %1 and %2</source>
        <comment>@info</comment>
        <extracomment>%1 HTML file, %2 PDF file</extracomment>
        <translation>Rapport enregistré&#xa0;: %1 et %2</translation>
    </message>
    <message>
        <source>The last step asks OVHcloud to enable the SecNumCloud option on your service. It only completes when every earlier stage is done; then no security option is pending any more.</source>
        <comment>@info</comment>
        <translation>La dernière étape demande à OVHcloud d’activer l’option SecNumCloud sur votre service. Elle n’aboutit que lorsque toutes les étapes précédentes sont terminées&#x202f;; plus aucune option de sécurité n’est alors en attente.</translation>
    </message>
    <message>
        <source>&amp;Enable SecNumCloud</source>
        <comment>@button</comment>
        <translation>Ac&amp;tiver SecNumCloud</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <comment>@title section</comment>
        <translation>Rapport de conformité</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <comment>@label accessible</comment>
        <translation>Rapport de conformité</translation>
    </message>
    <message>
        <source>&amp;Update the report</source>
        <comment>@button</comment>
        <translation>&amp;Mettre à jour le rapport</translation>
    </message>
    <message>
        <source>Report file name, without extension</source>
        <comment>@label accessible</comment>
        <translation>Nom du fichier du rapport, sans extension</translation>
    </message>
    <message>
        <source>E&amp;xport HTML and PDF</source>
        <comment>@button</comment>
        <translation>E&amp;xporter en HTML et PDF</translation>
    </message>
    <message>
        <source>Stage %1 (%2): %3</source>
        <comment>@item blocker</comment>
        <extracomment>%1 stage number, %2 stage title, %3 what is missing</extracomment>
        <translation>Étape %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Pending security options: %1</source>
        <comment>@info</comment>
        <translation>Options de sécurité en attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Probably still missing (you can still ask; OVHcloud will say why if it refuses):</source>
        <comment>@info</comment>
        <translation>Sans doute encore manquant (vous pouvez tout de même demander l’activation&#x202f;; OVHcloud dira pourquoi s’il refuse)&#xa0;:</translation>
    </message>
    <message>
        <source>Pending security options: none. Next: the summary, the report and what to do next.</source>
        <comment>@info</comment>
        <translation>Options de sécurité en attente&#xa0;: aucune. Ensuite&#xa0;: le résumé, le rapport et ce qu’il reste à faire.</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <comment>@info</comment>
        <translation>Enregistrement du rapport…</translation>
    </message>
    <message>
        <source>Enable SecNumCloud</source>
        <comment>@title sub-step</comment>
        <translation>Activer SecNumCloud</translation>
    </message>
</context>
<context>
    <name>snc::AdminSecurityModel</name>
    <message>
        <source>Admin secured and token validation enabled</source>
        <comment>@info stage status</comment>
        <translation>Admin sécurisé et validation par jeton activée</translation>
    </message>
    <message>
        <source>Admin phone, e-mail or token-validator right missing</source>
        <comment>@info stage status</comment>
        <translation>Téléphone, e-mail ou droit de validation des jetons de l’admin manquant</translation>
    </message>
    <message>
        <source>Admin password and two-factor authentication to define</source>
        <comment>@info stage status</comment>
        <translation>Mot de passe de l’admin et double authentification à définir</translation>
    </message>
    <message>
        <source>Waiting for the SMS token</source>
        <comment>@info stage status</comment>
        <translation>En attente du jeton SMS</translation>
    </message>
    <message>
        <source>Token validation to confirm</source>
        <comment>@info stage status</comment>
        <translation>Validation par jeton à confirmer</translation>
    </message>
    <message>
        <source>Save the admin user&apos;s phone, e-mail and token-validator right first: the codes are sent there.</source>
        <comment>@error</comment>
        <translation>Enregistrez d’abord le téléphone, l’e-mail et le droit de validation des jetons de l’utilisateur admin&#xa0;: c’est là que les codes sont envoyés.</translation>
    </message>
    <message>
        <source>Type both codes: the one from the SMS and the one from the e-mail.</source>
        <comment>@error</comment>
        <translation>Saisissez les deux codes&#xa0;: celui du SMS et celui de l’e-mail.</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <comment>@error</comment>
        <translation>Saisissez le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The two passwords are different. Type the same password twice.</source>
        <comment>@error</comment>
        <translation>Les deux mots de passe sont différents. Saisissez deux fois le même mot de passe.</translation>
    </message>
    <message>
        <source>The password does not meet the policy: %1</source>
        <comment>@error</comment>
        <translation>Le mot de passe ne respecte pas la politique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Each code is 4 to 10 digits, exactly as received.</source>
        <comment>@error</comment>
        <translation>Chaque code comporte de 4 à 10 chiffres, exactement tels que reçus.</translation>
    </message>
    <message>
        <source>First store the secret key (Copy or Save), then tick &quot;I have stored the secret key&quot;.</source>
        <comment>@error</comment>
        <translation>Conservez d’abord la clé secrète (Copier ou Enregistrer), puis cochez «&#xa0;J’ai conservé la clé secrète&#xa0;».</translation>
    </message>
</context>
<context>
    <name>snc::AdminSecurityPage</name>
    <message>
        <source>Updating the admin user…</source>
        <comment>@info</comment>
        <translation>Mise à jour de l’utilisateur admin…</translation>
    </message>
    <message>
        <source>The admin user is up to date.</source>
        <comment>@info</comment>
        <translation>L’utilisateur admin est à jour.</translation>
    </message>
    <message>
        <source>The admin user could not be updated.</source>
        <comment>@info</comment>
        <translation>L’utilisateur admin n’a pas pu être mis à jour.</translation>
    </message>
    <message>
        <source>Advanced security protects the vCenter with the admin&apos;s password, an authenticator app and a token sent by SMS for sensitive operations.</source>
        <comment>@info</comment>
        <translation>La sécurité avancée protège le vCenter par le mot de passe de l’admin, une application d’authentification et un jeton envoyé par SMS pour les opérations sensibles.</translation>
    </message>
    <message>
        <source>The admin user</source>
        <comment>@title</comment>
        <translation>L’utilisateur admin</translation>
    </message>
    <message>
        <source>Mobile &amp;phone:</source>
        <comment>@label</comment>
        <translation>&amp;Téléphone mobile&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. +33 6 12 34 56 78</source>
        <comment>@info placeholder</comment>
        <translation>par exemple +33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <comment>@label</comment>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save and allow token validation</source>
        <comment>@button</comment>
        <translation>&amp;Enregistrer et autoriser la validation des jetons</translation>
    </message>
    <message>
        <source>Validate the security option</source>
        <comment>@title</comment>
        <translation>Valider l’option de sécurité</translation>
    </message>
    <message>
        <source>The last step sends a 6-digit token by SMS to the admin&apos;s phone. It is valid for 15 minutes.</source>
        <comment>@info</comment>
        <translation>La dernière étape envoie un jeton à 6 chiffres par SMS sur le téléphone de l’admin. Il est valable 15 minutes.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <comment>@label</comment>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <comment>@button</comment>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>@info</comment>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <comment>@info</comment>
        <translation>non</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>@info</comment>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <comment>@info</comment>
        <translation>Téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <comment>@info</comment>
        <translation>E-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Can validate tokens: %1</source>
        <comment>@info</comment>
        <translation>Peut valider les jetons&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account enabled: %1</source>
        <comment>@info</comment>
        <translation>Compte activé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the admin user…</source>
        <comment>@info</comment>
        <translation>Lecture de l’utilisateur admin…</translation>
    </message>
    <message>
        <source>Send a &amp;new token</source>
        <comment>@button</comment>
        <translation>Envoyer un &amp;nouveau jeton</translation>
    </message>
    <message>
        <source>Send the &amp;token by SMS</source>
        <comment>@button</comment>
        <translation>Envoyer le &amp;jeton par SMS</translation>
    </message>
    <message>
        <source>&amp;Operation id:</source>
        <comment>@label</comment>
        <translation>Identifiant d’&amp;opération&#xa0;:</translation>
    </message>
    <message>
        <source>The number after &quot;Operation Id:&quot; in the SMS. Change it only if it differs from the one shown.</source>
        <comment>@info tooltip</comment>
        <translation>Le nombre qui suit «&#xa0;Operation Id&#xa0;:&#xa0;» dans le SMS. Ne le modifiez que s’il diffère de celui affiché.</translation>
    </message>
    <message>
        <source>Sent by SMS to the admin&apos;s phone.</source>
        <comment>@info</comment>
        <translation>Envoyé par SMS au téléphone de l’admin.</translation>
    </message>
    <message>
        <source>Sent by SMS to %1.</source>
        <comment>@info masked phone number</comment>
        <translation>Envoyé par SMS au %1.</translation>
    </message>
    <message>
        <source>Send a new &amp;code</source>
        <comment>@button</comment>
        <translation>Envoyer un nouveau &amp;code</translation>
    </message>
    <message numerus="yes">
        <source>Didn&apos;t get the SMS? You can ask for a new code in %n second(s).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Pas reçu le SMS&#x202f;? Vous pourrez demander un nouveau code dans %n seconde.</numerusform>
            <numerusform>Pas reçu le SMS&#x202f;? Vous pourrez demander un nouveau code dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Didn&apos;t get the SMS? Ask for a new code: only the newest code counts, and the time left starts again.</source>
        <comment>@info</comment>
        <translation>Pas reçu le SMS&#x202f;? Demandez un nouveau code&#xa0;: seul le code le plus récent compte, et le temps restant repart de zéro.</translation>
    </message>
    <message>
        <source>Contact details</source>
        <comment>@title sub-step</comment>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Identity codes</source>
        <comment>@title sub-step</comment>
        <translation>Codes d’identité</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>@title sub-step</comment>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <comment>@title sub-step</comment>
        <translation>Application d’authentification</translation>
    </message>
    <message>
        <source>Token validation</source>
        <comment>@title sub-step</comment>
        <translation>Validation du jeton</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info sub-step summary</comment>
        <extracomment>Summary of the done sub-step 2.1: %1 the masked phone number, %2 the e-mail address</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The SMS and e-mail codes were accepted.</source>
        <comment>@info sub-step summary</comment>
        <translation>Les codes reçus par SMS et par e-mail ont été acceptés.</translation>
    </message>
    <message>
        <source>The admin&apos;s password is set.</source>
        <comment>@info sub-step summary</comment>
        <translation>Le mot de passe de l’admin est défini.</translation>
    </message>
    <message>
        <source>The authenticator app is enrolled.</source>
        <comment>@info sub-step summary</comment>
        <translation>L’application d’authentification est enrôlée.</translation>
    </message>
    <message>
        <source>The security option is validated.</source>
        <comment>@info sub-step summary</comment>
        <translation>L’option de sécurité est validée.</translation>
    </message>
</context>
<context>
    <name>snc::AdminUserModel</name>
    <message>
        <source>The admin user is not loaded yet. Refresh first.</source>
        <comment>@error</comment>
        <translation>L’utilisateur admin n’est pas encore chargé. Actualisez d’abord.</translation>
    </message>
    <message>
        <source>A change is still being applied. Wait for it to finish.</source>
        <comment>@error</comment>
        <translation>Une modification est encore en cours d’application. Attendez qu’elle se termine.</translation>
    </message>
</context>
<context>
    <name>snc::AllowedNetworksModel</name>
    <message numerus="yes">
        <source>%n network(s) allowed, access filtered</source>
        <comment>@info stage status</comment>
        <translation>
            <numerusform>%n réseau autorisé, accès filtré</numerusform>
            <numerusform>%n réseaux autorisés, accès filtré</numerusform>
        </translation>
    </message>
    <message>
        <source>A change is being applied</source>
        <comment>@info stage status</comment>
        <translation>Une modification est en cours d’application</translation>
    </message>
    <message>
        <source>Networks allowed; access not filtered yet</source>
        <comment>@info stage status</comment>
        <translation>Réseaux autorisés&#x202f;; accès pas encore filtré</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>@info stage status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>No network allowed yet</source>
        <comment>@info stage status</comment>
        <translation>Aucun réseau autorisé pour l’instant</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <comment>@error</comment>
        <translation>Choisissez d’abord un service.</translation>
    </message>
    <message>
        <source>Another change is still being applied. Wait for it to finish.</source>
        <comment>@error</comment>
        <translation>Une autre modification est encore en cours d’application. Attendez qu’elle se termine.</translation>
    </message>
    <message>
        <source>The description is too long (at most 255 characters).</source>
        <comment>@error</comment>
        <translation>La description est trop longue (255 caractères au plus).</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <comment>@info task</comment>
        <translation>Ajout de %1</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <comment>@info task</comment>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>Filtering access to the allowed networks</source>
        <comment>@info task</comment>
        <translation>Filtrage de l’accès aux réseaux autorisés</translation>
    </message>
</context>
<context>
    <name>snc::AllowedNetworksPage</name>
    <message numerus="yes">
        <source>%n address(es) allowed in total (limit: %1).</source>
        <comment>@info</comment>
        <extracomment>%n addresses in total, %1 the limit (2048)</extracomment>
        <translation>
            <numerusform>%n adresse autorisée au total (limite&#xa0;: %1).</numerusform>
            <numerusform>%n adresses autorisées au total (limite&#xa0;: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be added (%2).</source>
        <comment>@info</comment>
        <extracomment>%1 the normalised block, %2 its category (&quot;public&quot;, &quot;private (RFC 1918)&quot;)</extracomment>
        <translation>%1 sera ajouté (%2).</translation>
    </message>
    <message>
        <source>Done: the list is up to date.</source>
        <comment>@info</comment>
        <translation>Terminé&#xa0;: la liste est à jour.</translation>
    </message>
    <message>
        <source>The change did not complete.</source>
        <comment>@info</comment>
        <translation>La modification n’a pas abouti.</translation>
    </message>
    <message>
        <source>Only the addresses listed here can reach your vCenter. Add the public address of each place you administer from, then set the access policy to &quot;filtered&quot;.</source>
        <comment>@info</comment>
        <translation>Seules les adresses listées ici peuvent atteindre votre vCenter. Ajoutez l’adresse publique de chaque lieu d’où vous administrez, puis passez la politique d’accès à «&#xa0;filtrée&#xa0;».</translation>
    </message>
    <message>
        <source>Network</source>
        <comment>@title column</comment>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>@title column</comment>
        <translation>Description</translation>
    </message>
    <message>
        <source>State</source>
        <comment>@title column</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>@title column</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Allowed networks</source>
        <comment>@label accessible</comment>
        <translation>Réseaux autorisés</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <comment>@button</comment>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Address or block:</source>
        <comment>@label</comment>
        <translation>&amp;Adresse ou bloc&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 203.0.113.7 or 198.51.100.0/28</source>
        <comment>@info placeholder</comment>
        <translation>par exemple 203.0.113.7 ou 198.51.100.0/28</translation>
    </message>
    <message>
        <source>Use &amp;my current address</source>
        <comment>@button</comment>
        <translation>Utiliser &amp;mon adresse actuelle</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <comment>@label</comment>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Paris office</source>
        <comment>@info placeholder</comment>
        <translation>par exemple Bureau de Paris</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <comment>@button</comment>
        <translation>Ajou&amp;ter</translation>
    </message>
    <message>
        <source>Set the policy to &amp;filtered</source>
        <comment>@button</comment>
        <translation>Passer la politique à «&#xa0;&amp;filtrée&#xa0;»</translation>
    </message>
    <message>
        <source>Access policy: unknown yet.</source>
        <comment>@info</comment>
        <translation>Politique d’accès&#xa0;: encore inconnue.</translation>
    </message>
    <message>
        <source>Access policy: filtered — only the networks above are allowed.</source>
        <comment>@info</comment>
        <translation>Politique d’accès&#xa0;: filtrée — seuls les réseaux ci-dessus sont autorisés.</translation>
    </message>
    <message>
        <source>Access policy: %1 — set it to filtered to finish this stage.</source>
        <comment>@info</comment>
        <translation>Politique d’accès&#xa0;: %1 — passez-la à «&#xa0;filtrée&#xa0;» pour terminer cette étape.</translation>
    </message>
    <message>
        <source>No address is allowed yet: add the public address you administer from below.</source>
        <comment>@info empty list</comment>
        <translation>Aucune adresse n’est encore autorisée&#xa0;: ajoutez ci-dessous l’adresse publique depuis laquelle vous administrez.</translation>
    </message>
    <message>
        <source>No address authorized yet</source>
        <comment>@info empty list</comment>
        <extracomment>Shown inside the empty list of allowed addresses</extracomment>
        <translation>Aucune adresse autorisée pour l’instant</translation>
    </message>
    <message>
        <source>Allowed addresses</source>
        <comment>@title sub-step</comment>
        <translation>Adresses autorisées</translation>
    </message>
    <message>
        <source>Access policy</source>
        <comment>@title sub-step</comment>
        <translation>Politique d’accès</translation>
    </message>
</context>
<context>
    <name>snc::ApiValueText</name>
    <message>
        <source>unknown</source>
        <comment>@info API value</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <comment>@info API value</comment>
        <extracomment>%1 is the value exactly as OVHcloud sent it, which the wizard does not know</extracomment>
        <translation>inconnu (%1)</translation>
    </message>
    <message>
        <source>waiting to start</source>
        <comment>@info task state</comment>
        <translation>en attente de démarrage</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>@info task state</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>being fixed by OVHcloud</source>
        <comment>@info task state</comment>
        <translation>en cours de correction par OVHcloud</translation>
    </message>
    <message>
        <source>being canceled</source>
        <comment>@info task state</comment>
        <translation>en cours d’annulation</translation>
    </message>
    <message>
        <source>done</source>
        <comment>@info task state</comment>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>@info task state</comment>
        <translation>en échec</translation>
    </message>
    <message>
        <source>canceled</source>
        <comment>@info task state</comment>
        <translation>annulée</translation>
    </message>
    <message>
        <source>being checked by OVHcloud</source>
        <comment>@info task state</comment>
        <translation>en cours de vérification par OVHcloud</translation>
    </message>
    <message>
        <source>change of a user&apos;s settings</source>
        <comment>@info task name</comment>
        <translation>modification des réglages d’un utilisateur</translation>
    </message>
    <message>
        <source>change of a user&apos;s rights</source>
        <comment>@info task name</comment>
        <translation>modification des droits d’un utilisateur</translation>
    </message>
    <message>
        <source>enabling of a security option</source>
        <comment>@info task name</comment>
        <translation>activation d’une option de sécurité</translation>
    </message>
    <message>
        <source>test of the SMS validation</source>
        <comment>@info task name</comment>
        <translation>test de la validation par SMS</translation>
    </message>
    <message>
        <source>addition of an allowed network</source>
        <comment>@info task name</comment>
        <translation>ajout d’un réseau autorisé</translation>
    </message>
    <message>
        <source>removal of an allowed network</source>
        <comment>@info task name</comment>
        <translation>suppression d’un réseau autorisé</translation>
    </message>
    <message>
        <source>registration of the key management server</source>
        <comment>@info task name</comment>
        <translation>enregistrement du serveur de gestion de clés</translation>
    </message>
    <message>
        <source>change of the private gateway</source>
        <comment>@info task name</comment>
        <translation>modification de la passerelle privée</translation>
    </message>
    <message>
        <source>enabling of SecNumCloud</source>
        <comment>@info task name</comment>
        <translation>activation de SecNumCloud</translation>
    </message>
    <message>
        <source>active</source>
        <comment>@info user state</comment>
        <translation>actif</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>@info user state</comment>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>being created</source>
        <comment>@info user state</comment>
        <translation>en cours de création</translation>
    </message>
    <message>
        <source>being deleted</source>
        <comment>@info user state</comment>
        <translation>en cours de suppression</translation>
    </message>
    <message>
        <source>being activated</source>
        <comment>@info user state</comment>
        <translation>en cours d’activation</translation>
    </message>
    <message>
        <source>being disabled</source>
        <comment>@info user state</comment>
        <translation>en cours de désactivation</translation>
    </message>
    <message>
        <source>in error</source>
        <comment>@info user state</comment>
        <translation>en erreur</translation>
    </message>
    <message>
        <source>active</source>
        <comment>@info option state</comment>
        <translation>active</translation>
    </message>
    <message>
        <source>not active</source>
        <comment>@info option state</comment>
        <translation>inactive</translation>
    </message>
    <message>
        <source>being enabled</source>
        <comment>@info option state</comment>
        <translation>en cours d’activation</translation>
    </message>
    <message>
        <source>being disabled</source>
        <comment>@info option state</comment>
        <translation>en cours de désactivation</translation>
    </message>
    <message>
        <source>in error</source>
        <comment>@info option state</comment>
        <translation>en erreur</translation>
    </message>
    <message>
        <source>available</source>
        <comment>@info option state</comment>
        <translation>disponible</translation>
    </message>
    <message>
        <source>being set up</source>
        <comment>@info option state</comment>
        <translation>en cours de mise en place</translation>
    </message>
    <message>
        <source>being updated</source>
        <comment>@info option state</comment>
        <translation>en cours de mise à jour</translation>
    </message>
    <message>
        <source>being removed</source>
        <comment>@info option state</comment>
        <translation>en cours de suppression</translation>
    </message>
    <message>
        <source>SecNumCloud</source>
        <comment>@info option name</comment>
        <translation>SecNumCloud</translation>
    </message>
    <message>
        <source>SMS validation of sensitive operations</source>
        <comment>@info option name</comment>
        <translation>validation par SMS des opérations sensibles</translation>
    </message>
    <message>
        <source>two-factor sign-in to vSphere</source>
        <comment>@info option name</comment>
        <translation>connexion à vSphere en deux étapes</translation>
    </message>
    <message>
        <source>NSX network virtualisation</source>
        <comment>@info option name</comment>
        <translation>virtualisation réseau NSX</translation>
    </message>
    <message>
        <source>virtual machine encryption</source>
        <comment>@info option name</comment>
        <translation>chiffrement des machines virtuelles</translation>
    </message>
    <message>
        <source>connected</source>
        <comment>@info tunnel state</comment>
        <translation>connecté</translation>
    </message>
    <message>
        <source>not connected</source>
        <comment>@info tunnel state</comment>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>connecting</source>
        <comment>@info tunnel state</comment>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>partly connected</source>
        <comment>@info tunnel state</comment>
        <translation>partiellement connecté</translation>
    </message>
    <message>
        <source>being issued</source>
        <comment>@info credential state</comment>
        <translation>en cours d’émission</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>@info credential state</comment>
        <translation>prêt</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>@info credential state</comment>
        <translation>expiré</translation>
    </message>
    <message>
        <source>being deleted</source>
        <comment>@info credential state</comment>
        <translation>en cours de suppression</translation>
    </message>
    <message>
        <source>in error</source>
        <comment>@info credential state</comment>
        <translation>en erreur</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>@info message delivery</comment>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>delivered</source>
        <comment>@info message delivery</comment>
        <translation>remis</translation>
    </message>
    <message>
        <source>not delivered</source>
        <comment>@info message delivery</comment>
        <translation>non remis</translation>
    </message>
    <message>
        <source>allowed</source>
        <comment>@item network state</comment>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>being deleted</source>
        <comment>@item network state</comment>
        <translation>en cours de suppression</translation>
    </message>
    <message>
        <source>being updated</source>
        <comment>@item network state</comment>
        <translation>en cours de mise à jour</translation>
    </message>
    <message>
        <source>being added</source>
        <comment>@item network state</comment>
        <translation>en cours d’ajout</translation>
    </message>
    <message>
        <source>only allowed networks</source>
        <comment>@info access policy</comment>
        <translation>réseaux autorisés uniquement</translation>
    </message>
    <message>
        <source>open to every address</source>
        <comment>@info access policy</comment>
        <translation>ouvert à toutes les adresses</translation>
    </message>
</context>
<context>
    <name>snc::AppSession</name>
    <message>
        <source>The practice sandbox could not start: %1</source>
        <comment>@error</comment>
        <translation>Le bac à sable d’entraînement n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the credentials file %1: %2</source>
        <comment>@error</comment>
        <translation>Impossible de lire le fichier d’identifiants %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The credentials file %1 does not contain the line printed by snc-sandbox.</source>
        <comment>@error</comment>
        <translation>Le fichier d’identifiants %1 ne contient pas la ligne affichée par snc-sandbox.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <comment>@error</comment>
        <translation>Impossible de lire le fichier d’autorité %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <comment>@error</comment>
        <translation>Le fichier d’autorité %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>An external sandbox needs --endpoint URL and --credentials FILE (the JSON line snc-sandbox prints).</source>
        <comment>@error</comment>
        <translation>Un bac à sable externe nécessite --endpoint URL et --credentials FICHIER (la ligne JSON affichée par snc-sandbox).</translation>
    </message>
</context>
<context>
    <name>snc::Autopilot</name>
    <message>
        <source>Practice workstation</source>
        <comment>@info autopilot</comment>
        <translation>Poste d’entraînement</translation>
    </message>
</context>
<context>
    <name>snc::CompletionPage</name>
    <message>
        <source>Saved: %1</source>
        <comment>@info</comment>
        <extracomment>%1 file path</extracomment>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <comment>@error</comment>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Onboarding complete</source>
        <comment>@title</comment>
        <translation>Mise en service terminée</translation>
    </message>
    <message>
        <source>Give a file name for the report.</source>
        <comment>@error</comment>
        <translation>Donnez un nom de fichier pour le rapport.</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <comment>@info</comment>
        <translation>Enregistrement du rapport…</translation>
    </message>
    <message>
        <source>No next step has a date yet: there is nothing to add to a calendar.</source>
        <comment>@info</comment>
        <translation>Aucune prochaine étape n’a encore de date&#xa0;: il n’y a rien à ajouter à un agenda.</translation>
    </message>
    <message>
        <source>Saving the calendar file…</source>
        <comment>@info</comment>
        <translation>Enregistrement du fichier d’agenda…</translation>
    </message>
    <message>
        <source>PRACTICE — this is the practice sandbox: a simulated service, nothing was changed at OVHcloud.</source>
        <comment>@info</comment>
        <translation>EXERCICE — ceci est le bac à sable d’entraînement&#xa0;: un service simulé, rien n’a été modifié chez OVHcloud.</translation>
    </message>
    <message>
        <source>What was done</source>
        <comment>@title section</comment>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>&amp;Save compliance report (PDF)</source>
        <comment>@button</comment>
        <translation>&amp;Enregistrer le rapport de conformité (PDF)</translation>
    </message>
    <message>
        <source>Save compliance report as PDF</source>
        <comment>@label accessible</comment>
        <translation>Enregistrer le rapport de conformité en PDF</translation>
    </message>
    <message>
        <source>Compliance report file (PDF)</source>
        <comment>@label accessible</comment>
        <translation>Fichier du rapport de conformité (PDF)</translation>
    </message>
    <message>
        <source>What to do next</source>
        <comment>@title section</comment>
        <translation>Ce qu’il reste à faire</translation>
    </message>
    <message>
        <source>Add the &amp;dates to a calendar (.ics)</source>
        <comment>@button</comment>
        <translation>Ajouter les &amp;dates à un agenda (.ics)</translation>
    </message>
    <message>
        <source>Save the next steps&apos; dates as a calendar file</source>
        <comment>@label accessible</comment>
        <translation>Enregistrer les dates des prochaines étapes dans un fichier d’agenda</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <comment>@button</comment>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Finish and close the wizard</source>
        <comment>@label accessible</comment>
        <translation>Terminer et fermer l’assistant</translation>
    </message>
    <message>
        <source>Summary of the six stages</source>
        <comment>@label accessible</comment>
        <translation>Résumé des six étapes</translation>
    </message>
    <message>
        <source>What to do next</source>
        <comment>@label accessible</comment>
        <translation>Ce qu’il reste à faire</translation>
    </message>
    <message>
        <source>SecNumCloud on %1 — activated: %2</source>
        <comment>@info</comment>
        <extracomment>%1 service name, %2 date of the activation (from the API) or &quot;unknown&quot;</extracomment>
        <translation>SecNumCloud sur %1 — activé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2. %3 — %4</source>
        <comment>@item summary</comment>
        <extracomment>Summary line: %1 mark, %2 stage number, %3 title, %4 status</extracomment>
        <translation>%1 %2. %3 — %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@item next step</comment>
        <extracomment>Next step: %1 title, %2 what to do and when</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>snc::ConnectPage</name>
    <message>
        <source>%1 — %2</source>
        <comment>@item</comment>
        <extracomment>Service list entry: %1 service name, %2 its description</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: details not available.</source>
        <comment>@info</comment>
        <translation>%1&#xa0;: détails indisponibles.</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <comment>@info</comment>
        <translation>Service&#xa0;: %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <comment>@info</comment>
        <translation>Emplacement&#xa0;: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <comment>@info</comment>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <comment>@info</comment>
        <translation>Version&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>@info version</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Web interface: %1</source>
        <comment>@info</comment>
        <translation>Interface web&#xa0;: %1</translation>
    </message>
    <message>
        <source>No Hosted Private Cloud service was found on this account.</source>
        <comment>@info</comment>
        <translation>Aucun service Hosted Private Cloud n’a été trouvé sur ce compte.</translation>
    </message>
    <message>
        <source>Choose the service to onboard.</source>
        <comment>@info</comment>
        <translation>Choisissez le service à mettre en route.</translation>
    </message>
    <message>
        <source>Choose where your service is, then let the wizard use the OVHcloud API on your behalf. The practice sandbox lets you try every step without an OVHcloud account.</source>
        <comment>@info</comment>
        <translation>Choisissez où se trouve votre service, puis laissez l’assistant utiliser l’API OVHcloud pour vous. Le bac à sable d’entraînement permet d’essayer chaque étape sans compte OVHcloud.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <comment>@label</comment>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>Application keys</source>
        <comment>@title</comment>
        <translation>Clés d’application</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <comment>@label</comment>
        <translation>&amp;Clé d’application&#xa0;:</translation>
    </message>
    <message>
        <source>Application &amp;secret:</source>
        <comment>@label</comment>
        <translation>&amp;Secret d’application&#xa0;:</translation>
    </message>
    <message>
        <source>Kept in your system keychain</source>
        <comment>@info placeholder</comment>
        <translation>Conservé dans le trousseau de votre système</translation>
    </message>
    <message>
        <source>&amp;Import existing settings</source>
        <comment>@button</comment>
        <translation>&amp;Importer une configuration existante</translation>
    </message>
    <message>
        <source>Reads OVH_* environment variables and ~/.ovh.conf or /etc/ovh.conf</source>
        <comment>@info tooltip</comment>
        <translation>Lit les variables d’environnement OVH_* et ~/.ovh.conf ou /etc/ovh.conf</translation>
    </message>
    <message>
        <source>Create &amp;keys on OVHcloud…</source>
        <comment>@button</comment>
        <translation>Créer des &amp;clés sur OVHcloud…</translation>
    </message>
    <message>
        <source>Authorization</source>
        <comment>@title</comment>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>The wizard will ask OVHcloud for these rights only. Read them, then validate them on the page that opens:</source>
        <comment>@info</comment>
        <translation>L’assistant ne demandera à OVHcloud que ces droits. Lisez-les, puis validez-les sur la page qui s’ouvre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open the validation page again</source>
        <comment>@button</comment>
        <translation>&amp;Rouvrir la page de validation</translation>
    </message>
    <message>
        <source>Approve as the &amp;demo user</source>
        <comment>@button</comment>
        <translation>Approuver en tant qu’utilisateur de &amp;démonstration</translation>
    </message>
    <message>
        <source>Practice sandbox: does what the validation page would do</source>
        <comment>@info tooltip</comment>
        <translation>Bac à sable d’entraînement&#xa0;: fait ce que ferait la page de validation</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <comment>@button</comment>
        <translation>&amp;Arrêter d’attendre</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>@title</comment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Hosted Private Cloud services</source>
        <comment>@label accessible</comment>
        <translation>Services Hosted Private Cloud</translation>
    </message>
    <message>
        <source>&amp;Authorize again</source>
        <comment>@button</comment>
        <translation>&amp;Autoriser de nouveau</translation>
    </message>
    <message>
        <source>&amp;Authorize the wizard</source>
        <comment>@button</comment>
        <translation>&amp;Autoriser l’assistant</translation>
    </message>
    <message>
        <source>Validation page: %1</source>
        <comment>@info</comment>
        <translation>Page de validation&#xa0;: %1</translation>
    </message>
    <message>
        <source>no expiry</source>
        <comment>@info credential</comment>
        <translation>pas d’expiration</translation>
    </message>
    <message>
        <source>Connected as %1 (%2). Authorization valid until: %3.</source>
        <comment>@info</comment>
        <extracomment>%1 NIC handle, %2 e-mail, %3 date or &quot;no expiry&quot;</extracomment>
        <translation>Connecté en tant que %1 (%2). Autorisation valable jusqu’au&#xa0;: %3.</translation>
    </message>
    <message>
        <source>I have &amp;validated it</source>
        <comment>@button</comment>
        <translation>J’ai &amp;validé</translation>
    </message>
    <message>
        <source>Checks the authorization with OVHcloud now instead of at the next automatic check</source>
        <comment>@info tooltip</comment>
        <translation>Vérifie l’autorisation auprès d’OVHcloud maintenant, sans attendre la prochaine vérification automatique</translation>
    </message>
</context>
<context>
    <name>snc::ConnectionModel</name>
    <message>
        <source>Connect to OVHcloud</source>
        <comment>@title stage</comment>
        <translation>Se connecter à OVHcloud</translation>
    </message>
    <message>
        <source>Connected: choose a service</source>
        <comment>@info stage status</comment>
        <translation>Connecté&#xa0;: choisissez un service</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <comment>@info stage status</comment>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Enter your application key and secret</source>
        <comment>@info connection state</comment>
        <translation>Saisissez votre clé et votre secret d’application</translation>
    </message>
    <message>
        <source>Ready to authorize the wizard</source>
        <comment>@info connection state</comment>
        <translation>Prêt à autoriser l’assistant</translation>
    </message>
    <message>
        <source>Requesting an authorization…</source>
        <comment>@info connection state</comment>
        <translation>Demande d’autorisation…</translation>
    </message>
    <message>
        <source>Waiting for you to validate the access in your browser</source>
        <comment>@info connection state</comment>
        <translation>En attente de votre validation de l’accès dans le navigateur</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <comment>@info connection state</comment>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>@info connection state</comment>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>The authorization expired or was revoked: authorize the wizard again</source>
        <comment>@info connection state</comment>
        <translation>L’autorisation a expiré ou a été révoquée&#xa0;: autorisez de nouveau l’assistant</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <comment>@info connection state</comment>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter a valid application key and secret first.</source>
        <comment>@error</comment>
        <translation>Saisissez d’abord une clé et un secret d’application valides.</translation>
    </message>
    <message>
        <source>Nothing to validate: this only works in the practice sandbox while an authorization is pending.</source>
        <comment>@error</comment>
        <translation>Rien à valider&#xa0;: cela ne fonctionne que dans le bac à sable d’entraînement, pendant qu’une autorisation est en attente.</translation>
    </message>
    <message>
        <source>The service %1 is not in your account.</source>
        <comment>@error</comment>
        <translation>Le service %1 ne fait pas partie de votre compte.</translation>
    </message>
    <message>
        <source>Nothing waits for a validation: authorize the wizard first.</source>
        <comment>@error</comment>
        <translation>Aucune validation n’est en attente&#xa0;: autorisez d’abord l’assistant.</translation>
    </message>
    <message>
        <source>Checking with OVHcloud…</source>
        <comment>@info validation wait</comment>
        <translation>Vérification auprès d’OVHcloud…</translation>
    </message>
    <message>
        <source>OVHcloud says the access is not validated yet. Finish the validation page in your browser; the wizard goes on by itself.</source>
        <comment>@info validation wait</comment>
        <translation>OVHcloud indique que l’accès n’est pas encore validé. Terminez la page de validation dans votre navigateur&#x202f;; l’assistant continuera de lui-même.</translation>
    </message>
    <message>
        <source>OVHcloud does not accept the new key yet: this is how it answers until you validate. Finish the validation page in your browser, then choose &quot;I have validated it&quot;.</source>
        <comment>@info validation wait</comment>
        <extracomment>Shown while polling a consumer key that OVHcloud answers as &quot;not valid&quot; (unpublished answer)</extracomment>
        <translation>OVHcloud n’accepte pas encore la nouvelle clé&#xa0;: c’est ainsi qu’il répond tant que vous n’avez pas validé. Terminez la page de validation dans votre navigateur, puis choisissez «&#xa0;J’ai validé&#xa0;».</translation>
    </message>
</context>
<context>
    <name>snc::ConnectionStore</name>
    <message>
        <source>The system keychain is not available: the secrets are kept for this session only and you will have to authorize again next time.</source>
        <comment>@info</comment>
        <translation>Le trousseau du système n’est pas disponible&#xa0;: les secrets sont conservés pour cette session seulement et vous devrez autoriser de nouveau la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>snc::Countdown</name>
    <message>
        <source>%1:%2</source>
        <comment>@info countdown</comment>
        <extracomment>Countdown display, minutes then seconds, e.g. &quot;14:05&quot;</extracomment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>5 minutes left to validate the token.</source>
        <comment>@info accessible announcement</comment>
        <translation>Plus que 5 minutes pour valider le jeton.</translation>
    </message>
    <message>
        <source>1 minute left to validate the token.</source>
        <comment>@info accessible announcement</comment>
        <translation>Plus qu’une minute pour valider le jeton.</translation>
    </message>
    <message>
        <source>The token has expired.</source>
        <comment>@info accessible announcement</comment>
        <translation>Le jeton a expiré.</translation>
    </message>
</context>
<context>
    <name>snc::CountdownWidget</name>
    <message>
        <source>Time left before the token expires</source>
        <comment>@label accessible</comment>
        <translation>Temps restant avant l’expiration du jeton</translation>
    </message>
    <message numerus="yes">
        <source>The token is valid for %n minute(s) from when it was sent.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Le jeton est valable %n minute à partir de son envoi.</numerusform>
            <numerusform>Le jeton est valable %n minutes à partir de son envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token has been sent yet.</source>
        <comment>@info</comment>
        <translation>Aucun jeton n’a encore été envoyé.</translation>
    </message>
    <message>
        <source>Nothing changes if it expires: just send a new code.</source>
        <comment>@info</comment>
        <translation>Rien ne change s’il expire&#xa0;: envoyez simplement un nouveau code.</translation>
    </message>
</context>
<context>
    <name>snc::CredentialFlow</name>
    <message>
        <source>List your Hosted Private Cloud services</source>
        <comment>@info access rule</comment>
        <translation>Lister vos services Hosted Private Cloud</translation>
    </message>
    <message>
        <source>Read the settings of the service</source>
        <comment>@info access rule</comment>
        <translation>Lire la configuration du service</translation>
    </message>
    <message>
        <source>Remove settings of the service (for example an allowed network)</source>
        <comment>@info access rule</comment>
        <translation>Supprimer des éléments de configuration du service (par exemple un réseau autorisé)</translation>
    </message>
    <message>
        <source>Change the settings of the service</source>
        <comment>@info access rule</comment>
        <translation>Modifier la configuration du service</translation>
    </message>
    <message>
        <source>Detect your public IP address</source>
        <comment>@info access rule</comment>
        <translation>Détecter votre adresse IP publique</translation>
    </message>
    <message>
        <source>Read your account name and contact e-mail</source>
        <comment>@info access rule</comment>
        <translation>Lire le nom de votre compte et votre e-mail de contact</translation>
    </message>
    <message>
        <source>Check this authorization and its expiry</source>
        <comment>@info access rule</comment>
        <translation>Vérifier cette autorisation et son expiration</translation>
    </message>
    <message>
        <source>Read your key management services (KMS)</source>
        <comment>@info access rule</comment>
        <translation>Lire vos services de gestion de clés (KMS)</translation>
    </message>
    <message>
        <source>Manage the access credentials of your KMS</source>
        <comment>@info access rule</comment>
        <translation>Gérer les identifiants d’accès de vos KMS</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@info access rule</comment>
        <extracomment>%1 explains the access rule, %2 is the rule itself (&quot;GET /me&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Another access (%1)</source>
        <comment>@info access rule</comment>
        <extracomment>An access rule the wizard has no words for: %1 is the rule (&quot;GET /me&quot;)</extracomment>
        <translation>Un autre accès (%1)</translation>
    </message>
</context>
<context>
    <name>snc::DisplayFormat</name>
    <message>
        <source>%1 %2</source>
        <comment>@info date and time</comment>
        <extracomment>a date then a time with seconds, e.g. &quot;05/12/2026 14:02:07&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>snc::EmbeddedSecureInterface</name>
    <message numerus="yes">
        <source>%n attempt(s) left.</source>
        <comment>@error</comment>
        <translation>
            <numerusform>Il reste %n tentative.</numerusform>
            <numerusform>Il reste %n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the password reset first.</source>
        <comment>@error</comment>
        <translation>Commencez d’abord la réinitialisation du mot de passe.</translation>
    </message>
    <message>
        <source>Enter the SMS and e-mail codes first.</source>
        <comment>@error</comment>
        <translation>Saisissez d’abord les codes reçus par SMS et par e-mail.</translation>
    </message>
    <message>
        <source>Define the password first.</source>
        <comment>@error</comment>
        <translation>Définissez d’abord le mot de passe.</translation>
    </message>
</context>
<context>
    <name>snc::ErrorLabel</name>
    <message>
        <source>%1
Reference for support: %2</source>
        <comment>@info error with the OVH query id</comment>
        <translation>%1
Référence pour le support&#xa0;: %2</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>@label accessible</comment>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>snc::Glossary</name>
    <message>
        <source>PCC: your Hosted Private Cloud, the VMware platform OVHcloud runs for you.</source>
        <comment>@info glossary</comment>
        <translation>PCC&#xa0;: votre Hosted Private Cloud, la plateforme VMware qu’OVHcloud exploite pour vous.</translation>
    </message>
    <message>
        <source>vRack: OVHcloud&apos;s private network that links your services without going over the Internet.</source>
        <comment>@info glossary</comment>
        <translation>vRack&#xa0;: le réseau privé d’OVHcloud qui relie vos services sans passer par Internet.</translation>
    </message>
    <message>
        <source>portgroup: a named network that virtual machines plug into in vSphere.</source>
        <comment>@info glossary</comment>
        <translation>portgroup&#xa0;: un réseau nommé auquel les machines virtuelles se branchent dans vSphere.</translation>
    </message>
    <message>
        <source>IKE: the exchange with which two VPN gateways agree on their keys before the tunnel opens.</source>
        <comment>@info glossary</comment>
        <translation>IKE&#xa0;: l’échange par lequel deux passerelles VPN s’accordent sur leurs clés avant d’ouvrir le tunnel.</translation>
    </message>
    <message>
        <source>KMIP: the standard protocol vSphere uses to ask a key server for encryption keys.</source>
        <comment>@info glossary</comment>
        <translation>KMIP&#xa0;: le protocole standard avec lequel vSphere demande des clés de chiffrement à un serveur de clés.</translation>
    </message>
</context>
<context>
    <name>snc::HelpFooter</name>
    <message>
        <source>Screen %1</source>
        <comment>@info footer</comment>
        <extracomment>Footer: the screen number support asks for; %1 0 (connection) to 6, or a sub-step (&quot;2.4&quot;)</extracomment>
        <translation>Écran %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <comment>@info</comment>
        <extracomment>%1 a short code (&quot;S3-7F2A&quot;) the customer reads out to support</extracomment>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Support summary copied (reference %1): paste it into your message to OVHcloud support, or read the reference out on the phone.</source>
        <comment>@info</comment>
        <translation>Résumé pour le support copié (référence %1)&#xa0;: collez-le dans votre message au support OVHcloud, ou lisez la référence au téléphone.</translation>
    </message>
    <message>
        <source>&amp;Get help</source>
        <comment>@button</comment>
        <translation>&amp;Obtenir de l’aide</translation>
    </message>
    <message>
        <source>Copies a summary for OVHcloud support (no password, key or code) and shows a reference to read out</source>
        <comment>@info tooltip</comment>
        <translation>Copie un résumé pour le support OVHcloud (sans mot de passe, clé ni code) et affiche une référence à lire à voix haute</translation>
    </message>
    <message>
        <source>Get help</source>
        <comment>@label accessible</comment>
        <translation>Obtenir de l’aide</translation>
    </message>
</context>
<context>
    <name>snc::KeyCustody</name>
    <message>
        <source>The private key of the access credential is not saved yet. Save it in the keychain or in a file first: it cannot be downloaded again.</source>
        <comment>@info</comment>
        <translation>La clé privée de l’identifiant d’accès n’est pas encore enregistrée. Enregistrez-la d’abord dans le trousseau ou dans un fichier&#xa0;: elle ne peut pas être téléchargée de nouveau.</translation>
    </message>
    <message>
        <source>There is no private key to save.</source>
        <comment>@error</comment>
        <translation>Il n’y a aucune clé privée à enregistrer.</translation>
    </message>
    <message>
        <source>Choose a file name for the private key.</source>
        <comment>@error</comment>
        <translation>Choisissez un nom de fichier pour la clé privée.</translation>
    </message>
    <message>
        <source>Could not save the private key to %1: %2</source>
        <comment>@error</comment>
        <extracomment>%1 file path, %2 system reason</extracomment>
        <translation>Impossible d’enregistrer la clé privée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The certificate is not issued yet.</source>
        <comment>@error</comment>
        <translation>Le certificat n’est pas encore émis.</translation>
    </message>
    <message>
        <source>Could not save the certificate to %1: %2</source>
        <comment>@error</comment>
        <translation>Impossible d’enregistrer le certificat dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>An access credential named %1 exists, but its certificate does not match the private key this computer kept for it: it is not used. Create another credential.</source>
        <comment>@error</comment>
        <extracomment>%1 credential name</extracomment>
        <translation>Un identifiant d’accès nommé %1 existe, mais son certificat ne correspond pas à la clé privée que cet ordinateur a conservée pour lui&#xa0;: il n’est pas utilisé. Créez un autre identifiant.</translation>
    </message>
    <message>
        <source>%1 already exists. Save again to replace it, or choose another name.</source>
        <comment>@error</comment>
        <extracomment>%1 file path</extracomment>
        <translation>%1 existe déjà. Enregistrez de nouveau pour le remplacer, ou choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>snc::KmipRegistration</name>
    <message>
        <source>Could not read the certificate of the KMS at %1: %2</source>
        <comment>@error</comment>
        <extracomment>%1 host:port of the KMIP endpoint, %2 technical reason</extracomment>
        <translation>Impossible de lire le certificat du KMS à l’adresse %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The KMIP endpoint &quot;%1&quot; is not a host and port.</source>
        <comment>@error</comment>
        <translation>Le point d’accès KMIP «&#xa0;%1&#xa0;» n’est pas de la forme hôte:port.</translation>
    </message>
    <message>
        <source>The public certificate authority of your OVHcloud KMS %1 could not be read, so the KMS&apos;s certificate cannot be checked and was not read. Check that your API access may read this KMS (OKMS rights in IAM) and that the OVHcloud API answers, then read the certificate again.</source>
        <comment>@error</comment>
        <extracomment>%1 OKMS id. Shown instead of the KMS certificate; nothing was probed.</extracomment>
        <translation>L’autorité de certification publique de votre KMS OVHcloud %1 n’a pas pu être lue&#xa0;: le certificat du KMS ne peut donc pas être vérifié et n’a pas été lu. Vérifiez que votre accès à l’API peut lire ce KMS (droits OKMS dans l’IAM) et que l’API OVHcloud répond, puis lisez à nouveau le certificat.</translation>
    </message>
    <message>
        <source>The certificate of the KMS at %1 was not registered: it does not chain to the public certificate authority of your OVHcloud KMS, or it is not for this host name. Someone may be answering in place of your KMS. Check the network path and name resolution to the KMS, then read the certificate again.</source>
        <comment>@error</comment>
        <extracomment>%1 host:port of the KMIP endpoint</extracomment>
        <translation>Le certificat du KMS %1 n’a pas été enregistré&#xa0;: il n’est pas signé par l’autorité de certification publique de votre KMS OVHcloud, ou il n’est pas émis pour ce nom d’hôte. Quelqu’un répond peut-être à la place de votre KMS. Vérifiez le chemin réseau et la résolution de noms vers le KMS, puis lisez à nouveau le certificat.</translation>
    </message>
    <message>
        <source>Your OVHcloud KMS %1 publishes no KMIP endpoint for RSA certificates. Create the access credential with the EC P-256 key type, then read the certificate again.</source>
        <comment>@error</comment>
        <extracomment>%1 OKMS id</extracomment>
        <translation>Votre KMS OVHcloud %1 ne publie pas de point d’accès KMIP pour les certificats RSA. Créez l’identifiant d’accès avec le type de clé EC P-256, puis lisez à nouveau le certificat.</translation>
    </message>
</context>
<context>
    <name>snc::LockoutGuard</name>
    <message>
        <source>Once enabled, vSphere is no longer reachable from the internet: only from the gateway&apos;s network, through the vRack, your VPN or source-NAT.</source>
        <comment>@info</comment>
        <translation>Une fois la passerelle activée, vSphere n’est plus joignable depuis Internet, mais seulement depuis le réseau de la passerelle&#xa0;: via le vRack, votre VPN ou du NAT source.</translation>
    </message>
    <message>
        <source>The gateway&apos;s network (or your source-NAT address) is an allowed network</source>
        <comment>@title check</comment>
        <translation>Le réseau de la passerelle (ou votre adresse de NAT source) est un réseau autorisé</translation>
    </message>
    <message>
        <source>The VPN session from stage 3 is up</source>
        <comment>@title check</comment>
        <translation>La session VPN de l’étape 3 est active</translation>
    </message>
    <message>
        <source>Your hosts file maps the vSphere names to the private address</source>
        <comment>@title check</comment>
        <translation>Votre fichier hosts associe les noms vSphere à l’adresse privée</translation>
    </message>
    <message>
        <source>Internet access to vSphere ends</source>
        <comment>@title check</comment>
        <translation>L’accès à vSphere depuis Internet prend fin</translation>
    </message>
    <message>
        <source>Linux: add this line to /etc/hosts (as root, e.g. sudo nano /etc/hosts):</source>
        <comment>@info</comment>
        <translation>Linux&#xa0;: ajoutez cette ligne à /etc/hosts (en root, par exemple sudo nano /etc/hosts)&#xa0;:</translation>
    </message>
    <message>
        <source>macOS: add the same line to /etc/hosts (sudo nano /etc/hosts), then run: sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder</source>
        <comment>@info</comment>
        <translation>macOS&#xa0;: ajoutez la même ligne à /etc/hosts (sudo nano /etc/hosts), puis exécutez&#xa0;: sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder</translation>
    </message>
    <message>
        <source>Windows: add the same line to C:\Windows\System32\drivers\etc\hosts (Notepad run as administrator), then run: ipconfig /flushdns</source>
        <comment>@info</comment>
        <translation>Windows&#xa0;: ajoutez la même ligne à C:\Windows\System32\drivers\etc\hosts (Bloc-notes lancé en tant qu’administrateur), puis exécutez&#xa0;: ipconfig /flushdns</translation>
    </message>
    <message>
        <source>The TLS certificate keeps the same names, so the browser and the VMRC consoles keep working.</source>
        <comment>@info</comment>
        <translation>Le certificat TLS garde les mêmes noms&#xa0;: le navigateur et les consoles VMRC continuent de fonctionner.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Add the line below, then check again.</source>
        <comment>@info</comment>
        <translation>%1 n’a pas pu être lu (%2). Ajoutez la ligne ci-dessous, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>%1 maps %2 to %3.</source>
        <comment>@info</comment>
        <translation>%1 associe %2 à %3.</translation>
    </message>
    <message>
        <source>%1 does not map %2 to %3. Add the line below, then check again.</source>
        <comment>@info</comment>
        <translation>%1 n’associe pas %2 à %3. Ajoutez la ligne ci-dessous, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>%1 is inside the allowed network %2.</source>
        <comment>@info</comment>
        <translation>%1 fait partie du réseau autorisé %2.</translation>
    </message>
    <message>
        <source>The source-NAT address %1 is inside the allowed network %2.</source>
        <comment>@info</comment>
        <translation>L’adresse de NAT source %1 fait partie du réseau autorisé %2.</translation>
    </message>
    <message>
        <source>Neither %1 nor a source-NAT address is an allowed network: once the gateway is on, vSphere would refuse you. Add %1 to the allowed networks.</source>
        <comment>@info</comment>
        <translation>Ni %1 ni une adresse de NAT source ne sont des réseaux autorisés&#xa0;: une fois la passerelle activée, vSphere vous refuserait. Ajoutez %1 aux réseaux autorisés.</translation>
    </message>
    <message>
        <source>Stage 3 is not available.</source>
        <comment>@info</comment>
        <translation>L’étape 3 n’est pas disponible.</translation>
    </message>
    <message>
        <source>%1 Without the VPN, the private network is out of your reach. Finish stage 3 first.</source>
        <comment>@info</comment>
        <translation>%1 Sans le VPN, le réseau privé vous est inaccessible. Terminez d’abord l’étape 3.</translation>
    </message>
    <message>
        <source>%1 changed since it was checked: reading it again.</source>
        <comment>@info</comment>
        <translation>%1 a changé depuis la vérification&#xa0;: nouvelle lecture en cours.</translation>
    </message>
    <message>
        <source>The service&apos;s host names are not known yet. Refresh from OVHcloud, then check again.</source>
        <comment>@info</comment>
        <translation>Les noms d’hôte du service ne sont pas encore connus. Actualisez depuis OVHcloud, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Where NSX Manager is has not been read from OVHcloud yet. Refresh, then check again.</source>
        <comment>@info</comment>
        <translation>L’adresse de NSX Manager n’a pas encore été lue auprès d’OVHcloud. Actualisez, puis vérifiez de nouveau.</translation>
    </message>
</context>
<context>
    <name>snc::MainWindow</name>
    <message>
        <source>Region: %1</source>
        <comment>@info</comment>
        <translation>Région&#xa0;: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <comment>@info</comment>
        <translation>Service&#xa0;: %1</translation>
    </message>
    <message>
        <source>none chosen</source>
        <comment>@info service</comment>
        <translation>aucun choisi</translation>
    </message>
    <message>
        <source>Connected as %1 (%2)</source>
        <comment>@info</comment>
        <extracomment>%1 NIC handle, %2 e-mail of the account (GET /me)</extracomment>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>SecNumCloud Onboarding Wizard — practice sandbox</source>
        <comment>@title window</comment>
        <translation>Assistant de mise en route SecNumCloud — bac à sable d’entraînement</translation>
    </message>
    <message>
        <source>SecNumCloud Onboarding Wizard</source>
        <comment>@title window</comment>
        <translation>Assistant de mise en route SecNumCloud</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <comment>@button</comment>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <comment>@button</comment>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Refresh from OVHcloud</source>
        <comment>@button</comment>
        <translation>&amp;Actualiser depuis OVHcloud</translation>
    </message>
    <message>
        <source>Re-reads the state of every stage from the API</source>
        <comment>@info tooltip</comment>
        <translation>Relit l’état de chaque étape depuis l’API</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <comment>@title menu</comment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <comment>@action</comment>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>@title menu</comment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>@title menu</comment>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>The OVHcloud &amp;getting-started guide</source>
        <comment>@action</comment>
        <translation>Le &amp;guide de démarrage d’OVHcloud</translation>
    </message>
    <message numerus="yes">
        <source>Your computer&apos;s clock is off by %n second(s); the wizard corrects for it, but please set the clock right.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>L’horloge de votre ordinateur est décalée de %n seconde&#x202f;; l’assistant compense, mais mettez-la à l’heure.</numerusform>
            <numerusform>L’horloge de votre ordinateur est décalée de %n secondes&#x202f;; l’assistant compense, mais mettez-la à l’heure.</numerusform>
        </translation>
    </message>
    <message>
        <source>Support summary copied: paste it into your message to OVHcloud support.</source>
        <comment>@info</comment>
        <translation>Résumé pour le support copié&#xa0;: collez-le dans votre message au support OVHcloud.</translation>
    </message>
    <message>
        <source>&amp;Copy support summary</source>
        <comment>@action</comment>
        <translation>&amp;Copier le résumé pour le support</translation>
    </message>
    <message>
        <source>Title of the current page</source>
        <comment>@label accessible</comment>
        <translation>Titre de la page actuelle</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <comment>@label accessible</comment>
        <translation>Retour à la page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <comment>@label accessible</comment>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Refresh from OVHcloud</source>
        <comment>@label accessible</comment>
        <translation>Actualiser depuis OVHcloud</translation>
    </message>
    <message>
        <source>Private key not saved</source>
        <comment>@title dialog</comment>
        <translation>Clé privée non enregistrée</translation>
    </message>
    <message>
        <source>The private key of the KMS credential is shown only once and is not saved yet. If you quit now, it is lost and the credential must be created again.</source>
        <comment>@info</comment>
        <translation>La clé privée de l’identifiant KMS n’est affichée qu’une seule fois et n’est pas encore enregistrée. Si vous quittez maintenant, elle est perdue et l’identifiant devra être recréé.</translation>
    </message>
    <message>
        <source>Stay and save the key</source>
        <comment>@button</comment>
        <translation>Rester et enregistrer la clé</translation>
    </message>
    <message>
        <source>Quit and lose the key</source>
        <comment>@button</comment>
        <translation>Quitter et perdre la clé</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>@title menu</comment>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Screen-sharing mode (hide secrets until clicked)</source>
        <comment>@action</comment>
        <translation>Mode &amp;partage d’écran (secrets masqués jusqu’au clic)</translation>
    </message>
    <message>
        <source>&amp;Practice phone and mailbox</source>
        <comment>@action</comment>
        <translation>&amp;Téléphone et messagerie d’entraînement</translation>
    </message>
    <message>
        <source>&amp;Technical details (for OVHcloud support)</source>
        <comment>@action</comment>
        <translation>&amp;Détails techniques (pour le support OVHcloud)</translation>
    </message>
</context>
<context>
    <name>snc::MemorySecretStore</name>
    <message>
        <source>Memory of this session</source>
        <comment>@label secret storage backend</comment>
        <translation>Mémoire de cette session</translation>
    </message>
    <message>
        <source>Your keys are kept in memory for this session only, as you chose. You will have to enter them again next time. Nothing is written to disk.</source>
        <comment>@info</comment>
        <translation>Vos clés sont conservées en mémoire pour cette session seulement, comme vous l’avez choisi. Vous devrez les saisir de nouveau la prochaine fois. Rien n’est écrit sur le disque.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so your keys are kept in memory for this session only and will not be remembered. Nothing is written to disk. To remember them, unlock or start your keychain, then retry.</source>
        <comment>@info</comment>
        <translation>Le trousseau du système n’est pas disponible&#xa0;: vos clés sont conservées en mémoire pour cette session seulement et ne seront pas mémorisées. Rien n’est écrit sur le disque. Pour les mémoriser, déverrouillez ou démarrez votre trousseau, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>snc::NsxClient</name>
    <message>
        <source>The NSX Manager at %1 is not reached over HTTPS: the wizard does not send the admin password there.</source>
        <comment>@error</comment>
        <extracomment>%1 host name of the NSX Manager</extracomment>
        <translation>Le NSX Manager à %1 n’est pas joint en HTTPS : l’assistant ne lui envoie pas le mot de passe admin.</translation>
    </message>
    <message>
        <source>NSX Manager&apos;s address is not known yet. Refresh from OVHcloud, then try again.</source>
        <comment>@error</comment>
        <translation>L’adresse de NSX Manager n’est pas encore connue. Actualisez depuis OVHcloud, puis réessayez.</translation>
    </message>
    <message>
        <source>The NSX Manager refused the login %1 with this password. Check the login (the user, @, then the PCC&apos;s address) and enter that user&apos;s password (for admin, the one you defined in stage 2).</source>
        <comment>@error</comment>
        <extracomment>%1 the NSX login (user@PCC address)</extracomment>
        <translation>NSX Manager a refusé l’identifiant %1 avec ce mot de passe. Vérifiez l’identifiant (l’utilisateur, @, puis l’adresse du PCC) et saisissez le mot de passe de cet utilisateur (pour admin, celui défini à l’étape 2).</translation>
    </message>
    <message>
        <source>The NSX Manager knows %1 but refused the operation: the user lacks the NSX right or rights on the datacenter&apos;s networks. Give the user the NSX right and the network rights (OVHcloud Control Panel, your service, Users), then try again.</source>
        <comment>@error</comment>
        <extracomment>%1 the NSX login (user@PCC address)</extracomment>
        <translation>NSX Manager connaît %1 mais a refusé l’opération&#xa0;: l’utilisateur n’a pas le droit NSX ou les droits sur les réseaux du datacenter. Donnez-lui le droit NSX et les droits réseau (espace client OVHcloud, votre service, Utilisateurs), puis réessayez.</translation>
    </message>
    <message>
        <source>NSX Manager has no IPsec session of the wizard yet (or it was deleted in NSX). Apply to create it.</source>
        <comment>@error</comment>
        <translation>NSX Manager n’a pas encore de session IPsec de l’assistant (ou elle a été supprimée dans NSX). Appliquez pour la créer.</translation>
    </message>
    <message>
        <source>NSX Manager no longer has the Tier-0 gateway ovh-T0-gw, or the wizard&apos;s VPN service on it, as it was found (%1). Refresh: the wizard looks ovh-T0-gw up again by its name. If it is not listed, contact OVHcloud support.</source>
        <comment>@error</comment>
        <extracomment>%1 NSX&apos;s own message</extracomment>
        <translation>NSX Manager n’a plus la passerelle Tier-0 ovh-T0-gw, ou le service VPN de l’assistant sur celle-ci, tels qu’ils avaient été trouvés (%1). Actualisez&#xa0;: l’assistant recherche de nouveau ovh-T0-gw par son nom. S’il n’est pas listé, contactez le support OVHcloud.</translation>
    </message>
    <message>
        <source>NSX Manager has no such object (%1). Refresh, then try again.</source>
        <comment>@error</comment>
        <extracomment>%1 NSX&apos;s own message</extracomment>
        <translation>NSX Manager n’a pas cet objet (%1). Actualisez, puis réessayez.</translation>
    </message>
    <message>
        <source>NSX Manager asks who you are: no login has been sent yet, or it was forgotten. Enter the password of %1, then use it.</source>
        <comment>@error</comment>
        <extracomment>%1 the NSX login (user@PCC address)</extracomment>
        <translation>NSX Manager demande qui vous êtes&#xa0;: aucun identifiant n’a encore été envoyé, ou il a été oublié. Saisissez le mot de passe de %1, puis utilisez-le.</translation>
    </message>
</context>
<context>
    <name>snc::NsxLogin</name>
    <message>
        <source>&quot;%1&quot; is not an NSX API login. Type the user followed by @ and the PCC&apos;s address, for example %2 (no space, no colon).</source>
        <comment>@error</comment>
        <extracomment>%1 the login typed, %2 the expected form for admin (admin@&lt;the PCC&apos;s address&gt;)</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de l’API NSX. Saisissez l’utilisateur suivi de @ et de l’adresse du PCC, par exemple %2 (sans espace ni deux-points).</translation>
    </message>
</context>
<context>
    <name>snc::NsxSessionReader</name>
    <message>
        <source>NSX Manager lists no Tier-0 gateway named %1, which OVHcloud creates with NSX-T. Check in NSX&apos;s interface (Networking, Tier-0 Gateways) that it exists and that this user may see it; otherwise contact OVHcloud support.</source>
        <comment>@error</comment>
        <extracomment>%1 the Tier-0&apos;s display name (ovh-T0-gw)</extracomment>
        <translation>NSX Manager ne liste aucune passerelle Tier-0 nommée %1, qu’OVHcloud crée avec NSX-T. Vérifiez dans l’interface de NSX (Networking, Tier-0 Gateways) qu’elle existe et que cet utilisateur peut la voir&#x202f;; sinon, contactez le support OVHcloud.</translation>
    </message>
</context>
<context>
    <name>snc::NsxUserRight</name>
    <message>
        <source>The user %1 does not have OVHcloud&apos;s NSX right, so NSX Manager refuses it. Grant it: the wizard asks OVHcloud to give %1 the NSX right (the user&apos;s other properties unchanged) and follows the change to its end.</source>
        <comment>@info</comment>
        <extracomment>%1 the user&apos;s name (admin). &quot;NSX right&quot; is the Control Panel&apos;s &quot;NSX&quot; access of a user.</extracomment>
        <translation>L’utilisateur %1 n’a pas le droit NSX d’OVHcloud, donc NSX Manager le refuse. Accordez-le&#xa0;: l’assistant demande à OVHcloud de donner le droit NSX à %1 (les autres propriétés de l’utilisateur restent inchangées) et suit la modification jusqu’à son terme.</translation>
    </message>
    <message>
        <source>The user %1 has neither OVHcloud&apos;s NSX right nor the network role NSX needs on the datacenter(s) %2, so NSX Manager refuses it. Grant them: the wizard asks OVHcloud to give %1 the NSX right and the network role “%3” on those datacenters (everything else unchanged) and follows each change to its end.</source>
        <comment>@info</comment>
        <extracomment>%1 the user&apos;s name (admin); %2 datacenter ids; %3 the network role (manager), as in the API</extracomment>
        <translation>L’utilisateur %1 n’a ni le droit NSX d’OVHcloud ni le rôle réseau dont NSX a besoin sur le ou les datacenters %2, donc NSX Manager le refuse. Accordez-les&#xa0;: l’assistant demande à OVHcloud de donner à %1 le droit NSX et le rôle réseau «&#xa0;%3&#xa0;» sur ces datacenters (tout le reste inchangé) et suit chaque modification jusqu’à son terme.</translation>
    </message>
    <message>
        <source>The user %1 has OVHcloud&apos;s NSX right but not the network role NSX needs on the datacenter(s) %2 (access to the V(x)LANs), so NSX Manager refuses it. Grant it: the wizard asks OVHcloud to give %1 the network role “%3” on those datacenters (the other rights unchanged) and follows each change to its end.</source>
        <comment>@info</comment>
        <extracomment>%1 the user&apos;s name (admin); %2 datacenter ids; %3 the network role (manager), as in the API</extracomment>
        <translation>L’utilisateur %1 a le droit NSX d’OVHcloud mais pas le rôle réseau dont NSX a besoin sur le ou les datacenters %2 (accès aux V(x)LAN), donc NSX Manager le refuse. Accordez-le&#xa0;: l’assistant demande à OVHcloud de donner à %1 le rôle réseau «&#xa0;%3&#xa0;» sur ces datacenters (les autres droits inchangés) et suit chaque modification jusqu’à son terme.</translation>
    </message>
</context>
<context>
    <name>snc::NsxtOption</name>
    <message>
        <source>NSX-T is being enabled on %1. Wait until OVHcloud has finished (the Control Panel shows it), then refresh.</source>
        <comment>@error</comment>
        <translation>NSX-T est en cours d’activation sur %1. Attendez qu’OVHcloud ait terminé (l’espace client l’indique), puis actualisez.</translation>
    </message>
    <message>
        <source>NSX-T is enabled on %1 but OVHcloud gave no address for NSX Manager. Refresh in a few minutes; if it persists, contact OVHcloud support.</source>
        <comment>@error</comment>
        <translation>NSX-T est activé sur %1 mais OVHcloud n’a donné aucune adresse pour NSX Manager. Actualisez dans quelques minutes&#x202f;; si cela persiste, contactez le support OVHcloud.</translation>
    </message>
    <message>
        <source>NSX-T is not enabled on %1 (state: %2), so no VPN can be configured. Enable NSX-T from your service&apos;s page in the OVHcloud Control Panel (OVHcloud&apos;s guide &quot;Enabling NSX&quot;), wait for the activation to finish, then refresh.</source>
        <comment>@error</comment>
        <extracomment>%1 service name, %2 the option&apos;s state as the API gives it (disabled, error, …)</extracomment>
        <translation>NSX-T n’est pas activé sur %1 (état&#xa0;: %2), aucun VPN ne peut donc être configuré. Activez NSX-T depuis la page de votre service dans l’espace client OVHcloud (guide OVHcloud «&#xa0;Activer NSX&#xa0;»), attendez la fin de l’activation, puis actualisez.</translation>
    </message>
</context>
<context>
    <name>snc::OkmsCredentialFlow</name>
    <message numerus="yes">
        <source>The access credential is still being created after %n minute(s). OVHcloud may be slow: refresh later, or delete it and create another one.</source>
        <comment>@error</comment>
        <extracomment>%n minutes waited</extracomment>
        <translation>
            <numerusform>L’identifiant d’accès est toujours en cours de création après %n minute. OVHcloud est peut-être lent&#xa0;: actualisez plus tard, ou supprimez-le et créez-en un autre.</numerusform>
            <numerusform>L’identifiant d’accès est toujours en cours de création après %n minutes. OVHcloud est peut-être lent&#xa0;: actualisez plus tard, ou supprimez-le et créez-en un autre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate OVHcloud issued does not match the private key. Do not use it; create another credential.</source>
        <comment>@error</comment>
        <translation>Le certificat émis par OVHcloud ne correspond pas à la clé privée. Ne l’utilisez pas&#x202f;; créez un autre identifiant.</translation>
    </message>
</context>
<context>
    <name>snc::OperationTokenGate</name>
    <message>
        <source>The operation-validation page only opens from an IP address allowed to reach the PCC (stage 1).</source>
        <comment>@info token</comment>
        <translation>La page de validation des opérations ne s’ouvre que depuis une adresse IP autorisée à joindre le PCC (étape 1).</translation>
    </message>
    <message>
        <source>Operation %1 has not started yet. If OVHcloud counts it as sensitive, an SMS with a token was sent to the token validators for operation %1: it must be validated within 15 minutes of its creation, or OVHcloud cancels it.</source>
        <comment>@info token</comment>
        <extracomment>%1 the operation (task) id</extracomment>
        <translation>L’opération %1 n’a pas encore commencé. Si OVHcloud la considère comme sensible, un SMS contenant un jeton a été envoyé aux validateurs de jetons pour l’opération %1&#xa0;: elle doit être validée dans les 15 minutes suivant sa création, sinon OVHcloud l’annule.</translation>
    </message>
    <message>
        <source>Operation %1 was canceled by OVHcloud: its token was not validated in time, and nothing was changed. You can redo it: the wizard reads the current state first and never does it twice.</source>
        <comment>@info token</comment>
        <extracomment>%1 the operation (task) id</extracomment>
        <translation>L’opération %1 a été annulée par OVHcloud&#xa0;: son jeton n’a pas été validé à temps, et rien n’a été modifié. Vous pouvez la refaire&#xa0;: l’assistant relit d’abord l’état actuel et ne la fait jamais deux fois.</translation>
    </message>
</context>
<context>
    <name>snc::OperationTokenPanel</name>
    <message>
        <source>Operation id: %1 (%2)</source>
        <comment>@info token</comment>
        <extracomment>%1 the operation (task) id, as in the SMS; %2 what the operation does, in words</extracomment>
        <translation>Identifiant de l’opération&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Open the operation-validation page</source>
        <comment>@button</comment>
        <translation>Ouvrir la page de validation des opérations</translation>
    </message>
    <message>
        <source>Redo the operation</source>
        <comment>@button</comment>
        <translation>Refaire l’opération</translation>
    </message>
    <message>
        <source>SMS token:</source>
        <comment>@label</comment>
        <translation>Jeton reçu par SMS&#xa0;:</translation>
    </message>
    <message>
        <source>Validate the operation</source>
        <comment>@button</comment>
        <translation>Valider l’opération</translation>
    </message>
</context>
<context>
    <name>snc::OutboxMessageCard</name>
    <message>
        <source>E-mail</source>
        <comment>@label channel</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <comment>@label channel</comment>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>@label channel</comment>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>@label card heading</comment>
        <extracomment>Card heading: %1 &quot;SMS&quot; or &quot;E-mail&quot;, %2 time received</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>From: OVHcloud (practice)</source>
        <comment>@info message sender</comment>
        <extracomment>%1 the recipient (the demo administrator&apos;s phone number or e-mail address)</extracomment>
        <translation>De&#xa0;: OVHcloud (entraînement)</translation>
    </message>
    <message>
        <source>From: OVHcloud (practice)
To: %1</source>
        <comment>@info message parties</comment>
        <translation>De&#xa0;: OVHcloud (entraînement)
À&#xa0;: %1</translation>
    </message>
    <message>
        <source>Code:</source>
        <comment>@label</comment>
        <translation>Code&#xa0;:</translation>
    </message>
    <message>
        <source>Code %1</source>
        <comment>@label accessible</comment>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <comment>@button</comment>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Copy the code %1</source>
        <comment>@label accessible</comment>
        <translation>Copier le code %1</translation>
    </message>
    <message>
        <source>Copies the code; the clipboard is emptied again after 30 seconds.</source>
        <comment>@info tooltip</comment>
        <translation>Copie le code&#x202f;; le presse-papiers est vidé au bout de 30 secondes.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <comment>@info e-mail</comment>
        <extracomment>%1 the e-mail&apos;s subject, as the practice sandbox wrote it</extracomment>
        <translation>Objet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>snc::OutboxPanel</name>
    <message>
        <source>Practice phone and mailbox</source>
        <comment>@title</comment>
        <translation>Téléphone et messagerie d’entraînement</translation>
    </message>
    <message>
        <source>In the practice sandbox, the SMS and e-mails sent to the demo administrator arrive here. Read the codes and type them in the wizard.</source>
        <comment>@info</comment>
        <translation>Dans le bac à sable d’entraînement, les SMS et e-mails envoyés à l’administrateur de démonstration arrivent ici. Lisez les codes et saisissez-les dans l’assistant.</translation>
    </message>
    <message>
        <source>&amp;Phone (SMS)</source>
        <comment>@label</comment>
        <translation>&amp;Téléphone (SMS)</translation>
    </message>
    <message>
        <source>&amp;Mailbox (e-mail)</source>
        <comment>@label</comment>
        <translation>&amp;Messagerie (e-mail)</translation>
    </message>
    <message>
        <source>SMS received</source>
        <comment>@label accessible</comment>
        <translation>SMS reçus</translation>
    </message>
    <message>
        <source>E-mails received</source>
        <comment>@label accessible</comment>
        <translation>E-mails reçus</translation>
    </message>
    <message>
        <source>The practice sandbox now treats vCenter as configured: the KMS registration of stage 5 can end.</source>
        <comment>@info</comment>
        <translation>Le bac à sable d’entraînement considère maintenant vCenter comme configuré&#xa0;: l’enregistrement du KMS de l’étape 5 peut se terminer.</translation>
    </message>
    <message>
        <source>The practice sandbox did not take it. Try again.</source>
        <comment>@info</comment>
        <translation>Le bac à sable d’entraînement ne l’a pas pris en compte. Réessayez.</translation>
    </message>
    <message>
        <source>I have configured vCenter (practice)</source>
        <comment>@button</comment>
        <extracomment>On OVHcloud the KMS registration waits until vCenter is configured; practice has no vCenter</extracomment>
        <translation>J’ai configuré vCenter (entraînement)</translation>
    </message>
    <message>
        <source>No message yet. The codes sent by SMS or e-mail will appear here.</source>
        <comment>@info empty list</comment>
        <translation>Aucun message pour l’instant. Les codes envoyés par SMS ou par e-mail apparaîtront ici.</translation>
    </message>
    <message>
        <source>Hide</source>
        <comment>@button</comment>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the practice phone and mailbox</source>
        <comment>@label accessible</comment>
        <translation>Masquer le téléphone et la messagerie d’entraînement</translation>
    </message>
    <message>
        <source>Hide this panel; the View menu and the PRACTICE ribbon bring it back.</source>
        <comment>@info tooltip</comment>
        <translation>Masque ce panneau&#x202f;; le menu Affichage et le bandeau EXERCICE le font revenir.</translation>
    </message>
</context>
<context>
    <name>snc::PageStatusLine</name>
    <message>
        <source>Confirmation of a step only you can do</source>
        <comment>@label accessible</comment>
        <translation>Confirmation d’une étape que vous seul pouvez faire</translation>
    </message>
</context>
<context>
    <name>snc::PracticeRibbon</name>
    <message>
        <source>PRACTICE</source>
        <comment>@label ribbon</comment>
        <extracomment>The ribbon&apos;s mark, in capitals: the window is connected to the practice sandbox</extracomment>
        <translation>EXERCICE</translation>
    </message>
    <message>
        <source>You are in the practice sandbox: nothing you do here changes anything at OVHcloud.</source>
        <comment>@info ribbon</comment>
        <translation>Vous êtes dans le bac à sable d’entraînement&#xa0;: rien de ce que vous faites ici ne change quoi que ce soit chez OVHcloud.</translation>
    </message>
    <message>
        <source>Phone and mailbox</source>
        <comment>@button ribbon</comment>
        <translation>Téléphone et messagerie</translation>
    </message>
    <message>
        <source>Show the practice phone and mailbox</source>
        <comment>@label accessible</comment>
        <translation>Afficher le téléphone et la messagerie d’entraînement</translation>
    </message>
    <message>
        <source>Shows or hides the SMS and e-mails of the practice sandbox</source>
        <comment>@info tooltip</comment>
        <translation>Affiche ou masque les SMS et e-mails du bac à sable d’entraînement</translation>
    </message>
</context>
<context>
    <name>snc::PrivateGatewayModel</name>
    <message>
        <source>Private gateway enabled at %1</source>
        <comment>@info stage status</comment>
        <translation>Passerelle privée activée sur %1</translation>
    </message>
    <message>
        <source>Private gateway being changed (%1)</source>
        <comment>@info stage status</comment>
        <translation>Passerelle privée en cours de modification (%1)</translation>
    </message>
    <message>
        <source>The private gateway is in error</source>
        <comment>@info stage status</comment>
        <translation>La passerelle privée est en erreur</translation>
    </message>
    <message>
        <source>Private gateway not enabled</source>
        <comment>@info stage status</comment>
        <translation>Passerelle privée non activée</translation>
    </message>
    <message>
        <source>The gateway IP &quot;%1&quot; is not an IPv4 address.</source>
        <comment>@error</comment>
        <translation>L’IP de passerelle «&#xa0;%1&#xa0;» n’est pas une adresse IPv4.</translation>
    </message>
    <message>
        <source>The netmask &quot;%1&quot; is not a dotted netmask such as 255.255.255.0.</source>
        <comment>@error</comment>
        <translation>Le masque «&#xa0;%1&#xa0;» n’est pas un masque en notation pointée comme 255.255.255.0.</translation>
    </message>
    <message>
        <source>The netmask %1 (/%2) leaves no room for a gateway: use /8 to /30.</source>
        <comment>@error</comment>
        <translation>Le masque %1 (/%2) ne laisse pas de place pour une passerelle&#xa0;: utilisez /8 à /30.</translation>
    </message>
    <message>
        <source>%1 is the network address of %2: choose a host address.</source>
        <comment>@error</comment>
        <translation>%1 est l’adresse réseau de %2&#xa0;: choisissez une adresse d’hôte.</translation>
    </message>
    <message>
        <source>%1 is the broadcast address of %2: choose a host address.</source>
        <comment>@error</comment>
        <translation>%1 est l’adresse de diffusion de %2&#xa0;: choisissez une adresse d’hôte.</translation>
    </message>
    <message>
        <source>Enter the name of the vRack portgroup created under this datacenter.</source>
        <comment>@error</comment>
        <translation>Saisissez le nom du portgroup vRack créé sous ce datacenter.</translation>
    </message>
    <message>
        <source>The source-NAT address &quot;%1&quot; is not an IPv4 address.</source>
        <comment>@error</comment>
        <translation>L’adresse de NAT source «&#xa0;%1&#xa0;» n’est pas une adresse IPv4.</translation>
    </message>
    <message>
        <source>Choose a datacenter.</source>
        <comment>@error</comment>
        <translation>Choisissez un datacenter.</translation>
    </message>
    <message>
        <source>Enter the gateway IP and netmask first.</source>
        <comment>@error</comment>
        <translation>Saisissez d’abord l’IP et le masque de la passerelle.</translation>
    </message>
    <message>
        <source>I may lose access to %1</source>
        <comment>@info confirmation phrase</comment>
        <extracomment>Typed by the user to enable the gateway despite failing checks; %1 the service name</extracomment>
        <translation>Je risque de perdre mon accès à %1</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <comment>@error</comment>
        <translation>Choisissez d’abord un service.</translation>
    </message>
    <message>
        <source>A change of the private gateway is still running. Wait for it to finish.</source>
        <comment>@error</comment>
        <translation>Une modification de la passerelle privée est encore en cours. Attendez qu’elle se termine.</translation>
    </message>
    <message>
        <source>The private gateway is being changed (%1). Wait, then refresh.</source>
        <comment>@error</comment>
        <translation>La passerelle privée est en cours de modification (%1). Patientez, puis actualisez.</translation>
    </message>
    <message>
        <source>Only an enabled private gateway can be reconfigured.</source>
        <comment>@error</comment>
        <translation>Seule une passerelle privée activée peut être reconfigurée.</translation>
    </message>
    <message>
        <source>Private gateway network</source>
        <comment>@info allowed network description</comment>
        <translation>Réseau de la passerelle privée</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <comment>@info report</comment>
        <extracomment>%1 datacenter name, %2 its numeric id</extracomment>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <comment>@label report</comment>
        <translation>Centre de données</translation>
    </message>
    <message>
        <source>Private gateway state</source>
        <comment>@label report</comment>
        <translation>État de la passerelle privée</translation>
    </message>
    <message>
        <source>Private gateway IP</source>
        <comment>@label report</comment>
        <translation>IP de la passerelle privée</translation>
    </message>
    <message>
        <source>Private gateway netmask</source>
        <comment>@label report</comment>
        <translation>Masque de la passerelle privée</translation>
    </message>
    <message>
        <source>Private gateway portgroup</source>
        <comment>@label report</comment>
        <translation>Portgroup de la passerelle privée</translation>
    </message>
    <message>
        <source>Private gateway task</source>
        <comment>@label report</comment>
        <translation>Tâche de la passerelle privée</translation>
    </message>
    <message>
        <source>The gateway IP %1 is in a loopback, link-local, multicast or reserved range: use an address of your vRack network.</source>
        <comment>@error</comment>
        <translation>L’IP de passerelle %1 est dans une plage de bouclage, lien-local, multicast ou réservée&#xa0;: utilisez une adresse de votre réseau vRack.</translation>
    </message>
    <message>
        <source>The portgroup name is too long: vSphere allows at most %1 characters.</source>
        <comment>@error</comment>
        <translation>Le nom du portgroup est trop long&#xa0;: vSphere autorise au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Some checks are not green, or no longer are. Fix them and check again, or type &quot;%1&quot; to accept the risk of losing access to vSphere.</source>
        <comment>@error</comment>
        <translation>Certaines vérifications ne sont pas au vert, ou ne le sont plus. Corrigez-les et vérifiez à nouveau, ou saisissez «&#xa0;%1&#xa0;» pour accepter le risque de perdre l’accès à vSphere.</translation>
    </message>
    <message>
        <source>Disabling the private gateway cuts off whoever reaches vSphere through %1 (your hosts file may send its names there). Check that it does not, or type &quot;%2&quot; to accept the risk.</source>
        <comment>@error</comment>
        <translation>Désactiver la passerelle privée coupe l’accès de quiconque atteint vSphere par %1 (votre fichier hosts y envoie peut-être ses noms). Vérifiez que ce n’est pas le cas, ou saisissez «&#xa0;%2&#xa0;» pour accepter le risque.</translation>
    </message>
    <message>
        <source>I have added the hosts-file line on my admin computers</source>
        <comment>@option:check</comment>
        <translation>J’ai ajouté la ligne du fichier hosts sur mes postes d’administration</translation>
    </message>
    <message>
        <source>add the hosts-file line on your admin computers, then tick “I have added the hosts-file line on my admin computers”</source>
        <comment>@info status</comment>
        <extracomment>Follows &quot;Your turn: &quot; in the page&apos;s status line</extracomment>
        <translation>ajoutez la ligne du fichier hosts sur vos postes d’administration, puis cochez «&#xa0;J’ai ajouté la ligne du fichier hosts sur mes postes d’administration&#xa0;»</translation>
    </message>
</context>
<context>
    <name>snc::PrivateGatewayPage</name>
    <message>
        <source>Enabling the private gateway</source>
        <comment>@info task</comment>
        <translation>Activation de la passerelle privée</translation>
    </message>
    <message>
        <source>Reconfiguring the private gateway</source>
        <comment>@info task</comment>
        <translation>Reconfiguration de la passerelle privée</translation>
    </message>
    <message>
        <source>Disabling the private gateway</source>
        <comment>@info task</comment>
        <translation>Désactivation de la passerelle privée</translation>
    </message>
    <message>
        <source>Private gateway task: %1</source>
        <comment>@info task</comment>
        <translation>Tâche de la passerelle privée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done: the state was read back.</source>
        <comment>@info</comment>
        <translation>Terminé&#xa0;: l’état a été relu.</translation>
    </message>
    <message>
        <source>The change did not complete.</source>
        <comment>@info</comment>
        <translation>La modification n’a pas abouti.</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <comment>@item check result</comment>
        <translation>✓ réussi</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <comment>@item check result</comment>
        <translation>✗ échec</translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <comment>@item check result</comment>
        <translation>⚠ avertissement</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <comment>@item check result</comment>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>@item check: title, detail</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The private gateway moves vSphere from the internet to your vRack. Before enabling it, make sure you can still reach it: the checks below guard against locking yourself out.</source>
        <comment>@info</comment>
        <translation>La passerelle privée fait passer vSphere d’Internet à votre vRack. Avant de l’activer, assurez-vous de pouvoir encore y accéder&#xa0;: les vérifications ci-dessous évitent de vous enfermer dehors.</translation>
    </message>
    <message>
        <source>&amp;Datacenter:</source>
        <comment>@label</comment>
        <translation>Centre de &amp;données&#xa0;:</translation>
    </message>
    <message>
        <source>Gateway &amp;IP:</source>
        <comment>@label</comment>
        <translation>&amp;IP de la passerelle&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 172.16.0.1</source>
        <comment>@info placeholder</comment>
        <translation>par exemple 172.16.0.1</translation>
    </message>
    <message>
        <source>&amp;Netmask:</source>
        <comment>@label</comment>
        <translation>&amp;Masque réseau&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 255.255.255.0</source>
        <comment>@info placeholder</comment>
        <translation>par exemple 255.255.255.0</translation>
    </message>
    <message>
        <source>vRack &amp;portgroup:</source>
        <comment>@label</comment>
        <translation>Port&amp;group vRack&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. pg-vrack-admin</source>
        <comment>@info placeholder</comment>
        <translation>par exemple pg-vrack-admin</translation>
    </message>
    <message>
        <source>Your &amp;source-NAT address (optional):</source>
        <comment>@label</comment>
        <translation>Votre adresse de &amp;NAT source (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <comment>@button</comment>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Allow the gateway&apos;s network</source>
        <comment>@button</comment>
        <translation>A&amp;utoriser le réseau de la passerelle</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>@title column</comment>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>@title column</comment>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Lock-out checks</source>
        <comment>@label accessible</comment>
        <translation>Vérifications contre la perte d’accès</translation>
    </message>
    <message>
        <source>Hosts file lines</source>
        <comment>@label accessible</comment>
        <translation>Lignes du fichier hosts</translation>
    </message>
    <message>
        <source>Risk confirmation</source>
        <comment>@label accessible</comment>
        <translation>Confirmation du risque</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <comment>@button</comment>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <source>&amp;Reconfigure</source>
        <comment>@button</comment>
        <translation>&amp;Reconfigurer</translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <comment>@button</comment>
        <translation>Désa&amp;ctiver</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <comment>@label accessible</comment>
        <translation>Centre de données</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <comment>@item datacenter</comment>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>The gateway&apos;s network is %1.</source>
        <comment>@info</comment>
        <translation>Le réseau de la passerelle est %1.</translation>
    </message>
    <message>
        <source>State: unknown yet.</source>
        <comment>@info</comment>
        <translation>État&#xa0;: encore inconnu.</translation>
    </message>
    <message>
        <source>State: enabled at %1/%2 on %3.</source>
        <comment>@info</comment>
        <translation>État&#xa0;: activée avec %1/%2 sur %3.</translation>
    </message>
    <message>
        <source>State: %1.</source>
        <comment>@info</comment>
        <translation>État&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not every check is green. To enable anyway, type: %1</source>
        <comment>@label</comment>
        <translation>Toutes les vérifications ne sont pas au vert. Pour activer malgré tout, saisissez&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not every check is green, or disabling would cut the path you reach vSphere by. To change the gateway anyway, type: %1</source>
        <comment>@label</comment>
        <translation>Toutes les vérifications ne sont pas au vert, ou la désactivation couperait le chemin par lequel vous atteignez vSphere. Pour modifier la passerelle malgré tout, saisissez&#xa0;: %1</translation>
    </message>
    <message>
        <source>No check run yet</source>
        <comment>@info empty list</comment>
        <extracomment>Shown inside the empty list of lock-out checks</extracomment>
        <translation>Aucune vérification lancée pour l’instant</translation>
    </message>
    <message>
        <source>Settings and lock-out checks</source>
        <comment>@title sub-step</comment>
        <translation>Réglages et vérifications contre la perte d’accès</translation>
    </message>
    <message>
        <source>Enable the private gateway</source>
        <comment>@title sub-step</comment>
        <translation>Activer la passerelle privée</translation>
    </message>
    <message>
        <source>Hosts-file line on your admin computers</source>
        <comment>@title sub-step</comment>
        <translation>Ligne du fichier hosts sur vos postes d’administration</translation>
    </message>
    <message>
        <source>Hosts file instructions</source>
        <comment>@label accessible</comment>
        <translation>Instructions pour le fichier hosts</translation>
    </message>
    <message>
        <source>Add the line below to the hosts file of every computer you administer vSphere from, then tick “%1”.</source>
        <comment>@info</comment>
        <extracomment>%1 the checkbox text of the status line (&quot;I have added the hosts-file line on my admin computers&quot;)</extracomment>
        <translation>Ajoutez la ligne ci-dessous au fichier hosts de chaque poste depuis lequel vous administrez vSphere, puis cochez «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This computer&apos;s hosts file: not checked since the wizard started.</source>
        <comment>@info</comment>
        <translation>Fichier hosts de cet ordinateur&#xa0;: pas vérifié depuis le démarrage de l’assistant.</translation>
    </message>
    <message>
        <source>This computer&apos;s hosts file: %1. %2</source>
        <comment>@info</comment>
        <translation>Fichier hosts de cet ordinateur&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Gateway %1, netmask %2, portgroup %3</source>
        <comment>@info</comment>
        <extracomment>%1 gateway IP, %2 netmask, %3 portgroup</extracomment>
        <translation>Passerelle %1, masque %2, portgroup %3</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>@info summary: settings</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: every lock-out check passed.</source>
        <comment>@info</comment>
        <translation>%1&#xa0;: toutes les vérifications contre la perte d’accès sont réussies.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lock-out check(s) not passed.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%1&#xa0;: %n vérification contre la perte d’accès non réussie.</numerusform>
            <numerusform>%1&#xa0;: %n vérifications contre la perte d’accès non réussies.</numerusform>
        </translation>
    </message>
    <message>
        <source>The private gateway is enabled at %1 (netmask %2, portgroup %3).</source>
        <comment>@info</comment>
        <translation>La passerelle privée est activée sur %1 (masque %2, portgroup %3).</translation>
    </message>
    <message>
        <source>You confirmed the line on your admin computers; this computer&apos;s hosts file does not have it.</source>
        <comment>@info</comment>
        <translation>Vous avez confirmé la ligne sur vos postes d’administration&#x202f;; le fichier hosts de cet ordinateur ne la contient pas.</translation>
    </message>
    <message>
        <source>You confirmed the line on your admin computers.</source>
        <comment>@info</comment>
        <translation>Vous avez confirmé la ligne sur vos postes d’administration.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <comment>@button</comment>
        <translation>Vérifier à &amp;nouveau</translation>
    </message>
</context>
<context>
    <name>snc::ProductionSecureInterface</name>
    <message>
        <source>On OVHcloud this step is done on the secure interface web page, not in the wizard.</source>
        <comment>@error</comment>
        <translation>Chez OVHcloud, cette étape se fait sur la page web de l’interface sécurisée, pas dans l’assistant.</translation>
    </message>
</context>
<context>
    <name>snc::QrCodeView</name>
    <message>
        <source>QR code for your authenticator app</source>
        <comment>@label accessible</comment>
        <translation>QR code pour votre application d’authentification</translation>
    </message>
    <message>
        <source>Scan it with the authenticator app on your phone. If you cannot scan it, type the secret key shown next to it instead.</source>
        <comment>@info accessible</comment>
        <translation>Scannez-le avec l’application d’authentification de votre téléphone. Si vous ne pouvez pas le scanner, saisissez plutôt la clé secrète affichée à côté.</translation>
    </message>
</context>
<context>
    <name>snc::SecureInterfaceSection</name>
    <message>
        <source>Account in the app: %1 (%2)</source>
        <comment>@info</comment>
        <extracomment>%1 issuer (&quot;OVHcloud&quot;), %2 account label</extracomment>
        <translation>Compte dans l’application&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>The password meets the policy.</source>
        <comment>@info</comment>
        <translation>Le mot de passe respecte la politique.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <comment>@info</comment>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Password and two-factor authentication</source>
        <comment>@title</comment>
        <translation>Mot de passe et double authentification</translation>
    </message>
    <message>
        <source>Code received by &amp;SMS:</source>
        <comment>@label</comment>
        <translation>Code reçu par &amp;SMS&#xa0;:</translation>
    </message>
    <message>
        <source>Code received by &amp;e-mail:</source>
        <comment>@label</comment>
        <translation>Code reçu par &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check the codes</source>
        <comment>@button</comment>
        <translation>&amp;Vérifier les codes</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <comment>@label</comment>
        <translation>Nouveau &amp;mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <comment>@label</comment>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <comment>@option:check</comment>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>&amp;Generate one</source>
        <comment>@button</comment>
        <translation>&amp;En générer un</translation>
    </message>
    <message>
        <source>Set the &amp;password</source>
        <comment>@button</comment>
        <translation>Définir le mot de &amp;passe</translation>
    </message>
    <message>
        <source>Scan this QR code with your authenticator app (FreeOTP, Aegis, Google Authenticator…), or type the secret by hand. Re-enrolling replaces any older entry for this account.</source>
        <comment>@info</comment>
        <translation>Scannez ce QR code avec votre application d’authentification (FreeOTP, Aegis, Google Authenticator…), ou saisissez le secret à la main. Un nouvel enrôlement remplace toute entrée plus ancienne pour ce compte.</translation>
    </message>
    <message>
        <source>Secret key, in groups of four characters</source>
        <comment>@label accessible</comment>
        <translation>Clé secrète, par groupes de quatre caractères</translation>
    </message>
    <message>
        <source>Code shown by the &amp;app:</source>
        <comment>@label</comment>
        <translation>Code affiché par l’a&amp;pplication&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Verify the code</source>
        <comment>@button</comment>
        <translation>&amp;Vérifier le code</translation>
    </message>
    <message>
        <source>Password policy:
%1</source>
        <comment>@info</comment>
        <translation>Politique de mots de passe&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Send the &amp;codes (SMS and e-mail)</source>
        <comment>@button</comment>
        <translation>Envoyer les &amp;codes (SMS et e-mail)</translation>
    </message>
    <message>
        <source>&amp;Open the secure interface</source>
        <comment>@button</comment>
        <translation>&amp;Ouvrir l’interface sécurisée</translation>
    </message>
    <message>
        <source>Send new &amp;codes</source>
        <comment>@button</comment>
        <translation>Envoyer de nouveaux &amp;codes</translation>
    </message>
    <message>
        <source>The admin account needs a password and an authenticator. First, the service sends a code by SMS and another by e-mail.</source>
        <comment>@info</comment>
        <translation>Le compte admin a besoin d’un mot de passe et d’une application d’authentification. D’abord, le service envoie un code par SMS et un autre par e-mail.</translation>
    </message>
    <message>
        <source>On OVHcloud this is done on your service&apos;s secure interface: use &quot;Password lost&quot; for the user admin, then follow the steps. The wizard notices when the account is enabled.</source>
        <comment>@info</comment>
        <translation>Chez OVHcloud, cela se fait sur l’interface sécurisée de votre service&#xa0;: utilisez «&#xa0;Mot de passe perdu&#xa0;» pour l’utilisateur admin, puis suivez les étapes. L’assistant détecte l’activation du compte.</translation>
    </message>
    <message>
        <source>Type the code received by SMS and the one received by e-mail.</source>
        <comment>@info</comment>
        <translation>Saisissez le code reçu par SMS et celui reçu par e-mail.</translation>
    </message>
    <message>
        <source>Choose the new password of the user admin.</source>
        <comment>@info</comment>
        <translation>Choisissez le nouveau mot de passe de l’utilisateur admin.</translation>
    </message>
    <message>
        <source>Enrol your authenticator app, then type the 6-digit code it shows.</source>
        <comment>@info</comment>
        <translation>Enrôlez votre application d’authentification, puis saisissez le code à 6 chiffres qu’elle affiche.</translation>
    </message>
    <message>
        <source>Finish the steps on the secure interface in your browser. This page updates by itself once the account is enabled.</source>
        <comment>@info</comment>
        <translation>Terminez les étapes sur l’interface sécurisée dans votre navigateur. Cette page se met à jour d’elle-même une fois le compte activé.</translation>
    </message>
    <message>
        <source>The admin account is enabled with its password and two-factor authentication.</source>
        <comment>@info</comment>
        <translation>Le compte admin est activé avec son mot de passe et la double authentification.</translation>
    </message>
    <message>
        <source>Secret key, shown once: keep it in your password manager to enrol another device later. Or type it in the app instead of scanning.</source>
        <comment>@label</comment>
        <translation>Clé secrète, affichée une seule fois&#xa0;: gardez-la dans votre gestionnaire de mots de passe pour enrôler un autre appareil plus tard. Vous pouvez aussi la saisir dans l’application au lieu de scanner le code.</translation>
    </message>
    <message>
        <source>I have stored the secret &amp;key</source>
        <comment>@option:check</comment>
        <translation>J’ai conservé la &amp;clé secrète</translation>
    </message>
    <message>
        <source>Generated password, shown once: store it in your password manager now. You will need it for vSphere and for NSX (stage 3).</source>
        <comment>@label</comment>
        <translation>Mot de passe généré, affiché une seule fois&#xa0;: conservez-le maintenant dans votre gestionnaire de mots de passe. Il vous servira pour vSphere et pour NSX (étape 3).</translation>
    </message>
    <message>
        <source>Generated password</source>
        <comment>@label accessible</comment>
        <translation>Mot de passe généré</translation>
    </message>
    <message>
        <source>I have stored the &amp;password</source>
        <comment>@option:check</comment>
        <translation>J’ai conservé le mot de &amp;passe</translation>
    </message>
    <message>
        <source>Codes change every 30 s: type the one shown now.</source>
        <comment>@info</comment>
        <translation>Les codes changent toutes les 30&#xa0;s&#xa0;: saisissez celui affiché maintenant.</translation>
    </message>
    <message>
        <source>Store the generated password, then tick &quot;I have stored the password&quot;.</source>
        <comment>@info</comment>
        <translation>Conservez le mot de passe généré, puis cochez «&#xa0;J’ai conservé le mot de passe&#xa0;».</translation>
    </message>
    <message>
        <source>First store the secret key, then tick &quot;I have stored the secret key&quot;.</source>
        <comment>@info tooltip</comment>
        <translation>Conservez d’abord la clé secrète, puis cochez «&#xa0;J’ai conservé la clé secrète&#xa0;».</translation>
    </message>
</context>
<context>
    <name>snc::ShownOnceSecret</name>
    <message>
        <source>I have &amp;stored it in a safe place</source>
        <comment>@option:check</comment>
        <translation>Je l’ai &amp;conservé en lieu sûr</translation>
    </message>
    <message>
        <source>The clipboard has been cleared.</source>
        <comment>@info</comment>
        <translation>Le presse-papiers a été vidé.</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the secret</source>
        <comment>@title dialog</comment>
        <translation>Enregistrer le secret</translation>
    </message>
    <message>
        <source>Saved to %1, readable by you only.</source>
        <comment>@info</comment>
        <translation>Enregistré dans %1, lisible par vous seul.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <comment>@error</comment>
        <translation>Impossible d’enregistrer dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <comment>@option:check reveal the secret</comment>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <comment>@button</comment>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds.</source>
        <comment>@info tooltip</comment>
        <translation>Le presse-papiers est vidé après 30 secondes.</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <comment>@button</comment>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Writes a file only you can read.</source>
        <comment>@info tooltip</comment>
        <translation>Écrit un fichier que vous seul pouvez lire.</translation>
    </message>
</context>
<context>
    <name>snc::StageModel</name>
    <message>
        <source>Not checked yet</source>
        <comment>@info stage status</comment>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>@info stage status</comment>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>@info stage status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <comment>@info stage status</comment>
        <translation>En attente de votre action</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@info stage status</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>@info stage status</comment>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>snc::StagePage</name>
    <message>
        <source>• %1</source>
        <comment>@item bullet</comment>
        <translation>• %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>@title</comment>
        <extracomment>Page heading: %1 stage number, %2 stage title</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>snc::StageRail</name>
    <message>
        <source>Onboarding stages</source>
        <comment>@label accessible</comment>
        <translation>Étapes de mise en route</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@label accessible rail entry</comment>
        <extracomment>Accessible name of a rail entry: %1 its title (&quot;Stage 2, Admin security&quot;), %2 its status in words (&quot;Done&quot;)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Summary and next steps</source>
        <comment>@item rail</comment>
        <translation>Résumé et suite</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>@item rail title</comment>
        <extracomment>Rail entry&apos;s title: %1 stage number, %2 stage title</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Stage %1, %2</source>
        <comment>@label accessible</comment>
        <extracomment>Accessible title of a rail entry: %1 stage number, %2 stage title</extracomment>
        <translation>Étape %1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>@info tooltip rail</comment>
        <extracomment>Rail tooltip: %1 status in words (&quot;Done&quot;), %2 the stage&apos;s status text</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>snc::StatusAudit</name>
    <message>
        <source>Not connected: %1</source>
        <comment>@error status audit</comment>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Several services are on this account: choose one with --service.</source>
        <comment>@error status audit</comment>
        <translation>Ce compte comporte plusieurs services&#xa0;: choisissez-en un avec --service.</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <comment>@info status audit</comment>
        <translation>Service&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <comment>@info status audit</comment>
        <extracomment>One line per stage in `snc-wizard --status`: number, title, state</extracomment>
        <translation>%1. %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>snc::StatusRailDelegate</name>
    <message>
        <source>%1 %2: %3</source>
        <comment>@item rail sub-step</comment>
        <extracomment>Rail line of a sub-step under its stage: %1 number (&quot;2.3&quot;), %2 title, %3 its status in words (&quot;Done&quot;)</extracomment>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>snc::SubStepCard</name>
    <message>
        <source>%1 %2</source>
        <comment>@title sub-step</comment>
        <extracomment>Sub-step heading: %1 its number (&quot;2.3&quot;), %2 its title</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>@button sub-step</comment>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Change %1</source>
        <comment>@label accessible</comment>
        <extracomment>Accessible name of the Change button: %1 the sub-step&apos;s number and title</extracomment>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@label accessible sub-step</comment>
        <extracomment>Accessible name of a sub-step: %1 heading (&quot;2.3 Password&quot;), %2 its state in words (&quot;Done&quot;)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>@button sub-step</comment>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>snc::SwanctlExport</name>
    <message>
        <source>Could not write %1.</source>
        <comment>@error</comment>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>The pre-shared key is not in the keychain: apply the VPN first.</source>
        <comment>@error</comment>
        <translation>La clé pré-partagée n’est pas dans le trousseau&#xa0;: appliquez d’abord le VPN.</translation>
    </message>
    <message>
        <source>swanctl.conf is written only from valid settings. Fix this first, then apply: %1</source>
        <comment>@error</comment>
        <extracomment>%1: the first problem found in the VPN settings (a full sentence)</extracomment>
        <translation>swanctl.conf n’est écrit qu’à partir de paramètres valides. Corrigez d’abord ceci, puis appliquez&#xa0;: %1</translation>
    </message>
    <message>
        <source>swanctl.conf was not written: a setting cannot be written safely into it.</source>
        <comment>@error</comment>
        <translation>swanctl.conf n’a pas été écrit&#xa0;: un paramètre ne peut pas y être écrit sans risque.</translation>
    </message>
</context>
<context>
    <name>snc::TaskProgress</name>
    <message>
        <source>%1 % (%2)</source>
        <comment>@info task</comment>
        <extracomment>%1 percentage, %2 task state</extracomment>
        <translation>%1&#xa0;% (%2)</translation>
    </message>
    <message>
        <source>%1… %2 % (%3)</source>
        <comment>@info task</comment>
        <extracomment>%1 what is being done (&quot;Adding 203.0.113.7/32&quot;), %2 percentage, %3 task state</extracomment>
        <translation>%1… %2&#xa0;% (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <comment>@info duration</comment>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>@info duration</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>@info duration</comment>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>OVHcloud: “%1”, started %2 ago</source>
        <comment>@info task</comment>
        <extracomment>%1 the task&apos;s own description, in OVHcloud&apos;s words; %2 a duration (&quot;3 minutes&quot;)</extracomment>
        <translation>OVHcloud&#xa0;: «&#xa0;%1&#xa0;», commencée il y a %2</translation>
    </message>
    <message>
        <source>OVHcloud: “%1”</source>
        <comment>@info task</comment>
        <extracomment>%1 the task&apos;s own description, in OVHcloud&apos;s words</extracomment>
        <translation>OVHcloud&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Started %1 ago</source>
        <comment>@info task</comment>
        <extracomment>%1 a duration (&quot;3 minutes&quot;)</extracomment>
        <translation>Commencée il y a %1</translation>
    </message>
    <message>
        <source>This task is taking a while. You can leave this page, or close the wizard, and come back later: the wizard will find the task and follow it again.</source>
        <comment>@info task</comment>
        <translation>Cette tâche prend du temps. Vous pouvez quitter cette page, ou fermer l’assistant, et revenir plus tard&#xa0;: l’assistant retrouvera la tâche et la suivra de nouveau.</translation>
    </message>
</context>
<context>
    <name>snc::TechnicalDetails</name>
    <message>
        <source>Technical details</source>
        <comment>@button disclosure</comment>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>The API&apos;s own words (paths, states, identifiers), for OVHcloud support</source>
        <comment>@info tooltip</comment>
        <translation>Les termes de l’API (chemins, états, identifiants), pour le support OVHcloud</translation>
    </message>
    <message>
        <source>Technical details</source>
        <comment>@label accessible</comment>
        <translation>Détails techniques</translation>
    </message>
</context>
<context>
    <name>snc::TokenValidationModel</name>
    <message>
        <source>The token has expired: the operation was canceled. Send a new token to try again.</source>
        <comment>@info</comment>
        <translation>Le jeton a expiré&#xa0;: l’opération a été annulée. Envoyez un nouveau jeton pour réessayer.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <comment>@info token state</comment>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Token validation is not pending on this service.</source>
        <comment>@info token state</comment>
        <translation>La validation par jeton n’est pas en attente sur ce service.</translation>
    </message>
    <message>
        <source>Ready: send the token to the admin user&apos;s phone.</source>
        <comment>@info token state</comment>
        <translation>Prêt&#xa0;: envoyez le jeton sur le téléphone de l’utilisateur admin.</translation>
    </message>
    <message>
        <source>Requesting the token…</source>
        <comment>@info token state</comment>
        <translation>Demande du jeton…</translation>
    </message>
    <message>
        <source>An SMS with the operation id and a 6-digit token was sent. Type the token before the time runs out.</source>
        <comment>@info token state</comment>
        <translation>Un SMS contenant l’identifiant de l’opération et un jeton à 6 chiffres a été envoyé. Saisissez le jeton avant la fin du temps imparti.</translation>
    </message>
    <message>
        <source>Validating the token…</source>
        <comment>@info token state</comment>
        <translation>Validation du jeton…</translation>
    </message>
    <message>
        <source>Token validation is enabled.</source>
        <comment>@info token state</comment>
        <translation>La validation par jeton est activée.</translation>
    </message>
    <message>
        <source>Token validation failed: %1</source>
        <comment>@info token state</comment>
        <translation>Échec de la validation par jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>The token is exactly 6 digits, as in the SMS.</source>
        <comment>@error</comment>
        <translation>Le jeton compte exactement 6 chiffres, comme dans le SMS.</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <comment>@error</comment>
        <translation>Choisissez d’abord un service.</translation>
    </message>
    <message>
        <source>A request is already in progress.</source>
        <comment>@error</comment>
        <translation>Une demande est déjà en cours.</translation>
    </message>
    <message>
        <source>OVHcloud has not closed the previous token yet. Try again in a moment.</source>
        <comment>@error</comment>
        <translation>OVHcloud n’a pas encore clos le jeton précédent. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Type the 6-digit token from the SMS.</source>
        <comment>@error</comment>
        <translation>Saisissez le jeton à 6 chiffres du SMS.</translation>
    </message>
    <message>
        <source>Send the token first.</source>
        <comment>@error</comment>
        <translation>Envoyez d’abord le jeton.</translation>
    </message>
    <message>
        <source>The secure interface is not available.</source>
        <comment>@error</comment>
        <translation>L’interface sécurisée n’est pas disponible.</translation>
    </message>
    <message>
        <source>The operation id is the number after &quot;Operation Id:&quot; in the SMS.</source>
        <comment>@error</comment>
        <translation>L’identifiant d’opération est le nombre qui suit «&#xa0;Operation Id&#xa0;:&#xa0;» dans le SMS.</translation>
    </message>
    <message>
        <source>Type the operation id shown in the SMS.</source>
        <comment>@error</comment>
        <translation>Saisissez l’identifiant d’opération indiqué dans le SMS.</translation>
    </message>
    <message>
        <source>Send the token first: the operation id comes with it in the SMS.</source>
        <comment>@error</comment>
        <translation>Envoyez d’abord le jeton&#xa0;: l’identifiant d’opération arrive avec lui dans le SMS.</translation>
    </message>
    <message>
        <source>There is no operation %1 on this service. Check the operation id in the SMS.</source>
        <comment>@error</comment>
        <translation>Il n’y a pas d’opération %1 sur ce service. Vérifiez l’identifiant d’opération dans le SMS.</translation>
    </message>
    <message>
        <source>The operation %1 no longer waits for a token (%2). Send a new token.</source>
        <comment>@error</comment>
        <translation>L’opération %1 n’attend plus de jeton (%2). Envoyez un nouveau jeton.</translation>
    </message>
    <message>
        <source>A token was already sent and is still valid. Type it, or use &quot;Send a new code&quot; if the SMS did not arrive.</source>
        <comment>@error</comment>
        <translation>Un jeton a déjà été envoyé et est encore valable. Saisissez-le, ou utilisez «&#xa0;Envoyer un nouveau code&#xa0;» si le SMS n’est pas arrivé.</translation>
    </message>
    <message>
        <source>The code has expired: use &quot;Send a new token&quot;.</source>
        <comment>@error</comment>
        <translation>Le code a expiré&#xa0;: utilisez «&#xa0;Envoyer un nouveau jeton&#xa0;».</translation>
    </message>
    <message>
        <source>There is no code waiting to be typed: send the token first.</source>
        <comment>@error</comment>
        <translation>Aucun code n’attend d’être saisi&#xa0;: envoyez d’abord le jeton.</translation>
    </message>
    <message numerus="yes">
        <source>A new code can be asked for in %n second(s): SMS may take a moment to arrive.</source>
        <comment>@error</comment>
        <extracomment>%n seconds, at most 60</extracomment>
        <translation>
            <numerusform>Un nouveau code pourra être demandé dans %n seconde&#xa0;: un SMS peut mettre un moment à arriver.</numerusform>
            <numerusform>Un nouveau code pourra être demandé dans %n secondes&#xa0;: un SMS peut mettre un moment à arriver.</numerusform>
        </translation>
    </message>
    <message>
        <source>OVHcloud did not send a new code while the current one is valid. Type the code from the SMS you have, or wait for it to expire and send a new token.</source>
        <comment>@error</comment>
        <translation>OVHcloud n’a pas envoyé de nouveau code tant que l’actuel est valable. Saisissez le code du SMS reçu, ou attendez son expiration et envoyez un nouveau jeton.</translation>
    </message>
</context>
<context>
    <name>snc::TotpEnrolment</name>
    <message>
        <source>Define the password first: the authenticator key is not available yet.</source>
        <comment>@error</comment>
        <translation>Définissez d’abord le mot de passe&#xa0;: la clé d’authentification n’est pas encore disponible.</translation>
    </message>
    <message>
        <source>Type the %1-digit code your authenticator app shows.</source>
        <comment>@error</comment>
        <translation>Saisissez le code à %1 chiffres affiché par votre application d’authentification.</translation>
    </message>
    <message numerus="yes">
        <source>This code is from about %n second(s) in the future: your phone&apos;s clock seems ahead. Turn on automatic date and time on the phone, then type the new code.</source>
        <comment>@error</comment>
        <translation>
            <numerusform>Ce code date d’environ %n seconde dans le futur&#xa0;: l’horloge de votre téléphone semble en avance. Activez la date et l’heure automatiques sur le téléphone, puis saisissez le nouveau code.</numerusform>
            <numerusform>Ce code date d’environ %n secondes dans le futur&#xa0;: l’horloge de votre téléphone semble en avance. Activez la date et l’heure automatiques sur le téléphone, puis saisissez le nouveau code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This code is from about %n second(s) ago: your phone&apos;s clock seems behind. Turn on automatic date and time on the phone, then type the new code.</source>
        <comment>@error</comment>
        <translation>
            <numerusform>Ce code date d’il y a environ %n seconde&#xa0;: l’horloge de votre téléphone semble en retard. Activez la date et l’heure automatiques sur le téléphone, puis saisissez le nouveau code.</numerusform>
            <numerusform>Ce code date d’il y a environ %n secondes&#xa0;: l’horloge de votre téléphone semble en retard. Activez la date et l’heure automatiques sur le téléphone, puis saisissez le nouveau code.</numerusform>
        </translation>
    </message>
    <message>
        <source>This code is not the one expected. Check that you scanned the code shown here (not an older entry for the same account) and type the current code.</source>
        <comment>@error</comment>
        <translation>Ce code n’est pas celui attendu. Vérifiez que vous avez scanné le code affiché ici (et non une ancienne entrée du même compte) et saisissez le code actuel.</translation>
    </message>
</context>
<context>
    <name>snc::VmEncryptionModel</name>
    <message>
        <source>No OVHcloud KMS is chosen.</source>
        <comment>@error</comment>
        <translation>Aucun KMS OVHcloud n’est choisi.</translation>
    </message>
    <message>
        <source>The credential name must have 1 to 50 characters.</source>
        <comment>@error</comment>
        <translation>Le nom de l’identifiant doit compter de 1 à 50 caractères.</translation>
    </message>
    <message>
        <source>Give 1 to 25 identities (URNs) allowed to use the credential.</source>
        <comment>@error</comment>
        <translation>Indiquez de 1 à 25 identités (URN) autorisées à utiliser l’identifiant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identity URN (e.g. urn:v1:eu:identity:account:xx1111-ovh).</source>
        <comment>@error</comment>
        <extracomment>%1 what the person typed</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URN d’identité (par exemple urn:v1:eu:identity:account:xx1111-ovh).</translation>
    </message>
    <message>
        <source>The validity must be between 1 and 365 days.</source>
        <comment>@error</comment>
        <translation>La validité doit être comprise entre 1 et 365 jours.</translation>
    </message>
    <message>
        <source>vCenter key provider for %1</source>
        <comment>@info credential description</comment>
        <translation>Fournisseur de clés vCenter pour %1</translation>
    </message>
    <message>
        <source>A KMS is registered for VM encryption</source>
        <comment>@info stage status</comment>
        <translation>Un KMS est enregistré pour le chiffrement des VM</translation>
    </message>
    <message>
        <source>Save the private key of the access credential</source>
        <comment>@info stage status</comment>
        <translation>Enregistrez la clé privée de l’identifiant d’accès</translation>
    </message>
    <message>
        <source>Check and confirm the certificate of the KMS</source>
        <comment>@info stage status</comment>
        <translation>Vérifiez et confirmez le certificat du KMS</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>@info stage status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>No OVHcloud KMS yet: order one first</source>
        <comment>@info stage status</comment>
        <translation>Pas encore de KMS OVHcloud&#xa0;: commandez-en un d’abord</translation>
    </message>
    <message>
        <source>No KMS registered yet</source>
        <comment>@info stage status</comment>
        <translation>Aucun KMS enregistré pour l’instant</translation>
    </message>
    <message>
        <source>You have no OVHcloud KMS (OKMS) yet. Order one in the OVHcloud Control Panel: Hosted Private Cloud › Identity, Security &amp; Operations › Key Management Service › Order a KMS. Choose the region of your vSphere service (for a PCC in Roubaix: Europe – France – Roubaix, eu-west-rbx); keys and access certificates are stored in that region. Then come back and refresh.</source>
        <comment>@info</comment>
        <translation>Vous n’avez pas encore de KMS OVHcloud (OKMS). Commandez-en un dans l’espace client OVHcloud&#xa0;: Hosted Private Cloud › Identité, Sécurité &amp; Opérations › Key Management Service › Commander un KMS. Choisissez la région de votre service vSphere (pour un PCC à Roubaix&#xa0;: Europe – France – Roubaix, eu-west-rbx)&#x202f;; les clés et les certificats d’accès sont stockés dans cette région. Revenez ensuite ici et actualisez.</translation>
    </message>
    <message>
        <source>OVHcloud KMS</source>
        <comment>@label report</comment>
        <translation>KMS OVHcloud</translation>
    </message>
    <message>
        <source>KMIP endpoint</source>
        <comment>@label report</comment>
        <translation>Point d’accès KMIP</translation>
    </message>
    <message>
        <source>Registered KMS</source>
        <comment>@label report</comment>
        <extracomment>%1 IP address, %2 TCP port, %3 state (&quot;delivered&quot;)</extracomment>
        <translation>KMS enregistré</translation>
    </message>
    <message>
        <source>%1, port %2, state %3</source>
        <comment>@info report</comment>
        <translation>%1, port %2, état %3</translation>
    </message>
    <message>
        <source>KMS certificate SHA-1 thumbprint</source>
        <comment>@label report</comment>
        <translation>Empreinte SHA-1 du certificat du KMS</translation>
    </message>
    <message>
        <source>Access credentials ready</source>
        <comment>@label report</comment>
        <translation>Identifiants d’accès prêts</translation>
    </message>
    <message>
        <source>Access credential created by the wizard</source>
        <comment>@label report</comment>
        <translation>Identifiant d’accès créé par l’assistant</translation>
    </message>
    <message>
        <source>Choose an OVHcloud KMS first.</source>
        <comment>@error</comment>
        <translation>Choisissez d’abord un KMS OVHcloud.</translation>
    </message>
    <message>
        <source>Read and check the certificate of the KMS first.</source>
        <comment>@error</comment>
        <translation>Lisez et vérifiez d’abord le certificat du KMS.</translation>
    </message>
    <message>
        <source>Wait for the current operation to finish.</source>
        <comment>@error</comment>
        <translation>Attendez la fin de l’opération en cours.</translation>
    </message>
    <message>
        <source>OVHcloud KMS %1</source>
        <comment>@info kms description</comment>
        <translation>KMS OVHcloud %1</translation>
    </message>
    <message>
        <source>While OVHcloud opens the way to the KMS, configure vCenter: Configure › Security › Key Providers › Add › Add Standard Key Provider. Give it a name, enter the KMS address %1 and port %2. Then select it and choose &quot;Trust KMS&quot; (or upload its certificate), and &quot;Make KMS trust vCenter&quot; › &quot;KMS certificate and private key&quot;: upload the certificate and the private key saved in this stage.</source>
        <comment>@info</comment>
        <extracomment>%1 KMIP host, %2 port</extracomment>
        <translation>Pendant qu’OVHcloud ouvre l’accès au KMS, configurez vCenter&#xa0;: Configurer › Sécurité › Fournisseurs de clés › Ajouter › Ajouter un fournisseur de clés standard. Donnez-lui un nom, saisissez l’adresse du KMS %1 et le port %2. Sélectionnez-le ensuite, approuvez le KMS («&#xa0;Trust KMS&#xa0;», ou importez son certificat), puis «&#xa0;Make KMS trust vCenter&#xa0;» › «&#xa0;KMS certificate and private key&#xa0;»&#xa0;: importez le certificat et la clé privée enregistrés à cette étape.</translation>
    </message>
    <message>
        <source>The KMS registration waits until vCenter is configured</source>
        <comment>@info stage status</comment>
        <translation>L’enregistrement du KMS attend que vCenter soit configuré</translation>
    </message>
    <message>
        <source>The certificate is %1 and the private key is %2.</source>
        <comment>@info</comment>
        <extracomment>%1 certificate file, %2 private key file</extracomment>
        <translation>Le certificat est %1 et la clé privée est %2.</translation>
    </message>
    <message>
        <source>The private key is %1.</source>
        <comment>@info</comment>
        <extracomment>%1 private key file</extracomment>
        <translation>La clé privée est %1.</translation>
    </message>
    <message>
        <source>The certificate and the private key are in your system keychain, under this wizard&apos;s name; copy them to files for vCenter.</source>
        <comment>@info</comment>
        <translation>Le certificat et la clé privée sont dans le trousseau de votre système, au nom de cet assistant&#x202f;; copiez-les dans des fichiers pour vCenter.</translation>
    </message>
    <message>
        <source>OVHcloud completes the registration once vCenter is configured, which may take a while: you may close the wizard and come back, the registration goes on and is followed again.</source>
        <comment>@info</comment>
        <translation>OVHcloud termine l’enregistrement une fois vCenter configuré, ce qui peut prendre du temps&#xa0;: vous pouvez fermer l’assistant et revenir, l’enregistrement continue et sera de nouveau suivi.</translation>
    </message>
    <message>
        <source>I have configured the vCenter key provider</source>
        <comment>@option:check</comment>
        <translation>J’ai configuré le fournisseur de clés dans vCenter</translation>
    </message>
    <message>
        <source>configure the key provider in vCenter, then tick “I have configured the vCenter key provider”</source>
        <comment>@info status</comment>
        <extracomment>Follows &quot;Your turn: &quot; in the page&apos;s status line</extracomment>
        <translation>configurez le fournisseur de clés dans vCenter, puis cochez «&#xa0;J’ai configuré le fournisseur de clés dans vCenter&#xa0;»</translation>
    </message>
    <message>
        <source>issuing the access credential for vCenter</source>
        <comment>@info status</comment>
        <translation>émission de l’identifiant d’accès pour vCenter</translation>
    </message>
</context>
<context>
    <name>snc::VmEncryptionPage</name>
    <message>
        <source>Registering the KMS with your vSphere service</source>
        <comment>@info task</comment>
        <translation>Enregistrement du KMS auprès de votre service vSphere</translation>
    </message>
    <message>
        <source>Registering the KMS with your vSphere service (%1)</source>
        <comment>@info task</comment>
        <translation>Enregistrement du KMS auprès de votre service vSphere (%1)</translation>
    </message>
    <message>
        <source>Registration finished.</source>
        <comment>@info task</comment>
        <translation>Enregistrement terminé.</translation>
    </message>
    <message>
        <source>Save the private key</source>
        <comment>@title dialog</comment>
        <translation>Enregistrer la clé privée</translation>
    </message>
    <message>
        <source>Endpoint: %1, port %2, address %3</source>
        <comment>@info</comment>
        <extracomment>%1 host, %2 port, %3 IPv4 address</extracomment>
        <translation>Point d’accès&#xa0;: %1, port %2, adresse %3</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <comment>@info</comment>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <comment>@info</comment>
        <translation>Émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <comment>@info</comment>
        <translation>Valable du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint: %1</source>
        <comment>@info</comment>
        <translation>Empreinte SHA-1&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <comment>@info</comment>
        <translation>Empreinte SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>The certificate chain is trusted.</source>
        <comment>@info</comment>
        <translation>La chaîne de certificats est de confiance.</translation>
    </message>
    <message>
        <source>vSphere encrypts virtual machines with keys kept in a KMS. This stage creates an access certificate for vCenter in your OVHcloud KMS, checks the KMS&apos;s own certificate and registers the KMS with your service.</source>
        <comment>@info</comment>
        <translation>vSphere chiffre les machines virtuelles avec des clés conservées dans un KMS. Cette étape crée un certificat d’accès pour vCenter dans votre KMS OVHcloud, vérifie le certificat du KMS lui-même et enregistre le KMS auprès de votre service.</translation>
    </message>
    <message>
        <source>OVHcloud &amp;KMS:</source>
        <comment>@label</comment>
        <translation>&amp;KMS OVHcloud&#xa0;:</translation>
    </message>
    <message>
        <source>Access credential for vCenter</source>
        <comment>@title section</comment>
        <translation>Identifiant d’accès pour vCenter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>@label</comment>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Identities (URNs):</source>
        <comment>@label</comment>
        <translation>&amp;Identités (URN)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. urn:v1:eu:identity:account:xx1111-ovh</source>
        <comment>@info placeholder</comment>
        <translation>par exemple urn:v1:eu:identity:account:xx1111-ovh</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <comment>@label</comment>
        <translation>&amp;Validité&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <comment>@label spin suffix</comment>
        <translation> jours</translation>
    </message>
    <message>
        <source>Make the key here, send only a request (recommended)</source>
        <comment>@option</comment>
        <translation>Générer la clé ici, n’envoyer qu’une demande (recommandé)</translation>
    </message>
    <message>
        <source>The private key is generated on this computer and never leaves it; OVHcloud receives a certificate signing request (CSR) only.</source>
        <comment>@info tooltip</comment>
        <translation>La clé privée est générée sur cet ordinateur et ne le quitte jamais&#x202f;; OVHcloud ne reçoit qu’une demande de signature de certificat (CSR).</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <comment>@label</comment>
        <translation>&amp;Type de clé&#xa0;:</translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <comment>@item key</comment>
        <translation>RSA 4096</translation>
    </message>
    <message>
        <source>&amp;Create the credential</source>
        <comment>@button</comment>
        <translation>&amp;Créer l’identifiant</translation>
    </message>
    <message>
        <source>Save the key in the &amp;keychain</source>
        <comment>@button</comment>
        <translation>Enregistrer la clé dans le tr&amp;ousseau</translation>
    </message>
    <message>
        <source>File for the private key</source>
        <comment>@info placeholder</comment>
        <translation>Fichier pour la clé privée</translation>
    </message>
    <message>
        <source>Private key file</source>
        <comment>@label accessible</comment>
        <translation>Fichier de la clé privée</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <comment>@button</comment>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Save to this &amp;file</source>
        <comment>@button</comment>
        <translation>&amp;Enregistrer dans ce fichier</translation>
    </message>
    <message>
        <source>The KMS&apos;s certificate</source>
        <comment>@title section</comment>
        <translation>Le certificat du KMS</translation>
    </message>
    <message>
        <source>&amp;Read the KMS certificate</source>
        <comment>@button</comment>
        <translation>Lire le certificat du K&amp;MS</translation>
    </message>
    <message>
        <source>Re&amp;gister the KMS with my service</source>
        <comment>@button</comment>
        <translation>Enre&amp;gistrer le KMS auprès de mon service</translation>
    </message>
    <message>
        <source>OVHcloud KMS instance</source>
        <comment>@label accessible</comment>
        <translation>Instance KMS OVHcloud</translation>
    </message>
    <message>
        <source>KMS certificate details</source>
        <comment>@label accessible</comment>
        <translation>Détails du certificat du KMS</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>@item okms</comment>
        <extracomment>OKMS entry: %1 region, %2 id</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Generating the key pair on this computer…</source>
        <comment>@info</comment>
        <translation>Génération de la paire de clés sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Requesting the credential from OVHcloud…</source>
        <comment>@info</comment>
        <translation>Demande de l’identifiant à OVHcloud…</translation>
    </message>
    <message>
        <source>OVHcloud is issuing the certificate (%1)…</source>
        <comment>@info</comment>
        <translation>OVHcloud émet le certificat (%1)…</translation>
    </message>
    <message>
        <source>Certificate saved to %1.</source>
        <comment>@info</comment>
        <translation>Certificat enregistré dans %1.</translation>
    </message>
    <message>
        <source>The credential could not be completed.</source>
        <comment>@info</comment>
        <translation>L’identifiant n’a pas pu être finalisé.</translation>
    </message>
    <message>
        <source>The private key is saved in the keychain.</source>
        <comment>@info</comment>
        <translation>La clé privée est enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>The private key is saved to %1 (readable by you only).</source>
        <comment>@info</comment>
        <translation>La clé privée est enregistrée dans %1 (lisible par vous seul).</translation>
    </message>
    <message>
        <source>Not trusted, so it cannot be registered — the certificate does not chain to your OVHcloud KMS&apos;s public certificate authority or is not for this host: %1</source>
        <comment>@info</comment>
        <extracomment>%1 the verification errors</extracomment>
        <translation>Non fiable, il ne peut donc pas être enregistré — le certificat n’est pas signé par l’autorité de certification publique de votre KMS OVHcloud ou n’est pas émis pour cet hôte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Registering the KMS with your vSphere service (%1): %2</source>
        <comment>@info task</comment>
        <extracomment>%1 task state, %2 the task&apos;s description from OVHcloud (English)</extracomment>
        <translation>Enregistrement du KMS auprès de votre service vSphere (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>RSA 3072 (recommended for vCenter)</source>
        <comment>@item key</comment>
        <translation>RSA 3072 (recommandé pour vCenter)</translation>
    </message>
    <message>
        <source>EC P-256</source>
        <comment>@item key</comment>
        <translation>EC P-256</translation>
    </message>
    <message>
        <source>The access credential is ready; its certificate matches the private key.</source>
        <comment>@info</comment>
        <translation>L’identifiant d’accès est prêt&#x202f;; son certificat correspond à la clé privée.</translation>
    </message>
    <message>
        <source>The access credential is ready.</source>
        <comment>@info</comment>
        <translation>L’identifiant d’accès est prêt.</translation>
    </message>
    <message>
        <source>Key server %1, port %2: %3</source>
        <comment>@info</comment>
        <extracomment>%1 IP, %2 port, %3 its state in words</extracomment>
        <translation>Serveur de clés %1, port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Private key</source>
        <comment>@title sub-step</comment>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Registration with vCenter</source>
        <comment>@title sub-step</comment>
        <translation>Enregistrement dans vCenter</translation>
    </message>
</context>
<context>
    <name>snc::VpnModel</name>
    <message>
        <source>VPN session up (%1 of %2 tunnels)</source>
        <comment>@info stage status</comment>
        <translation>Session VPN active (tunnels&#xa0;: %1 sur %2)</translation>
    </message>
    <message>
        <source>The NSX password is needed</source>
        <comment>@info stage status</comment>
        <translation>Le mot de passe NSX est nécessaire</translation>
    </message>
    <message>
        <source>VPN being configured or negotiating</source>
        <comment>@info stage status</comment>
        <translation>VPN en cours de configuration ou de négociation</translation>
    </message>
    <message>
        <source>VPN session down</source>
        <comment>@info stage status</comment>
        <translation>Session VPN inactive</translation>
    </message>
    <message>
        <source>No VPN configured yet</source>
        <comment>@info stage status</comment>
        <translation>Aucun VPN configuré pour l’instant</translation>
    </message>
    <message>
        <source>Enter the admin password defined in stage 2.</source>
        <comment>@error</comment>
        <translation>Saisissez le mot de passe admin défini à l’étape 2.</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <comment>@error</comment>
        <translation>Choisissez d’abord un service.</translation>
    </message>
    <message>
        <source>Enter the NSX password (the admin password defined in stage 2) first.</source>
        <comment>@error</comment>
        <translation>Saisissez d’abord le mot de passe NSX (le mot de passe admin défini à l’étape 2).</translation>
    </message>
    <message>
        <source>The VPN is already being applied.</source>
        <comment>@error</comment>
        <translation>Le VPN est déjà en cours d’application.</translation>
    </message>
    <message numerus="yes">
        <source>The session is not up after %n check(s): %1</source>
        <comment>@error</comment>
        <translation>
            <numerusform>La session n’est pas active après %n vérification&#xa0;: %1</numerusform>
            <numerusform>La session n’est pas active après %n vérifications&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>VPN: your subnet</source>
        <comment>@info allowed network description</comment>
        <translation>VPN&#xa0;: votre sous-réseau</translation>
    </message>
    <message>
        <source>NSX-T is not enabled on this service</source>
        <comment>@info stage status</comment>
        <translation>NSX-T n’est pas activé sur ce service</translation>
    </message>
    <message>
        <source>NSX Manager&apos;s address is not known yet. Refresh from OVHcloud, then apply.</source>
        <comment>@error</comment>
        <translation>L’adresse de NSX Manager n’est pas encore connue. Actualisez depuis OVHcloud, puis appliquez.</translation>
    </message>
    <message>
        <source>Store the pre-shared key, then confirm it is stored</source>
        <comment>@info stage status</comment>
        <translation>Conservez la clé pré-partagée, puis confirmez-le</translation>
    </message>
    <message>
        <source>The NSX right is missing</source>
        <comment>@info stage status</comment>
        <translation>Le droit NSX manque</translation>
    </message>
    <message>
        <source>A change is still running. Wait for it to finish.</source>
        <comment>@error</comment>
        <translation>Une modification est encore en cours. Attendez qu’elle se termine.</translation>
    </message>
    <message>
        <source>Granting the NSX right to %1</source>
        <comment>@info task</comment>
        <extracomment>%1 the user&apos;s name (admin)</extracomment>
        <translation>Attribution du droit NSX à %1</translation>
    </message>
    <message>
        <source>The network role NSX needs is missing</source>
        <comment>@info stage status</comment>
        <translation>Le rôle réseau dont NSX a besoin manque</translation>
    </message>
    <message>
        <source>Granting %1 the network role NSX needs</source>
        <comment>@info task</comment>
        <extracomment>%1 the user&apos;s name (admin)</extracomment>
        <translation>Attribution à %1 du rôle réseau dont NSX a besoin</translation>
    </message>
</context>
<context>
    <name>snc::VpnPage</name>
    <message>
        <source>Save swanctl.conf</source>
        <comment>@title</comment>
        <translation>Enregistrer swanctl.conf</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <comment>@title</comment>
        <translation>Enregistrer la synthèse</translation>
    </message>
    <message>
        <source>Connect your network to the PCC with an IPsec VPN configured on its NSX Manager, with the ANSSI recommendations. Enter your VPN gateway and the subnets on each side, apply, then configure your side with the swanctl.conf below.</source>
        <comment>@info</comment>
        <translation>Reliez votre réseau au PCC par un VPN IPsec configuré sur son NSX Manager selon les recommandations de l’ANSSI. Saisissez votre passerelle VPN et les sous-réseaux de chaque côté, appliquez, puis configurez votre côté avec le swanctl.conf ci-dessous.</translation>
    </message>
    <message>
        <source>NSX &amp;password (admin, as set in stage 2):</source>
        <comment>@label</comment>
        <translation>&amp;Mot de passe NSX (admin, défini à l’étape 2)&#xa0;:</translation>
    </message>
    <message>
        <source>NSX password</source>
        <comment>@label accessible</comment>
        <translation>Mot de passe NSX</translation>
    </message>
    <message>
        <source>&amp;Use this password</source>
        <comment>@button</comment>
        <translation>&amp;Utiliser ce mot de passe</translation>
    </message>
    <message>
        <source>Your VPN &amp;gateway (public IPv4):</source>
        <comment>@label</comment>
        <translation>Votre passerelle &amp;VPN (IPv4 publique)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 203.0.113.50</source>
        <comment>@info placeholder</comment>
        <translation>par exemple 203.0.113.50</translation>
    </message>
    <message>
        <source>Its IKE &amp;identity:</source>
        <comment>@label</comment>
        <translation>Son &amp;identité IKE&#xa0;:</translation>
    </message>
    <message>
        <source>the address, if empty</source>
        <comment>@info placeholder</comment>
        <translation>l’adresse, si vide</translation>
    </message>
    <message>
        <source>&amp;Your subnets:</source>
        <comment>@label</comment>
        <translation>Vos sous-&amp;réseaux&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 192.168.10.0/24, 192.168.20.0/24</source>
        <comment>@info placeholder</comment>
        <translation>par exemple 192.168.10.0/24, 192.168.20.0/24</translation>
    </message>
    <message>
        <source>PCC &amp;subnets (include the private gateway&apos;s network):</source>
        <comment>@label</comment>
        <translation>Sous-réseau&amp;x du PCC (incluez le réseau de la passerelle privée)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 172.16.0.0/24</source>
        <comment>@info placeholder</comment>
        <translation>par exemple 172.16.0.0/24</translation>
    </message>
    <message>
        <source>&amp;Local endpoint (free address of the PCC):</source>
        <comment>@label</comment>
        <translation>Point de &amp;terminaison local (adresse libre du PCC)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Diffie-Hellman group:</source>
        <comment>@label</comment>
        <translation>Groupe &amp;Diffie-Hellman&#xa0;:</translation>
    </message>
    <message>
        <source>19 (ECP 256)</source>
        <comment>@item</comment>
        <translation>19 (ECP 256)</translation>
    </message>
    <message>
        <source>20 (ECP 384, recommended)</source>
        <comment>@item</comment>
        <translation>20 (ECP 384, recommandé)</translation>
    </message>
    <message>
        <source>21 (ECP 521)</source>
        <comment>@item</comment>
        <translation>21 (ECP 521)</translation>
    </message>
    <message>
        <source>IKE &amp;lifetime:</source>
        <comment>@label</comment>
        <translation>Durée de vie I&amp;KE&#xa0;:</translation>
    </message>
    <message>
        <source>IPsec (ESP) l&amp;ifetime:</source>
        <comment>@label</comment>
        <translation>Durée de vie IPsec (&amp;ESP)&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>@item seconds suffix</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Fixed by ANSSI rules: IKEv2, AES-GCM-256, PRF SHA2-256, perfect forward secrecy, dead peer detection every 60 s. Weaker choices are not offered.</source>
        <comment>@info</comment>
        <translation>Imposé par les règles de l’ANSSI&#xa0;: IKEv2, AES-GCM-256, PRF SHA2-256, confidentialité persistante (PFS), détection des pairs inactifs toutes les 60 s. Les choix plus faibles ne sont pas proposés.</translation>
    </message>
    <message>
        <source>&amp;Apply on NSX</source>
        <comment>@button</comment>
        <translation>Appliquer sur &amp;NSX</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <comment>@label accessible</comment>
        <translation>Clé pré-partagée</translation>
    </message>
    <message>
        <source>Allo&amp;w them</source>
        <comment>@button</comment>
        <translation>Les aut&amp;oriser</translation>
    </message>
    <message>
        <source>Save s&amp;wanctl.conf…</source>
        <comment>@button</comment>
        <translation>Enregistrer s&amp;wanctl.conf…</translation>
    </message>
    <message>
        <source>Save the su&amp;mmary…</source>
        <comment>@button</comment>
        <translation>Enregistrer la s&amp;ynthèse…</translation>
    </message>
    <message>
        <source>Summary for network teams</source>
        <comment>@label accessible</comment>
        <translation>Synthèse pour les équipes réseau</translation>
    </message>
    <message>
        <source>Local endpoint</source>
        <comment>@label accessible</comment>
        <translation>Point de terminaison local</translation>
    </message>
    <message>
        <source>Ready to apply.</source>
        <comment>@info</comment>
        <translation>Prêt à appliquer.</translation>
    </message>
    <message>
        <source>Applying and negotiating… %1</source>
        <comment>@info</comment>
        <translation>Application et négociation… %1</translation>
    </message>
    <message>
        <source>Your subnets %1 are not in the allowed networks (stage 1). Allow them, so that you can reach vSphere through the VPN?</source>
        <comment>@info</comment>
        <translation>Vos sous-réseaux %1 ne font pas partie des réseaux autorisés (étape 1). Les autoriser, pour pouvoir joindre vSphere via le VPN&#x202f;?</translation>
    </message>
    <message>
        <source>Ad&amp;min hosts:</source>
        <comment>@label</comment>
        <translation>&amp;Hôtes d’administration&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 192.168.10.20, 192.168.10.21</source>
        <comment>@info placeholder</comment>
        <translation>par exemple 192.168.10.20, 192.168.10.21</translation>
    </message>
    <message>
        <source>Your subnets %1 need %2 addresses, but only %3 of OVHcloud&apos;s %4 allowed addresses are left. What fits and covers your VPN gateway and the admin hosts below: %5. Allow these?</source>
        <comment>@info</comment>
        <extracomment>%1 subnets, %2 their addresses, %3 addresses left, %4 the limit, %5 the blocks proposed</extracomment>
        <translation>Vos sous-réseaux %1 demandent %2 adresses, mais il ne reste que %3 des %4 adresses autorisées par OVHcloud. Ce qui tient et couvre votre passerelle VPN et les hôtes d’administration ci-dessous&#xa0;: %5. Les autoriser&#x202f;?</translation>
    </message>
    <message>
        <source>Your subnets %1 do not fit in OVHcloud&apos;s %2 allowed addresses, and nothing more can be added for your VPN gateway and the admin hosts below: delete allowed networks you no longer need in stage 1.</source>
        <comment>@info</comment>
        <extracomment>%1 subnets, %2 the limit of allowed addresses</extracomment>
        <translation>Vos sous-réseaux %1 ne tiennent pas dans les %2 adresses autorisées par OVHcloud, et rien de plus ne peut être ajouté pour votre passerelle VPN et les hôtes d’administration ci-dessous&#xa0;: supprimez à l’étape 1 les réseaux autorisés dont vous n’avez plus besoin.</translation>
    </message>
    <message>
        <source>NSX login</source>
        <comment>@label accessible</comment>
        <translation>Identifiant NSX</translation>
    </message>
    <message>
        <source>NSX l&amp;ogin:</source>
        <comment>@label</comment>
        <extracomment>The NSX API login is the user, @, then the PCC&apos;s address (admin@pcc-….ovh.de)</extracomment>
        <translation>Identi&amp;fiant NSX&#xa0;:</translation>
    </message>
    <message>
        <source>Pre-shared key, shown once: copy it into your VPN gateway&apos;s configuration or your password manager now. The wizard will not show it again.</source>
        <comment>@label</comment>
        <translation>Clé pré-partagée, affichée une seule fois&#xa0;: copiez-la maintenant dans la configuration de votre passerelle VPN ou dans votre gestionnaire de mots de passe. L’assistant ne l’affichera plus.</translation>
    </message>
    <message>
        <source>I have s&amp;tored the pre-shared key</source>
        <comment>@option:check</comment>
        <translation>J’ai conser&amp;vé la clé pré-partagée</translation>
    </message>
    <message>
        <source>The VPN is up with these settings; apply again only after changing one.</source>
        <comment>@info</comment>
        <translation>Le VPN est actif avec ces réglages&#x202f;; n’appliquez de nouveau qu’après en avoir modifié un.</translation>
    </message>
    <message>
        <source>G&amp;rant the rights NSX needs</source>
        <comment>@button</comment>
        <translation>Accorder &amp;les droits dont NSX a besoin</translation>
    </message>
    <message>
        <source>NSX access</source>
        <comment>@title sub-step</comment>
        <translation>Accès à NSX</translation>
    </message>
    <message>
        <source>The tunnel</source>
        <comment>@title sub-step</comment>
        <translation>Le tunnel</translation>
    </message>
    <message>
        <source>Pre-shared key and allowed networks</source>
        <comment>@title sub-step</comment>
        <translation>Clé pré-partagée et réseaux autorisés</translation>
    </message>
    <message>
        <source>Your side: swanctl.conf and summary</source>
        <comment>@title sub-step</comment>
        <translation>Votre côté&#xa0;: swanctl.conf et synthèse</translation>
    </message>
    <message>
        <source>NSX accepted the password.</source>
        <comment>@info</comment>
        <translation>NSX a accepté le mot de passe.</translation>
    </message>
    <message>
        <source>Signed in to NSX as %1.</source>
        <comment>@info</comment>
        <translation>Connecté à NSX en tant que %1.</translation>
    </message>
    <message>
        <source>Pre-shared key stored; your subnets are allowed networks.</source>
        <comment>@info</comment>
        <translation>Clé pré-partagée conservée&#x202f;; vos sous-réseaux sont des réseaux autorisés.</translation>
    </message>
    <message>
        <source>Pre-shared key stored; your subnets %1 are not allowed networks.</source>
        <comment>@info</comment>
        <translation>Clé pré-partagée conservée&#x202f;; vos sous-réseaux %1 ne sont pas des réseaux autorisés.</translation>
    </message>
    <message>
        <source>The tunnel to %1 is up.</source>
        <comment>@info</comment>
        <extracomment>%1 the customer&apos;s VPN gateway</extracomment>
        <translation>Le tunnel vers %1 est actif.</translation>
    </message>
    <message>
        <source>The tunnel to %1 is set up on NSX and negotiating.</source>
        <comment>@info</comment>
        <translation>Le tunnel vers %1 est configuré dans NSX et en cours de négociation.</translation>
    </message>
    <message>
        <source>The tunnel to %1 is set up on NSX, but down until your side is configured.</source>
        <comment>@info</comment>
        <translation>Le tunnel vers %1 est configuré dans NSX, mais inactif tant que votre côté n’est pas configuré.</translation>
    </message>
    <message>
        <source>The tunnel to %1 is down: %2</source>
        <comment>@info</comment>
        <extracomment>%1 the customer&apos;s VPN gateway, %2 why NSX says it is down</extracomment>
        <translation>Le tunnel vers %1 est inactif&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>snc::VpnSessionMonitor</name>
    <message>
        <source>Negotiating: IKE is talking to the peer %1…</source>
        <comment>@info</comment>
        <translation>Négociation&#xa0;: IKE dialogue avec le pair %1…</translation>
    </message>
    <message>
        <source>No VPN session is configured on the NSX Manager yet.</source>
        <comment>@info</comment>
        <translation>Aucune session VPN n’est encore configurée sur le NSX Manager.</translation>
    </message>
    <message>
        <source>Session state unknown.</source>
        <comment>@info</comment>
        <translation>État de la session inconnu.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %1 of %n tunnel(s) negotiated with %2.</source>
        <comment>@info</comment>
        <extracomment>%1 tunnels up, %n tunnels in all, %2 the peer&apos;s address</extracomment>
        <translation>
            <numerusform>Connecté&#xa0;: %1 tunnel sur %n négocié avec %2.</numerusform>
            <numerusform>Connecté&#xa0;: %1 sur %n tunnels négociés avec %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: no answer from the peer %1 yet. Check that your gateway is configured (swanctl.conf below) and reachable on UDP 500 and 4500.</source>
        <comment>@info</comment>
        <translation>Non connecté&#xa0;: pas encore de réponse du pair %1. Vérifiez que votre passerelle est configurée (swanctl.conf ci-dessous) et joignable en UDP 500 et 4500.</translation>
    </message>
    <message>
        <source>Not connected: %1. Check that your gateway %2 is up, reachable on UDP 500 and 4500, and uses the same pre-shared key and proposals (swanctl.conf below).</source>
        <comment>@info</comment>
        <extracomment>%1 NSX&apos;s reason, %2 peer address</extracomment>
        <translation>Non connecté&#xa0;: %1. Vérifiez que votre passerelle %2 est en service, joignable en UDP 500 et 4500, et qu’elle utilise la même clé pré-partagée et les mêmes propositions (swanctl.conf ci-dessous).</translation>
    </message>
</context>
<context>
    <name>snc::VpnStatusService</name>
    <message>
        <source>Stage 3 is not available.</source>
        <comment>@info</comment>
        <translation>L’étape 3 n’est pas disponible.</translation>
    </message>
</context>
<context>
    <name>snc::WelcomeWindow</name>
    <message>
        <source>%1 — SecNumCloud Onboarding Wizard</source>
        <comment>@title window</comment>
        <translation>%1 — Assistant de mise en route SecNumCloud</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <comment>@label</comment>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label</comment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>your OVHcloud account</source>
        <comment>@info</comment>
        <translation>votre compte OVHcloud</translation>
    </message>
    <message>
        <source>Welcome back. Your connection to %1 is remembered.</source>
        <comment>@info</comment>
        <translation>Bon retour. Votre connexion à %1 est mémorisée.</translation>
    </message>
    <message>
        <source>Welcome back. Your connection to %1, service %2, is remembered.</source>
        <comment>@info</comment>
        <translation>Bon retour. Votre connexion à %1, service %2, est mémorisée.</translation>
    </message>
    <message>
        <source>&amp;Continue where you left off</source>
        <comment>@button</comment>
        <translation>&amp;Reprendre là où vous en étiez</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <comment>@button</comment>
        <translation>Reprendre là où vous en étiez</translation>
    </message>
    <message>
        <source>The six stages</source>
        <comment>@title</comment>
        <translation>Les six étapes</translation>
    </message>
    <message>
        <source>What to have at hand</source>
        <comment>@title column</comment>
        <translation>À avoir sous la main</translation>
    </message>
    <message>
        <source>What waits on OVHcloud, and how long</source>
        <comment>@title column</comment>
        <translation>Ce qui attend OVHcloud, et combien de temps</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>@title stage</comment>
        <extracomment>%1 the stage number, %2 its title</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>• %1</source>
        <comment>@item list</comment>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Two actions can lock you out</source>
        <comment>@title</comment>
        <translation>Deux actions peuvent vous couper l’accès</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <comment>@title lockout</comment>
        <extracomment>%1 the stage number, %2 the action</extracomment>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>How the wizard guards it: %1</source>
        <comment>@info</comment>
        <translation>Comment l’assistant s’en protège&#xa0;: %1</translation>
    </message>
    <message>
        <source>If it happens: %1</source>
        <comment>@info</comment>
        <translation>Si cela arrive&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stop and come back at any time</source>
        <comment>@title</comment>
        <translation>Arrêtez-vous et revenez quand vous voulez</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <comment>@title</comment>
        <translation>Où trouver de l’aide</translation>
    </message>
    <message>
        <source>What the onboarding involves</source>
        <comment>@label</comment>
        <translation>Ce que comprend la mise en route</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <comment>@title</comment>
        <translation>Comment voulez-vous commencer&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Practice in the sandbox</source>
        <comment>@option</comment>
        <translation>S’&amp;exercer dans le bac à sable</translation>
    </message>
    <message>
        <source>Practice in the sandbox</source>
        <comment>@option</comment>
        <translation>S’exercer dans le bac à sable</translation>
    </message>
    <message>
        <source>A simulated OVHcloud inside the wizard, with its own phone and mailbox: nothing real changes. Recommended the first time, and for support staff.</source>
        <comment>@info</comment>
        <translation>Un OVHcloud simulé dans l’assistant, avec son propre téléphone et sa boîte mail&#xa0;: rien de réel ne change. Conseillé la première fois, et pour le support.</translation>
    </message>
    <message>
        <source>Work on my &amp;OVHcloud service</source>
        <comment>@option</comment>
        <translation>Travailler sur mon service &amp;OVHcloud</translation>
    </message>
    <message>
        <source>Work on my OVHcloud service</source>
        <comment>@option</comment>
        <translation>Travailler sur mon service OVHcloud</translation>
    </message>
    <message>
        <source>Real changes, with your OVHcloud API keys: the next page connects to your account.</source>
        <comment>@info</comment>
        <translation>Des changements réels, avec vos clés d’API OVHcloud&#xa0;: la page suivante se connecte à votre compte.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <comment>@button</comment>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>@button</comment>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>@label</comment>
        <extracomment>a label and its text, e.g. &quot;What to have at hand: the admin&apos;s phone&quot;</extracomment>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>snc::WizardController</name>
    <message>
        <source>This is the last stage and every stage is done: nothing comes after it.</source>
        <comment>@info next</comment>
        <translation>C’est la dernière étape et toutes les étapes sont terminées&#xa0;: rien ne vient après.</translation>
    </message>
    <message>
        <source>This is the last stage: nothing comes after it.</source>
        <comment>@info next</comment>
        <translation>C’est la dernière étape&#xa0;: rien ne vient après.</translation>
    </message>
    <message>
        <source>Next is available once you are connected and have chosen a service.</source>
        <comment>@info next</comment>
        <translation>«&#xa0;Suivant&#xa0;» sera disponible une fois connecté et un service choisi.</translation>
    </message>
    <message>
        <source>Next is available once you tick “%1”.</source>
        <comment>@info next</comment>
        <extracomment>%1 the confirmation to tick (&quot;I have stored the pre-shared key in a safe place&quot;)</extracomment>
        <translation>«&#xa0;Suivant&#xa0;» sera disponible une fois «&#xa0;%1&#xa0;» coché.</translation>
    </message>
    <message>
        <source>Next is available once this stage is done; OVHcloud is being asked.</source>
        <comment>@info next</comment>
        <translation>«&#xa0;Suivant&#xa0;» sera disponible une fois cette étape terminée&#x202f;; OVHcloud est interrogé.</translation>
    </message>
    <message>
        <source>Next is available once this stage is done (now: %1).</source>
        <comment>@info next</comment>
        <extracomment>%1 the stage&apos;s status (&quot;No VPN configured yet&quot;)</extracomment>
        <translation>«&#xa0;Suivant&#xa0;» sera disponible une fois cette étape terminée (état actuel&#xa0;: %1).</translation>
    </message>
</context>
</TS>
