// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace snc {

/**
 * @brief The six steps of the guide "Getting started with your SecNumCloud vSphere": translated
 * titles (as in the guide) and the official OVHcloud guide of each step. Pure. Served from the
 * rows of StageTable, where a stage is registered once.
 */
class StageCatalog
{
    Q_DECLARE_TR_FUNCTIONS(StageCatalog)
public:
    static constexpr int count = 6;
    /// Translated title of stage 1..6; empty for other numbers.
    static QString title(int number);
    /// Official guide of stage 1..6 (help.ovhcloud.com); the getting-started guide otherwise.
    static QUrl guideUrl(int number);
    /// The getting-started guide itself.
    static QUrl gettingStartedUrl();
};

} // namespace snc
