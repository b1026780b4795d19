// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the stage-5 tests (tst_vmencryptionmodel, tst_vmencryptionresume).
#pragma once

#include "stages/encryption/VmEncryptionModel.h"

#include <QSignalSpy>
#include <QString>

namespace snc::test {

inline QString s(const char *text)
{
    return QString::fromLatin1(text);
}

using CState = VmEncryptionModel::CredentialState;

/// Refreshes the model and waits for the answer; true when the read succeeded.
inline bool refreshed(VmEncryptionModel &model)
{
    QSignalSpy spy(&model, &StageModel::refreshed);
    model.refresh();
    return spy.wait(10000) && spy.first().first().toBool();
}

} // namespace snc::test
