// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real `snc-sandbox` executable's two options for the contract test (tests/contract):
// --record-answers FILE writes one JSON line per API answer, secrets replaced, nothing else; and
// --list-routes prints the route table and exits without serving.
#include "TestPaths.h"
#include "SandboxTestHelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

using namespace snc::test;
using namespace Qt::StringLiterals;

class TestSandboxRecording : public QObject
{
    Q_OBJECT

private slots:
    void recordsEveryApiAnswerWithoutSecrets()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"answers.jsonl"_s);
        QProcess proc;
        proc.setProcessChannelMode(QProcess::SeparateChannels);
        proc.start(snc::test::sandboxExecutable(), {u"--port"_s, u"0"_s, u"--record-answers"_s, file});
        QVERIFY2(proc.waitForStarted(10000), qPrintable(proc.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(proc.canReadLine(), 15000);
        const QJsonObject info = QJsonDocument::fromJson(proc.readLine()).object();
        const QUrl base(info.value(u"url"_s).toString());
        QNetworkAccessManager nam;
        auto request = [&base](const QString &path) {
            QUrl u = base;
            u.setPath(path);
            return QNetworkRequest(u);
        };

        QCOMPARE(rawCall(nam, request(u"/1.0/auth/time"_s), "GET").status, 200);
        QNetworkRequest credential = request(u"/1.0/auth/credential"_s);
        credential.setRawHeader("X-Ovh-Application", info.value(u"applicationKey"_s).toString().toLatin1());
        credential.setRawHeader("Content-Type", "application/json");
        const RawReply created = rawCall(nam, credential, "POST",
                                         R"({"accessRules":[{"method":"GET","path":"/me"}]})");
        QCOMPARE(created.status, 200);
        const QString consumerKey = created.json().value(u"consumerKey"_s).toString();
        QVERIFY(consumerKey.size() >= 16);
        QCOMPARE(rawCall(nam, request(u"/1.0/no/such/route"_s), "GET").status, 404);
        QCOMPARE(rawCall(nam, request(u"/sandbox/stats"_s), "GET").status, 200); // not an API route
        proc.terminate();
        QVERIFY(proc.waitForFinished(10000));

        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        QVERIFY2(!all.contains(consumerKey.toUtf8()), "the consumer key reached the capture");
        const QList<QByteArray> lines = all.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject time = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(time.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(time.value(u"path"_s).toString(), u"/1.0/auth/time"_s);
        QCOMPARE(time.value(u"route"_s).toString(), u"GET /1.0/auth/time"_s);
        QCOMPARE(time.value(u"status"_s).toInt(), 200);
        QVERIFY(time.value(u"body"_s).isDouble()); // a bare number, read as JSON
        const QJsonObject posted = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(posted.value(u"route"_s).toString(), u"POST /1.0/auth/credential"_s);
        const QJsonObject body = posted.value(u"body"_s).toObject();
        QCOMPARE(body.value(u"consumerKey"_s).toString(), u"<redacted>"_s);
        QCOMPARE(body.value(u"state"_s).toString(), u"pendingValidation"_s);
        const QJsonObject missing = QJsonDocument::fromJson(lines.at(2)).object();
        QCOMPARE(missing.value(u"status"_s).toInt(), 404);
        QCOMPARE(missing.value(u"path"_s).toString(), u"/1.0/no/such/route"_s);
    }

    void listsTheRoutesAndExits()
    {
        QProcess proc;
        proc.start(snc::test::sandboxExecutable(), {u"--list-routes"_s});
        QVERIFY(proc.waitForFinished(30000));
        QCOMPARE(proc.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(proc.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.contains(u"GET /1.0/me"_s));
        QVERIFY(lines.contains(u"GET /1.0/dedicatedCloud/{serviceName}/task/{taskId}"_s));
        QVERIFY(lines.contains(u"GET /v2/okms/resource"_s));
        QVERIFY(!lines.first().startsWith(u'{')); // no JSON start-up line
    }

    void refusesAnUnwritableCapture()
    {
        QProcess proc;
        proc.start(snc::test::sandboxExecutable(),
                   {u"--port"_s, u"0"_s, u"--record-answers"_s, u"/nonexistent-folder/answers.jsonl"_s});
        QVERIFY(proc.waitForFinished(30000));
        QCOMPARE(proc.exitCode(), 1);
        QVERIFY(proc.readAllStandardError().contains("--record-answers"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxRecording)
#include "tst_sandbox_recording.moc"
