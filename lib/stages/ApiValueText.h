// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace snc {

/**
 * @brief The one place where values the API sends (states, option names, task names) become words
 * for the customer, in the interface's language (issue 18, item 5).
 *
 * Each kind of value has its own function: the same raw word may read differently ("enabled" of
 * a user, of a gateway). A value the wizard does not know shows as "unknown (<raw>)", translated,
 * so that it is never silently dropped nor shown as if it were English prose. The raw value
 * itself belongs in the page's TechnicalDetails disclosure. Pure, stateless; widget-free so that
 * models (statusText(), reports) use it as well as pages.
 */
class ApiValueText
{
    Q_DECLARE_TR_FUNCTIONS(snc::ApiValueText)
public:
    /// dedicatedCloud.TaskStateEnum (todo, doing, done, error, canceled, …).
    static QString taskState(const QString &raw);
    /// A task's name (changeUserProperties, enableSecurityOption, …): what the operation does.
    static QString taskName(const QString &raw);
    /// A user's state (dedicatedCloud.User.state / activationState: enabled, disabled, creating, …).
    static QString userState(const QString &raw);
    /// A security option's or service's state (enabled, disabled, delivered, pending, …), and a
    /// private gateway's or NSX's.
    static QString optionState(const QString &raw);
    /// A security option's name (snc, tokenValidation, …).
    static QString optionName(const QString &raw);
    /// Several options' names, comma-separated ("SecNumCloud, virtual machine encryption").
    static QString optionNames(const QStringList &raws);
    /// The VPN session or tunnel state NSX gives (UP, DOWN, NEGOTIATING, …).
    static QString tunnelState(const QString &raw);
    /// An OKMS access credential's status (CREATING, READY, EXPIRED, …).
    static QString credentialState(const QString &raw);
    /// A practice SMS's or e-mail's delivery state (sent, delivered, failed, …).
    static QString deliveryState(const QString &raw);
    /// An allowed network's state (allowed, filtered, toDelete, …) and the service's access policy.
    static QString networkState(const QString &raw);
    /// "unknown (<raw>)" in the interface's language; "unknown" alone for an empty value.
    static QString unknown(const QString &raw);
};

} // namespace snc
