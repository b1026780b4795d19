// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/StageModel.h"

namespace snc {

/**
 * @brief Stages 3–6 until their real models exist: number, translated title and guide link,
 * status always Unknown ("Not available yet"), refresh() does nothing but emit refreshed(true).
 * Title and link come from StageCatalog.
 */
class PlaceholderStageModel : public StageModel
{
    Q_OBJECT
public:
    /// `number` in 3..6.
    PlaceholderStageModel(int number, StageContext *context, QObject *parent = nullptr);

    int number() const override { return m_number; }
    QString title() const override;
    QUrl guideUrl() const override;
    QString statusText() const override;
    void refresh() override;

private:
    int m_number;
};

} // namespace snc
