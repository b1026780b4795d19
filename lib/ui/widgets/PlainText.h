// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace snc {

/**
 * @brief Values from outside (API, NSX, files) are shown as they are, never as HTML.
 *
 * QLabel's default, Qt::AutoText, turns a text into rich text as soon as a tag appears before its
 * first newline: a service name, an account or an NSX reason such as `<b>OK</b><img src=…>` would
 * be rendered (faked emphasis, a local file loaded). The UI composes no HTML, so every label is
 * plain text; a label set to Qt::RichText on purpose (from escaped values) is left as it is.
 */
void showLabelsAsPlainText(QWidget *root);

/**
 * @brief `text` as a tooltip shown literally (escaped and wrapped: Qt renders a tooltip as rich
 * text when it looks like HTML). Empty stays empty (no tooltip).
 */
QString plainToolTip(const QString &text);

} // namespace snc
