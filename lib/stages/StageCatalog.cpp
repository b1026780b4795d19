// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages/StageCatalog.h"

#include "stages/StageTable.h"

using namespace Qt::StringLiterals;

namespace snc {

static_assert(StageCatalog::count == StageTable::count, "the catalogue serves the stage table's rows");

namespace {

/// The row of stage `number`, or nullptr.
const StageTable::Heading *entry(int number)
{
    const auto &table = StageTable::headings();
    return number >= 1 && number <= int(table.size()) ? &table.at(number - 1) : nullptr;
}

} // namespace

QString StageCatalog::title(int number)
{
    // The titles are written in StageTable::headings() (one row per stage), marked for this context.
    const StageTable::Heading *e = entry(number);
    return e ? QCoreApplication::translate("StageCatalog", e->title.source, e->title.comment) : QString();
}

namespace {

// The guides live in ovh/docs (folder names verified in shared/reference/ovh-api.md, "DOC-*");
// help.ovhcloud.com article ids are not stable enough to hard-code.
QUrl vmwareGuide(const QString &folder)
{
    return QUrl(u"https://github.com/ovh/docs/blob/develop/pages/hosted_private_cloud/hosted_private_cloud_powered_by_vmware/%1/guide.en-gb.md"_s.arg(folder));
}

} // namespace

QUrl StageCatalog::gettingStartedUrl()
{
    // The folder of the getting-started guide is not resolved yet: the guides' index.
    return QUrl(u"https://github.com/ovh/docs/tree/develop/pages/hosted_private_cloud/hosted_private_cloud_powered_by_vmware"_s);
}

QUrl StageCatalog::guideUrl(int number)
{
    const StageTable::Heading *e = entry(number);
    return e && e->guideFolder ? vmwareGuide(QString::fromLatin1(e->guideFolder)) : gettingStartedUrl();
}

} // namespace snc
