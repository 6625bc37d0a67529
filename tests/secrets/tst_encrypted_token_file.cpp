// EncryptedTokenFile: the opt-in store encrypted with HILAL_SF_KEY for machines without a
// keychain. Round trips, mode 0600, no secret in clear, a wrong key or a changed byte refused
// with the file left as it was, and TokenStore using it across processes with no keychain.
#include "secrets/encrypted_token_file.h"
#include "secrets/token_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <sys/stat.h>

using hilal::salesforce::Connection;
using hilal::secrets::EncryptedTokenFile;
using hilal::secrets::TokenJob;
using hilal::secrets::TokenStore;

namespace {

const QByteArray kKey = "correct horse battery staple 42";
const QByteArray kRefresh = "5Aep861DemoRefreshTokenValueQx7Zr0Yw3Tn9Lm";
const QByteArray kAccess = "00D5g000004FxQp!AQ4AQDemoAccessTokenValue8fJ2kLmN0pQrStUvWxYz";

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

mode_t mode(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

bool wait(TokenJob *job)
{
    QSignalSpy spy(job, &TokenJob::finished);
    return spy.wait(20000);
}

// The child half of tokenStoreKeepsConnectionsAcrossProcesses(): with no keychain reachable and
// HILAL_SF_KEY set, "save" stores a connection and "load" prints what a new process finds.
int runChild(const QString &what)
{
    TokenStore store;
    QJsonObject out;
    if (what == QLatin1String("save")) {
        Connection c;
        c.botId = QStringLiteral("bot_filetest");
        c.accessToken = QString::fromLatin1(kAccess);
        c.refreshToken = QString::fromLatin1(kRefresh);
        c.instanceUrl = QUrl(QStringLiteral("https://acme-demo.my.salesforce.com"));
        TokenJob *job = store.save(c);
        wait(job);
        out.insert(QStringLiteral("ok"), job->ok());
        out.insert(QStringLiteral("error"), job->errorString());
    } else {
        TokenJob *job = store.load(QStringLiteral("bot_filetest"));
        wait(job);
        out.insert(QStringLiteral("ok"), job->ok());
        out.insert(QStringLiteral("error"), job->errorString());
        out.insert(QStringLiteral("refreshMatches"), job->connection().refreshToken.toLatin1() == kRefresh);
    }
    out.insert(QStringLiteral("persistent"), store.isPersistent());
    out.insert(QStringLiteral("storage"), store.storageDescription());
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}

} // namespace

class TestEncryptedTokenFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QJsonObject child(const QString &what, const QString &home, const QByteArray &key)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HILAL_FILE_CHILD"), what);
        env.insert(QStringLiteral("HILAL_SF_HOME"), home);
        env.insert(QStringLiteral("HILAL_SF_KEY"), QString::fromLatin1(key));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/hilal-no-bus"));
        env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(), {});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        const QByteArray err = p.readAllStandardError();
        if (err.contains(kRefresh) || err.contains(kAccess) || err.contains(key))
            return {{QStringLiteral("leak"), true}}; // a secret in the diagnostics fails the test
        return QJsonDocument::fromJson(p.readAllStandardOutput().trimmed().split('\n').last()).object();
    }

