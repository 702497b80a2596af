#include "reporttableview.h"

#include "reportdocument.h"
#include "reporttablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QImage>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPaintEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QStringList>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QStaticText>
#include <QStyleOptionSlider>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>

namespace nb {

namespace {

const QString ZoomKey = QStringLiteral("tables/zoom");

// Header and label cells whose English word is wider than the column (a value column narrowed to fit
// beside the review dock): the word wraps onto the next line where the style's word wrap would cut it
// with "…". Every other cell, and every figure, is the style's.
class HeaderWrapDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QRect textRect = textArea(opt);
        const QString broken = hyphenated(index, opt, textRect.width());
        if (broken.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(textRect, int(opt.displayAlignment) | Qt::TextWordWrap, broken);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        QStyleOptionViewItem probe(opt);
        probe.rect.setHeight(1000);
        const QRect textRect = textArea(probe);
        const QString broken = hyphenated(index, opt, textRect.width());
        if (broken.isEmpty())
            return QStyledItemDelegate::sizeHint(option, index);
        const QRect needed = QFontMetrics(opt.font).boundingRect(QRect(0, 0, textRect.width(), 100000), Qt::TextWordWrap, broken);
        return {option.rect.width(), needed.height() + probe.rect.height() - textRect.height() + 2};
    }

private:
    static QRect textArea(const QStyleOptionViewItem &opt)
    {
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        return style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    }

    // The text of a header or label cell (never a figure) with each word wider than width broken with a
    // hyphen (“organi-” / “sations”, no piece under three letters); empty when every word fits.
    static QString hyphenated(const QModelIndex &index, const QStyleOptionViewItem &opt, int width)
    {
        const auto *model = qobject_cast<const ReportTableModel *>(index.model());
        if (!model || (index.row() >= model->firstValueRow() && index.column() >= model->firstValueColumn()) || opt.text.isEmpty()
            || width <= 0)
            return QString();
        const QFontMetrics metrics(opt.font);
        QStringList words = opt.text.split(QLatin1Char(' '));
        bool broke = false;
        for (QString &word : words) {
            // Chinese breaks between any two characters by itself: only Latin words are hyphenated.
            if (word.size() < 6 || metrics.horizontalAdvance(word) <= width
                || std::any_of(word.begin(), word.end(), [](QChar c) { return c.unicode() >= 0x2e80; }))
                continue;
            QStringList pieces;
            QString rest = word;
            while (rest.size() >= 6 && metrics.horizontalAdvance(rest) > width) {
                int cut = rest.size() - 3;
                while (cut > 3 && metrics.horizontalAdvance(rest.left(cut) + QLatin1Char('-')) > width)
                    --cut;
                // Before a common ending is a better place (“organi-sations”, “institu-tions”, “Busi-nesses”),
                // and a hyphen of the word itself (“Public-interest”) better still, where they fit.
                for (const char *ending : {"nesses", "sations", "tions", "sions", "ments", "ities"}) {
                    const int at = rest.size() - int(qstrlen(ending));
                    if (at >= 3 && rest.endsWith(QLatin1String(ending))
                        && metrics.horizontalAdvance(rest.left(at) + QLatin1Char('-')) <= width) {
                        cut = at;
                        break;
                    }
                }
                const int own = rest.lastIndexOf(QLatin1Char('-'), cut);
                if (own >= 2 && metrics.horizontalAdvance(rest.left(own + 1)) <= width)
                    cut = own + 1;
                pieces << rest.left(cut) + (rest.at(cut - 1) == QLatin1Char('-') ? QString() : QStringLiteral("-"));
                rest = rest.mid(cut);
            }
            pieces << rest;
            word = pieces.join(QLatin1Char('\n'));
            broke = true;
        }
        return broke ? words.join(QLatin1Char(' ')) : QString();
    }
};

// Figures are one line, right-aligned, never wrapped. The style draws every item with a word-wrapping
// text layout, made three times per cell and paint (size, elision, drawing): for a figure the delegate
// draws the text itself from a QStaticText made once per figure, where the style would have put it.
// Everything else — background, selection, the finding's icon, the focus frame — is still the style's,
// and header and label cells (which wrap) are HeaderWrapDelegate's. Where the geometry could differ (a
// style other than Fusion, an open editor, a figure too wide for its column, right-to-left) the style
// draws the figure too, so the picture is the same either way (tst_editorrepaint compares the pixels).
class FigureDelegate : public HeaderWrapDelegate
{
public:
    FigureDelegate(const ReportTableModel *model, QObject *parent)
        : HeaderWrapDelegate(parent)
        , m_model(model)
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (m_model->cellAt(index) < 0) { // a header or label cell
            HeaderWrapDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        if (!drawnAsFigure(style, opt)) {
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
            return;
        }
        const QStaticText &text = staticText(opt.text, opt.font);
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, widget) + 1;
        QRect area = opt.rect; // as the style lays out an item: the icon with its margins, then the text
        if (opt.features & QStyleOptionViewItem::HasDecoration)
            area.setLeft(area.left() + opt.decorationSize.width() + 2 * margin);
        area.adjust(margin, 0, -margin, 0);
        const QSizeF size = text.size();
        if (size.width() > area.width()) { // elided by the style
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
            return;
        }
        QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
            group = QPalette::Inactive;
        const QColor color = opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text);
        opt.text.clear();
        opt.features &= ~QStyleOptionViewItem::HasDisplay;
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QFontMetrics metrics(opt.font);
        const QPointF at(area.left() + area.width() - size.width(), area.top() + (area.height() - metrics.height()) / 2);
        painter->save();
        painter->setPen(color);
        painter->setFont(opt.font);
        painter->drawStaticText(at, text);
        painter->restore();
    }

