// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"

#include <QRegularExpression>

#include "AnswerRecorder.h"
#include "CredentialStore.h"
#include "EngineRoutes.h"
#include "RequestVerifier.h"
#include "Router.h"
#include "SandboxCertificates.h"
#include "SandboxClock.h"
#include "SandboxModule.h"
#include "SandboxState.h"
#include "SandboxStats.h"
#include "TaskEngine.h"
#include "core/Log.h"

#include <QAbstractHttpServer>
#include <QRegularExpression>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <vector>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

/// Sandbox time survives restarts, so tasks saved at time T never see time before T.
class ClockPart : public StatePart
{
public:
    explicit ClockPart(SandboxClock *clock) : m_clock(clock) {}
    QString stateKey() const override { return QStringLiteral("clock"); }
    QJsonValue saveState() const override
    {
        return QJsonObject{{u"sandboxNowMs"_s, m_clock->nowMs()}};
    }
    void loadState(const QJsonValue &value) override
    {
        m_clock->resumeFrom(value.toObject().value(u"sandboxNowMs"_s).toInteger());
    }

private:
    SandboxClock *m_clock;
};

/// QAbstractHttpServer only hands requests over; everything else is SandboxServer::Private.
class HttpFront : public QAbstractHttpServer
{
public:
    std::function<void(const QHttpServerRequest &, QTcpSocket *)> onRequest;

    static QHttpServerResponder responderFor(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        return makeResponder(request, socket);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        onRequest(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
};

} // namespace

namespace {

/// Constant-time comparison (the time does not tell how many leading bytes matched).
bool sameSecret(const QByteArray &given, const QByteArray &expected)
{
    if (expected.isEmpty() || given.size() != expected.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        diff |= static_cast<unsigned char>(given.at(i) ^ expected.at(i));
    return diff == 0;
}

} // namespace

class SandboxServer::Private
{
public:
    explicit Private(SandboxServer *q);

    void dispatch(const QHttpServerRequest &request, QTcpSocket *socket);
    void answer(const QHttpServerRequest &request, QTcpSocket *socket, SandboxResponse response,
                const QString &routeKey, bool api);
    void drop(QTcpSocket *socket, const QString &routeKey);
    /// Authentication (per the route's access) then the handler; `executed` says whether the
    /// handler ran (false: refused by the verifier).
    SandboxResponse execute(SandboxRequest &req, const Route &route, const QByteArray &pathAndQuery,
                            bool *executed);
    bool exportCa(QString *error);

