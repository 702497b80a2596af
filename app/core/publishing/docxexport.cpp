#include "docxexport.h"

#include "publisheddocument.h"
#include "publishedtable.h"
#include "report.h"

#include <QCoreApplication>
#include <QVector>
#include <QXmlStreamWriter>

#include <zip.h>

#include <cmath>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DocxExport)
};

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString R = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// The faces Word and WPS know by these names on a Chinese system (LibreOffice substitutes its own).
const QString TitleFace = QStringLiteral("方正小标宋简体");
const QString HeadingFace = QStringLiteral("黑体");
const QString BodyFace = QStringLiteral("仿宋");
const QString TableFace = QStringLiteral("宋体");

// The PDF's page (pagerenderer.cpp): A4, margins 26 mm left and right, 30 mm top, 28 mm bottom.
constexpr int mm(double millimetres) { return int(millimetres * 1440 / 25.4 + 0.5); } // twips
constexpr int TextWidth = mm(158);

constexpr qreal BodyPoints = 12;    // as the PDF: publisheddocument.cpp
constexpr qreal HeadingPoints = 14;
constexpr qreal TitlePoints = 20;

QString halfPoints(qreal points)
{
    return QString::number(qRound(points * 2));
}

struct Run
{
    QString text;
    QString face;
    qreal points;
};

class Writer
{
public:
    explicit Writer(QByteArray *out) : m_xml(out) { m_xml.setAutoFormatting(false); }

    QXmlStreamWriter &xml() { return m_xml; }

    void value(const QString &element, const QString &value)
    {
        m_xml.writeEmptyElement(W, element);
        m_xml.writeAttribute(W, QStringLiteral("val"), value);
    }

    void fonts(const QString &face)
    {
        m_xml.writeEmptyElement(W, QStringLiteral("rFonts"));
        m_xml.writeAttribute(W, QStringLiteral("ascii"), face);
        m_xml.writeAttribute(W, QStringLiteral("hAnsi"), face);
        m_xml.writeAttribute(W, QStringLiteral("eastAsia"), face);
        m_xml.writeAttribute(W, QStringLiteral("hint"), QStringLiteral("eastAsia"));
    }