private Q_SLOTS:
    void roundTripWithMode0600AndNothingInClear()
    {
        const QString file = path("round.enc");
        EncryptedTokenFile store(file, kKey);
        QVERIFY(store.problem().isEmpty());
        QString error;
        QVERIFY(!store.read(QStringLiteral("bot_a"), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error)); // no file yet: simply nothing stored
        QVERIFY2(store.write(QStringLiteral("bot_a"), kRefresh, &error), qPrintable(error));
        QVERIFY(store.write(QStringLiteral("bot_b"), "second", &error));
        QCOMPARE(mode(file), mode_t(0600));
        const QByteArray onDisk = contents(file);
        QVERIFY(onDisk.startsWith("HSFK"));
        QVERIFY(!onDisk.contains(kRefresh));
        QVERIFY(!onDisk.contains(kRefresh.toBase64()));
        QVERIFY(!onDisk.contains("bot_a")); // even the names are sealed

        EncryptedTokenFile again(file, kKey); // a new reader with the same key
        QCOMPARE(again.read(QStringLiteral("bot_a"), &error).value_or(QByteArray()), kRefresh);
        QCOMPARE(again.read(QStringLiteral("bot_b"), &error).value_or(QByteArray()), QByteArray("second"));

        bool removed = false;
        QVERIFY(again.write(QStringLiteral("bot_b"), {}, &error, &removed));
        QVERIFY(removed);
        QVERIFY(again.write(QStringLiteral("bot_b"), {}, &error, &removed));
        QVERIFY(!removed);
        QVERIFY(!again.read(QStringLiteral("bot_b"), &error));
        QCOMPARE(again.read(QStringLiteral("bot_a"), &error).value_or(QByteArray()), kRefresh);
        QCOMPARE(mode(file), mode_t(0600));
    }

    void eachWriteUsesAFreshSaltAndNonce()
    {
        QString error;
        const QByteArray one = EncryptedTokenFile::seal("same text", kKey, &error);
        const QByteArray two = EncryptedTokenFile::seal("same text", kKey, &error);
        QVERIFY(!one.isEmpty() && !two.isEmpty());
        QVERIFY(one != two);
        QCOMPARE(EncryptedTokenFile::open(one, kKey, &error).value_or(QByteArray()), QByteArray("same text"));
        QCOMPARE(EncryptedTokenFile::open(two, kKey, &error).value_or(QByteArray()), QByteArray("same text"));
    }

    void wrongKeyIsAClearErrorAndChangesNothing()
    {
        const QString file = path("wrong.enc");
        QString error;
        QVERIFY(EncryptedTokenFile(file, kKey).write(QStringLiteral("bot_a"), kRefresh, &error));
        const QByteArray before = contents(file);

        EncryptedTokenFile wrong(file, "a different key of some length");
        QVERIFY(!wrong.read(QStringLiteral("bot_a"), &error));
        QVERIFY2(error.contains(file) && error.contains(QLatin1String("HILAL_SF_KEY")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("Nothing was changed")));
        QVERIFY(!wrong.write(QStringLiteral("bot_b"), "x", &error));
        QVERIFY(!wrong.write(QStringLiteral("bot_a"), {}, &error));
        QCOMPARE(contents(file), before);
        QCOMPARE(EncryptedTokenFile(file, kKey).read(QStringLiteral("bot_a"), &error).value_or(QByteArray()), kRefresh);
    }

    void changedByteIsRefused_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("magic") << 0;
        QTest::newRow("scrypt parameters") << 5;
        QTest::newRow("salt") << 10;
        QTest::newRow("nonce") << 30;
        QTest::newRow("ciphertext") << 50;
        QTest::newRow("tag") << -1;
    }

    void changedByteIsRefused()
    {
        QFETCH(int, offset);
        QString error;
        const QByteArray sealed = EncryptedTokenFile::seal("{\"entries\":{}} and some padding text", kKey, &error);
        QVERIFY(sealed.size() > 60);
        QByteArray changed = sealed;
        const int at = offset < 0 ? int(changed.size()) - 1 : offset;
        changed[at] = char(changed.at(at) ^ 0x01);
        QVERIFY(!EncryptedTokenFile::open(changed, kKey, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!EncryptedTokenFile::open(sealed.left(sealed.size() - 1), kKey, &error)); // cut short
    }

    void shortKeyIsRefusedAndWritesNothing()
    {
        const QString file = path("short.enc");
        EncryptedTokenFile store(file, "hunter2");
        QVERIFY(store.problem().contains(QLatin1String("too short")));
        QString error;
        QVERIFY(!store.write(QStringLiteral("bot_a"), kRefresh, &error));
        QVERIFY2(error.contains(QLatin1String("HILAL_SF_KEY")), qPrintable(error));
        QVERIFY(!QFile::exists(file));
    }

    // scrypt costs most of a second per operation: TokenStore does it off the caller's thread.
    // While another process holds the file's lock, save() returns at once, the caller's event loop
    // keeps turning, and the save completes once the lock is free (a save on the caller's thread
    // would block in the lock and give up).
    void tokenStoreWorksTheFileOffTheCallersThread()
    {
        const QString file = path("worker.enc");
        TokenStore store(QStringLiteral("hilal-sf-admin-test-file-worker"));
        store.useEncryptedFile(std::make_unique<EncryptedTokenFile>(file, kKey));
        store.forceSessionOnly(QStringLiteral("no keychain in this test"));

        QLockFile held(file + QStringLiteral(".lock"));
        QVERIFY(held.tryLock(0));
        Connection c;
        c.botId = QStringLiteral("bot_worker");
        c.refreshToken = QString::fromLatin1(kRefresh);
        c.instanceUrl = QUrl(QStringLiteral("https://acme-demo.my.salesforce.com"));
        TokenJob *job = store.save(c);
        QSignalSpy finished(job, &TokenJob::finished);

        int turns = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&turns] { ++turns; });
        ticker.start(0);
        QTRY_VERIFY(turns >= 20); // the caller's event loop runs while the file is locked
        QCOMPARE(finished.count(), 0);
        QVERIFY(!QFile::exists(file));

        held.unlock();
        QVERIFY(finished.wait(20000));
        QVERIFY2(job->ok(), qPrintable(job->errorString()));
        TokenJob *load = store.load(QStringLiteral("bot_worker"));
        QVERIFY(wait(load));
        QVERIFY(load->connection().refreshToken.toLatin1() == kRefresh);
    }

    // A store destroyed while its file operation runs waits for it; the job's result is dropped.
    void tokenStoreDestroyedMidOperationIsSafe()
    {
        const QString file = path("destroyed.enc");
        {
            TokenStore store(QStringLiteral("hilal-sf-admin-test-file-worker"));
            store.useEncryptedFile(std::make_unique<EncryptedTokenFile>(file, kKey));
            store.forceSessionOnly(QStringLiteral("no keychain in this test"));
            Connection c;
            c.botId = QStringLiteral("bot_gone");
            c.refreshToken = QString::fromLatin1(kRefresh);
            store.save(c);
        }
        QCoreApplication::processEvents();
        EncryptedTokenFile reread(file, kKey);
        QString error;
        const std::optional<QByteArray> stored = reread.read(QStringLiteral("bot_gone"), &error);
        QVERIFY2(stored && stored->contains(kRefresh), qPrintable(error)); // the write was finished, not cut
    }

    void tokenStoreKeepsConnectionsAcrossProcesses()
    {
        const QString home = path("home");
        const QJsonObject saved = child(QStringLiteral("save"), home, kKey);
        QVERIFY2(saved.value(QLatin1String("ok")).toBool(), QJsonDocument(saved).toJson().constData());
        QVERIFY(saved.value(QLatin1String("persistent")).toBool());
        QVERIFY(saved.value(QLatin1String("storage")).toString().contains(QLatin1String("tokens.enc")));
        const QString file = QDir(home).filePath(QStringLiteral("tokens.enc"));
        QCOMPARE(mode(file), mode_t(0600));
        QVERIFY(!contents(file).contains(kRefresh));
        QVERIFY(!contents(file).contains(kAccess));

        const QJsonObject loaded = child(QStringLiteral("load"), home, kKey);
        QVERIFY2(loaded.value(QLatin1String("ok")).toBool(), QJsonDocument(loaded).toJson().constData());
        QVERIFY(loaded.value(QLatin1String("refreshMatches")).toBool());

        const QByteArray before = contents(file);
        const QJsonObject wrong = child(QStringLiteral("load"), home, "not the key it was written with");
        QVERIFY(!wrong.value(QLatin1String("ok")).toBool(true));
        QVERIFY2(wrong.value(QLatin1String("error")).toString().contains(QLatin1String("HILAL_SF_KEY")),
                 QJsonDocument(wrong).toJson().constData());
        const QJsonObject overwrite = child(QStringLiteral("save"), home, "not the key it was written with");
        QVERIFY(!overwrite.value(QLatin1String("ok")).toBool(true));
        QCOMPARE(contents(file), before);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QString what = qEnvironmentVariable("HILAL_FILE_CHILD"); !what.isEmpty())
        return runChild(what);
    TestEncryptedTokenFile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_encrypted_token_file.moc"
