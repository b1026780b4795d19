// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayFormat.h"

#include "stages/security/PhoneNumber.h"

#include <QCoreApplication>

namespace snc::DisplayFormat {

namespace {
// QLocale's LongFormat adds the time zone name, and ShortFormat drops the seconds: keep the
// locale's short pattern (its order, separators, AM/PM) and add the seconds after the minutes.
QString timePattern(const QLocale &locale)
{
    QString pattern = locale.timeFormat(QLocale::ShortFormat);
    if (!pattern.contains(QLatin1Char('s'))) {
        const qsizetype minutes = pattern.indexOf(QLatin1String("mm"));
        if (minutes >= 0)
            pattern.insert(minutes + 2, QLatin1String(":ss"));
        else
            pattern = QStringLiteral("HH:mm:ss");
    }
    return pattern;
}
} // namespace

QString time(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, timePattern(locale));
}

QString time(const QDateTime &moment, const QLocale &locale)
{
    return time(moment.toLocalTime().time(), locale);
}

QString dateTime(const QDateTime &moment, const QLocale &locale)
{
    //: a date then a time with seconds, e.g. "05/12/2026 14:02:07"
    return QCoreApplication::translate("snc::DisplayFormat", "%1 %2", "@info date and time")
            .arg(locale.toString(moment.date(), QLocale::ShortFormat), time(moment.time(), locale));
}

QString phone(const QString &apiValue)
{
    const PhoneNumber parsed = PhoneNumber::parse(apiValue);
    return parsed.ok() ? parsed.displayFormat() : apiValue;
}

} // namespace snc::DisplayFormat
