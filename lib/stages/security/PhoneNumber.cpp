// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/security/PhoneNumber.h"

#include <algorithm>

#include <QList>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

struct Plan
{
    const char *region;
    const char *code;
    const char *trunk;   // national trunk prefix dropped from national input ("" = none)
    bool keepsZero;      // Italy: the leading 0 is part of the national significant number
    int minNsn;
    int maxNsn;
    bool pairs;          // displayed as "+33 6 12 34 56 78"
};

// A deliberately small table (the regions OVHcloud SecNumCloud customers mostly use); other
// calling codes go through the generic E.164 rule.
const Plan kPlans[] = {
    {"FR", "33", "0", false, 9, 9, true},
    {"BE", "32", "0", false, 8, 9, true},
    {"CH", "41", "0", false, 9, 9, true},
    {"LU", "352", "", false, 4, 11, true},
    {"DE", "49", "0", false, 6, 13, false},
    {"GB", "44", "0", false, 9, 10, false},
    {"ES", "34", "", false, 9, 9, false},
    {"IT", "39", "", true, 6, 11, false},
    {"NL", "31", "0", false, 9, 9, false},
    {"PT", "351", "", false, 9, 9, false},
    {"PL", "48", "", false, 9, 9, false},
    {"IE", "353", "0", false, 7, 9, false},
    {"CA", "1", "1", false, 10, 10, false},
    {"US", "1", "1", false, 10, 10, false},
};

