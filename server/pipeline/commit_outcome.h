// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/api_error.h"
#include "protocol/commit.h"

#include <functional>
#include <optional>

namespace inkboard::server {

// What a commit call comes to: the answer of POST …/ops, or a protocol error with the
// seconds after which asking again may succeed. The HTTP layer alone turns it into a
// status, a body and a Retry-After.
struct CommitOutcome
{
    std::optional<protocol::CommitResponse> response; // empty: refused with `error`
    protocol::ApiError error;
    int retryAfterSeconds = 0; // 0: no Retry-After

    static CommitOutcome answered(protocol::CommitResponse response)
    {
        return {std::move(response), {}, 0};
    }
    static CommitOutcome refused(protocol::ApiError error, int retryAfterSeconds = 0)
    {
        return {std::nullopt, std::move(error), retryAfterSeconds};
    }
    // 503: the store or the drawing is not ready now, a second later it may be.
    static CommitOutcome unavailable(const QString &message)
    {
        return refused(protocol::ApiError::unavailable(message), 1);
    }
};

using CommitReply = std::function<void(const CommitOutcome &)>;

} // namespace inkboard::server
