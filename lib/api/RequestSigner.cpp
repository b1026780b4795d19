// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestSigner.h"

#include "core/SecretBytes.h"

#include <QCryptographicHash>

namespace snc {

QByteArray signRequest(const QByteArray &applicationSecret, const QByteArray &consumerKey,
                       const QByteArray &method, const QByteArray &fullUrl,
                       const QByteArray &body, qint64 timestamp)
{
    // Feed the hash piece by piece: no buffer ever holds secret+consumer key together.
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(applicationSecret);
    sha1.addData("+");
    sha1.addData(consumerKey);
    sha1.addData("+");
    sha1.addData(method);
    sha1.addData("+");
    sha1.addData(fullUrl);
    sha1.addData("+");
    sha1.addData(body);
    sha1.addData("+");
    sha1.addData(QByteArray::number(timestamp));
    return QByteArrayLiteral("$1$") + sha1.result().toHex();
}

} // namespace snc
