// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace snc::sandbox {

/**
 * @brief How the sandbox answers where OVHcloud publishes nothing (issue 16): one named switch per
 * unpublished behaviour, each with a fixed list of values, the first being the default.
 *
 * Set at start (`snc-sandbox --unpublished NAME=VALUE`, SandboxOptions::unpublished) and at run
 * time (`POST /sandbox/unpublished {"NAME": "VALUE"}`, or SandboxServer::setUnpublished() in an
 * embedded sandbox). Every switch, its values and the evidence behind the default are rows of
 * lib/sandbox/UNPUBLISHED.md. Not saved with --state: the command line says it at each start.
 *
 * The switches (names are a contract, like the command line):
 * - `consumerKeyPending`: a signed call with a consumer key not validated yet.
 * - `tokenTaskReturned`: what `resumePendingEnabling {option: tokenValidation}` returns.
 * - `addNetworkTaskName`: the name of the task `POST …/allowedNetwork` starts.
 * - `adminNsxRight`: whether the delivered `admin` has OVHcloud's NSX right (`nsxRight`).
 * - `adminNetworkRole`: the `networkRole` of the delivered `admin`'s datacenter right.
 * - `sensitiveOperations`: the operations that wait for an SMS token after stage 2.
 * - `tokenRequestWhilePending`: what asking stage 2's token again does while one is pending.
 */
class UnpublishedChoices
{
public:
    /// One switch: its name, its values (the first is the default) and a one-line summary.
    struct Switch
    {
        QString name;
        QStringList values;
        QString summary;
    };

    static QString consumerKeyPending() { return QStringLiteral("consumerKeyPending"); }
    static QString tokenTaskReturned() { return QStringLiteral("tokenTaskReturned"); }
    static QString addNetworkTaskName() { return QStringLiteral("addNetworkTaskName"); }
    static QString adminNsxRight() { return QStringLiteral("adminNsxRight"); }
    static QString adminNetworkRole() { return QStringLiteral("adminNetworkRole"); }
    /// Which operations wait for an SMS token once tokenValidation is active (issue 17 item 3):
    /// `standard`, `all`, `none`, or a comma-separated list of sensitiveOperationKeys().
    static QString sensitiveOperations() { return QStringLiteral("sensitiveOperations"); }
    /// `resumePendingEnabling {option: tokenValidation}` while a token task is pending (issue 18
    /// item 9): `replace` (the old task is canceled), `keep-both`, or `refuse` (409).
    static QString tokenRequestWhilePending() { return QStringLiteral("tokenRequestWhilePending"); }
    /// The operation keys `sensitiveOperations` may list, and the `standard` set.
    static const QStringList &sensitiveOperationKeys();
    static const QStringList &standardSensitiveOperations();
    /// Whether `key` is sensitive under the switch value `value`.
    static bool isSensitive(const QString &value, const QString &key);

    /// Every switch, in the order of UNPUBLISHED.md.
    static const QList<Switch> &switches();
    /// Empty when `name` is a switch and `value` one of its values; else a one-line reason that
    /// names what is accepted (for the command line and the control route alike).
    static QString problem(const QString &name, const QString &value);
    /// "NAME=VALUE" → {name, value}; std::nullopt with `why` set when malformed or refused.
    static std::optional<std::pair<QString, QString>> parseAssignment(const QString &text, QString *why);

    /// Sets one switch; false (nothing changed) with `why` when refused.
    bool set(const QString &name, const QString &value, QString *why = nullptr);
    /// The current value of a switch (its default until set).
    QString value(const QString &name) const;
    bool is(const QString &name, const QString &value) const { return this->value(name) == value; }
    /// {NAME: VALUE} for every switch (the JSON line's "unpublished" field, the control route).
    QJsonObject toJson() const;

private:
    QMap<QString, QString> m_values; ///< only the switches set away from nothing
};

} // namespace snc::sandbox
