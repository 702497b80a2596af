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
    case AppIcon::DockFloat:
        return QStyle::SP_TitleBarNormalButton;
    case AppIcon::DockClose:
        return QStyle::SP_TitleBarCloseButton;
    }
    return QStyle::SP_FileIcon;
}

// Icons drawn as vectors at whatever size and pixel ratio is asked, on a 16 × 16 grid, in the palette's
// colours (so they follow a dark theme): sharp at 100 % and 200 % alike, and no SVG module needed.
using Drawing = void (*)(QPainter *, const QColor &ink, const QColor &grey);

// A printer (Qt's standard set has none): the sheet coming in, the body, the printed sheet in the tray.
void drawPrinter(QPainter *painter, const QColor &ink, const QColor &grey)
{
    QPen pen(ink, 1.1);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::white);
    painter->drawRect(QRectF(4.5, 1.5, 7, 4.5));
    QPainterPath body;
    body.addRoundedRect(QRectF(1.5, 5.5, 13, 6), 1.2, 1.2);
    painter->setBrush(grey);
    painter->drawPath(body);
    painter->setBrush(Qt::white);
    painter->drawRect(QRectF(4.5, 9.5, 7, 5));
    painter->drawLine(QPointF(6, 11.5), QPointF(10, 11.5));
    painter->drawLine(QPointF(6, 13), QPointF(9, 13));
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x2e, 0x9d, 0x3a));
    painter->drawEllipse(QPointF(12.3, 7.6), 0.8, 0.8); // the power light
}

// Two overlapping windows: float the dock.
void drawDockFloat(QPainter *painter, const QColor &ink, const QColor &)
{
    painter->setPen(QPen(ink, 1.3));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(6, 3, 7, 6));
    painter->setBrush(QApplication::palette().color(QPalette::Button));
    painter->drawRect(QRectF(3, 7, 7, 6));
}

// A cross: close the dock.
void drawDockClose(QPainter *painter, const QColor &ink, const QColor &)
{
    QPen pen(ink, 1.6);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->drawLine(QPointF(4, 4), QPointF(12, 12));
    painter->drawLine(QPointF(12, 4), QPointF(4, 12));
}

class DrawnIconEngine : public QIconEngine
{
public:
    explicit DrawnIconEngine(Drawing drawing)
        : m_drawing(drawing)
    {
    }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        const QColor ink = QApplication::palette().color(group, QPalette::WindowText);
        const QColor grey = QApplication::palette().color(QPalette::Mid);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 16.0, rect.height() / 16.0);
        m_drawing(painter, ink, mode == QIcon::Disabled ? grey.lighter(125) : grey);
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
    QIconEngine *clone() const override { return new DrawnIconEngine(m_drawing); }

private:
    Drawing m_drawing;
};

} // namespace

const QIcon &appIcon(AppIcon which)
{
    static QHash<int, QIcon> made;
    auto it = made.find(int(which));
    if (it == made.end()) {
        QIcon icon;
        if (which == AppIcon::Print)
            icon = QIcon(new DrawnIconEngine(drawPrinter));
        else if (which == AppIcon::DockFloat)
            icon = QIcon(new DrawnIconEngine(drawDockFloat));
        else if (which == AppIcon::DockClose)
            icon = QIcon(new DrawnIconEngine(drawDockClose));
        else
            icon = QApplication::style()->standardIcon(standardOf(which));
        it = made.insert(int(which), icon);
    }
    return *it;
}

} // namespace nb
