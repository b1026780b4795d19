// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark micro-benchmarks of the hot pure code: request signing, TOTP, QR matrix and
// JSON parsing of typical API answers. Run through bench/run.sh.
#include "api/RequestSigner.h"
#include "otp/QrMatrix.h"
#include "otp/Totp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

using namespace snc;

namespace {

const QByteArray kSecret = "EXEgWIz07P0HYwtQDs7cNIqCiQaWSuHF";
const QByteArray kConsumer = "MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1";

void BM_SignGet(benchmark::State &state)
{
    const QByteArray url = "https://eu.api.ovh.com/1.0/dedicatedCloud/pcc-192-0-2-1/allowedNetwork/42";
    for (auto _ : state)
        benchmark::DoNotOptimize(signRequest(kSecret, kConsumer, "GET", url, {}, 1700000000));
}
BENCHMARK(BM_SignGet);

void BM_SignPostBody(benchmark::State &state)
{
    const QByteArray url = "https://eu.api.ovh.com/1.0/dedicatedCloud/pcc-192-0-2-1/allowedNetwork";
    const QByteArray body = R"({"description":"office","network":"203.0.113.7/32"})";
    for (auto _ : state)
        benchmark::DoNotOptimize(signRequest(kSecret, kConsumer, "POST", url, body, 1700000000));
}
BENCHMARK(BM_SignPostBody);

void BM_TotpCode(benchmark::State &state)
{
    const SecretBytes key = SecretBytes::fromString(QStringLiteral("12345678901234567890"));
    qint64 t = 1700000000;
    for (auto _ : state)
        benchmark::DoNotOptimize(Totp::codeAt(key, t += 30));
}
BENCHMARK(BM_TotpCode);

void BM_TotpVerifyWindow1(benchmark::State &state)
{
    const SecretBytes key = SecretBytes::fromString(QStringLiteral("12345678901234567890"));
    const SecretBytes code = Totp::codeAt(key, 1700000000 - 30); // matches at offset -1
    for (auto _ : state)
        benchmark::DoNotOptimize(Totp::verify(key, code, 1700000000, 1).matched);
}
BENCHMARK(BM_TotpVerifyWindow1);

void BM_QrMatrixOtpauth(benchmark::State &state)
{
    const QByteArray uri = "otpauth://totp/OVHcloud:admin%40pcc-192-0-2-1?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                           "&issuer=OVHcloud&algorithm=SHA1&digits=6&period=30";
    for (auto _ : state)
        benchmark::DoNotOptimize(QrMatrix::encode(uri).size());
}
BENCHMARK(BM_QrMatrixOtpauth);

QByteArray taskJson(int id)
{
    return QJsonDocument(QJsonObject{
            {QStringLiteral("taskId"), id}, {QStringLiteral("name"), QStringLiteral("addAllowedNetwork")},
            {QStringLiteral("state"), QStringLiteral("doing")}, {QStringLiteral("progress"), 40},
            {QStringLiteral("description"), QStringLiteral("Adding allowed network")},
            {QStringLiteral("executionDate"), QStringLiteral("2026-11-23T12:00:00+00:00")},
            {QStringLiteral("lastModificationDate"), QStringLiteral("2026-11-23T12:00:05+00:00")},
            {QStringLiteral("endDate"), QJsonValue()}, {QStringLiteral("networkAccessId"), 7},
            {QStringLiteral("parentTaskId"), QJsonValue()}, {QStringLiteral("type"), QStringLiteral("generic")}})
            .toJson(QJsonDocument::Compact);
}

void BM_JsonParseTask(benchmark::State &state)
{
    const QByteArray json = taskJson(1234);
    for (auto _ : state)
        benchmark::DoNotOptimize(QJsonDocument::fromJson(json).object().value(QLatin1String("state")));
    state.SetBytesProcessed(state.iterations() * json.size());
}
BENCHMARK(BM_JsonParseTask);

void BM_JsonParseServiceList(benchmark::State &state)
{
    // A v2-style list of N resources (e.g. /v2/iam/resource), the largest answers of the flow.
    QJsonArray list;
    for (int i = 0; i < state.range(0); ++i) {
        list.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("a0b1c2d3-%1").arg(i)},
                                {QStringLiteral("urn"), QStringLiteral("urn:v1:eu:resource:dedicatedCloud:pcc-%1").arg(i)},
                                {QStringLiteral("name"), QStringLiteral("pcc-192-0-2-%1").arg(i)},
                                {QStringLiteral("displayName"), QStringLiteral("Hosted Private Cloud %1").arg(i)},
                                {QStringLiteral("type"), QStringLiteral("dedicatedCloud")},
                                {QStringLiteral("tags"), QJsonObject{{QStringLiteral("ovh:secnumcloud"), QStringLiteral("true")}}}});
    }
    const QByteArray json = QJsonDocument(list).toJson(QJsonDocument::Compact);
    for (auto _ : state)
        benchmark::DoNotOptimize(QJsonDocument::fromJson(json).array().size());
    state.SetBytesProcessed(state.iterations() * json.size());
}
BENCHMARK(BM_JsonParseServiceList)->Arg(10)->Arg(200);

} // namespace

BENCHMARK_MAIN();
