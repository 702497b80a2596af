#include "pagecomposer.h"

#include <QFont>
#include <QHash>
#include <QPaintDevice>
#include <QPainter>
#include <QSet>
#include <QTextLayout>
#include <QtMath>

#include <algorithm>
#include <numeric>

namespace nb {

namespace {

// The table format of the published document (publisheddocument.cpp) in 96-dpi pixels, which Qt scales to
// the device: a collapsed border of 1 — the table's frame that wide, inside it the outermost cells' half
// of it, and between the cells a grid of one device pixel — and the cells' padding 2, to which each cell
// adds its half of the collapsed border.
constexpr qreal FrameBorder = 1;
constexpr qreal GridLine = 1; // device pixels
constexpr qreal CellPadding = 2 + FrameBorder / 2;
// A table's header is kept with this many of its rows: a header and one row at the foot of a page (三
// on page 1, once) is a table that seems to start and stop.
constexpr int RowsWithHeader = 3;

// How far a line moves the next one down, as QTextDocument does it: the line's height with its leading
// (negative in the Song face), rounded up, times the block's proportional line height.
qreal advanceOf(const QTextLine &line, int percent)
{
    return qCeil(line.ascent() + line.descent() + line.leading()) * percent / 100.0;
}

} // namespace

class PageComposer
{
public:
    PageComposer(const QVector<PublishedBlock> &blocks, const QPaintDevice &device, const QSizeF &page)
        : m_blocks(blocks), m_device(device), m_width(page.width()), m_height(page.height()),
          m_scale(device.logicalDpiY() / 96.0), m_padding(CellPadding * m_scale), m_frame(FrameBorder * m_scale),
          m_inset(m_frame + qRound(FrameBorder / 2 * m_scale))
    {
        m_out.pageRect = QRectF(QPointF(0, 0), page);
    }

    ComposedPages run()
    {
        measure();
        // A heading that moves to a new page with what it heads changes nothing before it: lay the pages
        // out again, which is arithmetic on the lines and rows measured once. Each pass moves one more
        // heading, never the same one twice, so there are at most as many passes as headings.
        while (!paginate()) {
        }
        return std::move(m_out);
    }

private:
    struct MeasuredCell
    {
        const PublishedTable::Cell *cell = nullptr;
        const QTextLayout *layout = nullptr;
        qreal textHeight = 0;
    };
    struct Measured
    {
        const QTextLayout *layout = nullptr; // a paragraph's
        QVector<qreal> advances;             // its lines'
        QVector<qreal> columnX;              // a table's column edges, columns + 1 of them
        QVector<qreal> rowHeights;
        QVector<MeasuredCell> cells;         // in the table's order: row by row, left to right
        // For a row that starts a run of heading rows (a caption “第二十条第（X）项”, column headers): the
        // end of the rows kept on its page with it; 0 for other rows.
        QVector<int> keptUntil;
    };

    const QFont &font(bool heading, qreal pointSize)
    {
        const QString key = QString::number(pointSize) + (heading ? QLatin1Char('h') : QLatin1Char('b'));
        auto found = m_fonts.find(key);
        if (found == m_fonts.end()) {
            QFont face(heading ? headingFontFamily() : bodyFontFamily());
            face.setPointSizeF(pointSize);
            found = m_fonts.insert(key, QFont(face, &m_device)); // measured in the device's pixels
        }
        return *found;
    }

    // Lines of `width`, the first indented; returns their advances.
    QVector<qreal> layText(QTextLayout &layout, Qt::Alignment alignment, qreal width, qreal indent, int percent)
    {
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // QTextDocument's: Chinese breaks anywhere
        layout.setTextOption(option);
        QVector<qreal> advances;
        qreal y = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLeadingIncluded(true);
            const qreal x = advances.isEmpty() ? indent : 0;
            line.setLineWidth(std::max<qreal>(width - x, 1));
            line.setPosition(QPointF(x, y));
            advances << advanceOf(line, percent);
            y += advances.last();
        }
        layout.endLayout();
        // A block ends below its last line's full height, which is more than its advance when the leading is negative.
        if (!advances.isEmpty())
            advances.last() = std::max(advances.last(), layout.lineAt(layout.lineCount() - 1).height() * percent / 100.0);
        return advances;
    }

