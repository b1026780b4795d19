// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/WizardSettings.h"

#include <QHash>
#include <QPointer>
#include <QString>

namespace snc {

class StageContext;

/**
 * @brief A stage's memory of one thing the customer confirmed and the wizard cannot check: a
 * secret shown once and stored (issue 18 item 8: "ipsecPsk", "totpSecret"), a manual step done
 * (issue 18 item 3: "gateway.hostsFileLine", "kms.vcenterKeyProvider").
 *
 * Kept in WizardSettings::confirmation() for the onboarding being run (the context's endpoint
 * scope and service), so a restarted wizard still knows; never the secret itself. Owed
 * (Pending) once asked, Confirmed once the customer says so. Without settings, or before a
 * service is chosen, the answers live in memory only, per onboarding. Does not own the context
 * or the settings.
 */
class ConfirmationRecord
{
public:
    using State = WizardSettings::Confirmation;

    /// `subject`: what the confirmation is about, a stable key (part of the settings format).
    ConfirmationRecord(StageContext *context, QString subject);
    void setSettings(WizardSettings *settings) { m_settings = settings; }
    QString subject() const { return m_subject; }

    State state() const;
    bool isPending() const { return state() == State::Pending; }
    bool isConfirmed() const { return state() == State::Confirmed; }
    /// A new secret was shown: its confirmation is owed again.
    void markShown() { set(State::Pending); }
    /// The customer's answer ("I have stored it", "I did it"); unticking makes it owed again.
    void confirm(bool confirmed) { set(confirmed ? State::Confirmed : State::Pending); }

private:
    void set(State state);
    /// "<endpoint scope>|<service>", as OnboardingTasks: one onboarding. Empty without a service.
    QString scopeKey() const;

    QPointer<StageContext> m_context;
    QString m_subject;
    WizardSettings *m_settings = nullptr;
    QHash<QString, State> m_memory; ///< by scopeKey(), without settings or service
};

} // namespace snc
