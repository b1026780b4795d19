// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "stages/vpn/PublicBlockAddresses.h"

#include <functional>
#include <optional>

namespace snc {

class StageContext;
class StageOperation;

/**
 * @brief Reads the PCC's public blocks for stage 3 as part of an operation: `GET …/ip`, then per
 * block its model (`…/ip/{block}`) and its addresses in use (`…/ip/{block}/details`), into a
 * PublicBlockAddresses.
 */
namespace PublicBlockReader {

/// Each failure goes to `report` (a cancel included, for the caller to filter); `then` gets the
/// blocks, or nullopt when any read failed (the addresses are then not offered).
void read(StageContext *context, StageOperation *op, std::function<void(const ApiError &)> report,
          std::function<void(std::optional<PublicBlockAddresses>)> then);

} // namespace PublicBlockReader

} // namespace snc