    // Text with line breaks where it has them (a wrapped header, a multi-line label).
    void run(const Run &run)
    {
        m_xml.writeStartElement(W, QStringLiteral("r"));
        m_xml.writeStartElement(W, QStringLiteral("rPr"));
        fonts(run.face);
        value(QStringLiteral("sz"), halfPoints(run.points));
        value(QStringLiteral("szCs"), halfPoints(run.points));
        m_xml.writeEndElement();
        QString text = run.text;
        text.replace(QChar::LineSeparator, QLatin1Char('\n'));
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_xml.writeEmptyElement(W, QStringLiteral("br"));
            m_xml.writeStartElement(W, QStringLiteral("t"));
            m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_xml.writeCharacters(lines.at(i));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    // A paragraph: alignment (left, center, right, both), a first-line indent of two characters of its
    // face, space before/after in points, kept on the page of what follows (a heading).
    void paragraph(const QVector<Run> &runs, const QString &align, bool indent = false, qreal before = 0, qreal after = 0,
                   bool keepNext = false)
    {
        m_xml.writeStartElement(W, QStringLiteral("p"));
        m_xml.writeStartElement(W, QStringLiteral("pPr"));
        if (keepNext)
            m_xml.writeEmptyElement(W, QStringLiteral("keepNext"));
        m_xml.writeEmptyElement(W, QStringLiteral("spacing"));
        m_xml.writeAttribute(W, QStringLiteral("before"), QString::number(qRound(before * 20)));
        m_xml.writeAttribute(W, QStringLiteral("after"), QString::number(qRound(after * 20)));
        if (indent) {
            // firstLineChars is Word's “2 字符”; firstLine the same in twips for readers that ignore it.
            const qreal points = runs.isEmpty() ? BodyPoints : runs.first().points;
            m_xml.writeEmptyElement(W, QStringLiteral("ind"));
            m_xml.writeAttribute(W, QStringLiteral("firstLineChars"), QStringLiteral("200"));
            m_xml.writeAttribute(W, QStringLiteral("firstLine"), QString::number(qRound(2 * points * 20)));
        }
        value(QStringLiteral("jc"), align);
        m_xml.writeEndElement();
        for (const Run &r : runs)
            this->run(r);
        m_xml.writeEndElement();
    }

    void table(const PublishedTable &table);

private:
    QXmlStreamWriter m_xml;
};

void cellProperties(Writer &w, int width, int columns, const QString &merge)
{
    QXmlStreamWriter &xml = w.xml();
    xml.writeStartElement(W, QStringLiteral("tcPr"));
    xml.writeEmptyElement(W, QStringLiteral("tcW"));
    xml.writeAttribute(W, QStringLiteral("w"), QString::number(width));
    xml.writeAttribute(W, QStringLiteral("type"), QStringLiteral("dxa"));
    if (columns > 1)
        w.value(QStringLiteral("gridSpan"), QString::number(columns));
    if (merge == QLatin1String("restart"))
        w.value(QStringLiteral("vMerge"), merge);
    else if (!merge.isEmpty())
        xml.writeEmptyElement(W, QStringLiteral("vMerge")); // continue: Word's default value
    w.value(QStringLiteral("vAlign"), QStringLiteral("center"));
    xml.writeEndElement();
}

void Writer::table(const PublishedTable &table)
{
    // Which cell covers each grid position: a merged cell is written once, at its top-left, and Word wants
    // a continuation cell (vMerge) in each row below it.
    QVector<int> owner(table.rows * table.columns, -1);
    for (int i = 0; i < table.cells.size(); ++i) {
        const PublishedTable::Cell &cell = table.cells.at(i);
        for (int r = cell.row; r < cell.row + cell.rows && r < table.rows; ++r)
            for (int c = cell.column; c < cell.column + cell.columns && c < table.columns; ++c)
                owner[r * table.columns + c] = i;
    }
    QVector<int> widths;
    for (int c = 0; c < table.columns; ++c)
        widths << qRound(TextWidth * (c < table.columnShares.size() ? table.columnShares.at(c) : 100.0 / table.columns) / 100);

    m_xml.writeStartElement(W, QStringLiteral("tbl"));
    m_xml.writeStartElement(W, QStringLiteral("tblPr"));
    m_xml.writeEmptyElement(W, QStringLiteral("tblW"));
    m_xml.writeAttribute(W, QStringLiteral("w"), QString::number(TextWidth));
    m_xml.writeAttribute(W, QStringLiteral("type"), QStringLiteral("dxa"));
    value(QStringLiteral("jc"), QStringLiteral("center"));
    m_xml.writeStartElement(W, QStringLiteral("tblBorders"));
    for (const char *side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
        m_xml.writeEmptyElement(W, QLatin1String(side));
        m_xml.writeAttribute(W, QStringLiteral("val"), QStringLiteral("single"));
        m_xml.writeAttribute(W, QStringLiteral("sz"), QStringLiteral("4"));
        m_xml.writeAttribute(W, QStringLiteral("space"), QStringLiteral("0"));
        m_xml.writeAttribute(W, QStringLiteral("color"), QStringLiteral("000000"));
    }
    m_xml.writeEndElement();
    m_xml.writeEmptyElement(W, QStringLiteral("tblLayout"));
    m_xml.writeAttribute(W, QStringLiteral("type"), QStringLiteral("fixed"));
    m_xml.writeStartElement(W, QStringLiteral("tblCellMar"));
    for (const char *side : {"left", "right"}) {
        m_xml.writeEmptyElement(W, QLatin1String(side));
        m_xml.writeAttribute(W, QStringLiteral("w"), QStringLiteral("57"));
        m_xml.writeAttribute(W, QStringLiteral("type"), QStringLiteral("dxa"));
    }
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // tblPr
    m_xml.writeStartElement(W, QStringLiteral("tblGrid"));
    for (int width : widths) {
        m_xml.writeEmptyElement(W, QStringLiteral("gridCol"));
        m_xml.writeAttribute(W, QStringLiteral("w"), QString::number(width));
    }
    m_xml.writeEndElement();

    for (int row = 0; row < table.rows; ++row) {
        m_xml.writeStartElement(W, QStringLiteral("tr"));
        m_xml.writeStartElement(W, QStringLiteral("trPr"));
        m_xml.writeEmptyElement(W, QStringLiteral("cantSplit"));
        if (row < table.headerRows)
            m_xml.writeEmptyElement(W, QStringLiteral("tblHeader")); // repeats on every page, as in the PDF
        m_xml.writeEndElement();
        for (int column = 0; column < table.columns;) {
            const int index = owner.at(row * table.columns + column);
            if (index < 0) { // nothing printed here: an empty cell keeps the grid whole
                m_xml.writeStartElement(W, QStringLiteral("tc"));
                cellProperties(*this, widths.at(column), 1, QString());
                paragraph({}, QStringLiteral("center"));
                m_xml.writeEndElement();
                ++column;
                continue;
            }
            const PublishedTable::Cell &cell = table.cells.at(index);
            const int span = qMin(cell.columns, table.columns - column);
            int width = 0;
            for (int c = column; c < column + span; ++c)
                width += widths.at(c);
            m_xml.writeStartElement(W, QStringLiteral("tc"));
            if (cell.row != row) { // the rows below a merged cell
                cellProperties(*this, width, span, QStringLiteral("continue"));
                paragraph({}, QStringLiteral("center"));
            } else {
                cellProperties(*this, width, span, cell.rows > 1 ? QStringLiteral("restart") : QString());
                const bool header = cell.role == PublishedTable::Role::ColumnHeader || cell.role == PublishedTable::Role::Caption;
                QString text = cell.text;
                const int at = headerBreak(table, cell);
                if (at > 0)
                    text.insert(at, QLatin1Char('\n'));
                const QString align = cell.role == PublishedTable::Role::RowHeader ? QStringLiteral("left")
                                      : cell.role == PublishedTable::Role::Caption ? QStringLiteral("left")
                                                                                   : QStringLiteral("center");
                paragraph({Run{text, header ? HeadingFace : TableFace, table.pointSize}}, align);
            }
            m_xml.writeEndElement();
            column += span;
        }
        m_xml.writeEndElement(); // tr
    }
    m_xml.writeEndElement(); // tbl
}

QByteArray documentXml(const Report &report, const PublishOptions &options)
{
    QByteArray out;
    Writer w(&out);
    QXmlStreamWriter &xml = w.xml();
    xml.writeStartDocument();
    xml.writeNamespace(W, QStringLiteral("w"));
    xml.writeNamespace(R, QStringLiteral("r"));
    xml.writeStartElement(W, QStringLiteral("document"));
    xml.writeStartElement(W, QStringLiteral("body"));

    // The title on two lines, as published: who and which year, then what.
    w.paragraph({Run{QStringLiteral("%1%2年\n政府信息公开工作年度报告").arg(report.agency().name).arg(report.year()), TitleFace,
                     TitlePoints}},
                QStringLiteral("center"), false, 0, 14);
    const auto body = [&](const QString &text) {
        for (const QString &paragraph : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!paragraph.trimmed().isEmpty())
                w.paragraph({Run{paragraph, BodyFace, BodyPoints}}, QStringLiteral("both"), true, 0, 4);
        }
    };
    body(introduction(report));
    const FormatDefinition &format = report.format();
    for (const SectionDef &section : format.sections()) {
        const QString custom = report.heading(section.id);
        w.paragraph({Run{custom.isEmpty() ? section.heading.zh : custom, HeadingFace, HeadingPoints}}, QStringLiteral("left"),
                    false, 6, 8, true);
        body(report.narrative(section.id));
        for (const PublishedTable &table : publishedTables(report, section, options)) {
            w.table(table);
            w.paragraph({}, QStringLiteral("left")); // Word needs a paragraph between two tables, or joins them
        }
    }
    for (const QString &line : closingLines(report, options))
        w.paragraph({Run{line, BodyFace, BodyPoints}}, QStringLiteral("right"), false, 2, 0);

