// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TechnicalDetails.h"

#include "ui/widgets/SelectableText.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace snc {

namespace {
// One switch for the whole application: a support agent turns it on once for every page.
class OpenByDefault : public QObject
{
    Q_OBJECT
public:
    static OpenByDefault &instance()
    {
        static OpenByDefault self;
        return self;
    }
    bool open = false;
signals:
    void changed(bool open);
};
} // namespace

TechnicalDetails::TechnicalDetails(QWidget *parent)
    : QWidget(parent),
      m_toggle(new QToolButton(this)),
      m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("technicalDetails"));
    m_toggle->setObjectName(Names::toggle);
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_text->setObjectName(Names::text);
    m_text->setTextFormat(Qt::PlainText); // API values are never markup
    m_text->setWordWrap(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    makeTextSelectable(m_text);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_text);
    connect(m_toggle, &QToolButton::toggled, this, &TechnicalDetails::setOpen);
    connect(&OpenByDefault::instance(), &OpenByDefault::changed, this, &TechnicalDetails::setOpen);
    setOpen(OpenByDefault::instance().open);
    setVisible(false); // until it has lines
    retranslate();
}

void TechnicalDetails::setLines(const QStringList &lines)
{
    if (lines == m_lines)
        return;
    m_lines = lines;
    m_text->setText(lines.join(QLatin1Char('\n')));
    setVisible(!lines.isEmpty());
}

bool TechnicalDetails::isOpen() const
{
    return m_toggle->isChecked();
}

void TechnicalDetails::setOpen(bool open)
{
    if (m_toggle->isChecked() != open)
        m_toggle->setChecked(open); // comes back here through toggled()
    m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    m_text->setVisible(open);
}

void TechnicalDetails::setOpenByDefault(bool open)
{
    OpenByDefault &d = OpenByDefault::instance();
    if (d.open == open)
        return;
    d.open = open;
    emit d.changed(open);
}

bool TechnicalDetails::openByDefault()
{
    return OpenByDefault::instance().open;
}

void TechnicalDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TechnicalDetails::retranslate()
{
    m_toggle->setText(tr("Technical details", "@button disclosure"));
    m_toggle->setToolTip(tr("The API's own words (paths, states, identifiers), for OVHcloud support",
                            "@info tooltip"));
    m_text->setAccessibleName(tr("Technical details", "@label accessible"));
}

} // namespace snc

#include "TechnicalDetails.moc"
