// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/call.h"
#include "api/route_helpers.h"
#include "context.h"
#include "protocol/api_error.h"
#include "store/store.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <variant>

namespace inkboard::server::accounts {

// Account creation, one way for signup, the admin route and `inkboard-server user add`.

// The fields of a signup or admin-create body: {"username", "password"[, "admin"]}.
struct Fields
{
    QString name;
    QString password;
    bool admin = false;
};
// The fields, or the 400 that refuses them; "admin" is read only when withAdmin.
std::variant<Fields, protocol::ApiError> fieldsOf(const QJsonObject &body, bool withAdmin);
// 409 exists: the name is taken.
protocol::ApiError takenError();

// The row of a new account, its password hashed with argon2id: slow on purpose, so call it
// off the event loop. The hash is empty when libsodium could not hash (out of memory).
UserRecord newAccount(const QString &name, const QString &password, bool admin);

enum class AddOutcome
{
    Added,
    Taken, // a user of that name exists
    Failed // the store failed
};
// Adds the account unless its name is taken, inside the caller's transaction.
AddOutcome addAccount(Store &store, const UserRecord &user);

// A signup or admin-create request (after its own permission check): reads its fields, then
// newAccount on a pool thread and addAccount through the store writer. Answers a refused
// body, a taken name or a store failure itself; `created` answers the call, on the event
// loop, once the account exists. `hashSlot`, when given, is held until the hash is done
// (HashQueue).
void createFromRequest(
    ServerContext &context, RouteHelpers &api, Call &c, bool withAdmin,
    std::function<void(const std::shared_ptr<Call> &, const UserRecord &)> created,
    std::shared_ptr<void> hashSlot = {});

} // namespace inkboard::server::accounts
