// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"
#include "otp/Totp.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace snc {

class Clock;

/**
 * @brief The TOTP enrolment step: holds the otpauth:// URI the secure interface returned and
 * what the page shows (QR code from the URI, the Base32 secret grouped by four, issuer and
 * account label), and checks a typed code locally (RFC 6238, SHA-1, 6 digits, 30 s) so the
 * wizard can tell "wrong code" from "your phone's clock is off".
 *
 * checkCode(): accepted at offsets −1..+1 step (as the server does). If not, steps up to ±10
 * (5 minutes) are tried: a match there means the phone's clock is off by about N seconds
 * (Result::ClockOff, offsetSeconds > 0 when the phone is ahead). Otherwise Result::WrongCode.
 * The URI and secret are SecretBytes (never properties, never logged). Does not own the clock.
 */
class TotpEnrolment : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool ready READ isReady NOTIFY changed)
    Q_PROPERTY(QString issuer READ issuer NOTIFY changed)
    Q_PROPERTY(QString accountLabel READ accountLabel NOTIFY changed)
public:
    enum class Result { Ok, Malformed, WrongCode, ClockOff, NotReady };
    Q_ENUM(Result)

    struct Check
    {
        Result result = Result::NotReady;
        int offsetSeconds = 0;  ///< for ClockOff: phone time − real time, rounded to 30 s
        QString message;        ///< translated, empty for Ok
        bool ok() const { return result == Result::Ok; }
    };

    explicit TotpEnrolment(Clock *clock, QObject *parent = nullptr);
    ~TotpEnrolment() override;

    /// Takes the URI (parses it; an unparsable URI leaves the enrolment not ready and returns false).
    bool setOtpauthUri(SecretBytes uri);
    void clear();

    bool isReady() const { return !m_secret.isEmpty(); }
    /// A copy of the URI, for the QR view (QrMatrix) and the "copy URI" button.
    SecretBytes otpauthUri() const { return m_uri.clone(); }
    /// "ABCD EFGH IJKL …" (uppercase Base32, no padding, groups of four), for display and copy.
    SecretBytes groupedSecret() const;
    QString issuer() const { return m_issuer; }
    QString accountLabel() const { return m_account; }

    /// Local check of a typed code (spaces ignored). See class comment.
    Check checkCode(const QString &code) const;
    /// The code an authenticator would show now (autopilot: "as a phone would"). Empty if not ready.
    SecretBytes currentCode() const;

signals:
    void changed();

private:
    QPointer<Clock> m_clock;
    SecretBytes m_uri;
    SecretBytes m_secret; // raw key bytes
    QString m_issuer;
    QString m_account;
    TotpParameters m_parameters;
};

} // namespace snc
