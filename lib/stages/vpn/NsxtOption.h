// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace snc {

/**
 * @brief The service's NSX-T option, `GET /dedicatedCloud/{sn}/nsxt` → the published
 * `dedicatedCloud.Nsxt` `{state, url?, version?, datacentersState?}`: where NSX Manager is
 * (`url`, e.g. `https://nsxt.pcc-198-51-100-7.ovh.de`), never built from the service name.
 * Plain value; `read` false until the API answered.
 */
struct NsxtOption
{
    bool read = false;
    QString state;   ///< option.StateEnum: disabled, disabling, enabled, enabling, error, migrating, unknown
    QUrl url;        ///< NSX Manager; absent while the option is not enabled
    QString version;

    static NsxtOption fromJson(const QJsonObject &json);

    /// Enabled, with an https URL to reach NSX Manager at.
    bool isUsable() const;
    /// `<url>/policy/api/v1`; empty when not usable.
    QUrl policyBase() const;
    /// Why stage 3 cannot use NSX on `serviceName` (Kind::Validation, errorCode
    /// "NSXT_NOT_ENABLED", a translated message that says how to enable it); only when read and
    /// not usable.
    ApiError notUsableError(const QString &serviceName) const;
};

} // namespace snc