    SandboxServer *q;
    SandboxClock clock;
    SandboxStats stats;
    CredentialStore credentials;
    SandboxState state;
    TaskEngine tasks;
    ClockPart clockPart;
    SandboxContext context;
    Router router;
    FaultInjector faults;
    UnpublishedChoices unpublished; ///< SandboxContext::unpublished; built before the verifier reads it
    RequestVerifier verifier;
    std::vector<std::unique_ptr<SandboxModule>> modules;
    HttpFront http;
    QPointer<QTcpServer> listener;
    QSet<QTcpSocket *> connections; // those that sent a request and are still open
    std::optional<SandboxPki> pki;
    std::unique_ptr<QTemporaryDir> tempDir;
    QString caPath;
    QUrl url;
    QHash<QString, quint64> callsPerRoute; ///< the fault injector's call index, by Route::key()
    quint64 queryCounter = 0;
    QByteArray controlSecret; ///< SandboxServer::controlSecret(), made at start()
    AnswerRecorder recorder;  ///< --record-answers (closed without it)
    bool started = false;
    bool running = false;
};

SandboxServer::Private::Private(SandboxServer *qq)
    : q(qq),
      clock(qq->m_options.clock, qq->m_options.timeScale, qq->m_options.faults.skewSecs),
      credentials(&clock),
      state(qq->m_options.stateFile),
      tasks(&clock, qq->m_options.seed),
      clockPart(&clock),
      faults(qq->m_options.faults, qq->m_options.seed),
      verifier(&credentials, &clock, qq->m_options.tls, &unpublished)
{
    tasks.setFaults(qq->m_options.faults); // task faults (detours, stalls) are the engine's
    context.clock = &clock;
    context.tasks = &tasks;
    context.stats = &stats;
    context.state = &state;
    context.credentials = &credentials;
    context.clientAddress = qq->m_options.clientAddress;
    context.unpublished = &unpublished;
    context.accountLanguage = qq->m_options.accountLanguage;
    state.addPart(&clockPart);
    state.addPart(&credentials);
    state.addPart(&tasks);
    state.addPart(&stats);
    stats.setTaskEngine(&tasks); // the "tasks" summary of /sandbox/stats
    QObject::connect(&tasks, &TaskEngine::changed, &state, &SandboxState::markDirty);
    http.onRequest = [this](const QHttpServerRequest &request, QTcpSocket *socket) {
        dispatch(request, socket);
    };
}

void SandboxServer::Private::dispatch(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Bounds (issue 15 item 9): the embedded sandbox runs in the GUI thread of a process that may
    // hold real secrets, so a local client must not exhaust it with connections or huge bodies.
    if (!connections.contains(socket)) {
        if (connections.size() >= q->m_options.maxConnections) {
            qCWarning(lcSandbox) << "too many connections: one refused";
            socket->abort();
            return;
        }
        connections.insert(socket);
        QObject::connect(socket, &QObject::destroyed, &http, [this, socket] { connections.remove(socket); });
        QObject::connect(socket, &QAbstractSocket::disconnected, &http, [this, socket] { connections.remove(socket); });
    }
    if (request.body().size() > q->m_options.maxBodyBytes) {
        stats.countRequest(u"(body too large)"_s);
        answer(request, socket, SandboxResponse::error(413, u"Request body too large"_s),
               u"(body too large)"_s, true);
        return;
    }
    tasks.advance();

    const QUrl requestUrl = request.url();
    SandboxRequest req;
    req.method = methodName(request.method());
    req.path = requestUrl.path(QUrl::FullyEncoded);
    if (req.path.isEmpty())
        req.path = u"/"_s;
    req.query = request.query();
    req.body = request.body();
    req.headers = request.headers();
    req.peer = request.remoteAddress();
    req.baseUrl = url;
    QByteArray pathAndQuery = req.path.toUtf8();
    if (requestUrl.hasQuery())
        pathAndQuery += '?' + requestUrl.query(QUrl::FullyEncoded).toUtf8();

    // /v1 is the same API as /1.0 (API notes §A.1): serve it with the /1.0 routes.
    QString matchPath = req.path;
    if (matchPath == u"/v1"_s || matchPath.startsWith(u"/v1/"_s))
        matchPath = u"/1.0"_s + matchPath.mid(3);
    const Router::Match match = router.match(req.method, matchPath);
    const Route *route = match.route;
    const QString routeKey =
            route ? route->key() : QString::fromLatin1(req.method) + u" (no route)"_s;
    stats.countRequest(routeKey);
    const bool api = !route || (route->access != RouteAccess::Browser);

    if (!route) {
        answer(request, socket,
               match.otherMethodMatched
                       ? SandboxResponse::error(405, u"Method not allowed"_s)
                       : SandboxResponse::error(404, u"Got an invalid (or empty) URL"_s),
               routeKey, api);
        return;
    }
    req.routeKey = route->key();
    req.params = match.params;

    if (route->access == RouteAccess::Introspection && !req.peer.isLoopback()) {
        answer(request, socket,
               SandboxResponse::error(403, u"Sandbox introspection is for loopback clients only"_s),
               routeKey, api);
        return;
    }

    // The control routes need the session's secret; the counters of GET /sandbox/stats do not.
    if (route->access == RouteAccess::Introspection && req.routeKey != u"GET /sandbox/stats"_s
        && !sameSecret(req.header(SandboxServer::controlHeader()), controlSecret)) {
        answer(request, socket,
               SandboxResponse::error(401, u"This sandbox control route needs the X-Sandbox-Control secret"_s),
               routeKey, api);
        return;
    }

    const quint64 callIndex = callsPerRoute[req.routeKey]++;
    const FaultDecision fault =
            faults.decide(req.routeKey, callIndex, route->mutating, route->faultScope);
    if (fault.action != FaultDecision::Action::None)
        stats.recordFault(req.routeKey, callIndex, fault.name());
    using Action = FaultDecision::Action;
    SandboxResponse response;
    bool dropAfter = false;
    if (fault.action == Action::DropBeforeExecute) {
        dropAfter = true;
    } else if (fault.action == Action::ServerError) {
        response = SandboxResponse::error(fault.httpStatus,
                                          u"Internal server error (injected by the sandbox)"_s);
    } else if (fault.action == Action::RateLimited) {
        response = SandboxResponse::error(429, u"Too many requests, retry later"_s);
        response.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSecs)});
    } else {
        bool executed = false;
        response = execute(req, *route, pathAndQuery, &executed);
        dropAfter = executed && fault.action == Action::DropAfterExecute;
        state.saveIfDirty(); // before the answer: a client that got it can rely on the file
    }

    const QPointer<QTcpSocket> guard(socket);
    const QHttpServerRequest *requestPtr = &request; // lives as long as its socket (Qt 6.4)
    auto deliver = [this, guard, requestPtr, response, routeKey, api, dropAfter]() {
        if (!guard)
            return;
        if (dropAfter)
            drop(guard, routeKey);
        else
            answer(*requestPtr, guard, response, routeKey, api);
    };
    if (fault.latencyMs > 0 || dropAfter) {
        // Deferred even without latency: a drop must not close the socket under the HTTP
        // server's feet while it is still handling the request.
        QTimer::singleShot(fault.latencyMs, &http, deliver);
    } else {
        deliver();
    }
}

