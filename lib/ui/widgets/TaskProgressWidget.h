// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace snc {

/**
 * @brief The progress mark of one OVH task (add a network, change properties, …): a sentence
 * ("Adding 203.0.113.7/32… in progress") and a bar. Hidden while no task runs unless it has a
 * result to show. Knows nothing about tasks: pages feed it from their model's task signals.
 */
class TaskProgressWidget : public QWidget
{
    Q_OBJECT
public:
    /// The objectNames of its widgets, by which the autopilot and the tests find them
    /// (they are also what screenshots, accessibility tools and external scripts see).
    struct Names
    {
        static constexpr char taskProgressWidget[] = "taskProgressWidget";
        static constexpr char taskProgressLabel[] = "taskProgressLabel";
        static constexpr char taskProgressBar[] = "taskProgressBar";
    };

    explicit TaskProgressWidget(QWidget *parent = nullptr);

    /// A task is running: `percent` 0..100 (0 shows a busy bar until the first progress).
    void setRunning(const QString &text, int percent);
    /// The last task ended; `text` says how (kept visible until the next task or clear()).
    void setFinished(bool ok, const QString &text);
    void clear();

    bool isRunning() const { return m_running; }
    QString text() const;
    int percent() const;

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    bool m_running = false;
};

} // namespace snc
