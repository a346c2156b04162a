// SPDX-License-Identifier: Apache-2.0
#include "session_target.h"

namespace inkboard::app {

bool SessionTarget::submit(const OpList &ops)
{
    return ops.isEmpty() || m_session->submit(ops);
}

} // namespace inkboard::app
