// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace snc {

class ApiClient;
class StageOperation;

/// What the server says about the token-validation option at one moment. Plain value.
struct TokenServerState
{
    QStringList pendingOptions; ///< GET …/securityOptions/pendingOptions
    QList<QJsonObject> tasks;   ///< the token tasks found (remembered one, newest by name)

    /// The newest task not in a final state; empty when none runs.
    QJsonObject running() const;
    /// Task `id` when it was read and has ended; empty otherwise.
    QJsonObject ended(qint64 id) const;
};

/**
 * @brief Reads the token-validation state of a service, as part of one operation: the pending
 * options and the token tasks (the remembered task by id; the newest task by name, listed only
 * while the option is pending), in parallel in one CallGroup.
 *
 * Apart from TokenValidationModel because finding the tasks (which lists, which 404 means
 * "nothing there") is its own concern: the model only decides what the state means (adopt a
 * running task, say expired, …). Stateless: nothing to own.
 */
class TokenStateReader
{
public:
    using Done = std::function<void(const Result<TokenServerState> &)>;

    /// Reads the state of the service at `servicePath` ("/dedicatedCloud/<sn>") as part of `op`
    /// (nothing answers once `op` has ended); `rememberedTaskId` (0 = none) is read either way.
    static void read(StageOperation *op, ApiClient *api, const QString &servicePath, qint64 rememberedTaskId,
                     Done done);
    /// The security option this is about.
    static QString optionName() { return QStringLiteral("tokenValidation"); }
    /// The token operation's task names (used to find a running one).
    static QStringList taskNames();
};

} // namespace snc
