// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace snc::sandbox {

/**
 * @brief The texts of the practice SMS and e-mails, in the account's language (issue 18, item 5).
 *
 * OVHcloud writes its messages in the language of the account (`GET /me` → `language`, e.g.
 * `fr_FR`); the sandbox does the same with its account's language (SandboxContext::accountLanguage,
 * `snc-sandbox --account-language`). A language starting with "fr" gets French, any other English.
 * The English texts are the ones the sandbox always sent: what scripts parse ("Operation Id: N.",
 * "(#N) operation on … has been validated") is unchanged. The French ones keep the "(#N)" and say
 * "Identifiant de l'opération : N." (plain spaces and apostrophes: an SMS is GSM 7-bit). That line
 * and the patterns readers match are defined once, in core/PracticeSms.h.
 */
namespace practice {

bool isFrench(const QString &accountLanguage);

/// The SMS asking a token validator to confirm operation `taskId`.
QString tokenRequestSms(const QString &language, const QString &login, const QString &taskName, qint64 taskId,
                        const QString &serviceName, const QString &token, const QString &link);
/// The SMS that follows a validated operation.
QString tokenValidatedSms(const QString &language, const QString &taskName, qint64 taskId,
                          const QString &serviceName);
/// The secure interface's password-reset SMS and e-mail.
QString resetCodeSms(const QString &language, const QString &login, const QString &serviceName,
                     const QString &code);
QString resetEmailSubject(const QString &language, const QString &login, const QString &serviceName);
QString resetEmailBody(const QString &language, const QString &login, const QString &serviceName,
                       const QString &code);

} // namespace practice
} // namespace snc::sandbox
