// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPixmap>
#include <QString>

class QPalette;

namespace snc {

class StageModel;

/**
 * @brief A status shown the one way of the visual system (issue 18, item 10): a small painted
 * icon, a word and a colour, never the colour alone (the icon's shape and the word say it too).
 *
 * The colours are chosen against the palette in use, like ErrorLabel's red: a dark shade on a light
 * window, a light one on a dark window, and the window's own text colour if neither reaches a 3:1
 * contrast (high-contrast themes). The icons are painted, no image file.
 */
struct StatusTone
{
    Q_DECLARE_TR_FUNCTIONS(StatusTone)
public:
    enum class Kind { Done, YourTurn, Waiting, NotStarted, NotRead, Failed };

    /// The tone of a stage as its rail entry and its status line show it: a running OVH task
    /// that does not wait for the customer is "Waiting", a stage started and not done "Your turn".
    static Kind of(const StageModel *model);
    /// "Done", "Your turn", "Waiting", "Not started", "Not read yet", "Failed" (translated).
    static QString word(Kind kind);
    /// The tone's colour readable on `palette`'s window (see above).
    static QColor colour(Kind kind, const QPalette &palette);
    /// The one table of the tones' shades: the dark shade for a light window, the light one for a
    /// dark window (`darkWindow`), before colour()'s contrast fallback. ErrorLabel's red is Failed's.
    static QColor shade(Kind kind, bool darkWindow);
    /// Whether `palette`'s window is dark (lightness under one half), so the light shades apply.
    static bool isDark(const QPalette &palette);
    /// A `size`-pixel icon (logical pixels, drawn at `devicePixelRatio`): a filled disc with a
    /// check (done), an arrow (your turn) or a cross (failed); a ring with clock hands (waiting);
    /// an empty ring (not started); a dotted ring (not read yet).
    static QPixmap icon(Kind kind, const QPalette &palette, int size, qreal devicePixelRatio = 1.0);
    /// WCAG contrast ratio of two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace snc
