// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretBytes.h"

#include <QMutex>

#include <openssl/crypto.h>

#include <algorithm>
#include <atomic>

namespace snc {

namespace {

// The test hook (setWipeObserverForTests): a flag read on every wipe, the function behind a mutex
// since keys are wiped in worker threads too (KeyGenerationJob).
std::atomic<bool> g_observed{false};
QMutex g_observerMutex;
std::function<void(const WipeRecord &)> g_observer;

void report(const WipeRecord &record)
{
    const QMutexLocker lock(&g_observerMutex);
    if (g_observer)
        g_observer(record);
}

} // namespace

void setWipeObserverForTests(std::function<void(const WipeRecord &)> observer)
{
    const QMutexLocker lock(&g_observerMutex);
    g_observed = bool(observer);
    g_observer = std::move(observer);
}

SecretBytes::SecretBytes(QByteArray bytes) : m_bytes(std::move(bytes))
{
    // Own the buffer, so wiping it cannot miss a shared copy held by the caller's temporary.
    m_bytes.detach();
}

SecretBytes SecretBytes::fromString(const QString &text)
{
    return SecretBytes(text.toUtf8());
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

void SecretBytes::clear()
{
    wipe(m_bytes);
    m_bytes = QByteArray();
}

bool SecretBytes::operator==(const SecretBytes &other) const
{
    if (m_bytes.size() != other.m_bytes.size())
        return false;
    return CRYPTO_memcmp(m_bytes.constData(), other.m_bytes.constData(), size_t(m_bytes.size())) == 0;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        return bytes.clear(); // shared: another owner still uses it; just drop our reference
    if (bytes.isEmpty())
        return;
    if (!g_observed) {
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
        return;
    }
    WipeRecord record{QByteArray(bytes.constData(), bytes.size()), false, false};
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    record.zeroedAfter = std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return c == 0; });
    report(record);
}

void wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached()) {
        WipeRecord record;
        if (g_observed)
            record = WipeRecord{text.toUtf8(), false, true};
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
        if (g_observed) {
            record.zeroedAfter = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() == 0; });
            report(record);
        }
    }
    text.clear();
}

} // namespace snc

QDebug operator<<(QDebug debug, const snc::SecretBytes &)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "<redacted>";
    return debug;
}
