// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretBytes.h"

#include <openssl/crypto.h>

namespace snc {

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
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
}

void wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace snc

QDebug operator<<(QDebug debug, const snc::SecretBytes &)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "<redacted>";
    return debug;
}
