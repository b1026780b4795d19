// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The whole wizard in-process for page tests: an embedded practice sandbox over TLS, session-only
// secrets, throwaway settings, the real MainWindow (no browser is opened).
#include "stages/WizardController.h"
#include "stages/connection/ConnectionModel.h"
#include "session/AppSession.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/pages/ConnectPage.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

struct GuiFixture
{
    QTemporaryDir dir;
    snc::Translations translations;
    std::unique_ptr<snc::AppSession> session;
    std::unique_ptr<snc::MainWindow> window;

    /// `adjust` may change the session's options (e.g. an external sandbox the test seeded).
    bool start(double timeScale = 1.0, const std::function<void(snc::AppSession::Options &)> &adjust = {})
    {
        translations.setLanguage(QStringLiteral("en"));
        snc::AppSession::Options options;
        options.preferSandbox = true;
        options.sessionOnlySecrets = true;
        options.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        options.sandboxTimeScale = timeScale;
        if (adjust)
            adjust(options);
        session = std::make_unique<snc::AppSession>();
        QString error;
        if (!session->start(options, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        window = std::make_unique<snc::MainWindow>(session->controller(), &translations);
        window->setOpenUrlsExternally(false);
        window->show();
        session->controller()->resume();
        // Pages other than the current one are built in idle time after the first paint: the
        // tests audit every page, so wait for all of them (the product's own lazy path).
        if (!QTest::qWaitFor([this] { return window->allPagesBuilt(); }, 20000)) {
            qWarning("the pages were not all built in idle time");
            return false;
        }
        return true;
    }
    void stop()
    {
        window.reset();
        session.reset();
    }
    snc::WizardController *controller() const { return session->controller(); }
    snc::ConnectionModel *connection() const { return session->controller()->connection(); }

    template <class T>
    T *find(const char *name) const
    {
        QWidget *page = window->findChild<QStackedWidget *>(QLatin1String(snc::MainWindow::Names::pageStack))->currentWidget();
        if (T *w = page->findChild<T *>(QLatin1String(name)))
            return w;
        return window->findChild<T *>(QLatin1String(name));
    }
    void click(const char *name) const
    {
        auto *b = find<QAbstractButton>(name);
        QVERIFY2(b, name);
        QVERIFY2(b->isEnabled() && b->isVisible(), name);
        QTest::mouseClick(b, Qt::LeftButton);
    }
    void type(const char *name, const QString &text) const
    {
        auto *e = find<QLineEdit>(name);
        QVERIFY2(e, name);
        e->setFocus();
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Backspace);
        QTest::keyClicks(e, text);
    }
    /// Connection page by hand: authorize, approve as the demo user, choose the first service.
    void connectAndChooseService() const
    {
        using S = snc::ConnectionModel::State;
        QTRY_VERIFY_WITH_TIMEOUT(connection()->state() == S::ReadyToAuthorize
                                         || connection()->state() == S::NeedsReauthorization, 30000);
        QTRY_VERIFY(find<QAbstractButton>(snc::ConnectPage::Names::authorizeButton)->isEnabled());
        click(snc::ConnectPage::Names::authorizeButton);
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), S::WaitingForValidation, 30000);
        QVERIFY(window->lastRequestedUrl().isValid()); // the validation page was asked for
        click(snc::ConnectPage::Names::sandboxApproveButton);
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), S::Connected, 30000);
        auto *list = find<QListWidget>(snc::ConnectPage::Names::serviceList);
        QTRY_VERIFY_WITH_TIMEOUT(list->count() > 0, 30000);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QTRY_VERIFY_WITH_TIMEOUT(controller()->canGoNext(), 30000);
    }
};
