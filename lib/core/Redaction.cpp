// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Redaction.h"

#include <QList>
#include <QMutex>
#include <QRegularExpression>

#include <string.h> // explicit_bzero

#include <cstdio>

using namespace Qt::StringLiterals;

namespace snc::redaction {

namespace {

struct Registry
{
    QMutex mutex;
    QList<QString> values;
};

Registry &registry()
{
    static Registry r;
    return r;
}

const QList<QRegularExpression> &patterns()
{
    // Each pattern keeps its first group (the name) and masks the rest.
    static const QList<QRegularExpression> list = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        QList<QRegularExpression> l;
        // Header lines: X-Ovh-Signature: …, X-Ovh-Consumer: …, Authorization: …
        l << QRegularExpression(uR"((x-ovh-(?:signature|consumer|application-secret)\s*[:=]\s*)[^\s,;"']+)"_s, ci)
          << QRegularExpression(uR"((authorization\s*[:=]\s*)(?:basic|bearer)?\s*[^\s,;"']+)"_s, ci)
          << QRegularExpression(uR"((\$1\$)[0-9a-f]{40})"_s, ci)
          // JSON or key=value fields whose name says secret.
          << QRegularExpression(
                 uR"(((?<![A-Za-z0-9_])["']?(?:applicationSecret|application_secret|consumerKey|consumer_key|credentialToken|password|passwd|secret|psk|token|code|smsCode|emailCode|privateKeyPEM|privateKey|otp)["']?\s*[:=]\s*"?)[^"&,\s}]+)"_s,
                 ci)
          // PEM private keys (any type).
          << QRegularExpression(
                 uR"((-----BEGIN [A-Z ]*PRIVATE KEY-----)[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----)"_s);
        return l;
    }();
    return list;
}

QtMessageHandler g_previous = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString safe = redact(message);
    if (g_previous)
        g_previous(type, context, safe);
    else
        std::fprintf(stderr, "%s\n", qPrintable(safe));
}

} // namespace

QString redact(const QString &text)
{
    QString out = text;
    for (const QRegularExpression &re : patterns())
        out.replace(re, u"\\1"_s + mask());
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    for (const QString &value : std::as_const(r.values))
        out.replace(value, mask());
    return out;
}

void registerSecret(const QByteArray &value)
{
    if (value.size() < 4)
        return; // too short to mask without mangling ordinary text
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const QString s = QString::fromUtf8(value);
    if (!r.values.contains(s))
        r.values.append(s);
}

void clearRegisteredSecrets()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    for (QString &v : r.values)
        if (v.isDetached())
            // glibc's explicit_bzero, a wipe the compiler may not drop, as OPENSSL_cleanse: snc-wizard's
            // executable links this file and not OpenSSL, whose 4 000 relocations it would pay for
            // before its first paint (BENCHMARKS.md, start-up).
            explicit_bzero(v.data(), size_t(v.size()) * sizeof(QChar));
    r.values.clear();
}

void installRedactingMessageHandler()
{
    g_previous = qInstallMessageHandler(redactingHandler);
}

} // namespace snc::redaction