private:
    static bool drawnAsFigure(const QStyle *style, const QStyleOptionViewItem &opt)
    {
        return style->name() == QLatin1String("fusion") && opt.showDecorationSelected && opt.direction == Qt::LeftToRight
               && opt.decorationPosition == QStyleOptionViewItem::Left && !(opt.state & QStyle::State_Editing)
               // Light text on the highlight comes out a shade different through QStaticText (the
               // glyphs' contrast): the few selected cells are the style's.
               && !(opt.state & QStyle::State_Selected)
               && !(opt.features & QStyleOptionViewItem::HasCheckIndicator)
               && opt.displayAlignment == (Qt::AlignRight | Qt::AlignVCenter) && !opt.text.isEmpty()
               && !opt.text.contains(QLatin1Char('\n'));
    }

    const QStaticText &staticText(const QString &text, const QFont &font) const
    {
        if (font != m_font || m_texts.size() > 4096) { // a zoom, or a very long session
            m_texts.clear();
            m_font = font;
        }
        auto it = m_texts.find(text);
        if (it == m_texts.end()) {
            QStaticText made(text);
            made.setTextFormat(Qt::PlainText);
            made.prepare(QTransform(), font);
            it = m_texts.insert(text, made);
        }
        return *it;
    }

    const ReportTableModel *m_model;
    mutable QFont m_font;
    mutable QHash<QString, QStaticText> m_texts;
};

// The part of a view's viewport that none of the covers lies over (the frozen panes over the table, the
// corner over the label and header panes), in the viewport's coordinates; empty when they cover no
// whole band along an edge (then the caller lets Qt scroll as it does).
QRect openPart(const QAbstractItemView *view, std::initializer_list<const QWidget *> covers)
{
    const QWidget *port = view->viewport();
    QRect open = port->rect();
    QVector<QRect> lying;
    for (const QWidget *cover : covers) {
        if (!cover || !cover->isVisible() || !cover->parentWidget())
            continue;
        const QRect rect = cover->geometry().translated(-port->mapTo(cover->parentWidget(), QPoint(0, 0))) & port->rect();
        if (rect.isEmpty())
            continue;
        lying << rect;
        if (rect.left() <= open.left() && rect.top() <= 0 && rect.bottom() >= port->height() - 1)
            open.setLeft(std::max(open.left(), rect.right() + 1)); // a band down the left edge
        else if (rect.top() <= open.top() && rect.left() <= 0 && rect.right() >= port->width() - 1)
            open.setTop(std::max(open.top(), rect.bottom() + 1)); // a band along the top
    }
    for (const QRect &rect : std::as_const(lying)) {
        if (rect.intersects(open))
            return QRect();
    }
    return open == port->rect() ? QRect() : open;
}

// Scrolls a view whose viewport has other widgets lying over part of it. QWidget::scroll cannot move
// the pixels of a widget that another overlaps (they are not all its own), so it repaints the whole
// viewport — with the frozen panes, every keystroke whose Enter scrolls the table repainted all its
// cells, and the labels' pane all its word-wrapped labels. Here Qt scrolls with the viewport's
// updates held back (its offsets, the editor and the refusal note moved along), then only the open
// part is scrolled: its pixels are moved in the backing store, and the strip it uncovers is painted.
template<typename QtScroll>
void scrollOpenPart(QAbstractItemView *view, int dx, int dy, const QRect &open, bool grid, QtScroll qtScroll)
{
    QWidget *port = view->viewport();
    if (open.isEmpty() || !port->isVisible() || !port->updatesEnabled() || port->testAttribute(Qt::WA_WState_InPaintEvent)) {
        qtScroll();
        return;
    }
    // The backing store's pixels are moved only where nothing waits to be repainted (Qt would repaint
    // all of the part instead): what the keystroke changed so far — the cell, its editor going — is
    // painted first, at the place it is now.
    if (QWidget *window = port->window(); window->isVisible()) {
        QEvent request(QEvent::UpdateRequest);
        QCoreApplication::sendEvent(window, &request);
    }
    port->setAttribute(Qt::WA_UpdatesDisabled, true); // not setUpdatesEnabled: that repaints all of it
    qtScroll();
    port->setAttribute(Qt::WA_UpdatesDisabled, false);
    port->scroll(dx, dy, open);
    if (grid) {
        // As QTableView::scrollContentsBy: without headers (the table and its panes have none) the
        // view draws a grid line along its top and left edge, which the scroll has moved into the cells.
        if (dy > 0)
            port->update(QRect(0, dy, port->width(), dy) & open);
        if (dx > 0)
            port->update(QRect(dx, 0, dx, port->height()) & open);
    }
}

