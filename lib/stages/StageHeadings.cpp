// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/StageTable.h"

#include <QtGlobal>

namespace snc::StageTable {

// Its own translation unit, without the models: the welcome page lists the stages before the
// session module (and every model in it) is loaded (app/wizard/CMakeLists.txt).
const std::array<Heading, count> &headings()
{
    // Titles keep StageCatalog's translation context: the catalogues do not change.
    static const std::array<Heading, count> table{{
        {1,
         //: Step 1 of the guide "Getting started with your SecNumCloud vSphere"
         QT_TRANSLATE_NOOP3("StageCatalog", "Authorize IP addresses", "@title stage"),
         "autoriser_des_ip_a_se_connecter_au_vcenter"},
        {2, QT_TRANSLATE_NOOP3("StageCatalog", "Advanced security", "@title stage"), "interface-secure"},
        {3, QT_TRANSLATE_NOOP3("StageCatalog", "IPsec VPN with NSX", "@title stage"), "nsx-12-configure-ipsec"},
        {4, QT_TRANSLATE_NOOP3("StageCatalog", "Private gateway", "@title stage"), "private_gateway"},
        {5, QT_TRANSLATE_NOOP3("StageCatalog", "KMS for encryption", "@title stage"), "vmware_okms_vm-encrypt"},
        // No guide of its own: the getting-started guide.
        {6, QT_TRANSLATE_NOOP3("StageCatalog", "SecNumCloud compliance", "@title stage"), nullptr},
    }};
    return table;
}

} // namespace snc::StageTable
