// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/ServiceHosts.h"

#include <QString>

namespace snc {

/**
 * @brief The NSX Manager API login as OVHcloud runs it: outside NSX's own web page, the account
 * OVHcloud provides followed by the PCC's FQDN (`admin@pcc-198-51-100-7.ovh.de`; OVHcloud's NSX
 * guide). The FQDN comes from the API (ServiceHosts), never from the service name. Stateless.
 */
struct NsxLogin
{
    /// `admin@<PCC FQDN>`; empty while the FQDN is not known.
    static QString defaultFor(const ServiceHosts &hosts);
    /// Why `login` cannot be sent (translated: what is wrong and what to type), or empty: it must
    /// be `user@host`, with no space or ':' (Basic authentication's separator).
    /// `suggestion` (defaultFor()) is shown as the example.
    static QString problem(const QString &login, const QString &suggestion);
};

} // namespace snc
