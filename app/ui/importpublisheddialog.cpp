#include "importpublisheddialog.h"

#include "icons.h"
#include "translations.h"
#include "ui_importpublisheddialog.h"
#include "validator.h"

#include <QPushButton>

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
    for (const ImportedCell &cell : read.cells) {
        new QTreeWidgetItem(m_ui->cells, {report.format().cellLabel(cell.cell, currentLanguage()), cell.text,
                                          cell.line > 0 ? QString::number(cell.line) : QString()});
    }
    m_ui->cells->setColumnWidth(0, 560);
    for (const ImportNote &note : read.notes) {
        auto *item = new QTreeWidgetItem(m_ui->notes, {importNoteKindName(note.kind), note.line > 0 ? QString::number(note.line) : QString(),
                                                       note.message, note.context});
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

    const QVector<Finding> findings = Validator::check(report);
    for (const Finding &finding : findings) {
        auto *item = new QListWidgetItem(finding.message.in(currentLanguage()), m_ui->findings);
        item->setIcon(appIcon(finding.severity == Severity::Error ? AppIcon::Error : AppIcon::Warning));
    }
    if (findings.isEmpty())
        m_ui->findings->addItem(tr("No errors or warnings."));
}

ImportPublishedDialog::~ImportPublishedDialog() = default;

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
