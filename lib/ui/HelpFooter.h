// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace snc {

class WizardController;

/**
 * @brief The footer's help corner (issue 18 item 6): "Screen 3" (or "Screen 2.4" on a sub-step), so support can say where they
 * are, and "Get help", which copies the support summary (SupportSummary: secret-free, with the
 * screen, the status line and the last error) and shows its short reference to read out.
 *
 * The summary goes to the ordinary clipboard: it holds no secret (SupportSummary is tested for
 * it), and it must stay pasteable into a ticket, unlike the secrets SecretClipboard handles.
 * Does not own the controller.
 */
class HelpFooter : public QWidget
{
    Q_OBJECT
public:
    struct Names
    {
        static constexpr char screenLabel[] = "screenLabel";
        static constexpr char getHelpButton[] = "getHelpButton";
        static constexpr char helpReferenceLabel[] = "helpReferenceLabel";
    };

    explicit HelpFooter(WizardController *controller, QWidget *parent = nullptr);

    QPushButton *button() const { return m_button; }
    /// The reference of the last summary copied, empty before.
    QString reference() const { return m_reference; }
    /// Re-reads the page number (the window calls it when the page changes).
    void sync();
    /// The current page's sub-step ("2.4"), shown instead of the page number; empty for none.
    void setSubStep(const QString &number);

signals:
    /// The summary is on the clipboard; `message` is the translated confirmation to show.
    void copied(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void getHelp();
    void retranslate();

    QPointer<WizardController> m_controller;
    QLabel *m_screen;
    QPushButton *m_button;
    QLabel *m_referenceLabel;
    QString m_reference;
    QString m_subStep;
};

} // namespace snc
