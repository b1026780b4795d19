// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/security/PasswordPolicy.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

bool isPrintableAscii(QChar c)
{
    return c.unicode() >= 0x21 && c.unicode() <= 0x7e;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QString quoted(const QString &chars)
{
    QStringList parts;
    for (QChar c : chars)
        parts << QString(c);
    return parts.join(u' ');
}

} // namespace

bool PasswordPolicy::isSpecial(QChar c)
{
    return isPrintableAscii(c) && !isAsciiLetter(c) && !isAsciiDigit(c);
}

PasswordPolicy PasswordPolicy::fromJson(const QJsonObject &json)
{
    PasswordPolicy p;
    p.minLength = json.value("minLength"_L1).toInt(p.minLength);
    p.maxLength = json.value("maxLength"_L1).toInt(p.maxLength);
    const QJsonValue denied = json.value("deniedChars"_L1);
    if (denied.isArray()) {
        for (const QJsonValue &v : denied.toArray())
            p.deniedChars += v.toString();
    } else if (denied.isString()) {
        p.deniedChars = denied.toString();
    }
    p.letterMandatory = json.value("letterMandatory"_L1).toBool();
    p.digitMandatory = json.value("digitMandatory"_L1).toBool();
    p.specialMandatory = json.value("specialMandatory"_L1).toBool();
    p.uppercaseMandatory = json.value("uppercaseLetterMandatory"_L1).toBool();
    p.lowercaseMandatory = json.value("lowercaseLetterMandatory"_L1).toBool();
    p.historyCheck = json.value("historyCheck"_L1).toInt();
    p.validityPeriodDays = json.value("validityPeriod"_L1).toInt();
    return p;
}

QList<PasswordPolicy::Unmet> PasswordPolicy::check(const SecretBytes &password) const
{
    QString text = password.exposeString();
    QList<Unmet> out = check(text);
    wipe(text);
    return out;
}

QList<PasswordPolicy::Unmet> PasswordPolicy::check(const QString &password) const
{
    QList<Unmet> out;
    const int n = int(password.size());
    if (n < minLength)
        //: %1 required length; %n characters typed so far
        out.append({Rule::MinLength, tr("At least %1 characters (%n so far)", "@info password rule", n)
                                             .arg(minLength)});
    if (maxLength > 0 && n > maxLength)
        out.append({Rule::MaxLength, tr("At most %1 characters (%n so far)", "@info password rule", n)
                                             .arg(maxLength)});
    bool printable = true, denied = false, letter = false, digit = false, special = false,
         upper = false, lower = false;
    for (QChar c : password) {
        if (!isPrintableAscii(c))
            printable = false;
        if (deniedChars.contains(c))
            denied = true;
        letter |= isAsciiLetter(c);
        digit |= isAsciiDigit(c);
        special |= isSpecial(c);
        upper |= (c >= u'A' && c <= u'Z');
        lower |= (c >= u'a' && c <= u'z');
    }
    if (!printable)
        out.append({Rule::Printable, tr("Only unaccented letters, digits and symbols; no spaces",
                                        "@info password rule")});
    if (denied)
        out.append({Rule::DeniedCharacter, tr("None of these characters: %1", "@info password rule")
                                                   .arg(quoted(deniedChars))});
    if (letterMandatory && !letter)
        out.append({Rule::Letter, tr("At least one letter", "@info password rule")});
    if (digitMandatory && !digit)
        out.append({Rule::Digit, tr("At least one digit", "@info password rule")});
    if (specialMandatory && !special)
        out.append({Rule::Special, tr("At least one symbol (such as ! # % + -)", "@info password rule")});
    if (uppercaseMandatory && !upper)
        out.append({Rule::Uppercase, tr("At least one uppercase letter", "@info password rule")});
    if (lowercaseMandatory && !lower)
        out.append({Rule::Lowercase, tr("At least one lowercase letter", "@info password rule")});
    return out;
}

QStringList PasswordPolicy::describe() const
{
    QStringList out;
    if (maxLength > 0)
        out << tr("Between %1 and %2 characters", "@info password rule").arg(minLength).arg(maxLength);
    else
        out << tr("At least %1 characters", "@info password rule").arg(minLength);
    out << tr("Only unaccented letters, digits and symbols; no spaces", "@info password rule");
    if (!deniedChars.isEmpty())
        out << tr("None of these characters: %1", "@info password rule").arg(quoted(deniedChars));
    if (letterMandatory)
        out << tr("At least one letter", "@info password rule");
    if (uppercaseMandatory)
        out << tr("At least one uppercase letter", "@info password rule");
    if (lowercaseMandatory)
        out << tr("At least one lowercase letter", "@info password rule");
    if (digitMandatory)
        out << tr("At least one digit", "@info password rule");
    if (specialMandatory)
        out << tr("At least one symbol (such as ! # % + -)", "@info password rule");
    if (historyCheck > 0)
        out << tr("Different from your last %n password(s)", "@info password rule", historyCheck);
    if (validityPeriodDays > 0)
        out << tr("Valid for %n day(s), then it must be changed", "@info password rule",
                  validityPeriodDays);
    return out;
}

SecretBytes PasswordPolicy::generate(QRandomGenerator *rng) const
{
    if (!rng)
        rng = QRandomGenerator::system();
    QByteArray upper, lower, digits, symbols, all;
    for (char c = 0x21; c <= 0x7e; ++c) {
        if (deniedChars.contains(QLatin1Char(c)))
            continue;
        all += c;
        if (c >= 'A' && c <= 'Z')
            upper += c;
        else if (c >= 'a' && c <= 'z')
            lower += c;
        else if (c >= '0' && c <= '9')
            digits += c;
        else
            symbols += c;
    }
    if (all.isEmpty())
        return {};
    int length = qMax(minLength, 20);
    if (maxLength > 0)
        length = qMin(length, maxLength);

    auto pick = [rng](const QByteArray &set) { return set.at(int(rng->bounded(quint32(set.size())))); };
    if (length < minLength)
        return {}; // maxLength below minLength: no password can satisfy the policy
    QByteArray out(length, '\0');
    for (int attempt = 0; attempt < 100; ++attempt) {
        // One of every available class first (this satisfies every "mandatory" flag and makes
        // the password strong even when the policy asks for little), then the rest at random.
        int i = 0;
        for (const QByteArray *set : {&upper, &lower, &digits, &symbols}) {
            if (!set->isEmpty() && i < length)
                out[i++] = pick(*set);
        }
        for (; i < length; ++i)
            out[i] = pick(all);
        // Fisher–Yates, so the classes are not at fixed positions.
        for (int j = length - 1; j > 0; --j) {
            const int k = int(rng->bounded(quint32(j + 1)));
            std::swap(out[j], out[k]);
        }
        SecretBytes candidate(QByteArray(out.constData(), out.size()));
        if (check(candidate).isEmpty()) {
            wipe(out);
            return candidate;
        }
        // Only reachable when the policy cannot be met (e.g. maxLength below the classes needed
        // or a mandatory class fully denied): give up rather than loop.
        if (length < 4 || upper.isEmpty() || lower.isEmpty() || digits.isEmpty()
            || (specialMandatory && symbols.isEmpty())) {
            break;
        }
    }
    wipe(out);
    return {};
}

} // namespace snc
