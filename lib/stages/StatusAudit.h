// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "core/SecretBytes.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace snc {

class WizardController;

/**
 * @brief The support staff's view of a service: connects, picks the service, re-derives every
 * stage's state from the live API (read-only: no action of any stage runs) and reports it.
 *
 * Used by `snc-wizard --status [--json] [--service NAME]`. Output contract (`--json`):
 * `{"service": …, "region": …, "account": …, "stages": [{"number", "title", "state", "statusText",
 *   "error", "queryId"} × 6]}` with state one of unknown, notStarted, inProgress, waitingForUser,
 * done, failed. Text: one line per stage, "N. Title: status text".
 * Never contains a secret.
 */
class StatusAudit : public QObject
{
    Q_OBJECT
public:
    explicit StatusAudit(WizardController *controller, QObject *parent = nullptr);

    /**
     * @brief Starts the audit. With `consumerKey` (the JSON line of an external snc-sandbox), the
     * practice sandbox is used with that key; otherwise what is remembered (settings + keychain).
     * `serviceName` empty: the remembered service, else the only one on the account.
     */
    void run(const QString &serviceName, SecretBytes consumerKey = {});

    bool isOk() const { return m_ok; }
    /// Translated reason when !isOk().
    QString errorMessage() const { return m_error; }
    QJsonObject toJson() const;
    QString toText() const;

    /// The stable machine name of a StageModel::Status ("done", "notStarted", …).
    static QString stateId(int status);

    /// One stage as the audit reports it (shared with SupportSummary).
    struct StageEntry
    {
        int number = 0;
        bool exists = false; ///< false: the controller has no model for this number
        QString title;
        int status = 0; ///< a StageModel::Status
        QString stateId;
        QString statusText;
        std::optional<ApiError> error; ///< the stage's last error, if any
        /// The stage has a manual step only the customer vouches for (StageModel::hasManualStep()).
        bool hasManualStep = false;
        bool manualStepConfirmed = false;
        /// OVHcloud's part is done, the customer's confirmation (kept on their computer) is not:
        /// `status` is then the API's Done, so that the audit says what the API says, with
        /// `"manualStep": "notConfirmed"` beside it (issue 18 item 3).
        bool awaitsManualStep = false;
    };
    /// Stages 1..WizardController::stageCount as they stand now (no call made).
    static QList<StageEntry> stageEntries(const WizardController *controller);

signals:
    void finished(bool ok);

private:
    void onConnected(bool ok);
    void finish(bool ok, const QString &error = {});

    QPointer<WizardController> m_controller;
    QString m_requestedService;
    bool m_ok = false;
    bool m_running = false;
    QString m_error;
};

} // namespace snc
