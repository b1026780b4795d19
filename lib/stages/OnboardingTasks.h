// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace snc {

class StageContext;
class TaskPoller;
class WizardSettings;

/**
 * @brief The OVH tasks this onboarding followed, per endpoint and service: what the compliance
 * report reads, instead of the service's whole task history (a real PCC has hundreds of tasks;
 * reading them one by one took close to a minute under OVHcloud's rate limit, issue 16).
 *
 * Every task a stage follows is recorded when its poller starts (recordRunsOf()): the tasks the
 * wizard started, and those it found again in the live API after a restart. Kept with the
 * session's other non-secret progress (WizardSettings) when settings are given, so a restarted
 * wizard reports the tasks of the run before; in memory otherwise. A task path is no secret.
 *
 * Owned by StageContext (child); does not own the settings.
 */
class OnboardingTasks : public QObject
{
    Q_OBJECT
public:
    explicit OnboardingTasks(StageContext *context);

    /// Where the record is kept from now on (nullptr: memory only).
    void setSettings(WizardSettings *settings) { m_settings = settings; }
    /// A recorded task and the stage that followed it (0: not known).
    struct Entry
    {
        QString path;
        int stage = 0;
    };

    /// Records `taskPath` ("/dedicatedCloud/<sn>/…/task/<id>") for the current endpoint and
    /// service, with the stage that followed it; a path already recorded is not added twice.
    void record(const QString &taskPath, int stage = 0);
    /// The task paths recorded for the current endpoint and service, oldest first.
    QStringList paths() const;
    /// The same, each with its stage: the report groups tasks by who followed them, never by a
    /// guess of their name (OVHcloud does not publish its task names, issue 16).
    QList<Entry> entries() const;
    /// From now on, every run of `poller` is recorded when it starts, as a task of `stage`.
    void recordRunsOf(TaskPoller *poller, int stage = 0);

    /// At most this many paths are kept per service (the oldest go first).
    static constexpr int maxKept = 500;

private:
    /// "<endpoint scope>|<service>", empty when no service is chosen.
    QString scopeKey() const;

    QPointer<StageContext> m_context;
    WizardSettings *m_settings = nullptr;
    QHash<QString, QStringList> m_memory; ///< without settings
};

} // namespace snc
