// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace snc {

class Translations;

/**
 * @brief "Before you start" (issue 18, item 1): the first window the wizard shows, before the
 * connection. It says what the onboarding does, the six stages with what to have at hand and what
 * waits on OVHcloud (OnboardingOverview), the two actions that can lock the customer out and how
 * they are guarded, that one can stop and resume, and where to get help; practice or production
 * is chosen here, and a remembered OVHcloud connection is offered first ("Continue where you left
 * off", focused, so a returning user presses Enter and reads nothing).
 *
 * It needs Qt Widgets and the translations only: nothing of the network, TLS, the sandbox or the
 * keychain exists while it is the only window, which is what makes it a fast first paint
 * (BENCHMARKS.md, start-up). It decides nothing: proceeded() says what was chosen and the caller
 * builds the session and the MainWindow. Does not own the translations.
 */
class WelcomeWindow : public QWidget
{
    Q_OBJECT
public:
    struct Names
    {
        static constexpr char welcomeWindow[] = "welcomeWindow";
        static constexpr char overview[] = "welcomeOverview";
        static constexpr char languageCombo[] = "welcomeLanguageCombo";
        static constexpr char continueButton[] = "continueButton";
        static constexpr char continueLabel[] = "continueLabel";
        static constexpr char practiceRadio[] = "practiceRadio";
        static constexpr char productionRadio[] = "productionRadio";
        static constexpr char startButton[] = "startButton";
    };
    enum class Choice { Practice, Production };
    Q_ENUM(Choice)

    explicit WelcomeWindow(Translations *translations, QWidget *parent = nullptr);
    ~WelcomeWindow() override;

    void setChoice(Choice choice);
    Choice choice() const;
    /// Offers "Continue where you left off" on the remembered OVHcloud connection (region display
    /// name, service name; either may be empty) and gives it the focus.
    void offerResume(const QString &region, const QString &service);
    bool isResumeOffered() const;

signals:
    /// Start (with the chosen mode) or Continue (production, `resume` true) was pressed.
    void proceeded(snc::WelcomeWindow::Choice choice, bool resume);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void build();
    QLabel *addLabel(QWidget *parent, bool bold = false);
    void retranslate();
    /// The stages, lock-outs, stop/resume and help, written into the overview's document.
    void writeOverview();

    QPointer<Translations> m_translations;
    QLabel *m_heading = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QWidget *m_resumeBox = nullptr;
    QLabel *m_resumeLabel = nullptr;
    QPushButton *m_continue = nullptr;
    QString m_resumeRegion;
    QString m_resumeService;
    QTextBrowser *m_overview = nullptr;
    bool m_overviewWritten = false;
    QGroupBox *m_modeBox = nullptr;
    QRadioButton *m_practice = nullptr;
    QLabel *m_practiceText = nullptr;
    QRadioButton *m_production = nullptr;
    QLabel *m_productionText = nullptr;
    QButtonGroup *m_modes = nullptr;
    QPushButton *m_start = nullptr;
};

} // namespace snc
