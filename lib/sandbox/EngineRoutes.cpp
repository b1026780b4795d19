// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineRoutes.h"

#include "AccessRule.h"
#include "CredentialStore.h"
#include "DemoAccount.h"
#include "Router.h"
#include "SandboxClock.h"
#include "SandboxModule.h"
#include "SandboxStats.h"
#include "UnpublishedChoices.h"
#include "core/Log.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace snc::sandbox {

namespace {

// The sandbox imitates OVHcloud's own pages and API messages, which are English; it is a
// developer tool, so its texts are not part of the wizard's translations.

QJsonValue dateOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(SandboxClock::isoDate(ms)) : QJsonValue();
}

QJsonObject credentialJson(const CredentialStore &store, const Credential &c)
{
    return QJsonObject{
            {u"credentialId"_s, c.id},
            {u"applicationId"_s, c.applicationId},
            {u"status"_s, Credential::stateName(store.effectiveState(c))},
            {u"rules"_s, AccessRule::toJson(c.rules)},
            {u"creation"_s, SandboxClock::isoDate(c.creationMs)},
            {u"expiration"_s, dateOrNull(c.expirationMs)},
            {u"lastUse"_s, dateOrNull(c.lastUseMs)},
            {u"allowedIPs"_s, c.allowedIPs.isEmpty() ? QJsonValue()
                                                     : QJsonValue(QJsonArray::fromStringList(c.allowedIPs))},
            {u"ovhSupport"_s, false},
    };
}

SandboxResponse postCredential(SandboxContext *ctx, SandboxRequest &req)
{
    bool ok = false;
    const QJsonValue body = req.json(&ok);
    if (!ok || !body.isObject())
        return SandboxResponse::error(400, u"Invalid JSON body: an object is expected"_s);
    const QJsonObject o = body.toObject();
    QString why;
    const auto rules = AccessRule::parseList(o.value(u"accessRules"_s).toArray(), &why);
    if (!rules)
        return SandboxResponse::error(400, why);
    QStringList allowedIPs;
    for (const QJsonValue &v : o.value(u"allowedIPs"_s).toArray()) {
        const QString block = v.toString();
        const auto subnet = QHostAddress::parseSubnet(block.contains(u'/') ? block : block + u"/32"_s);
        if (subnet.first.isNull())
            return SandboxResponse::error(400, u"Invalid CIDR block '%1' in allowedIPs"_s.arg(block));
        allowedIPs.append(block);
    }
    const QString redirection = o.value(u"redirection"_s).toString();
    if (!redirection.isEmpty()) {
        const QUrl r(redirection, QUrl::StrictMode);
        if (!r.isValid() || (r.scheme() != u"http"_s && r.scheme() != u"https"_s))
            return SandboxResponse::error(400, u"Invalid redirection URL"_s);
    }
    const Application *app =
            ctx->credentials->applicationByKey(QString::fromLatin1(req.header("X-Ovh-Application")));
    Q_ASSERT(app); // RouteAccess::ApplicationKey checked it
    Credential &c = ctx->credentials->createPending(*app, *rules, redirection, allowedIPs);
    ctx->stats->reportCreated(u"credential"_s, QString::number(c.id));
    ctx->mutated();
    qCInfo(lcSandbox) << "credential" << c.id << "requested, pending validation";
    return SandboxResponse::json(QJsonObject{
            {u"validationUrl"_s, validationUrlFor(req.baseUrl.toString(), c.credentialToken)},
            {u"consumerKey"_s, c.consumerKey},
            {u"state"_s, u"pendingValidation"_s},
    });
}

// --- the browser validation page -------------------------------------------------------------

QString pageShell(const QString &title, const QString &body)
{
    return u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<title>%1</title><style>"
           "body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em;color:#111}"
           "h1{font-size:1.4em}.box{border:1px solid #ccc;border-radius:6px;padding:1em;margin:1em 0}"
           "label{display:block;margin:.6em 0 .2em}input,select{font-size:1em;padding:.3em;width:100%}"
           "button{font-size:1em;padding:.5em 1.2em;margin:1em .5em 0 0}"
           ".error{color:#a00;font-weight:bold}.hint{color:#555;font-size:.9em}code{background:#eee}"
           "</style></head><body><p class=\"hint\">OVHcloud API sandbox (simulation)</p>%2"
           "</body></html>\n"_s.arg(title.toHtmlEscaped(), body);
}