    QTextLayout *newLayout(const QString &text, const QFont &face)
    {
        m_out.m_layouts.push_back(std::make_unique<QTextLayout>(text, face));
        return m_out.m_layouts.back().get();
    }

    void measure()
    {
        const qreal pixelsPerPoint = m_device.logicalDpiX() / 72.0;
        m_measured.resize(m_blocks.size());
        for (int index = 0; index < m_blocks.size(); ++index) {
            const PublishedBlock &block = m_blocks.at(index);
            Measured &measured = m_measured[index];
            if (block.kind == PublishedBlock::Kind::Paragraph) {
                QTextLayout *layout = newLayout(block.text, font(block.heading, block.pointSize));
                measured.advances = layText(*layout, block.alignment, m_width, block.indentPoints * pixelsPerPoint, block.lineHeightPercent);
                measured.layout = layout;
                continue;
            }
            const PublishedTable &table = block.table;
            measured.columnX << m_inset;
            for (qreal share : table.columnShares)
                measured.columnX << measured.columnX.last() + share / 100 * (m_width - 2 * m_inset);
            measured.rowHeights.fill(0, table.rows);
            for (const PublishedTable::Cell &cell : table.cells) {
                const bool header = cell.role == PublishedTable::Role::ColumnHeader;
                QString text = cell.text;
                if (const int at = headerBreak(table, cell); at > 0)
                    text.insert(at, QChar::LineSeparator);
                QTextLayout *layout = newLayout(text, font(header || cell.role == PublishedTable::Role::Caption, table.pointSize));
                const qreal width = measured.columnX.at(cell.column + cell.columns) - measured.columnX.at(cell.column) - 2 * m_padding;
                const bool centred = header || cell.role == PublishedTable::Role::Value;
                const QVector<qreal> advances = layText(*layout, centred ? Qt::AlignHCenter : Qt::AlignLeft, width, 0, 100);
                const qreal height = std::accumulate(advances.begin(), advances.end(), qreal(0));
                measured.cells.append({&cell, layout, height});
                if (cell.rows == 1)
                    measured.rowHeights[cell.row] = std::max(measured.rowHeights.at(cell.row), height + 2 * m_padding);
            }
            // A cell over several rows taller than they are lengthens the last of them.
            for (const MeasuredCell &spanning : std::as_const(measured.cells)) {
                const PublishedTable::Cell &cell = *spanning.cell;
                if (cell.rows == 1)
                    continue;
                const auto first = measured.rowHeights.begin() + cell.row;
                const qreal rows = std::accumulate(first, first + cell.rows, qreal(0));
                const qreal needed = spanning.textHeight + 2 * m_padding;
                if (needed > rows)
                    measured.rowHeights[cell.row + cell.rows - 1] += needed - rows;
            }
            measured.keptUntil = keptRows(table, measured.rowHeights);
        }
    }

