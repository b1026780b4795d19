// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reference for the start-up and memory benchmarks: the least a Qt Widgets program does to
// show a window. Same first-paint hook as snc-wizard (SNC_EXIT_AFTER_FIRST_PAINT=1).
#include "core/StartupProbe.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("bare"), &window));
    window.resize(960, 640);
    snc::StartupProbe::install(&window);
    window.show();
    return QApplication::exec();
}
