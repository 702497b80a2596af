// The published report as a Word document: the parts of the package, the printed tables with Word's
// merges, the faces and page, the draft mark or the signatory, and LibreOffice opening it.
#include "reportexport.h"
#include "reportjson.h"
#include "testpaths.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>
#include <QtTest>

using namespace nb;

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

// A cell of document.xml as Word reads it: its text, its columns and its vertical merge.
struct WordCell
{
    QString text;
    int columns = 1;
    QString merge; // "", "restart" or "continue"
};
using WordTable = QVector<QVector<WordCell>>;

QVector<WordTable> tablesOf(const QByteArray &xml)
{
    QVector<WordTable> tables;
    QXmlStreamReader reader(xml);
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.namespaceUri() != W)
            continue;
        const QStringView name = reader.name();
        if (reader.isStartElement()) {
            if (name == QLatin1String("tbl") && depth++ == 0)
                tables.append(WordTable());
            else if (name == QLatin1String("tr") && depth == 1)
                tables.last().append(QVector<WordCell>());
            else if (name == QLatin1String("tc") && depth == 1)
                tables.last().last().append(WordCell());
            else if (name == QLatin1String("gridSpan") && depth == 1)
                tables.last().last().last().columns = reader.attributes().value(W, QStringLiteral("val")).toInt();
            else if (name == QLatin1String("vMerge") && depth == 1) {
                const QString merge = reader.attributes().value(W, QStringLiteral("val")).toString();
                tables.last().last().last().merge = merge.isEmpty() ? QStringLiteral("continue") : merge;
            } else if (name == QLatin1String("t") && depth == 1)
                tables.last().last().last().text += reader.readElementText();
        } else if (reader.isEndElement() && name == QLatin1String("tbl")) {
            --depth;
        }
    }
    return tables;
}

QString describe(const QVector<WordCell> &row)
{
    QStringList cells;
    for (const WordCell &cell : row)
        cells << QStringLiteral("%1|%2|%3").arg(cell.text).arg(cell.columns).arg(cell.merge);
    return cells.join(QStringLiteral(" ; "));
}

} // namespace

class TestDocxExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isADocx();
    void formatOfTheName_data();
    void formatOfTheName();
    void mergedHeaders_data();
    void mergedHeaders();
    void facesPageAndParagraphs();
    void draftMarkOrSignatory();
    void commandLine();
    void opensInLibreOffice();

private:
    QByteArray part(const QString &docx, const char *name);
    QString exported(const char *name, const PublishOptions &options);

    QTemporaryDir m_dir;
    std::optional<Report> m_reference;
    QByteArray m_document; // word/document.xml of the reference report, a draft
};

QByteArray TestDocxExport::part(const QString &docx, const char *name)
{
    // unzip takes the name as a pattern, where “[” opens a set.
    const QString pattern = QString::fromUtf8(name).replace(QLatin1Char('['), QStringLiteral("[[]"));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), docx, pattern});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

QString TestDocxExport::exported(const char *name, const PublishOptions &options)
{
    const QString path = m_dir.filePath(QLatin1String(name));
    QString error;
    if (!exportReport(*m_reference, ExportFormat::Docx, path, options, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

void TestDocxExport::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty(), "unzip not found: .ci/install-deps brings it");
    ReportReadResult read = ReportJson::readFile(testpaths::shared("reference/huaian-2024-report.json"));
    QVERIFY2(read.report, qPrintable(read.error));
    m_reference = std::move(read.report);
    PublishOptions draft = PublishOptions::of(*m_reference);
    draft.draft = true;
    m_document = part(exported("draft.docx", draft), "word/document.xml");
    QVERIFY(!m_document.isEmpty());
}

// The package Word needs: content types first, relationships, the body, styles and settings, all XML.
void TestDocxExport::isADocx()
{
    const QString docx = m_dir.filePath(QStringLiteral("draft.docx"));
    QFile file(docx);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == QByteArray("PK\x03\x04"));
    QProcess list;
    list.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), docx});
    QVERIFY(list.waitForFinished(30000));
    const QStringList names = QString::fromUtf8(list.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(names.value(0), QStringLiteral("[Content_Types].xml"));
    for (const char *name : {"_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
                             "word/footer1.xml", "word/header1.xml", "docProps/core.xml"}) {
        QVERIFY2(names.contains(QLatin1String(name)), name);
        QXmlStreamReader xml(part(docx, name));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(QLatin1String(name) + QLatin1String(": ") + xml.errorString()));
    }
    QVERIFY(part(docx, "[Content_Types].xml").contains("wordprocessingml.document.main+xml"));
    const QByteArray core = part(docx, "docProps/core.xml");
    QVERIFY(core.contains("<dc:title>淮安市人民政府2024年政府信息公开工作年度报告</dc:title>"));
    QVERIFY(core.contains("<dc:creator>淮安市人民政府</dc:creator>"));
}