SandboxResponse messagePage(const QString &title, const QString &text, int status = 200)
{
    return SandboxResponse::html(pageShell(title, u"<h1>%1</h1><p>%2</p>"_s.arg(
                                                          title.toHtmlEscaped(), text.toHtmlEscaped())),
                                 status);
}

SandboxResponse validationForm(SandboxContext *ctx, const Credential &c, const QString &error)
{
    QString rules;
    for (const AccessRule &r : c.rules)
        rules += u"<li><code>%1 %2</code></li>"_s.arg(r.method.toHtmlEscaped(), r.path.toHtmlEscaped());
    const QString appName = ctx->credentials->demoApplication().name;
    const QString body =
            u"<h1>Authorize an application</h1>"
            "<div class=\"box\"><p>The application <strong>%1</strong> asks for access to your "
            "account with these rights:</p><ul id=\"rules\">%2</ul></div>"
            "%3"
            "<form method=\"post\" action=\"/auth/\">"
            "<input type=\"hidden\" name=\"credentialToken\" value=\"%4\">"
            "<label for=\"login\">Account ID or e-mail</label>"
            "<input id=\"login\" name=\"login\" autocomplete=\"username\" value=\"%5\">"
            "<label for=\"password\">Password</label>"
            "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\">"
            "<label for=\"validity\">Validity</label>"
            "<select id=\"validity\" name=\"validity\">"
            "<option value=\"3600\">1 hour</option>"
            "<option value=\"86400\" selected>1 day</option>"
            "<option value=\"2592000\">30 days</option>"
            "<option value=\"0\">Unlimited</option></select>"
            "<button type=\"submit\" name=\"action\" value=\"authorize\">Authorize</button>"
            "<button type=\"submit\" name=\"action\" value=\"refuse\">Refuse</button>"
            "</form><p class=\"hint\">Sandbox account: <code>%5</code>, password "
            "<code>%6</code>.</p>"_s.arg(appName.toHtmlEscaped(), rules,
                                         error.isEmpty() ? QString()
                                                         : u"<p class=\"error\">%1</p>"_s.arg(
                                                                   error.toHtmlEscaped()),
                                         c.credentialToken.toHtmlEscaped(),
                                         demo::nicHandle().toHtmlEscaped(),
                                         demo::password().toHtmlEscaped());
    return SandboxResponse::html(pageShell(u"Authorize an application"_s, body),
                                 error.isEmpty() ? 200 : 403);
}

/// Shared by the page and the JSON endpoint: the outcome for a credential in `state`.
SandboxResponse alreadyDecided(const CredentialStore &store, const Credential &c)
{
    switch (store.effectiveState(c)) {
    case Credential::State::Validated:
        return messagePage(u"Already authorized"_s,
                           u"This application is already authorized. You can close this window."_s);
    case Credential::State::Refused:
        return messagePage(u"Refused"_s, u"This authorization request was refused."_s, 410);
    case Credential::State::Expired:
        return messagePage(u"Expired"_s, u"This authorization has expired."_s, 410);
    case Credential::State::PendingValidation:
        break;
    }
    return messagePage(u"Error"_s, u"Unexpected state."_s, 500);
}

