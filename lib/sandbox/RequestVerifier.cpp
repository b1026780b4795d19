// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestVerifier.h"

#include "AccessRule.h"
#include "CredentialStore.h"
#include "SandboxClock.h"
#include "UnpublishedChoices.h"

#include <QHostAddress>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

QByteArray ovhSignature(const QByteArray &applicationSecret, const QByteArray &consumerKey,
                        const QByteArray &method, const QByteArray &url, const QByteArray &body,
                        const QByteArray &timestamp)
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(),
                                                                 &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha1(), nullptr) != 1)
        return {};
    // Feed the parts one by one: the exact bytes, '+'-separated, no intermediate copy.
    const QByteArray parts[] = {applicationSecret, consumerKey, method, url, body, timestamp};
    bool first = true;
    for (const QByteArray &part : parts) {
        if (!first && EVP_DigestUpdate(ctx.get(), "+", 1) != 1)
            return {};
        first = false;
        if (!part.isEmpty() && EVP_DigestUpdate(ctx.get(), part.constData(), size_t(part.size())) != 1)
            return {};
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(ctx.get(), digest, &len) != 1)
        return {};
    return "$1$" + QByteArray(reinterpret_cast<const char *>(digest), int(len)).toHex();
}

QList<QByteArray> signedUrlCandidates(bool tls, const QByteArray &hostHeader,
                                      const QByteArray &pathAndQuery)
{
    const QByteArray scheme = tls ? "https" : "http";
    QByteArray hostOnly = hostHeader;
    // Strip ":port" but keep IPv6 brackets intact ("[::1]:8443" -> "[::1]").
    const qsizetype colon = hostOnly.lastIndexOf(':');
    if (colon > 0 && hostOnly.indexOf(']', colon) < 0)
        hostOnly.truncate(colon);
    QList<QByteArray> out;
    auto add = [&out](const QByteArray &url) {
        if (!out.contains(url))
            out.append(url);
    };
    add(scheme + "://" + hostHeader + pathAndQuery);
    add(scheme + "://" + hostOnly + pathAndQuery);
    add("https://" + hostOnly + pathAndQuery);
    return out;
}

bool addressInBlocks(const QString &address, const QStringList &blocks)
{
    const QHostAddress addr(address);
    for (const QString &block : blocks) {
        const auto subnet = QHostAddress::parseSubnet(block.contains(u'/') ? block
                                                                           : block + u"/32"_s);
        if (!subnet.first.isNull() && addr.isInSubnet(subnet))
            return true;
    }
    return false;
}

std::optional<SandboxResponse>
RequestVerifier::checkApplicationKey(const SandboxRequest &request) const
{
    const QString key = QString::fromLatin1(request.header("X-Ovh-Application"));
    if (!m_credentials->applicationByKey(key))
        return SandboxResponse::authError(403, u"INVALID_KEY"_s,
                                          u"This application key is invalid"_s);
    return std::nullopt;
}

std::optional<SandboxResponse> RequestVerifier::authenticate(SandboxRequest &request,
                                                             const QByteArray &pathAndQuery,
                                                             const QString &clientAddress) const
{
    const Application *app =
            m_credentials->applicationByKey(QString::fromLatin1(request.header("X-Ovh-Application")));
    if (!app)
        return SandboxResponse::authError(403, u"INVALID_KEY"_s,
                                          u"This application key is invalid"_s);
    const QByteArray consumerKey = request.header("X-Ovh-Consumer");
    if (consumerKey.isEmpty())
        return SandboxResponse::json(QJsonObject{{u"message"_s, u"You must login first"_s}}, 401);

    const QByteArray timestamp = request.header("X-Ovh-Timestamp");
    bool tsOk = false;
    const qint64 ts = timestamp.toLongLong(&tsOk);
    if (!tsOk || qAbs(ts - m_clock->apiNowSecs()) > timestampToleranceSecs)
        return SandboxResponse::authError(400, u"QUERY_TIME_OUT"_s, u"Query out of time"_s);

    const QByteArray received = request.header("X-Ovh-Signature").trimmed().toLower();
    bool signatureOk = false;
    for (const QByteArray &url : signedUrlCandidates(m_tls, request.header("Host"), pathAndQuery)) {
        const QByteArray expected = ovhSignature(app->secret.toUtf8(), consumerKey, request.method,
                                                 url, request.body, timestamp);
        // Constant-time compare; lengths are public (always 43 bytes for a well-formed one).
        if (!expected.isEmpty() && expected.size() == received.size()
            && CRYPTO_memcmp(expected.constData(), received.constData(), size_t(expected.size()))
                    == 0) {
            signatureOk = true;
            break;
        }
    }
    if (!signatureOk)
        return SandboxResponse::authError(400, u"INVALID_SIGNATURE"_s, u"Invalid signature"_s);

    Credential *cred = m_credentials->byConsumerKey(QString::fromLatin1(consumerKey));
    const auto state = cred ? m_credentials->effectiveState(*cred) : Credential::State::Expired;
    if (!cred || cred->applicationId != app->id || state == Credential::State::Refused
        || state == Credential::State::Expired)
        return SandboxResponse::authError(403, u"INVALID_CREDENTIAL"_s,
                                          u"This credential is not valid"_s);
    if (state == Credential::State::PendingValidation) {
        // Not published (UNPUBLISHED.md, consumerKeyPending): the first two are what field
        // reports show; the last is the sandbox's own explicit answer of earlier versions.
        const QString choice = m_unpublished ? m_unpublished->value(UnpublishedChoices::consumerKeyPending())
                                             : QString();
        if (choice == u"invalid-signature-400"_s)
            return SandboxResponse::authError(400, u"INVALID_SIGNATURE"_s, u"Invalid signature"_s);
        if (choice == u"not-validated-403"_s)
            return SandboxResponse::authError(403, u"NOT_CREDENTIAL"_s,
                                              u"This credential has not been validated yet"_s);
        return SandboxResponse::authError(403, u"INVALID_CREDENTIAL"_s, u"This credential is not valid"_s);
    }
    if (!cred->allowedIPs.isEmpty() && !addressInBlocks(clientAddress, cred->allowedIPs))
        return SandboxResponse::authError(403, u"FORBIDDEN"_s,
                                          u"This credential can not be used from your IP address"_s);

    const QString rulePath = accessRulePath(request.path);
    const QString method = QString::fromLatin1(request.method);
    // Every valid credential may read and end itself (/auth/currentCredential, /auth/details,
    // /auth/logout): a client needs them to learn its own state whatever its rules are.
    const bool granted = rulePath.startsWith(u"/auth/"_s) || std::any_of(cred->rules.cbegin(), cred->rules.cend(),
                                     [&](const AccessRule &r) { return r.matches(method, rulePath); });
    if (!granted)
        return SandboxResponse::authError(403, u"NOT_GRANTED_CALL"_s,
                                          u"This call has not been granted"_s);
    request.credential = cred;
    return std::nullopt;
}

} // namespace snc::sandbox
