// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppStyle.h"

#include <QApplication>
#include <QEvent>
#include <QFile>

// :/style/snc.qss is embedded by qt_add_resources(snc_ui snc_style …), initialised like :/i18n.

namespace snc::AppStyle {

namespace {
const char kInstalled[] = "sncStyleInstalled";

/// Qt freezes the palette of widgets polished under a style sheet: a later palette change (the
/// system switching to a dark or high-contrast theme, QApplication::setPalette) would reach the
/// windows but not their labels. Setting the same sheet again re-polishes them with the new one.
class PaletteFollower : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && !m_reapplying) {
            m_reapplying = true;
            qApp->setStyleSheet(qApp->styleSheet());
            m_reapplying = false;
        }
        return false;
    }

private:
    bool m_reapplying = false;
};
} // namespace

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
    app->installEventFilter(new PaletteFollower(app));
}

} // namespace snc::AppStyle
