// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace snc::Spacing {

/// The one spacing grid of the window (issue 18, item 10): every margin and gap is a multiple of
/// `unit`, so the title, the status line and the page's cards share one left edge and one rhythm.
/// The application style sheet (resources/style/snc.qss) uses the same numbers in pixels.
inline constexpr int unit = 8;
/// Between two controls of one group (a label and its field, two buttons).
inline constexpr int tight = unit / 2;
/// Between the parts of a page (title, status line, cards) and inside a card.
inline constexpr int normal = unit;
/// Around the page area and between the rail and the page.
inline constexpr int wide = 2 * unit;

} // namespace snc::Spacing
