// SPDX-License-Identifier: Apache-2.0
#include "access_check.h"

namespace inkboard::server {

void AccessCheck::run(Store &store)
{
    for (const Token &t : tokens) {
        const auto record = store.token(t.hash);
        Verdict v = Verdict::Unknown;
        if (record)
            v = record->expiresAt > now && record->userId == t.userId ? Verdict::Valid
                                                                      : Verdict::Revoked;
        else if (store.lastError().isEmpty())
            v = Verdict::Revoked;
        tokenVerdicts.insert(t.hash, v);
    }
    for (const Member &m : members) {
        if (const auto role = store.role(m.drawingId, m.userId))
            roles.insert(memberKey(m.drawingId, m.userId), *role);
    }
}

} // namespace inkboard::server
