// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/StatusTone.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QFrame;
class QLabel;

namespace snc {

class StageModel;

/**
 * @brief The status line under the page title (issue 18 item 3): "Your turn: …", "Waiting for
 * OVHcloud: …, task #N, since …" or "Done: …" (PageStatus::of() the current stage), and, on a
 * stage with a manual step, its explicit confirmation ("I have stored the pre-shared key…").
 *
 * The line is one band of the visual system (issue 18 item 10): a painted icon in the status's
 * colour (StatusTone), then the sentence, which starts with the status in words ("Your turn",
 * "Waiting for OVHcloud", "Done"): never the colour alone.
 *
 * Renders the model and forwards the tick to StageModel::setManualStepConfirmed(). Does not own
 * the model.
 */
class PageStatusLine : public QWidget
{
    Q_OBJECT
public:
    struct Names
    {
        static constexpr char pageStatusLabel[] = "pageStatusLabel";
        static constexpr char manualStepCheck[] = "manualStepCheck";
        static constexpr char pageStatusIcon[] = "pageStatusIcon";
    };

    explicit PageStatusLine(QWidget *parent = nullptr);

    /// The stage (or connection) shown; nullptr for none.
    void setModel(StageModel *model);
    QString text() const;
    QCheckBox *manualStepCheck() const { return m_check; }
    /// The tone the icon shows (Your turn, Waiting, Done: the sentence's first words).
    StatusTone::Kind tone() const { return m_tone; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void sync();
    void settleLayout();

    QPointer<StageModel> m_model;
    void paintIcon();

    StatusTone::Kind m_tone = StatusTone::Kind::YourTurn;
    QWidget *m_band;
    QLabel *m_icon;
    QLabel *m_label;
    QCheckBox *m_check;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace snc
