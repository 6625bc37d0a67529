// The .deb as a user receives it: built by cpack from this tree, unpacked with dpkg-deb, and
// its desktop files checked by the same validators distributions run.
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

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
    void carriesCopyrightAndChangelog();
    void manPagesFollowHelp();
    void completionForBashAndZsh();
    void lintianFindsNoErrorOrWarning();
    void removeLeavesNothingBehind();

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
    const Run validate
        = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
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

void TestDebPackage::carriesCopyrightAndChangelog()
{
    QFile copyright(m_root + QStringLiteral("/usr/share/doc/hilal-sf-admin/copyright"));
    QVERIFY(copyright.open(QIODevice::ReadOnly));
    const QByteArray text = copyright.readAll();
    QVERIFY(text.startsWith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"));
    QVERIFY(text.contains("License: GPL-3+"));
    const Run changelog
        = run(QStringLiteral("zcat"), {m_root + QStringLiteral("/usr/share/doc/hilal-sf-admin/changelog.gz")});
    QCOMPARE(changelog.exitCode, 0);
    QVERIFY2(changelog.out.startsWith(QStringLiteral("hilal-sf-admin (" PROJECT_VERSION_STRING ")")),
             qPrintable(changelog.out.left(80)));
}

void TestDebPackage::manPagesFollowHelp()
{
    const QString page = m_root + QStringLiteral("/usr/share/man/man1/hilal-sf.1.gz");
    const Run man = run(QStringLiteral("zcat"), {page});
    QCOMPARE(man.exitCode, 0);
    // Every command `hilal-sf --help` lists has its own subsection, with its options.
    const Run help = run(m_root + QStringLiteral("/usr/bin/hilal-sf"), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    // The command list ends at the first blank line (the exit-code table follows it).
    const QString commands = help.out.section(QStringLiteral("Commands:"), 1).section(QStringLiteral("\n\n"), 0, 0);
    int seen = 0;
    for (const QString &line : commands.split(QLatin1Char('\n'))) {
        const QString command = line.trimmed().section(QLatin1Char(' '), 0, 0);
        if (command.isEmpty())
            continue;
        ++seen;
        QVERIFY2(man.out.contains(QStringLiteral(".SS \"%1\"").arg(command)), qPrintable(command));
        // …and its examples (each command's help ends with them).
        const QString subsection
            = man.out.section(QStringLiteral(".SS \"%1\"").arg(command), 1).section(QStringLiteral(".SS "), 0, 0);
        QVERIFY2(subsection.contains(QStringLiteral("Examples:")), qPrintable(command));
    }
    QVERIFY(seen > 5);
    QVERIFY(man.out.contains(QStringLiteral(".SH \"EXIT STATUS\"")));
    QVERIFY(man.out.contains(QStringLiteral(".SH ENVIRONMENT")));
    QVERIFY(man.out.contains(QStringLiteral("HILAL_SF_HOME")));
    QVERIFY(QFileInfo::exists(m_root + QStringLiteral("/usr/share/man/man1/hilal-sf-admin.1.gz")));
}

void TestDebPackage::completionForBashAndZsh()
{
    const QString bash = m_root + QStringLiteral("/usr/share/bash-completion/completions/hilal-sf");
    const Run syntax = run(QStringLiteral("bash"), {QStringLiteral("-n"), bash});
    QVERIFY2(syntax.exitCode == 0, qPrintable(syntax.err));
    QFile file(bash);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray script = file.readAll();
    QVERIFY(script.contains("complete -F _hilal_sf hilal-sf"));
    QVERIFY(script.contains("bots list --json")); // bot ids, the user's own
    QVERIFY(script.contains(" serve)"));
    QFile zsh(m_root + QStringLiteral("/usr/share/zsh/vendor-completions/_hilal-sf"));
    QVERIFY(zsh.open(QIODevice::ReadOnly));
    QVERIFY(zsh.readAll().startsWith("#compdef hilal-sf"));
}

void TestDebPackage::lintianFindsNoErrorOrWarning()
{
    if (QStandardPaths::findExecutable(QStringLiteral("lintian")).isEmpty())
        QSKIP("lintian is not installed (scripts/packages.txt lists it)");
    // No overrides. Informational tags that stay (they fail nothing): hardening-no-bindnow and
    // hardening-no-fortify-functions (the build does not add Debian's hardening flags; a distribution
    // build via dpkg-buildflags would) and binary-has-unneeded-section .comment (the compiler's id).
    const Run lintian = run(QStringLiteral("lintian"),
                            {QStringLiteral("--fail-on"), QStringLiteral("error,warning"),
                             QStringLiteral("--tag-display-limit"), QStringLiteral("0"), m_deb});
    QVERIFY2(lintian.exitCode == 0, qPrintable(lintian.out + lintian.err));
    for (const QString &line : lintian.out.split(QLatin1Char('\n'))) {
        QVERIFY2(!line.startsWith(QStringLiteral("E: ")) && !line.startsWith(QStringLiteral("W: ")), qPrintable(line));
    }
}

void TestDebPackage::removeLeavesNothingBehind()
{
    if (geteuid() != 0)
        QSKIP("installing a package needs root (CI runs as root)");
    if (run(QStringLiteral("dpkg-query"), {QStringLiteral("-W"), QStringLiteral("hilal-sf-admin")}).exitCode == 0)
        QSKIP("hilal-sf-admin is installed on this machine already; not touching it");
    const QStringList lock = {QStringLiteral("-o"), QStringLiteral("DPkg::Lock::Timeout=300"), QStringLiteral("-y")};
    const Run install = run(QStringLiteral("apt-get"), lock + QStringList {QStringLiteral("install"), m_deb});
    QVERIFY2(install.exitCode == 0, qPrintable(install.out + install.err));
    const Run listed = run(QStringLiteral("dpkg-query"), {QStringLiteral("-L"), QStringLiteral("hilal-sf-admin")});
    QVERIFY(listed.out.contains(QStringLiteral("/usr/bin/hilal-sf")));
    const Run remove = run(QStringLiteral("apt-get"),
                           lock + QStringList {QStringLiteral("remove"), QStringLiteral("hilal-sf-admin")});
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.out + remove.err));
    // Not even "config-files": the package has no conffiles and nothing of its own stays.
    const Run status = run(QStringLiteral("dpkg-query"),
                           {QStringLiteral("-W"), QStringLiteral("-f"), QStringLiteral("${db:Status-Status}"),
                            QStringLiteral("hilal-sf-admin")});
    QVERIFY2(status.exitCode != 0 || status.out == QLatin1String("not-installed"), qPrintable(status.out));
    for (const QString &path : listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QFileInfo info(path);
        if (info.isDir())
            continue; // shared folders such as /usr/share/man/man1
        QVERIFY2(!info.exists(), qPrintable(path + QStringLiteral(" is still there")));
    }
}

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_deb_package.moc"