// The scroll bars of a table with frozen panes. Qt's raster engine hands a fill of 96 pixel rows or
// more to its thread pool in pieces and waits for them; the style fills and outlines the 500 px bar
// several times, so each repaint — every scroll, as when Enter moves past the bottom edge — woke the
// pool's threads a few dozen times (perf: a third of a scrolled keystroke's cost beyond the blit).
// Painted in bands of 64 rows, no fill is big enough to be handed over. The style paints each band
// into an image of the band's size, unclipped (under a clip Fusion paints the groove differently),
// so the pixels are Qt's own (tst_editorrepaint compares them). While the mouse is on the bar or
// holds it, QScrollBar paints it as ever: only it knows which part is hovered or pressed.
class BandedScrollBar : public QScrollBar
{
public:
    using QScrollBar::QScrollBar;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (underMouse() || isSliderDown() || repeatAction() != QAbstractSlider::SliderNoAction) {
            QScrollBar::paintEvent(event);
            return;
        }
        QStyleOptionSlider option;
        initStyleOption(&option);
        option.subControls = QStyle::SC_All;
        option.activeSubControls = QStyle::SC_None; // as QScrollBar paints it with nothing hovered or pressed
        // Each band is painted into an image of its own size (the style's painter unclipped: the image's
        // edge bounds every fill), then copied to the bar.
        const qreal ratio = devicePixelRatioF();
        const QRect dirty = event->rect();
        QPainter painter(this);
        const int band = std::max(1, int(64 / ratio)); // under the engine's 96 pixel rows (a horizontal bar is one band)
        for (int y = dirty.top(); y <= dirty.bottom(); y += band) {
            const QRect strip(0, y, width(), std::min(band, dirty.bottom() + 1 - y));
            QImage image((QSizeF(strip.size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(ratio);
            image.fill(Qt::transparent);
            {
                QPainter into(&image);
                into.translate(0, -y);
                style()->drawComplexControl(QStyle::CC_ScrollBar, &option, &into, this);
            }
            painter.drawImage(strip.topLeft(), image);
        }
    }
};

// A frozen pane: a view of the table's header rows or label columns that follows its scrolling, with
// the corner pane lying over one end of it.
class FrozenPane : public QTableView
{
public:
    using QTableView::QTableView;
    const QWidget *cover = nullptr;

protected:
    void scrollContentsBy(int dx, int dy) override
    {
        scrollOpenPart(this, dx, dy, openPart(this, {cover}), showGrid(), [&] { QTableView::scrollContentsBy(dx, dy); });
    }
};

} // namespace

ReportTableView::ReportTableView(QWidget *parent)
    : QTableView(parent)
{
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setTabKeyNavigation(true);
    setWordWrap(true);
    setItemDelegate(new HeaderWrapDelegate(this));
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    // The table is always shown whole; the page around it scrolls.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Only the table being worked in shows its selection: one cursor on the page, as on a spreadsheet.
    QPalette quiet = palette();
    quiet.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0xdd, 0xe3, 0xea));
    quiet.setColor(QPalette::Inactive, QPalette::HighlightedText, quiet.color(QPalette::Active, QPalette::Text));
    setPalette(quiet);

    m_refusalNote = new QLabel(viewport());
    m_refusalNote->setObjectName(QStringLiteral("refusalNote"));
    m_refusalNote->setStyleSheet(QStringLiteral("QLabel { background: #fff0f0; color: #8a1010; border: 1px solid #d04040; padding: 3px 6px; }"));
    m_refusalNote->setWordWrap(true);
    m_refusalNote->hide();

    QFont zoomed = QApplication::font();
    if (zoomed.pointSizeF() > 0)
        zoomed.setPointSizeF(zoomed.pointSizeF() * zoom() / 100.0);
    setFont(zoomed);
}

int ReportTableView::zoom()
{
    return std::clamp(QSettings().value(ZoomKey, 100).toInt(), 50, 200);
}

void ReportTableView::setZoom(int percent)
{
    percent = std::clamp(percent, 50, 200);
    QSettings().setValue(ZoomKey, percent);
    // One zoom for every table of the window, as the clerk sees one report.
    for (ReportTableView *view : window()->findChildren<ReportTableView *>()) {
        QFont zoomed = QApplication::font();
        if (zoomed.pointSizeF() > 0)
            zoomed.setPointSizeF(zoomed.pointSizeF() * percent / 100.0);
        view->setFont(zoomed);
        view->fitToContents();
    }
}

void ReportTableView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoom(zoom() + 10 * steps);
        event->accept();
        return;
    }
    QTableView::wheelEvent(event);
}

