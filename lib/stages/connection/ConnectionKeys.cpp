// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/connection/ConnectionKeys.h"

#include "api/ApiClient.h"
#include "stages/StageContext.h"

namespace snc {

QStringList ConnectionKeys::endpointIds() const
{
    QStringList ids;
    for (const Endpoint &e : Endpoint::known())
        ids << e.id;
    if (sandbox.isValid())
        ids << sandboxEndpointId();
    return ids;
}

bool ConnectionKeys::isSelectable(const QString &id) const
{
    if (id == sandboxEndpointId())
        return sandbox.isValid();
    return Endpoint::forId(id).isValid();
}

void ConnectionKeys::switchTo(const QString &id)
{
    endpointId = id;
    applicationKey.clear();
    applicationSecret.clear();
    importedConsumerKey.clear();
    takeSandboxKeys();
}

void ConnectionKeys::takeSandboxKeys()
{
    if (!isSandbox())
        return;
    applicationKey = sandbox.applicationKey;
    applicationSecret = sandbox.applicationSecret.clone();
}

QUrl ConnectionKeys::createApplicationUrl() const
{
    if (isSandbox())
        return {};
    return Endpoint::forId(endpointId).createAppUrl;
}

QString ConnectionKeys::applicationKeyError() const
{
    if (applicationKey.isEmpty() || isValidKeyShape(applicationKey))
        return {};
    return tr("An application key is 8 to 64 letters and digits, as shown when you created the "
              "application.", "@error");
}

QString ConnectionKeys::applicationSecretError() const
{
    if (applicationSecret.isEmpty() || isValidKeyShape(applicationSecret))
        return {};
    return tr("An application secret is 8 to 64 letters and digits. Paste it again.", "@error");
}

bool ConnectionKeys::canAuthorize() const
{
    return !endpointId.isEmpty() && isValidKeyShape(applicationKey) && !applicationSecret.isEmpty()
            && isValidKeyShape(applicationSecret);
}

void ConnectionKeys::applyTo(StageContext *ctx) const
{
    if (!ctx || !ctx->api())
        return;
    ApiClient *api = ctx->api();
    const Endpoint endpoint = isSandbox() ? Endpoint::custom(sandbox.apiBase) : Endpoint::forId(endpointId);
    const QList<QSslCertificate> cas = isSandbox() ? sandbox.caCertificates : QList<QSslCertificate>();
    api->setEndpoint(endpoint);
    api->setPinnedCaCertificates(cas);
    api->setApplicationKey(applicationKey);
    api->setApplicationSecret(applicationSecret.clone());
    api->clearConsumerKey();
    ctx->setPinnedCaCertificates(cas);
    ctx->setEndpoint(endpoint, isSandbox() && !sandbox.productionPaths);
}

QString ConnectionKeys::cleanPasted(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

bool ConnectionKeys::isValidKeyShape(const QString &trimmed)
{
    if (trimmed.size() < 8 || trimmed.size() > 64)
        return false;
    for (QChar c : trimmed) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

bool ConnectionKeys::isValidKeyShape(const SecretBytes &secret)
{
    // Checked on the bytes: the UI asks on every sync, and each QString copy of the secret would
    // stay in freed memory. Same rule as the text form (a non-ASCII byte is never alphanumeric).
    const QByteArray &bytes = secret.expose();
    if (bytes.size() < 8 || bytes.size() > 64)
        return false;
    for (const char c : bytes) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

} // namespace snc
