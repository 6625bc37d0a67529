#pragma once

#include "emulator/http/faults.h"
#include "emulator/http/request_log.h"
#include "emulator/local_org_options.h"

#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>

namespace hilal::emulator {

class AdminRoutes;
class FaultInjector;
class HttpServer;
class OAuthServer;
class OrgStore;
class RestRoutes;
class SoapRoutes;
class TokenRegistry;
struct HttpRequest;
struct HttpResponse;

// A Salesforce org on loopback: OAuth (login and consent pages, tokens, identity), the REST data
// API over the OrgStore, and the /__admin/ test controls, all on one host:port that is both the
// login host and the instance URL (docs/oauth.md).
//
//   LocalOrg org;                       // the demo org (demo_defaults.h)
//   if (!org.start(&error)) …           // seeds, then listens; url() is valid afterwards
//   org.url();                          // http://127.0.0.1:PORT
//
// Threading: the org lives in the thread that calls start(); requests are served by that
// thread's event loop, and store() may be used only there. The control methods
// (expireAccessTokens … resetRequests) are thread-safe. LocalOrgThread runs one on its own thread.
class LocalOrg : public QObject
{
    Q_OBJECT

public:
    explicit LocalOrg(LocalOrgOptions options = {}, QObject *parent = nullptr);
    ~LocalOrg() override;

    // Opens and (unless the --db file already holds an org) seeds the store, then listens.
    // On failure returns false with a sentence in *error (e.g. the port is taken).
    bool start(QString *error = nullptr);
    // Stops listening and closes open connections; the data stays until destruction.
    void stop();
    bool isListening() const;

    QUrl url() const; // http(s)://HOST:PORT, HOST 127.0.0.1 unless options said otherwise
    // With TLS and a made certificate: the PEM file of the CA that signed it (for clients to
    // trust); empty otherwise.
    QString caCertificateFile() const { return m_caFile; }
    const LocalOrgOptions &options() const { return m_options; }
    QString organizationId() const; // 18 chars, valid after start()
    OrgStore *store() const; // the org's data; only from the org's thread

    // --- test controls (same as the /__admin/ routes; thread-safe) ---------------------------
    void expireAccessTokens();
    void revokeRefreshTokens();
    void setFaults(const Faults &faults);
    Faults faults() const;
    QVector<RequestLogEntry> requests() const; // {method, path, status}, API routes only
    void resetRequests();

private:
    HttpResponse route(const HttpRequest &request);
    bool tlsConfiguration(QSslConfiguration *configuration, QString *error);

    LocalOrgOptions m_options;
    std::unique_ptr<OrgStore> m_store;
    std::unique_ptr<TokenRegistry> m_tokens;
    std::unique_ptr<FaultInjector> m_faults;
    RequestLog m_log;
    std::unique_ptr<OAuthServer> m_oauth;
    std::unique_ptr<RestRoutes> m_rest;
    std::unique_ptr<AdminRoutes> m_admin;
    std::unique_ptr<SoapRoutes> m_soap;
    HttpServer *m_server = nullptr; // child
    QUrl m_url;
    QString m_orgId;
    QString m_caFile;
};

} // namespace hilal::emulator
