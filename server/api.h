#pragma once

#include "context.h"
#include "http/http_types.h"
#include "push_hub.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <variant>

namespace inkboard::server {

// The REST API of PROTOCOL.md §4: routes requests, checks auth and roles, and translates
// between HTTP and the pipeline. Every error is the JSON of §1.
class Api : public QObject
{
    Q_OBJECT
public:
    explicit Api(ServerContext &context, QObject *parent = nullptr);

    void handle(HttpRequest request, ResponderPtr responder);
    qint64 bodyLimit(const HttpRequest &head) const;
    // Checks a WebSocket upgrade before it is answered: a grant, or the HTTP error.
    std::variant<WsGrant, HttpResponse> authorizeUpgrade(const HttpRequest &head);
    // Bookkeeping for every answer (metrics, logs), also those the HTTP layer gives itself.
    void record(const HttpRequest &request, const HttpResponse &response);
    // Tokens and roles are remembered for kCacheMs, so that a busy client costs no store
    // reads for them; every change made through this server, or told by another node over
    // Redis, forgets them at once; changes made by the `user` commands of another process
    // apply within kCacheMs.
    void invalidate();

    struct Call
    {
        HttpRequest request;
        ResponderPtr responder;
        QStringList params;
        AuthUser user;
    };
    using Handler = void (Api::*)(Call &);

private:
    struct Route
    {
        QByteArray method;
        QStringList segments; // "*" matches one segment
        Handler handler;
        bool needsAuth;
    };

    void reply(Call &call, const HttpResponse &response);
    void fail(Call &call, const protocol::ApiError &error);
    std::optional<AuthUser> authenticate(const HttpRequest &request, bool allowQuery,
                                         protocol::ApiError *error);
    std::optional<QJsonObject> jsonBody(Call &call);
    // The caller's role on drawing params[0], answering the error itself when it is below
    // `minimum` (non-members: 404). Admins pass as owners when adminPasses.
    std::optional<protocol::Role> access(Call &call, protocol::Role minimum,
                                         bool adminPasses = false);
    std::optional<UserRecord> userParam(Call &call, int index);
    HttpResponse drawingResponse(int status, const DrawingRecord &record, protocol::Role role);

    void info(Call &);
    void healthz(Call &);
    void metrics(Call &);
    void login(Call &);
    void signup(Call &);
    void logout(Call &);
    void me(Call &);
    void listDrawings(Call &);
    void createDrawing(Call &);
    void getDrawing(Call &);
    void patchDrawing(Call &);
    void deleteDrawing(Call &);
    void listMembers(Call &);
    void putMember(Call &);
    void deleteMember(Call &);
    void snapshot(Call &);
    void opsAfter(Call &);
    void postOps(Call &);
    void wsPlain(Call &);
    void putBlob(Call &);
    void getBlob(Call &);
    void adminListUsers(Call &);
    void adminCreateUser(Call &);
    void adminSetPassword(Call &);
    void adminDeleteUser(Call &);

    void issueToken(std::shared_ptr<Call> call, const UserRecord &user, int status);

    // A role from the store, remembered for a moment (see invalidate()).
    std::optional<std::optional<protocol::Role>> roleOf(const QString &drawingId,
                                                        const QString &userId);

    static constexpr qint64 kCacheMs = 1000;
    struct CachedAuth
    {
        AuthUser user;
        QDateTime expiresAt;
        qint64 cachedAt;
    };
    struct CachedRole
    {
        std::optional<protocol::Role> role;
        qint64 cachedAt;
    };

    ServerContext &m_ctx;
    QList<Route> m_routes;
    QElapsedTimer m_clock;
    QHash<QByteArray, CachedAuth> m_authCache;
    QHash<QString, CachedRole> m_roleCache;
};

} // namespace inkboard::server
