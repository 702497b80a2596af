#pragma once

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <QVector>

class QByteArray;

namespace nb {

// One line of a published report as the reader sees it: a line of text extracted from a PDF or Word
// file, or a paragraph or table cell of a web page. Extraction turns a table into one cell per line
// and keeps blank cells as lines of spaces, so a line that was empty in the source is different from
// a line that held a blank cell: only the first is a separator.
struct SourceLine
{
    QString text;           // trimmed of spaces, U+3000 and no-break spaces
    bool separator = false; // an empty line (text) or an empty paragraph (HTML): never a table cell
    int number = 0;         // 1-based line of a text file; 0 for HTML
    int page = -1;          // 0-based page of a PDF, where the text stands (box, in points); -1 elsewhere
    QRectF box;
    // A blank cell known only from a header cell above it, with no figure in its column: it may be
    // the corner's cell (“信息内容”) instead, so the reader drops it when the row has a cell too many.
    bool optional = false;
};

struct PublishedSource
{
    QVector<SourceLine> lines;
    bool html = false;
    int pages = 0; // pages of a PDF; 0 for text and HTML
    QString fileName; // the file's name without folder: may name the agency and year
    QByteArray pdf;   // the PDF itself, to show its pages beside what was read
    QString error; // why the file could not be read; empty when lines were read
};

// Plain text, one line per SourceLine.
PublishedSource sourceFromText(const QString &text);
// HTML as government sites publish it: a table's cells in reading order (a cell that spans rows or
// columns once, at its first row and column), paragraphs as lines; tables inside layout tables are
// walked into. Read in one pass (htmlsource.h): linear in the markup's length however deep it nests.
PublishedSource sourceFromHtml(const QString &html);
// Reads a published report file: a PDF, a .docx, or text/HTML in UTF-8 or UTF-16 with or without a
// byte-order mark, else GB18030 (which covers the GBK and GB2312 of older sites) — a UTF-8 file with a
// few bad bytes is refused, naming the first (limits::decodeText). HTML is told by the file name or the markup.
PublishedSource readPublishedSource(const QString &path);
// Text without the spaces around it, U+3000, no-break and zero-width spaces included: as a line's text is kept.
QString trimmedSourceText(QStringView text);
// The same from the file's bytes; path tells HTML by its suffix.
PublishedSource readPublishedBytes(const QByteArray &bytes, const QString &path);

} // namespace nb
