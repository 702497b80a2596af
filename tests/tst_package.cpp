#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// The Debian package (cmake/packaging.cmake): cpack builds it from this build folder into a temporary
// folder, then the package is listed, its control fields read, and it is unpacked into a temporary root
// from which the installed binary runs — it must find its formats and translations there, not in the
// build folder. The desktop entry, the AppStream metainfo, the MIME type and the man pages are checked
// with the tools the desktop uses (desktop-file-validate, appstreamcli, update-mime-database, man).
class TestPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void packageHolds_data();
    void packageHolds();
    void packageHoldsNothingElse();
    void noMaintainerScripts();
    void controlField_data();
    void controlField();
    void installedBinaryRuns_data();
    void installedBinaryRuns();
    void desktopEntry();
    void metainfo();
    void mimeType();
    void manPage_data();
    void manPage();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QString &program, const QStringList &arguments, int timeoutMs = 30000);
    QString installed(const QString &path) const { return m_root.filePath(path.mid(1)); }

    QTemporaryDir m_output;
    QTemporaryDir m_root;
    QString m_deb;
    QStringList m_listing;   // the data archive's lines, `dpkg-deb -c`
    QStringList m_files;     // its regular files, as installed paths
};

TestPackage::Run TestPackage::run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("200")); // no line of a man page hyphenated
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        result.err = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestPackage::initTestCase()
{
    for (const char *tool : {"dpkg-deb", "dpkg-shlibdeps", "desktop-file-validate", "appstreamcli", "update-mime-database", "man"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 is missing: bash .ci/install-deps installs it").arg(QLatin1String(tool))));
    }
    QVERIFY(m_output.isValid() && m_root.isValid());
    // -B: the package and cpack's staging go to the temporary folder, never the build folder.
    const Run cpack = run(QStringLiteral(NIANBAO_CPACK),
                          {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                           QStringLiteral(NIANBAO_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), m_output.path()},
                          120000);
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
    m_deb = m_output.filePath(QStringLiteral("nianbao_" NIANBAO_VERSION "_amd64.deb"));
    QVERIFY2(QFileInfo::exists(m_deb), qPrintable(QDir(m_output.path()).entryList().join(QLatin1Char(' '))));

    const Run listing = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
    QCOMPARE(listing.exitCode, 0);
    m_listing = listing.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : std::as_const(m_listing)) {
        if (line.startsWith(QLatin1Char('-')))
            m_files << line.section(QLatin1String(" ./"), 1).prepend(QLatin1Char('/'));
    }
    const Run extract = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root.path()});
    QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));
}

void TestPackage::packageHolds_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mode");

    const QString file = QStringLiteral("-rw-r--r--");
    QTest::newRow("binary") << QStringLiteral("/usr/bin/nianbao") << QStringLiteral("-rwxr-xr-x");
    QTest::newRow("desktop entry") << QStringLiteral("/usr/share/applications/org.nianbao.Nianbao.desktop") << file;
    QTest::newRow("metainfo") << QStringLiteral("/usr/share/metainfo/org.nianbao.Nianbao.metainfo.xml") << file;
    QTest::newRow("MIME type") << QStringLiteral("/usr/share/mime/packages/nianbao.xml") << file;
    QTest::newRow("icon SVG") << QStringLiteral("/usr/share/icons/hicolor/scalable/apps/nianbao.svg") << file;
    for (const char *size : {"16x16", "22x22", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256"})
        QTest::addRow("icon %s", size) << QStringLiteral("/usr/share/icons/hicolor/%1/apps/nianbao.png").arg(QLatin1String(size)) << file;
    QTest::newRow("man page") << QStringLiteral("/usr/share/man/man1/nianbao.1.gz") << file;
    QTest::newRow("man page zh_CN") << QStringLiteral("/usr/share/man/zh_CN/man1/nianbao.1.gz") << file;
    QTest::newRow("copyright") << QStringLiteral("/usr/share/doc/nianbao/copyright") << file;
    QTest::newRow("changelog") << QStringLiteral("/usr/share/doc/nianbao/changelog.gz") << file;
}

void TestPackage::packageHolds()
{
    QFETCH(QString, path);
    QFETCH(QString, mode);
    const QString suffix = QStringLiteral(" .") + path;
    const auto line = std::find_if(m_listing.cbegin(), m_listing.cend(), [&](const QString &l) { return l.endsWith(suffix); });
    QVERIFY2(line != m_listing.cend(), qPrintable(m_listing.join(QLatin1Char('\n'))));
    QVERIFY2(line->startsWith(mode + QStringLiteral(" root/root ")), qPrintable(*line));
}

void TestPackage::packageHoldsNothingElse()
{
    // 17 files: the rows above. Anything more (a test helper, a static library) was installed by mistake.
    QCOMPARE(m_files.size(), 17);
}

void TestPackage::noMaintainerScripts()
{
    // No postinst/postrm: the caches are the triggers' business, and nothing may touch the users' data
    // on removal (their databases are in their home folders, which the package never knew).
    QTemporaryDir control;
    const Run extract = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-e"), m_deb, control.filePath(QStringLiteral("DEBIAN"))});
    QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));
    QCOMPARE(QDir(control.filePath(QStringLiteral("DEBIAN"))).entryList(QDir::Files, QDir::Name),
             (QStringList{QStringLiteral("control"), QStringLiteral("md5sums")}));
}

