// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/WizardSettings.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

// A settings key, not a secret-store key (so not in secrets/SecretKeys.h). Service names and keys
// are escaped ('%' → "%25", '/' → "%2F") so a '/' in them cannot create a settings sub-group;
// the escape and the '|' between them are a stored format: saved tasks are found by them.
QString escaped(QString part)
{
    part.replace(u'%', u"%25"_s); // first, so the escape of '/' is not escaped again
    part.replace(u'/', u"%2F"_s);
    return part;
}

QString taskKey(const QString &serviceName, const QString &key)
{
    return u"pendingTasks/"_s + escaped(serviceName) + u'|' + escaped(key);
}

/// Writes only a value that changes: every write makes QSettings save the file on the next
/// event-loop turn, in the GUI thread, with a lock file and two disk syncs (QSaveFile).
void put(QSettings *settings, const QString &key, const QVariant &value)
{
    if (!settings->contains(key) || settings->value(key).toString() != value.toString())
        settings->setValue(key, value);
}

} // namespace

WizardSettings::WizardSettings(QSettings *settings) : m_settings(settings)
{
    migrateShownOnce();
}

QString WizardSettings::endpointId() const
{
    return m_settings ? m_settings->value(u"connection/endpoint"_s).toString() : QString();
}

void WizardSettings::setEndpointId(const QString &id)
{
    if (m_settings)
        put(m_settings, u"connection/endpoint"_s, id);
}

QString WizardSettings::applicationKey() const
{
    return m_settings ? m_settings->value(u"connection/applicationKey"_s).toString() : QString();
}

void WizardSettings::setApplicationKey(const QString &applicationKey)
{
    if (m_settings)
        put(m_settings, u"connection/applicationKey"_s, applicationKey);
}

QString WizardSettings::serviceName() const
{
    return m_settings ? m_settings->value(u"connection/service"_s).toString() : QString();
}

void WizardSettings::setServiceName(const QString &serviceName)
{
    if (m_settings)
        put(m_settings, u"connection/service"_s, serviceName);
}

int WizardSettings::currentStage() const
{
    return m_settings ? m_settings->value(u"wizard/currentStage"_s, 0).toInt() : 0;
}

void WizardSettings::setCurrentStage(int stage)
{
    if (m_settings)
        put(m_settings, u"wizard/currentStage"_s, stage);
}

qint64 WizardSettings::pendingTask(const QString &serviceName, const QString &key) const
{
    if (!m_settings || serviceName.isEmpty())
        return 0;
    return m_settings->value(taskKey(serviceName, key), 0).toLongLong();
}

void WizardSettings::setPendingTask(const QString &serviceName, const QString &key, qint64 taskId)
{
    if (!m_settings || serviceName.isEmpty())
        return;
    if (taskId <= 0)
        clearPendingTask(serviceName, key);
    else
        put(m_settings, taskKey(serviceName, key), taskId);
}

void WizardSettings::clearPendingTask(const QString &serviceName, const QString &key)
{
    if (m_settings && !serviceName.isEmpty() && m_settings->contains(taskKey(serviceName, key)))
        m_settings->remove(taskKey(serviceName, key));
}

QMap<QString, qint64> WizardSettings::pendingTasks(const QString &serviceName) const
{
    QMap<QString, qint64> result;
    if (!m_settings || serviceName.isEmpty())
        return result;
    // Keys are "<escaped service>|<escaped key>" (see taskKey()); the key part is what callers
    // passed to setPendingTask().
    const QString prefix = taskKey(serviceName, QString()).section(u'/', 1);
    m_settings->beginGroup(u"pendingTasks"_s);
    const QStringList keys = m_settings->childKeys();
    for (const QString &k : keys) {
        if (k.startsWith(prefix))
            result.insert(k.mid(prefix.size()), m_settings->value(k).toLongLong());
    }
    m_settings->endGroup();
    return result;
}

QStringList WizardSettings::onboardingTasks(const QString &scopeKey) const
{
    if (!m_settings || scopeKey.isEmpty())
        return {};
    return m_settings->value(u"onboardingTasks/"_s + escaped(scopeKey)).toStringList();
}

void WizardSettings::setOnboardingTasks(const QString &scopeKey, const QStringList &taskPaths)
{
    if (!m_settings || scopeKey.isEmpty())
        return;
    const QString key = u"onboardingTasks/"_s + escaped(scopeKey);
    if (m_settings->value(key).toStringList() != taskPaths)
        m_settings->setValue(key, taskPaths);
}

