// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Accessibility audit of the whole window, every page: accessible names, label buddies, button
// texts, no hard-coded stylesheet colours, the application palette (dark) followed, page titles
// announced with the focus, and the close question while the KMS private key is unsaved.
#include "GuiFixture.h"

#include "stages/StageModel.h"
#include "stages/encryption/VmEncryptionModel.h"
#include "ui/MainWindow.h"
#include "ui/pages/SecureInterfaceSection.h"
#include "ui/widgets/OneTimeSecretEdit.h"
#include "ui/pages/StagePage.h"
#include "ui/pages/VmEncryptionPage.h"
#include "ui/widgets/QrCodeView.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTextEdit>

using MainWindowNames = snc::MainWindow::Names;
using SecureInterfaceNames = snc::SecureInterfaceSection::Names;
using StagePageNames = snc::StagePage::Names;
using VmEncryptionNames = snc::VmEncryptionPage::Names;

using namespace snc;

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup()
    {
        f.stop();
        QApplication::setPalette(QPalette());
    }
    void everyControlIsNamed();
    void readOnlyValuesAreSelectable();
    void noHardCodedColours();
    void followsADarkPalette();
    void pageTitleTakesTheFocus();
    void closeAsksWhileTheKeyIsUnsaved();

private:
    QList<QWidget *> pages() const;
    static bool isInput(const QWidget *w);
    GuiFixture f;
};

QList<QWidget *> TestAccessibility::pages() const
{
    auto *stack = f.window->findChild<QStackedWidget *>(QLatin1String(MainWindowNames::pageStack));
    QList<QWidget *> list;
    for (int i = 0; i < stack->count(); ++i)
        list << stack->widget(i);
    return list;
}

bool TestAccessibility::isInput(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
            || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QPlainTextEdit *>(w)
            || (qobject_cast<const QTextEdit *>(w) && !static_cast<const QTextEdit *>(w)->isReadOnly());
}