void TestPackage::controlField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected"); // a pattern the field must match

    QTest::newRow("Package") << QStringLiteral("Package") << QStringLiteral("^nianbao$");
    QTest::newRow("Version") << QStringLiteral("Version") << QStringLiteral("^" NIANBAO_VERSION "$");
    QTest::newRow("Architecture") << QStringLiteral("Architecture") << QStringLiteral("^amd64$");
    // From dpkg-shlibdeps: the libraries the binary links.
    QTest::newRow("Depends Qt Core") << QStringLiteral("Depends") << QStringLiteral("(^|, )libqt6core6 \\(>= 6");
    QTest::newRow("Depends Qt Widgets") << QStringLiteral("Depends") << QStringLiteral("(^|, )libqt6widgets6 \\(>= 6");
    QTest::newRow("Depends Qt Sql") << QStringLiteral("Depends") << QStringLiteral("(^|, )libqt6sql6 \\(>= 6");
    QTest::newRow("Depends libxlsxwriter") << QStringLiteral("Depends") << QStringLiteral("(^|, )libxlsxwriter4 ");
    // Declared: loaded at run time or needed by the PDF.
    for (const char *package : {"libqt6sql6-sqlite", "libqt6sql6-psql", "qt6-qpa-plugins", "fonts-arphic-uming", "fonts-wqy-zenhei"})
        QTest::addRow("Depends %s", package) << QStringLiteral("Depends") << QStringLiteral("(^|, )%1(,|$)").arg(QLatin1String(package));
    QTest::newRow("Section") << QStringLiteral("Section") << QStringLiteral("^misc$");
    QTest::newRow("Description") << QStringLiteral("Description") << QStringLiteral("^annual government information disclosure report");
}

void TestPackage::controlField()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const Run control = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, field});
    QCOMPARE(control.exitCode, 0);
    const QString value = control.out.trimmed();
    QVERIFY2(QRegularExpression(expected).match(value).hasMatch(), qPrintable(field + QStringLiteral(": ") + value));
}

void TestPackage::installedBinaryRuns_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("lastLine");

    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0 << QStringLiteral("nianbao " NIANBAO_VERSION);
    // The Chinese count line comes from the translation compiled into the binary; the 2019 and 2021
    // formats from its resources.
    QTest::newRow("check, 2019 format, Chinese") << QStringList{QStringLiteral("check"), testpaths::data("wenzhou-eeb-2019.json")} << 0
                                                 << QStringLiteral("0 个错误，0 个警告");
    QTest::newRow("check, 2019 format, English")
        << QStringList{QStringLiteral("check"), testpaths::data("wenzhou-eeb-2019.json"), QStringLiteral("--lang"), QStringLiteral("en")} << 0
        << QStringLiteral("0 errors, 0 warnings");
    QTest::newRow("check, 2021 format") << QStringList{QStringLiteral("check"), testpaths::shared("reference/huaian-2024-report.json")} << 0
                                        << QStringLiteral("0 个错误，0 个警告");
}