void ReportTableView::setFrozenPanes(bool frozen)
{
    if (frozen == m_frozen || !frozen)
        return;
    m_frozen = true;
    setVerticalScrollBar(new BandedScrollBar(Qt::Vertical, this));
    setHorizontalScrollBar(new BandedScrollBar(Qt::Horizontal, this));
    // A scroll bar repaints whole when the table scrolls; Fusion paints every pixel of it, so nothing
    // under it (the table's frame, the page) need be painted first (tst_editorrepaint checks the pixels).
    if (style()->name() == QLatin1String("fusion")) {
        for (QScrollBar *bar : {horizontalScrollBar(), verticalScrollBar()})
            bar->setAttribute(Qt::WA_OpaquePaintEvent);
    }
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMinimumSize(0, 0);
    setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // Freeze panes as in a spreadsheet: three views of the same model, with the same selection, laid
    // over the top rows, the left columns and their corner; they follow the table's scrolling.
    auto makePane = [this](const char *name) {
        auto *pane = new FrozenPane(this);
        pane->setObjectName(QLatin1String(name));
        pane->setModel(model());
        pane->setSelectionModel(selectionModel());
        pane->horizontalHeader()->hide();
        pane->verticalHeader()->hide();
        pane->setFocusPolicy(Qt::NoFocus);
        // The shared cursor must not scroll a pane by itself: the panes follow the table, on one axis each.
        pane->setAutoScroll(false);
        pane->setEditTriggers(QAbstractItemView::NoEditTriggers);
        pane->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        pane->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        pane->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
        pane->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        pane->setFrameShape(QFrame::NoFrame);
        pane->setWordWrap(true);
        // The same wrapping of header words as the table's, in a delegate of its own: a view connects its
        // delegate's editor signals, and the table's editors are none of a pane's business.
        pane->setItemDelegate(new HeaderWrapDelegate(pane));
        pane->setPalette(palette());
        pane->setStyleSheet(QStringLiteral("QTableView { border-right: 1px solid #8a8a8a; border-bottom: 1px solid #8a8a8a; }"));
        for (const ReportTableModel::Span &span : m_model->spans())
            pane->setSpan(span.row, span.column, span.rows, span.columns);
        pane->show();
        return pane;
    };
    m_top = makePane("frozenRows");
    m_left = makePane("frozenColumns");
    m_corner = makePane("frozenCorner");
    static_cast<FrozenPane *>(m_top)->cover = m_corner;
    static_cast<FrozenPane *>(m_left)->cover = m_corner;
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, &ReportTableView::syncPanes);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ReportTableView::syncPanes);
    fitToContents();
}

int ReportTableView::frozenWidth() const
{
    int width = 0;
    for (int column = 0; column < m_model->firstValueColumn(); ++column)
        width += columnWidth(column);
    return width;
}

int ReportTableView::frozenHeight() const
{
    int height = 0;
    for (int row = 0; row < m_model->firstValueRow(); ++row)
        height += rowHeight(row);
    return height;
}

void ReportTableView::layoutPanes()
{
    if (!m_frozen || !m_top)
        return;
    const QRect area = viewport()->geometry();
    const int width = std::min(frozenWidth(), area.width());
    const int height = std::min(frozenHeight(), area.height());
    for (QTableView *pane : {m_top, m_left, m_corner}) {
        pane->setFont(font());
        // As the table's own (fitColumns): a pane whose sections change is laid out and repainted now,
        // not by QTableView's timers on a later pass, after it (and the table under it) was painted.
        bool changed = false;
        {
            const QSignalBlocker quietColumns(pane->horizontalHeader());
            const QSignalBlocker quietRows(pane->verticalHeader());
            for (int column = 0; column < m_model->columnCount(); ++column) {
                if (pane->columnWidth(column) != columnWidth(column)) {
                    pane->setColumnWidth(column, columnWidth(column));
                    changed = true;
                }
            }
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (pane->rowHeight(row) != rowHeight(row)) {
                    pane->setRowHeight(row, rowHeight(row));
                    changed = true;
                }
            }
        }
        if (changed) {
            QMetaObject::invokeMethod(pane, "updateGeometries"); // a protected slot of the pane's
            pane->viewport()->update();
        }
    }
    m_top->setGeometry(area.left(), area.top(), area.width(), height);
    m_left->setGeometry(area.left(), area.top(), width, area.height());
    m_corner->setGeometry(area.left(), area.top(), width, height);
    syncPanes();
    m_corner->raise();
    m_refusalNote->raise();
}

void ReportTableView::syncPanes()
{
    if (!m_top)
        return;
    // The header rows scroll sideways with the table, the labels up and down, the corner never.
    m_top->horizontalScrollBar()->setValue(horizontalScrollBar()->value());
    m_top->verticalScrollBar()->setValue(0);
    m_left->horizontalScrollBar()->setValue(0);
    m_left->verticalScrollBar()->setValue(verticalScrollBar()->value());
    m_corner->horizontalScrollBar()->setValue(0);
    m_corner->verticalScrollBar()->setValue(0);
}

