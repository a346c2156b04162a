// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "client/sync_session.h"
#include "op_target.h"

namespace inkboard::app {

// The canvas's edits go to the drawing's sync session: persisted as pending, then shown.
class SessionTarget : public canvas::OpTarget
{
public:
    explicit SessionTarget(sync::SyncSession *session) : m_session(session) {}
    const Document &document() const override { return m_session->replica().visible(); }
    bool submit(const OpList &ops) override;

private:
    sync::SyncSession *m_session;
};

} // namespace inkboard::app
