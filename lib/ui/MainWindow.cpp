// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppStyle.h"
#include "Glossary.h"
#include "HelpFooter.h"
#include "PracticeArea.h"
#include "PracticeRibbon.h"
#include "PageStatusLine.h"
#include "OutboxPanel.h"
#include "StagePages.h"
#include "StageRail.h"
#include "Translations.h"
#include "pages/StagePage.h"
#include "widgets/CurrentPageStack.h"
#include "api/ApiClient.h"
#include "core/Log.h"
#include "core/StartupProbe.h"
#include "widgets/ErrorLabel.h"
#include "widgets/OperationTokenPanel.h"
#include "widgets/PlainText.h"
#include "stages/OperationTokenGate.h"
#include "stages/SupportSummary.h"
#include "stages/StageCatalog.h"
#include "stages/StageContext.h"
#include "stages/WizardController.h"
#include "stages/connection/ConnectionModel.h"
#include "stages/encryption/VmEncryptionModel.h"
#include "widgets/ScreenSharingMask.h"
#include "widgets/SelectableText.h"
#include "widgets/Spacing.h"
#include "widgets/StatusTone.h"
#include "widgets/TechnicalDetails.h"

#include <QAccessible>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QStatusBar>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace snc {


MainWindow::MainWindow(WizardController *wizard, Translations *translations, QWidget *parent)
    : QMainWindow(parent), m_controller(wizard), m_translations(translations),
      m_region(new QLabel), m_service(new QLabel), m_connection(new QLabel),
      m_clockWarning(new QLabel), m_pageTitle(new QLabel), m_tokenPanel(new OperationTokenPanel),
      m_stack(new CurrentPageStack), m_rail(new StageRail(wizard, m_stack)), m_back(new QPushButton), m_next(new QPushButton),
      m_refresh(new QPushButton), m_statusLine(new PageStatusLine), m_nextReason(new QLabel),
      m_mask(new ScreenSharingMask(this))
{
    // One style for every window, whoever builds this one (the app, a test, a bench).
    AppStyle::install(qobject_cast<QApplication *>(QCoreApplication::instance()));
    m_selectableTextDeferral = std::make_unique<SelectableTextDeferral>();
    buildShell();
    showLabelsAsPlainText(this); // header (service, account), title, outbox: see PlainText.h
    addPages();
    buildMenus();
    // The pages join the window after the buttons and the outbox panel: put them back where they
    // are seen, so Tab goes rail → title → page → Refresh → Back → Next → outbox.
    // The title takes the focus so that screen readers announce a new page, but it is no text
    // field: selectable by the mouse only, no text caret blinking after it (issue 18 item 10).
    // (The flags first: QLabel sets its focus policy from them.)
    m_pageTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pageTitle->setFocusPolicy(Qt::StrongFocus);
    fixTabOrder();

    bindController();
    retranslate();
    onPageChanged(wizard->currentPage());
    resize(1180, 760);
}

