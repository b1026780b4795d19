// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace snc {

class StageModel;

/**
 * @brief The one status line of a page, under its title (issue 18 item 3): whose turn it is and
 * what comes next, in one translated sentence, derived from the stage's model only.
 *
 * - YourTurn: "Your turn: <what to do>" (the model's nextStepText(): its manual step, its status);
 * - Waiting: "Waiting for OVHcloud: <what>, task #N, since 07:12" while the model follows an OVH
 *   task (TaskProgress), or works without one (ovhcloudWork()), reads its state or waits for
 *   the answer to a call (isBusy());
 * - Done: "Done: <status>", only when the model is Done, i.e. the customer's manual steps too.
 *
 * A value; computing it has no side effect. Never a secret (it is read out and pasted into the
 * support summary).
 */
struct PageStatus
{
    Q_DECLARE_TR_FUNCTIONS(PageStatus)
public:
    enum class Kind { YourTurn, Waiting, Done };

    Kind kind = Kind::YourTurn;
    /// The whole translated line, prefix included.
    QString text;

    /// The status line of `model`'s page (YourTurn with an empty text for nullptr).
    static PageStatus of(const StageModel *model);
    static PageStatus yourTurn(const QString &what);
    /// `taskId` 0 and an invalid `since` leave those parts out.
    static PageStatus waiting(const QString &what, qint64 taskId, const QDateTime &since);
    static PageStatus done(const QString &detail);
};

} // namespace snc
