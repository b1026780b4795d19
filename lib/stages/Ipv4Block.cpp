// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/Ipv4Block.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

quint32 maskOf(int prefix)
{
    return prefix <= 0 ? 0u : (prefix >= 32 ? 0xffffffffu : ~((1u << (32 - prefix)) - 1u));
}

bool parseOctet(QStringView s, quint32 *out)
{
    // Decimal only, no sign, no leading zero (a leading zero means octal to some tools).
    if (s.isEmpty() || s.size() > 3)
        return false;
    if (s.size() > 1 && s.front() == u'0')
        return false;
    quint32 v = 0;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + quint32(c.unicode() - u'0');
    }
    if (v > 255)
        return false;
    *out = v;
    return true;
}

bool inBlock(const Ipv4Block &b, quint32 network, int prefix)
{
    return Ipv4Block(network, prefix).overlaps(b);
}

constexpr quint32 ip(quint32 a, quint32 b, quint32 c, quint32 d)
{
    return (a << 24) | (b << 16) | (c << 8) | d;
}

} // namespace

Ipv4Block::Ipv4Block(quint32 network, int prefix)
    : m_network(network & maskOf(prefix)), m_prefix(prefix < 0 || prefix > 32 ? -1 : prefix)
{
}

quint64 Ipv4Block::size() const
{
    return isValid() ? (quint64(1) << (32 - m_prefix)) : 0;
}

quint32 Ipv4Block::last() const
{
    return m_network | ~maskOf(m_prefix);
}

bool Ipv4Block::contains(const Ipv4Block &other) const
{
    return isValid() && other.isValid() && m_prefix <= other.m_prefix
            && (other.m_network & maskOf(m_prefix)) == m_network;
}

bool Ipv4Block::overlaps(const Ipv4Block &other) const
{
    return contains(other) || other.contains(*this);
}

QString Ipv4Block::toString() const
{
    if (!isValid())
        return {};
    return u"%1/%2"_s.arg(addressToString(m_network)).arg(m_prefix);
}

QString Ipv4Block::addressToString(quint32 a)
{
    return u"%1.%2.%3.%4"_s.arg(a >> 24).arg((a >> 16) & 0xff).arg((a >> 8) & 0xff).arg(a & 0xff);
}

Ipv4Block Ipv4Block::parse(const QString &text, bool *hostBitsCleared, bool *hadPrefix)
{
    if (hostBitsCleared)
        *hostBitsCleared = false;
    if (hadPrefix)
        *hadPrefix = false;
    const QString t = text.trimmed();
    const qsizetype slash = t.indexOf(u'/');
    const QStringView addr = slash < 0 ? QStringView(t) : QStringView(t).left(slash);
    int prefix = 32;
    if (slash >= 0) {
        const QStringView p = QStringView(t).mid(slash + 1);
        if (p.isEmpty() || p.size() > 2 || (p.size() > 1 && p.front() == u'0'))
            return {};
        for (QChar c : p) {
            if (c < u'0' || c > u'9')
                return {};
        }
        prefix = p.toInt();
        if (prefix > 32)
            return {};
        if (hadPrefix)
            *hadPrefix = true;
    }
    const auto parts = addr.split(u'.');
    if (parts.size() != 4)
        return {};
    quint32 address = 0;
    for (const QStringView part : parts) {
        quint32 o = 0;
        if (!parseOctet(part, &o))
            return {};
        address = (address << 8) | o;
    }
    Ipv4Block block(address, prefix);
    if (hostBitsCleared)
        *hostBitsCleared = block.network() != address;
    return block;
}

// ---- Ipv4BlockCheck ----------------------------------------------------------------------------

quint64 Ipv4BlockCheck::totalAddresses(const QList<Ipv4Block> &blocks)
{
    quint64 total = 0;
    for (const Ipv4Block &b : blocks)
        total += b.size();
    return total;
}

Ipv4BlockCheck::Category Ipv4BlockCheck::categoryOf(const Ipv4Block &b)
{
    if (!b.isValid())
        return Category::Unknown;
    if (Ipv4Block(ip(10, 0, 0, 0), 8).contains(b) || Ipv4Block(ip(172, 16, 0, 0), 12).contains(b)
        || Ipv4Block(ip(192, 168, 0, 0), 16).contains(b))
        return Category::Private;
    if (Ipv4Block(ip(192, 0, 2, 0), 24).contains(b) || Ipv4Block(ip(198, 51, 100, 0), 24).contains(b)
        || Ipv4Block(ip(203, 0, 113, 0), 24).contains(b))
        return Category::Documentation;
    return Category::Public;
}

QString Ipv4BlockCheck::categoryText() const
{
    switch (category) {
    case Category::Private:
        return tr("private (RFC 1918)", "@info network category");
    case Category::Public:
        return tr("public", "@info network category");
    case Category::Documentation:
        return tr("documentation range (practice only)", "@info network category");
    case Category::Unknown:
        break;
    }
    return {};
}

