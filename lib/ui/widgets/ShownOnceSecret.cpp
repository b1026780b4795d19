// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShownOnceSecret.h"

#include "FlowLayout.h"
#include "OneTimeSecretEdit.h"
#include "SecretClipboard.h"
#include "core/SecretFile.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace snc {

namespace {
template <class W>
W *child(QWidget *parent, const char *name)
{
    auto *w = new W(parent);
    if (name)
        w->setObjectName(QLatin1String(name));
    return w;
}
} // namespace

ShownOnceSecret::ShownOnceSecret(const Names &names, QWidget *parent)
    : QWidget(parent), m_title(child<QLabel>(this, names.title)), m_value(child<OneTimeSecretEdit>(this, names.value)),
      m_reveal(child<QCheckBox>(this, names.reveal)), m_copy(child<QPushButton>(this, names.copy)),
      m_save(child<QPushButton>(this, names.save)), m_status(child<QLabel>(this, names.status)),
      m_stored(child<QCheckBox>(this, names.stored)), m_clipboard(new SecretClipboard(this)), m_tick(new QTimer(this))
{
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setBuddy(m_value);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // it names a path the user chose
    m_value->setGroupSize(4);
    m_value->setEchoMode(QLineEdit::Normal); // shown whole unless setMaskable(true)
    m_reveal->setVisible(false);
    m_tick->setInterval(1000);

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_reveal);
    // The actions wrap rather than push the page sideways (French labels are longer); what
    // they did is said on its own line below them.
    auto *buttons = new FlowLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(valueRow);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_stored);

    connect(m_reveal, &QCheckBox::toggled, m_value, [this](bool on) {
        m_value->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QString text = m_value->secret().exposeString();
        m_clipboard->copy(text);
        wipe(text);
        m_clearAt = QDeadlineTimer(m_clipboard->clearAfterMs());
        m_wasCleared = false;
        m_tick->start();
        updateClipboardText();
    });
    connect(m_clipboard, &SecretClipboard::cleared, this, [this] {
        m_wasCleared = true;
        updateClipboardText();
    });
    connect(m_tick, &QTimer::timeout, this, &ShownOnceSecret::updateClipboardText);
    connect(m_save, &QPushButton::clicked, this, &ShownOnceSecret::openSaveDialog);
    // `toggled` reaches the model only from the user's click or Space (setStored() blocks it).
    connect(m_stored, &QCheckBox::toggled, this, &ShownOnceSecret::storedChanged);
    retranslate();
}

void ShownOnceSecret::setSecret(SecretBytes secret)
{
    m_value->setSecret(std::move(secret));
    m_copy->setEnabled(!m_value->secret().isEmpty());
    m_save->setEnabled(!m_value->secret().isEmpty());
}

const SecretBytes &ShownOnceSecret::secret() const
{
    return m_value->secret();
}

void ShownOnceSecret::setTitle(const QString &title)
{
    m_title->setText(title);
}

void ShownOnceSecret::setValueAccessibleName(const QString &name)
{
    m_value->setAccessibleName(name);
}

void ShownOnceSecret::setStoredText(const QString &text)
{
    m_customStoredText = !text.isEmpty();
    m_stored->setText(text.isEmpty() ? tr("I have &stored it in a safe place", "@option:check") : text);
}

void ShownOnceSecret::setMaskable(bool maskable)
{
    m_reveal->setVisible(maskable);
    m_reveal->setChecked(false);
    m_value->setEchoMode(maskable ? QLineEdit::Password : QLineEdit::Normal);
}

void ShownOnceSecret::setGroupSize(int size)
{
    m_value->setGroupSize(size);
}

bool ShownOnceSecret::isStored() const
{
    return m_stored->isChecked();
}

void ShownOnceSecret::setStored(bool stored)
{
    const QSignalBlocker block(m_stored); // our own box: the model's answer is not a new click
    m_stored->setChecked(stored);
}

QString ShownOnceSecret::statusText() const
{
    return m_status->text();
}

void ShownOnceSecret::updateClipboardText()
{
    QString clip;
    if (m_wasCleared) {
        m_tick->stop();
        clip = tr("The clipboard has been cleared.", "@info");
    } else if (m_clipboard->isArmed()) {
        const int seconds = int((m_clearAt.remainingTime() + 999) / 1000);
        clip = tr("Copied. The clipboard will be cleared in %n second(s).", "@info", qMax(seconds, 0));
    } else {
        m_tick->stop(); // replaced by something the user copied meanwhile: not ours to clear
    }
    QStringList lines;
    for (const QString &line : {clip, m_saveResult}) {
        if (!line.isEmpty())
            lines << line;
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
}

void ShownOnceSecret::openSaveDialog()
{
    // Non-modal: the page never runs a nested event loop. The dialog asks before replacing.
    auto *dialog = new QFileDialog(this, tr("Save the secret", "@title dialog"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    if (!m_fileName.isEmpty())
        dialog->selectFile(m_fileName);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveTo(path); });
    dialog->open();
}

bool ShownOnceSecret::saveTo(const QString &path)
{
    if (m_value->secret().isEmpty() || path.isEmpty())
        return false;
    // Small and synchronous, owner-only from the first byte; the buffer is wiped at once.
    QByteArray data = m_value->secret().expose() + '\n';
    QString error;
    const auto outcome = SecretFile::write(path, data, SecretFile::Overwrite::Replace, &error);
    wipe(data);
    const bool ok = outcome == SecretFile::Outcome::Written;
    m_saveResult = ok ? tr("Saved to %1, readable by you only.", "@info").arg(QDir::toNativeSeparators(path))
                      : tr("Could not save to %1: %2", "@error").arg(QDir::toNativeSeparators(path), error);
    updateClipboardText();
    if (ok)
        emit saved(path);
    return ok;
}

void ShownOnceSecret::retranslate()
{
    m_reveal->setText(tr("S&how", "@option:check reveal the secret"));
    m_copy->setText(tr("&Copy", "@button"));
    m_copy->setToolTip(tr("The clipboard is cleared after 30 seconds.", "@info tooltip"));
    m_save->setText(tr("Sa&ve…", "@button"));
    m_save->setToolTip(tr("Writes a file only you can read.", "@info tooltip"));
    if (!m_customStoredText)
        setStoredText(QString());
    updateClipboardText();
}

void ShownOnceSecret::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace snc
