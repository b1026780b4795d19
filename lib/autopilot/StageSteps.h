// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AutopilotStep.h"

#include <QList>
#include <QString>

#include <functional>

namespace snc {

class UiDriver;

/**
 * @brief The autopilot's step tables, one per stage, each a class of its own in the .cpp named
 * after it (ConnectionSteps.cpp, NetworksSteps.cpp, …). Every table reads as a list of rows:
 * the step's name (its screenshot's file name: a contract, never renamed), its time limit, its
 * flags and the member that says what it does.
 *
 * A table whose stage models are missing returns no step. The steps keep their table alive;
 * `ui` must outlive them. `folder` is the screenshots folder (empty: nothing is saved).
 */
namespace steps {

/// The welcome page "Before you start" (stage 0): practice chosen, Start pressed; done once
/// `mainWindowShown()` (the main window took its place).
QList<AutopilotStep> welcome(UiDriver &ui, std::function<bool()> mainWindowShown);
/// Connection: keys, authorization, validation in the sandbox, service choice (stage 0).
/// `serviceName`: the service to choose (--service); empty = the first one listed.
QList<AutopilotStep> connection(UiDriver &ui, const QString &serviceName = {});
/// Stage 1: allowed networks (this workstation's address, then the filtered policy).
QList<AutopilotStep> allowedNetworks(UiDriver &ui);
/// Stage 2: admin profile, secure-interface reset (codes, password, TOTP), token validation.
QList<AutopilotStep> adminSecurity(UiDriver &ui);
/// Stage 3: IPsec VPN in NSX (with the stage-2 password noted during this run).
QList<AutopilotStep> vpn(UiDriver &ui, const QString &folder);
/// Stage 4: private gateway (inputs, its network allowed, checks, enabling).
QList<AutopilotStep> privateGateway(UiDriver &ui);
/// Stage 5: VM encryption with OKMS (credential, key saved, KMS registered).
QList<AutopilotStep> vmEncryption(UiDriver &ui, const QString &folder);
/// Stage 6: SecNumCloud activation and the compliance report.
QList<AutopilotStep> activation(UiDriver &ui, const QString &folder);
/// After the verification: the completion screen, its PDF report and .ics saved, then Finish.
QList<AutopilotStep> completion(UiDriver &ui, const QString &folder);
/// Refreshes from the API (up to three reads) until every stage in `covered` is Done.
QList<AutopilotStep> verification(UiDriver &ui, const QList<int> &covered);

} // namespace steps
} // namespace snc
