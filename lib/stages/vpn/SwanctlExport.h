// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace snc {

class StageContext;
struct VpnSettings;

/**
 * @brief Writes the customer's swanctl.conf (stage 3's export, VpnModel::exportSwanctl()).
 *
 * The file carries the pre-shared key: it is taken from the session's fresh key, or from the
 * keychain (SecretKeys::nsxIpsecPsk()), and the file is made owner-only (0600) before its first
 * byte, written through QSaveFile, and the plain bytes wiped afterwards. Kept apart from the
 * model because it is the one place a secret goes to disk. Does not own the context.
 */
class SwanctlExport : public QObject
{
    Q_OBJECT
public:
    explicit SwanctlExport(StageContext *context, QObject *parent = nullptr);

    /// Writes `settings`' swanctl.conf to `path`; `done(ok, why)` once (`why` translated, empty
    /// when ok or when there is nothing to say). Refuses (nothing written, not even the PSK
    /// read) when refusal() is not empty, whatever the source of the settings.
    void write(const QString &path, const VpnSettings &settings, const SecretBytes &freshPsk,
               std::function<void(bool ok, const QString &why)> done);

    /// Why `settings` may not be exported (translated), empty when they may: any of
    /// VpnSettings::problems().
    static QString refusal(const VpnSettings &settings, bool allowDocumentation);

private:
    QPointer<StageContext> m_context;
};

} // namespace snc
