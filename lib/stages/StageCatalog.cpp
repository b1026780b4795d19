// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/StageCatalog.h"

using namespace Qt::StringLiterals;

namespace snc {

QString StageCatalog::title(int number)
{
    switch (number) {
    case 1:
        //: Step 1 of the guide "Getting started with your SecNumCloud vSphere"
        return tr("Authorize IP addresses", "@title stage");
    case 2:
        return tr("Advanced security", "@title stage");
    case 3:
        return tr("IPsec VPN with NSX", "@title stage");
    case 4:
        return tr("Private gateway", "@title stage");
    case 5:
        return tr("KMS for encryption", "@title stage");
    case 6:
        return tr("SecNumCloud compliance", "@title stage");
    default:
        return {};
    }
}

namespace {

// The guides live in ovh/docs (folder names verified in shared/reference/ovh-api.md, "DOC-*");
// help.ovhcloud.com article ids are not stable enough to hard-code.
QUrl vmwareGuide(const QString &folder)
{
    return QUrl(u"https://github.com/ovh/docs/blob/develop/pages/hosted_private_cloud/hosted_private_cloud_powered_by_vmware/%1/guide.en-gb.md"_s.arg(folder));
}

} // namespace

QUrl StageCatalog::gettingStartedUrl()
{
    // The folder of the getting-started guide is not resolved yet: the guides' index.
    return QUrl(u"https://github.com/ovh/docs/tree/develop/pages/hosted_private_cloud/hosted_private_cloud_powered_by_vmware"_s);
}

QUrl StageCatalog::guideUrl(int number)
{
    switch (number) {
    case 1:
        return vmwareGuide(u"autoriser_des_ip_a_se_connecter_au_vcenter"_s);
    case 2:
        return vmwareGuide(u"interface-secure"_s);
    case 3:
        return vmwareGuide(u"nsx-12-configure-ipsec"_s);
    case 4:
        return vmwareGuide(u"private_gateway"_s);
    case 5:
        return vmwareGuide(u"vmware_okms_vm-encrypt"_s);
    default:
        return gettingStartedUrl();
    }
}

} // namespace snc
