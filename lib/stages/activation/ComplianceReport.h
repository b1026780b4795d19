// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/StageModel.h"
#include "stages/activation/ActivationModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace snc {

/**
 * @brief The SecNumCloud compliance report: every stage's state as verified from the API (status,
 * facts from StageModel::reportFacts()), with the allowed networks, private gateways, tasks (ids
 * and dates) and pending options read by the ActivationModel. Holds NO secret: only what the
 * models publish as report facts and public API data.
 *
 * fromStages() takes a snapshot; toHtml() renders it (every value HTML-escaped); writeHtml() and
 * writePdf() save it (QTextDocument + QPdfWriter: needs a QGuiApplication, no widgets). Dates
 * are in UTC, numbers through QLocale.
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

    /// `stages` 1..6 in order; `activation` supplies networks, gateways, tasks and options.
    static ComplianceReport fromStages(const QList<StageModel *> &stages, const ActivationModel *activation,
                                       const QString &serviceName, const QString &endpoint,
                                       const QDateTime &now);
    /// True when every stage is Done and no option is pending.
    bool isCompliant() const;
    QString toHtml() const;
    bool writeHtml(const QString &path, QString *error = nullptr) const;
    bool writePdf(const QString &path, QString *error = nullptr) const;
};

} // namespace snc
