// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/connection/AccountReader.h"

#include "api/ApiClient.h"
#include "api/CallGroup.h"
#include "api/Endpoint.h"
#include "stages/StageOperation.h"

#include <QJsonArray>
#include <QStringList>

#include <memory>

using namespace Qt::StringLiterals;

namespace snc {

namespace {

/// The display form of `version`: a string as is, or {major, minor, build} as "7.0 (123)".
QString versionText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    const QJsonObject o = v.toObject();
    QStringList parts;
    if (o.contains("major"_L1))
        parts << o.value("major"_L1).toVariant().toString();
    if (o.contains("minor"_L1))
        parts << o.value("minor"_L1).toVariant().toString();
    QString text = parts.join(u'.');
    if (o.contains("build"_L1))
        text += u" (%1)"_s.arg(o.value("build"_L1).toVariant().toString());
    return text;
}

} // namespace

void AccountReader::read(StageOperation *op, ApiClient *api, bool checkCredential,
                         std::function<void()> credentialValid, Done done)
{
    auto read = std::make_shared<AccountSnapshot>();
    if (!checkCredential) {
        readAccount(op, api, read, std::move(done));
        return;
    }
    op->onAnswer(api->get(u"/auth/currentCredential"_s), [op, api, read, credentialValid, done](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        const QJsonObject c = r.value().toObject();
        const QString status = c.value("status"_L1).toString();
        if (!status.isEmpty() && status != "validated"_L1) {
            done(ApiError::make(ApiError::Kind::CredentialInvalid, u"credential "_s + status));
            return;
        }
        read->credentialRead = true;
        read->credentialExpiry = QDateTime::fromString(c.value("expiration"_L1).toString(), Qt::ISODateWithMs);
        if (credentialValid)
            credentialValid();
        readAccount(op, api, read, done);
    });
}

void AccountReader::readAccount(StageOperation *op, ApiClient *api, std::shared_ptr<AccountSnapshot> read, Done done)
{
    op->onAnswer(api->get(u"/me"_s), [op, api, read, done](const Result<QJsonValue> &m) {
        // /me is informative only: its failure (e.g. not granted) does not block.
        if (m.ok()) {
            const QJsonObject o = m.value().toObject();
            read->accountRead = true;
            read->nicHandle = o.value("nichandle"_L1).toString();
            read->email = o.value("email"_L1).toString();
        }
        readServices(op, api, read, done);
    });
}

void AccountReader::readServices(StageOperation *op, ApiClient *api, std::shared_ptr<AccountSnapshot> read, Done done)
{
    op->onAnswer(api->get(u"/dedicatedCloud"_s), [op, api, read, done](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        QStringList names;
        for (const QJsonValue &v : r.value().toArray())
            names << v.toString();
        names.sort();
        CallGroup *group = op->group();
        for (int i = 0; i < names.size(); ++i) {
            DedicatedCloudService s;
            s.serviceName = names.at(i);
            read->services.append(s);
            // addResult: a details read that fails leaves the service listed by its name only.
            group->addResult(api->get(u"/dedicatedCloud/%1"_s.arg(encodePathSegment(names.at(i)))),
                             [read, i](const Result<QJsonValue> &d) {
                if (d.ok())
                    readDetails(d.value().toObject(), &read->services[i]);
            });
        }
        group->onAllFinished(op->scope(), [read, done](const Result<Unit> &) { done(*read); });
    });
}

void AccountReader::readDetails(const QJsonObject &o, DedicatedCloudService *s)
{
    s->description = o.value("description"_L1).toString();
    s->location = o.value("location"_L1).toString();
    s->state = o.value("state"_L1).toString();
    s->version = versionText(o.value("version"_L1));
    s->webInterfaceUrl = QUrl(o.value("webInterfaceUrl"_L1).toString());
    s->hosts = ServiceHosts::fromService(o);
    s->userAccessPolicy = o.value("userAccessPolicy"_L1).toString();
    s->managementInterface = o.value("managementInterface"_L1).toString();
    s->advancedSecurity = o.value("advancedSecurity"_L1).toBool();
    s->detailsLoaded = true;
}

} // namespace snc
