#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// `nianbao FILE` with a report file, as the desktop entry runs it on a double-click: the report goes
// into the database the app would open (the default one in the user's data folder, or --db) and is
// opened; a database named there is still opened as a database. Each run has a home of its own
// (XDG_DATA_HOME, XDG_CONFIG_HOME), so the default database and the last-file setting are fresh.
class TestReportFileArgument : public QObject
{
    Q_OBJECT

private slots:
    void reportFileIsImported_data();
    void reportFileIsImported();
    void secondDoubleClickAddsNothing();
    void unreadableReportFile();
    void databaseIsStillADatabase();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run nianbao(const QTemporaryDir &home, const QStringList &arguments);
    static QString defaultDatabase(const QTemporaryDir &home);
    static QString copyReport(const QTemporaryDir &home, const QString &name);
};

TestReportFileArgument::Run TestReportFileArgument::nianbao(const QTemporaryDir &home, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    // Messages in English whatever the translation says; --quit-when-shown: no message box may block,
    // the message goes to stderr.
    const QStringList gui{QStringLiteral("--quit-when-shown"), QStringLiteral("--lang"), QStringLiteral("en")};
    process.start(testpaths::executable(), arguments.value(0) == QLatin1String("list") ? arguments : gui + arguments);
    Run run;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestReportFileArgument::defaultDatabase(const QTemporaryDir &home)
{
    return home.filePath(QStringLiteral("data/Nianbao/nianbao/nianbao.sqlite"));
}

QString TestReportFileArgument::copyReport(const QTemporaryDir &home, const QString &name)
{
    const QString path = home.filePath(name);
    return QFile::copy(testpaths::data("wenzhou-eeb-2019.json"), path) ? path : QString();
}

void TestReportFileArgument::reportFileIsImported_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("withDb");

    QTest::newRow("*.nianbao.json, default database") << QStringLiteral("温州市生态环境局-2019.nianbao.json") << false;
    QTest::newRow("plain .json") << QStringLiteral("report.json") << false;
    QTest::newRow("JSON under another name (found by its content)") << QStringLiteral("report-from-mail.txt") << false;
    QTest::newRow("--db names the database") << QStringLiteral("report.nianbao.json") << true;
}

void TestReportFileArgument::reportFileIsImported()
{
    QFETCH(QString, fileName);
    QFETCH(bool, withDb);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString report = copyReport(home, fileName);
    QVERIFY(!report.isEmpty());
    const QString database = withDb ? home.filePath(QStringLiteral("office.sqlite")) : defaultDatabase(home);
    QStringList arguments{report};
    if (withDb)
        arguments << QStringLiteral("--db") << database;

    const Run opened = nianbao(home, arguments);
    QCOMPARE(opened.exitCode, 0);
    // The message names the file and the new report's number.
    QVERIFY2(opened.err.contains(fileName) && opened.err.contains(QLatin1String("as report number 1 and opened")), qPrintable(opened.err));

    const Run listed = nianbao(home, {QStringLiteral("list"), QStringLiteral("--db"), database});
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QStringLiteral("1\t温州市生态环境局\t2019\t2019\t")), qPrintable(lines.first()));
    if (withDb)
        QVERIFY(!QFileInfo::exists(defaultDatabase(home)));
}

void TestReportFileArgument::secondDoubleClickAddsNothing()
{
    QTemporaryDir home;
    const QString report = copyReport(home, QStringLiteral("a.nianbao.json"));
    QCOMPARE(nianbao(home, {report}).exitCode, 0);
    const Run again = nianbao(home, {report});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(QLatin1String("already in this database (number 1)")), qPrintable(again.err));

    const Run listed = nianbao(home, {QStringLiteral("list"), QStringLiteral("--db"), defaultDatabase(home)});
    QCOMPARE(listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
}

void TestReportFileArgument::unreadableReportFile()
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("broken.nianbao.json"));
    const QByteArray broken = "{\"nianbao\": 1, \"format\": \"2019\", \"year\": ";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(broken);
    }
    const Run opened = nianbao(home, {path});
    QCOMPARE(opened.exitCode, 0); // the window stays, with the database open
    QVERIFY2(opened.err.split(QLatin1Char('\n')).contains(QStringLiteral("The report file cannot be read: %1: line 1, column 42: unterminated object").arg(path)),
             qPrintable(opened.err));

    const Run listed = nianbao(home, {QStringLiteral("list"), QStringLiteral("--db"), defaultDatabase(home)});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out, QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
}

void TestReportFileArgument::databaseIsStillADatabase()
{
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("office.sqlite"));
    QCOMPARE(nianbao(home, {database}).exitCode, 0);
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(16), QByteArray("SQLite format 3\0", 16));
    QVERIFY(!QFileInfo::exists(defaultDatabase(home)));
}

QTEST_GUILESS_MAIN(TestReportFileArgument)
#include "tst_reportfileargument.moc"
