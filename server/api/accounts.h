#pragma once

#include "context.h"
#include "protocol/api_error.h"
#include "store/store.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>
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

// newAccount on a pool thread, then addAccount through the store writer; `done` runs on
// `loop`'s thread with the outcome and the row.
void createAccount(ServerContext &context, QObject *loop, const QString &name,
                   const QString &password, bool admin,
                   std::function<void(AddOutcome, const UserRecord &)> done);

} // namespace inkboard::server::accounts
