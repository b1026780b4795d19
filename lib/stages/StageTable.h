// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <functional>

class QObject;

namespace snc {

class StageContext;
class StageModel;
class WizardSettings;

/**
 * @brief The stage contract's one registration point below the UI (issue 14): each stage's
 * number and the factory of its model, in the guide's order.
 *
 * A row is a stage: its number and its model's factory (entries()); its title and guide (what
 * StageCatalog serves) are the same row of headings(). Adding a stage is a row in both and a row
 * in the UI's StagePages table (its page).
 * WizardController builds its models from this table and knows no stage by type beyond its
 * typed accessors.
 */
namespace StageTable {

/// What a factory gets: the shared services, and the stages built before it (stages talk to
/// services and to the ones they read, never the other way round).
struct Build
{
    StageContext *context = nullptr;
    WizardSettings *settings = nullptr;
    QObject *parent = nullptr;
    /// The model of an earlier stage (1..number-1), already built.
    std::function<StageModel *(int number)> earlier;
};

/// A translatable text: source and disambiguation, translated in context "StageCatalog".
struct Text
{
    const char *source;
    const char *comment;
};

/// What a stage is called and where its guide is (StageCatalog serves them). Apart from the
/// factories (Entry) so that the welcome page, which lists the stages before anything else is
/// loaded, does not link every model with them (snc-wizard's start-up, app/wizard/CMakeLists.txt).
struct Heading
{
    int number;
    /// Title as in the guide (StageCatalog::title() translates it).
    Text title;
    /// The folder of the stage's official guide in ovh/docs (StageCatalog::guideUrl()).
    const char *guideFolder;
};

struct Entry
{
    int number;
    StageModel *(*createModel)(const Build &build);
};

inline constexpr int count = 6;

/// Stages 1..count, in order; Entry::number is the index + 1 (StageTable.cpp).
const std::array<Entry, count> &entries();
/// The same stages' titles and guides, in the same order (StageHeadings.cpp).
const std::array<Heading, count> &headings();

} // namespace StageTable

} // namespace snc
