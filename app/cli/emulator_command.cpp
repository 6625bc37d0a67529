#include "emulator_command.h"

#include "cli_context.h"
#include "command_examples.h"

#include "emulator/local_org.h"
#include "emulator/seed/demo_defaults.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace hilal::cli {

namespace {

// SIGINT/SIGTERM → one byte down a socket pair → a QSocketNotifier in the event loop → quit.
// The handler itself does only what is async-signal-safe (write).
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalFds[0], &byte, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

bool readRate(const QString &text, double *rate)
{
    bool ok = false;
    *rate = text.toDouble(&ok);
    return ok && *rate >= 0.0 && *rate <= 1.0;
}

} // namespace

int EmulatorCommand::run(const QStringList &args, CliContext &context)
{
    using emulator::LocalOrgOptions;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs a local Salesforce org: the OAuth login and consent pages, the token, revoke,\n"
                       "userinfo and identity endpoints, and the REST data API, over loopback HTTP and SQLite.\n"
                       "Prints `listening on http://HOST:PORT` when ready; stop it with Ctrl+C or SIGTERM.\n"
                       "Demo login: %1 (its password is in src/emulator/demo_defaults.h), client id %2\n"
                       "(public, PKCE), redirect URI %3. Test controls: /__admin/ (loopback clients only).")
            .arg(QString(emulator::demo::kUsername), QString(emulator::demo::kClientId),
                 QString(emulator::demo::kRedirectUri)));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption host(
        QStringLiteral("host"),
        QStringLiteral("Address to listen on (default 127.0.0.1; loopback only unless you say otherwise)."),
        QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (default 0 = any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption records(
        QStringLiteral("records"),
        QStringLiteral("Opportunities to seed, with their Accounts, Contacts and Leads (default 10000)."),
        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the generated data (default 42)."),
                                  QStringLiteral("S"), QStringLiteral("42"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Keep the org in this SQLite file across runs (default: in memory)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QStringLiteral("Play a sandbox (Organization.IsSandbox = true)."));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      QStringLiteral("Connected App consumer key (default PlatformCLI)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption clientSecret(
        QStringLiteral("client-secret"),
        QStringLiteral("Consumer secret; then every token call must present it (default: none, public client)."),
        QStringLiteral("SECRET"));
    const QCommandLineOption redirectUri(
        QStringLiteral("redirect-uri"),
        QStringLiteral("An allowed callback URL (repeatable; default http://localhost:1717/OauthRedirect)."),
        QStringLiteral("URI"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QStringLiteral("Username of the login user (with --password)."),
                                  QStringLiteral("USERNAME"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      QStringLiteral("Password of the login user (with --user)."),
                                      QStringLiteral("PASSWORD"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Delay every answer by N ms."),
                                     QStringLiteral("N"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      QStringLiteral("Answer this share (0..1) of requests with HTTP 500."),
                                      QStringLiteral("R"));
    const QCommandLineOption dropAfterCommitRate(
        QStringLiteral("drop-after-commit-rate"),
        QStringLiteral("Carry out this share (0..1) of writes, then close the connection without an answer."),
        QStringLiteral("R"));
    const QCommandLineOption autoApprove(
        QStringLiteral("auto-approve"),
        QStringLiteral("Skip the login and consent pages: authorize redirects at once with a code."));
    const QCommandLineOption tls(QStringLiteral("tls"),
                                 QStringLiteral("Serve HTTPS with a certificate for localhost/127.0.0.1 signed by a "
                                                "local CA (prints `ca: PATH` to trust)."));
    const QCommandLineOption tlsDir(QStringLiteral("tls-dir"),
                                    QStringLiteral("Where --tls keeps its CA and certificate, reused across runs "
                                                   "(default: FILE.tls next to --db, else the user's data folder)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption cert(QStringLiteral("cert"),
                                  QStringLiteral("Serve HTTPS with this PEM certificate (chain) instead (with --key)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("The PEM private key of --cert."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption requirePkce(QStringLiteral("require-pkce"),
                                         QStringLiteral("The client refuses authorize requests without a PKCE "
                                                        "code_challenge (the Connected App's \"Require PKCE\")."));
    const QCommandLineOption customFields(
        QStringLiteral("custom-fields"),
        QStringLiteral(
            "Add the custom fields of this JSON file (sObject → list of fields; see docs/custom-fields.md)."),
        QStringLiteral("FILE"));
    const QCommandLineOption duplicateRule(
        QStringLiteral("duplicate-rule"),
        QStringLiteral(
            "The Lead duplicate rule (same Email, or same LastName + Company): off, alert or block (default off)."),
        QStringLiteral("MODE"), QStringLiteral("off"));
    parser.addOptions({help,         host,        port, records,     seed,         db,           sandbox,     clientId,
                       clientSecret, redirectUri, user, password,    latency,      failRate,     autoApprove, tls,
                       tlsDir,       cert,        key,  requirePkce, customFields, duplicateRule});
    parser.addOption(dropAfterCommitRate);

    if (!parser.parse(QStringList {QStringLiteral("hilal-sf emulator")} + args))
        return context.fail(parser.errorText() + QStringLiteral(" (see `hilal-sf emulator --help`)"), ExitUsage);
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(0, text.indexOf(QLatin1Char('\n')), QStringLiteral("Usage: hilal-sf emulator [options]"));
        context.out() << text << examplesSection(name()) << Qt::flush;
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return context.fail(QStringLiteral("emulator takes no arguments, only options; got '%1'.")
                                .arg(parser.positionalArguments().join(QLatin1Char(' '))),
                            ExitUsage);

    LocalOrgOptions options;
    if (!options.host.setAddress(parser.value(host)))
        return context.fail(
            QStringLiteral("--host '%1' is not an IP address; use e.g. 127.0.0.1.").arg(parser.value(host)), ExitUsage);
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return context.fail(QStringLiteral("--port must be a number from 0 to 65535."), ExitUsage);
    options.port = quint16(portValue);
    options.records = parser.value(records).toInt(&ok);
    if (!ok || options.records < 0)
        return context.fail(QStringLiteral("--records must be a whole number, 0 or more."), ExitUsage);
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return context.fail(QStringLiteral("--seed must be a whole number from 0 to 4294967295."), ExitUsage);
    options.dbFile = parser.value(db);
    options.sandbox = parser.isSet(sandbox);
    if (parser.isSet(clientId))
        options.clientId = parser.value(clientId);
    options.clientSecret = parser.value(clientSecret);
    if (parser.isSet(redirectUri))
        options.redirectUris = parser.values(redirectUri);
    if (parser.isSet(user) != parser.isSet(password))
        return context.fail(QStringLiteral("Give --user and --password together."), ExitUsage);
    if (parser.isSet(user)) {
        options.username = parser.value(user);
        options.password = parser.value(password);
    }
    if (parser.isSet(latency)) {
        options.faults.latencyMs = parser.value(latency).toInt(&ok);
        if (!ok || options.faults.latencyMs < 0)
            return context.fail(QStringLiteral("--latency-ms must be a whole number of milliseconds, 0 or more."),
                                ExitUsage);
    }
    if (parser.isSet(failRate) && !readRate(parser.value(failRate), &options.faults.failRate))
        return context.fail(QStringLiteral("--fail-rate must be a number from 0 to 1, e.g. 0.1."), ExitUsage);
    if (parser.isSet(dropAfterCommitRate)
        && !readRate(parser.value(dropAfterCommitRate), &options.faults.dropAfterCommitRate))
        return context.fail(QStringLiteral("--drop-after-commit-rate must be a number from 0 to 1, e.g. 0.05."),
                            ExitUsage);
    options.autoApprove = parser.isSet(autoApprove);
    if (parser.isSet(cert) != parser.isSet(key))
        return context.fail(QStringLiteral("Give --cert and --key together (PEM files)."), ExitUsage);
    options.requirePkce = parser.isSet(requirePkce);
    options.tls = parser.isSet(tls) || parser.isSet(cert);
    options.tlsDir = parser.value(tlsDir);
    options.certFile = parser.value(cert);
    options.keyFile = parser.value(key);
    if (parser.isSet(customFields)) {
        QString problem;
        const std::optional<emulator::CustomFields> fields
            = emulator::CustomFields::fromFile(parser.value(customFields), &problem);
        if (!fields)
            return context.fail(QStringLiteral("--custom-fields: ") + problem, ExitUsage);
        options.customFields.merge(*fields);
    }
    const std::optional<emulator::DuplicateRules::Mode> ruleMode
        = emulator::DuplicateRules::modeFromName(parser.value(duplicateRule));
    if (!ruleMode)
        return context.fail(
            QStringLiteral("--duplicate-rule must be off, alert or block; got '%1'.").arg(parser.value(duplicateRule)),
            ExitUsage);
    options.duplicateRule = *ruleMode;

    if (!installSignalHandlers())
        return context.fail(QStringLiteral("Could not install the SIGINT/SIGTERM handlers."), ExitFailure);
    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });

    emulator::LocalOrg org(options);
    QString error;
    if (!org.start(&error))
        return context.fail(error, ExitFailure);
    context.err() << "Local org " << org.organizationId() << ": log in as " << options.username << " with client id "
                  << options.clientId << "; stop with Ctrl+C." << Qt::endl;
    // The address it really listens on (0.0.0.0 is every interface), and the URL local clients use.
    QUrl listening = org.url();
    const QHostAddress bound = org.options().host;
    listening.setHost(bound.toString());
    context.out() << "listening on " << listening.toString();
    if (listening != org.url())
        context.out() << " (local clients use " << org.url().toString() << ')';
    context.out() << Qt::endl;
    if (!bound.isLoopback())
        context.err() << "hilal-sf: warning: the local org listens on " << bound.toString()
                      << ", not only on loopback: other machines can reach its login page and data." << Qt::endl;
    if (!org.caCertificateFile().isEmpty())
        context.out() << "ca: " << org.caCertificateFile() << Qt::endl;
    QCoreApplication::exec();
    org.stop();
    context.err() << "Local org stopped." << Qt::endl;
    return ExitOk;
}

} // namespace hilal::cli