    // A run of heading rows — the header rows, or rows of nothing but captions and column headers, as each
    // part of 二 starts — is kept on a page with the next RowsWithHeader rows (fewer when the next run
    // starts sooner) and every row of a label spanning down from them (三's 三、本年度办理结果: its words
    // stand in the middle of its rows); when these are taller than a page, with one row only.
    QVector<int> keptRows(const PublishedTable &table, const QVector<qreal> &heights) const
    {
        QVector<bool> heading(table.rows, true);
        QVector<bool> hasCell(table.rows, false);
        for (const PublishedTable::Cell &cell : table.cells) {
            hasCell[cell.row] = true;
            if (cell.role != PublishedTable::Role::Caption && cell.role != PublishedTable::Role::ColumnHeader)
                heading[cell.row] = false;
        }
        for (int row = 0; row < table.rows; ++row)
            heading[row] = row < table.headerRows || (heading.at(row) && hasCell.at(row));
        QVector<int> kept(table.rows, 0);
        for (int row = 0; row < table.rows;) {
            if (!heading.at(row)) {
                ++row;
                continue;
            }
            int end = row;
            while (end < table.rows && heading.at(end))
                ++end;
            int next = end; // the next run of heading rows
            while (next < table.rows && !heading.at(next))
                ++next;
            int until = std::min(end + RowsWithHeader, next);
            for (const PublishedTable::Cell &cell : table.cells) {
                if (cell.row >= row && cell.row < until)
                    until = std::max(until, cell.row + cell.rows);
            }
            if (std::accumulate(heights.begin() + row, heights.begin() + until, 2 * m_inset) > m_height)
                until = std::min(end + 1, table.rows);
            kept[row] = until;
            row = end;
        }
        return kept;
    }

    void newPage()
    {
        m_out.pages.append(ComposedPages::Page());
        m_y = 0;
        m_pageHasContent = false;
    }
    int page() const { return int(m_out.pages.size()) - 1; }

    // Lays the pages out; false when a paragraph or a table moved the blocks kept with it (a heading, the
    // spacer before a table) to a new page, and the pages must be laid out again.
    bool paginate()
    {
        m_out.pages.clear();
        m_out.cells.clear();
        m_out.paragraphs.clear();
        newPage();
        qreal lastBottom = 0;
        int lead = -1; // the first of the blocks kept with the next, before the one laid out
        for (int index = 0; index < m_blocks.size(); ++index) {
            const PublishedBlock &block = m_blocks.at(index);
            if (m_breakBefore.contains(index) && m_pageHasContent)
                newPage();
            if (index > 0)
                m_y += std::max(lastBottom, block.spaceBefore) * m_scale; // margins collapse, as in QTextDocument
            if (block.kind == PublishedBlock::Kind::Paragraph) {
                // The empty paragraph before a table only holds its place in the ODT: QTextDocument gives it no height.
                const bool spacer = block.text.isEmpty() && index + 1 < m_blocks.size()
                                    && m_blocks.at(index + 1).kind == PublishedBlock::Kind::Table;
                if (!spacer) {
                    // A heading (and whatever else is kept with what follows) moves to the next page with
                    // this paragraph when none of its lines would follow it on this one.
                    if (lead >= 0 && m_pageHasContent && linesHere(index, 0) == 0 && !m_breakBefore.contains(lead)) {
                        m_breakBefore.insert(lead);
                        return false;
                    }
                    placeParagraph(index);
                }
                if (!block.keepWithNext)
                    lead = -1;
                else if (lead < 0)
                    lead = index;
            } else {
                if (!tableStartsHere(index)) {
                    if (lead >= 0 && !m_breakBefore.contains(lead)) {
                        m_breakBefore.insert(lead);
                        return false;
                    }
                    if (lead < 0)
                        newPage(); // nothing leads into it: the table alone starts the next page
                    // Else its heading is at the top of a page already: what does not fit under it breaks.
                }
                placeTable(index);
                lead = -1;
            }
            lastBottom = block.spaceAfter;
        }
        return true;
    }

    // How many lines of a paragraph, from line `first` on, go on this page: as many as fit, but — as Word
    // does by default — never its first line alone at the foot (the paragraph moves on: 0) nor its last
    // line alone at the top of the next page (one more line goes with it). A page that cannot hold what
    // these rules ask for takes what fits.
    int linesHere(int index, int first) const
    {
        const Measured &measured = m_measured.at(index);
        const QTextLayout &layout = *measured.layout;
        const int lines = layout.lineCount();
        int end = first;
        for (qreal y = m_y; end < lines; y += measured.advances.at(end++)) {
            if (y + layout.lineAt(end).height() > m_height && (m_pageHasContent || end > first))
                break;
        }
        if (end == lines)
            return lines - first;
        int kept = end;
        if (lines - kept == 1)
            --kept; // a widow
        if (first == 0 && kept < 2)
            kept = 0; // an orphan
        if (kept <= first && !m_pageHasContent)
            kept = end;
        return kept - first;
    }

