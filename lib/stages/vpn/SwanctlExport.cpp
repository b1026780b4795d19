// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/SwanctlExport.h"

#include "core/Log.h"
#include "core/SecretFile.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "stages/StageContext.h"
#include "stages/vpn/VpnSettings.h"


namespace snc {

SwanctlExport::SwanctlExport(StageContext *context, QObject *parent) : QObject(parent), m_context(context) {}

void SwanctlExport::write(const QString &path, const VpnSettings &settings, const SecretBytes &freshPsk,
                          std::function<void(bool, const QString &)> done)
{
    if (!m_context || !m_context->secrets()) {
        done(false, {});
        return;
    }
    auto writeFile = [path, settings, done](const SecretBytes &psk) {
        // Owner-only from its creation, never open to others for an instant: it carries the PSK.
        QByteArray bytes = settings.swanctlConf(psk).toUtf8();
        QString why;
        const bool ok = SecretFile::write(path, bytes, SecretFile::Overwrite::Replace, &why) == SecretFile::Outcome::Written;
        bytes.fill('\0');
        if (!ok)
            qCWarning(lcStage) << "vpn: swanctl.conf not written:" << why;
        done(ok, ok ? QString() : tr("Could not write %1.", "@error").arg(path));
    };
    if (!freshPsk.isEmpty()) {
        writeFile(freshPsk);
        return;
    }
    const QString sn = m_context->serviceName();
    m_context->readSecret(SecretKeys::nsxIpsecPsk(m_context->secretScope(), sn), SecretKeys::Legacy::nsxIpsecPsk(sn),
                          this, [writeFile, done](Result<SecretBytes> read) {
        if (!read.ok()) {
            done(false, tr("The pre-shared key is not in the keychain: apply the VPN first.", "@error"));
            return;
        }
        writeFile(std::move(read.value()));
    });
}

} // namespace snc