    xml.writeStartElement(W, QStringLiteral("sectPr"));
    if (options.draft) {
        xml.writeEmptyElement(W, QStringLiteral("headerReference"));
        xml.writeAttribute(W, QStringLiteral("type"), QStringLiteral("default"));
        xml.writeAttribute(R, QStringLiteral("id"), QStringLiteral("rIdDraft"));
    }
    xml.writeEmptyElement(W, QStringLiteral("footerReference"));
    xml.writeAttribute(W, QStringLiteral("type"), QStringLiteral("default"));
    xml.writeAttribute(R, QStringLiteral("id"), QStringLiteral("rIdFooter"));
    xml.writeEmptyElement(W, QStringLiteral("pgSz"));
    xml.writeAttribute(W, QStringLiteral("w"), QStringLiteral("11906")); // A4 in twips, as Word writes it
    xml.writeAttribute(W, QStringLiteral("h"), QStringLiteral("16838"));
    xml.writeEmptyElement(W, QStringLiteral("pgMar"));
    xml.writeAttribute(W, QStringLiteral("top"), QString::number(mm(30)));
    xml.writeAttribute(W, QStringLiteral("right"), QString::number(mm(26)));
    xml.writeAttribute(W, QStringLiteral("bottom"), QString::number(mm(28)));
    xml.writeAttribute(W, QStringLiteral("left"), QString::number(mm(26)));
    xml.writeAttribute(W, QStringLiteral("header"), QString::number(mm(15)));
    xml.writeAttribute(W, QStringLiteral("footer"), QString::number(mm(15)));
    xml.writeAttribute(W, QStringLiteral("gutter"), QStringLiteral("0"));
    xml.writeEmptyElement(W, QStringLiteral("docGrid"));
    xml.writeAttribute(W, QStringLiteral("type"), QStringLiteral("lines"));
    xml.writeAttribute(W, QStringLiteral("linePitch"), QStringLiteral("312"));
    xml.writeEndElement(); // sectPr
    xml.writeEndElement(); // body
    xml.writeEndElement(); // document
    xml.writeEndDocument();
    return out;
}

