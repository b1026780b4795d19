// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QCommandLineParser;

namespace snc {

class StallMonitor;
class Translations;
class WelcomeWindow;

/// Bumped whenever SessionHost or SessionModuleApi changes: an executable and a module from two
/// different builds refuse each other instead of reading each other's memory wrongly.
inline constexpr int kSessionModuleAbi = 1;

/// What snc-wizard hands its session module: the command line it parsed and checked, and the
/// objects it already made (the translations, the welcome page).
struct SessionHost
{
    const QCommandLineParser *parser = nullptr;
    Translations *translations = nullptr;
    bool gui = true;
    bool status = false;
    bool autopilot = false;
    bool external = false; // --endpoint or --credentials
    int lastStage = 6;
    QSize windowSize; // --window-size, or invalid
    WelcomeWindow *welcome = nullptr; // set before attach()
    StallMonitor *stalls = nullptr; // SNC_STALL_MONITOR=1, or null
};

/**
 * @brief snc-wizard-session's functions, returned by its one entry point
 * (`snc_wizard_session_module`, below). The module holds the session (embedded sandbox, API
 * client, keychain, controller), the main window and the autopilot; snc-wizard loads it after
 * the welcome page's first paint, or before any window for --status and --autopilot.
 */
struct SessionModuleApi
{
    int abi;
    /// --status and --autopilot: starts the session before any window exists. --status runs to its
    /// end here. Returns the exit code, or kContinue to go on to the welcome page.
    int (*startNow)(SessionHost *host);
    /// Connects to the welcome page: its answer starts the session and opens the main window (and,
    /// with --autopilot, drives it).
    void (*attach)(SessionHost *host);
    /// After the event loop: closes the session; returns the process's exit code.
    int (*finish)(SessionHost *host, int eventLoopCode);
};

inline constexpr int kContinue = -1;

} // namespace snc

/// The module's one exported symbol, resolved with QLibrary.
extern "C" const snc::SessionModuleApi *snc_wizard_session_module();
inline constexpr const char kSessionModuleEntry[] = "snc_wizard_session_module";
