// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace snc {

/**
 * @brief Parses a phone number typed naturally and gives its E.164 and OVH forms. Pure.
 *
 * Accepted: "06 12 34 56 78" (national, with `defaultRegion`, e.g. "FR"), "+33 6 12 34 56 78",
 * "0033 6 12…", "+33 (0)6 12…", "+1 (555) 123-4567", "+33.612345678" (OVH form); spaces, dots,
 * dashes, slashes and parentheses are ignored. A small table of calling codes covers FR, BE, CH,
 * LU, DE, GB, ES, IT, NL, PT, PL, IE, CA, US (national trunk prefix "0", none for ES/PT/LU,
 * "1" for NANP; Italy keeps its leading 0). Other calling codes are accepted from "+"/"00"
 * input by the generic E.164 rule (1–3 digit code, at most 15 digits).
 * OVH form: "+<country code>.<national significant number>", e.g. "+33.612345678".
 */
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)
public:
    enum class Error {
        None, Empty, InvalidCharacters, MissingCountryCode, UnknownRegion, TooShort, TooLong,
        InvalidNumber, UnknownCountryCode
    };

    Error error = Error::None;
    QString countryCode;     ///< "33"
    QString nationalNumber;  ///< national significant number, "612345678"
    QString region;          ///< "FR" when known from the table, else empty
    QString errorText;       ///< translated, empty when ok

    bool ok() const { return error == Error::None; }
    /// "+33612345678"; empty when not ok.
    QString e164() const;
    /// "+33.612345678"; empty when not ok.
    QString ovhFormat() const;
    /// Readable international form, "+33 6 12 34 56 78" (groups of two after the first digit for
    /// FR/BE/LU/CH-like plans, "+1 555 123 4567" for NANP, plain groups otherwise).
    QString displayFormat() const;

    /// `defaultRegion` (ISO 3166 alpha-2, e.g. "FR") applies to numbers without "+"/"00".
    static PhoneNumber parse(const QString &input, const QString &defaultRegion = QStringLiteral("FR"));
    /// Regions of the table, in display order.
    static QStringList supportedRegions();
    /// "33" for "FR", empty if not in the table.
    static QString callingCodeOf(const QString &region);
};

/**
 * @brief A pragmatic e-mail check (one '@', non-empty local part without spaces, a domain with a
 * dot and no empty label, no spaces, ≤ 254 characters). Pure. The server has the last word.
 */
class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)
public:
    /// Trims surrounding whitespace; lower-cases the domain.
    static QString normalized(const QString &input);
    /// Translated reason the (normalised) address is not acceptable, or empty when it is.
    static QString problem(const QString &input);
    static bool isValid(const QString &input) { return problem(input).isEmpty(); }
};

} // namespace snc