void ReportTableView::scrollContentsBy(int dx, int dy)
{
    if (!m_frozen || !m_top) {
        QTableView::scrollContentsBy(dx, dy);
        return;
    }
    scrollOpenPart(this, dx, dy, openPart(this, {m_top, m_left, m_corner}), showGrid(), [&] { QTableView::scrollContentsBy(dx, dy); });
}

void ReportTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (fitColumns(true))
        return; // laid out again already
    layoutPanes();
}

void ReportTableView::updateGeometries()
{
    QTableView::updateGeometries();
    layoutPanes();
}

void ReportTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    QTableView::scrollTo(index, hint);
    if (!index.isValid() || !m_model)
        return;
    if (m_frozen) {
        // A value cell must not end up under the frozen panes.
        const QRect rect = visualRect(index);
        if (index.column() >= m_model->firstValueColumn() && rect.left() < frozenWidth())
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - (frozenWidth() - rect.left()));
        if (index.row() >= m_model->firstValueRow() && rect.top() < frozenHeight())
            verticalScrollBar()->setValue(verticalScrollBar()->value() - (frozenHeight() - rect.top()));
        return;
    }
    // The whole table is shown and the page around it scrolls: bring the cell into the page's view.
    for (QWidget *up = parentWidget(); up; up = up->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(up)) {
            if (area->widget() && area->widget()->isAncestorOf(this)) {
                const QRect rect = visualRect(index);
                const QPoint centre = viewport()->mapTo(area->widget(), rect.center());
                area->ensureVisible(centre.x(), centre.y(), rect.width() / 2 + 8, rect.height() / 2 + 8);
            }
            break;
        }
    }
}

void ReportTableView::setReportModel(ReportTableModel *model)
{
    m_model = model;
    setModel(model);
    setItemDelegate(new FigureDelegate(model, this));
    connect(model, &ReportTableModel::refused, this, [this](const QModelIndex &index, const QString &text, const QString &reason) {
        m_refusedIndex = index;
        m_refusedText = text;
        showRefusal(index, reason);
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        applySpans();
        fitToContents();
    });
    // A figure wider than its column (a long amount typed or computed) widens the columns at once.
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            for (int column = topLeft.column(); column <= bottomRight.column(); ++column) {
                if (row < m_model->firstValueRow())
                    continue;
                const QString text = m_model->index(row, column).data(Qt::DisplayRole).toString();
                if (textWidth(text) + 32 > columnWidth(column)) {
                    fitToContents();
                    return;
                }
            }
        }
    });
    applySpans();
    fitToContents();
}

int ReportTableView::textWidth(const QString &text) const
{
    // A figure's width, measured once per figure and font: every edit asks it of the cells it changed.
    if (font() != m_widthsFont || m_widths.size() > 4096) {
        m_widths.clear();
        m_widthsFont = font();
    }
    auto it = m_widths.constFind(text);
    if (it == m_widths.cend())
        it = m_widths.insert(text, QFontMetrics(m_widthsFont).horizontalAdvance(text));
    return *it;
}

void ReportTableView::applySpans()
{
    clearSpans();
    for (const ReportTableModel::Span &span : m_model->spans())
        setSpan(span.row, span.column, span.rows, span.columns);
}

void ReportTableView::fitToContents()
{
    // Label columns get room for their words; value columns are even, and wide enough for every figure
    // and for the longest word of their headers (English headers wrap only between words). All of it
    // in the table's font, so it scales with the zoom. fitColumns() then fits them to the viewport.
    const QFontMetrics metrics(font());
    const double scale = metrics.height() / 17.0; // the sizes below were chosen at a 17 px line
    const int labels = m_model->firstValueColumn();
    const int values = m_model->columnCount() - labels;
    const int padding = 14;
    const int narrowest = int((values > 10 ? 66 : values > 5 ? 78 : 130) * scale);
    int even = narrowest;
    int figures = int(56 * scale); // at least “9999” beside the finding icon
    int halfWord = 0;
    for (int column = labels; column < m_model->columnCount(); ++column) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, column);
            const QString text = index.data(Qt::DisplayRole).toString();
            if (text.isEmpty() || columnSpan(row, column) > 1)
                continue;
            if (row >= m_model->firstValueRow()) {
                figures = std::max(figures, metrics.horizontalAdvance(text) + padding + 18); // the finding icon
                continue;
            }
            static const QRegularExpression breaks(QStringLiteral("[\\s/]+")); // compiled once, not per header cell
            for (const QString &word : text.split(breaks, Qt::SkipEmptyParts)) {
                const bool latin = std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x2e80; });
                if (latin) { // Chinese wraps between any two characters
                    even = std::max(even, metrics.horizontalAdvance(word) + padding);
                    halfWord = std::max(halfWord, (metrics.horizontalAdvance(word) + 1) / 2 + padding);
                }
            }
        }
    }
    m_valueWidth = std::max(even, figures);
    // Where the viewport is too narrow for every column beside the labels, a header word may wrap once
    // (two lines), never a figure.
    m_valueFloor = std::max(figures, halfWord);
    fitColumns(false);
    resizeRowsQuietly();
    if (m_frozen)
        layoutPanes();
    else
        setFixedSize(sizeHint());
}

