// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/PskCustody.h"

#include "secrets/SecretKeys.h"
#include "stages/StageContext.h"

#include <utility>

namespace snc {

PskCustody::PskCustody(StageContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_record(context, QStringLiteral("ipsecPsk"))
{
}

void PskCustody::keepGenerated(const SecretBytes &psk)
{
    m_fresh = psk.clone();
    m_record.markShown(); // remembered before it is shown: a crash cannot skip the question
    emit freshChanged();
    emit storedChanged();
}

void PskCustody::forgetFresh()
{
    if (m_fresh.isEmpty())
        return;
    m_fresh = SecretBytes();
    emit freshChanged();
}

void PskCustody::confirm(bool stored)
{
    m_record.confirm(stored);
    if (stored)
        forgetFresh();
}

void PskCustody::recoverOwed()
{
    StageContext *ctx = m_context;
    if (!ctx || !m_fresh.isEmpty() || !m_record.isPending() || ctx->serviceName().isEmpty())
        return;
    // A wizard stopped before the user confirmed: the key (kept in the keychain since its first
    // apply) is shown again, so the question can be answered.
    const QString service = ctx->serviceName();
    ctx->readSecret(SecretKeys::nsxIpsecPsk(ctx->secretScope(), service), QString(), this,
                    [this, service](Result<SecretBytes> read) {
        if (!read.ok() || !m_context || m_context->serviceName() != service || !m_fresh.isEmpty()
            || !m_record.isPending())
            return;
        m_fresh = std::move(read.value());
        emit freshChanged();
    });
}

} // namespace snc