void TestDocxExport::formatOfTheName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");
    QTest::newRow("docx") << "a/年报.docx" << int(ExportFormat::Docx);
    QTest::newRow("DOCX") << "年报.DOCX" << int(ExportFormat::Docx);
    QTest::newRow("odt") << "年报.odt" << int(ExportFormat::Odt);
    QTest::newRow("doc is not docx") << "年报.doc" << int(ExportFormat::Pdf);
}

void TestDocxExport::formatOfTheName()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    QCOMPARE(int(exportFormatOf(path)), format);
}

void TestDocxExport::mergedHeaders_data()
{
    QTest::addColumn<int>("table");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("cells"); // text|columns|merge per cell
    // 二: caption rows across the table, a part narrower than the widest spans its last column.
    QTest::newRow("二 caption") << 0 << 0 << "第二十条第（一）项|4|";
    QTest::newRow("二 header") << 0 << 1 << "信息内容|1| ; 本年制发件数|1| ; 本年废止件数|1| ; 现行有效件数|1|";
    QTest::newRow("二 规章") << 0 << 2 << "规章|1| ; 1|1| ; 0|1| ; 11|1|";
    QTest::newRow("二 (五) spans") << 0 << 6 << "行政许可|1| ; 447228|3|";
    // 三: the corner over three label columns and three header rows, 申请人情况 over seven columns,
    // 法人或其他组织 over five, 自然人 and 总计 down two rows.
    QTest::newRow("三 row 1") << 1 << 0 << "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）|3|restart ; 申请人情况|7|";
    QTest::newRow("三 row 2") << 1 << 1 << "|3|continue ; 自然人|1|restart ; 法人或其他组织|5| ; 总计|1|restart";
    QTest::newRow("三 row 3") << 1 << 2
                             << "|3|continue ; |1|continue ; 商业企业|1| ; 科研机构|1| ; 社会公益组织|1| ; 法律服务机构|1| ; 其他|1| ; |1|continue";
    QTest::newRow("三 一、新收") << 1 << 3 << "一、本年新收政府信息公开申请数量|3| ; 3001|1| ; 53|1| ; 0|1| ; 0|1| ; 61|1| ; 4|1| ; 3119|1|";
}

// The printed table's spans as Word merges: gridSpan across, vMerge restart/continue down.
void TestDocxExport::mergedHeaders()
{
    QFETCH(int, table);
    QFETCH(int, row);
    QFETCH(QString, cells);
    const QVector<WordTable> tables = tablesOf(m_document);
    QCOMPARE(tables.size(), 3);
    QVERIFY(row < tables.at(table).size());
    QCOMPARE(describe(tables.at(table).at(row)), cells);
}

void TestDocxExport::facesPageAndParagraphs()
{
    const QString xml = QString::fromUtf8(m_document);
    const QString styles = QString::fromUtf8(part(m_dir.filePath(QStringLiteral("draft.docx")), "word/styles.xml"));
    // Text in 仿宋 (the default), headings in 黑体, the title in 小标宋, tables in 宋体.
    QVERIFY(styles.contains(QStringLiteral("w:eastAsia=\"仿宋\"")));
    QVERIFY(styles.contains(QStringLiteral("w:eastAsia=\"zh-CN\"")));
    QVERIFY(xml.contains(QStringLiteral("w:eastAsia=\"方正小标宋简体\"")));
    QVERIFY(xml.contains(QStringLiteral("w:eastAsia=\"黑体\"")));
    QVERIFY(xml.contains(QStringLiteral("w:eastAsia=\"宋体\"")));
    // The title, centred, on two lines.
    QVERIFY(xml.contains(QStringLiteral("<w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii=\"方正小标宋简体\"")));
    QVERIFY(xml.contains(QStringLiteral("淮安市人民政府2024年</w:t><w:br/><w:t xml:space=\"preserve\">政府信息公开工作年度报告")));
    // A4 portrait, the PDF's margins (26 mm at the sides, 30 top, 28 bottom).
    QVERIFY(xml.contains(QStringLiteral("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")));
    QVERIFY(xml.contains(QStringLiteral("<w:pgMar w:top=\"1701\" w:right=\"1474\" w:bottom=\"1587\" w:left=\"1474\"")));
    // The introduction indented two characters, justified.
    QVERIFY(xml.contains(QStringLiteral("<w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/><w:jc w:val=\"both\"/></w:pPr>"
                                        "<w:r><w:rPr><w:rFonts w:ascii=\"仿宋\" w:hAnsi=\"仿宋\" w:eastAsia=\"仿宋\" w:hint=\"eastAsia\"/>"
                                        "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr><w:t xml:space=\"preserve\">根据《中华人民共和国政府信息公开条例》")));
    // The 落款 right-aligned after the last table.
    const QRegularExpression closing(QStringLiteral("<w:jc w:val=\"right\"/></w:pPr><w:r>.*?<w:t xml:space=\"preserve\">淮安市人民政府</w:t>"));
    QVERIFY(closing.match(xml, xml.lastIndexOf(QStringLiteral("</w:tbl>"))).hasMatch());
    // A header row repeats on every page (三), a row never splits.
    QVERIFY(xml.contains(QStringLiteral("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")));
}

