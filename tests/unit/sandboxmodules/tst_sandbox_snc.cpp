// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The `snc` option through a real SandboxServer: what blocks it (compatibilityMatrix,
// dependenciesTree, the task's error), and pendingOptions == [] once every stage is done.
#include "ModulesFixture.h"

#include "sandbox/SandboxStats.h"
#include "sandbox/modules/DedicatedCloudModule.h"
#include "sandbox/modules/OkmsModule.h"

#include <QHash>

using namespace snc;
using namespace snc::test;

class TestSandboxSnc : public QObject
{
    Q_OBJECT

    static QString resume(ModulesFixture &f) { return f.path(s("/securityOptions/resumePendingEnabling")); }

    /// What the published answers say is missing: the required options (`requires` of the
    /// dependenciesTree) that the compatibility matrix does not show delivered, then the matrix's
    /// reason code for snc (MISSING_REQUIREMENTS_OPTIONS, or ACTION_IMPOSSIBLE for the rest).
    static QStringList missingCodes(ModulesFixture &f)
    {
        const QJsonObject tree = f.api("GET", f.path(s("/securityOptions/dependenciesTree?option=snc"))).object();
        const QJsonArray matrix = f.api("GET", f.path(s("/securityOptions/compatibilityMatrix?showIncompatible=true"))).array();
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &v : matrix)
            byName.insert(v.toObject().value(s("name")).toString(), v.toObject());
        QStringList codes;
        for (const QJsonValue &r : tree.value(s("requires")).toArray()) {
            if (byName.value(r.toString()).value(s("state")).toString() != s("delivered"))
                codes << r.toString();
        }
        const QJsonObject snc = byName.value(s("snc"));
        if (!snc.value(s("compatible")).toBool())
            codes << snc.value(s("reason")).toObject().value(s("code")).toString();
        return codes;
    }

    static QString sncTaskEnd(ModulesFixture &f, QString *description)
    {
        const Reply r = f.api("POST", resume(f), QJsonObject{{s("option"), s("snc")}});
        if (r.status != 200) {
            *description = r.message();
            return QString::number(r.status);
        }
        const QJsonObject end = f.settle(r.object().value(s("taskId")).toInteger());
        *description = end.value(s("description")).toString();
        return end.value(s("state")).toString();
    }

private slots:
    void blockedByAMissingPrerequisite()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QCOMPARE(missingCodes(f), (QStringList{s("accessNetworkFiltered"), s("tokenValidation"), s("privateGw"),
                                               s("MISSING_REQUIREMENTS_OPTIONS")}));
        QVERIFY(f.activateTokenValidation()); // stage 2 done
        // Policy still open, no VPN, no gateway, no KMS: the task runs and ends in error.
        QString why;
        QCOMPARE(sncTaskEnd(f, &why), s("error"));
        QVERIFY2(why.contains(s("VPN_NOT_CONFIGURED")) && why.contains(s("KMS_NOT_REGISTERED"))
                         && why.contains(s("ALLOWED_NETWORKS")),
                 qPrintable(why));
        QVERIFY(!why.contains(s("ADMIN_NOT_SECURED")));
        QVERIFY(f.api("GET", f.path(s("/securityOptions/pendingOptions"))).array().contains(s("snc")));

        // The matrix names the missing options under the generic code; the tree is the
        // published one (no sandbox extension).
        const QJsonArray matrix = f.api("GET", f.path(s("/securityOptions/compatibilityMatrix?showIncompatible=true"))).array();
        bool seen = false;
        for (const QJsonValue &v : matrix) {
            const QJsonObject o = v.toObject();
            if (o.value(s("name")).toString() != s("snc"))
                continue;
            seen = true;
            QCOMPARE(o.value(s("compatible")).toBool(), false);
            QVERIFY(o.value(s("reason")).toObject().value(s("message")).toString().contains(s("privateGw")));
        }
        QVERIFY(seen);
        QVERIFY(!f.api("GET", f.path(s("/securityOptions/dependenciesTree?option=snc"))).object().contains(s("missingRequirements")));

        // Only the VPN missing: it alone is named.
        f.modules.dedicatedCloud->sncHooks().privateGatewayEnabled = [](const QString &) { return true; };
        f.modules.dedicatedCloud->sncHooks().kmsRegistered = [](const QString &) { return true; };
        const qint64 put = f.api("PUT", f.path(), QJsonObject{{s("userAccessPolicy"), s("filtered")}})
                                   .object().value(s("taskId")).toInteger();
        QCOMPARE(f.settle(put).value(s("state")).toString(), s("done"));
        QCOMPARE(missingCodes(f), QStringList{s("ACTION_IMPOSSIBLE")});
        QCOMPARE(sncTaskEnd(f, &why), s("error"));
        QVERIFY(why.contains(s("VPN_NOT_CONFIGURED")));
        QVERIFY(!why.contains(s("KMS_NOT_REGISTERED")));
    }

    void completesWhenEveryStageIsDone()
    {
        ModulesFixture f;
        QVERIFY(f.start());
        QVERIFY(f.activateTokenValidation()); // stage 2 done
        const qint64 put = f.api("PUT", f.path(), QJsonObject{{s("userAccessPolicy"), s("filtered")}})
                                   .object().value(s("taskId")).toInteger();
        QCOMPARE(f.settle(put).value(s("state")).toString(), s("done"));
        // Stages 3 and 4 are helper "vpn"'s modules: stand in for them here.
        f.modules.dedicatedCloud->sncHooks().vpnConfigured = [](const QString &) { return true; };
        f.modules.dedicatedCloud->sncHooks().privateGatewayEnabled = [](const QString &) { return true; };
        QCOMPARE(missingCodes(f), QStringList{s("ACTION_IMPOSSIBLE")});

        // Stage 5 for real: the KMS registered with the listener's thumbprint (the real hook).
        f.v2("GET", s("/okms/resource"));
        const Reply kms = f.api("POST", f.path(s("/vmEncryption/kms")),
                                QJsonObject{{s("ip"), s("127.0.0.1")},
                                            {s("sslThumbprint"), f.modules.okms->kmipSha1Thumbprint()}});
        QCOMPARE(kms.status, 200);
        QCOMPARE(f.modules.okms->configureVCenter(f.sn()), 1); // the registration waits for vCenter (issue 17)
        QCOMPARE(f.settle(kms.object().value(s("taskId")).toInteger()).value(s("state")).toString(), s("done"));
        QCOMPARE(missingCodes(f), QStringList());

        QString why;
        QCOMPARE(sncTaskEnd(f, &why), s("done"));
        QCOMPARE(f.api("GET", f.path(s("/securityOptions/pendingOptions"))).array(), QJsonArray());
        QCOMPARE(f.api("POST", resume(f), QJsonObject{{s("option"), s("snc")}}).status, 400); // not pending
        QCOMPARE(f.server->stats()->duplicateCreations(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSnc)
#include "tst_sandbox_snc.moc"
