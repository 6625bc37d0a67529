// The .deb as a user receives it: built by cpack from this tree, unpacked with dpkg-deb, and
// its desktop files checked by the same validators distributions run.
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestDebPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void containsBothPrograms();
    void desktopEntryValidates();
    void metainfoValidates();
    void installsScalableIcon();
    void dependsComputedByShlibdeps();
    void packagedCliRuns();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QString &program, const QStringList &args, const QString &cwd = {});

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;
};

TestDebPackage::Run TestDebPackage::run(const QString &program, const QStringList &args, const QString &cwd)
{
    QProcess p;
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(500000)) {
        r.err = QStringLiteral("%1 did not finish: %2").arg(program, p.errorString());
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestDebPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run pack = run(QStringLiteral(CPACK_COMMAND),
                         {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                          QStringLiteral(CPACK_CONFIG), QStringLiteral("-B"), m_dir.path()});
    QVERIFY2(pack.exitCode == 0, qPrintable(pack.out + pack.err));

    m_deb = m_dir.filePath(QStringLiteral("hilal-sf-admin_" PROJECT_VERSION_STRING "_amd64.deb"));
    QVERIFY2(QFileInfo::exists(m_deb), qPrintable(QStringLiteral("missing ") + m_deb + QLatin1Char('\n') + pack.out));

    m_root = m_dir.filePath(QStringLiteral("root"));
    const Run extract = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));
}

void TestDebPackage::containsBothPrograms()
{
    for (const char *name : {"usr/bin/hilal-sf-admin", "usr/bin/hilal-sf"}) {
        const QFileInfo program(m_root + QLatin1Char('/') + QLatin1String(name));
        QVERIFY2(program.isFile(), name);
        QVERIFY2(program.isExecutable(), name);
    }
}

void TestDebPackage::desktopEntryValidates()
{
    const QString desktop = m_root + QStringLiteral("/usr/share/applications/com.hilal.SalesforceAdmin.desktop");
    QVERIFY(QFileInfo::exists(desktop));
    const Run validate = run(QStringLiteral("desktop-file-validate"), {desktop});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
    // Warnings and hints are printed too; a clean entry prints nothing at all.
    QVERIFY2(validate.out.trimmed().isEmpty(), qPrintable(validate.out));
}

void TestDebPackage::metainfoValidates()
{
    const QString metainfo = m_root + QStringLiteral("/usr/share/metainfo/com.hilal.SalesforceAdmin.metainfo.xml");
    QVERIFY(QFileInfo::exists(metainfo));
    const Run validate = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
    QFile file(metainfo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QVERIFY2(xml.contains("<screenshot"), "the metainfo must reference a screenshot");
    QVERIFY2(xml.contains("<release version=\"" PROJECT_VERSION_STRING "\""), "the metainfo must list this release");
}

void TestDebPackage::installsScalableIcon()
{
    const QString icon = m_root + QStringLiteral("/usr/share/icons/hicolor/scalable/apps/hilal-sf-admin.svg");
    QFile file(icon);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("<svg"));
}

void TestDebPackage::dependsComputedByShlibdeps()
{
    const Run fields = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
    QCOMPARE(fields.exitCode, 0);
    // Versioned library packages only appear when dpkg-shlibdeps read the binaries.
    QVERIFY2(fields.out.contains(QLatin1String("libqt6core6")), qPrintable(fields.out));
    QVERIFY2(fields.out.contains(QLatin1String("libqt6webenginewidgets6")), qPrintable(fields.out));
    QVERIFY2(fields.out.contains(QLatin1String("libqt6keychain1")), qPrintable(fields.out));
    QVERIFY2(fields.out.contains(QLatin1String("libqt6sql6-sqlite")), qPrintable(fields.out));
}

void TestDebPackage::packagedCliRuns()
{
    const Run version = run(m_root + QStringLiteral("/usr/bin/hilal-sf"), {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("hilal-sf " PROJECT_VERSION_STRING));
}

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_deb_package.moc"
