// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace snc {

class TechnicalDetails;

class CountdownWidget;
class OperationTokenGate;

/**
 * @brief The one panel for an operation that may wait for its SMS token (issue 17 item 3),
 * shown above every stage page by the main window, bound to that stage's OperationTokenGate:
 * the sentence naming the operation, the 15-minute countdown, then on the practice sandbox a
 * token field and Validate, in production a button opening the PCC's operation-validation page
 * (without the token), the remark that this page only opens from an allowed IP, and after a
 * cancellation a Redo button. Hidden while the gate is Idle. Never keeps the token: the field
 * is cleared when it is sent.
 */
class OperationTokenPanel : public QWidget
{
    Q_OBJECT
public:
    /// The objectNames the autopilot and the tests find its widgets by.
    struct Names
    {
        static constexpr char panel[] = "operationTokenPanel";
        static constexpr char text[] = "operationTokenText";
        static constexpr char operationId[] = "operationTokenOperationId";
        static constexpr char tokenEdit[] = "operationTokenEdit";
        static constexpr char validateButton[] = "operationTokenValidateButton";
        static constexpr char openPageButton[] = "operationTokenOpenPageButton";
        static constexpr char allowedIp[] = "operationTokenAllowedIp";
        static constexpr char problem[] = "operationTokenProblem";
        static constexpr char redoButton[] = "operationTokenRedoButton";
    };

    explicit OperationTokenPanel(QWidget *parent = nullptr);

    /// The gate to show (null: hidden). Not owned.
    void setGate(OperationTokenGate *gate);
    OperationTokenGate *gate() const { return m_gate; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslate();
    void send();

    QPointer<OperationTokenGate> m_gate;
    QLabel *m_text;
    QLabel *m_operationId; ///< the operation id alone, plain: what the person compares with the SMS
    TechnicalDetails *m_technical = nullptr; ///< the task's id and API name (issue 18, item 5)
    CountdownWidget *m_countdown;
    QLabel *m_tokenLabel;
    QLineEdit *m_token;
    QPushButton *m_validate;
    QPushButton *m_openPage;
    QLabel *m_allowedIp;
    QLabel *m_problem;
    QPushButton *m_redo;
};

} // namespace snc
