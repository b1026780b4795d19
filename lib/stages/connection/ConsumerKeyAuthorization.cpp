// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/connection/ConsumerKeyAuthorization.h"

#include "api/ApiClient.h"
#include "stages/connection/ConnectionKeys.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace snc {

ConsumerKeyAuthorization::ConsumerKeyAuthorization(ApiClient *api, QObject *parent)
    : QObject(parent), m_api(api)
{
}

ConsumerKeyAuthorization::~ConsumerKeyAuthorization()
{
    if (m_flow)
        m_flow->cancel();
}

void ConsumerKeyAuthorization::start(const QList<AccessRule> &rules)
{
    drop();
    if (!m_api)
        return;
    m_flow = new CredentialFlow(m_api, this);
    connect(m_flow, &CredentialFlow::credentialRequested, this, [this](const QUrl &url) {
        m_validationUrl = url;
        emit validationRequested(url);
        m_flow->waitForValidation();
    });
    connect(m_flow, &CredentialFlow::validated, this, [this](const QDateTime &expiration) {
        m_consumerKey = m_flow->takeConsumerKey();
        m_flow->deleteLater();
        m_flow = nullptr;
        m_validationUrl.clear();
        emit validated(expiration);
    });
    // A failed flow stays (its URL too) until the next start() or cancel().
    connect(m_flow, &CredentialFlow::failed, this, &ConsumerKeyAuthorization::failed);
    connect(m_flow, &CredentialFlow::stillWaiting, this, &ConsumerKeyAuthorization::stillWaiting);
    m_flow->requestCredential(rules);
}

bool ConsumerKeyAuthorization::checkNow()
{
    if (!m_flow || m_flow->state() != CredentialFlow::State::Polling)
        return false;
    m_flow->checkNow();
    return true;
}

void ConsumerKeyAuthorization::cancel()
{
    drop();
}

void ConsumerKeyAuthorization::drop()
{
    if (m_flow) {
        m_flow->cancel();
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    m_validationUrl.clear();
}

bool ConsumerKeyAuthorization::validateInSandbox(const PracticeSandbox &sandbox)
{
    QNetworkAccessManager *nam = m_api ? m_api->networkAccessManager() : nullptr;
    if (!nam || m_validationUrl.isEmpty())
        return false;
    QUrl url = sandbox.apiBase;
    url.setPath(u"/sandbox/validate-credential"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(30000);
    request.setRawHeader("X-Sandbox-Control", sandbox.controlSecret.expose());
    if (!sandbox.caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(sandbox.caCertificates);
        request.setSslConfiguration(tls);
    }
    const QByteArray body = QJsonDocument(QJsonObject{{u"validationUrl"_s, m_validationUrl.toString()},
                                                      {u"validity"_s, 3600 * 24}})
                                    .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = nam->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            emit sandboxValidationFailed(
                    ApiError::make(ApiError::Kind::Network, u"sandbox validation: "_s + reply->errorString()));
        // Success is noticed by the CredentialFlow's wait.
    });
    return true;
}

} // namespace snc
