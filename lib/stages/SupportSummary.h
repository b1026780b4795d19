// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace snc {

class ApiCall;
class WizardController;

/**
 * @brief "Copy support summary": what a support agent needs on a call, as plain text — version,
 * OS, language, region, service, account, clock offset, each stage's state, the pending tasks
 * the wizard follows (id and state read from the API), and each stage's last error with its
 * `X-Ovh-QueryID`.
 *
 * Never a secret: it is built only from non-secret fields (no key, secret, code, password or
 * token is ever read here), and the result still goes through redaction::redact() as a second
 * guard. Tested to contain none of the secrets of a run.
 */
class SupportSummary : public QObject
{
    Q_OBJECT
public:
    explicit SupportSummary(WizardController *controller, QObject *parent = nullptr);

    /// Reads the pending tasks' states from the API, then emits ready() (always, even offline).
    void collect();
    /// The summary as it stands (pending task states "unknown" until collect() ends). Its first
    /// line is "Reference: …" (reference()); then the screen shown, its status line and the last
    /// error on that screen, before the rest (issue 18 item 6: what support asks first).
    QString text() const;
    /// A short code for this summary ("S3-7F2A"): the screen number and 4 hex digits of the
    /// summary's hash, read out on the phone so that support finds the summary pasted.
    QString reference() const;

signals:
    void ready(const QString &text);

private:
    /// text() without the reference line.
    QString body() const;
    struct PendingTask
    {
        QString key;
        qint64 id = 0;
        QString state;
    };
    QPointer<WizardController> m_controller;
    QList<PendingTask> m_tasks;
    int m_waiting = 0;
};

} // namespace snc
