#include "api.h"

#include "auth.h"
#include "commit_json.h"
#include "drawing.h"
#include "fanout/redis_bus.h"
#include "logging.h"
#include "model/ids.h"
#include "model/op_codec.h"
#include "protocol/commit.h"
#include "protocol/drawing_info.h"
#include "time_format.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThreadPool>
#include <cstdio>
#include <ctime>

namespace inkboard::server {

using protocol::ApiError;
using protocol::Role;

namespace {

// PROTOCOL.md lets the server choose (at least 1,000): one round trip for 10,000 commits.
constexpr int kMaxOpsPage = 10000;

QString iso(const QDateTime &t)
{
    return protocol::toIsoUtc(t);
}

QJsonObject userJson(const UserRecord &u)
{
    return {{QStringLiteral("id"), u.id}, {QStringLiteral("name"), u.name}};
}

QJsonObject adminUserJson(const UserRecord &u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("admin"), u.admin},
            {QStringLiteral("created_at"), iso(u.createdAt)}};
}

ApiError storageError()
{
    return ApiError::unavailable(QStringLiteral("storage unavailable"));
}

std::optional<qint64> intParam(const HttpRequest &r, const QString &name, qint64 fallback, bool *ok)
{
    *ok = true;
    if (!r.query.hasQueryItem(name))
        return fallback;
    const QString text = r.query.queryItemValue(name, QUrl::FullyDecoded);
    bool parsed = false;
    const qint64 v = text.toLongLong(&parsed);
    if (!parsed || v < 0) {
        *ok = false;
        return std::nullopt;
    }
    return v;
}

// The media types a blob may have, with the first bytes that prove it.
bool blobContentMatches(const QByteArray &type, const QByteArray &data)
{
    if (type == "image/png")
        return data.startsWith("\x89PNG\r\n\x1a\n");
    if (type == "image/jpeg")
        return data.startsWith("\xff\xd8\xff");
    if (type == "image/gif")
        return data.startsWith("GIF87a") || data.startsWith("GIF89a");
    if (type == "image/webp")
        return data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP";
    return false;
}

bool isBlobType(const QByteArray &type)
{
    return type == "image/png" || type == "image/jpeg" || type == "image/gif" ||
           type == "image/webp";
}

} // namespace

Api::Api(ServerContext &context, QObject *parent) : QObject(parent), m_ctx(context)
{
    m_clock.start();
    auto add = [this](const char *method, const char *path, Handler handler, bool needsAuth) {
        m_routes.append(
            Route{method, QString::fromLatin1(path).split(QLatin1Char('/')), handler, needsAuth});
    };
    add("GET", "/api/v1/info", &Api::info, false);
    add("GET", "/api/v1/healthz", &Api::healthz, false);
    add("GET", "/healthz", &Api::healthz, false);
    // PROTOCOL.md §1: every call but login, signup, info and healthz carries a token; the
    // counters are the operator's, so an admin's. --metrics-public opens them to a scraper
    // that the network (not a token) keeps out.
    const bool metricsAuth = !m_ctx.config.metricsPublic;
    add("GET", "/api/v1/metrics", &Api::metrics, metricsAuth);
    add("GET", "/metrics", &Api::metrics, metricsAuth);
    add("POST", "/api/v1/auth/login", &Api::login, false);
    add("POST", "/api/v1/auth/signup", &Api::signup, false);
    add("POST", "/api/v1/auth/logout", &Api::logout, true);
    add("GET", "/api/v1/me", &Api::me, true);
    add("GET", "/api/v1/drawings", &Api::listDrawings, true);
    add("POST", "/api/v1/drawings", &Api::createDrawing, true);
    add("GET", "/api/v1/drawings/*", &Api::getDrawing, true);
    add("PATCH", "/api/v1/drawings/*", &Api::patchDrawing, true);
    add("DELETE", "/api/v1/drawings/*", &Api::deleteDrawing, true);
    add("GET", "/api/v1/drawings/*/members", &Api::listMembers, true);
    add("PUT", "/api/v1/drawings/*/members/*", &Api::putMember, true);
    add("DELETE", "/api/v1/drawings/*/members/*", &Api::deleteMember, true);
    add("GET", "/api/v1/drawings/*/snapshot", &Api::snapshot, true);
    add("GET", "/api/v1/drawings/*/ops", &Api::opsAfter, true);
    add("POST", "/api/v1/drawings/*/ops", &Api::postOps, true);
    add("GET", "/api/v1/drawings/*/ws", &Api::wsPlain, false);
    add("PUT", "/api/v1/blobs/*", &Api::putBlob, true);
    add("GET", "/api/v1/blobs/*", &Api::getBlob, true);
    add("GET", "/api/v1/admin/users", &Api::adminListUsers, true);
    add("POST", "/api/v1/admin/users", &Api::adminCreateUser, true);
    add("PUT", "/api/v1/admin/users/*/password", &Api::adminSetPassword, true);
    add("DELETE", "/api/v1/admin/users/*", &Api::adminDeleteUser, true);
}

qint64 Api::bodyLimit(const HttpRequest &head) const
{
    if (head.method == "PUT" && head.path.startsWith(QLatin1String("/api/v1/blobs/")))
        return m_ctx.config.limits.maxBlobBytes;
    return m_ctx.config.limits.maxBodyBytes;
}

