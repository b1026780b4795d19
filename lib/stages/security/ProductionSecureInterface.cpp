// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/security/ProductionSecureInterface.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "core/Poller.h"
#include "stages/StageContext.h"

#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace snc {

struct ProductionSecureInterface::Private
{
    Poller *poller = nullptr;
    int intervalMs = 10000;
    QPointer<ApiCall> call;
};

namespace {

ApiError notHere()
{
    ApiError e = ApiError::make(ApiError::Kind::Validation, u"production secure interface"_s);
    e.serverMessage = QCoreApplication::translate(
            "snc::ProductionSecureInterface",
            "On OVHcloud this step is done on the secure interface web page, not in the wizard.",
            "@error");
    return e;
}

} // namespace

ProductionSecureInterface::ProductionSecureInterface(StageContext *context, QObject *parent)
    : SecureInterface(context, parent), d(new Private)
{
    // The user works in the browser for as long as it takes: no deadline, one read at a time.
    d->poller = new Poller(this);
    connect(d->poller, &Poller::due, this, &ProductionSecureInterface::poll);
}

ProductionSecureInterface::~ProductionSecureInterface()
{
    if (d->call)
        d->call->abort();
    delete d;
}

void ProductionSecureInterface::setPollIntervalMs(int ms)
{
    d->intervalMs = qMax(1, ms);
}

void ProductionSecureInterface::startPasswordReset(const QString &login)
{
    Q_UNUSED(login); // the page asks for it
    const QUrl url = baseUrl();
    if (url.isEmpty()) {
        emit failed(notHere());
        return;
    }
    emit openUrlRequested(url);
    if (step() == Step::Enabled)
        return;
    setStep(Step::External);
    if (!m_accountPath.isEmpty())
        d->poller->start(d->intervalMs);
}

void ProductionSecureInterface::submitCodes(SecretBytes, SecretBytes)
{
    emit failed(notHere());
}

void ProductionSecureInterface::definePassword(SecretBytes)
{
    emit failed(notHere());
}

void ProductionSecureInterface::confirmTotp(SecretBytes)
{
    emit failed(notHere());
}

void ProductionSecureInterface::validateOperation(qint64 taskId, SecretBytes token)
{
    const StageContext *ctx = context();
    // The page for the operation, without the token: a URL reaches the browser's command line
    // (readable by every local user), its history and Qt's "no browser" warning. The user types
    // the SMS token in the page's own form (issue 15 item 5).
    token.clear();
    QUrl url = ctx ? ctx->operationValidationUrl(taskId, QString()) : QUrl();
    if (url.isEmpty()) {
        emit failed(notHere());
        return;
    }
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("token"));
    url.setQuery(query);
    emit openUrlRequested(url);
    emit operationValidationSent(taskId);
}

void ProductionSecureInterface::cancel()
{
    d->poller->stop();
    if (d->call)
        d->call->abort();
    setBusy(false);
    if (step() != Step::Enabled)
        setStep(Step::Idle);
}

void ProductionSecureInterface::poll()
{
    StageContext *ctx = context();
    if (!ctx || !ctx->api() || m_accountPath.isEmpty()) {
        d->poller->stop();
        return;
    }
    ApiCall *call = ctx->api()->get(m_accountPath);
    d->call = call;
    call->onFinished(this, [this](const Result<QJsonValue> &r) {
        d->call = nullptr;
        if (r.ok() && r.value().toObject().value("activationState"_L1).toString() == "enabled"_L1) {
            d->poller->stop();
            markEnabled();
            return;
        }
        // Keep watching; transient errors are expected while the user works.
        d->poller->again(d->intervalMs);
    });
}

} // namespace snc
