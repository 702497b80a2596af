#include "pagerenderer.h"

#include "publisheddocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

namespace nb {

namespace {

int pageOf(const QTextDocument &document, const QTextTableCell &cell)
{
    const QRectF rect = document.documentLayout()->blockBoundingRect(cell.firstCursorPosition().block());
    return int(rect.top() / document.pageSize().height());
}

// A table's header is kept with this many of its rows: a header and one row at the foot of a page (三
// on page 1, once) is a table that seems to start and stop.
constexpr int RowsWithHeader = 3;

// Qt breaks a page inside a table cell by cell: a row can start on one page and end on the next,
// and the repeated header then covers the part that moved. A table whose header and first rows are not
// on one page starts a new page instead — with the heading and spacer that lead into it, so that a
// heading is never left alone at the foot of a page.
void keepHeadersWithFirstRows(QTextDocument &document)
{
    for (bool moved = true; moved;) {
        moved = false;
        // Lay the whole document out before looking: Qt lays out lazily, and a format changed while
        // the rest is still unlaid leaves a stale page count (the end of the report went missing).
        document.documentLayout()->documentSize();
        for (QTextFrame *frame : document.rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            const int header = table ? table->format().headerRowCount() : 0;
            if (!table || header >= table->rows())
                continue;
            const int top = pageOf(document, table->cellAt(0, 0));
            bool together = true;
            const int lastKept = std::min(header + RowsWithHeader, table->rows()) - 1;
            for (int row = header; row <= lastKept; ++row) {
                for (int column = 0; column < table->columns(); ++column)
                    together = together && pageOf(document, table->cellAt(row, column)) == top;
            }
            if (together)
                continue;
            QTextBlock lead = document.findBlock(table->firstPosition() - 1);
            while (lead.previous().isValid() && lead.previous().blockFormat().boolProperty(KeepWithNextProperty))
                lead = lead.previous();
            QTextBlockFormat format = lead.blockFormat();
            if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue; // already at the top of a page: a table taller than a page must break
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(lead).setBlockFormat(format);
            moved = true;
            break; // everything after moved: look again from the top
        }
    }
}

} // namespace

void setParagraphIndents(QTextDocument &document, qreal dotsPerInch)
{
    // One edit for all of them: a layout the document has already is redone once, not per paragraph.
    QTextCursor edit(&document);
    edit.beginEditBlock();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (!format.hasProperty(IndentPointsProperty))
            continue;
        format.setTextIndent(format.doubleProperty(IndentPointsProperty) * dotsPerInch / 72.0);
        QTextCursor(block).setBlockFormat(format);
    }
    edit.endEditBlock();
}

bool renderPages(QTextDocument &document, QPagedPaintDevice &device, const PublishOptions &options)
{
    // GB/T 9704 puts the text block of an A4 page 37 mm from the top, 28 mm from the left,
    // 156 mm wide; these margins come close while leaving room for the page number.
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(26, 30, 26, 28),
                                     QPageLayout::Millimeter));
    // Laid out once, for the page: Qt lays a document out again whenever its layout is made, given a
    // paint device or a page size, or a block's format changes — three full layouts of the report
    // before its first page, a third of the export's time. A null page size holds the layout back
    // until the real one is set.
    document.setPageSize(QSizeF(0, 0));
    document.documentLayout()->setPaintDevice(&device);
    setParagraphIndents(document, device.logicalDpiX());
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    document.setPageSize(page.size());
    keepHeadersWithFirstRows(document);

    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const int pages = document.pageCount();
    const qreal millimetre = device.logicalDpiY() / 25.4;
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -index * page.height());
        document.drawContents(&painter, QRectF(0, index * page.height(), page.width(), page.height()));
        painter.restore();

        QFont footer(bodyFontFamily());
        footer.setPointSizeF(10);
        painter.setFont(footer);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, page.height() + 6 * millimetre, page.width(), 8 * millimetre), Qt::AlignHCenter | Qt::AlignTop,
                         QStringLiteral("— %1 —").arg(index + 1));
        if (options.draft) {
            // Pale and diagonal: the page stays readable, and no one takes it for the signed report.
            // Drawn as outlines, not text: the mark must not turn up in the PDF's searchable text.
            painter.save();
            QFont mark(headingFontFamily());
            mark.setPointSizeF(96);
            QPainterPath outline;
            outline.addText(0, 0, QFont(mark, &device), QStringLiteral("草稿"));
            painter.translate(page.width() / 2, page.height() / 2);
            painter.rotate(-35);
            painter.translate(-outline.boundingRect().center());
            painter.fillPath(outline, QColor(200, 40, 40, 40));
            painter.restore();
        }
    }
    return painter.end();
}

} // namespace nb