SandboxResponse SandboxServer::Private::execute(SandboxRequest &req, const Route &route,
                                               const QByteArray &pathAndQuery, bool *executed)
{
    std::optional<SandboxResponse> refusal;
    if (route.access == RouteAccess::ApplicationKey) {
        refusal = verifier.checkApplicationKey(req);
    } else if (route.access == RouteAccess::Signed) {
        refusal = verifier.authenticate(req, pathAndQuery, q->m_options.clientAddress);
        if (!refusal && req.credential)
            credentials.touch(*req.credential);
    }
    *executed = !refusal;
    return refusal ? *refusal : route.handler(req);
}

SandboxResponse SandboxServer::handleInProcess(const QByteArray &method, const QByteArray &target,
                                               const QList<QPair<QByteArray, QByteArray>> &headers,
                                               const QByteArray &body)
{
    d->tasks.advance();
    const QUrl requestUrl = QUrl::fromEncoded(target);
    SandboxRequest req;
    req.method = method;
    req.path = requestUrl.path(QUrl::FullyEncoded);
    if (req.path.isEmpty())
        req.path = u"/"_s;
    req.query = QUrlQuery(requestUrl);
    req.body = body;
    req.headers = headers;
    req.peer = QHostAddress(QHostAddress::LocalHost);
    req.baseUrl = d->url;
    QByteArray pathAndQuery = req.path.toUtf8();
    if (requestUrl.hasQuery())
        pathAndQuery += '?' + requestUrl.query(QUrl::FullyEncoded).toUtf8();
    QString matchPath = req.path;
    if (matchPath == u"/v1"_s || matchPath.startsWith(u"/v1/"_s))
        matchPath = u"/1.0"_s + matchPath.mid(3);
    const Router::Match match = d->router.match(req.method, matchPath);
    if (!match.route)
        return SandboxResponse::error(match.otherMethodMatched ? 405 : 404,
                                      u"Got an invalid (or empty) URL"_s);
    req.routeKey = match.route->key();
    req.params = match.params;
    bool executed = false;
    return d->execute(req, *match.route, pathAndQuery, &executed);
}

QStringList SandboxServer::routeKeys() const
{
    QStringList keys;
    for (const Route &route : d->router.routes())
        keys << route.key();
    return keys;
}

void SandboxServer::Private::answer(const QHttpServerRequest &request, QTcpSocket *socket,
                                    SandboxResponse response, const QString &routeKey, bool api)
{
    QHttpServerResponder responder = HttpFront::responderFor(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    if (api)
        responder.writeHeader("X-Ovh-QueryID", "SBX.ext-1." + QByteArray::number(++queryCounter));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &h : std::as_const(response.headers))
        responder.writeHeader(h.first, h.second);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
    recorder.record(methodName(request.method()), request.url().path(QUrl::FullyEncoded),
                    request.url().query(QUrl::FullyEncoded), routeKey, response.status,
                    response.contentType, response.body);
    qCDebug(lcSandbox).noquote() << routeKey << response.status;
    emit q->requestHandled(routeKey, response.status);
}

void SandboxServer::Private::drop(QTcpSocket *socket, const QString &routeKey)
{
    qCDebug(lcSandbox).noquote() << routeKey << "dropped";
    socket->abort();
    emit q->requestHandled(routeKey, 0);
}

