// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QStyle>
#include <QVariant>

namespace snc {

/// The dynamic property that marks a button's role in the visual system (issue 18, items 2 and
/// 10). The application's style sheet styles `QPushButton[snc-role="primary"]`; tests and the
/// layout audit read it to check there is one primary button per visible sub-step.
inline constexpr char buttonRoleProperty[] = "snc-role";

/// Marks the one action a sub-step is about ("Save contact details", "Verify", "Register").
/// Call again with `false` when it stops being the primary one; the style is re-applied.
inline void markPrimary(QAbstractButton *button, bool primary = true)
{
    button->setProperty(buttonRoleProperty, primary ? QStringLiteral("primary") : QVariant());
    // A dynamic property change does not re-run the style sheet's selectors by itself.
    if (auto *style = button->style()) {
        style->unpolish(button);
        style->polish(button);
    }
}

inline bool isPrimary(const QAbstractButton *button)
{
    return button->property(buttonRoleProperty).toString() == QLatin1String("primary");
}

} // namespace snc
