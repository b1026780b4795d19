// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Autopilot steps for stages 3 and 4. They append to m_steps and add 3 and 4 to
// m_coveredStages once the stages' pages exist.
#include "Autopilot.h"

namespace snc {

void Autopilot::buildStage34Steps()
{
}

} // namespace snc
