// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OtpAuthUri.h"

#include "otp/Base32.h"

#include <QList>

namespace snc {

namespace {

// These messages are for developers and logs of malformed input (never the URI itself); the
// UI shows its own translated text when a URI is refused.
QString setError(QString *error, const char *message)
{
    if (error)
        *error = QString::fromLatin1(message);
    return {};
}

// Unreserved characters (RFC 3986 §2.3) stay, everything else is %XX (so ' ' -> %20, ':' -> %3A).
QByteArray percentEncode(const QString &text)
{
    return text.toUtf8().toPercentEncoding();
}

} // namespace

QString OtpAuthUri::label() const
{
    return issuer.isEmpty() ? account : issuer + QLatin1Char(':') + account;
}

SecretBytes OtpAuthUri::base32Secret() const
{
    return Base32::encode(secret);
}

SecretBytes OtpAuthUri::groupedSecret() const
{
    return Base32::grouped(base32Secret());
}

SecretBytes OtpAuthUri::build(QString *error, bool allowNonDefault) const
{
    if (secret.isEmpty()) {
        setError(error, "empty secret");
        return {};
    }
    if (account.trimmed().isEmpty()) {
        setError(error, "empty account name");
        return {};
    }
    if (issuer.contains(QLatin1Char(':')) || account.contains(QLatin1Char(':'))) {
        setError(error, "issuer and account must not contain ':'");
        return {};
    }
    const TotpParameters &p = parameters;
    if (p.digits < Totp::MinDigits || p.digits > Totp::MaxDigits || p.periodSecs <= 0) {
        setError(error, "invalid digits or period");
        return {};
    }
    if (!allowNonDefault
        && (p.algorithm != OtpAlgorithm::Sha1 || p.digits != Totp::DefaultDigits
            || p.periodSecs != Totp::DefaultPeriodSecs)) {
        setError(error, "only SHA1, 6 digits, 30 seconds are widely supported");
        return {};
    }

    const SecretBytes encoded = base32Secret();
    const QByteArray issuerEncoded = percentEncode(issuer);
    QByteArray uri;
    uri.reserve(64 + encoded.size() + 2 * issuerEncoded.size() + 9 * account.size());
    uri += "otpauth://totp/";
    if (!issuer.isEmpty())
        uri += issuerEncoded + ':';
    uri += percentEncode(account);
    uri += "?secret=";
    uri += encoded.expose();
    if (!issuer.isEmpty())
        uri += "&issuer=" + issuerEncoded;
    uri += "&algorithm=" + otpAlgorithmName(p.algorithm).toLatin1();
    uri += "&digits=" + QByteArray::number(p.digits);
    uri += "&period=" + QByteArray::number(p.periodSecs);
    return SecretBytes(std::move(uri));
}

std::optional<OtpAuthUri> OtpAuthUri::parse(const SecretBytes &uriBytes, QString *error)
{
    const QByteArray &uri = uriBytes.expose();
    static const QByteArray scheme = QByteArrayLiteral("otpauth://");
    if (!uri.left(scheme.size()).toLower().startsWith(scheme)) {
        setError(error, "not an otpauth:// URI");
        return std::nullopt;
    }
    const qsizetype typeEnd = uri.indexOf('/', scheme.size());
    if (typeEnd < 0 || uri.mid(scheme.size(), typeEnd - scheme.size()).toLower() != "totp") {
        setError(error, "not a totp URI");
        return std::nullopt;
    }
    qsizetype queryStart = uri.indexOf('?', typeEnd);
    if (queryStart < 0)
        queryStart = uri.size();
    qsizetype end = uri.indexOf('#', queryStart);
    if (end < 0)
        end = uri.size();

    OtpAuthUri result;
    const QString label =
            QString::fromUtf8(QByteArray::fromPercentEncoding(uri.mid(typeEnd + 1, queryStart - typeEnd - 1)));
    const qsizetype colon = label.indexOf(QLatin1Char(':'));
    QString labelIssuer;
    if (colon >= 0) {
        labelIssuer = label.left(colon).trimmed();
        result.account = label.mid(colon + 1).trimmed();
    } else {
        result.account = label.trimmed();
    }
    if (result.account.isEmpty()) {
        setError(error, "empty account name");
        return std::nullopt;
    }

    bool haveSecret = false;
    QString paramIssuer;
    bool haveParamIssuer = false;
    // The query and its pieces are copies holding the secret: wiped on every way out.
    struct Wiper
    {
        QByteArray query;
        QList<QByteArray> pairs;
        ~Wiper()
        {
            for (QByteArray &pair : pairs)
                wipe(pair);
            wipe(query);
        }
    } scratch;
    scratch.query = uri.mid(queryStart + 1, end - queryStart - 1);
    scratch.pairs = scratch.query.split('&');
    for (const QByteArray &pair : std::as_const(scratch.pairs)) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = (eq < 0 ? pair : pair.left(eq)).toLower();
        QByteArray value = QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : pair.mid(eq + 1));
        if (name == "secret") {
            SecretBytes text(std::move(value));
            auto key = Base32::decode(text);
            if (!key || key->isEmpty()) {
                setError(error, "the secret is not valid Base32");
                return std::nullopt;
            }
            result.secret = std::move(*key);
            haveSecret = true;
        } else if (name == "issuer") {
            paramIssuer = QString::fromUtf8(value).trimmed();
            haveParamIssuer = true;
        } else if (name == "algorithm") {
            if (!parseOtpAlgorithm(QString::fromLatin1(value), &result.parameters.algorithm)) {
                setError(error, "unsupported algorithm");
                return std::nullopt;
            }
        } else if (name == "digits") {
            bool ok = false;
            const int digits = value.toInt(&ok);
            if (!ok || digits < Totp::MinDigits || digits > Totp::MaxDigits) {
                setError(error, "unsupported number of digits");
                return std::nullopt;
            }
            result.parameters.digits = digits;
        } else if (name == "period") {
            bool ok = false;
            const int period = value.toInt(&ok);
            if (!ok || period <= 0) {
                setError(error, "invalid period");
                return std::nullopt;
            }
            result.parameters.periodSecs = period;
        }
        wipe(value);
    }
    if (!haveSecret) {
        setError(error, "no secret");
        return std::nullopt;
    }
    if (haveParamIssuer && !labelIssuer.isEmpty() && paramIssuer != labelIssuer) {
        setError(error, "the issuer parameter does not match the label");
        return std::nullopt;
    }
    result.issuer = haveParamIssuer && !paramIssuer.isEmpty() ? paramIssuer : labelIssuer;
    return result;
}

} // namespace snc
