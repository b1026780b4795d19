// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelectableText.h"

#include <QLabel>
#include <QList>
#include <QPointer>

namespace snc {

namespace {
// GUI thread only, like the labels themselves.
int s_deferrals = 0;
QList<QPointer<QLabel>> &heldBack()
{
    static QList<QPointer<QLabel>> labels;
    return labels;
}

void apply(QLabel *label)
{
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}
} // namespace

void makeTextSelectable(QLabel *label)
{
    if (!label)
        return;
    if (s_deferrals > 0)
        heldBack().append(label);
    else
        apply(label);
}

SelectableTextDeferral::SelectableTextDeferral()
{
    ++s_deferrals;
}

SelectableTextDeferral::~SelectableTextDeferral()
{
    release();
}

void SelectableTextDeferral::release()
{
    if (!m_active)
        return;
    m_active = false;
    if (--s_deferrals > 0)
        return;
    const QList<QPointer<QLabel>> labels = std::exchange(heldBack(), {});
    for (const QPointer<QLabel> &label : labels) {
        if (label)
            apply(label);
    }
}

} // namespace snc
