// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/TokenValidationOption.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "stages/StageContext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace snc {

TokenValidationOption::TokenValidationOption(StageContext *context)
    : QObject(context), m_context(context)
{
    connect(context, &StageContext::serviceChanged, this, &TokenValidationOption::forget);
    connect(context, &StageContext::endpointChanged, this, &TokenValidationOption::forget);
}

TokenValidationOption::~TokenValidationOption()
{
    dropRead();
}

void TokenValidationOption::dropRead()
{
    // Disconnected first: an abort answers at once, and nobody may hear about a dropped read.
    if (m_read) {
        disconnect(m_read, nullptr, this, nullptr);
        m_read->abort();
    }
    m_read = nullptr;
}

bool TokenValidationOption::isKnownEnabled() const
{
    return !m_enabledFor.isEmpty() && m_enabledFor == m_context->serviceName();
}

void TokenValidationOption::markEnabled()
{
    if (!m_context->serviceName().isEmpty())
        m_enabledFor = m_context->serviceName();
}

bool TokenValidationOption::isEnabledIn(const QJsonArray &matrix)
{
    for (const QJsonValue &v : matrix) {
        const QJsonObject o = v.toObject();
        if (o.value("name"_L1).toString() == "tokenValidation"_L1 && o.value("enabled"_L1).toBool())
            return true;
    }
    return false;
}

void TokenValidationOption::noteMatrix(const QJsonArray &matrix)
{
    if (isEnabledIn(matrix))
        markEnabled();
}

void TokenValidationOption::whenKnown(QObject *scope, std::function<void(Answer)> then)
{
    if (isKnownEnabled()) {
        then(Answer::Enabled);
        return;
    }
    m_waiters.append({scope, std::move(then)});
    read();
}

void TokenValidationOption::forget()
{
    // Another service (or the same name on another server) is another option state; the waiters
    // asked about the previous one, so they are dropped unanswered, as the gates reset themselves.
    dropRead();
    m_waiters.clear();
    m_enabledFor.clear();
}

void TokenValidationOption::read()
{
    if (m_read)
        return; // the waiter joins the read in flight
    ApiClient *api = m_context->api();
    const QString service = m_context->serviceName();
    if (!api || service.isEmpty()) {
        m_waiters.clear(); // nothing to read: the gates ask again with their next task
        return;
    }
    m_read = api->get(m_context->servicePath() + u"/securityOptions/compatibilityMatrix"_s,
                      QUrlQuery{{u"showIncompatible"_s, u"true"_s}});
    m_read->onFinished(this, [this, service](const Result<QJsonValue> &result) {
        m_read = nullptr;
        if (m_context->serviceName() != service)
            return; // forget() already dropped the waiters
        Answer answer = Answer::Unknown;
        if (result.ok())
            answer = isEnabledIn(result.value().toArray()) ? Answer::Enabled : Answer::Disabled;
        // Only "enabled" is kept: stage 2 may enable the option later in this session.
        if (answer == Answer::Enabled)
            m_enabledFor = service;
        const QList<Waiter> waiters = std::exchange(m_waiters, {});
        for (const Waiter &w : waiters) {
            if (w.scope)
                w.then(answer);
        }
    });
}

} // namespace snc
