// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/activation/CalendarExport.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

QString utc(const QDateTime &d)
{
    return d.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
}

} // namespace

QString CalendarExport::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u';' || c == u',')
            out += u'\\', out += c;
        else if (c == u'\n')
            out += "\\n"_L1;
        else if (c == u'\r')
            continue;
        else
            out += c;
    }
    return out;
}

QByteArray CalendarExport::foldLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int width = 0;
    for (qsizetype i = 0; i < utf8.size();) {
        // The length of the UTF-8 sequence starting here: a fold never splits a character.
        const uchar lead = uchar(utf8.at(i));
        const int len = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
        if (width + len > 75) {
            out += "\r\n ";
            width = 1; // the leading space of a continuation line counts
        }
        out += utf8.mid(i, len);
        width += len;
        i += len;
    }
    out += "\r\n";
    return out;
}

int CalendarExport::eventCount(const QList<NextStep> &steps)
{
    return int(std::count_if(steps.begin(), steps.end(), [](const NextStep &s) { return s.due.isValid(); }));
}

QByteArray CalendarExport::toIcs(const QList<NextStep> &steps, const QString &serviceName, const QDateTime &stamp)
{
    QByteArray ics;
    ics += foldLine(u"BEGIN:VCALENDAR"_s);
    ics += foldLine(u"VERSION:2.0"_s);
    ics += foldLine(u"PRODID:-//SecNumCloud Onboarding Wizard//Next steps//EN"_s);
    ics += foldLine(u"CALSCALE:GREGORIAN"_s);
    for (const NextStep &s : steps) {
        if (!s.due.isValid())
            continue;
        // The UID is stable for one service and step: importing again updates the entry.
        const QString uid = u"%1-%2@snc-wizard"_s.arg(s.id, serviceName.isEmpty() ? u"service"_s : serviceName);
        ics += foldLine(u"BEGIN:VEVENT"_s);
        ics += foldLine(u"UID:"_s + escapeText(uid));
        ics += foldLine(u"DTSTAMP:"_s + utc(stamp));
        ics += foldLine(u"DTSTART:"_s + utc(s.due));
        ics += foldLine(u"DTEND:"_s + utc(s.due.addSecs(30 * 60)));
        ics += foldLine(u"SUMMARY:"_s + escapeText(u"%1 (%2)"_s.arg(s.title, serviceName)));
        ics += foldLine(u"DESCRIPTION:"_s + escapeText(s.detail));
        // A reminder a week before: what expires needs time to be renewed.
        ics += foldLine(u"BEGIN:VALARM"_s);
        ics += foldLine(u"ACTION:DISPLAY"_s);
        ics += foldLine(u"DESCRIPTION:"_s + escapeText(s.title));
        ics += foldLine(u"TRIGGER:-P7D"_s);
        ics += foldLine(u"END:VALARM"_s);
        ics += foldLine(u"END:VEVENT"_s);
    }
    ics += foldLine(u"END:VCALENDAR"_s);
    return ics;
}

} // namespace snc
