// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBitArray>
#include <QImage>
#include <QWidget>

namespace snc {

/**
 * @brief Shows a QR code so that any phone can scan it, whatever the theme.
 *
 * Always black modules on white with a 4-module white quiet zone (never the palette's colours:
 * inverted codes are invalid and many authenticators do not retry them). Each module is a whole
 * number of *device* pixels at the widget's devicePixelRatio, scaled with
 * Qt::FastTransformation only (no blurred edges), for about 240 logical pixels in total.
 * The accessible name says it is a QR code for the authenticator app; the description points
 * to the text secret shown next to it (cameraless users, screen readers).
 *
 * Takes any matrix type with `int size()` and `bool dark(int x, int y)` (otp's QrMatrix);
 * keeps a copy of the modules only.
 */
class QrCodeView : public QWidget
{
    Q_OBJECT
public:
    /// The objectNames of its widgets, by which the autopilot and the tests find them
    /// (they are also what screenshots, accessibility tools and external scripts see).
    struct Names
    {
        static constexpr char qrCodeView[] = "qrCodeView";
    };

    static constexpr int QuietZoneModules = 4;
    static constexpr int TargetLogicalSize = 240;

    explicit QrCodeView(QWidget *parent = nullptr);

    template <class Matrix>
    void setMatrix(const Matrix &matrix)
    {
        const int n = matrix.size();
        QBitArray bits(n * n);
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x)
                bits.setBit(y * n + x, matrix.dark(x, y));
        setModules(n, bits);
    }
    /// `dark` holds size×size bits, row-major. size 0 clears the view.
    void setModules(int size, const QBitArray &dark);
    void clear() { setModules(0, {}); }
    int moduleCount() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    /// Device pixels per module chosen for a device pixel ratio and an available logical side.
    int pixelsPerModule(qreal dpr, int availableLogical) const;
    /// The code as drawn: (size + 8) × pixelsPerModule device pixels square, DPR set on the image.
    QImage renderImage(qreal dpr, int availableLogical = TargetLogicalSize) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    int m_size = 0;
    QBitArray m_dark;
};

} // namespace snc