void TestDocxExport::draftMarkOrSignatory()
{
    const QString draft = m_dir.filePath(QStringLiteral("draft.docx"));
    QVERIFY(QString::fromUtf8(part(draft, "word/header1.xml")).contains(QStringLiteral("string=\"草稿\"")));
    QVERIFY(m_document.contains("<w:headerReference w:type=\"default\" r:id=\"rIdDraft\"/>"));

    PublishOptions signedOff = PublishOptions::of(*m_reference);
    signedOff.draft = false;
    signedOff.signedBy = QStringLiteral("李主任");
    signedOff.signedAt = QDateTime(QDate(2025, 1, 20), QTime(10, 0));
    signedOff.signerFingerprint = QStringLiteral("AB12 CD34");
    const QString done = exported("signed.docx", signedOff);
    QVERIFY(part(done, "word/header1.xml").isEmpty());
    const QString xml = QString::fromUtf8(part(done, "word/document.xml"));
    QVERIFY(!xml.contains(QStringLiteral("headerReference")));
    QVERIFY(!xml.contains(QStringLiteral("草稿")));
    QVERIFY(xml.contains(QStringLiteral("<w:jc w:val=\"right\"/></w:pPr>")));
    QVERIFY(xml.contains(QStringLiteral(">签发人：李主任　签发日期：2025年1月20日</w:t>")));
    QVERIFY(xml.contains(QStringLiteral(">签名密钥指纹：AB12 CD34</w:t>")));
}

void TestDocxExport::commandLine()
{
    const QString out = m_dir.filePath(QStringLiteral("cli.docx"));
    QProcess process;
    process.start(testpaths::executable(), {QStringLiteral("export"), testpaths::data("wenzhou-eeb-2019.json"), QStringLiteral("--docx"), out});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString xml = QString::fromUtf8(part(out, "word/document.xml"));
    QVERIFY(xml.contains(QStringLiteral("温州市生态环境局2019年</w:t>")));
    QVERIFY(xml.contains(QStringLiteral("<w:gridSpan w:val=")));

    // Nothing is left behind when the file cannot be written.
    process.start(testpaths::executable(), {QStringLiteral("export"), testpaths::data("wenzhou-eeb-2019.json"), QStringLiteral("--docx"),
                                            m_dir.filePath(QStringLiteral("no/such/folder/x.docx"))});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no/such/folder/x.docx"))));
}

// LibreOffice opens the file and prints every figure: the document is Word's, not only well-formed XML.
void TestDocxExport::opensInLibreOffice()
{
    const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    QVERIFY2(!office.isEmpty(), "libreoffice not found: .ci/install-deps brings libreoffice-writer-nogui");
    const QString docx = m_dir.filePath(QStringLiteral("draft.docx"));
    const QString outDir = m_dir.filePath(QStringLiteral("office"));
    QProcess process;
    process.start(office, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("profile"))).toString(),
                           QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                           outDir, docx});
    QVERIFY(process.waitForFinished(180000));
    const QString pdf = outDir + QStringLiteral("/draft.pdf");
    QVERIFY2(QFile::exists(pdf), process.readAllStandardError().constData());

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(30000));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.readAllStandardOutput()));
    QVERIFY(pages.hasMatch());
    QVERIFY2(pages.captured(1).toInt() >= 2 && pages.captured(1).toInt() <= 4, qPrintable(pages.captured(0)));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    for (const char *expected : {"政府信息公开工作年度报告", "第二十条第（一）项", "行政规范性文件 8 26 66", "行政许可 447228", "行政事业性收费 96171.6",
                                 "一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119", "二、上年结转政府信息公开申请数量 34 0 0 0 0 0 34",
                                 "— 1 —"})
        QVERIFY2(printed.contains(QString::fromUtf8(expected)), expected);
}

QTEST_MAIN(TestDocxExport)
#include "tst_docxexport.moc"
