// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Complete type for stageModel()'s QPointer conversion (a forward declaration compiled only
// while another header happened to bring it in first).
#include "stages/StageModel.h"

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace snc {

class ErrorLabel;
class SubStepCard;

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
    /// The page's numbered sub-steps (issue 18 item 2), in order; empty on a page without any.
    QList<SubStepCard *> subSteps() const { return m_subSteps; }
    /// The number ("2.4") of the sub-step worked on; empty without sub-steps or once all are done.
    QString currentSubStep() const;

signals:
    /// The current sub-step or a sub-step's state changed (the rail and the footer follow).
    void subStepChanged();

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

    /// A new sub-step card numbered after the stage and its rank ("2.3"), appended to the list;
    /// the caller places it in its layout and fills its body.
    SubStepCard *addSubStep(const char *objectName);
    /// The rank of the first sub-step not done, from the model's state (so a resumed wizard
    /// lands on it); subSteps().size() when every one is done.
    virtual int derivedSubStep() const { return 0; }
    /// Re-derives every card's state; pages call it at the end of sync().
    void updateSubSteps();
    /// Ends a "Change": the reopened card follows the model again (its action succeeded).
    void closeReopenedSubStep();

private:
    /// Glossary tooltips (Glossary::annotate) once the current change has been synced.
    void defineTermsSoon();

    QPointer<StageModel> m_model;
    ErrorLabel *m_error;
    QList<SubStepCard *> m_subSteps;
    int m_reopened = -1; ///< the card "Change" reopened, -1 when the model decides
    int m_lastDerived = -1;
    QString m_lastCurrent;
    QList<int> m_lastTones; ///< each card's shown StatusTone::Kind, as last announced
    bool m_termsPending = false;
};

} // namespace snc
