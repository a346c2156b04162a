// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "context.h"
#include "http/http_types.h"

#include <QStringList>

namespace inkboard::server {

// One request on its way through a route: the "*" segments of its path, and who sent it
// (empty for routes without a token).
struct Call
{
    HttpRequest request;
    ResponderPtr responder;
    QStringList params;
    AuthUser user;
};

} // namespace inkboard::server