void MainWindow::buildShell()
{
    setObjectName(Names::mainWindow);
    m_region->setObjectName(Names::headerRegionLabel);
    m_service->setObjectName(Names::headerServiceLabel);
    m_connection->setObjectName(Names::headerConnectionLabel);
    m_clockWarning->setObjectName(Names::clockWarningLabel);
    m_rail->setObjectName(Names::stageRail);
    m_pageTitle->setObjectName(Names::pageTitleLabel);
    m_stack->setObjectName(Names::pageStack);
    m_back->setObjectName(Names::backButton);
    m_next->setObjectName(Names::nextButton);
    m_refresh->setObjectName(Names::refreshButton);
    m_nextReason->setObjectName(Names::nextReasonLabel);
    m_nextReason->setWordWrap(true);
    m_nextReason->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_help = new HelpFooter(controller());
    connect(m_help, &HelpFooter::copied, this, [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    for (QLabel *l : {m_region, m_service, m_connection, m_clockWarning})
        makeTextSelectable(l);
    m_clockWarning->setWordWrap(true);
    m_clockWarning->hide();
    QFont titleFont = m_pageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_pageTitle->setFont(titleFont);
    m_pageTitle->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_region);
    header->addSpacing(Spacing::wide);
    header->addWidget(m_service);
    header->addStretch();
    header->addWidget(m_connection);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *pageArea = new QWidget;
    auto *pageLayout = new QVBoxLayout(pageArea);
    // One left edge for the title, the status line and the page (whose own margins ensurePage()
    // takes away), on the spacing grid.
    pageLayout->setContentsMargins(Spacing::wide, 0, 0, 0);
    pageLayout->setSpacing(Spacing::normal);
    pageLayout->addWidget(m_pageTitle);
    pageLayout->addWidget(m_statusLine);
    // Outside the scrolled page: an operation waiting for its token is seen whatever the scroll.
    pageLayout->addWidget(m_tokenPanel);
    // Long pages scroll (1366×768 screens, large fonts, French): the window never outgrows the
    // screen; focus changes scroll the focused control into view.
    auto *pageScroll = m_pageScroll = new QScrollArea;
    pageScroll->setObjectName(Names::pageScroll);
    pageScroll->setWidgetResizable(true);
    pageScroll->setFrameShape(QFrame::NoFrame);
    pageScroll->setFocusPolicy(Qt::NoFocus);
    pageScroll->setWidget(m_stack);
    pageLayout->addWidget(pageScroll, 1);
    // "Screen N" and "Get help" on the left; on the right, just above Next, why it is disabled
    // (issue 18: Next is never disabled without its reason next to it). A row of its own, so
    // the buttons' row stays as narrow as it was (1366×768 in French).
    auto *helpRow = new QHBoxLayout;
    helpRow->addWidget(m_help);
    helpRow->addWidget(m_nextReason, 1);
    pageLayout->addLayout(helpRow);
    pageLayout->addLayout(buttons);
    auto *railArea = new QWidget;
    auto *railLayout = new QVBoxLayout(railArea);
    railLayout->setContentsMargins(0, 0, 0, 0);
    railLayout->addWidget(m_rail, 1);
    auto *splitter = new QSplitter;
    splitter->setObjectName(Names::mainSplitter);
    splitter->addWidget(railArea);
    splitter->addWidget(pageArea);
    splitter->setStretchFactor(1, 1);

    if (controller()->connection()->practiceSandbox().isValid()) {
        m_practice = new PracticeArea(controller(), this);
        connect(m_practice, &PracticeArea::shownRequested, this, &MainWindow::setPracticePanelShown);
        splitter->addWidget(m_practice->panel());
        splitter->setCollapsible(splitter->indexOf(m_practice->panel()), false);
        // Narrow by default: the page keeps the width, the splitter lets a person widen the panel.
        splitter->setSizes({250, 690, 240});
    }
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(Spacing::normal, Spacing::normal, Spacing::normal, Spacing::normal);
    layout->setSpacing(Spacing::normal);
    if (m_practice)
        layout->addWidget(m_practice->ribbon());
    layout->addLayout(header);
    layout->addWidget(m_clockWarning);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
}

void MainWindow::bindController()
{
    // Gestures go to the controller; what it decides (page, navigation, URLs) comes back to be
    // shown. No policy here: see WizardController.
    WizardController *c = controller();
    connect(m_back, &QPushButton::clicked, c, &WizardController::goBack);
    connect(m_next, &QPushButton::clicked, c, &WizardController::goNext);
    connect(m_refresh, &QPushButton::clicked, c, &WizardController::refreshAll);
    connect(c, &WizardController::navigationChanged, this, &MainWindow::updateNavigation);
    connect(c, &WizardController::refreshingChanged, this, &MainWindow::updateNavigation);
    connect(c, &WizardController::currentPageChanged, this, &MainWindow::onPageChanged);
    connect(c, &WizardController::openUrlRequested, this, &MainWindow::openUrl);
    connect(c, &WizardController::finishRequested, this, [this] {
        if (m_closeOnFinish)
            close();
    });
    ConnectionModel *connection = c->connection();
    connect(connection, &ConnectionModel::stateChanged, this, &MainWindow::updateHeader);
    connect(connection, &ConnectionModel::accountChanged, this, &MainWindow::updateHeader);
    connect(connection, &ConnectionModel::endpointChanged, this, &MainWindow::updateHeader);
    connect(connection, &ConnectionModel::selectedServiceChanged, this, &MainWindow::updateHeader);
    for (int i = 0; i <= WizardController::stageCount; ++i) {
        // Any stage's operation may wait for its token, also one a page starts through another
        // stage's service (an allowed network added from stage 4 is stage 1's task).
        if (c->stage(i))
            connect(c->stage(i)->tokenGate(), &OperationTokenGate::changed, this, &MainWindow::updateTokenPanel);
    }
    if (ApiClient *api = c->context()->api()) {
        connect(api, &ApiClient::clockOffsetDetected, this, [this](qint64 seconds) {
            m_clockOffset = seconds;
            retranslate();
        });
    }
}

MainWindow::~MainWindow()
{
    if (m_practice)
        m_practice->stop();
}

WizardController *MainWindow::controller() const
{
    return m_controller;
}

StagePage *MainWindow::page(int index) const
{
    return const_cast<MainWindow *>(this)->ensurePage(index);
}

void MainWindow::addPages()
{
    // Stand-ins only: building the seven pages (text layout of every label) is most of the time to
    // the first paint. The current page is built at once (onPageChanged), the others when first
    // shown or in idle time after the first paint (buildNextPageWhenIdle).
    for (int i = 0; i < StagePages::count; ++i) {
        auto *standIn = new QWidget;
        standIn->setObjectName(QStringLiteral("pageNotBuilt%1").arg(i));
        m_stack->addWidget(standIn);
    }
    StartupProbe::whenFirstPainted(this, [this] {
        m_selectableTextDeferral.reset();
        QTimer::singleShot(0, this, &MainWindow::buildNextPageWhenIdle);
    });
}

StagePage *MainWindow::createPage(int index)
{
    return StagePages::create(index, controller());
}

StagePage *MainWindow::ensurePage(int index)
{
    if (index < 0 || index >= m_stack->count())
        return nullptr;
    QWidget *standIn = m_stack->widget(index);
    if (auto *built = qobject_cast<StagePage *>(standIn))
        return built;
    StagePage *page = createPage(index);
    if (!page)
        return nullptr;
    // Pages show API and NSX values: no label may take them for HTML (see PlainText.h).
    showLabelsAsPlainText(page);
    // The page's left edge is the title's (one left edge, issue 18 item 10); on the right, room
    // for the page's scroll bar.
    if (page->layout())
        page->layout()->setContentsMargins(0, 0, Spacing::normal, 0);
    m_mask->protectSecretsIn(page); // covered while the screen is shared (View menu)
    connect(page, &StagePage::subStepChanged, this, [this, page] {
        if (m_stack->currentWidget() == page)
            syncSubStep();
    });
    const bool current = m_stack->currentIndex() == index;
    m_stack->insertWidget(index, page);
    if (current)
        m_stack->setCurrentIndex(index);
    m_stack->removeWidget(standIn);
    delete standIn;
    // An error the model reported before its page existed is shown like one reported later.
    const StageModel *model = controller()->stage(index);
    if (model && model->hasError()) {
        if (auto *error = page->findChild<ErrorLabel *>(QLatin1String(StagePage::Names::pageErrorLabel)))
            error->showError(model->lastError());
    }
    fixTabOrder();
    return page;
}

bool MainWindow::allPagesBuilt() const
{
    for (int i = 0; i < m_stack->count(); ++i) {
        if (!qobject_cast<StagePage *>(m_stack->widget(i)))
            return false;
    }
    return true;
}

void MainWindow::buildNextPageWhenIdle()
{
    // One slice per event-loop turn, the next page in the flow first: input and paints go
    // between. A page is built in one slice and warmed up in the next (style polish and size
    // hints, i.e. the text layout of its labels), so that its first show does not stall either.
    const int count = m_stack->count();
    const int from = m_stack->currentIndex() + 1;
    for (int k = 0; k < count; ++k) {
        const int i = (from + k) % count;
        QWidget *w = m_stack->widget(i);
        const bool built = qobject_cast<StagePage *>(w);
        if (built && w->property("sncWarm").toBool())
            continue;
        if (built) {
            w->ensurePolished();
            const auto children = w->findChildren<QWidget *>();
            for (QWidget *child : children)
                child->ensurePolished();
            (void)w->sizeHint();
            w->setProperty("sncWarm", true);
        } else {
            ensurePage(i);
        }
        QTimer::singleShot(0, this, &MainWindow::buildNextPageWhenIdle);
        return;
    }
}

void MainWindow::fixTabOrder()
{
    // QWidget::setTabOrder() moves a plain widget, not its children: list every focusable widget
    // of every page in its own order and chain them explicitly.
    QList<QWidget *> order{m_rail, m_pageTitle, m_statusLine->manualStepCheck()};
    // The operation-token panel sits between the title and the page: its controls come first.
    for (QWidget *w : m_tokenPanel->findChildren<QWidget *>()) {
        if (w->focusPolicy() & Qt::TabFocus)
            order << w;
    }
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget *page = m_stack->widget(i);
        for (QWidget *w = m_stack->nextInFocusChain(); w && w != m_stack; w = w->nextInFocusChain()) {
            if (!page->isAncestorOf(w) || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            bool inner = false; // the line edit inside a spin box or a combo box
            for (QWidget *p = w->parentWidget(); p && p != page; p = p->parentWidget())
                inner = inner || p->focusProxy() == w || p->inherits("QAbstractSpinBox") || p->inherits("QComboBox");
            if (!inner && !order.contains(w))
                order << w;
        }
    }
    order << m_refresh << m_help->button() << m_back << m_next;
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    // Screen-sharing mode, remembered on this computer: secrets covered until clicked.
    m_viewMenu = menuBar()->addMenu(QString());
    m_screenSharing = m_viewMenu->addAction(QString());
    m_screenSharing->setObjectName(Names::screenSharingAction);
    m_screenSharing->setCheckable(true);
    m_screenSharing->setChecked(controller()->settings()->screenSharing());
    m_mask->setEnabled(m_screenSharing->isChecked());
    connect(m_screenSharing, &QAction::toggled, this, [this](bool on) {
        controller()->settings()->setScreenSharing(on);
        m_mask->setEnabled(on);
    });
    // The practice phone and mailbox, collapsible and remembered (issue 18 item 10).
    m_practicePanel = m_viewMenu->addAction(QString());
    m_practicePanel->setObjectName(Names::practicePanelAction);
    m_practicePanel->setCheckable(true);
    m_practicePanel->setVisible(m_practice != nullptr);
    connect(m_practicePanel, &QAction::triggered, this, &MainWindow::setPracticePanelShown);
    setPracticePanelShown(controller()->settings()->practicePanelShown());
    // For support agents: every "Technical details" disclosure open, remembered on this computer.
    m_technicalDetails = m_viewMenu->addAction(QString());
    m_technicalDetails->setObjectName(Names::technicalDetailsAction);
    m_technicalDetails->setCheckable(true);
    m_technicalDetails->setChecked(controller()->settings()->technicalDetails());
    TechnicalDetails::setOpenByDefault(m_technicalDetails->isChecked());
    connect(m_technicalDetails, &QAction::toggled, this, [this](bool on) {
        controller()->settings()->setTechnicalDetails(on);
        TechnicalDetails::setOpenByDefault(on);
    });
    m_languageMenu = menuBar()->addMenu(QString());
    m_languages = new QActionGroup(this);
    const QStringList languages = Translations::availableLanguages();
    for (const QString &lang : languages) {
        // Endonyms, never translated: a user lost in the wrong language still finds their own.
        QAction *action = m_languageMenu->addAction(Translations::nativeName(lang));
        action->setCheckable(true);
        action->setData(lang);
        action->setObjectName(QString::fromLatin1(Names::languageActionPrefix) + lang);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, lang] {
            if (m_translations)
                m_translations->setLanguage(lang);
        });
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_guide = m_helpMenu->addAction(QString(), this, [this] { controller()->openUrl(StageCatalog::gettingStartedUrl()); });
    m_copySummary = m_helpMenu->addAction(QString(), this, &MainWindow::copySupportSummary);
    m_copySummary->setObjectName(Names::copySupportSummaryAction);
}