void Api::record(const HttpRequest &request, const HttpResponse &response)
{
    m_ctx.metrics.request();
    if (response.status >= 400) {
        const QByteArray code = response.errorCode();
        m_ctx.metrics.rejected(response.status, code);
        // Every error is logged: 5xx as warnings, the client's errors as info.
        if (response.status >= 500)
            qCWarning(lcHttp).noquote() << request.peer.toString() << request.method << request.path
                                        << "->" << response.status << code;
        else
            qCInfo(lcHttp).noquote() << request.peer.toString() << request.method << request.path
                                     << "->" << response.status << code;
    } else {
        qCDebug(lcHttp).noquote() << request.peer.toString() << request.method << request.path
                                  << "->" << response.status;
    }
}

void Api::reply(Call &call, const HttpResponse &response)
{
    record(call.request, response);
    call.responder->send(response);
}

void Api::fail(Call &call, const ApiError &error)
{
    HttpResponse r = HttpResponse::error(error);
    if (error.status == 503)
        r.withHeader("Retry-After", "1");
    reply(call, r);
}

void Api::handle(HttpRequest request, ResponderPtr responder)
{
    Call call{std::move(request), std::move(responder), {}, {}};
    if (m_ctx.shuttingDown) {
        HttpResponse r =
            HttpResponse::error(ApiError::unavailable(QStringLiteral("shutting down")));
        r.withHeader("Retry-After", "2");
        r.close = true;
        return reply(call, r);
    }
    const QStringList segments = call.request.path.split(QLatin1Char('/'));
    QList<QByteArray> allowed;
    for (const Route &route : std::as_const(m_routes)) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList params;
        bool match = true;
        for (qsizetype i = 0; i < segments.size() && match; ++i) {
            if (route.segments[i] == u"*") {
                if (segments[i].isEmpty())
                    match = false;
                else
                    params.append(segments[i]);
            } else if (route.segments[i] != segments[i]) {
                match = false;
            }
        }
        if (!match)
            continue;
        if (route.method != call.request.method) {
            if (!allowed.contains(route.method))
                allowed.append(route.method);
            continue;
        }
        call.params = params;
        if (route.needsAuth) {
            ApiError error;
            auto user = authenticate(call.request, false, &error);
            if (!user)
                return fail(call, error);
            call.user = *user;
        }
        return (this->*route.handler)(call);
    }
    if (!allowed.isEmpty()) {
        HttpResponse r = HttpResponse::error(ApiError::methodNotAllowed());
        r.withHeader("Allow", allowed.join(", "));
        return reply(call, r);
    }
    fail(call, ApiError::notFound(QStringLiteral("no such endpoint")));
}

std::optional<AuthUser> Api::authenticate(const HttpRequest &request, bool allowQuery,
                                          ApiError *error)
{
    const QString token = request.bearerToken(allowQuery);
    if (token.isEmpty() || token.size() > 256) {
        *error = ApiError::unauthorized();
        return std::nullopt;
    }
    const QByteArray hash = auth::tokenHash(token);
    const qint64 now = m_clock.elapsed();
    if (auto it = m_authCache.constFind(hash);
        it != m_authCache.constEnd() && now - it->cachedAt < kCacheMs) {
        if (it->expiresAt > QDateTime::currentDateTimeUtc())
            return it->user;
        *error = ApiError::unauthorized(QStringLiteral("the token has expired"));
        return std::nullopt;
    }
    const auto record = m_ctx.store->token(hash);
    if (!record) {
        *error = m_ctx.store->lastError().isEmpty()
                     ? ApiError::unauthorized(QStringLiteral("unknown or revoked token"))
                     : storageError();
        return std::nullopt;
    }
    if (record->expiresAt <= QDateTime::currentDateTimeUtc()) {
        *error = ApiError::unauthorized(QStringLiteral("the token has expired"));
        return std::nullopt;
    }
    const auto user = m_ctx.store->userById(record->userId);
    if (!user) {
        *error = m_ctx.store->lastError().isEmpty() ? ApiError::unauthorized() : storageError();
        return std::nullopt;
    }
    const AuthUser result{user->id, user->name, user->admin, hash};
    if (m_authCache.size() > 100000)
        m_authCache.clear();
    m_authCache.insert(hash, CachedAuth{result, record->expiresAt, now});
    return result;
}

std::optional<std::optional<Role>> Api::roleOf(const QString &drawingId, const QString &userId)
{
    const QString key = drawingId + QLatin1Char('\n') + userId;
    const qint64 now = m_clock.elapsed();
    if (auto it = m_roleCache.constFind(key);
        it != m_roleCache.constEnd() && now - it->cachedAt < kCacheMs)
        return it->role;
    const auto role = m_ctx.store->role(drawingId, userId);
    if (!role)
        return std::nullopt;
    if (m_roleCache.size() > 100000)
        m_roleCache.clear();
    m_roleCache.insert(key, CachedRole{*role, now});
    return role;
}

void Api::invalidate()
{
    m_authCache.clear();
    m_roleCache.clear();
}

std::optional<QJsonObject> Api::jsonBody(Call &call)
{
    if (call.request.mediaType() != "application/json") {
        fail(call, ApiError::unsupportedMediaType(QStringLiteral("send application/json")));
        return std::nullopt;
    }
    Parsed<QJsonObject> parsed = parseJsonObject(call.request.body, m_ctx.config.limits);
    if (auto *err = errorOf(parsed)) {
        fail(call, ApiError::fromValidation(*err));
        return std::nullopt;
    }
    return std::get<QJsonObject>(std::move(parsed));
}

