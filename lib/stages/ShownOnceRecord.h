// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/WizardSettings.h"

#include <QPointer>
#include <QString>

namespace snc {

class StageContext;

/**
 * @brief A stage's memory of one "shown once" secret (issue 18 item 8): shown and waiting for the
 * user's "I have stored it", or stored. Kept in WizardSettings for the current endpoint scope and
 * service, so a restarted wizard still knows; never the secret itself.
 *
 * A stage is not Done while isPending(). Without settings (unit tests of a model alone) the state
 * lives in memory only. Does not own the context or the settings.
 */
class ShownOnceRecord
{
public:
    using State = WizardSettings::ShownOnce;

    ShownOnceRecord(StageContext *context, QString name);
    void setSettings(WizardSettings *settings) { m_settings = settings; }

    State state() const;
    bool isPending() const { return state() == State::Pending; }
    /// A new secret was shown: its confirmation is owed again.
    void markShown() { set(State::Pending); }
    /// The user's answer to "I have stored it" (unticking makes it owed again).
    void confirm(bool stored) { set(stored ? State::Stored : State::Pending); }

private:
    void set(State state);
    QString scopeKey() const;

    StageContext *m_context;
    QString m_name;
    WizardSettings *m_settings = nullptr;
    State m_memory = State::None; ///< without settings
};

} // namespace snc
