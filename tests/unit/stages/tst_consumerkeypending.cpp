// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: the connection waits for a consumer key's validation whatever the real API answers
// for a key still pending (not published; switch consumerKeyPending, lib/sandbox/UNPUBLISHED.md):
// 403 INVALID_CREDENTIAL, 400 INVALID_SIGNATURE, or an explicit 403 "not validated yet". Then
// "I have validated it": one check, after which the ambiguous answers mean what they say.
// ConnectionModel against the real sandbox over real sockets.
#include "Stage2Helpers.h"

#include "sandbox/SandboxStats.h"
#include "stages/WizardSettings.h"
#include "stages/connection/ConnectionModel.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace snc;
using namespace snc::test;
using ConnState = ConnectionModel::State;

class TestConsumerKeyPending : public QObject
{
    Q_OBJECT

    /// A ConnectionModel on the fixture's practice sandbox, waiting for the validation.
    struct Waiting
    {
        QTemporaryDir dir;
        QSettings settings{dir.filePath(QStringLiteral("wizard.ini")), QSettings::IniFormat};
        WizardSettings wizardSettings{&settings};
        std::unique_ptr<ConnectionModel> model;
    };

    static bool startWaiting(SandboxFixture &f, Waiting &w)
    {
        w.model = std::make_unique<ConnectionModel>(f.context.get(), &w.wizardSettings);
        PracticeSandbox practice;
        practice.apiBase = f.server->url();
        practice.applicationKey = f.server->applicationKey();
        practice.applicationSecret = SecretBytes::fromString(f.server->applicationSecret());
        practice.controlSecret = SecretBytes::fromString(f.server->controlSecret());
        w.model->setPracticeSandbox(std::move(practice));
        w.model->setEndpointId(ConnectionModel::sandboxEndpointId());
        QSignalSpy open(w.model.get(), &StageModel::openUrlRequested);
        w.model->authorize();
        return open.wait(10000) && w.model->state() == ConnState::WaitingForValidation;
    }
    static int credentialChecks(SandboxFixture &f)
    {
        return f.server->stats()->requestsFor(QStringLiteral("GET /1.0/auth/currentCredential"));
    }
    static void choices()
    {
        QTest::addColumn<QString>("choice");
        QTest::newRow("invalid-credential-403") << QStringLiteral("invalid-credential-403");
        QTest::newRow("invalid-signature-400") << QStringLiteral("invalid-signature-400");
        QTest::newRow("not-validated-403") << QStringLiteral("not-validated-403");
    }

private slots:
    void waitsThroughEachAnswer_data() { choices(); }
    void waitsThroughEachAnswer()
    {
        QFETCH(QString, choice);
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        QVERIFY(f.server->setUnpublished(QStringLiteral("consumerKeyPending"), choice));
        Waiting w;
        QVERIFY(startWaiting(f, w));
        // Two checks answered "not valid" while the user is still in the browser: still waiting.
        QTRY_VERIFY_WITH_TIMEOUT(credentialChecks(f) >= 2 && !w.model->validationWaitText().isEmpty(), 15000);
        QCOMPARE(w.model->state(), ConnState::WaitingForValidation);
        QVERIFY(w.model->canConfirmValidated());
        QVERIFY(!w.model->hasError());

        QSignalSpy connected(w.model.get(), &ConnectionModel::connected);
        w.model->autoValidateInSandbox();
        QVERIFY(connected.wait(20000));
        QCOMPARE(w.model->state(), ConnState::Connected);
        QVERIFY(w.model->validationWaitText().isEmpty());
    }

    // "I have validated it" before the validation: the ambiguous answers are final then, and say
    // what to do; the explicit "not validated yet" keeps waiting.
    void confirmBeforeValidating_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("kind");
        QTest::newRow("invalid-credential-403") << QStringLiteral("invalid-credential-403")
                                                << int(ConnState::NeedsReauthorization) << int(ApiError::Kind::CredentialInvalid);
        QTest::newRow("invalid-signature-400") << QStringLiteral("invalid-signature-400") << int(ConnState::Failed)
                                               << int(ApiError::Kind::InvalidSignature);
        QTest::newRow("not-validated-403") << QStringLiteral("not-validated-403")
                                           << int(ConnState::WaitingForValidation) << -1;
    }
    void confirmBeforeValidating()
    {
        QFETCH(QString, choice);
        QFETCH(int, state);
        QFETCH(int, kind);
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        QVERIFY(f.server->setUnpublished(QStringLiteral("consumerKeyPending"), choice));
        Waiting w;
        QVERIFY(startWaiting(f, w));
        QTRY_VERIFY_WITH_TIMEOUT(credentialChecks(f) >= 1 && !w.model->validationWaitText().isEmpty(), 15000);
        const int before = credentialChecks(f);
        w.model->confirmValidated();
        QTRY_VERIFY_WITH_TIMEOUT(credentialChecks(f) > before, 5000);
        if (kind < 0) {
            QTRY_VERIFY_WITH_TIMEOUT(w.model->validationWaitText().contains(QStringLiteral("not validated yet")), 5000);
            QCOMPARE(w.model->state(), ConnState::WaitingForValidation);
            QSignalSpy connected(w.model.get(), &ConnectionModel::connected);
            w.model->autoValidateInSandbox();
            QVERIFY(connected.wait(20000));
            return;
        }
        QTRY_COMPARE_WITH_TIMEOUT(int(w.model->state()), state, 5000);
        QCOMPARE(int(w.model->lastError().kind), kind);
        QVERIFY(!w.model->lastErrorMessage().isEmpty());
        QVERIFY(!w.model->canConfirmValidated());
    }

    void confirmWithNothingPendingIsRefused()
    {
        SandboxFixture f;
        QVERIFY2(f.started, qPrintable(f.startError));
        Waiting w;
        w.model = std::make_unique<ConnectionModel>(f.context.get(), &w.wizardSettings);
        const int before = credentialChecks(f);
        w.model->confirmValidated();
        QCOMPARE(w.model->lastError().kind, ApiError::Kind::Validation);
        QCOMPARE(credentialChecks(f), before);
    }
};

QTEST_GUILESS_MAIN(TestConsumerKeyPending)
#include "tst_consumerkeypending.moc"
