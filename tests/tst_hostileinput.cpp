// Issue 15: hostile input through the real nianbao executable. Every file of tests/data/hostile/ (and
// the big ones, made here at run time) ends in a clear message and the right exit code, within 2 s of
// processor time and under 500 MB; what the exports make of hostile names is harmless.
#include "storetestutil.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <sys/resource.h>

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedClearly_data();
    void refusedClearly();
    void noteFloodIsCapped();
    void htmlTitleIsEscaped();
    void csvFormulasAreNeutralised();
    void xlsxRefusesWhatItCannotHold();
    void missingAgency();
    void listShowsControlCharacters();

private:
    struct Run
    {
        int exitCode = -1; // -1: crashed or did not finish
        QString out;
        QString err;
        qint64 cpuMs = 0;
        qint64 wallMs = 0;
    };
    Run nianbao(const QStringList &arguments);
    QString generated(const QString &kind);
    QString importReport(const QString &json, const QString &db);

    QTemporaryDir m_dir;
};

namespace {

qint64 childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

// The largest resident size of any child waited for so far, in MB (Linux gives kilobytes).
qint64 childrenPeakMb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;
}

QString hostile(const char *name)
{
    return testpaths::data("hostile/") + QLatin1String(name);
}

} // namespace

TestHostileInput::Run TestHostileInput::nianbao(const QStringList &arguments)
{
    QProcess process;
    const qint64 cpuBefore = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    process.start(testpaths::executable(), arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    const bool finished = process.waitForFinished(120000);
    Run run;
    run.wallMs = timer.elapsed();
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    run.cpuMs = childrenCpuMs() - cpuBefore;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (finished && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    return run;
}

QString TestHostileInput::importReport(const QString &json, const QString &db)
{
    const Run run = nianbao({QStringLiteral("import"), json, QStringLiteral("--db"), db});
    return run.exitCode == 0 ? run.out.trimmed() : QString();
}

// The big inputs are made here, not kept in the repository.
QString TestHostileInput::generated(const QString &kind)
{
    const QString path = m_dir.filePath(kind);
    if (QFileInfo::exists(path))
        return path;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    if (kind == QLatin1String("huge.csv")) {
        // 100 MB of lines that could be a sheet's: refused by its size before it is read.
        const QByteArray line = QByteArray("本年新收政府信息公开申请数量,1,2,3,4,5,6,7\r\n");
        const QByteArray block = line.repeated(int(1024 * 1024 / line.size()));
        for (int i = 0; i < 100; ++i)
            file.write(block);
    } else if (kind == QLatin1String("many-lines.csv")) {
        // Under the size limit, but a million lines no sheet has.
        file.write("\xEF\xBB\xBF\xE6\x9C\xBA\xE5\x85\xB3,x\r\n"); // 机关,x
        file.write(QByteArray("1\r\n").repeated(1000000));
    } else if (kind == QLatin1String("wide.csv")) {
        file.write(QByteArray(",").repeated(5 * 1024 * 1024));
    } else if (kind == QLatin1String("huge.json")) {
        file.write(R"({"nianbao":1,"format":"2021","year":2021,"narratives":{"s1":")");
        file.write(QByteArray(25 * 1024 * 1024, 'x'));
        file.write("\"}}\n");
    } else if (kind == QLatin1String("million-narrative.json")) {
        // Under the file limit, over the narrative limit: a million characters in one section.
        file.write(R"({"nianbao":1,"format":"2021","year":2021,"agency":{"name":"某局"},"narratives":{"s1":")");
        file.write(QStringLiteral("公开").repeated(500000).toUtf8());
        file.write("\"}}\n");
    } else if (kind == QLatin1String("huge.txt")) {
        file.write(QStringLiteral("政府信息公开工作年度报告\n").repeated(1000000).toUtf8());
    } else if (kind == QLatin1String("deep.json")) {
        file.write(QByteArray("[").repeated(100000));
        file.write(QByteArray("]").repeated(100000));
    }
    return path;
}

void TestHostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(hostile("duplicate-key.json")).isFile());
}

