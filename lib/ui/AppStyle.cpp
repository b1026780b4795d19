// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppStyle.h"

#include <QApplication>
#include <QFile>

// :/style/snc.qss is embedded by qt_add_resources(snc_ui snc_style …), initialised like :/i18n.

namespace snc::AppStyle {

namespace {
const char kInstalled[] = "sncStyleInstalled";
}

QString styleSheet()
{
    QFile file(QStringLiteral(":/style/snc.qss"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void install(QApplication *app)
{
    if (!app || app->property(kInstalled).toBool())
        return;
    app->setProperty(kInstalled, true);
    const QString own = styleSheet();
    const QString user = app->styleSheet();
    // Parsing a style sheet re-polishes every widget: set it once, with the user's rules last.
    app->setStyleSheet(user.isEmpty() ? own : own + QLatin1Char('\n') + user);
}

} // namespace snc::AppStyle
