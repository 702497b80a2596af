#include "signtestutil.h"
#include "testpaths.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// The nianbao executable as a user runs it: output, exit codes, languages.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void checkReferenceIsClean();
    void checkReportsChangedFigure();
    void checkInChinese();
    void checkWithPreviousYear();
    void checkOutputFormats_data();
    void checkOutputFormats();
    void checkManyFilesGoesOn();
    void unreadableInput_data();
    void unreadableInput();
    void exportWritesEveryFormat();
    void exportFromDatabase();
    void importPublished();
    void tablesOutAndIn();
    void consolidateAYear();
    void consolidateLeavesOutUnsigned();
    void versionAndHelp();
    void mistypedCommand();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run nianbao(const QStringList &arguments);
    QString writeFile(const char *name, const QByteArray &content);

    QTemporaryDir m_dir;
};

TestCommandLine::Run TestCommandLine::nianbao(const QStringList &arguments)
{
    QProcess process;
    process.start(testpaths::executable(), arguments);
    const bool finished = process.waitForFinished(30000);
    Run run;
    if (!finished || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestCommandLine::writeFile(const char *name, const QByteArray &content)
{
    const QString path = m_dir.filePath(QLatin1String(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return path;
}

static QByteArray referenceJson()
{
    QFile file(testpaths::data("wenzhou-eeb-2019.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCommandLine::checkReferenceIsClean()
{
    const Run run = nianbao({QStringLiteral("check"), testpaths::data("wenzhou-eeb-2019.json"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("0 errors, 0 warnings"));
    QVERIFY(run.err.isEmpty());
}

void TestCommandLine::checkReportsChangedFigure()
{
    QByteArray json = referenceJson();
    QVERIFY(json.contains("\"s3.granted.natural\": 15"));
    json.replace("\"s3.granted.natural\": 15", "\"s3.granted.natural\": 14");
    const Run run = nianbao({QStringLiteral("check"), writeFile("changed.json", json), QStringLiteral("--lang=en")});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList r1 = lines.filter(QStringLiteral("\tR1\t"));
    const QStringList r3 = lines.filter(QStringLiteral("\tR3\t"));
    QCOMPARE(r1.size(), 1);
    QCOMPARE(r3.size(), 1);
    QVERIFY2(r1.first().startsWith(QStringLiteral("error\tR1\ts3.new.natural,")), qPrintable(r1.first()));
    QVERIFY2(r1.first().contains(QStringLiteral("new 39 + carried over 1 = 40, but results total 39 + carried to next year 0 = 39, a difference of 1")),
             qPrintable(r1.first()));
    QVERIFY2(r3.first().contains(QStringLiteral("(7) total 40, but results (1) to (6) add up to 39")), qPrintable(r3.first()));
    QCOMPARE(lines.last(), QStringLiteral("3 errors, 0 warnings"));
}

void TestCommandLine::checkInChinese()
{
    QByteArray json = referenceJson();
    json.replace("\"s3.granted.natural\": 15", "\"s3.granted.natural\": 14");
    const Run run = nianbao({QStringLiteral("check"), writeFile("changed-zh.json", json), QStringLiteral("--lang"), QStringLiteral("zh")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("三、自然人列：新收 39 + 上年结转 1 = 40，而办理结果总计 39 + 结转下年度 0 = 39，相差 1")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("错误\tR3")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("3 个错误，0 个警告")), qPrintable(run.out));
}

void TestCommandLine::checkWithPreviousYear()
{
    // Last year carried 2 requests for 自然人 into 2019; the report says 1: R6 warns, but warnings alone
    // still exit 0.
    const QString previous = writeFile("2018.json", R"({"nianbao":1,"format":"2019","year":2018,"cells":{"s3.carry_out.natural":2,"s3.new.natural":2}})");
    const Run run = nianbao({QStringLiteral("check"), testpaths::data("wenzhou-eeb-2019.json"), QStringLiteral("--previous"), previous,
                             QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("warning\tR6\ts3.carried_in.natural\t")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("carried over 1, but last year's report carried 2")));
}

// --format: text is the one-line-per-finding output; json and csv are for a batch of files. Each row:
// the arguments after "check FILE", the exit code and the output expected, written out.
void TestCommandLine::checkOutputFormats_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // the whole stdout (a part of it for the last rows); FILE stands for the report's path

    const QString cellsA = QStringLiteral("s3.new.natural,s3.carried_in.natural,s3.granted.natural,s3.carry_out.natural");
    const QString cellsB = QStringLiteral("s3.new.total,s3.carried_in.total,s3.granted.total,s3.carry_out.total");
    const QString r1a = QStringLiteral("Section 3, column Natural persons: new 3 + carried over 0 = 3, but results total 2 + carried to next year 0 = 2, a difference of 1");
    const QString r1b = QStringLiteral("Section 3, column Total: new 3 + carried over 0 = 3, but results total 2 + carried to next year 0 = 2, a difference of 1");
    QTest::newRow("text") << QStringList{QStringLiteral("--format"), QStringLiteral("text")} << 1
                          << QStringLiteral("error\tR1\t%1\t%2\nerror\tR1\t%3\t%4\n2 errors, 0 warnings\n").arg(cellsA, r1a, cellsB, r1b);
    QTest::newRow("csv") << QStringList{QStringLiteral("--format=csv")} << 1
                         << QStringLiteral("file,severity,rule,cells,message\r\nFILE,error,R1,\"%1\",\"%2\"\r\nFILE,error,R1,\"%3\",\"%4\"\r\n")
                                .arg(cellsA, r1a, cellsB, r1b);
    QTest::newRow("json") << QStringList{QStringLiteral("--format"), QStringLiteral("json")} << 1
                          << QStringLiteral("[{\"agency\":\"\",\"errors\":2,\"file\":\"FILE\",\"findings\":["
                                            "{\"cells\":[\"s3.new.natural\",\"s3.carried_in.natural\",\"s3.granted.natural\",\"s3.carry_out.natural\"],"
                                            "\"message\":\"%1\",\"rule\":\"R1\",\"severity\":\"error\"},"
                                            "{\"cells\":[\"s3.new.total\",\"s3.carried_in.total\",\"s3.granted.total\",\"s3.carry_out.total\"],"
                                            "\"message\":\"%2\",\"rule\":\"R1\",\"severity\":\"error\"}],"
                                            "\"format\":\"2021\",\"warnings\":0,\"year\":2021}]").arg(r1a, r1b);
    // At submission the blank cells (R16: six tables) and the empty 一, 五, 六 (R15) are named too.
    QTest::newRow("submission") << QStringList{QStringLiteral("--submission")} << 1 << QStringLiteral("2 errors, 9 warnings");
    // R17 with the sign-off date given: dated 2022-01-10 (on time), signed 2022-02-20, a department's deadline is 2022-01-31.
    QTest::newRow("signed late") << QStringList{QStringLiteral("--signed"), QStringLiteral("2022-02-20")} << 1
                                 << QStringLiteral("warning\tR17\t\tSigned off on 2022-02-20, after the statutory deadline 2022-01-31 (Regulations art. 49, "
                                                   "a department of a county-level or higher government), 20 days late\n"
                                                   "warning\tR17\t\tThe report is dated 2022-01-10, 41 days before it was signed off on 2022-02-20: a report is not back-dated\n");
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")} << 2 << QString();
    QTest::newRow("bad date") << QStringList{QStringLiteral("--signed"), QStringLiteral("2022-13-01")} << 2 << QString();
}

void TestCommandLine::checkOutputFormats()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);

    const QString path = writeFile("formats.json", R"({"nianbao":1,"format":"2021","year":2021,"date":"2022-01-10","cells":{"s3.new.natural":3,"s3.granted.natural":2}})");
    const Run run = nianbao(QStringList{QStringLiteral("check"), path, QStringLiteral("--lang"), QStringLiteral("en")} + options);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 2) {
        QVERIFY(!run.err.isEmpty());
        return;
    }
    QString out = run.out;
    out.replace(path, QStringLiteral("FILE"));
    out.remove(QChar(0xFEFF)); // the CSV's byte-order mark, for Excel
    const QString tag = QString::fromUtf8(QTest::currentDataTag());
    if (tag == QLatin1String("json")) {
        // Compared as data: compact and with sorted keys, whatever the indentation.
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8());
        QVERIFY(document.isArray());
        QCOMPARE(QString::fromUtf8(document.toJson(QJsonDocument::Compact)), expected);
    } else if (tag == QLatin1String("submission") || tag == QLatin1String("signed late")) {
        QVERIFY2(out.contains(expected), qPrintable(out));
    } else {
        QCOMPARE(out, expected);
    }
}

// A batch goes on past a file it cannot read, and says which.
void TestCommandLine::checkManyFilesGoesOn()
{
    const QString good = writeFile("good.json", R"({"nianbao":1,"format":"2021","year":2021})");
    const QString bad = writeFile("bad.json", "{ not json");
    const Run run = nianbao({QStringLiteral("check"), bad, good, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(bad + QStringLiteral(": cannot read the report")), qPrintable(run.err));
    const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the header and the unreadable file; the good file has no finding
    QVERIFY2(lines.at(1).startsWith(bad + QStringLiteral(",unreadable,,,")), qPrintable(lines.at(1)));
    // In text, each file under its name.
    const Run text = nianbao({QStringLiteral("check"), good, good, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out, QStringLiteral("== %1\n0 errors, 0 warnings\n== %1\n0 errors, 0 warnings\n").arg(good));
}

void TestCommandLine::unreadableInput_data()
{
    QTest::addColumn<QByteArray>("content"); // empty with a name of "missing": no file at all
    QTest::addColumn<QString>("message");

    QTest::newRow("missing file") << QByteArray("missing") << "cannot read";
    QTest::newRow("malformed JSON") << QByteArray("{\"nianbao\": 1,\n  \"format\": }") << "line 2, column";
    QTest::newRow("wrong type") << QByteArray(R"({"nianbao":1,"format":"2021","year":"2021"})") << "$.year";
    QTest::newRow("newer file version") << QByteArray(R"({"nianbao":9,"format":"2021","year":2021})") << "newer";
}

void TestCommandLine::unreadableInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = content == "missing" ? m_dir.filePath(QStringLiteral("nothing-here.json")) : writeFile("bad.json", content);
    const Run run = nianbao({QStringLiteral("check"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCommandLine::exportWritesEveryFormat()
{
    const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
    const QString html = m_dir.filePath(QStringLiteral("r.html"));
    const QString odt = m_dir.filePath(QStringLiteral("r.odt"));
    Run run = nianbao({QStringLiteral("export"), testpaths::data("wenzhou-eeb-2019.json"), QStringLiteral("--pdf"), pdf,
                       QStringLiteral("--html"), html, QStringLiteral("--odt"), odt, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 0);
    for (const QString &path : {pdf, html, odt})
        QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
    QFile head(pdf);
    QVERIFY(head.open(QIODevice::ReadOnly));
    QVERIFY(head.read(5) == "%PDF-");
    // A report with errors is still written (a draft to look at) and exits 1, like check.
    QByteArray json = referenceJson();
    json.replace("\"s3.granted.natural\": 15", "\"s3.granted.natural\": 14");
    run = nianbao({QStringLiteral("export"), writeFile("broken.json", json), QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("b.pdf")),
                   QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("b.pdf"))));
    // Nothing to write, or nothing readable: 2, and no file appears.
    run = nianbao({QStringLiteral("export"), testpaths::data("wenzhou-eeb-2019.json"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 2);
    run = nianbao({QStringLiteral("export"), writeFile("bad.json", "{"), QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("never.pdf"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.pdf"))));
}

void TestCommandLine::exportFromDatabase()
{
    const QString db = m_dir.filePath(QStringLiteral("reports.sqlite"));
    Run run = nianbao({QStringLiteral("import"), testpaths::data("wenzhou-eeb-2019.json"), QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 0);
    const QString id = run.out.trimmed();
    run = nianbao({QStringLiteral("list"), QStringLiteral("--db"), db});
    QVERIFY(run.out.startsWith(id + QStringLiteral("\t温州市生态环境局\t2019\t2019\tdraft")));
    const QString pdf = m_dir.filePath(QStringLiteral("db.pdf"));
    run = nianbao({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--report"), id, QStringLiteral("--pdf"), pdf});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    const QString json = m_dir.filePath(QStringLiteral("back.json"));
    run = nianbao({QStringLiteral("export-json"), QStringLiteral("--db"), db, QStringLiteral("--report"), id, QStringLiteral("-o"), json});
    QCOMPARE(run.exitCode, 0);
    QFile back(json);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(back.readAll()), QJsonDocument::fromJson(referenceJson()));
}

void TestCommandLine::tablesOutAndIn()
{
    // A report's tables to CSV and back as a new report: the same figures; a cell that cannot be read
    // is named on standard error and the exit code says so.
    const QString db = m_dir.filePath(QStringLiteral("tables.sqlite"));
    Run run = nianbao({QStringLiteral("import"), testpaths::data("wenzhou-eeb-2019.json"), QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 0);
    const QString id = run.out.trimmed();
    const QString csv = m_dir.filePath(QStringLiteral("tables.csv"));
    run = nianbao({QStringLiteral("export-tables"), QStringLiteral("--db"), db, QStringLiteral("--report"), id, QStringLiteral("-o"), csv});
    QCOMPARE(run.exitCode, 0);
    QFile sheet(csv);
    QVERIFY(sheet.open(QIODevice::ReadOnly));
    QByteArray bytes = sheet.readAll();
    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("本年新收政府信息公开申请数量")));
    // The same agency and year again is refused; into another database it goes.
    run = nianbao({QStringLiteral("import-tables"), csv, QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 2);
    const QString otherDb = m_dir.filePath(QStringLiteral("tables-copy.sqlite"));
    run = nianbao({QStringLiteral("import-tables"), csv, QStringLiteral("--db"), otherDb});
    QCOMPARE(run.exitCode, 0);
    const QString copy = run.out.trimmed();
    // Back out of the new database, the sheet is the same to the byte: every figure and unit came back.
    const QString again = m_dir.filePath(QStringLiteral("again.csv"));
    QCOMPARE(nianbao({QStringLiteral("export-tables"), QStringLiteral("--db"), otherDb, QStringLiteral("--report"), copy, QStringLiteral("-o"), again}).exitCode, 0);
    QFile second(again);
    QVERIFY(second.open(QIODevice::ReadOnly));
    QCOMPARE(second.readAll(), bytes);

    // The clerk typed a letter into one figure before saving the sheet back.
    bytes.replace(",39,", ",3x,");
    const QString damaged = writeFile("damaged.csv", bytes);
    run = nianbao({QStringLiteral("import-tables"), damaged, QStringLiteral("--db"), m_dir.filePath(QStringLiteral("damaged.sqlite")),
                   QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("3x")), qPrintable(run.err));
    QVERIFY(!run.out.trimmed().isEmpty()); // added all the same, the unread cell blank
}

void TestCommandLine::consolidateAYear()
{
    // Two agencies' 2019 reports, neither signed off, summed on request (--include-unsigned): the
    // summary's every figure is the sum, and both members are named as not signed off (exit 1, like
    // check with errors).
    const QString db = m_dir.filePath(QStringLiteral("city.sqlite"));
    QCOMPARE(nianbao({QStringLiteral("import"), testpaths::data("wenzhou-eeb-2019.json"), QStringLiteral("--db"), db}).exitCode, 0);
    QJsonObject other = QJsonDocument::fromJson(referenceJson()).object();
    QJsonObject agency = other.value(QStringLiteral("agency")).toObject();
    agency.insert(QStringLiteral("name"), QStringLiteral("温州市统计局"));
    other.insert(QStringLiteral("agency"), agency);
    QCOMPARE(nianbao({QStringLiteral("import"), writeFile("other.json", QJsonDocument(other).toJson()), QStringLiteral("--db"), db}).exitCode, 0);

    const QString csv = m_dir.filePath(QStringLiteral("city.csv"));
    // By default nothing is summed: neither is signed off, and both are named with their state and why.
    Run run = nianbao({QStringLiteral("consolidate"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2019"),
                       QStringLiteral("-o"), csv, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("is signed off with a valid signature by a trusted supervisor")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(csv));
    run = nianbao({QStringLiteral("consolidate"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2019"),
                   QStringLiteral("--include-unsigned"), QStringLiteral("--title"), QStringLiteral("温州市"), QStringLiteral("-o"), csv,
                   QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("2 reports of 2019 consolidated")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QStringLiteral("温州市生态环境局")) && run.err.contains(QStringLiteral("温州市统计局")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("not signed off")));
    const QString json = m_dir.filePath(QStringLiteral("summed.json"));
    const QString summedDb = m_dir.filePath(QStringLiteral("summed.sqlite"));
    run = nianbao({QStringLiteral("import-tables"), csv, QStringLiteral("--db"), summedDb});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(nianbao({QStringLiteral("export-json"), QStringLiteral("--db"), summedDb, QStringLiteral("--report"), run.out.trimmed(),
                      QStringLiteral("-o"), json}).exitCode, 0);
    QFile summedFile(json);
    QVERIFY(summedFile.open(QIODevice::ReadOnly));
    const QJsonObject summed = QJsonDocument::fromJson(summedFile.readAll()).object().value(QStringLiteral("cells")).toObject();
    const QJsonObject single = QJsonDocument::fromJson(referenceJson()).object().value(QStringLiteral("cells")).toObject();
    // The sheet keeps the figures typed in (totals only where they disagree): each is twice the one report's.
    QVERIFY(summed.size() > 30);
    for (auto cell = summed.begin(); cell != summed.end(); ++cell)
        QCOMPARE(cell.value().toVariant().toString(), QString::number(2 * single.value(cell.key()).toVariant().toString().toLongLong()));

    const QString pdf = m_dir.filePath(QStringLiteral("city.pdf"));
    run = nianbao({QStringLiteral("consolidate"), QStringLiteral("--db"), db, QStringLiteral("--reports"), QStringLiteral("1,2"),
                   QStringLiteral("--include-unsigned"), QStringLiteral("-o"), pdf});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    run = nianbao({QStringLiteral("consolidate"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2030"), QStringLiteral("-o"), pdf,
                   QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("no report of 2030")), qPrintable(run.err));
}

// Issue 16, item 6: 汇总 counts the signed reports by default and names the rest on stderr, one line
// each with its state and why, a name with a line break escaped so that it cannot forge a line.
void TestCommandLine::consolidateLeavesOutUnsigned()
{
    const QString db = m_dir.filePath(QStringLiteral("signed.sqlite"));
    QCOMPARE(nianbao({QStringLiteral("import"), testpaths::data("wenzhou-eeb-2019.json"), QStringLiteral("--db"), db}).exitCode, 0);
    QJsonObject other = QJsonDocument::fromJson(referenceJson()).object();
    QJsonObject agency = other.value(QStringLiteral("agency")).toObject();
    agency.insert(QStringLiteral("name"), QStringLiteral("温州市统计局"));
    other.insert(QStringLiteral("agency"), agency);
    QCOMPARE(nianbao({QStringLiteral("import"), writeFile("signed-other.json", QJsonDocument(other).toJson()), QStringLiteral("--db"), db}).exitCode, 0);
    // A line break in the second agency's name, as a hand edit of the file could put there.
    QVERIFY(rawSql(db, {QStringLiteral("UPDATE agencies SET name = '温州市统计局' || char(10) || 'left out: 伪造' WHERE name = '温州市统计局'")}));
    {
        nb::ReportStore::OpenResult opened = openStore(db, false);
        QVERIFY2(opened.store, qPrintable(opened.error));
        const nb::KeyPair key = nb::Signing::generate();
        QVERIFY(signDirectly(*opened.store, db, 1, key, QStringLiteral("李主任")));
        QFile trust(m_dir.filePath(QStringLiteral("office-trust.txt")));
        QVERIFY(trust.open(QIODevice::WriteOnly));
        trust.write((nb::keyFingerprint(key.publicKey, true) + QStringLiteral(" 李主任\n")).toUtf8());
    }
    const QString trust = m_dir.filePath(QStringLiteral("office-trust.txt"));
    const QString csv = m_dir.filePath(QStringLiteral("signed.csv"));
    Run run = nianbao({QStringLiteral("consolidate"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2019"),
                       QStringLiteral("--trust"), trust, QStringLiteral("-o"), csv, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 1); // a report chosen was left out
    QVERIFY2(run.out.contains(QStringLiteral("1 report of 2019 consolidated")), qPrintable(run.out));
    QStringList leftOut;
    for (const QString &line : run.err.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("left out")))
            leftOut << line;
    }
    QCOMPARE(leftOut, QStringList{QStringLiteral("left out: 温州市统计局\\nleft out: 伪造 (report 2, draft): not signed off")});
    // Without the trust list the signed one is left out too (its key is not trusted here): nothing summed.
    run = nianbao({QStringLiteral("consolidate"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2019"),
                   QStringLiteral("-o"), csv, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 2);
    // With the option both are summed, each flagged as it is.
    run = nianbao({QStringLiteral("consolidate"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2019"),
                   QStringLiteral("--trust"), trust, QStringLiteral("--include-unsigned"), QStringLiteral("-o"), csv, QStringLiteral("--lang"),
                   QStringLiteral("en")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("2 reports of 2019 consolidated")), qPrintable(run.out));
    QVERIFY2(!run.err.contains(QStringLiteral("\nleft out: ")) && !run.err.startsWith(QStringLiteral("left out: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("温州市统计局\\nleft out: 伪造 (report 2): ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("not signed off")), qPrintable(run.err));
}

void TestCommandLine::importPublished()
{
    // The reference text: every figure read (the saved JSON is the reference report's), the text boxes
    // outside the sections listed, no finding, exit 0; added to a database on request.
    const QString json = m_dir.filePath(QStringLiteral("imported.json"));
    const QString db = m_dir.filePath(QStringLiteral("imported.sqlite"));
    Run run = nianbao({QStringLiteral("import-published"), testpaths::shared("reference/wenzhou-eeb-2019-report.txt"), QStringLiteral("--json"),
                       json, QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Agency: 温州市生态环境局  Year: 2019  Date: 2020-01-16")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("47 cells filled")));
    QCOMPARE(run.out.count(QStringLiteral("\nfilled\t")), 47);
    QVERIFY(run.out.contains(QStringLiteral("filled\ts3.unable_not_held.natural\t253\t24\n")));
    QVERIFY(run.out.contains(QStringLiteral("stray text\t\t90\t")));
    QVERIFY(run.out.contains(QStringLiteral("0 errors, 0 warnings")));
    QVERIFY(run.out.contains(QStringLiteral("Added as report 1")));
    QFile saved(json);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(saved.readAll()), QJsonDocument::fromJson(referenceJson()));

    // A row cut short: exit 1, the row named, the rest read.
    QFile reference(testpaths::shared("reference/wenzhou-eeb-2019-report.txt"));
    QVERIFY(reference.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(reference.readAll());
    text.replace(QStringLiteral("\t\u3000166\n"), QStringLiteral("\t\u3000166 合计\n")); // not a figure: the row has none
    run = nianbao({QStringLiteral("import-published"), writeFile("damaged.txt", text.toUtf8()), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("行政处罚")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("1 cell or row could not be placed")));

    // Not a report at all: exit 2 and why.
    run = nianbao({QStringLiteral("import-published"), writeFile("letter.txt", "尊敬的领导：\n您好！\n"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("does not look like an annual report")));
}

void TestCommandLine::versionAndHelp()
{
    Run run = nianbao({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("nianbao ")), qPrintable(run.out));
    run = nianbao({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("check")));
    // The application's own options are described too, and in Chinese by default.
    for (const char *option : {"--db", "--report", "--user", "--lang"})
        QVERIFY2(run.out.contains(QLatin1String(option)), option);
    run = nianbao({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("zh")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("年报填报")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("--db")), qPrintable(run.out));
    run = nianbao({QStringLiteral("check"), QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("--previous")));
    run = nianbao({QStringLiteral("check")});
    QCOMPARE(run.exitCode, 2); // no report named
}

void TestCommandLine::mistypedCommand()
{
    // “exprot” is a typo of export: said so, exit 2, and no window and no database named exprot.
    QTemporaryDir here;
    QProcess process;
    process.setWorkingDirectory(here.path());
    process.start(testpaths::executable(), {QStringLiteral("exprot"), QStringLiteral("x"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(process.waitForFinished(30000), "the window started");
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("unknown command “exprot”")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Did you mean “export”?")), qPrintable(err));
    QCOMPARE(QDir(here.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());
    // A word far from every command gets no suggestion, in Chinese by default.
    const Run run = nianbao({QStringLiteral("frobnicate"), QStringLiteral("--lang"), QStringLiteral("zh")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("frobnicate")) && !run.err.contains(QStringLiteral("“export”")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