const Plan *planForRegion(const QString &region)
{
    for (const Plan &p : kPlans) {
        if (region.compare(QLatin1String(p.region), Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const Plan *planForCode(const QString &code)
{
    for (const Plan &p : kPlans) {
        if (code == QLatin1String(p.code))
            return &p;
    }
    return nullptr;
}

/// Length of the country calling code at the start of `digits` (ITU-T E.164 zones: 1 and 7 are
/// one digit, a fixed set is two digits, every other code three digits).
int callingCodeLength(const QString &digits)
{
    if (digits.startsWith(u'1') || digits.startsWith(u'7'))
        return 1;
    static const QList<int> twoDigit = {20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45,
                                        46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61,
                                        62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94,
                                        95, 98};
    if (digits.size() >= 2 && twoDigit.contains(digits.left(2).toInt()))
        return 2;
    return 3;
}

/// Whether a three-digit country calling code is assigned to a country or to a network that can
/// receive SMS (ITU-T E.164 list). Spare codes (e.g. 999, 28x) and the non-subscriber services
/// (800 freephone, 808 shared cost, 878 UPT, 888, 979 premium rate, 991 trial) are not: a number
/// under them cannot be the admin's mobile, and OVHcloud would only fail later, at the SMS.
bool isAssignedThreeDigitCode(int code)
{
    struct Range
    {
        int first;
        int last;
    };
    static constexpr Range assigned[] = {
            {211, 213}, {216, 216}, {218, 218}, {220, 258}, {260, 269}, {290, 291}, {297, 299},
            {350, 359}, {370, 378}, {380, 383}, {385, 387}, {389, 389}, {420, 421}, {423, 423},
            {500, 509}, {590, 599}, {670, 670}, {672, 683}, {685, 692}, {850, 850}, {852, 853},
            {855, 856}, {870, 870}, {880, 883}, {886, 886}, {960, 968}, {970, 977}, {992, 996},
            {998, 998}};
    for (const Range &r : assigned) {
        if (code >= r.first && code <= r.last)
            return true;
    }
    return false;
}

} // namespace

QString PhoneNumber::e164() const
{
    return ok() ? u"+%1%2"_s.arg(countryCode, nationalNumber) : QString();
}

QString PhoneNumber::ovhFormat() const
{
    return ok() ? u"+%1.%2"_s.arg(countryCode, nationalNumber) : QString();
}

QString PhoneNumber::displayFormat() const
{
    if (!ok())
        return {};
    const Plan *plan = planForRegion(region);
    QStringList groups;
    const QString &n = nationalNumber;
    if (plan && plan->pairs) {
        // "6 12 34 56 78": the odd digit first, then pairs.
        int i = n.size() % 2;
        if (i)
            groups << n.left(1);
        for (; i < n.size(); i += 2)
            groups << n.mid(i, 2);
    } else if (countryCode == "1"_L1 && n.size() == 10) {
        groups << n.left(3) << n.mid(3, 3) << n.mid(6);
    } else {
        for (int i = 0; i < n.size(); i += 3)
            groups << n.mid(i, 3);
    }
    return u"+%1 %2"_s.arg(countryCode, groups.join(u' '));
}

QStringList PhoneNumber::supportedRegions()
{
    QStringList out;
    for (const Plan &p : kPlans)
        out << QLatin1String(p.region);
    return out;
}

QString PhoneNumber::callingCodeOf(const QString &region)
{
    const Plan *p = planForRegion(region);
    return p ? QLatin1String(p->code) : QString();
}

PhoneNumber PhoneNumber::parse(const QString &input, const QString &defaultRegion)
{
    PhoneNumber r;
    auto fail = [&r](Error e, const QString &text) {
        r.error = e;
        r.errorText = text;
        r.countryCode.clear();
        r.nationalNumber.clear();
        r.region.clear();
        return r;
    };
    QString s = input.trimmed();
    if (s.isEmpty())
        return fail(Error::Empty, tr("Enter a mobile phone number that can receive SMS.", "@error"));

    // "+33 (0)6…": the "(0)" is the national trunk prefix written for humans.
    s.replace("(0)"_L1, " "_L1);
    QString digits;
    bool plus = false;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            digits += c;
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (c.isSpace() || c == u'.' || c == u'-' || c == u'/' || c == u'(' || c == u')') {
            continue;
        } else {
            return fail(Error::InvalidCharacters,
                        tr("A phone number contains only digits, an optional leading +, spaces, "
                           "dots, dashes and parentheses.", "@error"));
        }
    }
    if (digits.isEmpty())
        return fail(Error::Empty, tr("Enter a mobile phone number that can receive SMS.", "@error"));

    const Plan *plan = nullptr;
    QString nsn;
    if (plus || digits.startsWith("00"_L1)) {
        if (!plus)
            digits.remove(0, 2);
        const int len = callingCodeLength(digits);
        if (digits.size() <= len)
            return fail(Error::TooShort, tr("The number is too short.", "@error"));
        r.countryCode = digits.left(len);
        if (len == 3 && !isAssignedThreeDigitCode(r.countryCode.toInt())) {
            //: %1 the digits typed after + (not a country calling code)
            return fail(Error::UnknownCountryCode,
                        tr("+%1 is not the calling code of a country: check the number.", "@error")
                                .arg(r.countryCode));
        }
        nsn = digits.mid(len);
        plan = planForCode(r.countryCode);
        if (r.countryCode == "1"_L1) {
            // NANP: Canada or US; keep the default region when it is one of them.
            plan = planForRegion(defaultRegion == "CA"_L1 ? u"CA"_s : u"US"_s);
        }
        // "+33 06…": a trunk 0 typed after the country code is dropped.
        if (plan && !plan->keepsZero && qstrlen(plan->trunk) && nsn.startsWith(QLatin1String(plan->trunk))
            && r.countryCode != "1"_L1)
            nsn.remove(0, 1);
    } else {
        if (defaultRegion.isEmpty())
            return fail(Error::MissingCountryCode,
                        tr("Add the country code, e.g. +33 6 12 34 56 78.", "@error"));
        plan = planForRegion(defaultRegion);
        if (!plan)
            return fail(Error::UnknownRegion,
                        tr("Write the number in international form, starting with + and the "
                           "country code.", "@error"));
        r.countryCode = QLatin1String(plan->code);
        nsn = digits;
        const QLatin1String trunk(plan->trunk);
        // NANP's trunk "1" is a digit an area code never starts with; "0" elsewhere likewise.
        if (trunk.size() && nsn.startsWith(trunk) && (trunk != "1"_L1 || nsn.size() == 11))
            nsn.remove(0, trunk.size());
    }
    if (plan)
        r.region = QLatin1String(plan->region);

    const int minNsn = plan ? plan->minNsn : 5;
    const int maxNsn = plan ? plan->maxNsn : 15 - int(r.countryCode.size());
    if (nsn.size() < minNsn)
        return fail(Error::TooShort, tr("The number is too short for this country.", "@error"));
    if (nsn.size() > maxNsn || r.countryCode.size() + nsn.size() > 15)
        return fail(Error::TooLong, tr("The number is too long for this country.", "@error"));
    // NANP area codes never start with 0 or 1 (the exchange rule is left to the server: the
    // fictional 555-123-4567 style numbers people type as examples would fail it).
    if (r.countryCode == "1"_L1 && (nsn.at(0) == u'0' || nsn.at(0) == u'1'))
        return fail(Error::InvalidNumber, tr("This is not a valid North American number.", "@error"));
    if (plan && !plan->keepsZero && nsn.startsWith(u'0'))
        return fail(Error::InvalidNumber, tr("This number is not valid for this country.", "@error"));
    r.nationalNumber = nsn;
    return r;
}

// ---- EmailAddress --------------------------------------------------------------------------

QString EmailAddress::normalized(const QString &input)
{
    const QString t = input.trimmed();
    const qsizetype at = t.lastIndexOf(u'@');
    if (at < 0)
        return t;
    return t.left(at + 1) + t.mid(at + 1).toLower();
}

QString EmailAddress::problem(const QString &input)
{
    const QString e = normalized(input);
    if (e.isEmpty())
        return tr("Enter an e-mail address.", "@error");
    if (e.size() > 254)
        return tr("The e-mail address is too long.", "@error");
    for (const QChar c : e) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return tr("An e-mail address contains no spaces.", "@error");
    }
    if (e.count(u'@') != 1)
        return tr("An e-mail address contains exactly one @, e.g. name@example.com.", "@error");
    const qsizetype at = e.indexOf(u'@');
    const QString local = e.left(at);
    const QString domain = e.mid(at + 1);
    if (local.isEmpty() || local.size() > 64)
        return tr("The part before the @ is missing or too long.", "@error");
    // RFC 5322 dot-atom (letters of any script allowed, RFC 6531): no quoted forms, no leading,
    // trailing or doubled dot. Quoted local parts are legal but no mail form at OVHcloud takes them.
    static const QString atextSymbols = QStringLiteral("!#$%&'*+/=?^_`{|}~-");
    const bool localCharsOk = std::all_of(local.cbegin(), local.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'.' || atextSymbols.contains(c);
    });
    if (!localCharsOk || local.startsWith(u'.') || local.endsWith(u'.') || local.contains(".."_L1))
        return tr("The part before the @ is not valid: it has a character an e-mail address cannot "
                  "use, or a dot at its start, at its end or twice in a row.", "@error");
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2)
        return tr("The domain after the @ needs a dot, e.g. example.com.", "@error");
    for (const QString &label : labels) {
        // Host names are letters, digits and hyphens (RFC 1123; letters of any script: IDN).
        const bool ldh = std::all_of(label.cbegin(), label.cend(),
                                     [](QChar c) { return c.isLetterOrNumber() || c == u'-'; });
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-') || !ldh)
            return tr("The domain after the @ is not valid.", "@error");
    }
    if (labels.last().size() < 2)
        return tr("The domain after the @ is not valid.", "@error");
    return {};
}

} // namespace snc