    void placeParagraph(int index)
    {
        const Measured &measured = m_measured.at(index);
        const QTextLayout &layout = *measured.layout;
        for (int first = 0; first < layout.lineCount();) {
            const int count = linesHere(index, first);
            if (count == 0) { // only when the page holds something already
                newPage();
                continue;
            }
            if (first == 0)
                m_out.paragraphs.append({index, page(), &layout});
            m_out.pages[page()].texts << ComposedPages::Text{&layout, first, count, QPointF(0, m_y - layout.lineAt(first).y())};
            for (int i = first; i < first + count; ++i)
                m_y += measured.advances.at(i);
            m_pageHasContent = true;
            first += count;
            if (first < layout.lineCount())
                newPage();
        }
    }

    // Whether rows [from, to) of a table — with the frame's inset below them, and above them when they are
    // its first — fit on what is left of the page, or could not fit on any page (and break where they are).
    bool rowsFitOrNever(int index, int from, int to) const
    {
        const QVector<qreal> &heights = m_measured.at(index).rowHeights;
        const qreal height = std::accumulate(heights.begin() + from, heights.begin() + to, qreal(0)) + (from == 0 ? 2 : 1) * m_inset;
        return m_y + height <= m_height || height > m_height;
    }

    // Whether a table starts on this page: its first rows — its heading rows and the rows kept with them —
    // fit on what is left of it.
    bool tableStartsHere(int index) const
    {
        const int kept = m_measured.at(index).keptUntil.value(0);
        return kept == 0 || !m_pageHasContent || rowsFitOrNever(index, 0, kept);
    }

    void placeTable(int index)
    {
        const PublishedTable &table = m_blocks.at(index).table;
        const Measured &measured = m_measured.at(index);
        QVector<int> rowPage(table.rows);
        QVector<qreal> rowTop(table.rows);
        qreal frameTop = m_y;
        m_y += m_inset;
        // The frame's line is centred on its edge, inside the table's box.
        auto closeFrame = [&] {
            m_y += m_inset;
            m_out.pages[page()].frames << QRectF(m_frame / 2, frameTop + m_frame / 2, m_width - m_frame, m_y - frameTop - m_frame);
        };
        for (int row = 0; row < table.rows; ++row) {
            // Rows that head the rows under them (a part of 二) go to the next page with them. The table's
            // first are placed where tableStartsHere() said.
            const int kept = measured.keptUntil.at(row);
            const bool keepTogether = row > 0 && kept > 0 && !rowsFitOrNever(index, row, kept);
            if ((keepTogether || m_y + measured.rowHeights.at(row) + m_inset > m_height) && m_pageHasContent) {
                if (row > 0)
                    closeFrame();
                newPage();
                frameTop = m_y;
                m_y += m_inset;
                if (row >= table.headerRows && table.headerRows > 0)
                    repeatHeader(index);
            }
            rowPage[row] = page();
            rowTop[row] = m_y;
            m_y += measured.rowHeights.at(row);
            m_pageHasContent = true;
        }
        closeFrame();
        for (const MeasuredCell &cell : measured.cells)
            placeCell(index, cell, rowPage, rowTop, false);
    }

