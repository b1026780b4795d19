// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18, item 5: API values in words (ApiValueText), times with seconds and phone numbers as
// people write them (DisplayFormat), plural forms and the glossary, in English and in French
// (the real catalogues, through Translations).
#include "stages/ApiValueText.h"
#include "stages/DisplayFormat.h"
#include "stages/StageModel.h"
#include "ui/Glossary.h"
#include "ui/Translations.h"
#include "ui/pages/StagePage.h"

#include <QLabel>
#include <QTest>

using namespace snc;

namespace {
/// A stage whose page fills a label in sync(), as the VPN page fills its status.
class FakeStage : public StageModel
{
public:
    FakeStage() : StageModel(nullptr) {}
    int number() const override { return 3; }
    void refresh() override {}
};

class FakePage : public StagePage
{
public:
    explicit FakePage(FakeStage *stage) : StagePage(stage), label(new QLabel(this))
    {
        connect(stage, &StageModel::changed, this, &FakePage::sync);
    }
    QLabel *label;
    QString next;

protected:
    void retranslate() override {}
    void sync() override { label->setText(next); }
};
} // namespace

class TestWording : public QObject
{
    Q_OBJECT

    Translations m_translations;

    void use(const QString &language) { QVERIFY(m_translations.setLanguage(language)); }

private slots:
    void cleanup() { use(QStringLiteral("en")); }

