// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <optional>
#include <utility>
#include <variant>

namespace snc {

/**
 * @brief A value or an ApiError, never both. Used for every asynchronous outcome so that a
 * caller cannot read a value without first deciding what to do with a failure.
 */
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(ApiError error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const ApiError &error() const { return std::get<ApiError>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

/// For operations that produce no value.
struct Unit
{
};

} // namespace snc