SandboxResponse validationPage(SandboxContext *ctx, SandboxRequest &req)
{
    const bool post = req.method == "POST";
    const QUrlQuery form = post ? req.form() : req.query;
    QString token = form.queryItemValue(u"credentialToken"_s, QUrl::FullyDecoded);
    if (token.isEmpty())
        token = req.query.queryItemValue(u"credentialToken"_s, QUrl::FullyDecoded);
    Credential *c = ctx->credentials->byToken(token);
    if (!c)
        return messagePage(u"Unknown request"_s,
                           u"This authorization link is invalid or was already used."_s, 404);
    if (ctx->credentials->effectiveState(*c) != Credential::State::PendingValidation)
        return alreadyDecided(*ctx->credentials, *c);
    if (!post)
        return validationForm(ctx, *c, {});

    const QString action = form.queryItemValue(u"action"_s, QUrl::FullyDecoded);
    if (action == u"refuse"_s) {
        ctx->credentials->refuse(*c);
        ctx->mutated();
        return messagePage(u"Refused"_s, u"You refused this authorization request."_s);
    }
    const QString login = form.queryItemValue(u"login"_s, QUrl::FullyDecoded).trimmed();
    const QString password = form.queryItemValue(u"password"_s, QUrl::FullyDecoded);
    const bool loginOk = login.compare(demo::nicHandle(), Qt::CaseInsensitive) == 0
            || login.compare(demo::email(), Qt::CaseInsensitive) == 0;
    if (!loginOk || password != demo::password())
        return validationForm(ctx, *c, u"Invalid account ID or password."_s);
    bool ok = false;
    const qint64 validity = form.queryItemValue(u"validity"_s).toLongLong(&ok);
    ctx->credentials->validate(*c, ok && validity > 0 ? validity : 0);
    ctx->mutated();
    qCInfo(lcSandbox) << "credential" << c->id << "validated in the browser";
    if (!c->redirection.isEmpty())
        return SandboxResponse::redirect(QUrl(c->redirection));
    return messagePage(u"Authorized"_s,
                       u"The application is now authorized. You can close this window."_s);
}

SandboxResponse validateJson(SandboxContext *ctx, SandboxRequest &req)
{
    bool ok = false;
    const QJsonObject o = req.json(&ok).toObject();
    if (!ok)
        return SandboxResponse::error(400, u"Invalid JSON body"_s);
    QString token = o.value(u"credentialToken"_s).toString();
    const QString url = o.value(u"validationUrl"_s).toString();
    if (token.isEmpty() && !url.isEmpty())
        token = QUrlQuery(QUrl(url)).queryItemValue(u"credentialToken"_s, QUrl::FullyDecoded);
    Credential *c = ctx->credentials->byToken(token);
    if (!c)
        c = ctx->credentials->byConsumerKey(o.value(u"consumerKey"_s).toString());
    if (!c)
        return SandboxResponse::notFound(u"credential"_s);
    if (ctx->credentials->effectiveState(*c) != Credential::State::PendingValidation)
        return SandboxResponse::error(409, u"This credential is %1, not pending validation"_s.arg(
                                                   Credential::stateName(ctx->credentials->effectiveState(*c))));
    if (o.value(u"refuse"_s).toBool())
        ctx->credentials->refuse(*c);
    else
        ctx->credentials->validate(*c, qMax<qint64>(0, o.value(u"validity"_s).toInteger()));
    ctx->mutated();
    return SandboxResponse::json(QJsonObject{
            {u"credentialId"_s, c->id},
            {u"status"_s, Credential::stateName(ctx->credentials->effectiveState(*c))},
            {u"expiration"_s, dateOrNull(c->expirationMs)},
    });
}

SandboxResponse serverTime(SandboxContext *ctx, SandboxRequest &)
{
    return SandboxResponse::json(ctx->clock->apiNowSecs());
}

SandboxResponse currentCredential(SandboxContext *ctx, SandboxRequest &req)
{
    return SandboxResponse::json(credentialJson(*ctx->credentials, *req.credential));
}

SandboxResponse authDetails(SandboxContext *, SandboxRequest &)
{
    return SandboxResponse::json(QJsonObject{
            {u"account"_s, demo::nicHandle()},
            {u"method"_s, u"account"_s},
            {u"identities"_s, QJsonArray{u"urn:v1:eu:identity:account:%1"_s.arg(demo::nicHandle())}},
            {u"roles"_s, QJsonArray{}},
            // auth.Details has no allowedIPs (that is api.Credential's); null: every route allowed.
            {u"allowedRoutes"_s, QJsonValue()},
            {u"description"_s, QJsonValue()},
            {u"user"_s, QJsonValue()},
    });
}

SandboxResponse logout(SandboxContext *ctx, SandboxRequest &req)
{
    ctx->credentials->expireNow(*req.credential);
    ctx->mutated();
    return SandboxResponse::json(QJsonValue());
}

