#include "publishedsource.h"

#include "docxsource.h"
#include "htmlsource.h"
#include "inputlimits.h"
#include "labelmatch.h"
#include "pagedwords.h"
#include "pdfsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PublishedSource)
};

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x3000) || c == QChar(0x00A0) || c == QChar(0xFEFF) || c == QChar(0x200B);
}

QString trimmed(QStringView text)
{
    int begin = 0;
    int end = int(text.size());
    while (begin < end && isSpace(text.at(begin)))
        ++begin;
    while (end > begin && isSpace(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin).toString();
}

void addLine(QVector<SourceLine> *lines, const QString &raw, int number)
{
    SourceLine line;
    line.text = trimmed(raw);
    line.separator = raw.isEmpty();
    line.number = number;
    lines->append(line);
}

bool looksLikeHtml(const QString &path, const QString &text)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return true;
    if (suffix == QLatin1String("txt"))
        return false;
    static const QRegularExpression markup(QStringLiteral("<(html|body|table|p|div)[\\s>]"), QRegularExpression::CaseInsensitiveOption);
    return markup.match(text.left(4096)).hasMatch();
}

} // namespace

// A table row in pipe form, as PDF-to-Markdown converters and CMS exports give it:
// “| 三、本年度办理结果 | （一）予以公开 | | 0 |”, “规章 | 0 | 0 | 0 |”, or one cell a line (“0 |”, “|”).
bool isPipeRow(QStringView line)
{
    const QStringView text = line.trimmed();
    return text.contains(QLatin1Char('|')) && (text.startsWith(QLatin1Char('|')) || text.endsWith(QLatin1Char('|')) || text.contains(QLatin1String(" | ")));
}

// Each cell a line, as extraction gives a table. Empty cells before and between the labels are the
// merged label columns' (a group's label printed once) and are dropped; after the last label they
// are blank figures and stay, as lines of spaces.
//
// Pipes side by side (“|||||”, “| 0 | ||”) are empty cells a crawler ran together: how many there were
// and where they stood among the figures is lost (real pages put them after the figures whatever their
// column), so they give no blank cells — a row left with fewer figures than columns is then listed as
// not placed instead of filled from the left.
void addPipeRow(QVector<SourceLine> *lines, const QString &raw, int number)
{
    static const QRegularExpression pipesRunTogether(QStringLiteral("\\|{2,}"));
    QString text = trimmed(raw);
    if (text.contains(pipesRunTogether)) {
        text.replace(pipesRunTogether, QStringLiteral("|"));
        if (text == QLatin1String("|"))
            return;
    }
    if (text.startsWith(QLatin1Char('|')))
        text.remove(0, 1);
    if (text.endsWith(QLatin1Char('|')))
        text.chop(1);
    const QStringList cells = text.split(QLatin1Char('|'));
    int lastLabel = -1;
    for (int i = 0; i < cells.size(); ++i) {
        const QString cell = trimmed(cells[i]);
        if (!cell.isEmpty() && !isFigureText(cell))
            lastLabel = i;
    }
    for (int i = 0; i < cells.size(); ++i) {
        const QString cell = trimmed(cells[i]);
        if (cell.isEmpty() && i < lastLabel)
            continue;
        addLine(lines, cell.isEmpty() ? QStringLiteral(" ") : cell, number);
    }
}

