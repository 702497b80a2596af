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
// Pages break between lines of a paragraph and between rows of a table, never inside a row. A table's
// header rows repeat at the top of each page it continues on, and a table whose header and first three
// rows — with every row of a label spanning down from them — would not share a page starts a new page,
// with the heading and spacer that lead into it (a heading is never left alone at the foot of a page).
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
