// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/QrMatrix.h"

#include <QTest>

using namespace snc;

namespace {
// A finder pattern: 7×7 dark ring, light ring, 3×3 dark centre, with its top-left at (x0, y0).
bool hasFinderAt(const QrMatrix &m, int x0, int y0)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (m.dark(x0 + x, y0 + y) != (ring || centre))
                return false;
        }
    }
    return true;
}
} // namespace

class TestQrMatrix : public QObject
{
    Q_OBJECT
private slots:
    void sizeFollowsVersion_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("version");
        // Byte-mode capacity at ECC level M: v1 14, v2 26, …, v6 106, v7 122, v8 152 bytes.
        QTest::newRow("5 bytes") << 5 << 1;
        QTest::newRow("14 bytes") << 14 << 1;
        QTest::newRow("15 bytes") << 15 << 2;
        QTest::newRow("100 bytes") << 100 << 6;
        QTest::newRow("122 bytes") << 122 << 7;
        QTest::newRow("otpauth-sized") << 130 << 8;
    }

    void sizeFollowsVersion()
    {
        QFETCH(int, length);
        QFETCH(int, version);
        const QrMatrix m = QrMatrix::encode(QByteArray(length, 'a'));
        QVERIFY(!m.isEmpty());
        QCOMPARE(m.version(), version);
        QCOMPARE(m.size(), 17 + 4 * version);
        QCOMPARE(m.modules().size(), m.size() * m.size());
    }

    void hasFinderPatterns()
    {
        const SecretBytes uri(QByteArrayLiteral(
                "otpauth://totp/OVHcloud:admin%40pcc-192-0-2-1?secret=JBSWY3DPEHPK3PXP"
                "&issuer=OVHcloud&algorithm=SHA1&digits=6&period=30"));
        const QrMatrix m = QrMatrix::encode(uri);
        QVERIFY(m.size() >= 21);
        QCOMPARE((m.size() - 17) % 4, 0);
        const int far = m.size() - 7;
        QVERIFY(hasFinderAt(m, 0, 0));
        QVERIFY(hasFinderAt(m, far, 0));
        QVERIFY(hasFinderAt(m, 0, far));
        QVERIFY(!hasFinderAt(m, far, far)); // no finder bottom-right
        // Timing pattern on row 6 between the finders alternates dark/light.
        for (int x = 8; x < far - 1; ++x)
            QCOMPARE(m.dark(x, 6), x % 2 == 0);
        // Outside the matrix is light (the view adds the quiet zone).
        QVERIFY(!m.dark(-1, 0));
        QVERIFY(!m.dark(0, m.size()));
    }

    void differentDataDifferentModules()
    {
        const QrMatrix a = QrMatrix::encode(QByteArray("otpauth://totp/A?secret=AAAA"));
        const QrMatrix b = QrMatrix::encode(QByteArray("otpauth://totp/A?secret=BBBB"));
        QCOMPARE(a.size(), b.size());
        QVERIFY(a.modules() != b.modules());
        QVERIFY(QrMatrix::encode(QByteArray("otpauth://totp/A?secret=AAAA")).modules() == a.modules());
    }

    void emptyAndTooLong()
    {
        QVERIFY(QrMatrix::encode(QByteArray()).isEmpty());
        QCOMPARE(QrMatrix().size(), 0);
        QVERIFY(QrMatrix::encode(QByteArray(4000, 'x')).isEmpty()); // > 2331 bytes at level M
    }
};

QTEST_GUILESS_MAIN(TestQrMatrix)
#include "tst_qrmatrix.moc"
