// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretBytes.h"

#include <QBitArray>
#include <QByteArray>

namespace snc {

/**
 * @brief A QR code as a square matrix of modules, from libqrencode (8-bit mode, error
 * correction level M, smallest version that fits). No quiet zone and no drawing here: the UI's
 * QrCodeView adds the 4-module white border and paints whole device pixels.
 *
 * An empty matrix (size 0) means the data could not be encoded (too long, or out of memory).
 * The modules of an otpauth URI encode its secret, so they are zeroed when the matrix is
 * destroyed.
 */
class QrMatrix
{
public:
    QrMatrix() = default;
    ~QrMatrix();
    QrMatrix(const QrMatrix &other) = default;
    QrMatrix &operator=(const QrMatrix &other) = default;
    QrMatrix(QrMatrix &&other) noexcept = default;
    QrMatrix &operator=(QrMatrix &&other) noexcept = default;

    static QrMatrix encode(const QByteArray &data);
    static QrMatrix encode(const SecretBytes &data) { return encode(data.expose()); }

    /// Modules per side (21 for version 1, +4 per version); 0 when empty.
    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /// QR version 1..40 (0 when empty).
    int version() const { return m_size == 0 ? 0 : (m_size - 17) / 4; }
    /// True for a dark module; false outside the matrix.
    bool dark(int x, int y) const;
    /// size × size bits, row-major (y * size + x), true = dark.
    const QBitArray &modules() const { return m_modules; }

private:
    int m_size = 0;
    QBitArray m_modules;
};

} // namespace snc