bool ReportTableView::fitColumns(bool relayout)
{
    // The row labels take 92 px per group column and 270 px for the innermost one (at a 17 px line),
    // the value columns their even width. With frozen panes in a narrow viewport (1366 px with the
    // review dock open) the labels wrap onto more lines first — down to about four characters per
    // group and nine for the label itself — then the header words of the value columns wrap once,
    // rather than hide value columns under the labels or off to the right.
    if (!m_model || m_valueWidth <= 0)
        return false;
    const double scale = QFontMetrics(font()).height() / 17.0;
    const int labels = m_model->firstValueColumn();
    const int values = m_model->columnCount() - labels;
    QVector<int> widths(labels);
    int natural = 0;
    for (int column = 0; column < labels; ++column)
        natural += widths[column] = int((column == labels - 1 ? 270 : 92) * scale);
    int valueWidth = m_valueWidth;
    const int viewportWidth = viewport()->width();
    if (m_frozen && labels > 0 && viewportWidth > 0 && natural + values * valueWidth > viewportWidth) {
        const int groupFloor = int(56 * scale);
        const int labelFloor = int(150 * scale);
        int over = natural + values * valueWidth - viewportWidth;
        // The innermost label gives first (it wraps best), then the group columns evenly.
        const int fromLabel = std::max(0, std::min(over, widths[labels - 1] - labelFloor));
        widths[labels - 1] -= fromLabel;
        over -= fromLabel;
        for (int column = 0; column < labels - 1 && over > 0; ++column) {
            const int give = std::max(0, std::min((over + (labels - 2 - column)) / (labels - 1 - column), widths[column] - groupFloor));
            widths[column] -= give;
            over -= give;
        }
        if (over > 0 && values > 0)
            valueWidth = std::max(m_valueFloor, valueWidth - (over + values - 1) / values);
    }
    bool changed = false;
    {
        // QTableView answers each section resize on a later pass of the event loop (a 0 ms timer that
        // lays the view out again and, the table having spans, repaints all of it). Widths changed by a
        // resize — the first showing of 三, laid out hidden at another width — would repaint the table a
        // second time after it was first painted (over the next focus hop's repaint of one cell, say):
        // the view is told once, here, and repaints with the resize.
        const QSignalBlocker quiet(horizontalHeader());
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const int width = column < labels ? widths[column] : valueWidth;
            if (columnWidth(column) != width) {
                setColumnWidth(column, width);
                changed = true;
            }
        }
    }
    if (!changed)
        return false;
    if (relayout && !m_fittingColumns) {
        // Taller rows may bring the vertical scroll bar, which narrows the viewport: one more pass at most.
        m_fittingColumns = true;
        resizeRowsQuietly(); // lays out (scroll bars, panes) and repaints too
        m_fittingColumns = false;
    } else {
        updateGeometries(); // the scroll bars' ranges and the panes
        viewport()->update();
    }
    return relayout;
}

void ReportTableView::resizeRowsQuietly()
{
    // As fitColumns' widths: the rows' new heights laid out and repainted now, not on a later pass.
    {
        const QSignalBlocker quiet(verticalHeader());
        resizeRowsToContents();
    }
    updateGeometries();
    viewport()->update();
}

void ReportTableView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    fitToContents(); // row heights are final only once the table is polished and shown
}

QSize ReportTableView::sizeHint() const
{
    // The whole table: the page scrolls, not the table.
    int width = 2 * frameWidth();
    for (int column = 0; column < model()->columnCount(); ++column)
        width += columnWidth(column);
    int height = 2 * frameWidth();
    for (int row = 0; row < model()->rowCount(); ++row)
        height += rowHeight(row);
    return {width, height};
}

