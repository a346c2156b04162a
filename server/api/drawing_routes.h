// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/route_helpers.h"
#include "api/router.h"

namespace inkboard::server {

// /drawings and /drawings/{id}/members: the drawings a user has, their titles and who may
// see or edit them.
class DrawingRoutes
{
public:
    explicit DrawingRoutes(RouteHelpers &helpers);
    void addTo(Router &router);

private:
    void listDrawings(Call &);
    void createDrawing(Call &);
    void getDrawing(Call &);
    void patchDrawing(Call &);
    void deleteDrawing(Call &);
    void listMembers(Call &);
    void putMember(Call &);
    void deleteMember(Call &);

    // GET /drawings/{id}'s body; revisions are this node's when it is ahead of the record.
    HttpResponse drawingResponse(int status, const DrawingRecord &record, protocol::Role role);

    RouteHelpers &m_api;
    ServerContext &m_ctx;
};

} // namespace inkboard::server