Ipv4BlockCheck Ipv4BlockCheck::check(const QString &input, const QList<Ipv4Block> &existing,
                                     bool allowDocumentation, quint64 limit)
{
    Ipv4BlockCheck r;
    const QLocale locale;
    auto refuse = [&r](Error e, const QString &text) {
        r.error = e;
        r.errorText = text;
        return r;
    };
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return refuse(Error::Empty, tr("Enter an IPv4 address or a block such as 203.0.113.0/24.", "@error"));

    bool cleared = false;
    bool hadPrefix = false;
    const Ipv4Block b = Ipv4Block::parse(trimmed, &cleared, &hadPrefix);
    if (!b.isValid())
        return refuse(Error::Syntax,
                      tr("“%1” is not an IPv4 address or block. Write it as four numbers from 0 to "
                         "255 separated by dots, optionally followed by /8 to /32, e.g. 203.0.113.7 "
                         "or 198.51.100.0/24.", "@error").arg(trimmed));

    r.block = b;
    r.category = categoryOf(b);
    const QString text = b.toString();
    // Policy: what OVH refuses or what would open the vCenter to far more than intended.
    if (b.prefix() == 0)
        return refuse(Error::ZeroPrefix, tr("%1 would allow the whole Internet. Enter only your own "
                                            "addresses.", "@error").arg(text));
    if (inBlock(b, 0, 8))
        return refuse(Error::ThisNetwork, tr("%1 is in 0.0.0.0/8 (“this network”), which is not a "
                                             "real source address.", "@error").arg(text));
    if (inBlock(b, ip(127, 0, 0, 0), 8))
        return refuse(Error::Loopback, tr("%1 is a loopback address (127.0.0.0/8): it never reaches "
                                          "OVHcloud.", "@error").arg(text));
    if (inBlock(b, ip(169, 254, 0, 0), 16))
        return refuse(Error::LinkLocal, tr("%1 is a link-local address (169.254.0.0/16): it never "
                                           "leaves your local network.", "@error").arg(text));
    if (inBlock(b, ip(100, 64, 0, 0), 10))
        // RFC 6598: an address here is the customer's side of a provider's NAT, never what
        // OVHcloud sees; allowing it would lock the customer out as surely as a typo.
        return refuse(Error::SharedAddressSpace,
                      tr("%1 overlaps 100.64.0.0/10, the range internet providers use behind "
                         "carrier-grade NAT: OVHcloud sees your provider's public address instead. "
                         "Enter that address.", "@error").arg(text));
    if (inBlock(b, ip(224, 0, 0, 0), 4))
        return refuse(Error::Multicast, tr("%1 is a multicast range (224.0.0.0/4), not a source "
                                           "address.", "@error").arg(text));
    if (inBlock(b, ip(240, 0, 0, 0), 4))
        return refuse(Error::Reserved, tr("%1 is in the reserved range 240.0.0.0/4 (including the "
                                          "broadcast address).", "@error").arg(text));
    if (r.category == Category::Documentation && !allowDocumentation)
        return refuse(Error::Documentation,
                      tr("%1 is a documentation range (192.0.2.0/24, 198.51.100.0/24, "
                         "203.0.113.0/24) used in examples; it is accepted only in the practice "
                         "sandbox. Enter your real address.", "@error").arg(text));
    // A block wider than the documentation range that still overlaps it stays public.

    if (!hadPrefix)
        r.notices << tr("/32 was added: %1 is a single address.", "@info").arg(text);
    else if (cleared)
        r.notices << tr("The host bits were cleared: %1 is the block that contains %2.", "@info")
                             .arg(text, trimmed);
    if (b.prefix() < 16)
        //: %1 block, %2 number of addresses (localized)
        r.warnings << tr("%1 is wider than /16: it allows %2 addresses. Make sure they are all "
                         "yours.", "@info").arg(text, locale.toString(qulonglong(b.size())));

    for (const Ipv4Block &e : existing) {
        if (!e.isValid())
            continue;
        if (e == b)
            return refuse(Error::Duplicate, tr("%1 is already allowed.", "@error").arg(text));
        if (e.contains(b))
            return refuse(Error::Covered, tr("%1 is already covered by %2.", "@error")
                                                  .arg(text, e.toString()));
        if (b.contains(e))
            return refuse(Error::Overlaps, tr("%1 overlaps %2, which is already allowed: delete "
                                              "%2 first.", "@error").arg(text, e.toString()));
    }

    r.totalAfter = totalAddresses(existing) + b.size();
    if (r.totalAfter > limit)
        return refuse(Error::LimitExceeded,
                      tr("OVHcloud allows at most %1 addresses in total. With %2 the total would be "
                         "%3. Use a smaller block or delete an entry first.", "@error")
                              .arg(locale.toString(qulonglong(limit)), text,
                                   locale.toString(qulonglong(r.totalAfter))));
    return r;
}

} // namespace snc
