// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/connection/ConnectionKeys.h"

#include "api/Endpoint.h"

namespace snc {

// Its own translation unit: snc-wizard's welcome page names a remembered region before the session
// module (the API client that the rest of ConnectionKeys.cpp uses) is loaded.
QString ConnectionKeys::endpointDisplayName(const QString &id)
{
    if (id == sandboxEndpointId())
        return tr("Practice sandbox", "@item region");
    const Endpoint e = Endpoint::forId(id);
    return e.isValid() ? e.displayName() : id;
}

} // namespace snc
