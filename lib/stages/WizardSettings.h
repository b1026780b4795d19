// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QPointer>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace snc {

/**
 * @brief Local, NON-SECRET progress remembered between runs (QSettings): endpoint id,
 * application key (an identifier, not a secret), chosen service, current stage, pending task
 * ids per service, and the paths of the tasks each onboarding followed (for its report). Never a secret, code, password or consumer key (nothing here is redacted
 * because nothing here may be secret).
 *
 * Does not own the QSettings (tests pass one on a temporary INI file; the app passes the default
 * `QSettings()`).
 */
class WizardSettings
{
public:
    explicit WizardSettings(QSettings *settings);

    QString endpointId() const;
    void setEndpointId(const QString &id);
    QString applicationKey() const;
    void setApplicationKey(const QString &applicationKey);
    QString serviceName() const;
    void setServiceName(const QString &serviceName);
    /// 0 = connection page, 1..6 = stages.
    int currentStage() const;
    void setCurrentStage(int stage);

    /// A task the wizard started and still follows, e.g. ("pcc-1", "tokenValidation") → 42.
    /// 0 when none.
    qint64 pendingTask(const QString &serviceName, const QString &key) const;
    void setPendingTask(const QString &serviceName, const QString &key, qint64 taskId);
    void clearPendingTask(const QString &serviceName, const QString &key);
    /// Every pending task remembered for `serviceName` (key → task id), for the support summary.
    QMap<QString, qint64> pendingTasks(const QString &serviceName) const;

    /// The task paths an onboarding followed (OnboardingTasks), by "<endpoint scope>|<service>".
    QStringList onboardingTasks(const QString &scopeKey) const;
    void setOnboardingTasks(const QString &scopeKey, const QStringList &taskPaths);

    /**
     * @brief What the customer confirmed that the wizard cannot check (ConfirmationRecord): a
     * secret shown once and stored (issue 18 item 8, subject "ipsecPsk"), a manual step done
     * (issue 18 item 3, subject "gateway.hostsFileLine"), for the onboarding `scopeKey`
     * ("<endpoint scope>|<service>"). Only the answer is kept, never the secret. None: never
     * asked (or asked before this was remembered); Pending: asked, not confirmed yet.
     *
     * One store, `confirmations/<scope>|<subject>`. It replaces two older ones, moved once:
     * `shownOnce/<scope>|<name>` when the settings are opened, and `manualSteps/<service>|<step>`
     * (no endpoint in its key) by migrateManualSteps() when that service is chosen, so that
     * nobody is asked again. confirmation() only reads.
     */
    enum class Confirmation { None, Pending, Confirmed };
    Confirmation confirmation(const QString &scopeKey, const QString &subject) const;
    /// Moves the old `manualSteps/<service>|<step>` confirmations of the service of `scopeKey`
    /// ("<endpoint scope>|<service>") into `confirmations/` for that onboarding, and removes them
    /// (an answer already there wins). Run by WizardController when a service is chosen;
    /// idempotent, nothing to do once moved.
    void migrateManualSteps(const QString &scopeKey);
    void setConfirmation(const QString &scopeKey, const QString &subject, Confirmation state);
    /// Screen-sharing mode (secrets masked until clicked), a preference of this computer.
    bool screenSharing() const;
    void setScreenSharing(bool on);
    /// The practice phone and mailbox shown beside the pages (issue 18 item 10); shown unless the
    /// person hid it. A preference of this computer.
    bool practicePanelShown() const;
    void setPracticePanelShown(bool shown);
    /// The View menu's "Technical details": disclosures start open (support agents; issue 18 item 5).
    bool technicalDetails() const;
    void setTechnicalDetails(bool on);

    void sync();
    QSettings *settings() const { return m_settings; }

private:
    /// The one-time move of the `shownOnce/` group into `confirmations/`.
    void migrateShownOnce();

    QPointer<QSettings> m_settings;
};

} // namespace snc