std::optional<Role> Api::access(Call &call, Role minimum, bool adminPasses)
{
    const QString &id = call.params.value(0);
    if (!isValidId(id)) {
        fail(call, ApiError::invalidId(QStringLiteral("a drawing id is 1-64 of [A-Za-z0-9_-]")));
        return std::nullopt;
    }
    const auto role = roleOf(id, call.user.id);
    if (!role) {
        fail(call, storageError());
        return std::nullopt;
    }
    if (!*role) {
        if (adminPasses && call.user.admin) {
            const auto exists = m_ctx.store->drawing(id);
            if (exists)
                return Role::Owner;
        }
        fail(call, ApiError::notFound(QStringLiteral("no such drawing")));
        return std::nullopt;
    }
    if (int(**role) < int(minimum) && !(adminPasses && call.user.admin)) {
        fail(call, ApiError::forbidden(minimum == Role::Owner
                                           ? QStringLiteral("only an owner may do this")
                                           : QStringLiteral("viewers cannot edit")));
        return std::nullopt;
    }
    return **role;
}

std::optional<UserRecord> Api::userParam(Call &call, int index)
{
    const QString name = call.params.value(index);
    if (!isValidUsername(name)) {
        fail(call, ApiError::notFound(QStringLiteral("no such user")));
        return std::nullopt;
    }
    auto user = m_ctx.store->userByName(name);
    if (!user) {
        fail(call, m_ctx.store->lastError().isEmpty()
                       ? ApiError::notFound(QStringLiteral("no such user"))
                       : storageError());
        return std::nullopt;
    }
    return user;
}

HttpResponse Api::drawingResponse(int status, const DrawingRecord &record, Role role)
{
    protocol::DrawingInfo info;
    info.id = record.id;
    info.title = record.title;
    info.role = role;
    info.latestRevision = record.latestRevision;
    info.snapshotRevision = record.snapshotRevision;
    if (Drawing *d = m_ctx.drawings->find(record.id)) {
        info.latestRevision = qMax(info.latestRevision, d->durableRevision());
        info.snapshotRevision = qMax(info.snapshotRevision, d->snapshotRevision());
    }
    info.createdAt = record.createdAt;
    info.updatedAt = record.updatedAt;
    return HttpResponse::json(status, info.toJson());
}

// ---- server and auth

void Api::info(Call &call)
{
    protocol::ServerInfo info;
    info.version = QStringLiteral(INKBOARD_VERSION);
    info.signup = m_ctx.config.allowSignup;
    info.limits = m_ctx.config.limits;
    QJsonObject json = info.toJson();
    QJsonObject limits = json.value(QLatin1String("limits")).toObject();
    limits.insert(QStringLiteral("max_header_bytes"), m_ctx.config.maxHeaderBytes);
    json.insert(QStringLiteral("limits"), limits);
    reply(call, HttpResponse::json(200, json));
}

void Api::healthz(Call &call)
{
    if (!m_ctx.store->ping()) {
        return fail(call,
                    ApiError::unavailable(
                        QStringLiteral("storage unavailable: %1").arg(m_ctx.store->lastError())));
    }
    if (!m_ctx.writer->healthy()) {
        // The last write failed; an empty transaction tells whether writes work again,
        // so that a recovered store shows as healthy without waiting for a real write.
        m_ctx.writer->submit([](Store &) { return true; }, {});
        return fail(call, ApiError::unavailable(QStringLiteral("storage recovering")));
    }
    reply(call, HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}}));
}

void Api::metrics(Call &call)
{
    if (!m_ctx.config.metricsPublic && !call.user.admin)
        return fail(call, ApiError::forbidden(QStringLiteral("the metrics are for admins")));
    HttpResponse r;
    r.contentType = "text/plain; version=0.0.4; charset=utf-8";
    r.body = m_ctx.metrics.render(m_ctx.httpConnections, m_ctx.hub->sessionCount(),
                                  m_ctx.drawings->size(), m_ctx.writer->queued(),
                                  m_ctx.writer->transactions());
    if (m_ctx.bus) {
        r.body += "# HELP inkboard_fanout_redis_up Whether the Redis fan-out is connected and "
                  "subscribed.\n# TYPE inkboard_fanout_redis_up gauge\ninkboard_fanout_redis_up " +
                  QByteArray(m_ctx.bus->connected() ? "1" : "0") +
                  "\n# HELP inkboard_fanout_redis_dropped_total Fan-out messages not published "
                  "(Redis down or not answering).\n# TYPE inkboard_fanout_redis_dropped_total "
                  "counter\ninkboard_fanout_redis_dropped_total " +
                  QByteArray::number(m_ctx.bus->dropped()) + '\n';
    }
    reply(call, r);
}

void Api::issueToken(std::shared_ptr<Call> call, const UserRecord &user, int status)
{
    const QString token = auth::newToken();
    const QByteArray hash = auth::tokenHash(token);
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(m_ctx.config.tokenTtlSeconds);
    const QString userId = user.id;
    m_ctx.writer->submit(
        [hash, userId, expires](Store &store) { return store.addToken(hash, userId, expires); },
        [this, call, token, expires, user, status](bool ok) {
            if (!ok)
                return fail(*call, storageError());
            reply(*call, HttpResponse::json(status, {{QStringLiteral("token"), token},
                                                     {QStringLiteral("expires_at"), iso(expires)},
                                                     {QStringLiteral("user"), userJson(user)}}));
        });
}

