// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StagePage.h"

class QLabel;
class QPushButton;

namespace snc {

/**
 * @brief Stages 3–6 until their pages exist: the stage's title, its status and a link to the
 * official OVHcloud guide for doing it by hand.
 */
class PlaceholderPage : public StagePage
{
    Q_OBJECT
public:
    explicit PlaceholderPage(StageModel *model, QWidget *parent = nullptr);

protected:
    void retranslate() override;
    void sync() override;

private:
    QLabel *m_text;
    QLabel *m_status;
    QPushButton *m_guide;
};

} // namespace snc