QByteArray stylesXml()
{
    QByteArray out;
    Writer w(&out);
    QXmlStreamWriter &xml = w.xml();
    xml.writeStartDocument();
    xml.writeNamespace(W, QStringLiteral("w"));
    xml.writeStartElement(W, QStringLiteral("styles"));
    xml.writeStartElement(W, QStringLiteral("docDefaults"));
    xml.writeStartElement(W, QStringLiteral("rPrDefault"));
    xml.writeStartElement(W, QStringLiteral("rPr"));
    w.fonts(BodyFace);
    w.value(QStringLiteral("sz"), halfPoints(BodyPoints));
    w.value(QStringLiteral("szCs"), halfPoints(BodyPoints));
    xml.writeEmptyElement(W, QStringLiteral("lang"));
    xml.writeAttribute(W, QStringLiteral("val"), QStringLiteral("en-US"));
    xml.writeAttribute(W, QStringLiteral("eastAsia"), QStringLiteral("zh-CN"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(W, QStringLiteral("pPrDefault"));
    xml.writeStartElement(W, QStringLiteral("pPr"));
    xml.writeEmptyElement(W, QStringLiteral("spacing"));
    xml.writeAttribute(W, QStringLiteral("line"), QStringLiteral("276"));
    xml.writeAttribute(W, QStringLiteral("lineRule"), QStringLiteral("auto"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // docDefaults
    xml.writeStartElement(W, QStringLiteral("style"));
    xml.writeAttribute(W, QStringLiteral("type"), QStringLiteral("paragraph"));
    xml.writeAttribute(W, QStringLiteral("default"), QStringLiteral("1"));
    xml.writeAttribute(W, QStringLiteral("styleId"), QStringLiteral("Normal"));
    w.value(QStringLiteral("name"), QStringLiteral("Normal"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray settingsXml()
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                             "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                             "<w:defaultTabStop w:val=\"420\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/>"
                             "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                             "</w:settings>");
}

// The page number, centred under the text, as the PDF prints it: “— 1 —”.
QByteArray footerXml()
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                             "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                             "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                             "<w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:t xml:space=\"preserve\">— </w:t></w:r>"
                             "<w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                             "<w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                             "<w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                             "<w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:t>1</w:t></w:r>"
                             "<w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>"
                             "<w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:t xml:space=\"preserve\"> —</w:t></w:r>"
                             "</w:p></w:ftr>");
}

// A draft's mark: pale, diagonal, behind the text of every page — Word's own watermark (a VML text path
// in the header), which Word, WPS and LibreOffice all show as such. LibreOffice ignores the opacity, so
// the colour itself is pale.
QByteArray draftHeaderXml()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\">"
        "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:pict>"
        "<v:shapetype id=\"_x0000_t136\" coordsize=\"21600,21600\" o:spt=\"136\" adj=\"10800\" "
        "path=\"m@7,l@8,m@5,21600l@6,21600e\"><v:formulas>"
        "<v:f eqn=\"sum #0 0 10800\"/><v:f eqn=\"prod #0 2 1\"/><v:f eqn=\"sum 21600 0 @1\"/><v:f eqn=\"sum 0 0 @2\"/>"
        "<v:f eqn=\"sum 21600 0 @3\"/><v:f eqn=\"if @0 @3 0\"/><v:f eqn=\"if @0 21600 @1\"/><v:f eqn=\"if @0 0 @2\"/>"
        "<v:f eqn=\"if @0 @4 21600\"/><v:f eqn=\"mid @5 @6\"/><v:f eqn=\"mid @8 @5\"/><v:f eqn=\"mid @7 @8\"/>"
        "<v:f eqn=\"mid @6 @7\"/><v:f eqn=\"sum @6 0 @5\"/></v:formulas>"
        "<v:path textpathok=\"t\" o:connecttype=\"custom\" o:connectlocs=\"@9,0;@10,10800;@11,21600;@12,10800\" "
        "o:connectangles=\"270,180,90,0\"/><v:textpath on=\"t\" fitshape=\"t\"/>"
        "<o:lock v:ext=\"edit\" text=\"t\" shapetype=\"t\"/></v:shapetype>"
        "<v:shape id=\"PowerPlusWaterMarkObject1\" o:spid=\"_x0000_s2049\" type=\"#_x0000_t136\" "
        "style=\"position:absolute;margin-left:0;margin-top:0;width:360pt;height:160pt;rotation:325;z-index:-251657216;"
        "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
        "mso-position-vertical:center;mso-position-vertical-relative:margin\" "
        "o:allowincell=\"f\" fillcolor=\"#f0b4b4\" stroked=\"f\"><v:fill opacity=\".16\"/>"
        "<v:textpath style=\"font-family:&quot;黑体&quot;;font-size:1pt\" string=\"草稿\"/></v:shape>"
        "</w:pict></w:r></w:p></w:hdr>");
}

QByteArray contentTypesXml(bool draft)
{
    QByteArray xml = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
    if (draft)
        xml += QByteArrayLiteral("<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>");
    return xml + QByteArrayLiteral("</Types>");
}

QByteArray documentRelsXml(bool draft)
{
    QByteArray xml = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
        "<Relationship Id=\"rIdFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>");
    if (draft)
        xml += QByteArrayLiteral("<Relationship Id=\"rIdDraft\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>");
    return xml + QByteArrayLiteral("</Relationships>");
}

QByteArray packageRelsXml()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        "</Relationships>");
}

