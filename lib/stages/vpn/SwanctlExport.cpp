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

QString SwanctlExport::refusal(const VpnSettings &settings, bool allowDocumentation)
{
    const QStringList problems = settings.problems(allowDocumentation);
    if (problems.isEmpty())
        return {};
    //: %1: the first problem found in the VPN settings (a full sentence)
    return tr("swanctl.conf is written only from valid settings. Fix this first, then apply: %1", "@error")
            .arg(problems.first());
}

void SwanctlExport::write(const QString &path, const VpnSettings &settings, const SecretBytes &freshPsk,
                          std::function<void(bool, const QString &)> done)
{
    if (!m_context || !m_context->secrets()) {
        done(false, {});
        return;
    }
    // Only settings that pass validation are written, whatever their source: typed on the page
    // or read back from NSX (where anyone with the NSX password may have changed the session).
    if (const QString why = refusal(settings, m_context->isPracticeSandbox()); !why.isEmpty()) {
        qCWarning(lcStage) << "vpn: swanctl.conf refused: the settings have problems";
        done(false, why);
        return;
    }
    auto writeFile = [path, settings, done](const SecretBytes &psk) {
        // Owner-only from its creation, never open to others for an instant: it carries the PSK.
        // The bytes are a SecretBytes: wiped when it goes out of scope, after the write.
        const SecretBytes bytes = settings.swanctlConf(psk);
        if (bytes.isEmpty()) {
            done(false, tr("swanctl.conf was not written: a setting cannot be written safely into it.", "@error"));
            return;
        }
        QString why;
        const bool ok = SecretFile::write(path, bytes.expose(), SecretFile::Overwrite::Replace, &why)
                == SecretFile::Outcome::Written;
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
