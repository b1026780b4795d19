<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached. Check your internet connection and proxy, then try again.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection was refused because the server&apos;s certificate could not be verified. Nothing was sent. If you are behind a company proxy that inspects traffic, ask your network team.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application secret does not match the application key. Paste the secret again, without spaces or line breaks.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your computer&apos;s clock is off by %n second(s). Set the clock to the right time (enable automatic time), then try again.</source>
        <comment>@error</comment>
        <extracomment>%n is a number of seconds</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The access has not been validated yet. Finish the validation in your browser, then continue.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your authorization has expired or was revoked. Authorize the wizard again.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application key is unknown to OVHcloud in the chosen region. Check the region and the key.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access was not granted: %1. Authorize the wizard again to include it.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call was not granted to the wizard. Authorize the wizard again.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested item does not exist (any more). Refresh and try again.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused because another operation is in progress or the item already exists. Refresh, wait for running tasks, then try again.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request. Check the values entered.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests were sent. The wizard will slow down; try again in a moment.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OVHcloud server had a problem. Try again later; if it persists, contact support with the query identifier.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer the wizard could not understand. Try again; if it persists, contact support with the query identifier.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was canceled.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is unavailable or refused access. Unlock it and retry, or continue without remembering secrets.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cryptographic operation failed. Try again; if it persists, contact support.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values are not valid. Correct them; nothing was sent.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code or token has expired. Request a new one.</source>
        <comment>@error</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>OVHcloud Europe (ovh-eu)</source>
        <comment>@label region</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud Canada (ovh-ca)</source>
        <comment>@label region</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud United States (ovh-us)</source>
        <comment>@label region</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server (%1)</source>
        <comment>@label region</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region</source>
        <comment>@label region</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OvhConfigImport</name>
    <message>
        <source>The file %1 exists but cannot be read; it was skipped.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 can be read by other users of this computer and holds secrets. Move them into the system keychain, then delete the file or restrict it to yourself.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OAuth2 client (service account) is configured in %1; the wizard uses application keys and ignores it.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>snc::CredentialFlow</name>
    <message>
        <source>List your Hosted Private Cloud services</source>
        <comment>@info access rule</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the settings of the service</source>
        <comment>@info access rule</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove settings of the service (for example an allowed network)</source>
        <comment>@info access rule</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the settings of the service</source>
        <comment>@info access rule</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect your public IP address</source>
        <comment>@info access rule</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read your account name and contact e-mail</source>
        <comment>@info access rule</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this authorization and its expiry</source>
        <comment>@info access rule</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read your key management services (KMS)</source>
        <comment>@info access rule</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the access credentials of your KMS</source>
        <comment>@info access rule</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@info access rule</comment>
        <extracomment>%1 explains the access rule, %2 is the rule itself (&quot;GET /me&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>snc::MemorySecretStore</name>
    <message>
        <source>Memory of this session</source>
        <comment>@label secret storage backend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keys are kept in memory for this session only, as you chose. You will have to enter them again next time. Nothing is written to disk.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so your keys are kept in memory for this session only and will not be remembered. Nothing is written to disk. To remember them, unlock or start your keychain, then retry.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>snc::QrCodeView</name>
    <message>
        <source>QR code for your authenticator app</source>
        <comment>@label accessible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan it with the authenticator app on your phone. If you cannot scan it, type the secret key shown next to it instead.</source>
        <comment>@info accessible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
