// SPDX-License-Identifier: Apache-2.0
#include "validation_error.h"

namespace inkboard {

QString ValidationError::errorCode() const
{
    switch (code) {
    case Code::BadJson:
        return QStringLiteral("bad_json");
    case Code::InvalidOp:
        return QStringLiteral("invalid_op");
    case Code::InvalidId:
        return QStringLiteral("invalid_id");
    case Code::BadRequest:
        return QStringLiteral("bad_request");
    case Code::TooLarge:
        return QStringLiteral("too_large");
    }
    return QStringLiteral("bad_request");
}

int ValidationError::httpStatus() const
{
    return code == Code::TooLarge ? 413 : 400;
}

} // namespace inkboard
