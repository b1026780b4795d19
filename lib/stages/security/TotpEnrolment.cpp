// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/security/TotpEnrolment.h"

#include "core/Clock.h"
#include "otp/Base32.h"
#include "otp/OtpAuthUri.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

/// Far enough to recognise a phone whose clock is a few minutes off (±10 steps = ±5 min).
constexpr int kClockOffSteps = 10;

} // namespace

TotpEnrolment::TotpEnrolment(Clock *clock, QObject *parent) : QObject(parent), m_clock(clock) {}

TotpEnrolment::~TotpEnrolment() = default;

bool TotpEnrolment::setOtpauthUri(SecretBytes uri)
{
    std::optional<OtpAuthUri> parsed = OtpAuthUri::parse(uri);
    if (!parsed || parsed->secret.isEmpty()) {
        clear();
        return false;
    }
    m_uri = std::move(uri);
    m_secret = parsed->secret.clone();
    m_issuer = parsed->issuer;
    m_account = parsed->account;
    m_parameters = parsed->parameters;
    emit changed();
    return true;
}

void TotpEnrolment::clear()
{
    const bool was = isReady();
    m_uri.clear();
    m_secret.clear();
    m_issuer.clear();
    m_account.clear();
    m_parameters = {};
    if (was)
        emit changed();
}

SecretBytes TotpEnrolment::groupedSecret() const
{
    if (!isReady())
        return {};
    return Base32::grouped(Base32::encode(m_secret), 4);
}

TotpEnrolment::Check TotpEnrolment::checkCode(const QString &code) const
{
    Check c;
    if (!isReady()) {
        c.result = Result::NotReady;
        c.message = tr("Define the password first: the authenticator key is not available yet.", "@error");
        return c;
    }
    QString digits = code;
    digits.remove(u' ');
    digits.remove(QChar(0x00a0));
    bool allDigits = digits.size() == m_parameters.digits;
    for (QChar ch : digits)
        allDigits = allDigits && ch >= u'0' && ch <= u'9';
    if (!allDigits) {
        c.result = Result::Malformed;
        c.message = tr("Type the %1-digit code your authenticator app shows.", "@error")
                            .arg(m_parameters.digits);
        wipe(digits);
        return c;
    }
    const qint64 now = m_clock ? m_clock->nowSecs() : QDateTime::currentSecsSinceEpoch();
    const SecretBytes typed = SecretBytes::fromString(digits);
    wipe(digits);
    const Totp::Verification exact = Totp::verify(m_secret, typed, now, 1, m_parameters);
    if (exact.ok()) {
        c.result = Result::Ok;
        return c;
    }
    const Totp::Verification wide = Totp::verify(m_secret, typed, now, kClockOffSteps, m_parameters);
    if (wide.ok()) {
        c.result = Result::ClockOff;
        c.offsetSeconds = wide.stepOffset * m_parameters.periodSecs;
        const int n = qAbs(c.offsetSeconds);
        c.message = c.offsetSeconds > 0
                ? tr("This code is from about %n second(s) in the future: your phone's clock seems "
                     "ahead. Turn on automatic date and time on the phone, then type the new code.",
                     "@error", n)
                : tr("This code is from about %n second(s) ago: your phone's clock seems behind. "
                     "Turn on automatic date and time on the phone, then type the new code.",
                     "@error", n);
        return c;
    }
    c.result = Result::WrongCode;
    c.message = tr("This code is not the one expected. Check that you scanned the code shown "
                   "here (not an older entry for the same account) and type the current code.",
                   "@error");
    return c;
}

SecretBytes TotpEnrolment::currentCode() const
{
    if (!isReady())
        return {};
    const qint64 now = m_clock ? m_clock->nowSecs() : QDateTime::currentSecsSinceEpoch();
    return Totp::codeAt(m_secret, now, m_parameters);
}

} // namespace snc
