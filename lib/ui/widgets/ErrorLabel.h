// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"

#include <QLabel>

#include <optional>

namespace snc {

/**
 * @brief Shows one error the way every page does: the translated userMessage() (what happened
 * and what to do) and, when the server gave one, the query id to quote to support. Hidden when
 * there is no error. Re-translates itself on QEvent::LanguageChange (the ApiError is kept, not
 * its text). Screen readers get an Alert event when an error appears.
 */
class ErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    void showError(const ApiError &error);
    /// A plain translated message (e.g. a local check); re-translation is the caller's job.
    void showMessage(const QString &message);
    void clearError();
    bool hasError() const { return isVisibleTo(parentWidget()) && !text().isEmpty(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void applyErrorColour();

    std::optional<ApiError> m_error;
};

} // namespace snc