bool SandboxServer::Private::exportCa(QString *error)
{
    QString dir;
    QString name = u"snc-sandbox-ca.pem"_s;
    const QString stateFile = q->m_options.stateFile;
    if (!stateFile.isEmpty()) {
        const QFileInfo info(stateFile);
        dir = info.absolutePath();
        name = info.completeBaseName() + u"-ca.pem"_s;
    } else {
        tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/snc-sandbox-XXXXXX"_s);
        if (!tempDir->isValid()) {
            if (error)
                *error = u"cannot create a temporary folder: %1"_s.arg(tempDir->errorString());
            return false;
        }
        dir = tempDir->path();
    }
    caPath = QDir(dir).filePath(name);
    QString problem;
    if (stateFile.isEmpty()) {
        // A new private folder that nobody reads before start() returns: a plain write is enough.
        // (QSaveFile's flush to disk cost a disk sync in the embedded sandbox's start-up, in the
        // GUI thread.)
        QFile file(caPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(pki->caCertificatePem) < 0 || !file.flush())
            problem = file.errorString();
    } else {
        // Next to a state file that outlives the run: replaced atomically.
        QSaveFile file(caPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(pki->caCertificatePem) < 0 || !file.commit())
            problem = file.errorString();
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(caPath, problem);
        caPath.clear();
        return false;
    }
    return true;
}

// --- SandboxServer ---------------------------------------------------------------------------

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    d = std::make_unique<Private>(this);
}

void SandboxServer::setFaults(const FaultSpec &faults)
{
    FaultSpec spec = faults;
    spec.skewSecs = m_options.faults.skewSecs; // the clock was offset at construction
    m_options.faults = spec;
    d->faults = FaultInjector(spec, m_options.seed);
    d->tasks.setFaults(spec);
    qCInfo(lcSandbox).noquote() << "sandbox faults now" << spec.toString();
}

SandboxServer::~SandboxServer()
{
    stop();
}

void SandboxServer::registerModule(std::unique_ptr<SandboxModule> module)
{
    Q_ASSERT_X(!d->started, "SandboxServer::registerModule", "modules are added before start()");
    if (d->started || !module)
        return;
    d->state.addPart(module.get());
    d->modules.push_back(std::move(module));
}

bool SandboxServer::start(QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (d->running)
        return true;
    if (d->started)
        return fail(u"the sandbox cannot be restarted; create a new one"_s);
    d->started = true;
    for (const auto &[name, value] : std::as_const(m_options.unpublished)) {
        QString problem;
        if (!d->unpublished.set(name, value, &problem))
            return fail(u"--unpublished: %1"_s.arg(problem));
    }
    if (!m_options.controlSecret.isEmpty()) {
        d->controlSecret = m_options.controlSecret.toUtf8();
    } else {
        QByteArray random(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        d->controlSecret = random.toHex();
    }

    registerEngineRoutes(d->router, &d->context);
    for (const auto &module : d->modules) {
        module->attach(&d->context);
        module->registerRoutes(d->router);
    }
    QString why;
    if (!m_options.recordAnswersFile.isEmpty() && !d->recorder.open(m_options.recordAnswersFile, &why))
        return fail(u"--record-answers: %1"_s.arg(why));
    if (!d->state.load(&why))
        return fail(why);
    d->credentials.ensureDemo();
    d->state.markDirty();

    QTcpServer *listener = nullptr;
    if (m_options.tls) {
        QStringList extraIps;
        const QHostAddress &a = m_options.listenAddress;
        if (!a.isLoopback() && a != QHostAddress::Any && a != QHostAddress::AnyIPv4
            && a != QHostAddress::AnyIPv6)
            extraIps << a.toString();
        d->pki = SandboxPki::generate(extraIps, &why, m_options.tlsLeaf);
        if (!d->pki)
            return fail(u"cannot generate the TLS certificates: %1"_s.arg(why));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate(d->pki->serverCertificatePem, QSsl::Pem));
        ssl.setPrivateKey(QSslKey(d->pki->serverKeyPem, QSsl::Ec, QSsl::Pem));
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        auto *sslServer = new QSslServer(&d->http);
        sslServer->setSslConfiguration(ssl);
        listener = sslServer;
        if (!d->exportCa(&why))
            return fail(why);
    } else {
        listener = new QTcpServer(&d->http);
    }
    if (!listener->listen(m_options.listenAddress, m_options.port)) {
        const QString reason = listener->errorString();
        delete listener;
        return fail(u"cannot listen on %1 port %2: %3"_s.arg(m_options.listenAddress.toString())
                            .arg(m_options.port)
                            .arg(reason));
    }
    d->http.bind(listener);
    d->listener = listener;

    QUrl u;
    u.setScheme(m_options.tls ? u"https"_s : u"http"_s);
    const QHostAddress &a = m_options.listenAddress;
    if (a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a.isLoopback())
        u.setHost(a.protocol() == QAbstractSocket::IPv6Protocol && a != QHostAddress::Any
                          ? u"::1"_s
                          : u"127.0.0.1"_s);
    else if (a == QHostAddress::AnyIPv6)
        u.setHost(u"::1"_s);
    else
        u.setHost(a.toString());
    u.setPort(listener->serverPort());
    d->url = u;
    d->context.baseUrl = u;
    d->running = true;
    d->state.saveIfDirty();
    if (m_options.faults.hasFaults())
        qCInfo(lcSandbox).noquote() << "sandbox listening on" << u.toString() << "with faults"
                                    << m_options.faults.toString();
    else
        qCInfo(lcSandbox).noquote() << "sandbox listening on" << u.toString();
    return true;
}

