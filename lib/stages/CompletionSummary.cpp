// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/CompletionSummary.h"

#include "stages/DisplayFormat.h"
#include "stages/StageContext.h"
#include "stages/WizardController.h"
#include "stages/activation/ActivationModel.h"
#include "stages/connection/ConnectionModel.h"
#include "stages/encryption/VmEncryptionModel.h"
#include "stages/security/AdminSecurityModel.h"
#include "tasks/TaskPoller.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace snc {

QString CompletionSummary::dateText(const QDateTime &date)
{
    if (!date.isValid())
        return tr("unknown", "@info date not given by the API");
    //: %1 a date and time, in UTC
    return tr("%1 UTC", "@info date").arg(DisplayFormat::dateTime(date.toUTC()));
}

QDateTime CompletionSummary::activationDate(const QList<ReportTask> &tasks)
{
    QDateTime newest;
    for (const ReportTask &t : tasks) {
        if (t.name == "enableSecurityOption"_L1 && t.state == "done"_L1 && t.endDate.isValid()
            && (!newest.isValid() || t.endDate > newest))
            newest = t.endDate.toUTC();
    }
    return newest;
}

bool CompletionSummary::allDone() const
{
    return !stages.isEmpty() && std::all_of(stages.begin(), stages.end(), [](const StageLine &l) {
        return l.status == StageModel::Status::Done;
    });
}

QList<NextStep> CompletionSummary::nextStepsFrom(const Facts &f)
{
    QList<NextStep> steps;
    steps << NextStep{u"vcenter-key-provider"_s, tr("Configure the key provider in vCenter", "@title next step"),
                      f.kmsWaitingForVcenter
                              ? tr("OVHcloud is waiting for vCenter: add your OKMS as a standard key provider, trust "
                                   "it, and give vCenter the credential's certificate and key saved in stage 5.",
                                   "@info next step")
                              : tr("Check in vCenter that the key provider is connected, then encrypt virtual "
                                   "machines with a VM encryption storage policy.", "@info next step"),
                      {}};
    steps << NextStep{u"vsphere-through-vpn"_s, tr("Open vSphere through the VPN", "@title next step"),
                      f.vsphereHost.isEmpty()
                              ? tr("With the private gateway on, vSphere is reached only through the IPsec VPN, with "
                                   "the hosts lines shown in stage 4.", "@info next step")
                              //: %1 host name of vSphere, from the API
                              : tr("With the private gateway on, %1 is reached only through the IPsec VPN, with the "
                                   "hosts lines shown in stage 4.", "@info next step").arg(f.vsphereHost),
                      {}};
    QString password;
    if (!f.passwordPolicyKnown)
        password = tr("The password policy could not be read: its validity period is unknown.", "@info next step");
    else if (f.passwordValidityDays <= 0)
        password = tr("The password policy sets no validity period: the admin password does not expire.",
                      "@info next step");
    else
        password = tr("The password policy gives the admin password %n day(s) from its last change. The API does "
                      "not publish when it was last changed: the date is unknown.", "@info next step",
                      f.passwordValidityDays);
    steps << NextStep{u"admin-password"_s, tr("Change the admin password in time", "@title next step"), password, {}};
    steps << NextStep{u"kms-credential"_s, tr("Renew the KMS access credential", "@title next step"),
                      f.kmsCredentialExpiry.isValid()
                              //: %1 date
                              ? tr("It expires on %1 (OKMS). Before then, create a new one in stage 5 and give "
                                   "vCenter its certificate, or encrypted VMs cannot get their keys.",
                                   "@info next step").arg(dateText(f.kmsCredentialExpiry))
                              : tr("Its expiry date is unknown (OKMS gave none).", "@info next step"),
                      f.kmsCredentialExpiry};
    QString api;
    if (!f.apiAuthorizationKnown)
        api = tr("Its expiry date is unknown (the credential was not read).", "@info next step");
    else if (!f.apiAuthorizationExpiry.isValid())
        api = tr("OVHcloud gives it no expiry date.", "@info next step");
    else
        //: %1 date
        api = tr("It expires on %1. After that, authorize the wizard again on the connection page.",
                 "@info next step").arg(dateText(f.apiAuthorizationExpiry));
    steps << NextStep{u"api-authorization"_s, tr("The wizard's API authorization ends", "@title next step"), api,
                      f.apiAuthorizationKnown ? f.apiAuthorizationExpiry : QDateTime()};
    return steps;
}

CompletionSummary CompletionSummary::from(const WizardController *c)
{
    CompletionSummary s;
    if (!c)
        return s;
    const ConnectionModel *connection = c->connection();
    s.serviceName = c->context() ? c->context()->serviceName() : QString();
    s.practice = connection && connection->endpointId() == ConnectionModel::sandboxEndpointId();
    for (const StageModel *m : c->stages())
        s.stages << StageLine{m->number(), m->title(), m->status(), m->statusText()};
    if (const ActivationModel *activation = c->activation())
        s.activatedAt = activationDate(activation->tasks());
    Facts f;
    f.apiAuthorizationKnown = connection && connection->state() == ConnectionModel::State::Connected;
    f.apiAuthorizationExpiry = connection ? connection->credentialExpiry() : QDateTime();
    if (const AdminSecurityModel *security = c->adminSecurity()) {
        f.passwordPolicyKnown = security->hasPasswordPolicy();
        f.passwordValidityDays = security->passwordPolicy().validityPeriodDays;
    }
    if (const VmEncryptionModel *kms = c->vmEncryption()) {
        f.kmsCredentialExpiry = kms->credentialExpiry();
        f.kmsWaitingForVcenter = kms->kmipRegistration() && kms->kmipRegistration()->isTaskRunning();
    }
    if (c->context())
        f.vsphereHost = c->context()->serviceHosts().webInterfaceUrl.host();
    s.nextSteps = nextStepsFrom(f);
    return s;
}

} // namespace snc
