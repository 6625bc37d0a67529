// BulkQueryJob against the real local org over loopback HTTP (docs/bulk-api.md): CSV export by
// locator pages and through resultPages, the same Ids as a REST query, JSON Lines typed from
// describe, formula cells neutralised (and kept raw when asked), a dropped page fetched again,
// and Cancel aborting the org's job without leaving a file.
#include "support/local_org_fixture.h"
#include "support/wait.h"

#include "core/app_paths.h"
#include "emulator/bulk/bulk_query_jobs.h"
#include "emulator/local_org.h"
#include "salesforce/bulk_csv_page.h"
#include "salesforce/bulk_query_job.h"
#include "salesforce/query_cursor.h"
#include "salesforce/rest_client.h"
#include "salesforce/session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hilal::salesforce;
using hilal::emulator::BulkQueryJobs;
using hilal::emulator::Faults;
using hilal::test::waitFor;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBulkQueryJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    QTemporaryDir m_out;
    hilal::test::LocalOrgFixture m_local; // the org and a real login through its pages
    std::unique_ptr<Session> m_session;
    std::unique_ptr<RestClient> m_client;

    // Ids of a REST query, in order.
    QStringList restIds(const QString &soql)
    {
        QStringList ids;
        QueryCursor *cursor = m_client->query(soql);
        QEventLoop loop;
        connect(cursor, &QueryCursor::finished, &loop, &QEventLoop::quit);
        connect(cursor, &QueryCursor::pageReady, this, [&ids](const QJsonArray &records, int) {
            for (const QJsonValue &r : records)
                ids.append(r.toObject().value(QStringLiteral("Id")).toString());
        });
        loop.exec();
        return ids;
    }

    int countStatus(const QString &pathPart, int status) const
    {
        int n = 0;
        for (const auto &r : m_local.org->requests())
            n += (r.status == status && r.path.contains(pathPart)) ? 1 : 0;
        return n;
    }

    std::unique_ptr<BulkQueryJob> run(const BulkQueryJob::Options &options, const QString &path)
    {
        auto job = std::make_unique<BulkQueryJob>(m_client.get(), options);
        QSignalSpy done(job.get(), &BulkQueryJob::finished);
        job->start(path);
        done.wait(60000);
        return job;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid());
        hilal::AppPaths::setDataDirOverride(m_dataDir.path());
        m_local.options.records = 800;
        QVERIFY2(m_local.start(hilal::test::LocalOrgFixture::Consent::LoginPages, QStringLiteral("bot-bulk")),
                 qPrintable(m_local.error));
        m_session = std::make_unique<Session>(m_local.connection.botId, nullptr, &m_local.network);
        Connection c = m_local.connection;
        c.apiVersion = QStringLiteral("60.0");
        m_session->setConnection(c, false);
        RestClient::Options options;
        options.timeoutMs = 10000;
        options.backoffMs = 50;
        options.maxGetRetries = 4;
        m_client = std::make_unique<RestClient>(m_session.get(), options);
    }

    void cleanupTestCase()
    {
        BulkQueryJobs::holdWorkersForTesting(false);
        m_client.reset();
        m_session.reset();
        m_local.org.reset();
    }

    void init()
    {
        m_local.org->setFaults(Faults());
        m_local.org->resetRequests();
    }

    void csvByLocatorPagesHoldsTheRestIds()
    {
        const QString soql = QStringLiteral("SELECT Id, Name, Amount FROM Opportunity");
        BulkQueryJob::Options options;
        options.soql = soql;
        options.pageRecords = 150;
        options.parallelPages = 1; // sequential, by locator
        const QString path = m_out.filePath(QStringLiteral("sequential.csv"));
        auto job = run(options, path);
        QVERIFY(job->isFinished());
        QVERIFY2(!job->error(), qPrintable(job->error().message));
        const QStringList expected = restIds(soql);
        QCOMPARE(job->records(), qint64(expected.size()));
        QCOMPARE(job->totalRecords(), qint64(expected.size()));
        const QList<QByteArray> lines = readAll(path).split('\n');
        QCOMPARE(lines.first(), QByteArray("Id,Name,Amount"));
        QStringList ids;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).isEmpty())
                ids.append(QString::fromUtf8(lines.at(i).left(18)));
        }
        QCOMPARE(ids, expected);
        QCOMPARE(countStatus(QStringLiteral("/results"), 200), int((expected.size() + 149) / 150));
        QCOMPARE(job->bytes(), QFileInfo(path).size());
    }

    void csvThroughResultPagesWithCrlfAndTab()
    {
        BulkQueryJob::Options options;
        options.soql = QStringLiteral("SELECT Id, Name FROM Account");
        options.lineEnding = QStringLiteral("CRLF");
        options.columnDelimiter = QStringLiteral("TAB");
        const QString path = m_out.filePath(QStringLiteral("parallel.csv"));
        auto job = run(options, path);
        QVERIFY2(!job->error(), qPrintable(job->error().message));
        QVERIFY(countStatus(QStringLiteral("/resultPages"), 200) >= 1);
        const QByteArray body = readAll(path);
        QVERIFY(body.startsWith("Id\tName\r\n"));
        QCOMPARE(body.count("\r\n"), int(job->records()) + 1);
        QCOMPARE(body.count('\n'), body.count("\r\n")); // no bare LF
    }

    void jsonLinesTypedFromDescribe()
    {
        BulkQueryJob::Options options;
        options.soql = QStringLiteral("SELECT Id, Amount, IsClosed, CloseDate, Account.Name FROM Opportunity");
        options.format = BulkQueryJob::Format::JsonLines;
        const QString path = m_out.filePath(QStringLiteral("rows.jsonl"));
        auto job = run(options, path);
        QVERIFY2(!job->error(), qPrintable(job->error().message));
        const QList<QByteArray> lines = readAll(path).trimmed().split('\n');
        QCOMPARE(qint64(lines.size()), job->records());
        bool sawAmount = false;
        for (const QByteArray &line : lines) {
            const QJsonObject record = QJsonDocument::fromJson(line).object();
            QVERIFY(record.value(QStringLiteral("IsClosed")).isBool());
            QVERIFY(record.value(QStringLiteral("Account")).toObject().value(QStringLiteral("Name")).isString());
            QVERIFY(record.value(QStringLiteral("CloseDate")).isString());
            const QJsonValue amount = record.value(QStringLiteral("Amount"));
            QVERIFY(amount.isDouble() || amount.isNull());
            sawAmount = sawAmount || amount.isDouble();
        }
        QVERIFY(sawAmount);
    }

    void formulaCellsNeutralisedUnlessRaw()
    {
        QCOMPARE(BulkCsvPage::neutralise("Name,Amount\n=1+1,-5\n\"@SUM(A1)\",+3\n-x,1\n", ','),
                 QByteArray("Name,Amount\n'=1+1,-5\n\"'@SUM(A1)\",+3\n'-x,1\n"));
        RestReply *created = m_client->create(
            QStringLiteral("Account"),
            QJsonObject {{QStringLiteral("Name"), QStringLiteral("=HYPERLINK(\"http://x.example\")")}});
        QSignalSpy done(created, &RestReply::finished);
        QVERIFY(done.wait());
        BulkQueryJob::Options options;
        options.soql = QStringLiteral("SELECT Name FROM Account WHERE Name LIKE '=HYPERLINK%'");
        const QString safe = m_out.filePath(QStringLiteral("safe.csv"));
        QVERIFY2(!run(options, safe)->error(), "safe export failed");
        QCOMPARE(readAll(safe), QByteArray("Name\n\"'=HYPERLINK(\"\"http://x.example\"\")\"\n"));
        options.rawFormulas = true;
        const QString raw = m_out.filePath(QStringLiteral("raw.csv"));
        QVERIFY2(!run(options, raw)->error(), "raw export failed");
        QCOMPARE(readAll(raw), QByteArray("Name\n\"=HYPERLINK(\"\"http://x.example\"\")\"\n"));
    }

    // Pages are read back from their temporary files a chunk of whole rows at a time: chunks of
    // a few bytes (rows cut anywhere, quoted line breaks included) give the same file.
    void pagesReadBackInSmallChunksGiveTheSameFile()
    {
        // A row over two lines, with quotes: rows end only at line endings outside quotes.
        const QJsonObject quoted {
            {QStringLiteral("Name"), QStringLiteral("Quoted \"deal\"")},
            {QStringLiteral("StageName"), QStringLiteral("Prospecting")},
            {QStringLiteral("CloseDate"), QStringLiteral("2026-12-31")},
            {QStringLiteral("Description"), QStringLiteral("first line\nsecond, \"quoted\"\r\nthird")}};
        RestReply *made = m_client->send("POST", m_client->dataPath(QStringLiteral("/sobjects/Opportunity")),
                                         QJsonDocument(quoted).toJson(QJsonDocument::Compact),
                                         {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
        made->setAutoDelete(false);
        QSignalSpy created(made, &RestReply::finished);
        QVERIFY(created.wait(10000));
        QVERIFY2(made->ok(), qPrintable(made->error().message));
        delete made;
        const qint64 opportunities = restIds(QStringLiteral("SELECT Id FROM Opportunity")).size();
        for (const BulkQueryJob::Format format : {BulkQueryJob::Format::Csv, BulkQueryJob::Format::JsonLines}) {
            BulkQueryJob::Options options;
            options.soql = QStringLiteral("SELECT Id, Name, Description, Amount, Account.Name FROM Opportunity");
            options.format = format;
            options.pageRecords = 300;
            const QString whole = m_out.filePath(QStringLiteral("whole.out"));
            auto one = run(options, whole);
            QVERIFY2(!one->error(), qPrintable(one->error().message));
            options.chunkBytes = 7;
            options.spoolMemoryBytes = 1000; // pages wait in temporary files, not in memory
            const QString chunked = m_out.filePath(QStringLiteral("chunked.out"));
            auto two = run(options, chunked);
            QVERIFY2(!two->error(), qPrintable(two->error().message));
            QCOMPARE(one->records(), opportunities);
            QCOMPARE(two->records(), one->records());
            QCOMPARE(readAll(chunked), readAll(whole));
        }
    }

    void droppedPageIsFetchedAgain()
    {
        BulkQueryJobs::holdWorkersForTesting(true);
        BulkQueryJob::Options options;
        options.soql = QStringLiteral("SELECT Id FROM Opportunity");
        options.pageRecords = 100;
        options.parallelPages = 1;
        const QString path = m_out.filePath(QStringLiteral("dropped.csv"));
        BulkQueryJob job(m_client.get(), options);
        QSignalSpy done(&job, &BulkQueryJob::finished);
        QSignalSpy states(&job, &BulkQueryJob::stateChanged);
        job.start(path);
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), 20000); // created: from here on only GETs
        Faults faults;
        faults.dropRate = 0.3;
        m_local.org->setFaults(faults);
        BulkQueryJobs::holdWorkersForTesting(false);
        QVERIFY(done.wait(60000));
        m_local.org->setFaults(Faults());
        QVERIFY2(!job.error(), qPrintable(job.error().message));
        QVERIFY2(countStatus(QStringLiteral("/results"), 0) >= 1, "no results page was dropped; raise dropRate");
        const QStringList expected = restIds(options.soql);
        const QList<QByteArray> lines = readAll(path).trimmed().split('\n');
        QCOMPARE(lines.size(), expected.size() + 1);
        QCOMPARE(QString::fromUtf8(lines.last()), expected.last());
    }

    void cancelAbortsTheJobAndLeavesNoFile()
    {
        BulkQueryJobs::holdWorkersForTesting(true);
        BulkQueryJob::Options options;
        options.soql = QStringLiteral("SELECT Id FROM Lead");
        const QString path = m_out.filePath(QStringLiteral("cancelled.csv"));
        BulkQueryJob job(m_client.get(), options);
        QSignalSpy done(&job, &BulkQueryJob::finished);
        QSignalSpy states(&job, &BulkQueryJob::stateChanged);
        job.start(path);
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(QVariantList {QStringLiteral("InProgress")}), 20000);
        job.cancel();
        QCOMPARE(done.count(), 1);
        QCOMPARE(job.error().kind, SalesforceError::Kind::Cancelled);
        QVERIFY(!QFile::exists(path));
        // The PATCH goes out after cancel(); the org's job ends Aborted and its worker never runs.
        QString state;
        for (int i = 0; i < 200 && state != QLatin1String("Aborted"); ++i) {
            RestReply *info = m_client->get(m_client->dataPath(QStringLiteral("/jobs/query/") + job.jobId()));
            QSignalSpy finished(info, &RestReply::finished);
            finished.wait();
            state = info->object().value(QStringLiteral("state")).toString();
        }
        BulkQueryJobs::holdWorkersForTesting(false);
        QCOMPARE(state, QStringLiteral("Aborted"));
    }

    void failedJobReportsTheOrgsMessage()
    {
        BulkQueryJob::Options options;
        options.soql = QStringLiteral("SELECT Id, Bogus__x FROM Lead");
        const QString path = m_out.filePath(QStringLiteral("failed.csv"));
        auto job = run(options, path);
        QVERIFY(job->error());
        QVERIFY2(job->error().message.contains(QStringLiteral("Bogus__x")), qPrintable(job->error().message));
        QVERIFY(!QFile::exists(path));
        options.soql = QStringLiteral("SELECT COUNT() FROM Lead");
        auto refused = run(options, path);
        QCOMPARE(refused->error().errorCode, QStringLiteral("API_ERROR"));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestBulkQueryJob)
#include "tst_bulk_query_job.moc"
