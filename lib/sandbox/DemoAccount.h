// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace snc::sandbox::demo {

/// @brief The sandbox's single OVHcloud account (what `GET /me` returns and what the browser
/// validation page accepts). The password is public on purpose: it is shown on the page.
inline QString nicHandle()
{
    return QStringLiteral("xx1111-ovh");
}
inline QString password()
{
    return QStringLiteral("sandbox");
}
inline QString email()
{
    return QStringLiteral("camille.martin@example.com");
}
inline QJsonObject me()
{
    return QJsonObject{
            {QStringLiteral("nichandle"), nicHandle()},
            {QStringLiteral("email"), email()},
            {QStringLiteral("firstname"), QStringLiteral("Camille")},
            {QStringLiteral("name"), QStringLiteral("Martin")},
            {QStringLiteral("country"), QStringLiteral("FR")},
            {QStringLiteral("language"), QStringLiteral("fr_FR")},
            // nichandle.Nichandle requires it (issue 16: /me carries the published fields).
            {QStringLiteral("ovhCompany"), QStringLiteral("ovh")},
            {QStringLiteral("ovhSubsidiary"), QStringLiteral("FR")},
            {QStringLiteral("legalform"), QStringLiteral("corporation")},
            {QStringLiteral("organisation"), QStringLiteral("Example SAS")},
            {QStringLiteral("state"), QStringLiteral("complete")},
            {QStringLiteral("customerCode"), QStringLiteral("0000-0000-00")},
            {QStringLiteral("currency"),
             QJsonObject{{QStringLiteral("code"), QStringLiteral("EUR")},
                         {QStringLiteral("symbol"), QStringLiteral("EURO")}}},
    };
}

} // namespace snc::sandbox::demo
