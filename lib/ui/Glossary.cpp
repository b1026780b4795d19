// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Glossary.h"

#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QWidget>

namespace snc {

namespace {
// Marks a tooltip as the glossary's, so it can be replaced but a page's own is never touched.
constexpr char glossaryTip[] = "sncGlossaryTip";
// The text (and language) a widget's tooltip was last worked out for: the same again is skipped,
// so annotating a page after each of its model's changes costs a string comparison per label.
constexpr char glossaryFor[] = "sncGlossaryFor";

struct Term
{
    QString term;
    QRegularExpression word;
};

/// Compiled once, not per label and per call: annotate() runs at every page change and after
/// every model change of the page shown.
const QList<Term> &compiledTerms()
{
    static const QList<Term> compiled = [] {
        QList<Term> list;
        for (const QString &term : Glossary::terms()) {
            // Whole words only ("IKE" not in "LIKE"), any case for the lower-case terms ("Portgroup").
            list << Term{term, QRegularExpression(QStringLiteral("\\b%1s?\\b").arg(QRegularExpression::escape(term)),
                                                  term.front().isLower() ? QRegularExpression::CaseInsensitiveOption
                                                                         : QRegularExpression::NoPatternOption)};
        }
        return list;
    }();
    return compiled;
}
} // namespace

QStringList Glossary::terms()
{
    return {QStringLiteral("PCC"), QStringLiteral("vRack"), QStringLiteral("portgroup"), QStringLiteral("IKE"),
            QStringLiteral("KMIP")};
}

QString Glossary::definition(const QString &term)
{
    if (term == QLatin1String("PCC"))
        return tr("PCC: your Hosted Private Cloud, the VMware platform OVHcloud runs for you.", "@info glossary");
    if (term == QLatin1String("vRack"))
        return tr("vRack: OVHcloud's private network that links your services without going over the Internet.",
                  "@info glossary");
    if (term == QLatin1String("portgroup"))
        return tr("portgroup: a named network that virtual machines plug into in vSphere.", "@info glossary");
    if (term == QLatin1String("IKE"))
        return tr("IKE: the exchange with which two VPN gateways agree on their keys before the tunnel opens.",
                  "@info glossary");
    if (term == QLatin1String("KMIP"))
        return tr("KMIP: the standard protocol vSphere uses to ask a key server for encryption keys.",
                  "@info glossary");
    return {};
}

QString Glossary::tooltipFor(const QString &text)
{
    QStringList lines;
    for (const Term &term : compiledTerms()) {
        if (term.word.match(text).hasMatch())
            lines << definition(term.term);
    }
    return lines.join(QLatin1Char('\n'));
}

void Glossary::annotate(QWidget *root)
{
    if (!root)
        return;
    // A language change changes the definitions, not always the texts: the language is part of
    // what a tooltip was worked out for.
    const QString language = definition(terms().constFirst());
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w))
            text = label->text();
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            text = box->title();
        else
            continue;
        const QString key = text + QChar(0x1f) + language;
        if (w->property(glossaryFor).toString() == key)
            continue;
        w->setProperty(glossaryFor, key);
        const bool ours = w->property(glossaryTip).toBool();
        if (!ours && !w->toolTip().isEmpty())
            continue; // the page's own tooltip says more than a definition
        const QString tip = tooltipFor(text);
        if (tip == w->toolTip())
            continue;
        w->setToolTip(tip);
        w->setProperty(glossaryTip, !tip.isEmpty());
    }
}

} // namespace snc