void TestHostileInput::refusedClearly_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("file"); // in tests/data/hostile, or made by generated()
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("duplicate key") << "import" << "duplicate-key.json" << 2 << "the key “name” appears twice";
    QTest::newRow("lone surrogate") << "import" << "lone-surrogate.json" << 2 << "\\ud800 is half of a character";
    QTest::newRow("NUL in a name") << "import" << "nul-in-name.json" << 2 << "$.agency.name: holds a NUL (U+0000)";
    QTest::newRow("right-to-left override") << "import" << "rlo-in-name.json" << 2 << "right-to-left override (U+202e)";
    QTest::newRow("zero-width space") << "import" << "zero-width-in-name.json" << 2 << "zero-width space (U+200b)";
    QTest::newRow("a name that forges lines") << "import" << "forged-line-name.json" << 2 << "line break (U+000a)";
    QTest::newRow("year 99999 in JSON") << "import" << "year-99999.json" << 2 << "99999 is not a plausible report year (2008 to 2100)";
    QTest::newRow("year 99999 checked") << "check" << "year-99999.json" << 2 << "99999 is not a plausible report year";
    QTest::newRow("year 99999 in CSV") << "import-tables" << "year-99999.csv" << 2 << "99999 is not a plausible report year (2008 to 2100)";
    QTest::newRow("override in a CSV name") << "import-tables" << "rlo-in-name.csv" << 2 << "right-to-left override";
    QTest::newRow("one bad UTF-8 byte") << "import-tables" << "bad-utf8-byte.csv" << 2
                                        << "the file is UTF-8 but holds a byte that is not (0xe7 at line 1, byte 20)";
    QTest::newRow("one bad UTF-8 byte in a published text") << "import-published" << "bad-utf8-byte.txt" << 2
                                                            << "the file is UTF-8 but holds a byte that is not (0xe5 at line 1, byte 29)";
    QTest::newRow("100 MB CSV") << "import-tables" << "huge.csv" << 2 << "a file of this kind is at most 20 MB";
    QTest::newRow("a million lines") << "import-tables" << "many-lines.csv" << 2 << "more than 10000 lines";
    QTest::newRow("five million fields") << "import-tables" << "wide.csv" << 2 << "more than 1000 fields";
    QTest::newRow("25 MB JSON") << "import" << "huge.json" << 2 << "at most 20 MB";
    QTest::newRow("25 MB JSON checked") << "check" << "huge.json" << 2 << "at most 20 MB";
    QTest::newRow("a million-character narrative") << "import" << "million-narrative.json" << 2
                                                   << "$.narratives.s1: the text is 1000000 characters long";
    QTest::newRow("25 MB published text") << "import-published" << "huge.txt" << 2 << "at most 20 MB";
    QTest::newRow("consolidation title with a line break") << "consolidate" << "全市\n2\t伪造" << 2 << "--title: the name holds a line break (U+000a)";
    QTest::newRow("nested 100000 deep") << "import" << "deep.json" << 2 << "deep.json";
}

