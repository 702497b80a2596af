#include "htmlsource.h"

#include <QHash>
#include <QRegularExpression>

namespace nb {

namespace {

bool isBlockElement(QStringView name)
{
    static const QStringList blocks{QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("h1"), QStringLiteral("h2"),
                                    QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"),
                                    QStringLiteral("li"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("section"),
                                    QStringLiteral("main"), QStringLiteral("article"), QStringLiteral("header"),
                                    QStringLiteral("footer"), QStringLiteral("nav"), QStringLiteral("aside"),
                                    QStringLiteral("blockquote"), QStringLiteral("pre"), QStringLiteral("center"),
                                    QStringLiteral("form"), QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("dd"),
                                    QStringLiteral("address"), QStringLiteral("hr"), QStringLiteral("body"),
                                    QStringLiteral("caption"), QStringLiteral("figure"), QStringLiteral("figcaption")};
    for (const QString &block : blocks) {
        if (name == block)
            return true;
    }
    return false;
}

// The references a report's page uses; others are kept as written.
QString decodeReference(QStringView entity)
{
    if (entity.startsWith(u'#')) {
        bool ok = false;
        const uint code = entity.size() > 1 && (entity.at(1) == u'x' || entity.at(1) == u'X') ? entity.mid(2).toUInt(&ok, 16)
                                                                                                   : entity.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF)
            return QString();
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
    }
    static const QHash<QString, QString> named{
        {QStringLiteral("nbsp"), QString(QChar(0x00A0))}, {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")}, {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")}, {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("ldquo"), QString(QChar(0x201C))}, {QStringLiteral("rdquo"), QString(QChar(0x201D))},
        {QStringLiteral("lsquo"), QString(QChar(0x2018))}, {QStringLiteral("rsquo"), QString(QChar(0x2019))},
        {QStringLiteral("mdash"), QString(QChar(0x2014))}, {QStringLiteral("ndash"), QString(QChar(0x2013))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))}, {QStringLiteral("middot"), QString(QChar(0x00B7))},
        {QStringLiteral("ensp"), QString(QChar(0x2002))}, {QStringLiteral("emsp"), QString(QChar(0x2003))},
        {QStringLiteral("times"), QString(QChar(0x00D7))}, {QStringLiteral("yen"), QString(QChar(0x00A5))}};
    return named.value(entity.toString().toLower(), QString());
}

struct Cell
{
    QStringList blocks;     // its paragraphs, while it may be a cell of one line
    bool container = false; // a layout cell (a table in it): its content goes out as lines as read
};

