// What the dispatcher costs: local validation alone, a refused dispatch (permission lookup,
// validation, audit insert — no network), and each action end to end against the local org,
// beside the same Salesforce call made directly with RestClient (the floor). Prints figures;
// asserts nothing.
//
//   build/<dir>/bench/actions/bench_dispatch [iterations]
#include "support/org_fixture.h" // tests/: the local org, a real login, a Dispatcher

#include "actions/create_lead_action.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace hilal;
using namespace hilal::actions;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void line(const QString &what, int n, qint64 nanos, const QString &extra = {})
{
    out() << what.leftJustified(44)
          << QStringLiteral("%1 runs  %2 µs/run").arg(n, 6).arg(double(nanos) / n / 1000.0, 9, 'f', 1)
          << (extra.isEmpty() ? QString() : QStringLiteral("  ") + extra) << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    test::OrgFixture f;
    if (!f.start(2000)) {
        out() << "could not start the local org: " << f.error << Qt::endl;
        return 1;
    }
    const QString bot = f.addBot(bots::PermissionSet::all());
    const QString account = f.query(bot, QStringLiteral("SELECT Id FROM Account LIMIT 1"))
                                .first()
                                .toObject()
                                .value(QStringLiteral("Id"))
                                .toString();
    const QJsonObject lead {{QStringLiteral("LastName"), QStringLiteral("Bench")},
                            {QStringLiteral("Company"), QStringLiteral("Bench Ltd")},
                            {QStringLiteral("Email"), QStringLiteral("bench@example.com")}};
    out() << "bench_dispatch: local org with 2000 opportunities, " << n << " runs per row" << Qt::endl;

    QElapsedTimer t;
    t.start();
    const int vn = n * 100;
    for (int i = 0; i < vn; ++i)
        CreateLeadAction::validate(lead);
    line(QStringLiteral("validate create-lead (no dispatch)"), vn, t.nsecsElapsed());

    f.org->resetRequests();
    t.restart();
    for (int i = 0; i < n; ++i)
        f.dispatch(bot, QStringLiteral("create-lead"), {{QStringLiteral("LastName"), QString()}});
    line(QStringLiteral("dispatch refused 400 (incl. audit insert)"), n, t.nsecsElapsed(),
         QStringLiteral("org requests: %1").arg(f.requestCount()));

    // Floor: the same retrieve straight through RestClient.
    auto *client = f.sessions->client(bot);
    t.restart();
    for (int i = 0; i < n; ++i)
        f.get(bot, client->retrieve(QStringLiteral("Account"), account, DispatcherOptions::defaultAccountFields()));
    const qint64 floorNs = t.nsecsElapsed();
    line(QStringLiteral("RestClient retrieve Account (floor)"), n, floorNs);

    t.restart();
    for (int i = 0; i < n; ++i)
        f.dispatch(bot, QStringLiteral("get-account"), {{QStringLiteral("Id"), account}});
    const qint64 getNs = t.nsecsElapsed();
    line(QStringLiteral("dispatch get-account 200"), n, getNs,
         QStringLiteral("ratio to floor %1").arg(double(getNs) / floorNs, 0, 'f', 2));

    t.restart();
    for (int i = 0; i < n; ++i)
        f.dispatch(bot, QStringLiteral("create-lead"), lead);
    line(QStringLiteral("dispatch create-lead 201"), n, t.nsecsElapsed());

    const int qn = qMax(1, n / 4);
    const QString wide = QStringLiteral("SELECT Id, Name, Amount FROM Opportunity");
    t.restart();
    for (int i = 0; i < qn; ++i) {
        // Floor: the first page (200 rows) straight through a QueryCursor, then stop.
        salesforce::QueryCursor *cursor = client->query(wide);
        cursor->setBatchSize(200);
        cursor->setAutoDelete(false);
        QObject::connect(cursor, &salesforce::QueryCursor::pageReady, cursor, [cursor] { cursor->cancel(); });
        QSignalSpy done(cursor, &salesforce::QueryCursor::finished);
        done.wait(20000);
        delete cursor;
    }
    const qint64 queryFloorNs = t.nsecsElapsed();
    line(QStringLiteral("QueryCursor first 200 rows (floor)"), qn, queryFloorNs);
    t.restart();
    for (int i = 0; i < qn; ++i)
        f.dispatch(bot, QStringLiteral("run-soql"), {{QStringLiteral("query"), wide}});
    const qint64 queryNs = t.nsecsElapsed();
    line(QStringLiteral("dispatch run-soql, 200 of 2000 rows"), qn, queryNs,
         QStringLiteral("ratio to floor %1").arg(double(queryNs) / queryFloorNs, 0, 'f', 2));
    return 0;
}
