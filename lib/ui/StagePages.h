// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/StageTable.h"

#include <array>

namespace snc {

class StagePage;
class WizardController;

/**
 * @brief The stage contract's registration point in the UI (issue 14): page number → page
 * factory, next to StageTable's number → model factory below the UI (which cannot link Widgets).
 *
 * Page 0 is the connection, 1..6 the stages, 7 the completion screen (WizardController::completionPage). MainWindow builds its pages from here and knows no
 * page by type: adding a stage is a row in StageTable and a row here.
 */
namespace StagePages {

struct Entry
{
    int number;
    /// A new page bound to `controller`'s model of this number; the caller owns it.
    StagePage *(*createPage)(WizardController *controller);
};

/// The connection's page, one per stage and the completion screen.
inline constexpr int count = StageTable::count + 2;
/// Pages 0..count-1, in order; Entry::number is the index.
const std::array<Entry, count> &entries();
/// A new page for `number`, or nullptr when no stage has that number.
StagePage *create(int number, WizardController *controller);

} // namespace StagePages

} // namespace snc
