// hilal-sf: the command-line tool. Everything but the process set-up lives in hilal_cli.
#include "cli_context.h"
#include "cli_main.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hilal-sf-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hilal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HILAL_VERSION));

    hilal::cli::CliContext context;
    return hilal::cli::cliMain(app.arguments().mid(1), context);
}