void TestHostileInput::refusedClearly()
{
    QFETCH(QString, command);
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const QString db = m_dir.filePath(QStringLiteral("refused-%1.sqlite").arg(QString::fromUtf8(QTest::currentDataTag())).remove(QLatin1Char(' ')));
    QStringList arguments;
    if (command == QLatin1String("consolidate")) {
        // The "file" is the title given on the command line.
        QVERIFY(!importReport(testpaths::data("wenzhou-eeb-2019.json"), db).isEmpty());
        arguments << command << QStringLiteral("--db") << db << QStringLiteral("--year") << QStringLiteral("2019") << QStringLiteral("--include-unsigned")
                  << QStringLiteral("--title") << file
                  << QStringLiteral("-o") << m_dir.filePath(QStringLiteral("title.html"));
    } else {
        QString path = hostile(file.toUtf8().constData());
        if (!QFileInfo::exists(path))
            path = generated(file);
        QVERIFY(QFileInfo(path).size() > 0);
        arguments << command << path;
        if (command.startsWith(QLatin1String("import")) && command != QLatin1String("import-published"))
            arguments << QStringLiteral("--db") << db;
    }
    const Run run = nianbao(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err.left(2000)));
    QVERIFY2(run.err.count(QLatin1Char('\n')) <= 25, qPrintable(QStringLiteral("%1 lines of messages").arg(run.err.count(QLatin1Char('\n')))));
    QVERIFY2(run.cpuMs < 2000, qPrintable(QStringLiteral("%1 ms of processor time").arg(run.cpuMs)));
    QVERIFY2(childrenPeakMb() < 500, qPrintable(QStringLiteral("%1 MB").arg(childrenPeakMb())));
    // Nothing was added or written: a refused file leaves no report behind.
    if (command == QLatin1String("consolidate"))
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("title.html"))));
    else
        QVERIFY(!QFileInfo::exists(db) || nianbao({QStringLiteral("list"), QStringLiteral("--db"), db}).out.isEmpty());
    qInfo("%s: exit %d, %lld ms processor, %lld ms wall, peak of all children so far %lld MB", QTest::currentDataTag(), run.exitCode,
          run.cpuMs, run.wallMs, childrenPeakMb());
}

