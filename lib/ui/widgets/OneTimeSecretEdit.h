// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"

#include <QLineEdit>

namespace snc {

/**
 * @brief A read-only field that shows a secret once (the IPsec PSK NSX has just been given):
 * masked until setEchoMode(Normal), never selectable (a selection would reach the X11 primary
 * selection or Ctrl+C without the password-manager hint: copies go through SecretClipboard).
 *
 * The secret is kept as SecretBytes; its text is built once when the field is shown (or given
 * the secret while shown), never on a refresh, and wiped in place when the field is hidden (its
 * page left, or its box hidden), given another secret or destroyed: the edit's own buffer is
 * cleansed, not just dropped. Out of reach: the copy Qt's text layout keeps while it is revealed,
 * and what accessibility or input methods may have read.
 */
class OneTimeSecretEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit OneTimeSecretEdit(QWidget *parent = nullptr);
    ~OneTimeSecretEdit() override;

    /// The secret to show (empty: none); the previous one's text is wiped.
    void setSecret(SecretBytes secret);
    const SecretBytes &secret() const { return m_secret; }
    /// Shows the secret in groups of `size` characters separated by spaces (0: as is), in a
    /// monospace font sized so that the whole value fits (issue 18 item 8). The copy and the
    /// secret() stay ungrouped. Takes effect at the next fill.
    void setGroupSize(int size);
    int groupSize() const { return m_groupSize; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fill();
    void wipeText();

    SecretBytes m_secret;
    int m_groupSize = 0;
};

} // namespace snc
