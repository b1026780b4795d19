// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18, item 5: in French, no page shows the API's own words (paths, raw states, task and
// option names, the API's phone format, ids) outside a "Technical details" disclosure; the View
// menu's toggle opens every disclosure; the practice account writes in the interface's language.
#include "GuiFixture.h"

#include "sandbox/SandboxServer.h"
#include "stages/StageModel.h"
#include "stages/WizardSettings.h"
#include "ui/MainWindow.h"
#include "ui/widgets/TechnicalDetails.h"

#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QTreeWidget>

using namespace snc;

namespace {

bool insideDisclosure(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (qobject_cast<const TechnicalDetails *>(p))
            return true;
    }
    return false;
}

/// The visible texts of `root` outside the disclosures, with where they are.
QStringList visibleTexts(QWidget *root)
{
    QStringList out;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || insideDisclosure(w))
            continue;
        const QString where = w->objectName().isEmpty() ? QLatin1String(w->metaObject()->className()) : w->objectName();
        QStringList texts;
        if (auto *l = qobject_cast<QLabel *>(w))
            texts << l->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts << b->text();
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            texts << g->title();
        else if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text();
        } else if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
            for (QTreeWidgetItemIterator it(tree); *it; ++it) {
                for (int c = 0; c < tree->columnCount(); ++c)
                    texts << (*it)->text(c);
            }
        }
        for (const QString &t : std::as_const(texts))
            out << where + QStringLiteral(": ") + t;
    }
    return out;
}

} // namespace

class TestFrenchWording : public QObject
{
    Q_OBJECT

private slots:
    void frenchPagesShowNoRawApiValue()
    {
        GuiFixture f;
        // French from the start, as a French customer's session is (models built in French).
        QVERIFY(f.start(20.0, [&f](AppSession::Options &o) {
            f.translations.setLanguage(QStringLiteral("fr"));
            o.uiLanguage = f.translations.language();
        }));
        QCOMPARE(f.session->embeddedSandbox()->accountLanguage(), QStringLiteral("fr_FR"));
        f.connectAndChooseService();

        // The API's vocabulary, as the review found it in the customer's face.
        static const QRegularExpression raw(QStringLiteral(
                "\\b(GET|POST|PUT|DELETE) /|/dedicatedCloud|\\bchange(User)?Properties\\b|\\benableSecurityOption\\b"
                "|\\b(CREATING|READY|UP|DOWN)\\b|\\bsnc\\b(?!-)|\\[\\]|\\+\\d{1,3}\\.\\d"
                "|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-|\\b(disabled|filtered|delivered|done|enabled|toDelete|toCreate)\\b"));
        QStringList found;
        for (int page = 0; page <= WizardController::stageCount; ++page) {
            f.controller()->setCurrentPage(page);
            StageModel *model = f.controller()->stage(page);
            QTRY_VERIFY_WITH_TIMEOUT(!model || (model->status() != StageModel::Status::Unknown && !model->isBusy()), 30000);
            QTest::qWait(200); // the page's last sync
            QWidget *current = f.window->findChild<QStackedWidget *>(QLatin1String(MainWindow::Names::pageStack))->currentWidget();
            for (const QString &text : visibleTexts(current)) {
                if (raw.match(text).hasMatch())
                    found << QStringLiteral("page %1 %2").arg(page).arg(text);
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

        // The raw words are still there for support, in the connect page's disclosure.
        f.controller()->setCurrentPage(0);
        auto *rules = f.window->findChild<TechnicalDetails *>(QStringLiteral("accessRulesDetails"));
        QVERIFY(rules);
        QVERIFY(rules->lines().contains(QStringLiteral("GET /dedicatedCloud")));
        QVERIFY(!rules->isOpen()); // collapsed for the customer
        f.stop();
    }

    void viewMenuOpensEveryDisclosureAndTheAccountFollowsTheLanguage()
    {
        GuiFixture f;
        QVERIFY(f.start(20.0));
        QCOMPARE(f.session->embeddedSandbox()->accountLanguage(), QStringLiteral("en_GB"));
        auto *toggle = f.window->findChild<QAction *>(QLatin1String(MainWindow::Names::technicalDetailsAction));
        QVERIFY(toggle && toggle->isCheckable() && !toggle->isChecked());
        const auto disclosures = f.window->findChildren<TechnicalDetails *>();
        QVERIFY(!disclosures.isEmpty());
        for (const TechnicalDetails *d : disclosures)
            QVERIFY(!d->isOpen());
        toggle->trigger();
        for (const TechnicalDetails *d : disclosures)
            QVERIFY(d->isOpen());
        QVERIFY(f.controller()->settings()->technicalDetails()); // remembered for the next start
        toggle->trigger();
        QVERIFY(!disclosures.first()->isOpen());

        // The wizard's own wiring (app/wizard/main.cpp) connects the language to the session.
        QObject::connect(&f.translations, &Translations::languageChanged, f.session.get(), &AppSession::setUiLanguage);
        QVERIFY(f.translations.setLanguage(QStringLiteral("fr")));
        QCOMPARE(f.session->embeddedSandbox()->accountLanguage(), QStringLiteral("fr_FR"));
        QVERIFY(f.translations.setLanguage(QStringLiteral("en")));
        QCOMPARE(f.session->embeddedSandbox()->accountLanguage(), QStringLiteral("en_GB"));
        f.stop();
    }
};

QTEST_MAIN(TestFrenchWording)
#include "tst_frenchwording.moc"
