// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusTone.h"

#include "stages/PageStatus.h"
#include "stages/StageModel.h"
#include "stages/TaskProgress.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <cmath>

namespace snc {

StatusTone::Kind StatusTone::of(const StageModel *model)
{
    if (!model)
        return Kind::NotRead;
    switch (model->status()) {
    case StageModel::Status::Done:
        return Kind::Done;
    case StageModel::Status::Failed:
        return Kind::Failed;
    case StageModel::Status::NotStarted:
        return Kind::NotStarted;
    case StageModel::Status::Unknown:
        return model->isBusy() ? Kind::Waiting : Kind::NotRead;
    case StageModel::Status::InProgress:
    case StageModel::Status::WaitingForUser:
        break;
    }
    // Started, not done: whose turn is it? The page's status line already knows.
    return PageStatus::of(model).kind == PageStatus::Kind::Waiting ? Kind::Waiting : Kind::YourTurn;
}

QString StatusTone::word(Kind kind)
{
    switch (kind) {
    case Kind::Done:
        return tr("Done", "@info status word");
    case Kind::YourTurn:
        return tr("Your turn", "@info status word");
    case Kind::Waiting:
        return tr("Waiting", "@info status word");
    case Kind::NotStarted:
        return tr("Not started", "@info status word");
    case Kind::NotRead:
        return tr("Not read yet", "@info status word");
    case Kind::Failed:
        return tr("Failed", "@info status word");
    }
    return {};
}

double StatusTone::contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor StatusTone::colour(Kind kind, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor c = shade(kind, isDark(palette));
    // A theme of its own (high contrast, odd window colour): its text colour is readable by design.
    if (contrast(c, window) < 3.0)
        return palette.color(QPalette::WindowText);
    return c;
}

bool StatusTone::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor StatusTone::shade(Kind kind, bool darkWindow)
{
    switch (kind) {
    case Kind::Done:
        return darkWindow ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    case Kind::YourTurn:
        return darkWindow ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x3b, 0x00);
    case Kind::Waiting:
        return darkWindow ? QColor(0x90, 0xca, 0xf9) : QColor(0x0d, 0x47, 0xa1);
    case Kind::NotStarted:
    case Kind::NotRead:
        return darkWindow ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x5f, 0x63, 0x68);
    case Kind::Failed:
        return darkWindow ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    }
    return {};
}

QPixmap StatusTone::icon(Kind kind, const QPalette &palette, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor tone = colour(kind, palette);
    // The mark inside a filled disc takes the window's colour: it contrasts with the tone by the
    // same 3:1 the tone has with the window.
    const QColor inner = palette.color(QPalette::Window);
    const qreal s = size;
    const qreal pen = qMax<qreal>(1.5, s / 9.0);
    const QRectF disc(pen / 2 + 0.5, pen / 2 + 0.5, s - pen - 1, s - pen - 1);
    const bool filled = kind == Kind::Done || kind == Kind::YourTurn || kind == Kind::Failed;
    if (filled) {
        p.setPen(Qt::NoPen);
        p.setBrush(tone);
        p.drawEllipse(disc);
        p.setPen(QPen(inner, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
    } else {
        QPen ring(tone, pen, kind == Kind::NotRead ? Qt::DotLine : Qt::SolidLine, Qt::RoundCap);
        p.setPen(ring);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(disc);
        p.setPen(QPen(tone, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    switch (kind) {
    case Kind::Done: {
        QPainterPath check;
        check.moveTo(s * 0.28, s * 0.52);
        check.lineTo(s * 0.44, s * 0.68);
        check.lineTo(s * 0.72, s * 0.36);
        p.drawPath(check);
        break;
    }
    case Kind::YourTurn: {
        QPainterPath arrow;
        arrow.moveTo(s * 0.28, s * 0.5);
        arrow.lineTo(s * 0.70, s * 0.5);
        arrow.moveTo(s * 0.52, s * 0.32);
        arrow.lineTo(s * 0.70, s * 0.5);
        arrow.lineTo(s * 0.52, s * 0.68);
        p.drawPath(arrow);
        break;
    }
    case Kind::Failed:
        p.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
        p.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
        break;
    case Kind::Waiting:
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.28));
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.66, s * 0.6));
        break;
    case Kind::NotStarted:
    case Kind::NotRead:
        break;
    }
    return pixmap;
}

} // namespace snc
