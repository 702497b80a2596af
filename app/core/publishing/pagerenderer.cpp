#include "pagerenderer.h"

#include "publisheddocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

namespace nb {

bool renderPages(QTextDocument &document, QPagedPaintDevice &device, const PublishOptions &options)
{
    // GB/T 9704 puts the text block of an A4 page 37 mm from the top, 28 mm from the left,
    // 156 mm wide; these margins come close while leaving room for the page number.
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(26, 30, 26, 28),
                                     QPageLayout::Millimeter));
    document.documentLayout()->setPaintDevice(&device);
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    document.setPageSize(page.size());

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