bool ReportTableView::showCell(int cell)
{
    const QModelIndex index = m_model->indexOfCell(cell);
    if (!index.isValid())
        return false;
    setFocus(Qt::OtherFocusReason);
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

QString ReportTableView::refusalShown() const
{
    return m_refusalNote->isVisible() ? m_refusalNote->text() : QString();
}

QModelIndex ReportTableView::nextEditable(const QModelIndex &from, bool backwards) const
{
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    int position = from.isValid() ? from.row() * columns + from.column() : (backwards ? rows * columns : -1);
    for (;;) {
        position += backwards ? -1 : 1;
        if (position < 0 || position >= rows * columns)
            return QModelIndex();
        const QModelIndex candidate = m_model->index(position / columns, position % columns);
        if (m_model->isEditable(candidate))
            return candidate;
    }
}

QModelIndex ReportTableView::nextDown(const QModelIndex &from, bool up) const
{
    if (!from.isValid())
        return nextEditable(from, up);
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    int position = from.column() * rows + from.row(); // column by column
    for (;;) {
        position += up ? -1 : 1;
        if (position < 0 || position >= rows * columns)
            return QModelIndex();
        const QModelIndex candidate = m_model->index(position % rows, position / rows);
        if (m_model->isEditable(candidate))
            return candidate;
    }
}

bool ReportTableView::focusNextPrevChild(bool next)
{
    if (!tabKeyNavigation() || state() == EditingState)
        return QTableView::focusNextPrevChild(next);
    const QModelIndex target = nextEditable(currentIndex(), !next);
    if (target.isValid()) {
        setCurrentIndex(target);
        return true;
    }
    return leaveTable(next);
}

bool ReportTableView::leaveTable(bool forward)
{
    // Tables of a page are siblings in the order of the form.
    const QList<ReportTableView *> tables = parentWidget()->findChildren<ReportTableView *>(Qt::FindDirectChildrenOnly);
    const qsizetype here = tables.indexOf(this);
    const qsizetype there = here + (forward ? 1 : -1);
    if (here < 0 || there < 0 || there >= tables.size())
        return true; // the first or last cell of the page: stay, never into the heading field
    ReportTableView *other = tables.at(there);
    const QModelIndex target = other->nextEditable(QModelIndex(), !forward);
    if (target.isValid()) {
        other->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        other->setCurrentIndex(target);
        other->scrollTo(target);
    }
    return true;
}

QModelIndex ReportTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (cursorAction == MoveNext || cursorAction == MovePrevious) {
        const QModelIndex next = nextEditable(currentIndex(), cursorAction == MovePrevious);
        // At either end of the table Tab leaves it, for the next table or widget of the page.
        return next;
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

void ReportTableView::commitOpenEditor()
{
    QWidget *editor = focusWidget(); // the cell editor, the one child of the view that takes the focus
    if (state() != EditingState || !editor || editor == this)
        return;
    commitData(editor);
    closeEditor(editor, QAbstractItemDelegate::NoHint);
}

void ReportTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // The editor lost the focus to another widget before closing: the view's next focus is not from it.
    if (editor && !editor->hasFocus())
        m_focusInEditor = false;
    if (m_refusedIndex.isValid()) {
        const QPersistentModelIndex index = m_refusedIndex;
        const QString text = m_refusedText;
        m_refusedIndex = QPersistentModelIndex();
        const QString reason = m_refusalNote->text();
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        // Leaving the cell (a click elsewhere, the window closing) keeps the old value and the note,
        // which quotes what was typed.
        if (hint == QAbstractItemDelegate::NoHint || !isVisible())
            return;
        if (hint == QAbstractItemDelegate::EditNextItem || hint == QAbstractItemDelegate::EditPreviousItem) {
            // Tab moves on as always; the note stays at the refused cell, quoting what was typed, so
            // the next figures go into the next cell and not after the refused text.
            const QModelIndex next = nextEditable(index, hint == QAbstractItemDelegate::EditPreviousItem);
            if (next.isValid())
                setCurrentIndex(next);
            showRefusal(index, reason);
            return;
        }
        // Enter means "take this": stay on the cell with the typed text, selected, so that typing
        // replaces it and the arrow keys correct it.
        setCurrentIndex(index);
        edit(index);
        if (auto *line = qobject_cast<QLineEdit *>(indexWidget(index) ? indexWidget(index) : focusWidget())) {
            line->setText(text);
            line->selectAll();
        }
        return;
    }
    m_refusalNote->hide();
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        // Enter commits and moves down, as in a spreadsheet.
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        const QModelIndex next = nextDown(currentIndex(), false);
        if (next.isValid())
            setCurrentIndex(next);
        return;
    }
    if (hint == QAbstractItemDelegate::EditNextItem || hint == QAbstractItemDelegate::EditPreviousItem) {
        // Tab moves without opening the next editor: typing there replaces its value anyway.
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        const QModelIndex next = nextEditable(currentIndex(), hint == QAbstractItemDelegate::EditPreviousItem);
        if (next.isValid())
            setCurrentIndex(next);
        else
            leaveTable(hint == QAbstractItemDelegate::EditNextItem);
        return;
    }
    QTableView::closeEditor(editor, hint);
}

void ReportTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    if (current != m_refusedIndex)
        m_refusalNote->hide();
}

void ReportTableView::focusOutEvent(QFocusEvent *event)
{
    QWidget *to = QApplication::focusWidget(); // already the new focus widget
    if (to && to != this && isAncestorOf(to) && state() == EditingState) {
        m_focusInEditor = true;
        updateFocusedCells();
        return;
    }
    m_focusInEditor = false;
    QTableView::focusOutEvent(event);
}

void ReportTableView::focusInEvent(QFocusEvent *event)
{
    const bool fromEditor = m_focusInEditor;
    m_focusInEditor = false;
    if (!fromEditor || !currentIndex().isValid()) {
        QTableView::focusInEvent(event);
        return;
    }
    // What QAbstractItemView::focusInEvent does besides repainting everything.
    setAttribute(Qt::WA_InputMethodEnabled, bool(currentIndex().flags() & Qt::ItemIsEditable));
    updateFocusedCells();
}

