// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Complete type for stageModel()'s QPointer conversion (a forward declaration compiled only
// while another header happened to bring it in first).
#include "stages/StageModel.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace snc {

class ErrorLabel;

/**
 * @brief Base of the wizard's pages: a heading, an introduction, an ErrorLabel bound to the
 * model's errors, and retranslation on QEvent::LanguageChange (subclasses implement
 * retranslate() and sync()). Pages never call the network and never call exec(); they bind
 * widgets to their model. Does not own the model.
 */
class StagePage : public QWidget
{
    Q_OBJECT
public:
    /// The objectNames of its widgets, by which the autopilot and the tests find them
    /// (they are also what screenshots, accessibility tools and external scripts see).
    struct Names
    {
        static constexpr char pageErrorLabel[] = "pageErrorLabel";
    };

    explicit StagePage(StageModel *model, QWidget *parent = nullptr);

    StageModel *stageModel() const { return m_model; }
    /// The translated heading shown above the page ("Connect to OVHcloud", "1. Authorize …").
    virtual QString heading() const;

protected:
    void changeEvent(QEvent *event) override;
    /// Re-sets every translated text (labels, buttons, tooltips, accessible names).
    virtual void retranslate() = 0;
    /// Re-reads the model into the widgets (called on the model's change signals).
    virtual void sync() = 0;
    /// The error label (placed by the subclass in its layout).
    ErrorLabel *errorLabel() const { return m_error; }
    /// "• a\n• b" (plain text; each item a translated sentence).
    static QString bulletList(const QStringList &items);
    /// A bold section title.
    static QLabel *makeTitle(QWidget *parent, const char *objectName);

private:
    QPointer<StageModel> m_model;
    ErrorLabel *m_error;
};

} // namespace snc
