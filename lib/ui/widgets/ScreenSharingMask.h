// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace snc {

/**
 * @brief Screen-sharing mode (issue 18 item 6): while on, every protected widget (the TOTP QR
 * code and secret, the pre-shared key, password fields) is covered by an opaque cover saying
 * "hidden while you share your screen"; a click on it, or Space/Enter once it has the focus,
 * uncovers that one widget until the mode is switched off and on again.
 *
 * A separate mechanism the widgets opt into (protect(), or protectSecretsIn() for a whole page,
 * which finds them by type and by the `sncSecret` dynamic property), so the secret widgets need
 * no change. The cover is a child of the widget it hides (named "screenSharingCover"), focusable,
 * with an accessible name; nothing is covered while the mode is off.
 *
 * Owned by its parent (the window); does not own the widgets it protects.
 */
class ScreenSharingMask : public QObject
{
    Q_OBJECT
public:
    static constexpr char coverName[] = "screenSharingCover";
    /// Set to true on any widget that shows a secret and is not found by type.
    static constexpr char secretProperty[] = "sncSecret";

    using QObject::QObject;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    /// Covers `widget` whenever the mode is on (now, if it is).
    void protect(QWidget *widget);
    /// protect() for every secret widget under `root`: QR code views, one-time secret fields,
    /// password fields (echo mode not Normal at this time) and widgets with `sncSecret` set.
    void protectSecretsIn(QWidget *root);
    /// True while `widget` is covered.
    static bool isCovered(const QWidget *widget);

signals:
    void enabledChanged(bool enabled);

private:
    void cover(QWidget *widget);

    bool m_enabled = false;
    QList<QPointer<QWidget>> m_protected;
};

} // namespace snc
