// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 9: the embedded practice sandbox runs only while practice is the chosen
// endpoint. A session on a remembered OVHcloud region has no sandbox listening in the process
// that holds the production secrets; choosing another region stops a running one, and choosing
// practice again starts a new one.
#include "session/AppSession.h"
#include "sandbox/SandboxServer.h"
#include "stages/WizardController.h"
#include "stages/WizardSettings.h"

#include <QSettings>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace snc;

namespace {

bool listening(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}

AppSession::Options optionsFor(const QString &settingsFile)
{
    AppSession::Options options;
    options.embeddedSandbox = true; // what snc-wizard asks for without --endpoint
    options.sessionOnlySecrets = true;
    options.settingsFile = settingsFile;
    return options;
}

} // namespace

class TestAppSessionSandbox : public QObject
{
    Q_OBJECT

private slots:
    void productionSessionHasNoListeningSandbox()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("wizard.ini"));
        {
            QSettings raw(file, QSettings::IniFormat);
            WizardSettings remembered(&raw);
            remembered.setEndpointId(QStringLiteral("ovh-eu"));
            remembered.setApplicationKey(QStringLiteral("AbC123xyzAbC123x"));
        }
        AppSession session;
        QString error;
        QVERIFY2(session.start(optionsFor(file), &error), qPrintable(error));
        QVERIFY(!session.embeddedSandbox());
        QVERIFY(!session.hasPracticeSandbox());
    }

    /// OVHcloud chosen on the welcome page with nothing remembered: no sandbox listens, and the
    /// connection offers ovh-eu, not practice (without the choice, practice is the default).
    void productionChosenWithNothingRemembered()
    {
        QTemporaryDir dir;
        AppSession::Options options = optionsFor(dir.filePath(QStringLiteral("wizard.ini")));
        options.preferProduction = true;
        AppSession session;
        QString error;
        QVERIFY2(session.start(options, &error), qPrintable(error));
        QVERIFY(!session.embeddedSandbox());
        session.controller()->connection()->resume();
        QCOMPARE(session.controller()->connection()->endpointId(), QStringLiteral("ovh-eu"));

        AppSession practice;
        QVERIFY2(practice.start(optionsFor(dir.filePath(QStringLiteral("other.ini"))), &error), qPrintable(error));
        QVERIFY(practice.embeddedSandbox());
    }

    void sandboxStopsWhenAnotherRegionIsChosen()
    {
        QTemporaryDir dir;
        AppSession session; // nothing remembered: practice is the default
        QString error;
        QVERIFY2(session.start(optionsFor(dir.filePath(QStringLiteral("wizard.ini"))), &error), qPrintable(error));
        QVERIFY(session.embeddedSandbox());
        const quint16 port = session.embeddedSandbox()->port();
        QVERIFY(listening(port));
        session.controller()->connection()->setEndpointId(ConnectionModel::sandboxEndpointId());
        QVERIFY(session.embeddedSandbox()); // the same one, still running
        QCOMPARE(session.embeddedSandbox()->port(), port);

        session.controller()->connection()->setEndpointId(QStringLiteral("ovh-eu"));
        QVERIFY(!session.embeddedSandbox());
        QVERIFY(!listening(port));

        session.controller()->connection()->setEndpointId(ConnectionModel::sandboxEndpointId());
        QVERIFY(session.embeddedSandbox());
        QVERIFY(listening(session.embeddedSandbox()->port()));
        QCOMPARE(session.controller()->connection()->practiceSandbox().apiBase, session.embeddedSandbox()->url());
    }
};

QTEST_GUILESS_MAIN(TestAppSessionSandbox)
#include "tst_appsessionsandbox.moc"
