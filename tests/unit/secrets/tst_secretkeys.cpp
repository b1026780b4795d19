// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue of secret-store key names (secrets/SecretKeys.h). Every expected name below was
// printed by the code that built it before the catalogue existed (ConnectionModel::secretKeyFor,
// VpnModel::pskKey/passwordKey, VmEncryptionModel's secretKeyName/recoveryKeyName): existing
// keychains and a wizard resumed after a crash find their entries by these exact bytes.
#include "secrets/SecretKeys.h"

#include <QTest>

using namespace snc;
using namespace Qt::StringLiterals;

namespace {

const QString kAk = u"AbC123xyz"_s;
const QString kService = u"pcc-192-0-2-1"_s;
const QString kOkms = u"7f3e6c1a-2b4d-4e8f-9a0b-1c2d3e4f5a6b"_s;
const QString kCredential = u"0e1f2a3b-4c5d-6e7f-8091-a2b3c4d5e6f7"_s;

} // namespace

class TestSecretKeys : public QObject
{
    Q_OBJECT
private slots:
    void pinnedNames_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const QString &actual, const QString &expected) {
            QTest::newRow(name) << actual << expected;
        };
        using namespace SecretKeys;
        row("ovh application secret", ovhApplicationSecret(u"ovh-eu"_s, kAk),
            u"ovh/ovh-eu/AbC123xyz/application-secret"_s);
        row("ovh consumer key", ovhConsumerKey(u"ovh-eu"_s, kAk), u"ovh/ovh-eu/AbC123xyz/consumer-key"_s);
        row("sandbox application secret", ovhApplicationSecret(u"sandbox"_s, kAk),
            u"ovh/sandbox/AbC123xyz/application-secret"_s);
        row("sandbox consumer key", ovhConsumerKey(u"sandbox"_s, kAk), u"ovh/sandbox/AbC123xyz/consumer-key"_s);
        row("ovh escaped", ovhConsumerKey(u"a/b%c"_s, kAk), u"ovh/a%2Fb%25c/AbC123xyz/consumer-key"_s);

        // Before issue 15 (item 7): the names existing keychains hold, read once to migrate.
        row("legacy nsx admin password", Legacy::nsxAdminPassword(kService), u"nsx/pcc-192-0-2-1/admin-password"_s);
        row("legacy nsx ipsec psk", Legacy::nsxIpsecPsk(kService), u"nsx/pcc-192-0-2-1/ipsec-psk"_s);
        row("legacy nsx escaped password", Legacy::nsxAdminPassword(u"pcc/2%"_s), u"nsx/pcc%2F2%25/admin-password"_s);

        // Scoped by endpoint (issue 15, item 7).
        row("nsx admin password", nsxAdminPassword(u"ovh-eu"_s, kService), u"nsx/ovh-eu/pcc-192-0-2-1/admin-password"_s);
        row("nsx ipsec psk", nsxIpsecPsk(u"ovh-eu"_s, kService), u"nsx/ovh-eu/pcc-192-0-2-1/ipsec-psk"_s);
        row("nsx sandbox password", nsxAdminPassword(u"custom:127.0.0.1:8443"_s, kService),
            u"nsx/custom:127.0.0.1:8443/pcc-192-0-2-1/admin-password"_s);
        row("nsx escaped password", nsxAdminPassword(u"ovh-eu"_s, u"pcc/2%"_s), u"nsx/ovh-eu/pcc%2F2%25/admin-password"_s);
        row("nsx escaped psk", nsxIpsecPsk(u"ovh-eu"_s, u"pcc/2%"_s), u"nsx/ovh-eu/pcc%2F2%25/ipsec-psk"_s);

        const QString legacyOkms = u"okms/7f3e6c1a-2b4d-4e8f-9a0b-1c2d3e4f5a6b/"_s;
        const QString legacyCredential = legacyOkms + u"0e1f2a3b-4c5d-6e7f-8091-a2b3c4d5e6f7/"_s;
        row("legacy okms private key", Legacy::okmsPrivateKey(kOkms, kCredential), legacyCredential + u"privateKey"_s);
        row("legacy okms private key file", Legacy::okmsPrivateKeyFile(kOkms, kCredential),
            legacyCredential + u"privateKeyFile"_s);
        row("legacy okms recovery copy", Legacy::okmsRecoveryPrivateKey(kOkms, u"vcenter-pcc-192-0-2-1"_s),
            legacyOkms + u"pending/vcenter-pcc-192-0-2-1/privateKey"_s);

        const QString okms = u"okms/ovh-eu/7f3e6c1a-2b4d-4e8f-9a0b-1c2d3e4f5a6b/"_s;
        const QString credential = okms + u"0e1f2a3b-4c5d-6e7f-8091-a2b3c4d5e6f7/"_s;
        const QString eu = u"ovh-eu"_s;
        row("okms private key", okmsPrivateKey(eu, kOkms, kCredential), credential + u"privateKey"_s);
        row("okms certificate", okmsCertificate(eu, kOkms, kCredential), credential + u"certificate"_s);
        row("okms private key file", okmsPrivateKeyFile(eu, kOkms, kCredential), credential + u"privateKeyFile"_s);
        row("okms private key, no id yet", okmsPrivateKey(eu, kOkms, QString()), okms + u"pending/privateKey"_s);
        row("okms certificate, no id yet", okmsCertificate(eu, kOkms, QString()), okms + u"pending/certificate"_s);
        row("okms recovery copy", okmsRecoveryPrivateKey(eu, kOkms, u"vcenter-pcc-192-0-2-1"_s),
            okms + u"pending/vcenter-pcc-192-0-2-1/privateKey"_s);
        row("okms recovery copy escaped", okmsRecoveryPrivateKey(eu, kOkms, u"a/b"_s),
            okms + u"pending/a%2Fb/privateKey"_s);
        row("okms escaped id", okmsPrivateKey(eu, u"o/k%"_s, kCredential),
            u"okms/ovh-eu/o%2Fk%25/0e1f2a3b-4c5d-6e7f-8091-a2b3c4d5e6f7/privateKey"_s);
        row("okms escaped id, no id yet", okmsCertificate(eu, u"o/k%"_s, QString()),
            u"okms/ovh-eu/o%2Fk%25/pending/certificate"_s);
    }
    void pinnedNames()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
        QVERIFY(SecretKeys::isValid(actual)); // a store refuses an invalid key
    }

    // Escaping keeps inputs that differ only in where a '/' falls apart.
    void escapingSeparatesInputs()
    {
        QCOMPARE_NE(SecretKeys::ovhConsumerKey(u"a/b"_s, u"c"_s), SecretKeys::ovhConsumerKey(u"a"_s, u"b/c"_s));
        QCOMPARE_NE(SecretKeys::nsxIpsecPsk(u"ovh-eu"_s, u"x%2Fy"_s), SecretKeys::nsxIpsecPsk(u"ovh-eu"_s, u"x/y"_s));
        QCOMPARE_NE(SecretKeys::okmsPrivateKey(u"ovh-eu"_s, u"o"_s, u"pending/n"_s),
                    SecretKeys::okmsRecoveryPrivateKey(u"ovh-eu"_s, u"o"_s, u"n"_s));
        QCOMPARE_NE(SecretKeys::nsxAdminPassword(u"a/b"_s, u"c"_s), SecretKeys::nsxAdminPassword(u"a"_s, u"b/c"_s));
    }

    // Issue 15, item 7: every per-service secret is scoped by the endpoint. The same service name
    // on two endpoints (the production region, a sandbox listing the customer's PCC name) gives
    // two different entries, and none is the unscoped name of before.
    void perServiceSecretsAreScopedByEndpoint_data()
    {
        QTest::addColumn<QString>("production");
        QTest::addColumn<QString>("sandbox");
        QTest::addColumn<QString>("legacy");
        using namespace SecretKeys;
        const QString eu = u"ovh-eu"_s;
        const QString sb = u"custom:sandbox.example:443"_s;
        QTest::newRow("nsx password") << nsxAdminPassword(eu, kService) << nsxAdminPassword(sb, kService)
                                      << Legacy::nsxAdminPassword(kService);
        QTest::newRow("ipsec psk") << nsxIpsecPsk(eu, kService) << nsxIpsecPsk(sb, kService)
                                   << Legacy::nsxIpsecPsk(kService);
        QTest::newRow("okms key") << okmsPrivateKey(eu, kOkms, kCredential) << okmsPrivateKey(sb, kOkms, kCredential)
                                  << Legacy::okmsPrivateKey(kOkms, kCredential);
        QTest::newRow("okms key file") << okmsPrivateKeyFile(eu, kOkms, kCredential)
                                       << okmsPrivateKeyFile(sb, kOkms, kCredential)
                                       << Legacy::okmsPrivateKeyFile(kOkms, kCredential);
        QTest::newRow("okms recovery") << okmsRecoveryPrivateKey(eu, kOkms, kService)
                                       << okmsRecoveryPrivateKey(sb, kOkms, kService)
                                       << Legacy::okmsRecoveryPrivateKey(kOkms, kService);
        QTest::newRow("okms certificate") << okmsCertificate(eu, kOkms, kCredential)
                                          << okmsCertificate(sb, kOkms, kCredential) << QString();
    }
    void perServiceSecretsAreScopedByEndpoint()
    {
        QFETCH(QString, production);
        QFETCH(QString, sandbox);
        QFETCH(QString, legacy);
        QCOMPARE_NE(production, sandbox);
        QCOMPARE_NE(production, legacy);
        QCOMPARE_NE(sandbox, legacy);
        QVERIFY(production.contains(u"/ovh-eu/"_s));
        QVERIFY(sandbox.contains(u"/custom:sandbox.example:443/"_s));
    }

    void validity_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"a/b"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("empty segment") << u"a//b"_s << false;
        QTest::newRow("digits last: a chunk's name") << u"x/42"_s << false;
        QTest::newRow("count last: the chunk count's name") << u"x/count"_s << false;
        QTest::newRow("control character") << u"a/b\tc"_s << false;
        QTest::newRow("513 characters") << QString(513, u'a') << false;
    }
    void validity()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        QCOMPARE(SecretKeys::isValid(key), valid);
    }
};

QTEST_GUILESS_MAIN(TestSecretKeys)
#include "tst_secretkeys.moc"
