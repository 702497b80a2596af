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
        // A table that moves its heading to a new page changes nothing before it: lay the pages out again,
        // which is arithmetic on the lines and rows measured once.
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
        }
    }

    void newPage()
    {
        m_out.pages.append(ComposedPages::Page());
        m_y = 0;
        m_pageHasContent = false;
    }
    int page() const { return int(m_out.pages.size()) - 1; }

    // Lays the pages out; false when a table moved the blocks leading into it to a new page, and the
    // pages must be laid out again.
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
                if (!spacer)
                    placeParagraph(index);
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
                    // Already at the top of a page: a table taller than a page must break.
                }
                placeTable(index);
                lead = -1;
            }
            lastBottom = block.spaceAfter;
        }
        return true;
    }

    void placeParagraph(int index)
    {
        const Measured &measured = m_measured.at(index);
        const QTextLayout &layout = *measured.layout;
        ComposedPages::Text run{&layout, 0, 0, {}};
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            if (m_y + line.height() > m_height && m_pageHasContent) {
                if (run.lineCount > 0)
                    m_out.pages[page()].texts << run;
                newPage();
                run = {&layout, i, 0, {}};
            }
            if (i == 0)
                m_out.paragraphs.append({index, page(), &layout});
            if (run.lineCount == 0)
                run.offset = QPointF(0, m_y - line.y());
            ++run.lineCount;
            m_y += measured.advances.at(i);
            m_pageHasContent = true;
        }
        if (run.lineCount > 0)
            m_out.pages[page()].texts << run;
    }

    // Whether a table's header rows and first rows fit on what is left of the page.
    bool tableStartsHere(int index) const
    {
        const PublishedTable &table = m_blocks.at(index).table;
        if (table.headerRows == 0 || table.headerRows >= table.rows || !m_pageHasContent)
            return true;
        const QVector<qreal> &heights = m_measured.at(index).rowHeights;
        // With all the rows of a label that spans from the first rows down (三's 三、本年度办理结果): its
        // words stand in the middle of its rows.
        int kept = std::min(table.headerRows + RowsWithHeader, table.rows);
        for (const PublishedTable::Cell &cell : table.cells) {
            if (cell.row < kept)
                kept = std::max(kept, cell.row + cell.rows);
        }
        return m_y + m_inset + std::accumulate(heights.begin(), heights.begin() + kept, qreal(0)) <= m_height;
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
            if (m_y + measured.rowHeights.at(row) + m_inset > m_height && m_pageHasContent) {
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
