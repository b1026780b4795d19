// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: otpauth:// key URIs (what a QR code or a pasted enrolment link gives).
// A URI that parses must build back into one that parses to the same secret.
#include "core/SecretBytes.h"
#include "otp/OtpAuthUri.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto uri = snc::OtpAuthUri::parse(
            snc::SecretBytes(QByteArray(reinterpret_cast<const char *>(data), int(size))), &error);
    if (!uri) {
        if (error.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    (void)uri->base32Secret();
    (void)uri->groupedSecret();
    QString buildError;
    const snc::SecretBytes rebuilt = uri->build(&buildError, true);
    if (!rebuilt.isEmpty()) {
        const auto again = snc::OtpAuthUri::parse(rebuilt);
        if (!again || again->secret.expose() != uri->secret.expose())
            std::abort(); // build() and parse() disagree
    }
    return 0;
}