class HtmlLines
{
public:
    QVector<SourceLine> read(QStringView html)
    {
        const qsizetype size = html.size();
        qsizetype at = 0;
        while (at < size) {
            const QChar c = html.at(at);
            if (c == u'<') {
                at = tag(html, at);
            } else if (c == u'&') {
                qsizetype end = at + 1;
                while (end < size && end - at < 12 && (html.at(end).isLetterOrNumber() || html.at(end) == u'#'))
                    ++end;
                const QString decoded = end < size && html.at(end) == u';' ? decodeReference(html.mid(at + 1, end - at - 1)) : QString();
                if (decoded.isEmpty()) {
                    text(QStringLiteral("&"));
                    ++at;
                } else {
                    text(decoded);
                    at = end + 1;
                }
            } else {
                qsizetype end = at;
                while (end < size && html.at(end) != u'<' && html.at(end) != u'&')
                    ++end;
                text(html.mid(at, end - at));
                at = end;
            }
        }
        flush(false);
        while (!m_cells.isEmpty())
            closeCell();
        return m_lines;
    }

private:
    // A tag, a comment or a declaration at `at`; returns where reading goes on.
    qsizetype tag(QStringView html, qsizetype at)
    {
        const qsizetype size = html.size();
        if (html.mid(at, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), at + 4);
            return end < 0 ? size : end + 3;
        }
        const qsizetype close = html.indexOf(u'>', at + 1);
        if (close < 0)
            return size;
        qsizetype p = at + 1;
        const bool closing = p < close && html.at(p) == u'/';
        if (closing)
            ++p;
        const qsizetype nameStart = p;
        while (p < close && (html.at(p).isLetterOrNumber()))
            ++p;
        const QString name = html.mid(nameStart, p - nameStart).toString().toLower();
        if (name.isEmpty())
            return close + 1; // <!DOCTYPE>, <?xml?>, a stray “<”
        const QStringView attributes = html.mid(p, close - p);
        if (!closing && (name == QLatin1String("script") || name == QLatin1String("style")
                         || name == QLatin1String("title") || name == QLatin1String("template"))) {
            // Not text of the page: skipped to its end tag, found by a plain search.
            const qsizetype end = html.indexOf(QStringLiteral("</") + name, close + 1, Qt::CaseInsensitive);
            if (end < 0)
                return size;
            // A page that keeps its paragraphs' spaces and tabs (ours: p{white-space:pre-wrap}) is read so.
            static const QRegularExpression preWrap(QStringLiteral("(^|[}\\s,])p\\s*\\{[^}]*white-space\\s*:\\s*pre"));
            if (name == QLatin1String("style") && preWrap.match(html.mid(close + 1, end - close - 1)).hasMatch())
                m_preWrapParagraphs = true;
            const qsizetype endClose = html.indexOf(u'>', end);
            return endClose < 0 ? size : endClose + 1;
        }
        element(name, closing, attributes);
        return close + 1;
    }

    void element(const QString &name, bool closing, QStringView attributes)
    {
        // rowspan/colspan need no reading: a spanning cell is listed once in the markup, where it starts,
        // which is where the reader wants it.
        if (name == QLatin1String("br")) {
            m_block += QChar::LineSeparator;
            m_space = false;
            return;
        }
        if (name == QLatin1String("td") || name == QLatin1String("th")) {
            flush(true);
            if (m_openCell.isEmpty())
                return; // a cell outside any table: its text reads as the page's
            if (m_openCell.last())
                closeCell();
            if (!closing) {
                m_cells.append(Cell());
                m_openCell.last() = true;
            }
            return;
        }
        if (name == QLatin1String("tr")) {
            flush(true);
            if (!m_openCell.isEmpty() && m_openCell.last())
                closeCell();
            return;
        }
        if (name == QLatin1String("table")) {
            flush(true);
            if (!closing) {
                // A table in a cell makes it a layout cell: what it held so far goes out as lines.
                if (!m_cells.isEmpty() && !m_cells.last().container) {
                    m_cells.last().container = true;
                    for (const QString &block : std::as_const(m_cells.last().blocks))
                        output(block);
                    m_cells.last().blocks.clear();
                }
                ++m_tables;
                m_openCell.append(false);
            } else if (m_tables > 0) {
                if (m_openCell.last())
                    closeCell();
                m_openCell.removeLast();
                --m_tables;
            }
            return;
        }
        if (name == QLatin1String("pre") || (name == QLatin1String("p") && m_preWrapParagraphs)
            || attributes.contains(QLatin1String("white-space:pre"))) {
            flush(false);
            m_pre = !closing;
        }
        if (isBlockElement(name)) {
            const bool emptyParagraph = closing && name == QLatin1String("p") && m_openedEmpty;
            flush(false);
            if (emptyParagraph)
                addBlock(QString());
            m_openedEmpty = !closing && name == QLatin1String("p");
        }
    }

    void text(QStringView raw)
    {
        for (const QChar c : raw) {
            if (m_pre) {
                m_block += c == u'\n' ? QChar(QChar::LineSeparator) : c;
                m_openedEmpty = false;
                continue;
            }
            if (c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f') {
                m_space = !m_block.isEmpty();
                continue;
            }
            if (m_space)
                m_block += u' ';
            m_space = false;
            m_block += c;
            m_openedEmpty = false;
        }
    }

    // Lines of the page: a block's lines (a <br> starts another), or a separator for an empty paragraph.
    void output(const QString &paragraph)
    {
        if (paragraph.isEmpty()) {
            SourceLine line;
            line.separator = true;
            m_lines.append(line);
            return;
        }
        for (const QString &part : paragraph.split(QChar::LineSeparator)) {
            SourceLine line;
            line.text = trimmedSourceText(part.isEmpty() ? QStringLiteral(" ") : part);
            m_lines.append(line);
        }
    }

    // A block ends: a paragraph of the cell it is in (until the cell turns out to be a layout cell), or
    // lines of the page at once — never held by more than one cell, so that nesting costs nothing.
    void addBlock(const QString &paragraph)
    {
        if (!m_cells.isEmpty() && !m_cells.last().container)
            m_cells.last().blocks << paragraph;
        else
            output(paragraph);
    }

    // The block read so far ends: a line of its own, or a paragraph of the cell it is in.
    void flush(bool)
    {
        m_space = false;
        if (m_block.isEmpty())
            return;
        const QString block = m_block;
        m_block.clear();
        if (trimmedSourceText(QString(block).remove(QChar::LineSeparator)).isEmpty() && !block.contains(QChar(0x00A0)))
            return;
        addBlock(block);
    }

    void closeCell()
    {
        flush(true);
        const Cell cell = m_cells.takeLast();
        if (!m_openCell.isEmpty())
            m_openCell.last() = false;
        if (cell.container)
            return; // its lines went out as they were read
        // A cell with a label or a figure is one line (a label broken over lines joins up); several long
        // paragraphs make a layout cell, read like the page.
        bool layout = false;
        if (cell.blocks.size() > 1) {
            for (const QString &block : cell.blocks)
                layout = layout || trimmedSourceText(block).size() > 60;
        }
        if (layout) {
            for (const QString &block : cell.blocks)
                output(block.isEmpty() ? QStringLiteral(" ") : block);
            return;
        }
        QString text = cell.blocks.join(QString());
        text.remove(QChar::LineSeparator);
        SourceLine line;
        line.text = trimmedSourceText(text.isEmpty() ? QStringLiteral(" ") : text);
        m_lines.append(line);
    }

    QVector<SourceLine> m_lines;
    QVector<Cell> m_cells;      // the cells open, innermost last
    QVector<bool> m_openCell;   // per open table: whether a cell of it is open
    int m_tables = 0;
    QString m_block;
    bool m_space = false;
    bool m_openedEmpty = false; // a <p> opened and nothing in it yet
    bool m_preWrapParagraphs = false;
    bool m_pre = false; // spaces and tabs kept: in <pre>, or a paragraph styled pre-wrap
};

} // namespace

QVector<SourceLine> linesOfHtml(const QString &html)
{
    return HtmlLines().read(html);
}

} // namespace nb
