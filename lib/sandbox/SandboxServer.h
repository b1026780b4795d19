// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultInjector.h"
#include "SandboxCertificates.h"
#include "UnpublishedChoices.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace snc {
class Clock;
}

namespace snc::sandbox {

class CredentialStore;
class SandboxClock;
class SandboxModule;
class SandboxStats;
class TaskEngine;
struct SandboxContext;
struct SandboxResponse;

/// The sandbox's settings: the `snc-sandbox` command line, plus two knobs for embedding/tests.
struct SandboxOptions
{
    QHostAddress listenAddress{QHostAddress::LocalHost}; ///< --listen
    quint16 port = 0;                                    ///< --port (0 = any free port)
    bool tls = false;                                    ///< --tls
    quint64 seed = 1;                                    ///< --seed
    double timeScale = 1.0;                              ///< --time-scale
    FaultSpec faults;                                    ///< --faults
    QString stateFile;                                   ///< --state ("" = memory only)
    /// --control-secret: what the `/sandbox/*` control routes require in the X-Sandbox-Control
    /// header ("" = a random one is made at start; see controlSecret()). Issue 15, item 9.
    QString controlSecret;
    /// --unpublished NAME=VALUE (repeatable): how to answer where OVHcloud publishes nothing
    /// (issue 16, UNPUBLISHED.md). start() refuses an unknown name or value.
    QList<std::pair<QString, QString>> unpublished;
    /// --record-answers: every API answer, one JSON line each, to this file ("" = none); see
    /// AnswerRecorder. For the contract test (tests/contract).
    QString recordAnswersFile;

    /// Not on the command line: a base clock for tests (not owned; nullptr = system clock).
    const snc::Clock *clock = nullptr;
    /// --account-language: the account's language (`GET /me` → `language`), which the practice
    /// SMS and e-mails follow (issue 18, item 5; UNPUBLISHED.md row U8). "fr…" gets French texts.
    QString accountLanguage = QStringLiteral("en_GB");
    /// The practising user's simulated public address (in 203.0.113.0/24).
    QString clientAddress = QStringLiteral("203.0.113.7");
    /// Not on the command line: the server certificate presented with --tls (TLS-trust tests
    /// serve an expired or wrong-host certificate; see SandboxLeaf).
    SandboxLeaf tlsLeaf = SandboxLeaf::Valid;
    /// A request body above this is answered 413 and not handled (issue 15 item 9).
    qint64 maxBodyBytes = 1024 * 1024;
    /// Connections open at once with a request in flight or kept alive; a request on one more is
    /// refused by closing that connection (issue 15 item 9).
    int maxConnections = 64;
};

/// @brief The OVH API simulator: an event-driven HTTP(S) server on real sockets.
///
/// Embeddable (the GUI starts one in-process on a free loopback port; nothing here blocks) and
/// used by the `snc-sandbox` executable. The engine serves authentication (`/1.0/auth/*`, the
/// browser validation page `/auth/`), `GET /1.0/me`, and introspection (`/sandbox/*`, loopback
/// peers only); domain modules add their routes with registerModule() before start().
///
/// Every request goes through one dispatcher: route match -> statistics -> fault decision
/// (before the handler, see FaultInjector) -> authentication (RequestVerifier) -> handler ->
/// state saved -> answer (after the injected latency) or dropped connection. API answers are JSON
/// with `X-Ovh-QueryID: SBX.ext-1.<n>`. `/v1/...` is an alias of `/1.0/...`.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Adds a domain module; only before start().
    void registerModule(std::unique_ptr<SandboxModule> module);

    /// Loads the state, generates the TLS material (with --tls) and listens. False + a one-line
    /// reason on failure (port in use, unreadable state file, …).
    bool start(QString *error = nullptr);
    /// Closes the listening socket and saves the state. Safe to call twice.
    void stop();
    bool isRunning() const;

    const SandboxOptions &options() const { return m_options; }
    /// "http://127.0.0.1:PORT" or "https://…" (no trailing slash, no /1.0).
    QUrl url() const;
    quint16 port() const;
    /// Path of the exported CA PEM (empty without --tls).
    QString caPemPath() const;
    QByteArray caPem() const;

    QString applicationKey() const;
    QString applicationSecret() const;
    QString consumerKey() const;

    /**
     * @brief The per-session secret of the `/sandbox/*` control routes (issue 15, item 9): the
     * given --control-secret, else 64 random hex digits made at start(). A control request
     * without it in the `X-Sandbox-Control` header is answered 401 and not handled. Only
     * `GET /sandbox/stats` (request counters, no secret: the autopilot guard recognises
     * snc-sandbox by it) answers without it. Empty before start().
     */
    QString controlSecret() const;
    /// Name of the header that carries controlSecret().
    static QByteArray controlHeader() { return QByteArrayLiteral("X-Sandbox-Control"); }

    /// The start-up JSON line's object: url, ca (path or null), applicationKey,
    /// applicationSecret, consumerKey, controlSecret (added by issue 15, item 9), unpublished
    /// (the current choices, {NAME: VALUE}; added by issue 16).
    QJsonObject startupInfo() const;

    /**
     * @brief The embedded equivalent of `POST /sandbox/unpublished` (issue 16): answers one
     * unpublished behaviour `name` as `value` from the next request on. False, nothing changed and
     * `why` set for an unknown name or value (UnpublishedChoices::problem()).
     */
    bool setUnpublished(const QString &name, const QString &value, QString *why = nullptr);
    const UnpublishedChoices &unpublished() const;
    /**
     * @brief Changes the account's language (`GET /me` → `language`, e.g. "fr_FR") from the next
     * message on: the wizard follows its interface language in practice (issue 18, item 5). False
     * and nothing changed for a value that is not a language tag like "fr_FR" or "en_GB".
     */
    bool setAccountLanguage(const QString &language);
    QString accountLanguage() const;
    /// True for a language tag the sandbox accepts: two lower-case letters, "_", two upper-case.
    static bool isAccountLanguage(const QString &language);

    /**
     * Changes the injected faults (latency, 5xx, drops, 429) from the next request on, e.g. an
     * outage in the middle of a flow. The clock skew stays the one given at construction.
     */
    void setFaults(const FaultSpec &faults);

    SandboxClock *clock() const;
    TaskEngine *tasks() const;
    SandboxStats *stats() const;
    CredentialStore *credentials() const;
    SandboxContext *context() const;

    /**
     * The dispatcher's steps without a socket: route match (with the /v1 alias), authentication,
     * handler; no statistics, no faults, no state save. `target` is the request target as sent
     * ("/1.0/me?x=1", percent-encoded). For the fuzz target of the request handling
     * (tests/fuzz/fuzz_sandboxrequest.cpp); the server must be started.
     */
    SandboxResponse handleInProcess(const QByteArray &method, const QByteArray &target,
                                    const QList<QPair<QByteArray, QByteArray>> &headers,
                                    const QByteArray &body);

    /// Every route served, as "METHOD /pattern" ("GET /1.0/dedicatedCloud/{serviceName}"), in
    /// registration order; filled by start(). What `snc-sandbox --list-routes` prints.
    QStringList routeKeys() const;

signals:
    /// After each answered (or dropped) request: "GET /1.0/me", status (0 = dropped).
    void requestHandled(const QString &routeKey, int status);

private:
    class Private;
    friend class Private;
    std::unique_ptr<Private> d;
    SandboxOptions m_options;
};

} // namespace snc::sandbox