    // The header rows once more at the top of a page the table continues on.
    void repeatHeader(int index)
    {
        const PublishedTable &table = m_blocks.at(index).table;
        const Measured &measured = m_measured.at(index);
        QVector<int> rowPage(table.headerRows, page());
        QVector<qreal> rowTop(table.headerRows);
        for (int row = 0; row < table.headerRows; ++row) {
            rowTop[row] = m_y;
            m_y += measured.rowHeights.at(row);
        }
        for (const MeasuredCell &cell : measured.cells) {
            if (cell.cell->row + cell.cell->rows <= table.headerRows)
                placeCell(index, cell, rowPage, rowTop, true);
        }
        m_pageHasContent = true;
    }

    // A cell's outline on each page its rows are on; its words, vertically centred, in the tallest part.
    void placeCell(int index, const MeasuredCell &measuredCell, const QVector<int> &rowPage, const QVector<qreal> &rowTop, bool repeated)
    {
        const Measured &measured = m_measured.at(index);
        const PublishedTable::Cell &cell = *measuredCell.cell;
        const qreal left = measured.columnX.at(cell.column);
        const qreal right = measured.columnX.at(cell.column + cell.columns);
        QRectF textRect; // the tallest part: where a label over rows on two pages has room for its words
        int textPage = rowPage.at(cell.row);
        for (int row = cell.row; row < cell.row + cell.rows;) {
            int end = row;
            qreal height = 0;
            while (end < cell.row + cell.rows && rowPage.at(end) == rowPage.at(row))
                height += measured.rowHeights.at(end++);
            const QRectF rect(left, rowTop.at(row), right - left, height);
            m_out.pages[rowPage.at(row)].borders << rect;
            if (rect.height() > textRect.height()) {
                textRect = rect;
                textPage = rowPage.at(row);
            }
            row = end;
        }
        const qreal inner = textRect.height() - 2 * m_padding;
        const QPointF at(textRect.left() + m_padding,
                         textRect.top() + m_padding + std::max<qreal>(0, (inner - measuredCell.textHeight) / 2));
        m_out.pages[textPage].texts << ComposedPages::Text{measuredCell.layout, 0, measuredCell.layout->lineCount(), at};
        m_out.cells.append({index, cell.row, cell.column, textPage, textRect, measuredCell.layout, repeated});
    }

    const QVector<PublishedBlock> &m_blocks;
    const QPaintDevice &m_device;
    const qreal m_width;
    const qreal m_height;
    const qreal m_scale;   // Qt's lengths in 96-dpi pixels → the device's
    const qreal m_padding; // of a cell
    const qreal m_frame;   // a table's frame
    const qreal m_inset;   // from a table's edge to its cells: the frame and the outermost cells' half border
    ComposedPages m_out;
    QHash<QString, QFont> m_fonts;
    QVector<Measured> m_measured;
    QSet<int> m_breakBefore; // blocks that start a new page, so that the table they lead into keeps its header with its rows
    qreal m_y = 0;
    bool m_pageHasContent = false;
};

ComposedPages::ComposedPages() = default;
ComposedPages::~ComposedPages() = default;
ComposedPages::ComposedPages(ComposedPages &&) noexcept = default;
ComposedPages &ComposedPages::operator=(ComposedPages &&) noexcept = default;

void ComposedPages::paint(QPainter &painter, int index) const
{
    const Page &page = pages.at(index);
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::black, GridLine));
    painter.drawRects(page.borders.constData(), int(page.borders.size()));
    painter.setPen(QPen(Qt::black, FrameBorder * painter.device()->logicalDpiY() / 96.0));
    painter.drawRects(page.frames.constData(), int(page.frames.size()));
    painter.setPen(Qt::black);
    for (const Text &text : page.texts) {
        for (int line = text.firstLine; line < text.firstLine + text.lineCount; ++line)
            text.layout->lineAt(line).draw(&painter, text.offset);
    }
    painter.restore();
}

ComposedPages composePages(const QVector<PublishedBlock> &blocks, const QPaintDevice &device, const QSizeF &page)
{
    return PageComposer(blocks, device, page).run();
}

} // namespace nb
