// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QApplication;

namespace snc::AppStyle {

/**
 * @brief Installs the application's one style sheet (`:/style/snc.qss`, issue 18 item 10): the
 * primary button, the card and section frames, the practice ribbon, the status band. Every colour
 * in it is a palette role, so the system theme (dark, high contrast) still rules.
 *
 * Idempotent: main() installs it at start, and the windows call it too so that whoever builds them
 * (tests, benches) sees the same style. Keeps a style sheet the application already had (a user's
 * `-stylesheet` option) after ours, so theirs wins.
 */
void install(QApplication *app);

/// The style sheet's text (empty if the resource is missing).
QString styleSheet();

} // namespace snc::AppStyle