    void apiValuesInWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        const QString en = QStringLiteral("en"), fr = QStringLiteral("fr");
        QTest::newRow("task done en") << en << "task" << "done" << "done";
        QTest::newRow("task done fr") << fr << "task" << "done" << "terminée";
        QTest::newRow("task name fr") << fr << "taskName" << "changeUserProperties"
                                      << QStringLiteral("modification des réglages d’un utilisateur");
        QTest::newRow("user disabled fr") << fr << "user" << "disabled" << "désactivé";
        QTest::newRow("user creating en") << en << "user" << "CREATING" << "being created";
        QTest::newRow("option delivered fr") << fr << "option" << "delivered" << "active";
        QTest::newRow("option disabled fr") << fr << "option" << "disabled" << "inactive";
        QTest::newRow("option snc fr") << fr << "optionName" << "snc" << "SecNumCloud";
        QTest::newRow("tunnel UP fr") << fr << "tunnel" << "UP" << "connecté";
        QTest::newRow("credential CREATING fr") << fr << "credential" << "CREATING" << QStringLiteral("en cours d’émission");
        QTest::newRow("delivery delivered fr") << fr << "delivery" << "delivered" << "remis";
        QTest::newRow("network filtered fr") << fr << "network" << "filtered"
                                             << QStringLiteral("réseaux autorisés uniquement");
        QTest::newRow("unknown en") << en << "tunnel" << "SIDEWAYS" << "unknown (SIDEWAYS)";
        QTest::newRow("unknown fr") << fr << "option" << "strange" << "inconnu (strange)";
        QTest::newRow("empty fr") << fr << "user" << "" << "inconnu";
    }
    void apiValuesInWords()
    {
        QFETCH(QString, language);
        QFETCH(QString, kind);
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        use(language);
        const QHash<QString, QString (*)(const QString &)> kinds{
                {QStringLiteral("task"), &ApiValueText::taskState},
                {QStringLiteral("taskName"), &ApiValueText::taskName},
                {QStringLiteral("user"), &ApiValueText::userState},
                {QStringLiteral("option"), &ApiValueText::optionState},
                {QStringLiteral("optionName"), &ApiValueText::optionName},
                {QStringLiteral("tunnel"), &ApiValueText::tunnelState},
                {QStringLiteral("credential"), &ApiValueText::credentialState},
                {QStringLiteral("delivery"), &ApiValueText::deliveryState},
                {QStringLiteral("network"), &ApiValueText::networkState}};
        QVERIFY(kinds.contains(kind));
        QCOMPARE(kinds.value(kind)(raw), expected);
    }

    void timesCarrySeconds()
    {
        const QTime t(14, 2, 7);
        QCOMPARE(DisplayFormat::time(t, QLocale(QStringLiteral("fr_FR"))), QStringLiteral("14:02:07"));
        QVERIFY(DisplayFormat::time(t, QLocale(QStringLiteral("en_GB"))).contains(QStringLiteral("14:02:07")));
        const QString us = DisplayFormat::time(t, QLocale(QStringLiteral("en_US")));
        QVERIFY2(us.contains(QStringLiteral("2:02:07")) && us.contains(QStringLiteral("PM")), qPrintable(us));
        // The default locale is the interface's (Translations sets it): French after a switch.
        use(QStringLiteral("fr"));
        QCOMPARE(DisplayFormat::time(t), QStringLiteral("14:02:07"));
    }

    void phonesAsPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("shown");
        QTest::newRow("ovh format") << "+33.612345678" << "+33 6 12 34 56 78";
        QTest::newRow("e164") << "+33612345678" << "+33 6 12 34 56 78";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("not a phone") << "call me" << "call me";
    }
    void phonesAsPeopleWriteThem()
    {
        QFETCH(QString, api);
        QFETCH(QString, shown);
        QCOMPARE(DisplayFormat::phone(api), shown);
    }

    void frenchPluralForms()
    {
        use(QStringLiteral("fr"));
        const char *source = "Connected: %1 of %n tunnel(s) negotiated with %2.";
        const auto text = [&](int n) {
            return QCoreApplication::translate("snc::VpnSessionMonitor", source, "@info", n).arg(1).arg(QStringLiteral("peer"));
        };
        QVERIFY2(text(1).contains(QStringLiteral("1 tunnel ")) || text(1).contains(QStringLiteral("1 tunnel,")), qPrintable(text(1)));
        QVERIFY2(text(2).contains(QStringLiteral("2 tunnels")), qPrintable(text(2)));
        QVERIFY(!text(2).contains(QStringLiteral("(s)")));
    }

    void glossaryDefinesTermsWhereTheyAppear()
    {
        const QString tip = Glossary::tooltipFor(QStringLiteral("The PCC's vRack and its portgroups"));
        QCOMPARE(tip.count(QLatin1Char('\n')), 2); // three definitions
        QVERIFY(tip.startsWith(QStringLiteral("PCC: ")));
        QVERIFY(Glossary::tooltipFor(QStringLiteral("I LIKE it")).isEmpty()); // whole words only
        for (const QString &term : Glossary::terms()) {
            QVERIFY(!Glossary::definition(term).isEmpty());
            QVERIFY(!Glossary::definition(term).contains(QLatin1Char('\n'))); // one line each
        }

        QWidget root;
        auto *plain = new QLabel(QStringLiteral("Negotiating: IKE is talking to the peer"), &root);
        auto *own = new QLabel(QStringLiteral("KMIP endpoint"), &root);
        own->setToolTip(QStringLiteral("the page's own"));
        auto *none = new QLabel(QStringLiteral("Nothing to define"), &root);
        Glossary::annotate(&root);
        QVERIFY(plain->toolTip().startsWith(QStringLiteral("IKE: ")));
        QCOMPARE(own->toolTip(), QStringLiteral("the page's own"));
        QVERIFY(none->toolTip().isEmpty());
        // In French after a switch, and gone when the word is.
        use(QStringLiteral("fr"));
        Glossary::annotate(&root);
        QVERIFY2(plain->toolTip().startsWith(QStringLiteral("IKE\u00a0: l’échange")), qPrintable(plain->toolTip()));
        plain->setText(QStringLiteral("Connected"));
        Glossary::annotate(&root);
        QVERIFY(plain->toolTip().isEmpty());
    }

    void glossaryFollowsTextsAPageFillsLater()
    {
        // No page change: the model changes, the page's sync() writes a term, the tooltip follows.
        FakeStage stage;
        FakePage page(&stage);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.next = QStringLiteral("Negotiating: IKE is talking to the peer");
        emit stage.changed();
        QCOMPARE(page.label->text(), page.next);
        QTRY_VERIFY2(page.label->toolTip().startsWith(QStringLiteral("IKE: ")), qPrintable(page.label->toolTip()));
        page.next = QStringLiteral("Connected");
        emit stage.changed();
        QTRY_VERIFY(page.label->toolTip().isEmpty());
    }
};

QTEST_MAIN(TestWording)
#include "tst_wording.moc"