void Api::login(Call &c)
{
    auto body = jsonBody(c);
    if (!body)
        return;
    const QJsonValue name = body->value(QLatin1String("username"));
    const QJsonValue password = body->value(QLatin1String("password"));
    if (!name.isString() || !password.isString())
        return fail(c, ApiError::badRequest(
                           QStringLiteral("'username' and 'password' are required strings")));
    const QString username = name.toString();
    const QString pass = password.toString();
    auto call = std::make_shared<Call>(std::move(c));
    std::optional<UserRecord> user;
    if (isValidUsername(username) && protocol::isValidPassword(pass)) {
        user = m_ctx.store->userByName(username);
        if (!user && !m_ctx.store->lastError().isEmpty())
            return fail(*call, storageError());
    }
    // The hash is checked off the event loop: argon2id is slow on purpose.
    const QString hash = user ? user->passwordHash : QString();
    QThreadPool::globalInstance()->start([this, call, user, hash, pass] {
        bool ok = false;
        if (user)
            ok = auth::verifyPassword(hash, pass);
        else
            auth::burnVerification(pass);
        QMetaObject::invokeMethod(
            this,
            [this, call, user, ok] {
                if (!ok)
                    return fail(*call, ApiError::unauthorized(
                                           QStringLiteral("wrong username or password")));
                issueToken(call, *user, 200);
            },
            Qt::QueuedConnection);
    });
}

void Api::signup(Call &c)
{
    if (!m_ctx.config.allowSignup)
        return fail(c, ApiError::forbidden(QStringLiteral("this server does not allow signup")));
    auto body = jsonBody(c);
    if (!body)
        return;
    const QString username = body->value(QLatin1String("username")).toString();
    const QString pass = body->value(QLatin1String("password")).toString();
    if (!isValidUsername(username))
        return fail(c,
                    ApiError::badRequest(QStringLiteral("a username is 1-64 of [A-Za-z0-9_.-]")));
    if (!protocol::isValidPassword(pass))
        return fail(c, ApiError::badRequest(QStringLiteral("a password is 8-1024 characters")));
    auto call = std::make_shared<Call>(std::move(c));
    QThreadPool::globalInstance()->start([this, call, username, pass] {
        const QString hash = auth::hashPassword(pass);
        QMetaObject::invokeMethod(
            this,
            [this, call, username, hash] {
                UserRecord user{auth::newId(), username, hash, false,
                                QDateTime::currentDateTimeUtc()};
                auto taken = std::make_shared<bool>(false);
                m_ctx.writer->submit(
                    [user, taken](Store &store) {
                        if (store.userByName(user.name)) {
                            *taken = true;
                            return false;
                        }
                        return store.addUser(user);
                    },
                    [this, call, user, taken](bool ok) {
                        if (*taken)
                            return fail(*call, ApiError::conflict(
                                                   QStringLiteral("exists"),
                                                   QStringLiteral("that username is taken")));
                        if (!ok)
                            return fail(*call, storageError());
                        issueToken(call, user, 201);
                    });
            },
            Qt::QueuedConnection);
    });
}

void Api::logout(Call &c)
{
    auto call = std::make_shared<Call>(std::move(c));
    const QByteArray hash = call->user.tokenHash;
    m_ctx.writer->submit([hash](Store &store) { return store.removeToken(hash); },
                         [this, call, hash](bool ok) {
                             if (!ok)
                                 return fail(*call, storageError());
                             invalidate();
                             m_ctx.hub->closeToken(hash, 4401, QStringLiteral("signed out"));
                             reply(*call, HttpResponse::noContent());
                         });
}

void Api::me(Call &call)
{
    reply(call, HttpResponse::json(200, {{QStringLiteral("user"),
                                          QJsonObject{{QStringLiteral("id"), call.user.id},
                                                      {QStringLiteral("name"), call.user.name}}},
                                         {QStringLiteral("admin"), call.user.admin}}));
}

// ---- drawings

void Api::listDrawings(Call &call)
{
    const auto list = m_ctx.store->drawingsOf(call.user.id);
    if (!list)
        return fail(call, storageError());
    QJsonArray array;
    for (const auto &[record, role] : *list) {
        protocol::DrawingInfo info;
        info.id = record.id;
        info.title = record.title;
        info.role = role;
        info.latestRevision = record.latestRevision;
        if (Drawing *d = m_ctx.drawings->find(record.id))
            info.latestRevision = qMax(info.latestRevision, d->durableRevision());
        info.updatedAt = record.updatedAt;
        array.append(info.toListJson());
    }
    reply(call, HttpResponse::json(200, {{QStringLiteral("drawings"), array}}));
}

