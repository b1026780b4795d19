// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace snc {

/**
 * @brief An IPv4 CIDR block (address with host bits cleared + prefix length). Pure value type.
 */
class Ipv4Block
{
public:
    Ipv4Block() = default;
    Ipv4Block(quint32 network, int prefix);

    quint32 network() const { return m_network; }
    int prefix() const { return m_prefix; }
    bool isValid() const { return m_prefix >= 0; }
    /// Number of addresses (2^(32-prefix)).
    quint64 size() const;
    quint32 first() const { return m_network; }
    quint32 last() const;
    bool contains(const Ipv4Block &other) const;
    bool overlaps(const Ipv4Block &other) const;
    /// "203.0.113.7/32".
    QString toString() const;
    bool operator==(const Ipv4Block &o) const { return m_network == o.m_network && m_prefix == o.m_prefix; }
    bool operator!=(const Ipv4Block &o) const { return !(*this == o); }

    /// Strict parse of "a.b.c.d" or "a.b.c.d/n" (decimal octets 0..255 without leading zeros,
    /// n 0..32); host bits are cleared. `hostBitsCleared` tells whether that changed the address.
    /// Returns an invalid block on any syntax error. No policy (see Ipv4BlockCheck).
    static Ipv4Block parse(const QString &text, bool *hostBitsCleared = nullptr,
                           bool *hadPrefix = nullptr);
    static QString addressToString(quint32 address);

private:
    quint32 m_network = 0;
    int m_prefix = -1;
};

/**
 * @brief Validates and normalises what a user types as an allowed network, against OVH's rules
 * and the entries already allowed. Pure; every message translated.
 *
 * - "203.0.113.7" → "203.0.113.7/32" (notice); "10.1.2.3/24" → "10.1.2.0/24" (notice: host bits
 *   cleared). Surrounding whitespace is ignored.
 * - Refused: invalid syntax, /0 and 0.0.0.0/x (this network), loopback 127/8, link-local
 *   169.254/16, shared address space 100.64/10 (carrier-grade NAT), multicast 224/4, reserved 240/4 (incl. broadcast), and the documentation ranges
 *   192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 unless `allowDocumentation` (practice sandbox).
 * - Warned: blocks wider than /16.
 * - Classified: private (RFC 1918: 10/8, 172.16/12, 192.168/16), documentation, or public.
 * - Against `existing` (entries not being deleted): refused when identical ("already allowed"),
 *   inside an existing block ("already covered by …") or containing one ("overlaps …: delete it
 *   first"); refused when the total would exceed `limit` addresses (OVH: 2048).
 */
class Ipv4BlockCheck
{
    Q_DECLARE_TR_FUNCTIONS(Ipv4BlockCheck)
public:
    enum class Error {
        None, Empty, Syntax, ZeroPrefix, ThisNetwork, Loopback, LinkLocal, Multicast, Reserved,
        Documentation, Duplicate, Covered, Overlaps, LimitExceeded, SharedAddressSpace
    };
    enum class Category { Unknown, Private, Public, Documentation };

    static constexpr quint64 ovhAddressLimit = 2048;

    Error error = Error::None;
    Ipv4Block block;            ///< normalised block (valid when error is None, or for overlap/limit errors)
    Category category = Category::Unknown;
    QString errorText;          ///< translated, empty when error is None
    QStringList notices;        ///< translated ("/32 was added: a single address", "host bits cleared …")
    QStringList warnings;       ///< translated ("wider than /16: 65 536 addresses")
    quint64 totalAfter = 0;     ///< addresses allowed in total if this block is added

    bool ok() const { return error == Error::None; }
    /// Translated name of the category ("private (RFC 1918)", "public", "documentation").
    QString categoryText() const;

    static Ipv4BlockCheck check(const QString &input, const QList<Ipv4Block> &existing = {},
                                bool allowDocumentation = false,
                                quint64 limit = ovhAddressLimit);
    /// Sum of the sizes of `blocks`.
    static quint64 totalAddresses(const QList<Ipv4Block> &blocks);
    static Category categoryOf(const Ipv4Block &block);
};

} // namespace snc