void TestAccessibility::everyControlIsNamed()
{
    // Every page exists from the start; the audit covers their widgets visible or not, so a
    // control shown only later in the flow is checked too.
    QStringList problems;
    const auto widgets = f.window->findChildren<QWidget *>();
    QHash<const QWidget *, const QLabel *> buddies;
    for (const QWidget *w : widgets) {
        if (const auto *l = qobject_cast<const QLabel *>(w); l && l->buddy())
            buddies.insert(l->buddy(), l);
    }
    for (QWidget *w : widgets) {
        if (w->inherits("QComboBoxPrivateContainer") || qobject_cast<QLineEdit *>(w->parentWidget())
            || (w->parentWidget() && w->parentWidget()->inherits("QComboBoxPrivateContainer")))
            continue; // Qt's own internals (popup container and its list, spin box editor)
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        const QString id = QStringLiteral("%1 (%2)").arg(w->objectName(), QLatin1String(w->metaObject()->className()));
        const bool interactive = qobject_cast<QAbstractButton *>(w) || isInput(w)
                || qobject_cast<QAbstractItemView *>(w);
        if (!interactive || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            problems << QStringLiteral("no accessible name: %1").arg(id);
        if (isInput(w) && !buddies.contains(w) && w->accessibleName().isEmpty())
            problems << QStringLiteral("no label buddy nor accessible name: %1").arg(id);
        if (auto *b = qobject_cast<QAbstractButton *>(w);
            b && (b->text().contains(QLatin1Char('<')) || b->text().contains(QLatin1Char('>'))))
            problems << QStringLiteral("'<' or '>' in a button text: %1 \"%2\"").arg(id, b->text());
    }
    // A field label ("Name:") always names its field.
    for (const QWidget *w : widgets) {
        const auto *l = qobject_cast<const QLabel *>(w);
        if (l && l->text().endsWith(QLatin1Char(':')) && !l->buddy() && l->text().size() < 40)
            problems << QStringLiteral("field label without buddy: %1 \"%2\"").arg(l->objectName(), l->text());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::readOnlyValuesAreSelectable()
{
    // Values a person must read out or copy (ids, thumbprints): reachable by keyboard and
    // selectable; secrets shown once: reachable by keyboard, copied only with their button.
    static const QRegularExpression valueNames(
            QStringLiteral("(Thumbprint|Fingerprint|Secret|TaskProgress|Id|Certificate|Psk|Key)Label$"),
            QRegularExpression::CaseInsensitiveOption);
    QStringList problems;
    const auto labels = f.window->findChildren<QLabel *>();
    for (const QLabel *l : labels) {
        if (!valueNames.match(l->objectName()).hasMatch() || l->buddy())
            continue;
        const Qt::TextInteractionFlags flags = l->textInteractionFlags();
        if (!(flags & Qt::TextSelectableByKeyboard) || !(flags & Qt::TextSelectableByMouse)
            || !(l->focusPolicy() & Qt::TabFocus))
            problems << l->objectName();
    }
    // A secret shown once (ShownOnceSecret, issue 18 item 8) is read out but not selectable: it
    // leaves the screen only through its Copy button (SecretClipboard) or Save, never through a
    // selection, a context menu or Ctrl+C (issue 15 item 10).
    const auto secrets = f.window->findChildren<OneTimeSecretEdit *>();
    QVERIFY(secrets.size() >= 3); // the PSK, the TOTP secret, a generated password
    for (const OneTimeSecretEdit *e : secrets) {
        if (!e->isReadOnly() || e->contextMenuPolicy() != Qt::NoContextMenu || e->dragEnabled()
            || !(e->focusPolicy() & Qt::TabFocus) || e->accessibleName().isEmpty())
            problems << e->objectName();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(' '))));
}

void TestAccessibility::noHardCodedColours()
{
    // The system palette rules; only the QR code stays black on white (scanners need it).
    static const QRegularExpression colour(QStringLiteral("color|#[0-9a-f]{3,8}\\b|rgb|hsl|background"),
                                           QRegularExpression::CaseInsensitiveOption);
    QStringList problems;
    // The application's style sheet (issue 18 item 10) names palette roles only: every colour
    // or background it sets is palette(...), transparent or none; no literal colour anywhere.
    static const QRegularExpression declaration(QStringLiteral("([a-z-]*(?:color|background)[a-z-]*)\\s*:\\s*([^;}]*)"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression role(QStringLiteral("^(palette\\([a-z-]+\\)|transparent|none)$"));
    static const QRegularExpression literal(QStringLiteral("#[0-9a-f]{3,8}\\b|rgba?\\(|hsla?\\(|hsva?\\("),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString appSheet = qApp->styleSheet();
    QVERIFY2(appSheet.contains(QStringLiteral("QPushButton[snc-role=\"primary\"]")), "the application style sheet is not installed");
    for (auto it = declaration.globalMatch(appSheet); it.hasNext();) {
        const auto m = it.next();
        if (!role.match(m.captured(2).trimmed()).hasMatch())
            problems << QStringLiteral("application stylesheet: %1").arg(m.captured(0));
    }
    if (literal.match(appSheet).hasMatch())
        problems << QStringLiteral("application stylesheet: a literal colour");
    const auto widgets = f.window->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (qobject_cast<const QrCodeView *>(w))
            continue;
        if (colour.match(w->styleSheet()).hasMatch())
            problems << QStringLiteral("%1: %2").arg(w->objectName(), w->styleSheet());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::followsADarkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::WindowText, QColor(235, 235, 235));
    dark.setColor(QPalette::Base, QColor(20, 20, 20));
    dark.setColor(QPalette::Text, QColor(240, 240, 240));
    dark.setColor(QPalette::Button, QColor(45, 45, 45));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    QStringList problems;
    // Error red stays readable: light on the dark window.
    if (auto *error = f.window->findChild<QLabel *>(QLatin1String(StagePageNames::pageErrorLabel));
        !error || error->palette().color(QPalette::WindowText).lightness() < 160)
        problems << QStringLiteral("error text too dark on a dark window");
    for (QWidget *page : pages()) {
        if (page->palette().color(QPalette::Window) != dark.color(QPalette::Window))
            problems << QStringLiteral("%1: window colour").arg(page->objectName());
        const auto labels = page->findChildren<QLabel *>();
        for (const QLabel *l : labels) {
            if (l->inherits("snc::ErrorLabel") || l->objectName().startsWith(QLatin1String("countdown")))
                continue; // error red and the countdown's bands: chosen against the palette
            if (l->palette().color(QPalette::WindowText) != dark.color(QPalette::WindowText))
                problems << QStringLiteral("%1: text colour").arg(l->objectName());
        }
        const auto edits = page->findChildren<QLineEdit *>();
        for (const QLineEdit *e : edits) {
            if (e->palette().color(QPalette::Base) != dark.color(QPalette::Base))
                problems << QStringLiteral("%1: field colour").arg(e->objectName());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::pageTitleTakesTheFocus()
{
    f.window->activateWindow();
    f.connectAndChooseService();
    auto *next = f.find<QPushButton>(MainWindowNames::nextButton);
    auto *title = f.find<QLabel>(MainWindowNames::pageTitleLabel);
    QTRY_VERIFY(next->isEnabled());
    next->setFocus();
    QTest::keyClick(next, Qt::Key_Space);
    QTRY_COMPARE(f.controller()->currentPage(), 1);
    // The new page is announced: its title has the focus and names itself.
    QCOMPARE(f.window->focusWidget(), title);
    QVERIFY(title->text().startsWith(QStringLiteral("1. ")));
    QCOMPARE(title->accessibleName(), title->text());
    // Tab goes from the title into the page, not to the buttons or the outbox.
    QTest::keyClick(title, Qt::Key_Tab);
    QWidget *afterTitle = f.window->focusWidget();
    QVERIFY(afterTitle);
    QVERIFY2(f.window->page(1)->isAncestorOf(afterTitle), qPrintable(afterTitle->objectName()));
}

void TestAccessibility::closeAsksWhileTheKeyIsUnsaved()
{
    f.stop();
    GuiFixture g;
    QVERIFY(g.start(20.0));
    g.connectAndChooseService();
    VmEncryptionModel *model = g.controller()->vmEncryption();
    g.controller()->setCurrentPage(5);
    QTRY_VERIFY_WITH_TIMEOUT(model->status() != StageModel::Status::Unknown && !model->isBusy(), 20000);
    QVERIFY(!g.window->hasUnsavedSecret());
    g.click(VmEncryptionNames::createCredentialButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->hasUnsavedKey(), 30000);
    QVERIFY(g.window->hasUnsavedSecret());

    // Closing asks, names the risk, and the default answer stays.
    QVERIFY(!g.window->close());
    QVERIFY(g.window->isVisible());
    auto *question = g.window->findChild<QMessageBox *>(QLatin1String(MainWindowNames::unsavedKeyQuestion));
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(question->text().contains(QStringLiteral("private key")));
    QVERIFY(question->text().contains(QStringLiteral("only once")));
    auto *stay = question->findChild<QPushButton *>(QLatin1String(MainWindowNames::stayButton));
    QCOMPARE(question->defaultButton(), stay);
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!g.window->findChild<QMessageBox *>(QLatin1String(MainWindowNames::unsavedKeyQuestion)));
    QVERIFY(g.window->isVisible());

    // Asked again; "quit and lose the key" closes.
    QVERIFY(!g.window->close());
    question = g.window->findChild<QMessageBox *>(QLatin1String(MainWindowNames::unsavedKeyQuestion));
    QVERIFY(question);
    question->findChild<QPushButton *>(QLatin1String(MainWindowNames::quitAnywayButton))->click();
    QTRY_VERIFY(!g.window->isVisible());
    g.stop();
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
