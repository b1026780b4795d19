// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QWidget>

namespace snc {

/// A new child widget with its objectName set: the names the autopilot and the tests find
/// controls by (they repeat across pages; the autopilot looks on the current page first).
template <class W>
W *named(QWidget *parent, const char *name)
{
    auto *w = new W(parent);
    w->setObjectName(QLatin1String(name));
    return w;
}

} // namespace snc