// Title and author (the agency), as the PDF carries them.
QByteArray corePropertiesXml(const Report &report)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    xml.writeStartDocument();
    xml.writeNamespace(cp, QStringLiteral("cp"));
    xml.writeNamespace(dc, QStringLiteral("dc"));
    xml.writeStartElement(cp, QStringLiteral("coreProperties"));
    xml.writeTextElement(dc, QStringLiteral("title"), publishedTitle(report));
    xml.writeTextElement(dc, QStringLiteral("creator"), report.agency().name);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace

QByteArray publishedDocx(const Report &report, const PublishOptions &options, QString *error)
{
    const QVector<std::pair<const char *, QByteArray>> parts = {
        {"[Content_Types].xml", contentTypesXml(options.draft)},
        {"_rels/.rels", packageRelsXml()},
        {"docProps/core.xml", corePropertiesXml(report)},
        {"word/_rels/document.xml.rels", documentRelsXml(options.draft)},
        {"word/document.xml", documentXml(report, options)},
        {"word/styles.xml", stylesXml()},
        {"word/settings.xml", settingsXml()},
        {"word/footer1.xml", footerXml()},
        {"word/header1.xml", options.draft ? draftHeaderXml() : QByteArray()},
    };

    // The archive is built in memory, so that the caller's QSaveFile writes it whole or not at all.
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *memory = zip_source_buffer_create(nullptr, 0, 0, &zipError);
    zip_t *archive = memory ? zip_open_from_source(memory, ZIP_TRUNCATE, &zipError) : nullptr;
    const auto failed = [&](const char *what) {
        *error = Text::tr("cannot make the Word document (%1): %2").arg(QLatin1String(what), QString::fromUtf8(zip_error_strerror(&zipError)));
        zip_error_fini(&zipError);
        return QByteArray();
    };
    if (!archive) {
        if (memory)
            zip_source_free(memory);
        return failed("open");
    }
    zip_source_keep(memory); // still read after zip_close
    for (const auto &[name, data] : parts) {
        if (data.isEmpty())
            continue;
        zip_source_t *source = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        if (!source || zip_file_add(archive, name, source, ZIP_FL_ENC_UTF_8) < 0) {
            if (source)
                zip_source_free(source);
            zip_error_set(&zipError, zip_error_code_zip(zip_get_error(archive)), 0);
            zip_discard(archive);
            zip_source_free(memory);
            return failed(name);
        }
    }
    if (zip_close(archive) < 0) {
        zip_error_set(&zipError, zip_error_code_zip(zip_get_error(archive)), 0);
        zip_discard(archive);
        zip_source_free(memory);
        return failed("close");
    }
    QByteArray docx;
    if (zip_source_open(memory) == 0) {
        zip_source_seek(memory, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(memory);
        zip_source_seek(memory, 0, SEEK_SET);
        docx.resize(qsizetype(qMax<zip_int64_t>(size, 0)));
        if (zip_source_read(memory, docx.data(), zip_uint64_t(docx.size())) != size)
            docx.clear();
        zip_source_close(memory);
    }
    zip_source_free(memory);
    if (docx.isEmpty())
        return failed("read");
    zip_error_fini(&zipError);
    return docx;
}

} // namespace nb
