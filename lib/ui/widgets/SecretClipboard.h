// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

class QClipboard;
class QMimeData;
class QTimer;

namespace snc {

/**
 * @brief Copies a secret (TOTP seed, password) to the clipboard the way password managers do,
 * and clears it after a while.
 *
 * The MIME data carries the plain text plus the hints clipboard managers honour:
 * `x-kde-passwordManagerHint` = `secret` (Klipper and others skip it), the macOS concealed type
 * and Windows' `ExcludeClipboardContentFromMonitorProcessing`. After clearAfterMs() (30 s by
 * default) the clipboard is emptied, but only if it still holds what we put there: a user who
 * copied something else meanwhile keeps it. Only a hash of the secret is kept, never the text.
 * Does not own the QClipboard (the application's).
 */
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    /// Builds the MIME data for a secret (exposed for tests). The caller owns the result.
    static QMimeData *secretMimeData(const QString &text);

    /// Puts `text` on the clipboard and arms the clearing timer (restarted on each copy).
    void copy(const QString &text);
    /// Clears now if the clipboard still holds our secret.
    void clearIfUnchanged();

    void setClearAfterMs(int ms);
    int clearAfterMs() const;
    bool isArmed() const;

signals:
    void copied();
    /// The secret was removed from the clipboard (not emitted when the user replaced it).
    void cleared();

private:
    QByteArray currentHash() const;

    QTimer *m_timer;
    QByteArray m_hash;
};

} // namespace snc
