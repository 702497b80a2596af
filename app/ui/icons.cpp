#include "icons.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyle>

namespace nb {

namespace {

QStyle::StandardPixmap standardOf(AppIcon which)
{
    switch (which) {
    case AppIcon::NotStarted:
        return QStyle::SP_FileIcon;
    case AppIcon::Incomplete:
        return QStyle::SP_FileDialogContentsView;
    case AppIcon::Warning:
        return QStyle::SP_MessageBoxWarning;
    case AppIcon::Error:
        return QStyle::SP_MessageBoxCritical;
    case AppIcon::Note:
        return QStyle::SP_MessageBoxInformation;
    case AppIcon::Complete:
        return QStyle::SP_DialogApplyButton;
    case AppIcon::NewReport:
        return QStyle::SP_FileDialogNewFolder;
    case AppIcon::CloseReport:
        return QStyle::SP_DialogCloseButton;
    case AppIcon::Save:
        return QStyle::SP_DialogSaveButton;
    case AppIcon::Export:
        return QStyle::SP_ArrowForward;
    case AppIcon::Print:
        return QStyle::SP_FileDialogDetailedView;
    case AppIcon::Help:
        return QStyle::SP_DialogHelpButton;
    case AppIcon::Home:
        return QStyle::SP_DirHomeIcon;
    case AppIcon::Undo:
        return QStyle::SP_ArrowBack;
    case AppIcon::Redo:
        return QStyle::SP_ArrowForward;
    }
    return QStyle::SP_FileIcon;
}

// A printer, drawn as vectors at whatever size and pixel ratio is asked (Qt's standard set has no
// printer, and an SVG would need the Qt SVG module): sharp at 100 % and 200 % alike, in the palette's
// text colour so it follows a dark theme.
class PrinterIconEngine : public QIconEngine
{
public:
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QColor ink = QApplication::palette().color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                                         QPalette::WindowText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 16.0, rect.height() / 16.0);
        QPen pen(ink, 1.1);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
        // The sheet coming in at the top, the body, the tray with the printed sheet, the paper slot.
        painter->setBrush(Qt::white);
        painter->drawRect(QRectF(4.5, 1.5, 7, 4.5));
        QPainterPath body;
        body.addRoundedRect(QRectF(1.5, 5.5, 13, 6), 1.2, 1.2);
        const QColor grey = QApplication::palette().color(QPalette::Mid);
        painter->setBrush(mode == QIcon::Disabled ? grey.lighter(125) : grey);
        painter->drawPath(body);
        painter->setBrush(Qt::white);
        painter->drawRect(QRectF(4.5, 9.5, 7, 5));
        painter->drawLine(QPointF(6, 11.5), QPointF(10, 11.5));
        painter->drawLine(QPointF(6, 13), QPointF(9, 13));
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x2e, 0x9d, 0x3a));
        painter->drawEllipse(QPointF(12.3, 7.6), 0.8, 0.8); // the power light
        painter->restore();
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }
    QIconEngine *clone() const override { return new PrinterIconEngine; }
};

} // namespace

const QIcon &appIcon(AppIcon which)
{
    static QHash<int, QIcon> made;
    auto it = made.find(int(which));
    if (it == made.end()) {
        it = made.insert(int(which), which == AppIcon::Print ? QIcon(new PrinterIconEngine)
                                                             : QApplication::style()->standardIcon(standardOf(which)));
    }
    return *it;
}

} // namespace nb
