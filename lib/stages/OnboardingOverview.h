// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace snc {

/**
 * @brief What the "Before you start" page says (issue 18, item 1): the six stages with what to
 * have at hand, what waits on OVHcloud and for how long, the two actions that can lock the
 * customer out and how the wizard guards them, stopping and resuming, and where to get help.
 *
 * Pure and translated. Every duration comes from one table (kWaits in the .cpp), each row with
 * the source of its figure: OVHcloud publishes only the SMS token's 15 minutes; a task with no
 * published duration says "usually minutes; can take longer" instead of an invented figure.
 */
class OnboardingOverview
{
    Q_DECLARE_TR_FUNCTIONS(OnboardingOverview)
public:
    /// How a stage's wait on OVHcloud is known.
    enum class WaitSource {
        Published,   ///< a figure OVHcloud states in its guides (the SMS token: 15 minutes)
        Unpublished, ///< a task whose duration OVHcloud does not publish
        Customer,    ///< the wait ends when the customer has done something outside the wizard
    };

    struct Stage
    {
        int number = 0;
        QString title;           ///< as in the guide (StageCatalog)
        QString summary;         ///< what the stage does, one sentence
        QStringList haveAtHand;  ///< what to have ready before starting it
        QString waitOnOvhcloud;  ///< what waits on OVHcloud, and for how long
        WaitSource source = WaitSource::Unpublished;
        int publishedMinutes = 0; ///< with Published: the figure
    };

    struct Lockout
    {
        int stage = 0;
        QString action;   ///< what can lock the customer out
        QString effect;   ///< what happens
        QString guard;    ///< how the wizard guards it (as the code does, not more)
        QString recovery; ///< how to get back in
    };

    static QString heading();
    static QString introduction();
    static QList<Stage> stages();
    static QList<Lockout> lockouts();
    static QString stopAndResume();
    static QString help();
};

} // namespace snc
