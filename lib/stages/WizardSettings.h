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

    /// Issue 18 item 8: a secret the wizard showed once (`name`, e.g. "ipsecPsk") for the
    /// onboarding `scopeKey` ("<endpoint scope>|<service>"), and whether the user confirmed storing
    /// it. Only this state is kept, never the secret. None: nothing waits (never shown, or shown
    /// before this was remembered).
    enum class ShownOnce { None, Pending, Stored };
    ShownOnce shownOnce(const QString &scopeKey, const QString &name) const;
    void setShownOnce(const QString &scopeKey, const QString &name, ShownOnce state);
    /// A manual step the customer confirmed for a service ("vpn.pskStored" for "pcc-1"): the
    /// stage is done only with it, and it survives a restart. A fact, never a secret.
    bool manualStepConfirmed(const QString &serviceName, const QString &step) const;
    void setManualStepConfirmed(const QString &serviceName, const QString &step, bool confirmed);
    /// Screen-sharing mode (secrets masked until clicked), a preference of this computer.
    bool screenSharing() const;
    void setScreenSharing(bool on);
    /// The View menu's "Technical details": disclosures start open (support agents; issue 18 item 5).
    bool technicalDetails() const;
    void setTechnicalDetails(bool on);

    void sync();
    QSettings *settings() const { return m_settings; }

private:
    QPointer<QSettings> m_settings;
};

} // namespace snc
