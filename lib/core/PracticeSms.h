// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>

namespace snc::practiceSms {

/**
 * @brief The words that name the operation in a practice token-request SMS (issue 18, item 5), in
 * one place for the one who writes them (the sandbox's PracticeMessages) and those who read them
 * (the autopilot's OperationTokens, the end-to-end tests).
 *
 * Header-only and in core because the writer and the readers share nothing else: the sandbox links
 * core only, and the autopilot may not link the sandbox. English "Operation Id: N." is what scripts
 * parse and never changes; French "Identifiant de l'opération : N." (plain space before the colon
 * and plain apostrophe: an SMS is GSM 7-bit).
 */
inline QString operationIdMarker(bool french, qint64 taskId)
{
    return (french ? QStringLiteral("Identifiant de l'opération : %1.") : QStringLiteral("Operation Id: %1."))
            .arg(taskId);
}

/// Either language's marker, the operation id as the first capture.
inline const QRegularExpression &operationIdPattern()
{
    static const QRegularExpression pattern(QStringLiteral("(?:Operation Id|Identifiant de l'opération) ?: (\\d+)\\."));
    return pattern;
}

/// The SMS that follows a validated operation, either language ("(#N) operation on pcc-1 has been
/// validated", "(#N) sur pcc-1 a été validée"), the operation id as the first capture.
inline const QRegularExpression &operationValidatedPattern()
{
    static const QRegularExpression pattern(
            QStringLiteral("\\(#(\\d+)\\) (?:operation on \\S+ has been validated|sur \\S+ a été validée)"));
    return pattern;
}

} // namespace snc::practiceSms
