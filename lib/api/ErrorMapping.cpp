// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorMapping.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

using Kind = ApiError::Kind;

bool isTimestampProblem(const QString &code, const QString &message)
{
    // No official source documents how OVH refuses a stale timestamp (see the API notes §A.6);
    // these are the codes and wordings seen in the wild plus the sandbox's.
    static const QStringList codes = {u"QUERY_TIME_OUT"_s, u"INVALID_TIMESTAMP"_s,
                                      u"TIMESTAMP_OUT_OF_WINDOW"_s, u"TIMESTAMP_TOO_OLD"_s};
    if (codes.contains(code))
        return true;
    const QString m = message.toLower();
    return m.contains(u"timestamp"_s) || m.contains(u"query time"_s)
            || m.contains(u"too old"_s);
}

bool isPendingValidation(const QString &code, const QString &message)
{
    // OVH answers a not-yet-validated consumer key with a 403 whose errorCode is the generic
    // NOT_CREDENTIAL/INVALID_CREDENTIAL; only the message tells them apart. The sandbox uses its
    // own explicit code. Rule: the explicit code, or a credential code whose message mentions
    // validation being pending / not done.
    if (code == u"CREDENTIAL_PENDING_VALIDATION"_s || code == u"PENDING_VALIDATION"_s)
        return true;
    if (code != u"NOT_CREDENTIAL"_s && code != u"INVALID_CREDENTIAL"_s && !code.isEmpty())
        return false;
    const QString m = message.toLower();
    return m.contains(u"not been validated"_s) || m.contains(u"not validated"_s)
            || m.contains(u"pending validation"_s) || m.contains(u"pendingvalidation"_s);
}

QString iamMissingActions(const QJsonObject &details)
{
    // go-ovh: IAM denials list the missing actions in these two arrays.
    QStringList actions;
    for (const char *key : {"unauthorizedActionsByIAM", "unauthorizedActionsByAuthentication"}) {
        const QJsonArray list = details.value(QLatin1String(key)).toArray();
        for (const QJsonValue &v : list) {
            const QString a = v.isObject() ? v.toObject().value(u"action"_s).toString()
                                           : v.toString();
            if (!a.isEmpty() && !actions.contains(a))
                actions.append(a);
        }
    }
    return actions.join(u", "_s);
}

} // namespace

QString accessRuleFor(const QString &method, const QString &path)
{
    QString p = path;
    const qsizetype q = p.indexOf(u'?');
    if (q >= 0)
        p.truncate(q);
    if (p.startsWith(u"/1.0/"_s))
        p.remove(0, 4);
    return method.toUpper() + u' ' + p;
}

int parseRetryAfter(const QByteArray &value, qint64 nowSecs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong secs = v.toLongLong(&ok);
    if (ok)
        return secs < 0 ? -1 : int(std::min<qlonglong>(secs, 24 * 3600));
    // HTTP-date (RFC 9110 IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v),
                                             u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    const qint64 delta = when.toSecsSinceEpoch() - nowSecs;
    return delta < 0 ? 0 : int(std::min<qint64>(delta, 24 * 3600));
}

ApiError mapHttpError(int httpStatus, const QByteArray &body, const QByteArray &queryId,
                      const QString &method, const QString &path,
                      const QByteArray &retryAfterHeader)
{
    ApiError e;
    e.httpStatus = httpStatus;
    e.queryId = QString::fromLatin1(queryId);

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject obj = doc.object();
    const QString code = obj.value(u"errorCode"_s).toString();
    const QString cls = obj.value(u"class"_s).toString();
    e.errorCode = !code.isEmpty() ? code : cls;
    e.serverMessage = obj.value(u"message"_s).toString().left(500);
    e.retryAfterSeconds = parseRetryAfter(retryAfterHeader,
                                          QDateTime::currentSecsSinceEpoch());
    e.details = u"HTTP %1 %2"_s.arg(httpStatus).arg(accessRuleFor(method, path));

    auto done = [&e](Kind k) {
        e.kind = k;
        return e;
    };

    if (code == u"INVALID_SIGNATURE"_s)
        return done(Kind::InvalidSignature);
    if ((httpStatus == 400 || httpStatus == 401 || httpStatus == 403)
        && isTimestampProblem(code, e.serverMessage))
        return done(Kind::ClockSkew);
    if (code == u"INVALID_KEY"_s)
        return done(Kind::InvalidApplicationKey);
    if (isPendingValidation(code, e.serverMessage) && (httpStatus == 401 || httpStatus == 403))
        return done(Kind::CredentialPending);
    if (code == u"NOT_CREDENTIAL"_s || code == u"INVALID_CREDENTIAL"_s
        || code == u"CREDENTIAL_EXPIRED"_s || httpStatus == 401)
        return done(Kind::CredentialInvalid);
    if (code == u"NOT_GRANTED_CALL"_s || httpStatus == 403) {
        // Name the missing rule only when the refusal is about rules (NOT_GRANTED_CALL, IAM);
        // FORBIDDEN (e.g. a credential restricted to other IP addresses) is not fixed by a rule.
        const QString iam = iamMissingActions(obj.value(u"details"_s).toObject());
        if (!iam.isEmpty())
            e.missingRule = iam;
        else if (code == u"NOT_GRANTED_CALL"_s)
            e.missingRule = accessRuleFor(method, path);
        return done(Kind::NotGranted);
    }
    if (httpStatus == 404)
        return done(Kind::NotFound);
    if (httpStatus == 409)
        return done(Kind::Conflict);
    if (httpStatus == 429)
        return done(Kind::RateLimited);
    if (httpStatus == 460)
        return done(Kind::Expired);
    if (httpStatus >= 500)
        return done(Kind::ServerError);
    if (httpStatus >= 400)
        return done(Kind::BadRequest);
    // Not an error status at all: the caller found the body unusable.
    return done(Kind::MalformedResponse);
}

bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

ApiError mapNetworkError(QNetworkReply::NetworkError error, const QString &details)
{
    switch (error) {
    case QNetworkReply::OperationCanceledError:
        return ApiError::make(Kind::Canceled, details);
    case QNetworkReply::TimeoutError:
        return ApiError::make(Kind::Timeout, details);
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::make(Kind::Tls, details);
    default:
        return ApiError::make(Kind::Network, details);
    }
}

} // namespace snc
