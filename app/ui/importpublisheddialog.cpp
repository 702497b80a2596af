#include "importpublisheddialog.h"

#include "icons.h"
#include "pdfsource.h"
#include "translations.h"
#include "ui_importpublisheddialog.h"
#include "validator.h"

#include <algorithm>

#include <QPainter>
#include <QPushButton>
#include <QScrollBar>

namespace nb {

ImportPublishedDialog::ImportPublishedDialog(const QString &fileName, const PublishedImport &read, Add add, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportPublishedDialog>())
    , m_read(read)
    , m_add(std::move(add))
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Report"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ImportPublishedDialog::accept);

    const Report &report = *read.report;
    m_ui->summary->setText(tr("<b>%1</b>: %2 report of %3, dated %4.<br>Format: %5.<br>%n cell(s) filled; %6.", nullptr, int(read.cells.size()))
                               .arg(fileName.toHtmlEscaped())
                               .arg(report.year())
                               .arg(report.agency().name.isEmpty() ? tr("an unknown agency") : report.agency().name.toHtmlEscaped())
                               .arg(report.date().isValid() ? QLocale().toString(report.date(), QLocale::LongFormat) : tr("no date"))
                               .arg(read.formatReason.toHtmlEscaped())
                               .arg(read.narratives.isEmpty() ? tr("no narrative found")
                                                              : tr("narratives found: %1").arg(read.narrativeNames().join(tr("; ")))));
    // Where a figure stands: the line of a text file, the page of a PDF.
    const auto where = [](int line, int page) {
        return page >= 0 ? tr("p. %1").arg(page + 1) : line > 0 ? QString::number(line) : QString();
    };
    for (const ImportedCell &cell : read.cells) {
        auto *item = new QTreeWidgetItem(m_ui->cells, {report.format().cellLabel(cell.cell, currentLanguage()), cell.text, where(cell.line, cell.page)});
        item->setData(0, Qt::UserRole, int(&cell - read.cells.data()));
    }
    if (read.pdf.isEmpty()) {
        m_ui->pageArea->hide();
    } else {
        m_ui->cells->headerItem()->setText(2, tr("Page"));
        m_ui->pageView->setText(tr("Select a cell to see where on the page it was read."));
        m_ui->pageView->adjustSize();
        connect(m_ui->cells, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
            if (item) {
                const ImportedCell &cell = m_read.cells.at(item->data(0, Qt::UserRole).toInt());
                showPlace(cell.page, cell.box);
            }
        });
        connect(m_ui->notes, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
            if (item) {
                const ImportNote &note = m_read.notes.at(item->data(0, Qt::UserRole).toInt());
                showPlace(note.page, note.box);
            }
        });
        m_ui->cellsSplitter->setSizes({520, 420});
    }
    m_ui->cells->setColumnWidth(0, read.pdf.isEmpty() ? 560 : 330);
    for (const ImportNote &note : read.notes) {
        auto *item = new QTreeWidgetItem(m_ui->notes, {importNoteKindName(note.kind), where(note.line, note.page), note.message, note.context});
        item->setData(0, Qt::UserRole, int(&note - read.notes.data()));
        item->setToolTip(2, note.message);
        item->setToolTip(3, note.context);
        if (note.leavesCellsEmpty())
            item->setForeground(0, QColor(0xb0, 0x30, 0x00));
    }
    m_ui->notes->setColumnWidth(0, 90);
    m_ui->notes->setColumnWidth(1, 50);
    m_ui->notes->setColumnWidth(2, 400);
    if (read.notes.isEmpty())
        m_ui->notesLabel->setText(tr("Every table cell was placed; no text was left over."));

    int unchecked = 0;
    const QVector<Finding> findings = findingsOfRead(read, &unchecked);
    for (const Finding &finding : findings) {
        auto *item = new QListWidgetItem(finding.message.in(currentLanguage()), m_ui->findings);
        item->setIcon(appIcon(finding.severity == Severity::Error ? AppIcon::Error : AppIcon::Warning));
    }
    if (unchecked > 0)
        m_ui->findings->addItem(tr("%n finding(s) of the format's rules not checked: they concern cells that could not be read", nullptr, unchecked));
    if (findings.isEmpty() && unchecked == 0)
        m_ui->findings->addItem(tr("No errors or warnings."));
}

ImportPublishedDialog::~ImportPublishedDialog() = default;

void ImportPublishedDialog::showPlace(int page, const QRectF &box)
{
    if (page < 0 || m_read.pdf.isEmpty())
        return;
    constexpr double dpi = 110; // a page about as wide as the panel beside the cells
    // Rendered for the screen's pixels (twice as many at 200 % scaling), shown at the same size: sharp.
    const qreal ratio = std::max<qreal>(1, devicePixelRatioF());
    if (!m_pages.contains(page))
        m_pages.insert(page, renderPdfPage(m_read.pdf, page, dpi * ratio));
    QImage image = m_pages.value(page);
    if (image.isNull())
        return;
    image = image.convertToFormat(QImage::Format_ARGB32);
    image.setDevicePixelRatio(ratio);
    const double scale = dpi / 72; // painted in logical pixels: the painter follows the image's ratio
    m_outlined = QRectF(box.left() * scale, box.top() * scale, box.width() * scale, box.height() * scale).adjusted(-4, -3, 4, 3);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xd0, 0x20, 0x20), 2.5));
    painter.setBrush(QColor(0xff, 0xd0, 0x00, 60));
    painter.drawRect(m_outlined);
    painter.end();
    m_ui->pageView->setPixmap(QPixmap::fromImage(image));
    m_ui->pageView->adjustSize();
    m_shownPage = page;
    m_ui->pageArea->ensureVisible(int(m_outlined.center().x()), int(m_outlined.center().y()), 120, 160);
}

void ImportPublishedDialog::accept()
{
    const QString refusal = m_add(*m_read.report);
    if (!refusal.isEmpty()) {
        m_ui->message->setText(refusal);
        return;
    }
    QDialog::accept();
}

} // namespace nb
