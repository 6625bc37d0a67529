#include "emulator/local_org.h"

#include "emulator/http/admin_routes.h"
#include "emulator/http/fault_injector.h"
#include "emulator/http/http_server.h"
#include "emulator/http/tls_setup.h"
#include "emulator/logging.h"
#include "emulator/oauth/oauth_server.h"
#include "emulator/oauth/soap_routes.h"
#include "emulator/oauth/token_registry.h"
#include "emulator/rest/rest_routes.h"
#include "emulator/store/org_store.h"

#include "core/http_guard.h"

#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

namespace hilal::emulator {

namespace {

// URI plus headers: 16,384 bytes, as Salesforce documents (431 beyond). Bodies: 50 MiB, ours,
// far above any JSON the REST API carries here. Idle connections: closed after idleTimeoutMs.
HttpGuard::Limits httpLimits(const LocalOrgOptions &options)
{
    HttpGuard::Limits limits;
    limits.maxHeaderBytes = 16 * 1024;
    limits.maxBodyBytes = 50 * 1024 * 1024;
    limits.idleTimeoutMs = options.idleTimeoutMs;
    // Salesforce reads chunked request bodies, and Node's fetch (the `sf` CLI's token exchange)
    // sends its form that way (docs/security.md).
    limits.acceptChunked = true;
    return limits;
}

} // namespace

namespace {

// Paths are matched without trailing slashes: `/query/`, `/sobjects/Lead/` are what stock
// clients send (docs/rest-api.md).
QString normalizedPath(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

LocalOrg::LocalOrg(LocalOrgOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_tokens(std::make_unique<TokenRegistry>())
    , m_faults(std::make_unique<FaultInjector>(m_options.seed))
{
    m_faults->set(m_options.faults);
}

LocalOrg::~LocalOrg()
{
    stop();
}

bool LocalOrg::start(QString *error)
{
    QString problem;
    auto fail = [&](const QString &message) {
        if (error) // the caller reports it (the CLI prints it; a test shows it)
            *error = message;
        return false;
    };
    if (m_server)
        return fail(QStringLiteral("The local org is already running at %1.").arg(m_url.toString()));

    m_store = std::make_unique<OrgStore>();
    m_store->setCustomFields(m_options.customFields);
    m_store->setDuplicateRule(m_options.duplicateRule);
    if (!m_store->open(m_options.dbFile, &problem))
        return fail(problem);
    if (!m_store->isSeeded()) {
        SeedOptions seed;
        seed.seed = m_options.seed;
        seed.opportunities = m_options.records;
        seed.sandbox = m_options.sandbox;
        seed.orgName = QString(demo::kOrgName);
        seed.username = m_options.username;
        seed.password = m_options.password;
        if (!m_store->seed(seed, &problem))
            return fail(problem);
    }
    m_orgId = m_store->organization().id;
    m_tokens->setOrgId15(m_orgId.left(15));
    if (!m_options.dbFile.isEmpty()) // a kept org keeps its sessions too (hashed, never the tokens)
        m_tokens->setPersistenceFile(m_options.dbFile + QStringLiteral(".tokens.json"));

    OrgStore *store = m_store.get();
    OAuthServer::Directory directory;
    directory.orgId18 = m_orgId;
    directory.userById = [store](const QString &id) { return store->userById(id); };
    directory.userByUsername = [store](const QString &username) { return store->userByUsername(username); };
    directory.authenticate
        = [store](const QString &username, const QString &password) { return store->authenticate(username, password); };
    m_oauth = std::make_unique<OAuthServer>(m_options, m_tokens.get(), directory);
    m_rest = std::make_unique<RestRoutes>(store, m_tokens.get(), m_faults.get());
    m_rest->setOrgId(m_orgId);
    m_admin = std::make_unique<AdminRoutes>(this);
    m_soap = std::make_unique<SoapRoutes>(store, m_tokens.get());

    // Our own QTcpServer, so a failed listen can say why (QAbstractHttpServer::listen can't),
    // bind() works on every Qt 6, and requests past the limits are refused before they are read
    // (docs/security.md). With --tls it encrypts as QSslServer would.
    auto *tcp = new HttpGuard(
        httpLimits(m_options),
        [](int status, const QString &message) {
            const QString code
                = status == 411 ? QStringLiteral("LENGTH_REQUIRED") : QStringLiteral("REQUEST_TOO_LARGE");
            return HttpResponse::restError(status, code, message).body;
        },
        this);
    if (m_options.tls) {
        QSslConfiguration ssl;
        if (!tlsConfiguration(&ssl, &problem)) {
            delete tcp;
            return fail(problem);
        }
        tcp->setSslConfiguration(ssl);
    }
    if (!tcp->listen(m_options.host, m_options.port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        return fail(QStringLiteral("Could not listen on %1:%2: %3. Pick another --port (0 = any free port).")
                        .arg(m_options.host.toString())
                        .arg(m_options.port)
                        .arg(reason));
    }
    m_server
        = new HttpServer([this](const HttpRequest &request) { return route(request); }, m_faults.get(), &m_log, this);
    m_server->bind(tcp);

    QHostAddress shown = m_options.host;
    if (shown == QHostAddress::Any || shown == QHostAddress::AnyIPv4 || shown == QHostAddress::LocalHost)
        shown = QHostAddress(QHostAddress::LocalHost);
    m_url.setScheme(m_options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    m_url.setHost(shown.toString());
    m_url.setPort(tcp->serverPort());
    m_oauth->setBaseUrl(m_url);
    m_rest->setBaseUrl(m_url);
    m_soap->setBaseUrl(m_url);
    qCDebug(lcEmulator).noquote() << "local org" << m_orgId << "listening on" << m_url.toString();
    return true;
}

bool LocalOrg::tlsConfiguration(QSslConfiguration *configuration, QString *error)
{
    if (m_options.certFile.isEmpty() != m_options.keyFile.isEmpty()) {
        *error = QStringLiteral("Give --cert and --key together (PEM files).");
        return false;
    }
    if (!m_options.certFile.isEmpty())
        return TlsSetup::serverConfiguration(m_options.certFile, m_options.keyFile, configuration, error);
    QString dir = m_options.tlsDir;
    if (dir.isEmpty()) {
        dir = m_options.dbFile.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                + QStringLiteral("/hilal-sf/local-org-tls")
                                         : m_options.dbFile + QStringLiteral(".tls");
    }
    TlsSetup::Files files;
    if (!TlsSetup::ensure(dir, &files, error))
        return false;
    m_caFile = files.caCertificate;
    return TlsSetup::serverConfiguration(files.certificate, files.privateKey, configuration, error);
}

void LocalOrg::stop()
{
    if (!m_server)
        return;
    // Closing the listener first; the server's sockets go with it.
    delete m_server;
    m_server = nullptr;
}

bool LocalOrg::isListening() const
{
    return m_server != nullptr;
}

QUrl LocalOrg::url() const
{
    return m_url;
}

QString LocalOrg::organizationId() const
{
    return m_orgId;
}

OrgStore *LocalOrg::store() const
{
    return m_store.get();
}

void LocalOrg::expireAccessTokens()
{
    m_tokens->expireAccessTokens();
}

void LocalOrg::revokeRefreshTokens()
{
    m_tokens->revokeRefreshTokens();
}

void LocalOrg::setFaults(const Faults &faults)
{
    m_faults->set(faults);
}

Faults LocalOrg::faults() const
{
    return m_faults->current();
}

QVector<RequestLogEntry> LocalOrg::requests() const
{
    return m_log.entries();
}

void LocalOrg::resetRequests()
{
    m_log.clear();
}

HttpResponse LocalOrg::route(const HttpRequest &request)
{
    const QString path = normalizedPath(request.path);
    if (HttpServer::isControlPath(path))
        return m_admin->handle(request, path);
    if (std::optional<HttpResponse> response = m_oauth->handle(request, path))
        return *response;
    if (std::optional<HttpResponse> response = m_rest->handle(request, path))
        return *response;
    if (std::optional<HttpResponse> response = m_soap->handle(request, path))
        return *response;
    return HttpResponse::restError(404, QStringLiteral("NOT_FOUND"),
                                   QStringLiteral("The requested resource does not exist"));
}

} // namespace hilal::emulator
