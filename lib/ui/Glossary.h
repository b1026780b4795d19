// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace snc {

/**
 * @brief Plain one-line definitions of the words of the trade the pages cannot avoid (PCC, vRack,
 * portgroup, IKE, KMIP), shown as tooltips where they appear (issue 18, item 5).
 */
class Glossary
{
    Q_DECLARE_TR_FUNCTIONS(snc::Glossary)
public:
    /// The terms, as they are written in the texts.
    static QStringList terms();
    /// The one-line definition of `term` (one of terms()), in the interface's language.
    static QString definition(const QString &term);
    /// The definitions of every term `text` mentions (whole words), one per line; empty if none.
    static QString tooltipFor(const QString &text);
    /**
     * Sets that tooltip on every label and group box under `root` whose text mentions a term and
     * that has no tooltip of its own; replaces the ones it set before (after a language change or
     * a new text). Call after texts change (MainWindow: page shown, language changed; StagePage:
     * after its model's changes, once its sync() has run). A widget whose text (and language) is
     * the same as at the last call is skipped, so calling it often is cheap.
     */
    static void annotate(QWidget *root);
};

} // namespace snc
