#pragma once

#include "emulator/http/http_request.h"
#include "emulator/http/http_response.h"

namespace hilal::emulator {

class LocalOrg;

// The test controls under /__admin/ (loopback clients only; others get 403):
//   POST /__admin/expire-access-tokens    every access token stops working (→ 401, refresh)
//   POST /__admin/revoke-refresh-tokens   every refresh token (and its sessions) is revoked
//   POST /__admin/faults                  {"latencyMs","failRate","failStatus","dropRate",
//                                          "limitExceeded"}; {} clears. GET shows the current ones
//   GET  /__admin/requests                [{"method","path","status"}, …] since start/reset
//   POST /__admin/reset-requests
// They are the HTTP face of LocalOrg's control methods, and are themselves never logged,
// delayed or failed.
class AdminRoutes
{
public:
    explicit AdminRoutes(LocalOrg *org);

    HttpResponse handle(const HttpRequest &request, const QString &path);

private:
    HttpResponse faults(const HttpRequest &request);

    LocalOrg *m_org;
};

} // namespace hilal::emulator
