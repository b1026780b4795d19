// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Switching language at run time through the Language menu changes every word of every page
// (labels, buttons, group boxes, tabs, list items, tooltips, accessible names, placeholders, the
// countdown, the window and menus), and switching back restores the English texts exactly.
#include "GuiFixture.h"

#include "ui/MainWindow.h"
#include "ui/pages/ConnectPage.h"
#include "ui/widgets/TechnicalDetails.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTreeWidget>

using ConnectNames = snc::ConnectPage::Names;
using MainWindowNames = snc::MainWindow::Names;

using namespace snc;

namespace {

using Texts = QMap<QString, QString>;

void add(Texts &texts, const QString &where, const QString &text)
{
    if (!text.trimmed().isEmpty())
        texts.insert(where, text);
}

/// Every user-visible text of the window, keyed by where it is.
Texts collect(MainWindow *window)
{
    Texts t;
    add(t, QStringLiteral("window title"), window->windowTitle());
    const auto menus = window->menuBar()->actions();
    for (const QAction *m : menus) {
        add(t, QStringLiteral("menu"), m->text());
        if (!m->menu())
            continue;
        const auto actions = m->menu()->actions();
        for (const QAction *a : actions) {
            if (!a->objectName().startsWith(QLatin1String("languageAction_"))) // endonyms, on purpose
                add(t, QStringLiteral("menu %1/%2").arg(m->text(), a->objectName().isEmpty() ? a->text() : a->objectName()), a->text());
        }
    }
    const auto widgets = window->findChildren<QWidget *>();
    int n = 0;
    for (QWidget *w : widgets) {
        if (w->objectName().startsWith(QLatin1String("qt_")) || w->inherits("QComboBoxPrivateContainer"))
            continue;
        // The API's own words ("GET /me", raw states) stay as the API writes them, in any language.
        if (qobject_cast<QLabel *>(w) && w->objectName() == QLatin1String(TechnicalDetails::Names::text))
            continue;
        const QString id = QStringLiteral("%1#%2 %3").arg(QLatin1String(w->metaObject()->className())).arg(n++).arg(w->objectName());
        add(t, id + QStringLiteral(" tooltip"), w->toolTip());
        add(t, id + QStringLiteral(" accessibleName"), w->accessibleName());
        add(t, id + QStringLiteral(" accessibleDescription"), w->accessibleDescription());
        if (auto *l = qobject_cast<QLabel *>(w))
            add(t, id, l->text());
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(t, id, b->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            add(t, id, g->title());
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            add(t, id + QStringLiteral(" placeholder"), e->placeholderText());
        else if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                add(t, id + QStringLiteral(" item %1").arg(i), c->itemText(i));
        } else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(t, id + QStringLiteral(" tab %1").arg(i), tabs->tabText(i));
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i) {
                add(t, id + QStringLiteral(" item %1").arg(i), list->item(i)->text());
                add(t, id + QStringLiteral(" item %1 accessible").arg(i), list->item(i)->data(Qt::AccessibleTextRole).toString());
            }
        } else if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
            for (int i = 0; i < tree->columnCount(); ++i)
                add(t, id + QStringLiteral(" header %1").arg(i), tree->headerItem()->text(i));
        }
    }
    return t;
}

/// Texts legitimately the same in both languages: no letters at all (times, numbers, marks),
/// addresses and ids, acronyms ("RSA 3072", "19 (ECP 256)"), proper names, and the few words
/// French spells the same.
bool sameInBothLanguages(const QString &text)
{
    static const QStringList names{QStringLiteral("OVHcloud"), QStringLiteral("NSX"), QStringLiteral("vCenter"),
                                   QStringLiteral("OVHcloud Europe (ovh-eu)"), QStringLiteral("OVHcloud Canada (ovh-ca)"),
                                   QStringLiteral("Service"), QStringLiteral("Description")};
    static const QRegularExpression acronyms(QStringLiteral("^[A-Z0-9 ()/.-]+$"));
    if (acronyms.match(text).hasMatch())
        return true;
    static const QRegularExpression letters(QStringLiteral("\\p{L}{2,}"));
    static const QRegularExpression idOrAddress(
            QStringLiteral("^[\\s•✓◐○✗·]*([a-z0-9._-]+@[a-z0-9.-]+|https?://\\S+|[0-9./:]+|pcc-[0-9-]+|urn:\\S+)[\\s.]*$"));
    return !letters.match(text).hasMatch() || idOrAddress.match(text).hasMatch() || names.contains(text);
}

void switchTo(MainWindow *window, const char *language)
{
    auto *action = window->findChild<QAction *>(QStringLiteral("languageAction_%1").arg(QLatin1String(language)));
    QVERIFY2(action, language);
    action->trigger(); // the Language menu's own path
    QCoreApplication::processEvents();
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }
    void everyWordChangesBothWays();

private:
    GuiFixture f;
};

void TestLanguageSwitch::everyWordChangesBothWays()
{
    // Some content first (regions filled, a countdown and every page built).
    QTRY_VERIFY_WITH_TIMEOUT(f.find<QAbstractButton>(ConnectNames::authorizeButton)->isEnabled(), 30000);
    const Texts english = collect(f.window.get());
    QVERIFY(english.size() > 150);

    switchTo(f.window.get(), "fr");
    QTRY_COMPARE(f.find<QAbstractButton>(MainWindowNames::nextButton)->text(), QStringLiteral("&Suivant"));
    const Texts french = collect(f.window.get());
    QStringList unchanged;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (sameInBothLanguages(it.value()))
            continue;
        if (french.value(it.key()) == it.value())
            unchanged << QStringLiteral("%1: \"%2\"").arg(it.key(), it.value());
    }
    QVERIFY2(unchanged.isEmpty(), qPrintable(QStringLiteral("still in English after the switch:\n")
                                             + unchanged.join(QLatin1Char('\n'))));

    switchTo(f.window.get(), "en");
    QTRY_COMPARE(f.find<QAbstractButton>(MainWindowNames::nextButton)->text(), QStringLiteral("&Next"));
    const Texts back = collect(f.window.get());
    QStringList different;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (back.value(it.key()) != it.value())
            different << QStringLiteral("%1: \"%2\" became \"%3\"").arg(it.key(), it.value(), back.value(it.key()));
    }
    QVERIFY2(different.isEmpty(), qPrintable(QStringLiteral("not restored in English:\n")
                                             + different.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
