#pragma once

#include "publisheddocument.h"

#include <QPointF>
#include <QRectF>
#include <QVector>

#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;
class QTextLayout;

namespace nb {

// The published report laid out on pages by itself, for the PDF and print: paragraphs and table cells are
// QTextLayouts placed where QTextDocument placed them (the same faces, widths, 140 % line height,
// margins in the device's pixels), without QTextDocument. Its table layout looked up every cell's row and
// column by a search of the whole document, again for each page drawn: two thirds of an export's time.
//
// Pages break between lines of a paragraph and between rows of a table, never inside a row. A heading
// is never left alone at the foot of a page: a section's heading moves to the next page with what it
// heads when that would not start under it — the first two lines of a paragraph (all of a shorter one),
// the next heading of an empty section, or a table's heading rows (its header, or 二's caption and header
// rows) with their first three rows and every row of a label spanning down from them (one row, when
// these are taller than a page). Heading rows inside a table (each part of 二) move to the next page with
// their rows in the same way, and a table's header rows repeat at the top of each page it continues on.
// A paragraph leaves neither its first line alone at a page's foot nor its last alone at the top of the
// next (widow and orphan control, as Word's default), unless a page cannot hold more. All of it is
// arithmetic on lines and rows measured once: a moved heading redoes the pagination, not the layout.
// A cell spanning rows that cross a page is outlined on both, its words in its taller part.
class ComposedPages
{
public:
    ComposedPages();
    ~ComposedPages(); // where QTextLayout is complete
    ComposedPages(ComposedPages &&) noexcept;
    ComposedPages &operator=(ComposedPages &&) noexcept;

    // Lines [firstLine, firstLine + lineCount) of a layout, drawn at offset from their own positions.
    struct Text
    {
        const QTextLayout *layout = nullptr;
        int firstLine = 0;
        int lineCount = 0;
        QPointF offset;
    };
    struct Page
    {
        QVector<Text> texts;     // in reading order
        QVector<QRectF> borders; // table cells' outlines
        QVector<QRectF> frames;  // around each table's part on the page, drawn heavier
    };
    // Where each table cell went, for the tests: a repeated header is placed once more per page.
    struct Cell
    {
        int block = 0; // index in the blocks composed
        int row = 0;
        int column = 0;
        int page = 0;  // of its words
        QRectF rect;   // its outline on that page
        const QTextLayout *layout = nullptr;
        bool repeatedHeader = false;
    };
    struct Paragraph
    {
        int block = 0;
        int page = 0; // of its first line
        const QTextLayout *layout = nullptr;
    };

    QVector<Page> pages;
    QVector<Cell> cells;
    QVector<Paragraph> paragraphs;
    QRectF pageRect; // the text area, in the device's pixels: what a page's positions are relative to

    // Draws page `index` with the painter's origin at the top left of the text area.
    void paint(QPainter &painter, int index) const;

private:
    friend class PageComposer;
    std::vector<std::unique_ptr<QTextLayout>> m_layouts;
};

// Lays blocks out for the device's page, whose layout (A4, margins) is set beforehand.
ComposedPages composePages(const QVector<PublishedBlock> &blocks, const QPaintDevice &device, const QSizeF &page);

} // namespace nb
