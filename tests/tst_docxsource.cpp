// Reading a published report from a Word document (.docx): tables cell by cell with Word's merges,
// paragraphs as lines, through the same matcher as PDF, web pages and text; a zip bomb refused.
#include "docxsource.h"
#include "publishedreader.h"
#include "reportbuilder.h"
#include "reportexport.h"
#include "reportjson.h"
#include "readbacktestutil.h"
#include "testpaths.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace nb;

class TestDocxSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ourExportReadsBack_data();
    void ourExportReadsBack();
    void tableCrossingAndWrappedLabels();
    void linesOfTheBody();
    void refused_data();
    void refused();
    void commandLine();

private:
    QString docxOf(const Report &report, const QString &name);
    // A copy of docx with its word/document.xml replaced (zip updates the one entry).
    QString withDocument(const QString &docx, const QByteArray &xml, const QString &name);
    static QByteArray documentOf(const QString &docx);

    QTemporaryDir m_dir;
};

void TestDocxSource::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("zip")).isEmpty(), "zip not found: .ci/install-deps brings it");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty(), "unzip not found: .ci/install-deps brings it");
}

// Every cell: input cells by value, totals by number, amounts with their unit.
QString TestDocxSource::docxOf(const Report &report, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!exportReport(report, ExportFormat::Docx, path, PublishOptions::of(report), &error))
        qWarning("%s", qPrintable(error));
    return path;
}

QByteArray TestDocxSource::documentOf(const QString &docx)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), docx, QStringLiteral("word/document.xml")});
    unzip.waitForFinished(30000);
    return unzip.readAllStandardOutput();
}

QString TestDocxSource::withDocument(const QString &docx, const QByteArray &xml, const QString &name)
{
    const QString folder = m_dir.filePath(name + QStringLiteral(".parts"));
    QDir().mkpath(folder + QStringLiteral("/word"));
    QFile part(folder + QStringLiteral("/word/document.xml"));
    if (!part.open(QIODevice::WriteOnly) || part.write(xml) != xml.size())
        return QString();
    part.close();
    const QString out = m_dir.filePath(name);
    QFile::remove(out);
    if (!docx.isEmpty() && !QFile::copy(docx, out))
        return QString();
    QProcess zip;
    zip.setWorkingDirectory(folder);
    zip.start(QStringLiteral("zip"), {QStringLiteral("-q"), QStringLiteral("-9"), out, QStringLiteral("word/document.xml")});
    zip.waitForFinished(60000);
    return zip.exitCode() == 0 ? out : QString();
}

void TestDocxSource::ourExportReadsBack_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<bool>("zerosBlank");
    QTest::newRow("wenzhou 2019") << "wenzhou" << false;
    QTest::newRow("every cell, 2019 format") << "2019" << false;
    QTest::newRow("every cell, 2021 format") << "2021" << false;
    QTest::newRow("every cell, 2021 format, zeros blank") << "2021" << true;
}

// Our own .docx read back cell for cell: merged headers, group labels merged down rows, 二 as one table.
void TestDocxSource::ourExportReadsBack()
{
    QFETCH(QString, which);
    QFETCH(bool, zerosBlank);
    std::optional<Report> report;
    if (which == QLatin1String("wenzhou")) {
        ReportReadResult file = ReportJson::readFile(testpaths::data("wenzhou-eeb-2019.json"));
        QVERIFY(file.report);
        report = std::move(file.report);
    } else {
        report = fullReport(which);
    }
    report->setZerosBlank(zerosBlank);
    const PublishedImport read = importPublishedFile(docxOf(*report, which + QStringLiteral(".docx")));
    QVERIFY2(read.report, qPrintable(read.error));
    QVERIFY2(read.cellsLeftEmpty() == 0 || zerosBlank, qPrintable(importNotesText(read)));
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    const QStringList wrong = zerosBlank ? QStringList() : readBackMismatches(*read.report, *report, false);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    if (zerosBlank) { // a blank reads as blank, which counts as the 0 printed
        for (int i = 0; i < report->format().cellCount(); ++i) {
            // fullReport stores some totals as 0 whatever their parts: printed blank, such a total reads as
            // blank and is then the sum of its parts (as tst_pdfsource's blank-for-zero layouts skip it).
            if (report->format().cell(i).isComputed() && report->number(i) == 0)
                continue;
            QVERIFY2(read.report->number(i) == report->number(i),
                     qPrintable(QStringLiteral("%1: %2, expected %3").arg(report->format().cell(i).key).arg(read.report->number(i)).arg(report->number(i))));
        }
    }
    QCOMPARE(read.report->year(), report->year());
    QCOMPARE(read.report->agency().name, report->agency().name);
    QCOMPARE(read.pages, 0);
}

