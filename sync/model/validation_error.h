// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace inkboard {

// Why input was refused, in the terms of PROTOCOL.md §1's status table.
struct ValidationError
{
    enum class Code
    {
        BadJson,
        InvalidOp,
        InvalidId,
        BadRequest,
        TooLarge
    };

    Code code = Code::BadRequest;
    QString message;
    int index = -1; // the op's position in its commit, when the error is about one op

    QString errorCode() const; // "invalid_op", "too_large", ...
    int httpStatus() const;    // 400 or 413
};

} // namespace inkboard
