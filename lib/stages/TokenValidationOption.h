// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace snc {

class ApiCall;
class StageContext;

/**
 * @brief Whether the service's `tokenValidation` security option is enabled, read from the API
 * (GET …/securityOptions/compatibilityMatrix?showIncompatible=true) for every stage's
 * OperationTokenGate at once: one read per service instead of one per gate.
 *
 * One per StageContext (StageContext::tokenValidation()). An enabled answer is kept for the
 * service (the option, once enabled, stays); a disabled one is not kept, since stage 2 may enable
 * it later in the session: whoever asks again gets a fresh read. Asks made while a read runs join
 * it. Forgets everything when the service or the endpoint changes (the read in flight is aborted,
 * its waiters are not answered). Does not own the context.
 */
class TokenValidationOption : public QObject
{
    Q_OBJECT
public:
    /// What a read found: Enabled, Disabled, or Unknown (the read failed: ask again later).
    enum class Answer { Unknown, Disabled, Enabled };
    Q_ENUM(Answer)

    explicit TokenValidationOption(StageContext *context);
    ~TokenValidationOption() override;

    /// `then(answer)` once, in `scope`: at once (synchronously) when known enabled, else after a
    /// read. Not called if the service changes before the read answers.
    void whenKnown(QObject *scope, std::function<void(Answer)> then);
    /// Stage 2 saw the option delivered: no read needed any more for this service.
    void markEnabled();
    bool isKnownEnabled() const;
    /// A compatibility matrix of this service that someone else read (stage 6's ActivationReader):
    /// the option enabled there is kept as if read here (markEnabled()); disabled changes nothing.
    void noteMatrix(const QJsonArray &matrix);
    /// Whether `matrix` (compatibilityMatrix?showIncompatible=true) lists tokenValidation enabled.
    static bool isEnabledIn(const QJsonArray &matrix);

private:
    void forget();
    void dropRead();
    void read();

    struct Waiter
    {
        QPointer<QObject> scope;
        std::function<void(Answer)> then;
    };
    StageContext *m_context;
    QPointer<ApiCall> m_read;
    QList<Waiter> m_waiters;
    QString m_enabledFor; ///< the service whose option is known enabled
};

} // namespace snc