void TestPackage::installedBinaryRuns()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, lastLine);
    const Run nianbao = run(installed(QStringLiteral("/usr/bin/nianbao")), arguments);
    QVERIFY2(nianbao.exitCode == exitCode, qPrintable(nianbao.out + nianbao.err));
    QCOMPARE(nianbao.out.trimmed().section(QLatin1Char('\n'), -1), lastLine);
}

void TestPackage::desktopEntry()
{
    const QString path = installed(QStringLiteral("/usr/share/applications/org.nianbao.Nianbao.desktop"));
    const Run validate = run(QStringLiteral("desktop-file-validate"), {path});
    QVERIFY2(validate.exitCode == 0 && validate.out.isEmpty(), qPrintable(validate.out + validate.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const char *line : {"Name=Nianbao", "Name[zh_CN]=年报填报", "Exec=nianbao %f", "Icon=nianbao", "Categories=Office;",
                             "MimeType=application/x-nianbao-report+json;"})
        QVERIFY2(lines.contains(QString::fromUtf8(line)), line);
}

void TestPackage::metainfo()
{
    const Run validate = run(QStringLiteral("appstreamcli"),
                             {QStringLiteral("validate"), QStringLiteral("--no-net"),
                              installed(QStringLiteral("/usr/share/metainfo/org.nianbao.Nianbao.metainfo.xml"))});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
    // Software centres show the newest release as the version: it must be this one.
    QFile file(installed(QStringLiteral("/usr/share/metainfo/org.nianbao.Nianbao.metainfo.xml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("<release version=\"" NIANBAO_VERSION "\""));
}

void TestPackage::mimeType()
{
    // The database update-mime-database builds from the installed XML (what shared-mime-info's dpkg
    // trigger does on the real system) maps the report file's name and first key to the type.
    const QString mime = installed(QStringLiteral("/usr/share/mime"));
    const Run update = run(QStringLiteral("update-mime-database"), {mime});
    QVERIFY2(update.exitCode == 0, qPrintable(update.err));
    QFile globs(mime + QStringLiteral("/globs2"));
    QVERIFY(globs.open(QIODevice::ReadOnly));
    QVERIFY(globs.readAll().split('\n').contains("60:application/x-nianbao-report+json:*.nianbao.json"));
    QFile subclasses(mime + QStringLiteral("/subclasses"));
    QVERIFY(subclasses.open(QIODevice::ReadOnly));
    QVERIFY(subclasses.readAll().split('\n').contains("application/x-nianbao-report+json application/json"));
    QFile magic(mime + QStringLiteral("/magic"));
    QVERIFY(magic.open(QIODevice::ReadOnly));
    QVERIFY(magic.readAll().contains("\"nianbao\":"));
}

void TestPackage::manPage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("nameLine");

    QTest::newRow("English") << QStringLiteral("/usr/share/man/man1/nianbao.1.gz")
                             << QStringLiteral("nianbao - prepare and check the annual government information disclosure report");
    QTest::newRow("Chinese") << QStringLiteral("/usr/share/man/zh_CN/man1/nianbao.1.gz") << QStringLiteral("nianbao - 填报、校验政府信息公开工作年度报告");
}

void TestPackage::manPage()
{
    QFETCH(QString, path);
    QFETCH(QString, nameLine);
    // --warnings: what lintian's groff check reports (a line groff cannot break, a bad macro).
    const Run man = run(QStringLiteral("man"), {QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"), QStringLiteral("-l"), installed(path)});
    QVERIFY2(man.exitCode == 0 && man.err.isEmpty(), qPrintable(man.err));
    // Without the overstrike of bold text and the spaces of justified lines.
    const QString text = QString(man.out).remove(QRegularExpression(QStringLiteral(".\\x08"))).simplified();
    QVERIFY2(text.contains(nameLine), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Nianbao " NIANBAO_VERSION)));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