void MainWindow::copySupportSummary()
{
    // The summary holds no secret (SupportSummary is built from non-secret fields only and
    // tested for it), so the ordinary clipboard is fine, unlike the TOTP secret's copy button.
    auto *summary = new SupportSummary(controller(), this);
    connect(summary, &SupportSummary::ready, this, [this, summary](const QString &text) {
        QGuiApplication::clipboard()->setText(text);
        statusBar()->showMessage(tr("Support summary copied: paste it into your message to OVHcloud support.",
                                    "@info"), 8000);
        summary->deleteLater();
    });
    summary->collect();
}

StatusTone::Kind MainWindow::railTone(int index) const
{
    return m_rail->tone(index);
}

void MainWindow::syncSubStep()
{
    const StagePage *p = page(m_stack->currentIndex());
    m_help->setSubStep(p ? p->currentSubStep() : QString());
    m_rail->refill();
}

void MainWindow::updateHeader()
{
    const ConnectionModel *c = controller()->connection();
    m_region->setText(tr("Region: %1", "@info").arg(c->endpointDisplayName(c->endpointId())));
    const QString service = c->selectedServiceName();
    m_service->setText(tr("Service: %1", "@info").arg(service.isEmpty() ? tr("none chosen", "@info service") : service));
    if (c->state() == ConnectionModel::State::Connected)
        //: %1 NIC handle, %2 e-mail of the account (GET /me)
        m_connection->setText(tr("Connected as %1 (%2)", "@info").arg(c->nicHandle(), c->accountEmail()));
    else
        m_connection->setText(c->stateText());
    const bool sandbox = c->endpointId() == ConnectionModel::sandboxEndpointId();
    setWindowTitle(sandbox ? tr("SecNumCloud Onboarding Wizard — practice sandbox", "@title window")
                           : tr("SecNumCloud Onboarding Wizard", "@title window"));
    if (m_practicePanel)
        m_practicePanel->setVisible(m_practice && sandbox);
    if (m_practice)
        m_practice->followRegion();
}

