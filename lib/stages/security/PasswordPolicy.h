// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QRandomGenerator;

namespace snc {

/**
 * @brief The PCC's password policy (GET /dedicatedCloud/{sn}/passwordPolicy) with a pure check
 * and a generator. Plain value type.
 *
 * JSON (OVH `dedicatedCloud.passwordPolicy`): minLength, maxLength, deniedChars (array of
 * one-character strings), letterMandatory, digitMandatory, specialMandatory,
 * uppercaseLetterMandatory, lowercaseLetterMandatory, historyCheck, validityPeriod.
 * "Special" = printable ASCII that is neither a letter nor a digit nor a space.
 */
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)
public:
    enum class Rule { MinLength, MaxLength, DeniedCharacter, Letter, Digit, Special, Uppercase,
                      Lowercase, Printable };

    struct Unmet
    {
        Rule rule;
        QString text; ///< translated, e.g. "At least 12 characters (8 so far)"
    };

    int minLength = 8;
    int maxLength = 64;
    QString deniedChars;
    bool letterMandatory = false;
    bool digitMandatory = false;
    bool specialMandatory = false;
    bool uppercaseMandatory = false;
    bool lowercaseMandatory = false;
    int historyCheck = 0;
    int validityPeriodDays = 0;

    static PasswordPolicy fromJson(const QJsonObject &json);

    /// Rules the password does not meet, in a stable order; empty = acceptable. Never logs.
    QList<Unmet> check(const SecretBytes &password) const;
    QList<Unmet> check(const QString &password) const;
    /// Every rule of the policy, translated, for display next to the field.
    QStringList describe() const;
    /**
     * @brief A random password meeting the policy, from a CSPRNG (default
     * QRandomGenerator::system()). Length: max(minLength, 20) capped by maxLength; characters
     * from printable ASCII minus space and deniedChars; every mandatory class present.
     * Tests pass a seeded generator to cover many draws.
     */
    SecretBytes generate(QRandomGenerator *rng = nullptr) const;
    /// "Special" character test used by check() and generate().
    static bool isSpecial(QChar c);
};

} // namespace snc
