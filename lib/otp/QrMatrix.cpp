// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrMatrix.h"

#include <openssl/crypto.h>
#include <qrencode.h>

#include <memory>

namespace snc {

namespace {

struct QrCodeFree
{
    void operator()(QRcode *code) const
    {
        if (!code)
            return;
        // The module bytes encode the data (an otpauth secret): clear them before freeing.
        if (code->data && code->width > 0)
            OPENSSL_cleanse(code->data, size_t(code->width) * size_t(code->width));
        QRcode_free(code);
    }
};

} // namespace

QrMatrix::~QrMatrix()
{
    if (!m_modules.isEmpty() && !m_modules.isDetached())
        return; // shared with a copy that is still alive: it clears it
    m_modules.fill(false);
}

QrMatrix QrMatrix::encode(const QByteArray &data)
{
    QrMatrix matrix;
    if (data.isEmpty())
        return matrix;
    // 8-bit mode, not QRcode_encodeString's mode guessing: the bytes are encoded as they are.
    std::unique_ptr<QRcode, QrCodeFree> code(QRcode_encodeData(
            int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0,
            QR_ECLEVEL_M));
    if (!code || code->width <= 0)
        return matrix;

    const int n = code->width;
    QBitArray modules(n * n);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            modules.setBit(y * n + x, (code->data[y * n + x] & 0x01) != 0); // bit 0: dark
    matrix.m_size = n;
    matrix.m_modules = std::move(modules);
    return matrix;
}

bool QrMatrix::dark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.testBit(y * m_size + x);
}

} // namespace snc
