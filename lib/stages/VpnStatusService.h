// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace snc {

/**
 * @brief The state of the wizard's VPN session, for the stages that depend on it (the private
 * gateway's lock-out guard, stage 4) without depending on the VPN stage (issue 14).
 *
 * One per StageContext (StageContext::vpnStatus()). The VPN model (stage 3) registers as the
 * Source when it is made; readStatus() asks it to read the session's `detailed-status` again.
 * Does not own its source; without one, the session is "not up" and readStatus() just answers.
 */
class VpnStatusService : public QObject
{
    Q_OBJECT
public:
    /// What the service needs from the VPN stage.
    class Source
    {
    public:
        virtual ~Source() = default;
        virtual bool isSessionUp() const = 0;
        /// Translated explanation of the session state (why it is not up, what to check).
        virtual QString sessionText() const = 0;
        /// Reads the session state again; `done` once (its `context` alive).
        virtual void readSessionStatus(QObject *context, std::function<void()> done) = 0;
    };

    explicit VpnStatusService(QObject *parent = nullptr);

    void setSource(QObject *owner, Source *source);
    bool hasSource() const { return m_owner && m_source; }

    bool isUp() const { return hasSource() && m_source->isSessionUp(); }
    /// The source's text; without a source, that stage 3 is not available (translated).
    QString text() const;
    /// Reads the state again, then `done` (always asynchronously).
    void readStatus(QObject *context, std::function<void()> done);
    /// The source calls it when the session's state may have changed: changed().
    void notifyChanged() { emit changed(); }

signals:
    /// The session's state may have changed, or the source did (what the lock-out guard rechecks).
    void changed();

private:
    QPointer<QObject> m_owner;
    Source *m_source = nullptr;
};

} // namespace snc
