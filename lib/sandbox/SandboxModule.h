// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxState.h"

#include <QString>
#include <QUrl>

namespace snc::sandbox {

class CredentialStore;
class Router;
class SandboxClock;
class SandboxStats;
class TaskEngine;
class UnpublishedChoices;

/**
 * @brief What the engine lends to domain modules. Owned by SandboxServer; valid for the
 * server's lifetime. `baseUrl` is set once the server listens (before any request).
 */
struct SandboxContext
{
    SandboxClock *clock = nullptr;
    TaskEngine *tasks = nullptr;
    SandboxStats *stats = nullptr;   ///< reportCreated()/reportRemoved() for the duplicate proof
    SandboxState *state = nullptr;   ///< call markDirty() after every mutation
    CredentialStore *credentials = nullptr;
    QUrl baseUrl;                    ///< "http://127.0.0.1:PORT", for links (validation pages…)
    /// The practising user's simulated public address (default 203.0.113.7): what
    /// `POST /me/geolocation` returns and what the secure interface checks.
    QString clientAddress;
    /// How to answer where OVHcloud publishes nothing (issue 16; UNPUBLISHED.md): read it at each
    /// request, it can change at run time.
    UnpublishedChoices *unpublished = nullptr;
    /// The account's language (`GET /me` → `language`, e.g. "fr_FR"): the practice SMS and
    /// e-mails are written in it (PracticeMessages). Read it when sending: it can change at run time.
    QString accountLanguage;

    void mutated() { state->markDirty(); }
};

/**
 * @brief A domain module (dedicatedCloud, OKMS, …) plugged into the engine.
 *
 * Lifecycle, driven by SandboxServer::start(): attach() (register task kinds, keep the context),
 * registerRoutes(), then loadState() if the state file has this module's key. A module starts in
 * its "as delivered" state in its constructor or attach(); loadState() replaces it.
 */
class SandboxModule : public StatePart
{
public:
    virtual void attach(SandboxContext *context) = 0;
    virtual void registerRoutes(Router &router) = 0;
};

} // namespace snc::sandbox