// As an agency's Word file has it: table 三 broken in two at a page break, its group label merged down
// rows of both halves (the second half starts with continuation cells), labels wrapped over two
// paragraphs or by a line break in their cell, a deleted word (tracked change) and a text box's fallback.
void TestDocxSource::tableCrossingAndWrappedLabels()
{
    Report report = fullReport(QStringLiteral("2021"));
    report.setZerosBlank(false);
    const QString original = docxOf(report, QStringLiteral("whole.docx"));
    QByteArray xml = documentOf(original);
    QVERIFY(!xml.isEmpty());

    const auto replaceOnce = [&xml](const QByteArray &from, const QByteArray &to) {
        const qsizetype at = xml.indexOf(from);
        if (at < 0)
            return false;
        xml.replace(at, from.size(), to);
        return true;
    };
    // The break before the row of “（三）不予公开”: its row starts with the group 三、本年度办理结果 continued.
    const qsizetype label = xml.indexOf(QByteArrayLiteral("（三）不予公开"));
    QVERIFY(label > 0);
    const qsizetype row = xml.lastIndexOf(QByteArrayLiteral("<w:tr>"), label);
    QVERIFY(xml.mid(row, label - row).contains("<w:vMerge/>"));
    xml.insert(row, QByteArrayLiteral("</w:tbl><w:p><w:r><w:br w:type=\"page\"/></w:r></w:p><w:tbl><w:tblPr/>"));
    QVERIFY(replaceOnce("1.本机关不掌握相关政府信息</w:t>",
                        "1.本机关不掌握相关</w:t></w:r></w:p><w:p><w:r><w:t>政府信息</w:t>"));
    QVERIFY(replaceOnce("2.没有现成信息需要另行制作</w:t>", "2.没有现成信息</w:t><w:br/><w:t>需要另行制作</w:t>"));
    QVERIFY(replaceOnce("二、主动公开政府信息情况</w:t></w:r>",
                        "二、主动公开政府信息情况</w:t></w:r><w:del><w:r><w:delText>删去的字</w:delText></w:r></w:del>"
                        "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                        "<mc:Choice Requires=\"wps\"></mc:Choice><mc:Fallback><w:pict><w:p><w:r><w:t>文本框</w:t></w:r></w:p>"
                        "</w:pict></mc:Fallback></mc:AlternateContent>"));
    const QString altered = withDocument(original, xml, QStringLiteral("altered.docx"));
    QVERIFY(!altered.isEmpty());

    const PublishedSource source = readPublishedSource(altered);
    QVERIFY2(source.error.isEmpty(), qPrintable(source.error));
    QStringList texts;
    for (const SourceLine &line : source.lines)
        texts << line.text;
    QVERIFY(texts.contains(QStringLiteral("1.本机关不掌握相关政府信息")));
    QVERIFY(texts.contains(QStringLiteral("2.没有现成信息需要另行制作")));
    QVERIFY(texts.contains(QStringLiteral("二、主动公开政府信息情况")));
    QVERIFY(!texts.join(QString()).contains(QStringLiteral("删去的字")));
    QVERIFY(!texts.join(QString()).contains(QStringLiteral("文本框")));

    const PublishedImport read = importPublishedFile(altered);
    QVERIFY2(read.report, qPrintable(read.error));
    QVERIFY2(read.cellsLeftEmpty() == 0, qPrintable(importNotesText(read)));
    const QStringList wrong = readBackMismatches(*read.report, report, false);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

// The lines a small body makes: paragraphs, a line break, an empty paragraph as a separator, a table's
// merged cells once, a blank cell as a space line, a table inside a layout cell walked into.
void TestDocxSource::linesOfTheBody()
{
    const QByteArray xml = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        "<w:p><w:r><w:t>某局2021年</w:t><w:br/><w:t xml:space=\"preserve\">  政府信息公开工作年度报告 </w:t></w:r></w:p>"
        "<w:p/>"
        "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>信息内容</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>本年</w:t></w:r><w:r><w:t>新制作</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>组</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>"
        "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
        "<w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>外框</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "<w:p><w:r><w:t>表后</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "</w:body></w:document>");
    const QString docx = withDocument(QString(), xml, QStringLiteral("small.docx"));
    QVERIFY(!docx.isEmpty());
    const PublishedSource source = readPublishedSource(docx);
    QVERIFY2(source.error.isEmpty(), qPrintable(source.error));
    QStringList lines;
    for (const SourceLine &line : source.lines)
        lines << (line.separator ? QStringLiteral("<separator>") : QStringLiteral("[%1]").arg(line.text));
    QCOMPARE(lines.join(QLatin1Char(' ')), QStringLiteral("[某局2021年] [政府信息公开工作年度报告] <separator> [信息内容] [本年新制作] "
                                                          "[组] [甲] [] [乙] [0] [外框] [规章] [3] [表后]"));
}

