// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateInfo.h"

#include "OpenSslPtr.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace snc::crypto {

namespace {

QString nameToString(const X509_NAME *name)
{
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || X509_NAME_print_ex(out.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    return QString::fromUtf8(bioContents(out.get()));
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm tm = {};
    if (ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QStringList altNames(X509 *certificate)
{
    QStringList result;
    auto *names = static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr));
    if (!names)
        return result;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *entry = sk_GENERAL_NAME_value(names, i);
        if (entry->type == GEN_DNS) {
            const auto *s = entry->d.dNSName;
            result << QStringLiteral("DNS:")
                          + QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                                                ASN1_STRING_length(s));
        } else if (entry->type == GEN_IPADD) {
            const auto *s = entry->d.iPAddress;
            const unsigned char *p = ASN1_STRING_get0_data(s);
            if (ASN1_STRING_length(s) == 4)
                result << QStringLiteral("IP:%1.%2.%3.%4").arg(p[0]).arg(p[1]).arg(p[2]).arg(p[3]);
            else
                result << QStringLiteral("IP:") + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(p),
                                                                                ASN1_STRING_length(s)).toHex(':'));
        }
    }
    GENERAL_NAMES_free(names);
    return result;
}

std::optional<CertificateInfo> describe(X509 *certificate)
{
    if (!certificate)
        return std::nullopt;
    CertificateInfo info;
    unsigned char *der = nullptr;
    const int length = i2d_X509(certificate, &der);
    if (length <= 0)
        return std::nullopt;
    info.der = QByteArray(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    info.pem = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray base64 = info.der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        info.pem += base64.mid(i, 64) + '\n';
    info.pem += "-----END CERTIFICATE-----\n";
    info.subject = nameToString(X509_get_subject_name(certificate));
    info.issuer = nameToString(X509_get_issuer_name(certificate));
    info.commonName = commonNameOf(X509_get_subject_name(certificate));
    info.subjectAltNames = altNames(certificate);
    info.notBefore = toDateTime(X509_get0_notBefore(certificate));
    info.notAfter = toDateTime(X509_get0_notAfter(certificate));
    if (const ASN1_INTEGER *serial = X509_get0_serialNumber(certificate)) {
        BIGNUM *bn = ASN1_INTEGER_to_BN(serial, nullptr);
        if (char *hex = bn ? BN_bn2hex(bn) : nullptr) {
            info.serialNumber = QString::fromLatin1(hex);
            OPENSSL_free(hex);
        }
        BN_free(bn);
    }
    info.sha1Thumbprint = colonHex(QCryptographicHash::hash(info.der, QCryptographicHash::Sha1));
    info.sha256Fingerprint = colonHex(QCryptographicHash::hash(info.der, QCryptographicHash::Sha256));
    return info;
}

} // namespace

std::optional<CertificateInfo> CertificateInfo::fromPem(const QByteArray &pem)
{
    BioPtr bio = memoryBio(pem);
    X509Ptr certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    return describe(certificate.get());
}

std::optional<CertificateInfo> CertificateInfo::fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr certificate(d2i_X509(nullptr, &p, long(der.size())));
    return describe(certificate.get());
}

QList<CertificateInfo> CertificateInfo::listFromPem(const QByteArray &pem)
{
    QList<CertificateInfo> result;
    BioPtr bio = memoryBio(pem);
    while (bio) {
        X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!certificate)
            break;
        if (auto info = describe(certificate.get()))
            result << *info;
    }
    ERR_clear_error(); // the end of the bundle leaves a "no start line" error behind
    return result;
}

QString colonHex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString normalizeSha1Thumbprint(const QString &text)
{
    QString hex = text;
    hex.remove(QRegularExpression(QStringLiteral("[\\s:\\-]")));
    static const QRegularExpression hex40(QStringLiteral("^[0-9A-Fa-f]{40}$"));
    if (!hex40.match(hex).hasMatch())
        return {};
    return colonHex(QByteArray::fromHex(hex.toLatin1()));
}

bool certificateMatchesKey(const QByteArray &certificatePem, const SecretBytes &privateKeyPem)
{
    BioPtr certBio = memoryBio(certificatePem);
    X509Ptr certificate(certBio ? PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr) : nullptr);
    BioPtr keyBio = memoryBio(privateKeyPem.expose());
    PkeyPtr key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, const_cast<char *>(""))
                       : nullptr);
    if (!certificate || !key)
        return false;
    return X509_check_private_key(certificate.get(), key.get()) == 1;
}

} // namespace snc::crypto
