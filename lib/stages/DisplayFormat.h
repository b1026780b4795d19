// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>

namespace snc {

/**
 * @brief How times and phone numbers are shown to the customer (issue 18, item 5). Pure.
 *
 * Times carry seconds in every language (a task that moved "at 14:02" twice is two events the
 * customer must tell apart; SMS tokens live 15 minutes), in the given locale's own order and
 * separators: the default QLocale is the interface language's (Translations sets it).
 */
namespace DisplayFormat {

/// "14:02:07" (fr), "2:02:07 PM" (en_US): the locale's short time format with seconds.
QString time(const QTime &time, const QLocale &locale = QLocale());
/// The local time of `moment`, as time().
QString time(const QDateTime &moment, const QLocale &locale = QLocale());
/// The locale's short date and the time with seconds of `moment`, in its own time spec (pass
/// toLocalTime() or toUTC(): reports say UTC, pages local time).
QString dateTime(const QDateTime &moment, const QLocale &locale = QLocale());
/// A phone number as people write it: "+33 6 12 34 56 78" for the API's "+33.612345678" (or any
/// form PhoneNumber parses). A value that is not a phone number comes back unchanged.
QString phone(const QString &apiValue);

} // namespace DisplayFormat
} // namespace snc
