// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/StageModel.h"
#include "stages/activation/ActivationReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace snc {

class WizardController;

/// One thing the customer must still do, with its date when the API gives one.
struct NextStep
{
    QString id;     ///< stable, for tests and the .ics UIDs: "vcenter-key-provider", "api-authorization", …
    QString title;  ///< translated
    QString detail; ///< translated, says "unknown" when the API gives no date
    QDateTime due;  ///< UTC, from the API only; invalid = no date known
};

/// One of the six lines of the summary.
struct StageLine
{
    int number = 0;
    QString title;
    StageModel::Status status = StageModel::Status::Unknown;
    QString statusText;
};

/**
 * @brief What the completion screen and the report's summary say after stage 6: the service,
 * when SecNumCloud was activated (the activation task's `endDate`), one line per stage, whether
 * the session is practice, and "what to do next" with the dates the API gives:
 * the consumer key's `expiration` (GET /auth/currentCredential), the OKMS credential's `expiredAt`,
 * the password policy's `validityPeriod` (no date: the API does not publish when the password was
 * last changed). A date the API does not give stays invalid and the text says "unknown".
 *
 * Plain value; from() reads the controller's models (no call), nextSteps() is pure.
 */
struct CompletionSummary
{
    Q_DECLARE_TR_FUNCTIONS(CompletionSummary)
public:
    QString serviceName;
    bool practice = false;
    QDateTime activatedAt;
    QList<StageLine> stages;
    QList<NextStep> nextSteps;

    /// What nextSteps() is built from (all optional).
    struct Facts
    {
        QDateTime apiAuthorizationExpiry; ///< invalid: the API gave no expiration
        bool apiAuthorizationKnown = false; ///< the credential was read (connected)
        QDateTime kmsCredentialExpiry;
        bool passwordPolicyKnown = false;
        int passwordValidityDays = 0; ///< 0: no validity period
        bool kmsWaitingForVcenter = false;
        QString vsphereHost; ///< from the API (webInterfaceUrl); empty when unknown
    };

    static CompletionSummary from(const WizardController *controller);
    static QList<NextStep> nextStepsFrom(const Facts &facts);
    /// The activation's end: `endDate` of the newest finished "enableSecurityOption" task.
    static QDateTime activationDate(const QList<ReportTask> &tasks);
    /// "5 Dec 2026" style, in UTC, through QLocale; "unknown" when invalid.
    static QString dateText(const QDateTime &date);
    bool allDone() const;
};

} // namespace snc
