#include "pagerenderer.h"

#include "publisheddocument.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace nb {

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

ComposedPages layOutPages(const QVector<PublishedBlock> &blocks, QPagedPaintDevice &device)
{
    // GB/T 9704 puts the text block of an A4 page 37 mm from the top, 28 mm from the left,
    // 156 mm wide; these margins come close while leaving room for the page number.
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(26, 30, 26, 28),
                                     QPageLayout::Millimeter));
    return composePages(blocks, device, device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
}

bool renderPages(const Report &report, QPagedPaintDevice &device, const PublishOptions &options)
{
    const ComposedPages pages = layOutPages(publishedBlocks(report, options), device);
    const QSizeF page = pages.pageRect.size();
    const qreal millimetre = device.logicalDpiY() / 25.4;
    QFont footer(bodyFontFamily());
    footer.setPointSizeF(10);
    // Pale and diagonal: the page stays readable, and no one takes it for the signed report.
    // Drawn as outlines, not text: the mark must not turn up in the PDF's searchable text.
    QPainterPath mark;
    if (options.draft) {
        QFont face(headingFontFamily());
        face.setPointSizeF(96);
        mark.addText(0, 0, QFont(face, &device), QStringLiteral("草稿"));
        mark.translate(-mark.boundingRect().center());
    }

    QPainter painter;
    if (!painter.begin(&device))
        return false;
    for (int index = 0; index < pages.pages.size(); ++index) {
        if (index > 0)
            device.newPage();
        pages.paint(painter, index);
        painter.setFont(footer);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, page.height() + 6 * millimetre, page.width(), 8 * millimetre), Qt::AlignHCenter | Qt::AlignTop,
                         QStringLiteral("— %1 —").arg(index + 1));
        if (options.draft) {
            painter.save();
            painter.translate(page.width() / 2, page.height() / 2);
            painter.rotate(-35);
            painter.fillPath(mark, QColor(200, 40, 40, 40));
            painter.restore();
        }
    }
    return painter.end();
}

} // namespace nb
