// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiCall.h"

#include "ApiClient.h"

#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace snc {

ApiCall::ApiCall(QObject *parent)
    : QObject(parent)
    , m_result(ApiError::make(ApiError::Kind::Canceled, u"not finished"_s))
{
}

ApiCall::~ApiCall()
{
    // Destroyed with its client while still on the wire: drop the reply without a signal.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::abort()
{
    if (m_finished)
        return;
    if (m_client) {
        m_client->abortCall(this);
        return;
    }
    m_finished = true;
    m_stage = Stage::Done;
    m_result = ApiError::make(ApiError::Kind::Canceled);
    emit finished();
    deleteLater();
}

QByteArray ApiCall::responseHeader(const QByteArray &name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace snc
