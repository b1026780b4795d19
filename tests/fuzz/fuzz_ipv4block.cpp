// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the IPv4/CIDR parser and the allowed-network check, plus the phone and e-mail parsers (what a user types as an
// allowed network, a VPN subnet or a gateway address). Properties checked, not just "no crash":
// a parsed block re-parses to itself, and an accepted check lies inside its normalised block.
#include "stages/Ipv4Block.h"
#include "stages/security/PhoneNumber.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), int(size));
    bool cleared = false;
    const snc::Ipv4Block block = snc::Ipv4Block::parse(text, &cleared);
    if (block.isValid()) {
        if (block.prefix() < 0 || block.prefix() > 32 || block.size() == 0)
            std::abort();
        if (snc::Ipv4Block::parse(block.toString()) != block)
            std::abort(); // toString() and parse() disagree
        if (!block.contains(block) || !block.overlaps(block))
            std::abort();
    }
    const QList<snc::Ipv4Block> existing{snc::Ipv4Block::parse(QStringLiteral("198.51.100.0/24")),
                                         snc::Ipv4Block::parse(QStringLiteral("10.0.0.0/30"))};
    const snc::Ipv4BlockCheck check = snc::Ipv4BlockCheck::check(text, existing, size % 2 == 0);
    if (check.ok() && (!check.block.isValid() || !check.errorText.isEmpty()))
        std::abort();
    if (!check.ok() && check.error != snc::Ipv4BlockCheck::Error::Empty && check.errorText.isEmpty())
        std::abort(); // every refusal must say why
    (void)check.categoryText();
    // The phone-number and e-mail fields share the "what a user types" exposure.
    (void)snc::PhoneNumber::parse(text);
    (void)snc::EmailAddress::problem(text);
    (void)snc::EmailAddress::normalized(text);
    return 0;
}
