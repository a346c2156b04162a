#include "session_target.h"

namespace inkboard::app {

void SessionTarget::submit(const OpList &ops)
{
    if (!ops.isEmpty())
        m_session->submit(ops);
}

} // namespace inkboard::app
