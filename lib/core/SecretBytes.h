// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDebug>
#include <QString>

#include <functional>

namespace snc {

/**
 * @brief Bytes of a secret (application secret, consumer key, password, TOTP seed, code, PSK,
 * private key). Wiped with OPENSSL_cleanse when destroyed or reassigned; prints as `<redacted>`
 * through QDebug; copies are explicit (`clone()`), so a secret is never duplicated by accident.
 */
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes);
    static SecretBytes fromString(const QString &text);
    ~SecretBytes();

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    SecretBytes clone() const { return SecretBytes(QByteArray(m_bytes.constData(), m_bytes.size())); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }

    /// The raw bytes, for the few places that must use them (signing, keychain, wire). Never log.
    const QByteArray &expose() const { return m_bytes; }
    QString exposeString() const { return QString::fromUtf8(m_bytes); }
    void clear();

    bool operator==(const SecretBytes &other) const;

private:
    QByteArray m_bytes;
};

/// Wipes the bytes of a QByteArray in place (its own buffer, if not shared).
void wipe(QByteArray &bytes);
/// Wipes the characters of a QString in place.
void wipe(QString &text);

/// What a wipe() saw, for the test hook below.
struct WipeRecord
{
    QByteArray before;        ///< the buffer's bytes just before they were cleansed (UTF-8 for a QString)
    bool zeroedAfter = false; ///< every byte (or character) read zero just after, before the memory went back
    bool wasString = false;   ///< a QString's buffer (else a QByteArray's, SecretBytes included)
};

/**
 * Test hook: `observer` is called by every wipe() of a buffer this process owns (every
 * SecretBytes cleared, moved over or destroyed goes through one), from the wiping thread, while
 * that memory is still owned. Tests use it to prove that the buffers the code controls come back
 * cleansed; the product never sets it (an empty function removes it). A shared buffer, which
 * wipe() only lets go of, is not reported: nothing was cleansed.
 */
void setWipeObserverForTests(std::function<void(const WipeRecord &)> observer);

} // namespace snc

QDebug operator<<(QDebug debug, const snc::SecretBytes &);