void SandboxServer::stop()
{
    if (!d->running)
        return;
    d->running = false;
    if (d->listener)
        d->listener->close();
    d->state.markDirty();
    d->state.saveIfDirty();
    qCInfo(lcSandbox) << "sandbox stopped";
}

bool SandboxServer::isRunning() const
{
    return d->running;
}

QUrl SandboxServer::url() const
{
    return d->url;
}

quint16 SandboxServer::port() const
{
    return quint16(d->url.port(0));
}

QString SandboxServer::caPemPath() const
{
    return d->caPath;
}

QByteArray SandboxServer::caPem() const
{
    return d->pki ? d->pki->caCertificatePem : QByteArray();
}

QString SandboxServer::applicationKey() const
{
    return d->credentials.demoApplication().key;
}

QString SandboxServer::applicationSecret() const
{
    return d->credentials.demoApplication().secret;
}

QString SandboxServer::consumerKey() const
{
    const Credential *c = d->credentials.demoCredential();
    return c ? c->consumerKey : QString();
}

QString SandboxServer::controlSecret() const
{
    return QString::fromUtf8(d->controlSecret);
}

QJsonObject SandboxServer::startupInfo() const
{
    return QJsonObject{
            {u"url"_s, url().toString()},
            {u"ca"_s, d->caPath.isEmpty() ? QJsonValue() : QJsonValue(d->caPath)},
            {u"applicationKey"_s, applicationKey()},
            {u"applicationSecret"_s, applicationSecret()},
            {u"consumerKey"_s, consumerKey()},
            {u"controlSecret"_s, controlSecret()},
            {u"unpublished"_s, d->unpublished.toJson()},
    };
}

bool SandboxServer::setUnpublished(const QString &name, const QString &value, QString *why)
{
    if (!d->unpublished.set(name, value, why))
        return false;
    qCInfo(lcSandbox).noquote() << "sandbox unpublished behaviour" << name << "=" << value;
    return true;
}

bool SandboxServer::isAccountLanguage(const QString &language)
{
    static const QRegularExpression tag(QStringLiteral("^[a-z]{2}_[A-Z]{2}$"));
    return tag.match(language).hasMatch();
}

bool SandboxServer::setAccountLanguage(const QString &language)
{
    if (!isAccountLanguage(language))
        return false;
    d->context.accountLanguage = language;
    return true;
}

QString SandboxServer::accountLanguage() const
{
    return d->context.accountLanguage;
}

const UnpublishedChoices &SandboxServer::unpublished() const
{
    return d->unpublished;
}

SandboxClock *SandboxServer::clock() const
{
    return &d->clock;
}

TaskEngine *SandboxServer::tasks() const
{
    return &d->tasks;
}

SandboxStats *SandboxServer::stats() const
{
    return &d->stats;
}

CredentialStore *SandboxServer::credentials() const
{
    return &d->credentials;
}

SandboxContext *SandboxServer::context() const
{
    return &d->context;
}

} // namespace snc::sandbox
