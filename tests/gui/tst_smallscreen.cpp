// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// At 1366×768, in English and in French, no page as first shown clips anything (the layout audit:
// sideways scrolling, a cut label or button, an elided cell) and no two visible sibling widgets
// overlap. The states the flow goes through are tst_layoutaudit's (the autopilot, every step).
#include "GuiFixture.h"

#include "autopilot/LayoutAudit.h"

#include "stages/StageModel.h"

#include <QAction>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>

using MainWindowNames = snc::MainWindow::Names;

using namespace snc;

class TestSmallScreen : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(f.start(20.0)); }
    void cleanup() { f.stop(); }
    void nothingClippedNorOverlapping();

private:
    QStringList problems(const QString &where) const;
    GuiFixture f;
};

QStringList TestSmallScreen::problems(const QString &where) const
{
    // What is cut: the autopilot's layout audit, the same at every step of tst_layoutaudit.
    QStringList found;
    for (const QString &problem : layoutProblems(f.window.get(), QSize(1366, 768)))
        found << QStringLiteral("%1 %2").arg(where, problem);
    const auto widgets = f.window->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!w->isVisible() || w->window() != f.window.get() || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const QString id = QStringLiteral("%1 %2 (%3)").arg(where, w->objectName(), QLatin1String(w->metaObject()->className()));
        // Overlapping siblings (a splitter's handles and a scroll area's internals excepted).
        if (qobject_cast<const QSplitter *>(w) || qobject_cast<const QAbstractScrollArea *>(w))
            continue;
        QList<const QWidget *> children;
        for (const QObject *o : w->children()) {
            const auto *c = qobject_cast<const QWidget *>(o);
            if (c && c->isVisible() && !c->isWindow() && !c->objectName().startsWith(QLatin1String("qt_")))
                children << c;
        }
        for (int i = 0; i < children.size(); ++i) {
            for (int j = i + 1; j < children.size(); ++j) {
                if (children.at(i)->geometry().intersects(children.at(j)->geometry()))
                    found << QStringLiteral("%1: %2 overlaps %3").arg(id, children.at(i)->objectName(),
                                                                      children.at(j)->objectName());
            }
        }
    }
    return found;
}

void TestSmallScreen::nothingClippedNorOverlapping()
{
    f.window->resize(1366, 768);
    f.connectAndChooseService();
    QStringList found;
    for (const char *language : {"en", "fr"}) {
        auto *action = f.window->findChild<QAction *>(
                QString::fromLatin1(MainWindowNames::languageActionPrefix) + QLatin1String(language));
        QVERIFY(action);
        action->trigger();
        for (int page = 0; page <= WizardController::stageCount; ++page) {
            f.controller()->setCurrentPage(page);
            QCOMPARE(f.controller()->currentPage(), page);
            StageModel *model = f.controller()->stage(page);
            QTRY_VERIFY_WITH_TIMEOUT(page == 0 || (model->status() != StageModel::Status::Unknown && !model->isBusy()), 30000);
            for (int i = 0; i < 5; ++i) // layout requests cascade from the changed widget up
                QCoreApplication::processEvents();
            found << problems(QStringLiteral("[%1, page %2]").arg(QLatin1String(language)).arg(page));
        }
    }
    found.removeDuplicates();
    for (const QString &line : std::as_const(found))
        qWarning("%s", qPrintable(line));
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 problems (listed above)").arg(found.size())));
}

QTEST_MAIN(TestSmallScreen)
#include "tst_smallscreen.moc"