void TestDocxSource::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("zip bomb") << "bomb" << "unpacks to more than 64 MB of text";
    QTest::newRow("a zip of something else") << "other" << "is a zipped file but not a Word document";
    QTest::newRow("damaged XML") << "damaged" << "the Word document's text is damaged";
    QTest::newRow("cut short") << "truncated" << "cannot be opened as a Word document";
}

// A clear message, no report, whatever the zip holds.
void TestDocxSource::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QString path;
    if (kind == QLatin1String("bomb")) {
        // 70 MB of spaces pack into some 70 kB.
        path = withDocument(QString(), QByteArray(70 * 1024 * 1024, ' '), QStringLiteral("bomb.docx"));
        QVERIFY(QFileInfo(path).size() < 1024 * 1024);
    } else if (kind == QLatin1String("other")) {
        const QString folder = m_dir.filePath(QStringLiteral("other"));
        QDir().mkpath(folder);
        QFile text(folder + QStringLiteral("/notes.txt"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello");
        text.close();
        path = m_dir.filePath(QStringLiteral("other.docx"));
        QProcess zip;
        zip.setWorkingDirectory(folder);
        zip.start(QStringLiteral("zip"), {QStringLiteral("-q"), path, QStringLiteral("notes.txt")});
        QVERIFY(zip.waitForFinished(30000));
    } else if (kind == QLatin1String("damaged")) {
        path = withDocument(QString(), QByteArrayLiteral("<w:document xmlns:w=\"x\"><w:body><w:p>"), QStringLiteral("damaged.docx"));
    } else {
        const QString whole = withDocument(QString(), QByteArrayLiteral("<w:document/>"), QStringLiteral("whole.docx"));
        QFile file(whole);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        path = m_dir.filePath(QStringLiteral("truncated.docx"));
        QFile cut(path);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
    }
    QVERIFY(QFile::exists(path));
    QElapsedTimer timer;
    timer.start();
    const PublishedImport read = importPublishedFile(path);
    QVERIFY(!read.report);
    QVERIFY2(read.error.contains(message), qPrintable(read.error));
    QVERIFY2(timer.elapsed() < 10000, "refused at once, not after unpacking everything");
}

void TestDocxSource::commandLine()
{
    ReportReadResult file = ReportJson::readFile(testpaths::data("wenzhou-eeb-2019.json"));
    QVERIFY(file.report);
    const QString docx = docxOf(*file.report, QStringLiteral("cli.docx"));
    QProcess process;
    process.start(testpaths::executable(), {QStringLiteral("import-published"), docx, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(out.contains(QStringLiteral("s3.new.natural")), qPrintable(out));

    process.start(testpaths::executable(), {QStringLiteral("import-published"), m_dir.filePath(QStringLiteral("bomb.docx")),
                                            QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("zip bomb")));
}

QTEST_MAIN(TestDocxSource)
#include "tst_docxsource.moc"