SandboxResponse me(SandboxContext *ctx, SandboxRequest &)
{
    QJsonObject account = demo::me();
    account.insert(u"language"_s, ctx->accountLanguage); // the one the practice messages follow
    return SandboxResponse::json(account);
}

SandboxResponse stats(SandboxContext *ctx, SandboxRequest &)
{
    return SandboxResponse::json(ctx->stats->toJson());
}

SandboxResponse resetStats(SandboxContext *ctx, SandboxRequest &)
{
    ctx->stats->reset();
    return SandboxResponse::json(ctx->stats->toJson());
}

SandboxResponse unpublishedChoices(SandboxContext *ctx, SandboxRequest &)
{
    return SandboxResponse::json(ctx->unpublished->toJson());
}

/// `POST /sandbox/unpublished {NAME: VALUE, …}`: all or nothing, so a refused name or value
/// leaves every switch as it was (issue 16, UNPUBLISHED.md).
SandboxResponse setUnpublishedChoices(SandboxContext *ctx, SandboxRequest &req)
{
    bool ok = false;
    const QJsonValue body = req.json(&ok);
    if (!ok || !body.isObject() || body.toObject().isEmpty())
        return SandboxResponse::error(400, u"Expected a JSON object {\"NAME\": \"VALUE\"} of unpublished-behaviour switches"_s);
    const QJsonObject o = body.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            return SandboxResponse::error(400, u"The value of %1 must be a string"_s.arg(it.key()));
        if (const QString p = UnpublishedChoices::problem(it.key(), it.value().toString()); !p.isEmpty())
            return SandboxResponse::error(400, p);
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        ctx->unpublished->set(it.key(), it.value().toString());
        qCInfo(lcSandbox).noquote() << "sandbox unpublished behaviour" << it.key() << "=" << it.value().toString();
    }
    return SandboxResponse::json(ctx->unpublished->toJson());
}

/// One line of the engine's route table (its handlers are free functions of the context).
struct EngineRoute
{
    const char *method;
    QStringView pattern;
    RouteAccess access;
    SandboxResponse (*handler)(SandboxContext *, SandboxRequest &);
    std::optional<FaultScope> faultScope = std::nullopt;
};

} // namespace

QString validationUrlFor(const QString &baseUrl, const QString &credentialToken)
{
    QString base = baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + u"/auth/?credentialToken="_s
            + QString::fromLatin1(QUrl::toPercentEncoding(credentialToken));
}

void registerEngineRoutes(Router &router, SandboxContext *ctx)
{
    constexpr RouteAccess signed_ = RouteAccess::Signed;
    constexpr RouteAccess browser = RouteAccess::Browser;
    constexpr RouteAccess introspection = RouteAccess::Introspection;
    // clang-format off
    static const EngineRoute kRoutes[] = {
        {"GET", u"/1.0/auth/time", RouteAccess::Public, &serverTime, FaultScope::LatencyOnly},
        {"POST", u"/1.0/auth/credential", RouteAccess::ApplicationKey, &postCredential},
        {"GET", u"/1.0/auth/currentCredential", signed_, &currentCredential},
        {"GET", u"/1.0/auth/details", signed_, &authDetails},
        {"POST", u"/1.0/auth/logout", signed_, &logout},
        {"GET", u"/1.0/me", signed_, &me},
        {"GET", u"/auth/", browser, &validationPage},
        {"POST", u"/auth/", browser, &validationPage},
        {"GET", u"/auth", browser, &validationPage},
        {"POST", u"/auth", browser, &validationPage},
        {"GET", u"/sandbox/stats", introspection, &stats},
        {"POST", u"/sandbox/stats/reset", introspection, &resetStats},
        {"POST", u"/sandbox/validate-credential", introspection, &validateJson},
        {"GET", u"/sandbox/unpublished", introspection, &unpublishedChoices},
        {"POST", u"/sandbox/unpublished", introspection, &setUnpublishedChoices},
    };
    // clang-format on
    for (const EngineRoute &route : kRoutes) {
        router.add(route.method, route.pattern.toString(), route.access,
                   [ctx, handler = route.handler](SandboxRequest &req) { return handler(ctx, req); },
                   route.faultScope);
    }
}

} // namespace snc::sandbox