namespace {

QString confirmationKey(const QString &scopeKey, const QString &subject)
{
    return u"confirmations/"_s + escaped(scopeKey) + u'|' + escaped(subject);
}

QString confirmationValue(WizardSettings::Confirmation state)
{
    return state == WizardSettings::Confirmation::Confirmed ? u"confirmed"_s : u"pending"_s;
}

} // namespace

WizardSettings::Confirmation WizardSettings::confirmation(const QString &scopeKey, const QString &subject) const
{
    if (!m_settings || scopeKey.isEmpty())
        return Confirmation::None;
    const QString value = m_settings->value(confirmationKey(scopeKey, subject)).toString();
    if (value == u"confirmed"_s)
        return Confirmation::Confirmed;
    if (value == u"pending"_s)
        return Confirmation::Pending;
    return Confirmation::None;
}

void WizardSettings::setConfirmation(const QString &scopeKey, const QString &subject, Confirmation state)
{
    if (!m_settings || scopeKey.isEmpty())
        return;
    const QString key = confirmationKey(scopeKey, subject);
    if (state == Confirmation::None)
        m_settings->remove(key);
    else
        put(m_settings, key, confirmationValue(state));
}

void WizardSettings::migrateShownOnce()
{
    // Its keys are already "<escaped scope>|<escaped name>", and its "stored" is a confirmation.
    if (!m_settings || !m_settings->childGroups().contains(u"shownOnce"_s))
        return;
    m_settings->beginGroup(u"shownOnce"_s);
    const QStringList keys = m_settings->childKeys();
    QList<std::pair<QString, QString>> moved;
    for (const QString &k : keys) {
        const QString value = m_settings->value(k).toString();
        if (value == u"stored"_s || value == u"pending"_s)
            moved.append({k, value == u"stored"_s ? u"confirmed"_s : u"pending"_s});
    }
    m_settings->endGroup();
    for (const auto &[k, value] : std::as_const(moved)) {
        if (!m_settings->contains(u"confirmations/"_s + k)) // a newer answer wins
            m_settings->setValue(u"confirmations/"_s + k, value);
    }
    m_settings->remove(u"shownOnce"_s);
}

void WizardSettings::migrateManualSteps(const QString &scopeKey)
{
    // The old key named the service only; the scope key is "<endpoint scope>|<service>" and an
    // endpoint scope holds no '|'. Moved into the first onboarding of that service that is chosen
    // (the one the customer confirmed it for, in practice) and removed, so it is moved only once.
    const QString service = scopeKey.section(u'|', 1);
    if (!m_settings || service.isEmpty() || !m_settings->childGroups().contains(u"manualSteps"_s))
        return;
    const QString prefix = escaped(service) + u'|';
    m_settings->beginGroup(u"manualSteps"_s);
    const QStringList keys = m_settings->childKeys();
    QList<std::pair<QString, bool>> found;
    for (const QString &k : keys) {
        if (k.startsWith(prefix))
            found.append({k, m_settings->value(k).toBool()});
    }
    m_settings->endGroup();
    for (const auto &[k, confirmed] : std::as_const(found)) {
        m_settings->remove(u"manualSteps/"_s + k);
        // The rest of the old key is the escaped step; an answer already in the new store wins.
        const QString key = u"confirmations/"_s + escaped(scopeKey) + u'|' + k.mid(prefix.size());
        if (confirmed && !m_settings->contains(key))
            m_settings->setValue(key, confirmationValue(Confirmation::Confirmed));
    }
}

bool WizardSettings::screenSharing() const
{
    return m_settings && m_settings->value(u"ui/screenSharing"_s).toBool();
}

void WizardSettings::setScreenSharing(bool on)
{
    if (m_settings)
        m_settings->setValue(u"ui/screenSharing"_s, on);
}

bool WizardSettings::practicePanelShown() const
{
    return !m_settings || m_settings->value(u"ui/practicePanelShown"_s, true).toBool();
}

void WizardSettings::setPracticePanelShown(bool shown)
{
    if (m_settings)
        m_settings->setValue(u"ui/practicePanelShown"_s, shown);
}

bool WizardSettings::technicalDetails() const
{
    return m_settings && m_settings->value(u"ui/technicalDetails"_s).toBool();
}

void WizardSettings::setTechnicalDetails(bool on)
{
    if (m_settings)
        m_settings->setValue(u"ui/technicalDetails"_s, on);
}

void WizardSettings::sync()
{
    if (m_settings)
        m_settings->sync();
}

} // namespace snc
