// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiError.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace snc {

ApiError ApiError::make(Kind kind, QString details)
{
    ApiError e;
    e.kind = kind;
    e.details = std::move(details);
    return e;
}

ApiError ApiError::localCheck(const QString &message)
{
    ApiError e = make(Kind::Validation, QStringLiteral("local check"));
    e.serverMessage = message;
    return e;
}

QString ApiError::userMessage() const
{
    // TaskPoller gave up waiting for a task that does not move: not the server's fault, and the
    // task may still end, so the generic "did not answer in time" would mislead.
    if (errorCode == "TASK_STILL_RUNNING"_L1) {
        if (!serverMessage.isEmpty())
            //: %1 the task's own description, in OVHcloud's words
            return tr("The OVHcloud task has not moved for a long time (OVHcloud: “%1”). It may still "
                      "finish: leave this page, or close the wizard, and come back later; the wizard will "
                      "find the task and follow it again. If it stays blocked, contact OVHcloud support.",
                      "@error").arg(serverMessage);
        return tr("The OVHcloud task has not moved for a long time. It may still finish: leave this "
                  "page, or close the wizard, and come back later; the wizard will find the task and "
                  "follow it again. If it stays blocked, contact OVHcloud support.", "@error");
    }
    switch (kind) {
    case Kind::Network:
        return tr("The server could not be reached. Check your internet connection and proxy, "
                  "then try again.", "@error");
    case Kind::Timeout:
        return tr("The server did not answer in time. Try again in a moment.", "@error");
    case Kind::Tls:
        return tr("The secure connection was refused because the server's certificate could not "
                  "be verified. Nothing was sent. If you are behind a company proxy that inspects "
                  "traffic, ask your network team.", "@error");
    case Kind::InvalidSignature:
        return tr("The application secret does not match the application key. Paste the secret "
                  "again, without spaces or line breaks.", "@error");
    case Kind::ClockSkew: {
        const qint64 n = clockOffsetSeconds < 0 ? -clockOffsetSeconds : clockOffsetSeconds;
        //: %n is a number of seconds
        return tr("Your computer's clock is off by %n second(s). Set the clock to the right time "
                  "(enable automatic time), then try again.", "@error", int(n));
    }
    case Kind::CredentialPending:
        return tr("The access has not been validated yet. Finish the validation in your browser, "
                  "then continue.", "@error");
    case Kind::CredentialInvalid:
        return tr("Your authorization has expired or was revoked. Authorize the wizard again.",
                  "@error");
    case Kind::InvalidApplicationKey:
        return tr("This application key is unknown to OVHcloud in the chosen region. Check the "
                  "region and the key.", "@error");
    case Kind::NotGranted:
        if (!missingRule.isEmpty())
            return tr("This access was not granted: %1. Authorize the wizard again to include it.",
                      "@error").arg(missingRule);
        return tr("This call was not granted to the wizard. Authorize the wizard again.", "@error");
    case Kind::NotFound:
        // NSX Manager's 404s come with the NSX client's own translated explanation (which
        // object is missing, what to do): NsxClient, errorCode NSX_*.
        if (errorCode.startsWith("NSX_"_L1) && !serverMessage.isEmpty())
            return serverMessage;
        return tr("The requested item does not exist (any more). Refresh and try again.", "@error");
    case Kind::Conflict:
        return tr("The server refused because another operation is in progress or the item "
                  "already exists. Refresh, wait for running tasks, then try again.", "@error");
    case Kind::BadRequest:
        if (!serverMessage.isEmpty())
            return tr("The server refused the request: %1", "@error").arg(serverMessage);
        return tr("The server refused the request. Check the values entered.", "@error");
    case Kind::RateLimited:
        return tr("Too many requests were sent. The wizard will slow down; try again in a moment.",
                  "@error");
    case Kind::ServerError:
        return tr("The OVHcloud server had a problem. Try again later; if it persists, contact "
                  "support with the query identifier.", "@error");
    case Kind::MalformedResponse:
        return tr("The server sent an answer the wizard could not understand. Try again; if it "
                  "persists, contact support with the query identifier.", "@error");
    case Kind::Canceled:
        return tr("The operation was canceled.", "@error");
    case Kind::Keychain:
        return tr("The system keychain is unavailable or refused access. Unlock it and retry, or "
                  "continue without remembering secrets.", "@error");
    case Kind::Crypto:
        return tr("A cryptographic operation failed. Try again; if it persists, contact support.",
                  "@error");
    case Kind::Validation:
        if (!serverMessage.isEmpty())
            return serverMessage;
        return tr("Some values are not valid. Correct them; nothing was sent.", "@error");
    case Kind::Expired:
        return tr("The code or token has expired. Request a new one.", "@error");
    }
    return {};
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network: return u"network"_s;
    case Kind::Timeout: return u"timeout"_s;
    case Kind::Tls: return u"tls"_s;
    case Kind::InvalidSignature: return u"invalid-signature"_s;
    case Kind::ClockSkew: return u"clock-skew"_s;
    case Kind::CredentialPending: return u"credential-pending"_s;
    case Kind::CredentialInvalid: return u"credential-invalid"_s;
    case Kind::InvalidApplicationKey: return u"invalid-application-key"_s;
    case Kind::NotGranted: return u"not-granted"_s;
    case Kind::NotFound: return u"not-found"_s;
    case Kind::Conflict: return u"conflict"_s;
    case Kind::BadRequest: return u"bad-request"_s;
    case Kind::RateLimited: return u"rate-limited"_s;
    case Kind::ServerError: return u"server-error"_s;
    case Kind::MalformedResponse: return u"malformed-response"_s;
    case Kind::Canceled: return u"canceled"_s;
    case Kind::Keychain: return u"keychain"_s;
    case Kind::Crypto: return u"crypto"_s;
    case Kind::Validation: return u"validation"_s;
    case Kind::Expired: return u"expired"_s;
    }
    return u"unknown"_s;
}

QString ApiError::logLine() const
{
    QString line = kindName(kind);
    if (httpStatus)
        line += u" status="_s + QString::number(httpStatus);
    if (!errorCode.isEmpty())
        line += u" errorCode="_s + errorCode;
    if (!queryId.isEmpty())
        line += u" queryId="_s + queryId;
    if (!details.isEmpty())
        line += u" details="_s + details;
    return line;
}

} // namespace snc
