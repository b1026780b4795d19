// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stages/CompletionSummary.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace snc {

/**
 * @brief "What to do next" as an iCalendar file (RFC 5545): one VEVENT per next step that has a
 * date (undated steps are left out: a calendar entry needs one). Plain text, CRLF line ends,
 * TEXT values escaped (backslash, `;`, `,`, new line) and lines folded at 75 octets. Pure.
 */
class CalendarExport
{
public:
    /// @p stamp is DTSTAMP (UTC); @p serviceName goes into SUMMARY and the UIDs.
    static QByteArray toIcs(const QList<NextStep> &steps, const QString &serviceName, const QDateTime &stamp);
    /// RFC 5545 §3.3.11 TEXT escaping.
    static QString escapeText(const QString &text);
    /// RFC 5545 §3.1: a content line folded at 75 octets (never inside a UTF-8 sequence), CRLF-ended.
    static QByteArray foldLine(const QString &line);
    /// The steps with a date.
    static int eventCount(const QList<NextStep> &steps);
};

} // namespace snc