void MainWindow::updateNavigation()
{
    const WizardController *c = controller();
    m_back->setEnabled(c->canGoBack());
    m_next->setEnabled(c->canGoNext());
    // The completion screen ends with its own Finish: no Next there.
    m_next->setVisible(c->currentPage() != WizardController::completionPage);
    m_refresh->setEnabled(!c->isRefreshing() && c->connection()->isComplete());
    const QString reason = c->nextBlockedReason();
    m_nextReason->setText(reason);
    m_nextReason->setVisible(!reason.isEmpty());
    m_next->setAccessibleDescription(reason);
    m_next->setToolTip(reason);
}

void MainWindow::onPageChanged(int page)
{
    // What the page entered reads was decided by the controller (WizardController::enterPage()).
    ensurePage(page);
    m_stack->setCurrentIndex(page);
    // A page opens at its top (its heading, its summary, its primary action): the scroll offset
    // belonged to the page before. The focus goes to the title or stays on the rail, both outside
    // the scroll, so nothing below asks to be scrolled to instead.
    if (m_pageScroll) // not yet in the constructor's first call
        m_pageScroll->verticalScrollBar()->setValue(0);
    m_rail->showCurrent(page);
    if (const StagePage *p = this->page(page))
        m_pageTitle->setText(p->heading());
    m_statusLine->setModel(controller()->stage(page));
    syncSubStep();
    updateTokenPanel();
    Glossary::annotate(m_stack->currentWidget()); // PCC, vRack, portgroup, IKE, KMIP explained
    // Screen readers hear the new page's title (a wizard page change is otherwise silent): the
    // title takes the focus, unless the person is moving along the rail with the arrows.
    m_pageTitle->setAccessibleName(m_pageTitle->text());
    if (!m_rail->hasFocus() && isVisible())
        m_pageTitle->setFocus(Qt::OtherFocusReason);
    QAccessibleEvent event(m_pageTitle, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    QAccessibleEvent alert(m_pageTitle, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    updateNavigation();
    m_rail->refill();
}

void MainWindow::updateTokenPanel()
{
    // The current page's stage first; else whichever stage has an operation waiting for its
    // token (or canceled for the lack of it): the panel names the operation.
    WizardController *c = controller();
    const int page = c->currentPage();
    const auto gateOf = [c](int number) { return c->stage(number) ? c->stage(number)->tokenGate() : nullptr; };
    OperationTokenGate *shown = page >= 1 ? gateOf(page) : nullptr;
    for (int i = 1; i <= WizardController::stageCount && (!shown || shown->state() == OperationTokenGate::State::Idle); ++i) {
        if (OperationTokenGate *gate = gateOf(i); gate && gate->state() != OperationTokenGate::State::Idle)
            shown = gate;
    }
    m_tokenPanel->setGate(shown);
}

void MainWindow::openUrl(const QUrl &url)
{
    // Every URL comes once, through WizardController::openUrlRequested(): nothing to drop here.
    m_lastUrl = url;
    emit urlRequested(url);
    if (m_openExternally && !QDesktopServices::openUrl(url))
        qCWarning(lcUi) << "could not open a browser for" << url.host();
}

void MainWindow::retranslate()
{
    m_back->setText(tr("&Back", "@button"));
    m_next->setText(tr("&Next", "@button"));
    m_refresh->setText(tr("&Refresh from OVHcloud", "@button"));
    m_refresh->setToolTip(tr("Re-reads the state of every stage from the API", "@info tooltip"));
    if (m_fileMenu) {
        m_fileMenu->setTitle(tr("&File", "@title menu"));
        m_quit->setText(tr("&Quit", "@action"));
        m_languageMenu->setTitle(tr("&Language", "@title menu"));
        m_viewMenu->setTitle(tr("&View", "@title menu"));
        m_screenSharing->setText(tr("&Screen-sharing mode (hide secrets until clicked)", "@action"));
        m_practicePanel->setText(tr("&Practice phone and mailbox", "@action"));
        m_technicalDetails->setText(tr("&Technical details (for OVHcloud support)", "@action"));
        m_helpMenu->setTitle(tr("&Help", "@title menu"));
        m_guide->setText(tr("The OVHcloud &getting-started guide", "@action"));
        m_copySummary->setText(tr("&Copy support summary", "@action"));
        const QString lang = m_translations ? m_translations->language() : QString();
        const auto actions = m_languages->actions();
        for (QAction *a : actions)
            a->setChecked(a->data().toString() == lang);
    }
    m_clockWarning->setVisible(m_clockOffset != 0);
    if (m_clockOffset != 0)
        m_clockWarning->setText(tr("Your computer's clock is off by %n second(s); the wizard "
                                   "corrects for it, but please set the clock right.", "@info",
                                   int(qAbs(m_clockOffset))));
    updateHeader(); // the rail retranslates itself (StageRail)
    updateNavigation(); // the reason next to Next, in the new language
    if (const StagePage *p = page(m_stack->currentIndex()))
        m_pageTitle->setText(p->heading());
    m_pageTitle->setAccessibleName(m_pageTitle->text());
    m_pageTitle->setAccessibleDescription(tr("Title of the current page", "@label accessible"));
    m_back->setAccessibleName(tr("Back to the previous page", "@label accessible"));
    m_next->setAccessibleName(tr("Next page", "@label accessible"));
    m_refresh->setAccessibleName(tr("Refresh from OVHcloud", "@label accessible"));
    m_refresh->setAccessibleDescription(m_refresh->toolTip());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The pages retranslate on their own LanguageChange, after this one: define the terms then.
        QTimer::singleShot(0, this, [this] { Glossary::annotate(this); });
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setPracticePanelShown(bool shown)
{
    controller()->settings()->setPracticePanelShown(shown);
    if (m_practicePanel)
        m_practicePanel->setChecked(shown);
    if (m_practice)
        m_practice->setShown(shown);
}

OutboxFeed *MainWindow::outboxFeed() const
{
    return m_practice ? m_practice->feed() : nullptr;
}

bool MainWindow::isPracticePanelShown() const
{
    return m_practice && m_practice->panel()->isVisibleTo(const_cast<MainWindow *>(this));
}

bool MainWindow::hasUnsavedSecret() const
{
    const VmEncryptionModel *kms = controller() ? controller()->vmEncryption() : nullptr;
    return kms && kms->hasUnsavedKey();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The KMS credential's private key is shown once and exists nowhere else: closing now loses
    // it. Ask (non-blocking, window-modal), and the default answer keeps the window open.
    if (hasUnsavedSecret() && !m_closeConfirmed) {
        event->ignore();
        if (m_closeQuestion)
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Private key not saved", "@title dialog"),
                                    tr("The private key of the KMS credential is shown only once and is "
                                       "not saved yet. If you quit now, it is lost and the credential "
                                       "must be created again.", "@info"),
                                    QMessageBox::NoButton, this);
        box->setObjectName(Names::unsavedKeyQuestion);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        QPushButton *stay = box->addButton(tr("Stay and save the key", "@button"), QMessageBox::RejectRole);
        stay->setObjectName(Names::stayButton);
        QPushButton *quit = box->addButton(tr("Quit and lose the key", "@button"), QMessageBox::DestructiveRole);
        quit->setObjectName(Names::quitAnywayButton);
        box->setDefaultButton(stay);
        box->setEscapeButton(stay);
        m_closeQuestion = box;
        connect(box, &QMessageBox::buttonClicked, this, [this, quit](QAbstractButton *clicked) {
            if (clicked != quit)
                return;
            m_closeConfirmed = true;
            QTimer::singleShot(0, this, &QWidget::close);
        });
        box->open();
        return;
    }
    // Stop everything in flight before the widgets go: no reply lands on a half-destroyed page.
    if (m_practice)
        m_practice->stop();
    if (m_controller)
        m_controller->shutdown();
    event->accept();
}

} // namespace snc
