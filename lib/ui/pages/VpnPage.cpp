// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VpnPage.h"

#include "stages/vpn/VpnModel.h"
#include "ui/widgets/ButtonRole.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/ErrorLabel.h"
#include "ui/widgets/NamedWidget.h"
#include "ui/widgets/ShownOnceSecret.h"
#include "ui/widgets/SelectableText.h"
#include "ui/widgets/SubStepCard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSignalBlocker> // widgets only, while the model is shown in them
#include <QSpinBox>
#include <QTextDocument>
#include <QVBoxLayout>

namespace snc {

namespace {

QStringList splitList(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[,;\\s]+"));
    return text.split(sep, Qt::SkipEmptyParts);
}

/// Model → widget: a field that already says what the model holds (up to the spaces the model
/// trims) or that is being typed in is left alone, so an edit is never undone under the cursor.
void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text().trimmed() != text && !edit->hasFocus())
        edit->setText(text);
}

} // namespace

VpnPage::VpnPage(VpnModel *model, QWidget *parent)
    : StagePage(model, parent), m_model(model)
{
    setObjectName(Names::vpnPage);
    m_intro = named<QLabel>(this, Names::vpnIntroLabel);
    m_passwordBox = new QWidget(this);
    m_passwordLabel = named<QLabel>(m_passwordBox, Names::nsxPasswordLabel);
    m_password = named<QLineEdit>(m_passwordBox, Names::nsxPasswordEdit);
    m_password->setEchoMode(QLineEdit::Password);
    m_usePassword = named<QPushButton>(m_passwordBox, Names::nsxPasswordButton);
    m_loginLabel = named<QLabel>(m_passwordBox, Names::nsxLoginLabel);
    m_login = named<QLineEdit>(m_passwordBox, Names::nsxLoginEdit);
    m_loginLabel->setBuddy(m_login);
    auto *pwRow = new QHBoxLayout(m_passwordBox);
    pwRow->setContentsMargins(0, 0, 0, 0);
    pwRow->addWidget(m_loginLabel);
    pwRow->addWidget(m_login, 1);
    pwRow->addWidget(m_passwordLabel);
    pwRow->addWidget(m_password, 1);
    pwRow->addWidget(m_usePassword);

    m_rightBox = new QWidget(this);
    m_rightLabel = named<QLabel>(m_rightBox, Names::nsxRightLabel);
    m_rightLabel->setTextFormat(Qt::PlainText); // names a user read from the API
    m_rightLabel->setWordWrap(true);
    m_grantRight = named<QPushButton>(m_rightBox, Names::grantNsxRightButton);
    auto *rightRow = new QHBoxLayout(m_rightBox);
    rightRow->setContentsMargins(0, 0, 0, 0);
    rightRow->addWidget(m_rightLabel, 1);
    rightRow->addWidget(m_grantRight);

    m_peerLabel = new QLabel(this);
    m_peerIdLabel = new QLabel(this);
    m_customerLabel = new QLabel(this);
    m_pccLabel = new QLabel(this);
    m_localLabel = new QLabel(this);
    m_dhLabel = new QLabel(this);
    m_ikeLabel = new QLabel(this);
    m_espLabel = new QLabel(this);
    m_peer = named<QLineEdit>(this, Names::peerAddressEdit);
    m_peerId = named<QLineEdit>(this, Names::peerIdEdit);
    m_customer = named<QLineEdit>(this, Names::customerSubnetsEdit);
    m_pcc = named<QLineEdit>(this, Names::pccSubnetsEdit);
    m_local = named<QComboBox>(this, Names::localAddressCombo);
    m_dh = named<QComboBox>(this, Names::dhGroupCombo);
    for (int g : VpnSettings::allowedDhGroups())
        m_dh->addItem(QString(), g);
    m_ikeLife = named<QSpinBox>(this, Names::ikeLifetimeSpin);
    m_ikeLife->setRange(VpnSettings::minIkeLifetime, VpnSettings::maxIkeLifetime);
    m_espLife = named<QSpinBox>(this, Names::espLifetimeSpin);
    m_espLife->setRange(VpnSettings::minEspLifetime, VpnSettings::maxEspLifetime);
    const QList<QPair<QLabel *, QWidget *>> buddies{{m_peerLabel, m_peer}, {m_peerIdLabel, m_peerId},
                                                    {m_customerLabel, m_customer}, {m_pccLabel, m_pcc},
                                                    {m_localLabel, m_local}, {m_dhLabel, m_dh},
                                                    {m_ikeLabel, m_ikeLife}, {m_espLabel, m_espLife}};
    auto *form = new QFormLayout;
    // Labels above their fields: in French they take half the page ("Sous-réseaux du PCC
    // (incluez le réseau de la passerelle privée) :") and pushed it into sideways scrolling.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    for (const auto &[label, field] : buddies) {
        label->setBuddy(field);
        form->addRow(label, field);
    }
    m_check = named<QLabel>(this, Names::vpnCheckLabel);
    m_crypto = named<QLabel>(this, Names::cryptoLabel);
    m_apply = named<QPushButton>(this, Names::applyVpnButton);
    m_session = named<QLabel>(this, Names::sessionStatusLabel);

    // Masked until revealed, never selectable; its text is made once and wiped when hidden.
    // It leaves the screen only through Copy (SecretClipboard) or Save (owner-only file).
    m_psk = new ShownOnceSecret({Names::pskEdit, Names::revealPskCheck, Names::copyPskButton, Names::savePskButton,
                                 Names::pskStoredCheck, Names::pskStatusLabel, Names::pskLabel},
                                this);
    m_psk->setObjectName(QLatin1String(Names::pskBox));
    m_psk->setMaskable(true);
    m_psk->setSuggestedFileName(QStringLiteral("ipsec-psk.txt"));

    m_allowedBox = new QWidget(this);
    m_allowedQuestion = named<QLabel>(m_allowedBox, Names::allowedQuestionLabel);
    m_addAllowed = named<QPushButton>(m_allowedBox, Names::addAllowedNetworksButton);
    m_adminHostsLabel = new QLabel(m_allowedBox);
    m_adminHosts = named<QLineEdit>(m_allowedBox, Names::adminHostsEdit);
    m_adminHostsLabel->setBuddy(m_adminHosts);
    // The question on its own lines, then its answer: side by side they outgrew the page.
    auto *allowedColumn = new QVBoxLayout(m_allowedBox);
    allowedColumn->setContentsMargins(0, 0, 0, 0);
    allowedColumn->addWidget(m_allowedQuestion);
    auto *allowedRow = new QHBoxLayout;
    allowedRow->addWidget(m_adminHostsLabel);
    allowedRow->addWidget(m_adminHosts, 1);
    allowedColumn->addLayout(allowedRow);
    auto *allowedActions = new FlowLayout;
    allowedActions->setRightAligned(true);
    allowedActions->addWidget(m_addAllowed);
    allowedColumn->addLayout(allowedActions);

    m_exportSwanctl = named<QPushButton>(this, Names::exportSwanctlButton);
    m_exportSummary = named<QPushButton>(this, Names::exportSummaryButton);
    m_summary = named<QPlainTextEdit>(this, Names::vpnSummaryText);
    m_summary->setReadOnly(true);
    // Never sideways (issue 18 item 2): long lines wrap, even an unbroken token; its height is
    // set to its text in sync(), so the page scrolls rather than the box.
    m_summary->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (QLabel *l : {m_intro, m_check, m_session, m_crypto, m_allowedQuestion}) {
        l->setWordWrap(true);
        makeTextSelectable(l);
    }
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_session, 1);
    applyRow->addWidget(m_apply);
    auto *exportRow = new FlowLayout;
    exportRow->setRightAligned(true);
    exportRow->addWidget(m_exportSwanctl);
    exportRow->addWidget(m_exportSummary);

    // One thing at a time (issue 18 item 2): NSX access, the tunnel, its key (with the subnets
    // to allow), the exports, each on a numbered card open while it is the sub-step to do. The
    // key and the allowed networks share a card: the key's confirmation first blocked the
    // autopilot's "allow" step, and the networks alone first stranded a user who declines them.
    m_accessStep = addSubStep(Names::nsxAccessStep);
    QVBoxLayout *access = m_accessStep->bodyLayout();
    access->addWidget(m_passwordBox);
    access->addWidget(m_rightBox);
    m_accessStep->setChangeable(false); // the password is kept once NSX took it: nothing to redo
    m_tunnelStep = addSubStep(Names::tunnelStep);
    QVBoxLayout *tunnel = m_tunnelStep->bodyLayout();
    tunnel->addLayout(form);
    tunnel->addWidget(m_crypto);
    tunnel->addWidget(m_check);
    tunnel->addLayout(applyRow);
    m_pskStep = addSubStep(Names::pskStep);
    QVBoxLayout *key = m_pskStep->bodyLayout();
    key->addWidget(m_psk);
    key->addWidget(m_allowedBox);
    m_exportStep = addSubStep(Names::exportStep);
    QVBoxLayout *exports = m_exportStep->bodyLayout();
    exports->addLayout(exportRow);
    exports->addWidget(m_summary);
    for (QPushButton *primary : {m_usePassword, m_apply, m_addAllowed, m_exportSwanctl})
        markPrimary(primary);

    auto *content = new QWidget;
    auto *inner = new QVBoxLayout(content);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->addWidget(m_intro);
    for (SubStepCard *card : subSteps())
        inner->addWidget(card);
    inner->addStretch(1); // widgets keep their natural height; the space left is below them
    // One scroll bar for the whole page, never a sideways one (issue 18 item 2).
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(Names::vpnScrollArea);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(errorLabel());

    for (QLineEdit *e : {m_peer, m_peerId, m_customer, m_pcc})
        connect(e, &QLineEdit::textEdited, this, &VpnPage::pushInputs);
    connect(m_adminHosts, &QLineEdit::textEdited, this, [this](const QString &text) { m_model->setAdminHosts(splitList(text)); });
    connect(m_local, &QComboBox::currentTextChanged, this, &VpnPage::pushInputs);
    connect(m_dh, &QComboBox::currentIndexChanged, this, &VpnPage::pushInputs);
    connect(m_ikeLife, &QSpinBox::valueChanged, this, &VpnPage::pushInputs);
    connect(m_espLife, &QSpinBox::valueChanged, this, &VpnPage::pushInputs);
    connect(m_usePassword, &QPushButton::clicked, this, [this] {
        if (!m_model->setNsxLogin(m_login->text()))
            return; // the model says what is wrong with the login; the password stays typed
        m_model->setNsxPassword(SecretBytes::fromString(m_password->text()));
        m_password->clear();
    });
    connect(m_password, &QLineEdit::returnPressed, m_usePassword, &QPushButton::click);
    connect(m_grantRight, &QPushButton::clicked, m_model, [this] { m_model->grantNsxRight(); });
    connect(m_model, &VpnModel::nsxRightGrantFinished, this, &VpnPage::sync);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        pushInputs();
        m_model->apply();
    });
    connect(m_psk, &ShownOnceSecret::storedChanged, m_model, &VpnModel::setPskStored);
    connect(m_addAllowed, &QPushButton::clicked, m_model, [this] { m_model->addMissingAllowedNetworks(); });
    connect(m_exportSwanctl, &QPushButton::clicked, this, [this] { saveAs(true); });
    connect(m_exportSummary, &QPushButton::clicked, this, [this] { saveAs(false); });
    // The PSK's text is made when it changes, not on every sync (each would be a copy left in memory).
    m_psk->setSecret(m_model->freshPsk());
    connect(m_model, &VpnModel::freshPskChanged, m_psk, [this] { m_psk->setSecret(m_model->freshPsk()); });
    for (auto signal : {&VpnModel::sessionStateChanged, &VpnModel::freshPskChanged, &VpnModel::pskStoredChanged})
        connect(m_model, signal, this, &VpnPage::sync);
    // A card reopened by Change is done again once its action succeeded.
    for (auto signal : {&VpnModel::allowedNetworksAdded, &VpnModel::applyFinished}) {
        connect(m_model, signal, this, [this](bool ok) {
            if (ok)
                closeReopenedSubStep();
            sync();
        });
    }
    connect(m_model, &StageModel::changed, this, &VpnPage::sync);
    connect(m_model, &StageModel::busyChanged, this, &VpnPage::sync);
    connect(m_model, &StageModel::statusChanged, this, &VpnPage::sync);
    retranslate();
    sync();
}