void Api::createDrawing(Call &c)
{
    auto body = jsonBody(c);
    if (!body)
        return;
    const QJsonValue title = body->value(QLatin1String("title"));
    if (!title.isString() || !protocol::isValidTitle(title.toString()))
        return fail(c, ApiError::badRequest(QStringLiteral("a title is 1-200 characters")));
    QString id;
    if (body->contains(QLatin1String("id")) && !body->value(QLatin1String("id")).isNull()) {
        const QJsonValue v = body->value(QLatin1String("id"));
        if (!v.isString() || !isValidId(v.toString()))
            return fail(
                c, ApiError::invalidId(QStringLiteral("a drawing id is 1-64 of [A-Za-z0-9_-]")));
        id = v.toString();
    } else {
        id = auth::newId();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    DrawingRecord record{id, title.toString(), now, now, 0, 0};
    auto call = std::make_shared<Call>(std::move(c));
    enum Outcome
    {
        Created,
        Existing,
        Taken
    };
    auto outcome = std::make_shared<Outcome>(Created);
    auto existing = std::make_shared<DrawingRecord>();
    const QString userId = call->user.id;
    m_ctx.writer->submit(
        [record, userId, outcome, existing](Store &store) {
            if (auto found = store.drawing(record.id)) {
                *existing = *found;
                const auto role = store.role(record.id, userId);
                *outcome = role && *role && **role == Role::Owner ? Existing : Taken;
                return true;
            }
            return store.addDrawing(record, userId);
        },
        [this, call, record, outcome, existing](bool ok) {
            if (!ok)
                return fail(*call, storageError());
            switch (*outcome) {
            case Created:
                invalidate();
                return reply(*call, drawingResponse(201, record, Role::Owner));
            case Existing:
                return reply(*call, drawingResponse(200, *existing, Role::Owner));
            case Taken:
                return fail(*call, ApiError::conflict(QStringLiteral("exists"),
                                                      QStringLiteral("that drawing id is taken")));
            }
        });
}

void Api::getDrawing(Call &call)
{
    const auto role = access(call, Role::Viewer);
    if (!role)
        return;
    const auto record = m_ctx.store->drawing(call.params[0]);
    if (!record)
        return fail(call,
                    m_ctx.store->lastError().isEmpty() ? ApiError::notFound() : storageError());
    reply(call, drawingResponse(200, *record, *role));
}

void Api::patchDrawing(Call &c)
{
    const auto role = access(c, Role::Owner);
    if (!role)
        return;
    auto body = jsonBody(c);
    if (!body)
        return;
    const QJsonValue title = body->value(QLatin1String("title"));
    if (!title.isString() || !protocol::isValidTitle(title.toString()))
        return fail(c, ApiError::badRequest(QStringLiteral("a title is 1-200 characters")));
    auto call = std::make_shared<Call>(std::move(c));
    const QString id = call->params[0];
    const QString newTitle = title.toString();
    m_ctx.writer->submit(
        [id, newTitle](Store &store) {
            return store.setTitle(id, newTitle, QDateTime::currentDateTimeUtc());
        },
        [this, call, id, role](bool ok) {
            if (!ok)
                return fail(*call, storageError());
            const auto record = m_ctx.store->drawing(id);
            if (!record)
                return fail(*call, ApiError::notFound());
            reply(*call, drawingResponse(200, *record, *role));
        });
}

void Api::deleteDrawing(Call &c)
{
    if (!access(c, Role::Owner))
        return;
    auto call = std::make_shared<Call>(std::move(c));
    const QString id = call->params[0];
    if (Drawing *d = m_ctx.drawings->find(id))
        d->markDeleted();
    m_ctx.writer->submit([id](Store &store) { return store.removeDrawing(id); },
                         [this, call, id](bool ok) {
                             m_ctx.drawings->remove(id);
                             if (!ok)
                                 return fail(*call, storageError());
                             invalidate();
                             m_ctx.hub->closeDrawing(id, 4404, QStringLiteral("drawing deleted"));
                             reply(*call, HttpResponse::noContent());
                         });
}

void Api::listMembers(Call &call)
{
    if (!access(call, Role::Viewer))
        return;
    const auto members = m_ctx.store->members(call.params[0]);
    if (!members)
        return fail(call, storageError());
    QJsonArray array;
    for (const MemberRecord &m : *members)
        array.append(protocol::Member{m.user, m.role}.toJson());
    reply(call, HttpResponse::json(200, {{QStringLiteral("members"), array}}));
}

void Api::putMember(Call &c)
{
    if (!access(c, Role::Owner, true))
        return;
    auto body = jsonBody(c);
    if (!body)
        return;
    const auto role = protocol::roleFromString(body->value(QLatin1String("role")).toString());
    if (!role)
        return fail(c, ApiError::badRequest(QStringLiteral("'role' is owner, editor or viewer")));
    const auto user = userParam(c, 1);
    if (!user)
        return;
    auto call = std::make_shared<Call>(std::move(c));
    const QString id = call->params[0];
    const QString userId = user->id;
    m_ctx.writer->submit(
        [id, userId, role](Store &store) { return store.setMember(id, userId, *role); },
        [this, call, id, user, role](bool ok) {
            if (!ok)
                return fail(*call, storageError());
            invalidate();
            m_ctx.hub->setMemberRole(id, user->id, *role);
            reply(*call, HttpResponse::json(
                             200, protocol::Member{{user->id, user->name}, *role}.toJson()));
        });
}

void Api::deleteMember(Call &c)
{
    if (!access(c, Role::Owner, true))
        return;
    const auto user = userParam(c, 1);
    if (!user)
        return;
    const QString id = c.params[0];
    const auto role = roleOf(id, user->id);
    if (!role)
        return fail(c, storageError());
    if (!*role)
        return fail(c, ApiError::notFound(QStringLiteral("not a member")));
    auto call = std::make_shared<Call>(std::move(c));
    const QString userId = user->id;
    m_ctx.writer->submit([id, userId](Store &store) { return store.removeMember(id, userId); },
                         [this, call, id, userId](bool ok) {
                             if (!ok)
                                 return fail(*call, storageError());
                             invalidate();
                             m_ctx.hub->closeMember(id, userId, 4404,
                                                    QStringLiteral("no longer a member"));
                             reply(*call, HttpResponse::noContent());
                         });
}

// ---- reading state

void Api::snapshot(Call &call)
{
    if (!access(call, Role::Viewer))
        return;
    const QString id = call.params[0];
    bool ok = true;
    const auto wanted = intParam(call.request, QStringLiteral("revision"), -1, &ok);
    if (!ok)
        return fail(call,
                    ApiError::badRequest(QStringLiteral("'revision' must be a whole number >= 0")));
    QString error;
    Drawing *d = m_ctx.drawings->fresh(id, &error);
    if (!d)
        return fail(call, storageError());
    const qint64 latest = d->durableRevision();
    const qint64 revision = *wanted < 0 ? latest : *wanted;
    if (revision > latest)
        return fail(call, ApiError::notFound(QStringLiteral("no such revision yet")));

    QByteArray objects;
    if (revision == latest) {
        objects = d->objectsJson();
    } else {
        // History: the newest snapshot at or before it, plus the commits up to it.
        const auto snap = m_ctx.store->snapshotAtOrBefore(id, revision);
        const auto first = m_ctx.store->firstStoredRevision(id);
        if (!snap || !first)
            return fail(call, storageError());
        const qint64 base = *snap ? (*snap)->revision : 0;
        if (base < revision && (*first == 0 || *first > base + 1))
            return fail(call, ApiError::gone(d->snapshotRevision()));
        Document doc;
        const Limits limits = m_ctx.config.limits;
        Limits replay = limits;
        replay.maxOpsPerCommit = replay.maxPointsPerStroke = replay.maxTextChars =
            std::numeric_limits<int>::max();
        if (*snap) {
            for (const QJsonValue &v : QJsonDocument::fromJson((*snap)->objectsJson).array()) {
                Parsed<Object> o = parseObject(v, replay);
                if (auto *object = std::get_if<Object>(&o))
                    doc.put(*object);
            }
        }
        qint64 at = base;
        while (at < revision) {
            const auto page = m_ctx.store->commits(id, at, revision, 2000);
            if (!page || page->isEmpty())
                return fail(call, ApiError::gone(d->snapshotRevision()));
            for (const CommitRecord &c : *page) {
                Parsed<OpList> ops = parseOps(QJsonDocument::fromJson(c.opsJson).array(), replay);
                if (auto *list = std::get_if<OpList>(&ops))
                    doc.apply(*list);
                at = c.revision;
            }
        }
        objects = QJsonDocument(doc.toJson()).toJson(QJsonDocument::Compact);
    }
    HttpResponse r;
    r.body = "{\"drawing_id\":\"" + id.toLatin1() +
             "\",\"revision\":" + QByteArray::number(revision) + ",\"objects\":" + objects + "}";
    reply(call, r);
}

void Api::opsAfter(Call &call)
{
    if (!access(call, Role::Viewer))
        return;
    const QString id = call.params[0];
    bool okAfter = true, okLimit = true;
    const auto after = intParam(call.request, QStringLiteral("after"), 0, &okAfter);
    const auto limit = intParam(call.request, QStringLiteral("limit"), kMaxOpsPage, &okLimit);
    if (!okAfter)
        return fail(call,
                    ApiError::badRequest(QStringLiteral("'after' must be a whole number >= 0")));
    if (!okLimit || *limit < 1)
        return fail(call,
                    ApiError::badRequest(QStringLiteral("'limit' must be a whole number >= 1")));
    const int pageSize = int(qMin<qint64>(*limit, kMaxOpsPage));

    qint64 latest = 0;
    qint64 snapshotRevision = 0;
    Drawing *d = m_ctx.drawings->find(id);
    // With a shared store another node may be ahead of this one's memory: ask the store.
    if (d && !m_ctx.config.database.shared()) {
        latest = d->durableRevision();
        snapshotRevision = d->snapshotRevision();
    } else {
        const auto record = m_ctx.store->drawing(id);
        if (!record)
            return fail(call, storageError());
        latest = record->latestRevision;
        snapshotRevision = record->snapshotRevision;
    }
    QByteArray commits = "[";
    bool hasMore = false;
    if (*after < latest) {
        const auto first = m_ctx.store->firstStoredRevision(id);
        if (!first)
            return fail(call, storageError());
        if (*first == 0 || *first > *after + 1)
            return fail(call, ApiError::gone(snapshotRevision));
        const auto page = m_ctx.store->commits(id, *after, latest, pageSize);
        if (!page)
            return fail(call, storageError());
        qsizetype size = 0;
        for (const CommitRecord &c : *page)
            size += c.opsJson.size() + 160 + c.authorName.size();
        commits.reserve(size + 2);
        bool firstItem = true;
        for (const CommitRecord &c : *page) {
            if (!firstItem)
                commits += ',';
            firstItem = false;
            commits += commitJson(c);
        }
        hasMore = !page->isEmpty() && page->last().revision < latest;
    }
    commits += ']';
    HttpResponse r;
    r.body = "{\"drawing_id\":\"" + id.toLatin1() +
             "\",\"latest_revision\":" + QByteArray::number(latest) + ",\"commits\":" + commits +
             ",\"has_more\":" + (hasMore ? "true" : "false") + '}';
    reply(call, r);
}

// ---- writing

void Api::postOps(Call &c)
{
    if (!access(c, Role::Editor))
        return;
    auto body = jsonBody(c);
    if (!body)
        return;
    Parsed<protocol::CommitRequest> parsed =
        protocol::CommitRequest::fromJson(*body, m_ctx.config.limits);
    if (auto *err = errorOf(parsed))
        return fail(c, ApiError::fromValidation(*err));
    QString error;
    Drawing *d = m_ctx.drawings->get(c.params[0], &error);
    if (!d)
        return fail(c, storageError());
    auto call = std::make_shared<Call>(std::move(c));
    d->commit(call->user, std::get<protocol::CommitRequest>(std::move(parsed)),
              [this, call](const HttpResponse &response) { reply(*call, response); });
}

void Api::wsPlain(Call &call)
{
    fail(call, ApiError::upgradeRequired());
}

std::variant<WsGrant, HttpResponse> Api::authorizeUpgrade(const HttpRequest &head)
{
    const QStringList segments = head.path.split(QLatin1Char('/'));
    // "", "api", "v1", "drawings", id, "ws"
    if (segments.size() != 6 || segments[1] != u"api" || segments[2] != u"v1" ||
        segments[3] != u"drawings" || segments[5] != u"ws" || head.method != "GET")
        return HttpResponse::error(ApiError::notFound(QStringLiteral("no WebSocket here")));
    if (m_ctx.shuttingDown)
        return HttpResponse::error(ApiError::unavailable(QStringLiteral("shutting down")))
            .withHeader("Retry-After", "2");
    const QString id = segments[4];
    if (!isValidId(id))
        return HttpResponse::error(
            ApiError::invalidId(QStringLiteral("a drawing id is 1-64 of [A-Za-z0-9_-]")));
    // What QWebSocketServer would refuse with a bare 400: refuse it here, as JSON.
    if (head.header("sec-websocket-version").trimmed() != "13")
        return HttpResponse::error(
                   ApiError::badRequest(QStringLiteral("WebSocket version 13 only")))
            .withHeader("Sec-WebSocket-Version", "13");
    if (QByteArray::fromBase64(head.header("sec-websocket-key").trimmed()).size() != 16)
        return HttpResponse::error(
            ApiError::badRequest(QStringLiteral("a Sec-WebSocket-Key is 16 bytes in base64")));
    ApiError error;
    const auto user = authenticate(head, true, &error);
    if (!user)
        return HttpResponse::error(error);
    const auto role = roleOf(id, user->id);
    if (!role)
        return HttpResponse::error(storageError());
    if (!*role)
        return HttpResponse::error(ApiError::notFound(QStringLiteral("no such drawing")));
    QString loadError;
    if (!m_ctx.drawings->get(id, &loadError))
        return HttpResponse::error(storageError());
    return WsGrant{id, *user, **role};
}

// ---- blobs

void Api::putBlob(Call &c)
{
    const QString name = c.params[0];
    if (!isValidBlobHash(name))
        return fail(c, ApiError::invalidId(QStringLiteral(
                           "a blob name is the lowercase hex SHA-256 of its bytes")));
    const QByteArray type = c.request.mediaType();
    if (!isBlobType(type))
        return fail(c, ApiError::unsupportedMediaType(
                           QStringLiteral("send image/png, image/jpeg, image/webp or image/gif")));
    if (c.request.body.size() > m_ctx.config.limits.maxBlobBytes)
        return fail(
            c,
            ApiError::tooLarge(
                QStringLiteral("the blob is over %1 bytes").arg(m_ctx.config.limits.maxBlobBytes)));
    const QByteArray digest =
        QCryptographicHash::hash(c.request.body, QCryptographicHash::Sha256).toHex();
    if (digest != name.toLatin1())
        return fail(c, ApiError::hashMismatch());
    if (!blobContentMatches(type, c.request.body))
        return fail(
            c, ApiError::unsupportedMediaType(
                   QStringLiteral("the bytes are not a %1 image").arg(QString::fromLatin1(type))));
    const QJsonObject entry{{QStringLiteral("sha256"), name},
                            {QStringLiteral("size"), c.request.body.size()},
                            {QStringLiteral("content_type"), QString::fromLatin1(type)}};
    const auto exists = m_ctx.store->hasBlob(name);
    if (!exists)
        return fail(c, storageError());
    if (*exists)
        return reply(c, HttpResponse::json(200, entry));
    auto call = std::make_shared<Call>(std::move(c));
    BlobRecord blob{QString::fromLatin1(type), call->request.body};
    call->request.body.clear();
    m_ctx.writer->submit(
        [name, blob = std::move(blob)](Store &store) {
            if (auto has = store.hasBlob(name); has && *has)
                return true; // uploaded concurrently: the same bytes
            return store.addBlob(name, blob);
        },
        [this, call, entry](bool ok) {
            if (!ok)
                return fail(*call, storageError());
            reply(*call, HttpResponse::json(201, entry));
        });
}

void Api::getBlob(Call &call)
{
    const QString name = call.params[0];
    if (!isValidBlobHash(name))
        return fail(call, ApiError::invalidId(QStringLiteral(
                              "a blob name is the lowercase hex SHA-256 of its bytes")));
    const auto blob = m_ctx.store->blob(name);
    if (!blob)
        return fail(call, storageError());
    if (!*blob)
        return fail(call, ApiError::notFound(QStringLiteral("no such blob")));
    HttpResponse r;
    r.contentType = (*blob)->contentType.toLatin1();
    r.body = (*blob)->data;
    r.withHeader("Cache-Control", "public, max-age=31536000, immutable");
    r.withHeader("ETag", '"' + name.toLatin1() + '"');
    reply(call, r);
}

// ---- administration

void Api::adminListUsers(Call &call)
{
    if (!call.user.admin)
        return fail(call, ApiError::forbidden(QStringLiteral("administrators only")));
    const auto users = m_ctx.store->users();
    if (!users)
        return fail(call, storageError());
    QJsonArray array;
    for (const UserRecord &u : *users)
        array.append(adminUserJson(u));
    reply(call, HttpResponse::json(200, {{QStringLiteral("users"), array}}));
}

void Api::adminCreateUser(Call &c)
{
    if (!c.user.admin)
        return fail(c, ApiError::forbidden(QStringLiteral("administrators only")));
    auto body = jsonBody(c);
    if (!body)
        return;
    const QJsonValue name = body->value(QLatin1String("username"));
    const QJsonValue password = body->value(QLatin1String("password"));
    const QJsonValue admin = body->value(QLatin1String("admin"));
    if (!name.isString() || !isValidUsername(name.toString()))
        return fail(c,
                    ApiError::badRequest(QStringLiteral("a username is 1-64 of [A-Za-z0-9_.-]")));
    if (!password.isString() || !protocol::isValidPassword(password.toString()))
        return fail(c, ApiError::badRequest(QStringLiteral("a password is 8-1024 characters")));
    if (!admin.isUndefined() && !admin.isNull() && !admin.isBool())
        return fail(c, ApiError::badRequest(QStringLiteral("'admin' must be a boolean")));
    auto call = std::make_shared<Call>(std::move(c));
    const QString username = name.toString();
    const QString pass = password.toString();
    const bool isAdmin = admin.toBool(false);
    QThreadPool::globalInstance()->start([this, call, username, pass, isAdmin] {
        const QString hash = auth::hashPassword(pass);
        QMetaObject::invokeMethod(
            this,
            [this, call, username, hash, isAdmin] {
                UserRecord user{auth::newId(), username, hash, isAdmin,
                                QDateTime::currentDateTimeUtc()};
                auto taken = std::make_shared<bool>(false);
                m_ctx.writer->submit(
                    [user, taken](Store &store) {
                        if (store.userByName(user.name)) {
                            *taken = true;
                            return false;
                        }
                        return store.addUser(user);
                    },
                    [this, call, user, taken](bool ok) {
                        if (*taken)
                            return fail(*call, ApiError::conflict(
                                                   QStringLiteral("exists"),
                                                   QStringLiteral("that username is taken")));
                        if (!ok)
                            return fail(*call, storageError());
                        reply(*call, HttpResponse::json(201, adminUserJson(user)));
                    });
            },
            Qt::QueuedConnection);
    });
}

void Api::adminSetPassword(Call &c)
{
    if (!c.user.admin)
        return fail(c, ApiError::forbidden(QStringLiteral("administrators only")));
    const auto user = userParam(c, 0);
    if (!user)
        return;
    auto body = jsonBody(c);
    if (!body)
        return;
    const QJsonValue password = body->value(QLatin1String("password"));
    if (!password.isString() || !protocol::isValidPassword(password.toString()))
        return fail(c, ApiError::badRequest(QStringLiteral("a password is 8-1024 characters")));
    auto call = std::make_shared<Call>(std::move(c));
    const QString pass = password.toString();
    const QString userId = user->id;
    QThreadPool::globalInstance()->start([this, call, userId, pass] {
        const QString hash = auth::hashPassword(pass);
        QMetaObject::invokeMethod(
            this,
            [this, call, userId, hash] {
                m_ctx.writer->submit(
                    [userId, hash](Store &store) {
                        return store.setPassword(userId, hash) && store.removeTokensOf(userId);
                    },
                    [this, call, userId](bool ok) {
                        if (!ok)
                            return fail(*call, storageError());
                        invalidate();
                        m_ctx.hub->closeUser(userId, 4401, QStringLiteral("password changed"));
                        reply(*call, HttpResponse::noContent());
                    });
            },
            Qt::QueuedConnection);
    });
}

void Api::adminDeleteUser(Call &c)
{
    if (!c.user.admin)
        return fail(c, ApiError::forbidden(QStringLiteral("administrators only")));
    const auto user = userParam(c, 0);
    if (!user)
        return;
    auto call = std::make_shared<Call>(std::move(c));
    const QString userId = user->id;
    m_ctx.writer->submit([userId](Store &store) { return store.removeUser(userId); },
                         [this, call, userId](bool ok) {
                             if (!ok)
                                 return fail(*call, storageError());
                             invalidate();
                             m_ctx.hub->closeUser(userId, 4401, QStringLiteral("account removed"));
                             reply(*call, HttpResponse::noContent());
                         });
}

} // namespace inkboard::server