void ReportTableView::updateFocusedCells()
{
    // A view without the focus draws its selection in the palette's inactive colours and its cursor
    // without the focus mark; every other cell looks the same, unless the palette's inactive text or
    // base differ from the active ones (then every cell changes, and all of them are repainted).
    const QPalette &colours = palette();
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::Base, QPalette::AlternateBase}) {
        if (colours.brush(QPalette::Active, role) != colours.brush(QPalette::Inactive, role)) {
            viewport()->update();
            return;
        }
    }
    QRegion region = visualRegionForSelection(selectionModel()->selection());
    if (currentIndex().isValid())
        region += visualRect(currentIndex());
    viewport()->update(region);
}

void ReportTableView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState) {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            const QModelIndex next = nextDown(currentIndex(), event->modifiers() & Qt::ShiftModifier);
            if (next.isValid())
                setCurrentIndex(next);
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            clearSelectedCells();
            return;
        }
        const bool control = event->modifiers() & Qt::ControlModifier;
        if (event->matches(QKeySequence::ZoomIn) || (control && (event->key() == Qt::Key_Equal || event->key() == Qt::Key_Plus))) {
            setZoom(zoom() + 10);
            return;
        }
        if (event->matches(QKeySequence::ZoomOut) || (control && (event->key() == Qt::Key_Minus || event->key() == Qt::Key_Underscore))) {
            setZoom(zoom() - 10);
            return;
        }
        if (control && event->key() == Qt::Key_0) {
            setZoom(100);
            return;
        }
        if (event->matches(QKeySequence::Copy)) {
            copySelection();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            paste();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void ReportTableView::inputMethodEvent(QInputMethodEvent *event)
{
    // A Chinese input method (full-width digits, ＋, ／) speaks in input method events, which Qt's view
    // does not pass on to the editor it opens: the first characters would be lost. Open the editor
    // here, empty (typing replaces the cell), and hand it the event.
    const bool hasText = !event->commitString().isEmpty() || !event->preeditString().isEmpty();
    if (state() != EditingState && hasText && m_model->isEditable(currentIndex())) {
        edit(currentIndex());
        // The open editor is the visible one; a closed editor may still await deletion.
        for (QLineEdit *editor : viewport()->findChildren<QLineEdit *>()) {
            if (editor->isVisible()) {
                editor->clear();
                QCoreApplication::sendEvent(editor, event);
                return;
            }
        }
    }
    QTableView::inputMethodEvent(event);
}

void ReportTableView::copySelection()
{
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return;
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const QModelIndex &index : selected) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    QStringList lines;
    for (int row = top; row <= bottom; ++row) {
        QStringList fields;
        for (int column = left; column <= right; ++column)
            fields << m_model->index(row, column).data(Qt::DisplayRole).toString();
        lines << fields.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void ReportTableView::paste()
{
    QString text = QApplication::clipboard()->text();
    text.remove(QLatin1Char('\r'));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    if (text.isEmpty() || !currentIndex().isValid())
        return;
    QVector<QVector<int>> targets;
    QVector<QStringList> texts;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int row = 0; row < lines.size(); ++row) {
        const QStringList fields = lines.at(row).split(QLatin1Char('\t'));
        QVector<int> rowTargets;
        for (int column = 0; column < fields.size(); ++column)
            rowTargets << m_model->cellAt(currentIndex().row() + row, currentIndex().column() + column);
        targets << rowTargets;
        texts << fields;
    }
    const QStringList refusals = m_model->document()->pasteCells(targets, texts);
    if (!refusals.isEmpty()) {
        showRefusal(currentIndex(), refusals.join(QLatin1Char('\n')));
        emit pasteRefused(refusals);
    }
}

void ReportTableView::clearSelectedCells()
{
    QVector<int> cells;
    for (const QModelIndex &index : selectionModel()->selectedIndexes()) {
        const int cell = m_model->cellAt(index);
        if (cell >= 0)
            cells << cell;
    }
    m_model->document()->clearCells(cells);
}

void ReportTableView::showRefusal(const QModelIndex &index, const QString &reason)
{
    m_refusalNote->setText(reason);
    m_refusalNote->setMaximumWidth(std::max(240, viewport()->width() / 2));
    m_refusalNote->adjustSize();
    const QRect rect = visualRect(index);
    QPoint at(rect.left(), rect.bottom() + 2);
    if (at.x() + m_refusalNote->width() > viewport()->width())
        at.setX(std::max(0, viewport()->width() - m_refusalNote->width()));
    if (at.y() + m_refusalNote->height() > viewport()->height())
        at.setY(std::max(0, rect.top() - m_refusalNote->height() - 2));
    m_refusalNote->move(at);
    m_refusalNote->show();
    m_refusalNote->raise();
}

} // namespace nb
