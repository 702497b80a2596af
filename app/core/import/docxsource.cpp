#include "docxsource.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <zip.h>

#include <memory>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DocxSource)
};

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString MarkupCompatibility = QStringLiteral("http://schemas.openxmlformats.org/markup-compatibility/2006");

// word/document.xml unpacked, or an error. The size in the zip's directory may lie, so the reading
// itself stops at the limit.
QByteArray unpackDocument(const QByteArray &bytes, const QString &fileName, QString *error)
{
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &zipError);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY, &zipError) : nullptr;
    if (!archive) {
        if (source)
            zip_source_free(source);
        *error = Text::tr("%1 cannot be opened as a Word document (.docx): %2").arg(fileName, QString::fromUtf8(zip_error_strerror(&zipError)));
        zip_error_fini(&zipError);
        return {};
    }
    zip_error_fini(&zipError);
    const std::unique_ptr<zip_t, int (*)(zip_t *)> closer(archive, zip_close);
    const zip_int64_t index = zip_name_locate(archive, "word/document.xml", 0);
    if (index < 0) {
        *error = Text::tr("%1 is a zipped file but not a Word document (it has no word/document.xml); save the report as .docx or PDF")
                     .arg(fileName);
        return {};
    }
    zip_stat_t stat;
    const auto tooLarge = [&] {
        *error = Text::tr("%1 unpacks to more than %2 MB of text, which no report needs: it is damaged or built to fill the "
                          "disk (a “zip bomb”), and is not read")
                     .arg(fileName)
                     .arg(DocxUnpackedLimit / (1024 * 1024));
        return QByteArray();
    };
    if (zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(DocxUnpackedLimit))
        return tooLarge();
    zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(index), 0);
    if (!file) {
        *error = Text::tr("%1: the Word document's text cannot be unpacked: %2").arg(fileName, QString::fromUtf8(zip_strerror(archive)));
        return {};
    }
    QByteArray xml;
    char buffer[65536];
    zip_int64_t read = 0;
    while ((read = zip_fread(file, buffer, sizeof buffer)) > 0) {
        if (xml.size() + read > DocxUnpackedLimit) {
            zip_fclose(file);
            return tooLarge();
        }
        xml.append(buffer, qsizetype(read));
    }
    if (read < 0) {
        *error = Text::tr("%1: the Word document's text cannot be unpacked: %2").arg(fileName, QString::fromUtf8(zip_file_strerror(file)));
        zip_fclose(file);
        return {};
    }
    zip_fclose(file);
    return xml;
}

// A table cell being read.
struct CellRead
{
    QStringList paragraphs;    // while it may be a cell of one line
    bool container = false;    // a layout cell (a table in it): its content goes out as lines as read
    bool continuation = false; // vMerge continue: the cell above, read already
};

class DocumentReader
{
public:
    explicit DocumentReader(const QByteArray &xml) : m_xml(xml) {}

    QVector<SourceLine> read(QString *error)
    {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement())
                start();
            else if (m_xml.isEndElement())
                end();
        }
        if (m_xml.hasError())
            *error = m_xml.errorString();
        return m_lines;
    }

private:
    void start()
    {
        const QStringView name = m_xml.name();
        if (m_xml.namespaceUri() == MarkupCompatibility && name == QLatin1String("Fallback")) {
            m_xml.skipCurrentElement(); // the same text box again, for older readers
            return;
        }
        if (m_xml.namespaceUri() != W)
            return;
        if (name == QLatin1String("p")) {
            if (m_paragraphDepth++ == 0)
                m_paragraph.clear();
        } else if (name == QLatin1String("t")) {
            m_paragraph += m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (name == QLatin1String("tab")) {
            if (m_paragraphDepth > 0)
                m_paragraph += QLatin1Char(' ');
        } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
            if (m_paragraphDepth > 0)
                m_paragraph += QChar::LineSeparator;
        } else if (name == QLatin1String("tbl")) {
            // A table in a cell makes it a layout cell: what it held so far goes out as lines.
            if (!m_cells.isEmpty() && !m_cells.last().container) {
                m_cells.last().container = true;
                for (const QString &paragraph : std::as_const(m_cells.last().paragraphs))
                    addParagraph(&m_lines, paragraph);
                m_cells.last().paragraphs.clear();
            }
        } else if (name == QLatin1String("tc")) {
            m_cells.append(CellRead());
        } else if (name == QLatin1String("vMerge") && !m_cells.isEmpty()) {
            const QStringView merge = m_xml.attributes().value(W, QStringLiteral("val"));
            m_cells.last().continuation = merge.isEmpty() || merge == QLatin1String("continue");
        }
    }

    void end()
    {
        if (m_xml.namespaceUri() != W)
            return;
        const QStringView name = m_xml.name();
        if (name == QLatin1String("p")) {
            if (--m_paragraphDepth == 0)
                paragraphRead(m_paragraph);
        } else if (name == QLatin1String("tc") && !m_cells.isEmpty()) {
            const CellRead cell = m_cells.takeLast();
            if (!cell.continuation)
                cellRead(cell);
        }
    }

    static SourceLine line(const QString &raw)
    {
        SourceLine line;
        line.text = trimmedSourceText(raw);
        line.separator = raw.isEmpty();
        return line;
    }

    // Outside a table a paragraph is lines (one a line break); an empty one separates.
    static void addParagraph(QVector<SourceLine> *lines, const QString &text)
    {
        if (text.isEmpty()) {
            lines->append(line(text));
            return;
        }
        for (const QString &part : text.split(QChar::LineSeparator))
            lines->append(line(part.isEmpty() ? QStringLiteral(" ") : part));
    }

    // Never held by more than one cell, so that nesting costs nothing.
    void paragraphRead(const QString &text)
    {
        if (!m_cells.isEmpty() && !m_cells.last().container)
            m_cells.last().paragraphs << text;
        else
            addParagraph(&m_lines, text);
    }

    // A cell with a label or a figure is one line — a label wrapped over paragraphs or line breaks joins
    // up — and a layout cell (a table in it, or several long paragraphs) is read like the page.
    void cellRead(const CellRead &cell)
    {
        if (cell.container)
            return; // its lines went out as they were read
        bool layout = false;
        if (cell.paragraphs.size() > 1) {
            for (const QString &paragraph : cell.paragraphs)
                layout = layout || trimmedSourceText(paragraph).size() > 60;
        }
        if (layout) {
            for (const QString &paragraph : cell.paragraphs)
                addParagraph(&m_lines, paragraph);
            return;
        }
        QString text = cell.paragraphs.join(QString());
        text.remove(QChar::LineSeparator);
        m_lines.append(line(text.isEmpty() ? QStringLiteral(" ") : text));
    }

    QXmlStreamReader m_xml;
    QVector<SourceLine> m_lines;
    QVector<CellRead> m_cells; // the cells open, innermost last
    QString m_paragraph;
    int m_paragraphDepth = 0; // a text box's paragraphs sit inside a paragraph
};

} // namespace

PublishedSource sourceFromDocx(const QByteArray &bytes, const QString &fileName)
{
    PublishedSource source;
    const QByteArray xml = unpackDocument(bytes, fileName, &source.error);
    if (!source.error.isEmpty())
        return source;
    QString error;
    source.lines = DocumentReader(xml).read(&error);
    if (!error.isEmpty()) {
        source.lines.clear();
        source.error = Text::tr("%1: the Word document's text is damaged (%2)").arg(fileName, error);
    }
    return source;
}

} // namespace nb
