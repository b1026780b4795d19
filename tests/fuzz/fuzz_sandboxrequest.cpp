// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the sandbox's request handling (router, signature verifier, the handlers of
// every standard module) given a raw request:
//   line 1: "<METHOD> <target>"; then "Name: value" header lines; an empty line; the body.
// Half the inputs are signed correctly with the demo credential (so the handlers' JSON parsing
// is reached, not only the verifier's refusals); the rest go through as written.
#include "sandbox/RequestVerifier.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/modules/StandardModules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

snc::sandbox::SandboxServer *server = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\nsnc.*.info=false"));
    server = new snc::sandbox::SandboxServer();
    snc::sandbox::registerStandardModules(*server);
    QString error;
    if (!server->start(&error))
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), int(size));
    const int headEnd = raw.indexOf("\n\n");
    const QByteArray head = headEnd >= 0 ? raw.left(headEnd) : raw;
    const QByteArray body = headEnd >= 0 ? raw.mid(headEnd + 2) : QByteArray();
    QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.takeFirst();
    const int space = requestLine.indexOf(' ');
    if (space <= 0)
        return 0;
    const QByteArray method = requestLine.left(space);
    const QByteArray target = requestLine.mid(space + 1);
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray &line : std::as_const(lines)) {
        const int colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (size % 2 == 0) {
        // A correct OVH signature over the URL the verifier reconstructs from Host + target.
        const QByteArray host = "127.0.0.1:" + QByteArray::number(server->port());
        const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        const QByteArray ck = server->consumerKey().toUtf8();
        headers.append({"Host", host});
        headers.append({"X-Ovh-Application", server->applicationKey().toUtf8()});
        headers.append({"X-Ovh-Consumer", ck});
        headers.append({"X-Ovh-Timestamp", ts});
        headers.append({"X-Ovh-Signature",
                        snc::sandbox::ovhSignature(server->applicationSecret().toUtf8(), ck,
                                                   method, "http://" + host + target, body, ts)});
    }
    const snc::sandbox::SandboxResponse response =
            server->handleInProcess(method, target, headers, body);
    if (response.status < 100 || response.status > 599)
        std::abort(); // every request gets a real HTTP status
    return 0;
}
