// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PracticeMessages.h"

#include "core/PracticeSms.h"

namespace snc::sandbox::practice {

namespace {
// The sandbox has no translator: the two languages sit side by side, UTF-8 literals.
QString u8(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

bool isFrench(const QString &accountLanguage)
{
    return accountLanguage.startsWith(QLatin1String("fr"), Qt::CaseInsensitive);
}

QString tokenRequestSms(const QString &language, const QString &login, const QString &taskName, qint64 taskId,
                        const QString &serviceName, const QString &token, const QString &link)
{
    const bool french = isFrench(language);
    // %7, the line naming the operation, is the one readers parse (core/PracticeSms.h).
    const QString text = french
            ? u8("OVHcloud - Hosted Private Cloud - message pour l'utilisateur %1.\n"
                 "L'opération %2 (#%3) sur %4 doit être validée.\n"
                 "%7\n"
                 "Jeton de confirmation : %5.\n"
                 "Interface de validation : %6\n"
                 "Ce jeton est valable 15 minutes.\n"
                 "Si vous ne confirmez pas cette opération avant son expiration, elle sera annulée "
                 "et aucune action ne sera effectuée.")
            : u8("OVHcloud - Hosted Private Cloud - message for %1 user.\n"
                 "The %2 (#%3) operation on %4 requires validation.\n"
                 "%7\n"
                 "Confirmation token: %5.\n"
                 "Validation interface: %6\n"
                 "This token is valid for 15 minutes.\n"
                 "If you do not confirm this operation before it expires, it will be canceled "
                 "and no action will be taken.");
    return text.arg(login, taskName, QString::number(taskId), serviceName, token, link,
                    practiceSms::operationIdMarker(french, taskId));
}

QString tokenValidatedSms(const QString &language, const QString &taskName, qint64 taskId,
                          const QString &serviceName)
{
    const QString text = isFrench(language)
            ? u8("OVHcloud - Hosted Private Cloud : l'opération %1 (#%2) sur %3 a été validée.")
            : u8("OVHcloud - Hosted Private Cloud: the %1 (#%2) operation on %3 has been validated.");
    return text.arg(taskName, QString::number(taskId), serviceName);
}

QString resetCodeSms(const QString &language, const QString &login, const QString &serviceName,
                     const QString &code)
{
    const QString text = isFrench(language)
            ? u8("OVHcloud - Hosted Private Cloud : votre code pour réinitialiser le mot de passe "
                 "de %1 sur %2 est %3. Il est valable 15 minutes.")
            : u8("OVHcloud - Hosted Private Cloud: your code to reset the password of %1 on %2 is "
                 "%3. It is valid for 15 minutes.");
    return text.arg(login, serviceName, code);
}

QString resetEmailSubject(const QString &language, const QString &login, const QString &serviceName)
{
    const QString text = isFrench(language) ? u8("[%1] Réinitialisation du mot de passe de %2")
                                            : u8("[%1] Password reset for %2");
    return text.arg(serviceName, login);
}

QString resetEmailBody(const QString &language, const QString &login, const QString &serviceName,
                       const QString &code)
{
    const QString text = isFrench(language)
            ? u8("Bonjour,\n\nUne réinitialisation du mot de passe a été demandée pour "
                 "l'utilisateur %1 de %2.\nVotre code e-mail est : %3\nIl est valable 15 minutes. "
                 "Si vous ne l'avez pas demandée, ignorez ce message.\n\nOVHcloud")
            : u8("Hello,\n\nA password reset was requested for the user %1 of %2.\nYour e-mail "
                 "code is: %3\nIt is valid for 15 minutes. If you did not ask for it, ignore this "
                 "message.\n\nOVHcloud");
    return text.arg(login, serviceName, code);
}

} // namespace snc::sandbox::practice
