// SPDX-License-Identifier: Apache-2.0
#include "accounts.h"

#include "auth.h"
#include "model/ids.h"
#include "protocol/drawing_info.h"

#include <QThreadPool>
#include <memory>

namespace inkboard::server::accounts {

std::variant<Fields, protocol::ApiError> fieldsOf(const QJsonObject &body, bool withAdmin)
{
    using protocol::ApiError;
    const QJsonValue name = body.value(QLatin1String("username"));
    const QJsonValue password = body.value(QLatin1String("password"));
    if (!name.isString() || !isValidUsername(name.toString()))
        return ApiError::badRequest(QStringLiteral("a username is 1-64 of [A-Za-z0-9_.-]"));
    if (!password.isString() || !protocol::isValidPassword(password.toString()))
        return ApiError::badRequest(QStringLiteral("a password is 8-1024 characters"));
    Fields fields{name.toString(), password.toString(), false};
    if (withAdmin) {
        const QJsonValue admin = body.value(QLatin1String("admin"));
        if (!admin.isUndefined() && !admin.isNull() && !admin.isBool())
            return ApiError::badRequest(QStringLiteral("'admin' must be a boolean"));
        fields.admin = admin.toBool(false);
    }
    return fields;
}

protocol::ApiError takenError()
{
    return protocol::ApiError::conflict(QStringLiteral("exists"),
                                        QStringLiteral("that username is taken"));
}

UserRecord newAccount(const QString &name, const QString &password, bool admin)
{
    const QString hash = auth::hashPassword(password);
    return UserRecord{auth::newId(), name, hash, admin, QDateTime::currentDateTimeUtc()};
}

AddOutcome addAccount(Store &store, const UserRecord &user)
{
    if (store.userByName(user.name))
        return AddOutcome::Taken;
    return store.addUser(user) ? AddOutcome::Added : AddOutcome::Failed;
}

void createFromRequest(
    ServerContext &context, RouteHelpers &api, Call &c, bool withAdmin,
    std::function<void(const std::shared_ptr<Call> &, const UserRecord &)> created,
    std::shared_ptr<void> hashSlot)
{
    auto body = api.jsonBody(c);
    if (!body)
        return;
    const auto fields = fieldsOf(*body, withAdmin);
    if (const auto *error = std::get_if<protocol::ApiError>(&fields))
        return api.fail(c, *error);
    const Fields account = std::get<Fields>(fields);
    auto call = std::make_shared<Call>(std::move(c));
    QObject *loop = api.loop();
    QThreadPool::globalInstance()->start(
        [&context, &api, loop, account, call, created, hashSlot]() mutable {
            const UserRecord user = newAccount(account.name, account.password, account.admin);
            hashSlot.reset();
            QMetaObject::invokeMethod(
                loop,
                [&context, &api, user, call, created] {
                    auto outcome = std::make_shared<AddOutcome>(AddOutcome::Failed);
                    context.writer->submit(
                        [user, outcome](Store &store) {
                            *outcome = addAccount(store, user);
                            return *outcome == AddOutcome::Added;
                        },
                        [&api, user, outcome, call, created](bool ok) {
                            if (ok)
                                return created(call, user);
                            api.fail(*call,
                                     *outcome == AddOutcome::Taken ? takenError() : storageError());
                        });
                },
                Qt::QueuedConnection);
        });
}

} // namespace inkboard::server::accounts