namespace {

bool isLonePipe(const QString &raw)
{
    return trimmed(raw) == QLatin1String("|");
}

// The nearest line with text from `from` in direction `step` (lines of spaces skipped): "" if none.
QString nearestText(const QStringList &raw, int from, int step)
{
    for (int i = from; i >= 0 && i < raw.size(); i += step) {
        const QString text = trimmed(raw.at(i));
        if (!text.isEmpty())
            return text;
    }
    return {};
}

// A run of lines holding a lone “|”, from raw[first]; returns the line after the run. Two real forms
// print them, told apart by the cells around them (never guessed):
// - cells written with their own pipe (“0 |”, “规章 |”): a lone “|” has no cell of its own text, so it
//   is a blank cell (长春 二道区: “56 |” then “|” for each empty column);
// - bare cells (“规章”, “0”) with a “|” line between each two: the pipe lines are the table's
//   separators, as in “规章 / | / 0 / | / 0” (桃江, 安康). Read as blanks there, each would push the
//   row's figures one column right. Between two bare cells only a second “|” in a row marks a blank
//   cell (“0 / | / | / 0”: one empty column).
int addLonePipes(QVector<SourceLine> *lines, const QStringList &raw, int first)
{
    int end = first;
    while (end < raw.size() && isLonePipe(raw.at(end)))
        ++end;
    const QString before = nearestText(raw, first - 1, -1);
    const QString after = nearestText(raw, end, 1);
    const bool betweenBareCells = !before.isEmpty() && !after.isEmpty() && !before.contains(QLatin1Char('|'))
        && !after.contains(QLatin1Char('|'));
    for (int i = betweenBareCells ? first + 1 : first; i < end; ++i)
        addLine(lines, QStringLiteral(" "), i + 1);
    return end;
}

} // namespace

PublishedSource sourceFromText(const QString &text)
{
    PublishedSource source;
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList raw = normalized.split(QLatin1Char('\n'));
    source.lines.reserve(raw.size());
    for (int i = 0; i < raw.size(); ++i) {
        if (isLonePipe(raw.at(i))) {
            const int end = addLonePipes(&source.lines, raw, i);
            i = end - 1;
        } else if (isPipeRow(raw.at(i))) {
            addPipeRow(&source.lines, raw.at(i), i + 1);
        } else {
            addLine(&source.lines, raw.at(i), i + 1);
        }
    }
    return source;
}

PublishedSource sourceFromHtml(const QString &html)
{
    PublishedSource source;
    source.html = true;
    source.lines = linesOfHtml(html);
    return source;
}

QString trimmedSourceText(QStringView text)
{
    return trimmed(text);
}

PublishedSource readPublishedSource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PublishedSource source;
        source.error = Text::tr("cannot open %1: %2").arg(path, file.errorString());
        return source;
    }
    const QByteArray bytes = file.readAll();
    PublishedSource source = readPublishedBytes(bytes, path);
    source.fileName = QFileInfo(path).completeBaseName();
    return source;
}

PublishedSource readPublishedBytes(const QByteArray &bytes, const QString &path)
{
    if (bytes.startsWith("%PDF")) {
        PublishedSource source = sourceFromPdf(bytes);
        source.pdf = bytes;
        return source;
    }
    if (bytes.startsWith("\xD0\xCF\x11\xE0") || QFileInfo(path).suffix().compare(QLatin1String("wps"), Qt::CaseInsensitive) == 0) {
        PublishedSource source;
        source.error = Text::tr("%1 is an old Word or WPS file (.doc/.wps), which Nianbao does not read; open it in Word or WPS and "
                                "save it as .docx (“Save as” ▸ Word document) or as PDF")
                           .arg(QFileInfo(path).fileName());
        return source;
    }
    if (bytes.startsWith("PK\x03\x04"))
        return sourceFromDocx(bytes, QFileInfo(path).fileName());
    // UTF-8 or UTF-16 by their mark, UTF-8 when valid, else GB18030 — but not a UTF-8 file with a few bad
    // bytes re-read silently as GB18030: that one is refused, naming the byte.
    QString decodeError;
    const QString text = limits::decodeText(bytes, &decodeError);
    if (!decodeError.isEmpty()) {
        PublishedSource source;
        source.error = decodeError;
        return source;
    }
    if (looksLikeHtml(path, text))
        return sourceFromHtml(text);
    // Text laid out with spaces (pdftotext -layout) is read by its columns, like the PDF.
    const PagedWords laidOut = wordsFromLayoutText(text);
    return laidOut.words.isEmpty() ? sourceFromText(text) : sourceFromWords(laidOut);
}

} // namespace nb