void VpnPage::pushInputs()
{
    VpnSettings s = m_model->settings();
    s.peerAddress = m_peer->text().trimmed();
    s.peerId = m_peerId->text().trimmed();
    s.customerSubnets = splitList(m_customer->text());
    s.pccSubnets = splitList(m_pcc->text());
    s.localAddress = m_local->currentText().trimmed();
    s.dhGroup = m_dh->currentData().toInt();
    s.ikeLifetime = m_ikeLife->value();
    s.espLifetime = m_espLife->value();
    // Every listener hears the change (navigation, the private gateway reading the VPN's
    // subnets); this page's sync() answers it without undoing the typing: line edits update the
    // model on textEdited only (never on setText()), sync() leaves a field whose text means what
    // the model holds, and it sets the combo and spin boxes under their own blockers.
    m_model->setSettings(s);
}

void VpnPage::saveAs(bool swanctl)
{
    // Non-modal: the page never runs a nested event loop.
    auto *dialog = new QFileDialog(this, swanctl ? tr("Save swanctl.conf", "@title") : tr("Save the summary", "@title"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(swanctl ? QStringLiteral("swanctl.conf") : QStringLiteral("vpn-summary.txt"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, swanctl](const QString &path) {
        if (swanctl) {
            m_model->exportSwanctl(path);
            return;
        }
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(m_model->summaryText().toUtf8()) >= 0)
            file.commit();
    });
    dialog->open();
}

void VpnPage::retranslate()
{
    m_intro->setText(tr("Connect your network to the PCC with an IPsec VPN configured on its NSX Manager, with "
                        "the ANSSI recommendations. Enter your VPN gateway and the subnets on each side, apply, "
                        "then configure your side with the swanctl.conf below.", "@info"));
    m_passwordLabel->setText(tr("NSX &password (admin, as set in stage 2):", "@label"));
    //: The NSX API login is the user, @, then the PCC's address (admin@pcc-….ovh.de)
    m_loginLabel->setText(tr("NSX l&ogin:", "@label"));
    m_login->setAccessibleName(tr("NSX login", "@label accessible"));
    m_password->setAccessibleName(tr("NSX password", "@label accessible"));
    m_usePassword->setText(tr("&Use this password", "@button"));
    m_grantRight->setText(tr("G&rant the rights NSX needs", "@button"));
    m_peerLabel->setText(tr("Your VPN &gateway (public IPv4):", "@label"));
    m_peer->setPlaceholderText(tr("e.g. 203.0.113.50", "@info placeholder"));
    m_peerIdLabel->setText(tr("Its IKE &identity:", "@label"));
    m_peerId->setPlaceholderText(tr("the address, if empty", "@info placeholder"));
    m_customerLabel->setText(tr("&Your subnets:", "@label"));
    m_customer->setPlaceholderText(tr("e.g. 192.168.10.0/24, 192.168.20.0/24", "@info placeholder"));
    m_pccLabel->setText(tr("PCC &subnets (include the private gateway's network):", "@label"));
    m_pcc->setPlaceholderText(tr("e.g. 172.16.0.0/24", "@info placeholder"));
    m_localLabel->setText(tr("&Local endpoint (free address of the PCC):", "@label"));
    m_dhLabel->setText(tr("&Diffie-Hellman group:", "@label"));
    const QStringList groupNames{tr("19 (ECP 256)", "@item"), tr("20 (ECP 384, recommended)", "@item"),
                                 tr("21 (ECP 521)", "@item")};
    for (int i = 0; i < m_dh->count() && i < groupNames.size(); ++i)
        m_dh->setItemText(i, groupNames.at(i));
    m_ikeLabel->setText(tr("IKE &lifetime:", "@label"));
    m_espLabel->setText(tr("IPsec (ESP) l&ifetime:", "@label"));
    for (QSpinBox *spin : {m_ikeLife, m_espLife})
        spin->setSuffix(tr(" s", "@item seconds suffix"));
    m_crypto->setText(tr("Fixed by ANSSI rules: IKEv2, AES-GCM-256, PRF SHA2-256, perfect forward secrecy, "
                         "dead peer detection every 60 s. Weaker choices are not offered.", "@info"));
    m_apply->setText(tr("&Apply on NSX", "@button"));
    m_psk->setTitle(tr("Pre-shared key, shown once: copy it into your VPN gateway's configuration or your password "
                       "manager now. The wizard will not show it again.", "@label"));
    m_psk->setValueAccessibleName(tr("Pre-shared key", "@label accessible"));
    m_psk->setStoredText(tr("I have s&tored the pre-shared key", "@option:check"));
    m_addAllowed->setText(tr("Allo&w them", "@button"));
    m_adminHostsLabel->setText(tr("Ad&min hosts:", "@label"));
    m_adminHosts->setPlaceholderText(tr("e.g. 192.168.10.20, 192.168.10.21", "@info placeholder"));
    m_exportSwanctl->setText(tr("Save s&wanctl.conf…", "@button"));
    m_exportSummary->setText(tr("Save the su&mmary…", "@button"));
    m_summary->setAccessibleName(tr("Summary for network teams", "@label accessible"));
    m_local->setAccessibleName(tr("Local endpoint", "@label accessible"));
    m_accessStep->setTitle(tr("NSX access", "@title sub-step"));
    m_tunnelStep->setTitle(tr("The tunnel", "@title sub-step"));
    m_pskStep->setTitle(tr("Pre-shared key and allowed networks", "@title sub-step"));
    m_exportStep->setTitle(tr("Your side: swanctl.conf and summary", "@title sub-step"));
}

void VpnPage::sync()
{
    const VpnSettings s = m_model->settings();
    m_passwordBox->setVisible(m_model->needsPassword());
    m_rightBox->setVisible(m_model->nsxRightMissing());
    m_rightLabel->setText(m_model->nsxRightText());
    m_grantRight->setEnabled(!m_model->isBusy());
    if (!m_login->hasFocus())
        setTextIfDifferent(m_login, m_model->nsxLogin());
    setTextIfDifferent(m_peer, s.peerAddress);
    setTextIfDifferent(m_peerId, s.peerId);
    if (splitList(m_customer->text()) != s.customerSubnets)
        setTextIfDifferent(m_customer, s.customerSubnets.join(QStringLiteral(", ")));
    if (splitList(m_pcc->text()) != s.pccSubnets)
        setTextIfDifferent(m_pcc, s.pccSubnets.join(QStringLiteral(", ")));
    {
        const QSignalBlocker b1(m_local), b2(m_dh), b3(m_ikeLife), b4(m_espLife);
        QStringList items = m_model->freeAddresses();
        if (!s.localAddress.isEmpty() && !items.contains(s.localAddress))
            items.prepend(s.localAddress);
        QStringList current;
        for (int i = 0; i < m_local->count(); ++i)
            current << m_local->itemText(i);
        if (current != items) {
            m_local->clear();
            m_local->addItems(items);
        }
        m_local->setCurrentText(s.localAddress);
        m_dh->setCurrentIndex(qMax(0, m_dh->findData(s.dhGroup)));
        m_ikeLife->setValue(s.ikeLifetime);
        m_espLife->setValue(s.espLifetime);
    }
    const QStringList problems = m_model->validationProblems();
    // Issue 18: "Ready to apply." under a tunnel already up read as "not done yet".
    const bool up = m_model->sessionState() == VpnModel::SessionState::Up;
    m_check->setText(!problems.isEmpty() ? bulletList(problems)
                     : up ? tr("The VPN is up with these settings; apply again only after changing one.", "@info")
                          : tr("Ready to apply.", "@info"));
    m_apply->setEnabled(problems.isEmpty() && !m_model->isBusy() && !m_model->needsPassword()
                        && !m_model->nsxRightMissing());
    m_usePassword->setEnabled(!m_model->isBusy());
    m_session->setText(m_model->isApplying() ? tr("Applying and negotiating… %1", "@info").arg(m_model->sessionText())
                                             : m_model->sessionText());
    m_psk->setVisible(m_model->hasFreshPsk());
    if (!m_model->hasFreshPsk())
        m_psk->setMaskable(true); // a next key starts masked
    m_psk->setStored(!m_model->isPskConfirmationOwed());
    const QStringList missing = m_model->sessionState() == VpnModel::SessionState::NotConfigured
            ? QStringList() : m_model->missingAllowedNetworks();
    m_allowedBox->setVisible(!missing.isEmpty());
    // OVHcloud allows 2048 addresses in all: what does not fit is said before anything is sent.
    const AllowedNetworksBudget budget = missing.isEmpty() ? AllowedNetworksBudget() : m_model->allowedNetworksBudget();
    m_adminHostsLabel->setVisible(!budget.fitsWhole);
    m_adminHosts->setVisible(!budget.fitsWhole);
    if (splitList(m_adminHosts->text()) != m_model->adminHosts())
        setTextIfDifferent(m_adminHosts, m_model->adminHosts().join(QStringLiteral(", ")));
    QStringList proposal;
    for (const Ipv4Block &b : budget.proposal)
        proposal << b.toString();
    if (budget.fitsWhole)
        m_allowedQuestion->setText(tr("Your subnets %1 are not in the allowed networks (stage 1). Allow them, so that "
                                      "you can reach vSphere through the VPN?", "@info").arg(missing.join(QStringLiteral(", "))));
    else if (!proposal.isEmpty())
        //: %1 subnets, %2 their addresses, %3 addresses left, %4 the limit, %5 the blocks proposed
        m_allowedQuestion->setText(tr("Your subnets %1 need %2 addresses, but only %3 of OVHcloud's %4 allowed addresses "
                                      "are left. What fits and covers your VPN gateway and the admin hosts below: %5. "
                                      "Allow these?", "@info")
                                           .arg(missing.join(QStringLiteral(", ")))
                                           .arg(budget.wanted).arg(budget.remaining()).arg(budget.limit)
                                           .arg(proposal.join(QStringLiteral(", "))));
    else
        //: %1 subnets, %2 the limit of allowed addresses
        m_allowedQuestion->setText(tr("Your subnets %1 do not fit in OVHcloud's %2 allowed addresses, and nothing more "
                                      "can be added for your VPN gateway and the admin hosts below: delete allowed "
                                      "networks you no longer need in stage 1.", "@info")
                                           .arg(missing.join(QStringLiteral(", "))).arg(budget.limit));
    m_addAllowed->setEnabled(!m_model->isBusy() && !(budget.proposal.isEmpty() && !budget.fitsWhole));
    const bool configured = m_model->sessionState() != VpnModel::SessionState::NotConfigured
            && m_model->sessionState() != VpnModel::SessionState::Unknown;
    // Never from settings with problems, whatever their source (typed, or read back from NSX):
    // the button says why it is off.
    const QString exportProblem = m_model->exportProblem();
    m_exportSwanctl->setEnabled(configured && exportProblem.isEmpty());
    m_exportSwanctl->setToolTip(exportProblem);
    m_exportSummary->setEnabled(problems.isEmpty());
    const QString summary = problems.isEmpty() ? m_model->summaryText() : QString();
    if (m_summary->toPlainText() != summary) {
        m_summary->setPlainText(summary);
        // Its natural height: every line of the text (a line that wraps may still add a little
        // vertical scrolling inside, never a sideways one).
        const int lines = qMax(3, m_summary->document()->blockCount());
        m_summary->setFixedHeight(lines * m_summary->fontMetrics().lineSpacing()
                                  + 2 * int(m_summary->document()->documentMargin()) + 2 * m_summary->frameWidth() + 4);
    }

    // The password and the right are asked one after the other: one primary button at a time.
    const bool grantIsPrimary = !m_model->needsPassword();
    if (isPrimary(m_grantRight) != grantIsPrimary)
        markPrimary(m_grantRight, grantIsPrimary);
    // The one-line summaries of the done sub-steps, in plain words (never raw API values).
    m_accessStep->setSummary(m_model->nsxLogin().isEmpty()
                                     ? tr("NSX accepted the password.", "@info")
                                     : tr("Signed in to NSX as %1.", "@info").arg(m_model->nsxLogin()));
    m_tunnelStep->setSummary(tunnelSummary());
    // Change on the key's card is only for the subnets still to allow: the key is shown once.
    m_pskStep->setChangeable(!missing.isEmpty());
    m_pskStep->setSummary(missing.isEmpty()
                                  ? tr("Pre-shared key stored; your subnets are allowed networks.", "@info")
                                  //: %1 the customer subnets not allowed in stage 1
                                  : tr("Pre-shared key stored; your subnets %1 are not allowed networks.", "@info")
                                            .arg(missing.join(QStringLiteral(", "))));
    updateSubSteps();
}

QString VpnPage::tunnelSummary() const
{
    const QString peer = m_model->settings().peerAddress;
    switch (m_model->sessionState()) {
    case VpnModel::SessionState::Up:
        //: %1 the customer's VPN gateway
        return tr("The tunnel to %1 is up.", "@info").arg(peer);
    case VpnModel::SessionState::Negotiating:
        return tr("The tunnel to %1 is set up on NSX and negotiating.", "@info").arg(peer);
    case VpnModel::SessionState::Down:
        return m_model->failReason().isEmpty()
                ? tr("The tunnel to %1 is set up on NSX, but down until your side is configured.", "@info")
                          .arg(peer)
                //: %1 the customer's VPN gateway, %2 why NSX says it is down
                : tr("The tunnel to %1 is down: %2", "@info").arg(peer, m_model->failReason());
    case VpnModel::SessionState::NotConfigured:
    case VpnModel::SessionState::Unknown:
        break;
    }
    return {};
}

int VpnPage::subStepFor(const SubStepFacts &facts)
{
    if (facts.nsxAccessMissing)
        return 0;
    // Nothing on NSX yet, or an Apply under way (a new one after Change too): the tunnel's card.
    if (facts.applying || !facts.configuredOnNsx)
        return 1;
    // The key is shown once, as soon as NSX holds it, whether or not the tunnel is up yet: the
    // customer's side needs it to bring the tunnel up.
    if (facts.pskConfirmationOwed)
        return 2;
    // The exports stay open to the end: they are what the network team uses, up or not.
    return 3;
}

int VpnPage::derivedSubStep() const
{
    const auto state = m_model->sessionState();
    SubStepFacts facts;
    facts.nsxAccessMissing = m_model->needsPassword() || m_model->nsxRightMissing();
    facts.configuredOnNsx = state != VpnModel::SessionState::NotConfigured && state != VpnModel::SessionState::Unknown;
    facts.applying = m_model->isApplying();
    facts.pskConfirmationOwed = m_model->isPskConfirmationOwed();
    return subStepFor(facts);
}

} // namespace snc
