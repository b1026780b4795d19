// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Signed GET load on the product's ApiClient, for the "against the official client" benchmark
// (bench/node_load.js is the same thing on @ovhcloud/node-ovh).
//
//   snc-bench-load [-n REQUESTS] [-c IN_FLIGHT] [--path /me] < sandbox-startup-line.json
//
// stdin: the JSON line snc-sandbox prints at start (url, ca, keys): no secret on a command line.
// One warm-up call (which also fetches /auth/time) is not counted. The client's rate limiter
// (60 requests/min per credential by default) is lifted with setRateLimitPerMinute(0).
// stdout: {"client":"ApiClient","requests":N,"ok":N,"inFlight":C,"seconds":S,"perSecond":R}
#include "api/ApiClient.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTextStream>

#include <cstdio>

using namespace snc;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int total = 2000;
    int inFlight = 4;
    QString path = QStringLiteral("/me");
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("-n"))
            total = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("-c"))
            inFlight = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--path"))
            path = args.at(i + 1);
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    QByteArray line = in.readLine();
    const QJsonObject info = QJsonDocument::fromJson(line).object();
    line.fill('\0');
    QFile caFile(info.value(QLatin1String("ca")).toString());
    QList<QSslCertificate> cas;
    if (caFile.open(QIODevice::ReadOnly))
        cas = QSslCertificate::fromData(caFile.readAll(), QSsl::Pem);

    QNetworkAccessManager nam;
    SystemClock clock;
    ApiClient client(&nam, &clock);
    client.setEndpoint(Endpoint::custom(QUrl(info.value(QLatin1String("url")).toString())));
    client.setApplicationKey(info.value(QLatin1String("applicationKey")).toString());
    client.setApplicationSecret(SecretBytes::fromString(info.value(QLatin1String("applicationSecret")).toString()));
    client.setConsumerKey(SecretBytes::fromString(info.value(QLatin1String("consumerKey")).toString()));
    if (!cas.isEmpty())
        client.setPinnedCaCertificates(cas);
    client.setRateLimitPerMinute(0);
    client.setMaxInFlight(inFlight);

    int sent = 0;
    int done = 0;
    int ok = 0;
    QElapsedTimer timer;
    std::function<void()> sendOne = [&] {
        ++sent;
        ApiCall *call = client.get(path);
        call->onFinished(&app, [&](const Result<QJsonValue> &result) {
            ++done;
            if (result.ok())
                ++ok;
            if (sent < total)
                sendOne();
            else if (done == total) {
                const double secs = double(timer.nsecsElapsed()) / 1e9;
                std::printf("{\"client\":\"ApiClient\",\"requests\":%d,\"ok\":%d,\"inFlight\":%d,"
                            "\"seconds\":%.3f,\"perSecond\":%.1f}\n",
                            total, ok, inFlight, secs, total / secs);
                QCoreApplication::exit(ok == total ? 0 : 1);
            }
        });
    };
    ApiCall *warmUp = client.get(path);
    warmUp->onFinished(&app, [&](const Result<QJsonValue> &result) {
        if (!result.ok()) {
            std::fprintf(stderr, "warm-up call failed\n");
            QCoreApplication::exit(1);
            return;
        }
        timer.start();
        for (int i = 0; i < inFlight && sent < total; ++i)
            sendOne();
    });
    return QCoreApplication::exec();
}
