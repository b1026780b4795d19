// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/StatusTone.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

class QActionGroup;
class QLabel;
class QMenu;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace snc {

class SelectableTextDeferral;
class HelpFooter;
class PageStatusLine;
class ScreenSharingMask;

class OutboxFeed;
class PracticeArea;
class StageRail;
class OperationTokenPanel;
class StagePage;
class Translations;
class WizardController;

/**
 * @brief The wizard's shell: a header (region, service, connection), the side rail with the
 * connection step and the six stages (number, title as in the guide, a status mark each), the
 * current page in a QStackedWidget, Back/Next bound to WizardController, a Language menu and, in
 * the practice sandbox, the phone-and-mailbox OutboxPanel.
 *
 * It renders and forwards gestures; what to read and which page to show is decided by the
 * WizardController (navigation policy) and its pages come from the StagePages table. URLs come
 * from the controller's one relay (WizardController::openUrlRequested()) and go to
 * QDesktopServices unless setOpenUrlsExternally(false) (autopilot, tests): they are then only
 * recorded in lastRequestedUrl().
 *
 * It shows a WizardController and needs nothing else from what runs it (snc_session's AppSession
 * builds the controller, its API client and the practice sandbox): the client comes from the
 * controller's StageContext, the practice sandbox's address and CA from its ConnectionModel, and
 * closing the window calls WizardController::shutdown(). Does not own the controller or the
 * translations.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// The objectNames of its widgets, by which the autopilot and the tests find them
    /// (they are also what screenshots, accessibility tools and external scripts see).
    struct Names
    {
        static constexpr char mainWindow[] = "mainWindow";
        static constexpr char headerRegionLabel[] = "headerRegionLabel";
        static constexpr char headerServiceLabel[] = "headerServiceLabel";
        static constexpr char headerConnectionLabel[] = "headerConnectionLabel";
        static constexpr char clockWarningLabel[] = "clockWarningLabel";
        static constexpr char stageRail[] = "stageRail";
        static constexpr char pageTitleLabel[] = "pageTitleLabel";
        static constexpr char pageStack[] = "pageStack";
        static constexpr char backButton[] = "backButton";
        static constexpr char nextButton[] = "nextButton";
        static constexpr char refreshButton[] = "refreshButton";
        static constexpr char pageScroll[] = "pageScroll";
        static constexpr char mainSplitter[] = "mainSplitter";
        static constexpr char copySupportSummaryAction[] = "copySupportSummaryAction";
        static constexpr char unsavedKeyQuestion[] = "unsavedKeyQuestion";
        static constexpr char stayButton[] = "stayButton";
        static constexpr char quitAnywayButton[] = "quitAnywayButton";
        static constexpr char nextReasonLabel[] = "nextReasonLabel";
        static constexpr char screenSharingAction[] = "screenSharingAction";
        /// View menu: show or hide the practice phone and mailbox.
        static constexpr char practicePanelAction[] = "practicePanelAction";
        static constexpr char technicalDetailsAction[] = "technicalDetailsAction";
        /// Followed by the language code: "languageAction_fr".
        static constexpr char languageActionPrefix[] = "languageAction_";
    };

    MainWindow(WizardController *controller, Translations *translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    WizardController *controller() const;
    OutboxFeed *outboxFeed() const;
    /// Page `index` (0 = connection, 1..6 = stages, 7 = completion), built now if it was not yet; nullptr if out of range.
    StagePage *page(int index) const;
    /// Only the current page is built at start (a faster first paint); the others are built when
    /// first shown or, after the first paint, in idle time one per event-loop turn. True once all are.
    bool allPagesBuilt() const;

    void setOpenUrlsExternally(bool external) { m_openExternally = external; }
    /// Finish on the completion screen closes the window (default); the autopilot, which ends
    /// the run itself, turns it off.
    void setCloseOnFinish(bool close) { m_closeOnFinish = close; }
    QUrl lastRequestedUrl() const { return m_lastUrl; }
    /// The status a rail entry shows (icon, word, colour: StatusTone); see StageRail.
    StatusTone::Kind railTone(int index) const;
    /// Shows or hides the practice phone and mailbox (View menu, the ribbon, the panel's Hide),
    /// remembered in the settings. No effect outside the practice sandbox.
    void setPracticePanelShown(bool shown);
    bool isPracticePanelShown() const;
    /// The footer's "Screen 2.4" and the rail follow the current page's sub-step.
    void syncSubStep();
    /// True while a secret shown once (the KMS credential's private key) is not saved yet:
    /// closing the window then asks first, and "stay" is the default answer.
    bool hasUnsavedSecret() const;
    /// Screen-sharing mode (View menu): secrets covered until clicked (issue 18 item 6).
    ScreenSharingMask *screenSharingMask() const { return m_mask; }

signals:
    /// The controller relayed a URL to open (whether or not it was opened).
    void urlRequested(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    /// Header, rail, page area, buttons and (practice sandbox) the outbox panel.
    void buildShell();
    /// Buttons and rail to the controller; the controller's and the models' changes to the view.
    void bindController();
    void buildMenus();
    void addPages();
    /// The page at `index`, built (and put in the stack in place of its stand-in) if needed.
    StagePage *ensurePage(int index);
    StagePage *createPage(int index);
    /// Builds one page not built yet, then schedules itself for the next event-loop turn.
    void buildNextPageWhenIdle();
    /// Tab order as seen: rail, page title, the page's controls, Refresh, Back, Next.
    void fixTabOrder();
    void retranslate();
    /// Help → Copy support summary: puts SupportSummary::text() on the clipboard.
    void copySupportSummary();
    /// Binds the operation-token panel to the gate to show (issue 17 item 3).
    void updateTokenPanel();
    void updateHeader();
    void updateNavigation();
    void onPageChanged(int page);
    void openUrl(const QUrl &url);

    QPointer<WizardController> m_controller;
    QPointer<Translations> m_translations;
    PracticeArea *m_practice = nullptr;   ///< feed, panel, ribbon: practice sandbox only
    QAction *m_practicePanel = nullptr;   ///< View → Practice phone and mailbox
    QLabel *m_region;
    QLabel *m_service;
    QLabel *m_connection;
    QLabel *m_clockWarning;
    QLabel *m_pageTitle;
    /// The current stage's operation awaiting an SMS token, above every page (issue 17 item 3).
    OperationTokenPanel *m_tokenPanel;
    QStackedWidget *m_stack;
    QScrollArea *m_pageScroll = nullptr; ///< around m_stack
    StageRail *m_rail; ///< after m_stack: it reads the current page's sub-steps
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_refresh;
    PageStatusLine *m_statusLine;  ///< under the title (issue 18 item 3)
    QLabel *m_nextReason;          ///< why Next is disabled, above it
    HelpFooter *m_help = nullptr;  ///< "Screen N", "Get help"
    ScreenSharingMask *m_mask;
    QMenu *m_viewMenu = nullptr;
    QAction *m_screenSharing = nullptr;
    QAction *m_technicalDetails = nullptr; ///< View menu: disclosures open (issue 18, item 5)
    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_guide = nullptr;
    QAction *m_copySummary = nullptr;
    QActionGroup *m_languages = nullptr;
    bool m_openExternally = true;
    bool m_closeOnFinish = true;
    /// Labels become selectable after the first paint (see SelectableText.h).
    std::unique_ptr<SelectableTextDeferral> m_selectableTextDeferral;
    bool m_closeConfirmed = false;
    QPointer<QWidget> m_closeQuestion;
    QUrl m_lastUrl;
    qint64 m_clockOffset = 0;
};

} // namespace snc