// A sheet whose every figure is wrong is still read (its report added, blank where unread) and says
// what is wrong — the first 20 problems and how many more, not a line per cell.
void TestHostileInput::noteFloodIsCapped()
{
    const QString db = m_dir.filePath(QStringLiteral("flood.sqlite"));
    const QString id = importReport(testpaths::data("wenzhou-eeb-2019.json"), db);
    QVERIFY(!id.isEmpty());
    const QString csv = m_dir.filePath(QStringLiteral("flood.csv"));
    QCOMPARE(nianbao({QStringLiteral("export-tables"), QStringLiteral("--db"), db, QStringLiteral("--report"), id, QStringLiteral("-o"), csv}).exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    // Every figure below the agency, year and format lines becomes a word.
    QStringList lines = text.split(QStringLiteral("\r\n"));
    for (int i = 3; i < lines.size(); ++i) {
        lines[i].replace(QRegularExpression(QStringLiteral(",[0-9]+(?=,|$)")), QStringLiteral(",abc"));
        lines[i].replace(QRegularExpression(QStringLiteral(",[0-9]+(?=,|$)")), QStringLiteral(",abc"));
    }
    text = lines.join(QStringLiteral("\r\n"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    const Run run = nianbao({QStringLiteral("import-tables"), csv, QStringLiteral("--db"), m_dir.filePath(QStringLiteral("flood-in.sqlite"))});
    QCOMPARE(run.exitCode, 1);
    const QStringList messages = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(messages.size(), 21);
    QVERIFY2(messages.last().contains(QRegularExpression(QStringLiteral("^… and [0-9]+ more$"))), qPrintable(messages.last()));
    QVERIFY(messages.first().contains(QStringLiteral("“abc” was not read")));
}

// Issue 15, item 4: a name written into the published web page is text, never markup — in the title
// and in the body, for a report and for a consolidation's title.
void TestHostileInput::htmlTitleIsEscaped()
{
    const QString db = m_dir.filePath(QStringLiteral("html.sqlite"));
    const QString id = importReport(hostile("html-in-name.json"), db);
    QVERIFY(!id.isEmpty());
    const QString html = m_dir.filePath(QStringLiteral("report.html"));
    QCOMPARE(nianbao({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--report"), id, QStringLiteral("--html"), html}).exitCode, 0);
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    QVERIFY2(!page.contains(QStringLiteral("<script")), qPrintable(page.left(600)));
    QVERIFY2(page.contains(QStringLiteral("<title>温州市&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;2021年政府信息公开工作年度报告</title>")),
             qPrintable(page.left(600)));
    QCOMPARE(page.count(QStringLiteral("<title>")), 1);
    QCOMPARE(page.count(QStringLiteral("</title>")), 1);
    QVERIFY(page.contains(QStringLiteral("温州市&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;2021年"))); // the heading in the body

    const QString summary = m_dir.filePath(QStringLiteral("summary.html"));
    const Run run = nianbao({QStringLiteral("consolidate"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2021"),
                             QStringLiteral("--include-unsigned"), QStringLiteral("--title"), QStringLiteral("全市</title><script>alert(2)</script>"), QStringLiteral("-o"), summary});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
    QFile summaryFile(summary);
    QVERIFY(summaryFile.open(QIODevice::ReadOnly));
    const QString summed = QString::fromUtf8(summaryFile.readAll());
    QVERIFY2(!summed.contains(QStringLiteral("<script")), qPrintable(summed.left(600)));
    QVERIFY2(summed.contains(QStringLiteral("<title>全市&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;")), qPrintable(summed.left(600)));
}

// Issue 15, item 5: a name a spreadsheet would run as a formula goes out behind an apostrophe (CSV) or
// as a string (XLSX), and comes back in unchanged.
void TestHostileInput::csvFormulasAreNeutralised()
{
    const QString formula = QStringLiteral("=cmd|' /C calc'!A0");
    const QString db = m_dir.filePath(QStringLiteral("formula.sqlite"));
    const QString id = importReport(hostile("formula-name.json"), db);
    QVERIFY(!id.isEmpty());
    const QString csv = m_dir.filePath(QStringLiteral("formula.csv"));
    QCOMPARE(nianbao({QStringLiteral("export-tables"), QStringLiteral("--db"), db, QStringLiteral("--report"), id, QStringLiteral("-o"), csv}).exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains("\r\n\xE6\x9C\xBA\xE5\x85\xB3,'=cmd|' /C calc'!A0\r\n") || bytes.contains("\xEF\xBB\xBF\xE6\x9C\xBA\xE5\x85\xB3,'=cmd|' /C calc'!A0\r\n"),
             bytes.left(200).constData());
    QVERIFY(!bytes.contains(",=cmd"));

    // Read back by import-tables: the name is the name, without the apostrophe.
    const QString back = m_dir.filePath(QStringLiteral("formula-back.sqlite"));
    Run run = nianbao({QStringLiteral("import-tables"), csv, QStringLiteral("--db"), back});
    QCOMPARE(run.exitCode, 0);
    run = nianbao({QStringLiteral("list"), QStringLiteral("--db"), back});
    QVERIFY2(run.out.startsWith(QStringLiteral("1\t") + formula + QStringLiteral("\t2021\t")), qPrintable(run.out));
    // The members' sheet of a consolidation too.
    const QString summary = m_dir.filePath(QStringLiteral("formula-summary.csv"));
    run = nianbao({QStringLiteral("consolidate"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--include-unsigned"),
                   QStringLiteral("-o"), summary});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
    QFile summaryFile(summary);
    QVERIFY(summaryFile.open(QIODevice::ReadOnly));
    const QByteArray summed = summaryFile.readAll();
    QVERIFY(summed.contains("\r\n'=cmd|' /C calc'!A0,"));
    QVERIFY(!summed.contains("\n=cmd") && !summed.contains(",=cmd"));

    // XLSX: a shared string, no formula anywhere.
    const QString xlsx = m_dir.filePath(QStringLiteral("formula.xlsx"));
    QCOMPARE(nianbao({QStringLiteral("export-tables"), QStringLiteral("--db"), db, QStringLiteral("--report"), id, QStringLiteral("-o"), xlsx}).exitCode, 0);
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    QVERIFY(unzip.waitForFinished());
    const QByteArray sheet = unzip.readAllStandardOutput();
    QVERIFY(sheet.contains("<sheetData>"));
    QVERIFY(!sheet.contains("<f>") && !sheet.contains("<f "));
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")});
    QVERIFY(unzip.waitForFinished());
    QVERIFY(unzip.readAllStandardOutput().contains("<t>=cmd|' /C calc'!A0</t>"));
}

// Issue 15, item 7: an XLSX cell holds 32 767 characters and no NUL; a longer text or a NUL (edited into
// the file) is refused with a message and a non-zero exit, not dropped or cut.
void TestHostileInput::xlsxRefusesWhatItCannotHold()
{
    const QString db = m_dir.filePath(QStringLiteral("xlsx.sqlite"));
    const QString id = importReport(hostile("formula-name.json"), db);
    QVERIFY(!id.isEmpty());
    const QString xlsx = m_dir.filePath(QStringLiteral("long.xlsx"));
    QVERIFY(rawSql(db, {QStringLiteral("UPDATE agencies SET name = '%1'").arg(QString(40000, QLatin1Char('x')))}));
    Run run = nianbao({QStringLiteral("export-tables"), QStringLiteral("--db"), db, QStringLiteral("--report"), id, QStringLiteral("-o"), xlsx});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("the text is 40000 characters long, and an Excel cell holds at most 32767")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(xlsx));

    QVERIFY(rawSql(db, {QStringLiteral("UPDATE agencies SET name = '温州' || char(0) || '市统计局'")}));
    run = nianbao({QStringLiteral("export-tables"), QStringLiteral("--db"), db, QStringLiteral("--report"), id, QStringLiteral("-o"), xlsx});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("holds a NUL character")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(xlsx));
}

// Issue 15, item 6: a report whose agency row was deleted with the sqlite3 tool is listed as such, and
// every command that needs it says why it cannot, instead of crashing.
void TestHostileInput::missingAgency()
{
    const QString db = m_dir.filePath(QStringLiteral("orphan.sqlite"));
    const QString id = importReport(testpaths::data("wenzhou-eeb-2019.json"), db);
    QVERIFY(!id.isEmpty());
    QVERIFY(rawSql(db, {QStringLiteral("DELETE FROM agencies")})); // foreign keys are off in a plain connection

    Run run = nianbao({QStringLiteral("list"), QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(id + QStringLiteral("\t(agency missing)\t2019\t2019\t")), qPrintable(run.out));
    const QString missing = QStringLiteral("report %1 belongs to agency number 1, which is missing from the database").arg(id);
    run = nianbao({QStringLiteral("export-json"), QStringLiteral("--db"), db, QStringLiteral("--report"), id});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(missing), qPrintable(run.err));
    run = nianbao({QStringLiteral("consolidate"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--include-unsigned"),
                   QStringLiteral("-o"), m_dir.filePath(QStringLiteral("orphan.csv"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(missing), qPrintable(run.err));
    run = nianbao({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--report"), id, QStringLiteral("--pdf"),
                   m_dir.filePath(QStringLiteral("orphan.pdf"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(missing), qPrintable(run.err));
}

// Issue 15, item 7: `list` prints one line per report whatever the file holds.
void TestHostileInput::listShowsControlCharacters()
{
    const QString db = m_dir.filePath(QStringLiteral("forged.sqlite"));
    const QString id = importReport(testpaths::data("wenzhou-eeb-2019.json"), db);
    QVERIFY(!id.isEmpty());
    QVERIFY(rawSql(db, {QStringLiteral("UPDATE agencies SET name = '甲' || char(10) || '99' || char(9) || '乙' || char(13) || char(8238) || 'x\\y'")}));
    const Run run = nianbao({QStringLiteral("list"), QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
    QCOMPARE(run.out.count(QLatin1Char('\t')), 5);
    QVERIFY2(run.out.startsWith(id + QStringLiteral("\t甲\\n99\\t乙\\r\\u202ex\\\\y\t2019\t")), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
