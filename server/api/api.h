// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/account_routes.h"
#include "api/auth_routes.h"
#include "api/authenticator.h"
#include "api/bin_routes.h"
#include "api/blob_routes.h"
#include "api/comment_routes.h"
#include "api/drawing_routes.h"
#include "api/history_routes.h"
#include "api/link_routes.h"
#include "api/route_helpers.h"
#include "api/router.h"
#include "api/status_routes.h"
#include "bin_sweeper.h"
#include "context.h"
#include "http/http_types.h"
#include "push_hub.h"

#include <QObject>
#include <variant>

namespace inkboard::server {

// The REST API of PROTOCOL.md §4: one router over the route modules, the token check of
// routes that need one, and the check of WebSocket upgrades. The modules translate between
// HTTP and the rest of the server; every error is the JSON of §1.
class Api : public QObject
{
    Q_OBJECT
public:
    explicit Api(ServerContext &context, QObject *parent = nullptr);

    void handle(HttpRequest request, ResponderPtr responder);
    // What handle() decides from the head alone (shutdown, route, token): the refusal, so
    // that the HTTP layer can answer it before reading a body; nullopt to go on.
    std::optional<HttpResponse> refusal(const HttpRequest &head);
    qint64 bodyLimit(const HttpRequest &head) const;
    // Checks a WebSocket upgrade before it is answered: a grant, or the HTTP error.
    std::variant<WsGrant, HttpResponse> authorizeUpgrade(const HttpRequest &head);
    // Bookkeeping for every answer (metrics, logs), also those the HTTP layer gives itself.
    void record(const HttpRequest &request, const HttpResponse &response);
    // Forgets cached tokens and roles (see Authenticator).
    void invalidate();

private:
    struct Admission
    {
        std::optional<HttpResponse> refusal;
        const Router::Route *route = nullptr;
        QStringList params;
        AuthUser user;
    };
    Admission admit(const HttpRequest &head);

    ServerContext &m_ctx;
    Authenticator m_auth;
    RouteHelpers m_helpers;
    Router m_router;
    StatusRoutes m_status;
    AuthRoutes m_authRoutes;
    DrawingRoutes m_drawings;
    BinRoutes m_bin;
    HistoryRoutes m_history;
    BlobRoutes m_blobs;
    BinSweeper m_binSweeper;
    CommentRoutes m_comments;
    AccountRoutes m_accounts;
    LinkRoutes m_links;
};

} // namespace inkboard::server
