// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/vpn/NsxLogin.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace snc {

QString NsxLogin::defaultFor(const ServiceHosts &hosts)
{
    const QString fqdn = hosts.pccFqdn();
    return fqdn.isEmpty() ? QString() : u"admin@"_s + fqdn;
}

QString NsxLogin::problem(const QString &login, const QString &suggestion)
{
    const qsizetype at = login.lastIndexOf(u'@');
    bool spaced = false;
    for (const QChar c : login)
        spaced = spaced || c.isSpace() || c == u':';
    if (login.isEmpty() || at <= 0 || at == login.size() - 1 || spaced || !login.mid(at + 1).contains(u'.')) {
        //: %1 the login typed, %2 the expected form for admin (admin@<the PCC's address>)
        return QCoreApplication::translate(
                       "snc::NsxLogin",
                       "\"%1\" is not an NSX API login. Type the user followed by @ and the PCC's address, "
                       "for example %2 (no space, no colon).", "@error")
                .arg(login, suggestion.isEmpty() ? u"admin@pcc-…"_s : suggestion);
    }
    return {};
}

} // namespace snc
