// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/StageModel.h"
#include "stages/activation/ActivationModel.h"
#include "stages/CompletionSummary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace snc {

class WizardController;

/**
 * @brief The SecNumCloud compliance report: every stage's state as verified from the API (status,
 * facts from StageModel::reportFacts()), with the allowed networks, private gateways, tasks (ids
 * and dates) and pending options read by the ActivationModel. Holds NO secret: only what the
 * models publish as report facts and public API data.
 *
 * fromStages() takes a snapshot; toHtml() renders it (every value HTML-escaped) as ONE table, so
 * there is one label column from top to bottom: a summary first (service, session, activation
 * date, one line per stage, what to do next), then every stage's details under a heading row.
 * A report made on the practice sandbox (`practice`) carries a PRACTICE mark above the title and
 * in the PDF's title, so it cannot pass for a real service's.
 * writeHtml() and writePdf() save it (QTextDocument + QPdfWriter: needs a QGuiApplication, no
 * widgets); writePdfFromHtml() is static and touches no shared object, so the completion screen
 * runs it on a worker thread. Dates are in UTC, numbers through QLocale.
 */
class ComplianceReport
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceReport)
public:
    struct Section
    {
        int number = 0;
        QString title;
        StageModel::Status status = StageModel::Status::Unknown;
        QString statusText;
        QList<StageModel::ReportFact> facts;
    };

    QString serviceName;
    QString endpoint;
    QDateTime generatedAt;
    QList<Section> sections;
    QStringList allowedNetworks;
    QString userAccessPolicy;
    QStringList privateGateways;
    QStringList pendingOptions;
    QList<ReportTask> tasks;
    /// Made on the practice sandbox: the PRACTICE mark is shown.
    bool practice = false;
    /// The activation task's endDate (API); invalid when unknown.
    QDateTime activatedAt;
    QList<NextStep> nextSteps;

    /// `stages` 1..6 in order; `activation` supplies networks, gateways, tasks and options.
    static ComplianceReport fromStages(const QList<StageModel *> &stages, const ActivationModel *activation,
                                       const QString &serviceName, const QString &endpoint,
                                       const QDateTime &now);
    /// fromStages() with the controller's stages, plus practice, activation date and next steps.
    static ComplianceReport fromController(const WizardController *controller, const QDateTime &now);
    /// True when every stage is Done and no option is pending.
    bool isCompliant() const;
    QString toHtml() const;
    bool writeHtml(const QString &path, QString *error = nullptr) const;
    bool writePdf(const QString &path, QString *error = nullptr) const;
    /// The PDF title: "SecNumCloud compliance report", with the PRACTICE mark when practice.
    QString documentTitle() const;
    /// Renders `html` into a PDF at `path`; thread-safe (its own document and writer). `error` is
    /// translated.
    static bool writePdfFromHtml(const QString &html, const QString &title, const QString &path, QString *error);
    /// The mark itself, translated ("PRACTICE").
    static QString practiceMark();
};

} // namespace snc
