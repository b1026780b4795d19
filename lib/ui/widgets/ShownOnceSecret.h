// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"

#include <QDeadlineTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;

namespace snc {

class OneTimeSecretEdit;
class SecretClipboard;

/**
 * @brief The one "shown once" pattern (issue 18 item 8) for a secret the wizard shows and will
 * not show again: the IPsec PSK, the TOTP secret, a generated password.
 *
 * The whole value in monospace groups (OneTimeSecretEdit: SecretBytes, one text made when shown,
 * wiped when hidden; never selectable), optionally masked until "Show" is ticked; Copy through
 * SecretClipboard (password-manager hint, cleared after 30 s) with the time left said on screen;
 * Save… to a file written owner-only (SecretFile, 0600, non-modal dialog); and a required
 * "I have stored it" check box whose user toggles are storedChanged(). The widget only reports the
 * confirmation: the stage model decides what it gates and remembers it.
 *
 * One class on purpose: whatever hides secrets from a shared screen (issue 18's screen-sharing
 * mask) has a single place to act on, valueEdit(). The objectNames of the children are the
 * caller's (the autopilot and the tests find them), given in Names.
 */
class ShownOnceSecret : public QWidget
{
    Q_OBJECT
public:
    /// objectNames of the children; nullptr leaves one unnamed.
    struct Names
    {
        const char *value = nullptr;
        const char *reveal = nullptr;
        const char *copy = nullptr;
        const char *save = nullptr;
        const char *stored = nullptr;
        const char *status = nullptr;
        const char *title = nullptr;
    };

    explicit ShownOnceSecret(const Names &names, QWidget *parent = nullptr);

    /// The secret to show (empty: none). Does not touch the confirmation.
    void setSecret(SecretBytes secret);
    const SecretBytes &secret() const;

    /// Visible texts, translated by the caller (they differ per secret).
    void setTitle(const QString &title);
    void setValueAccessibleName(const QString &name);
    void setStoredText(const QString &text);
    /// The name the save dialog proposes.
    void setSuggestedFileName(const QString &fileName) { m_fileName = fileName; }
    /// Masked until "Show" is ticked (the PSK); off: shown at once (the TOTP secret, next to its
    /// QR code anyway).
    void setMaskable(bool maskable);
    void setGroupSize(int size);

    bool isStored() const;
    /// Sets the box without emitting storedChanged() (the model's remembered answer).
    void setStored(bool stored);

    /// Writes the secret (and a final newline) to `path`, owner-only. The file dialog's answer;
    /// public for tests. Says the outcome in the status line.
    bool saveTo(const QString &path);

    SecretClipboard *clipboard() const { return m_clipboard; }
    OneTimeSecretEdit *valueEdit() const { return m_value; }
    QString statusText() const;

signals:
    /// The user ticked or unticked "I have stored it".
    void storedChanged(bool stored);
    void saved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateClipboardText();
    void openSaveDialog();

    QLabel *m_title;
    OneTimeSecretEdit *m_value;
    QCheckBox *m_reveal;
    QPushButton *m_copy;
    QPushButton *m_save;
    QLabel *m_status;
    QCheckBox *m_stored;
    SecretClipboard *m_clipboard;
    QTimer *m_tick;
    QDeadlineTimer m_clearAt;
    QString m_fileName;
    QString m_saveResult;
    bool m_wasCleared = false;
    bool m_customStoredText = false;
};

} // namespace snc
