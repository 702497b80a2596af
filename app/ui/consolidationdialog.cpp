#include "consolidationdialog.h"

#include "consolidationexport.h"
#include "reportdocument.h"
#include "reporteditor.h"
#include "reportlistpage.h"
#include "reporttablemodel.h"
#include "reporttableview.h"
#include "translations.h"
#include "ui_consolidationdialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>

namespace nb {

ConsolidationDialog::ConsolidationDialog(Consolidation consolidation, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConsolidationDialog>())
    , m_consolidation(std::move(consolidation))
{
    m_ui->setupUi(this);
    const Report &total = m_consolidation.total();
    m_ui->title->setText(total.agency().name);
    showTitle();
    connect(m_ui->title, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_titleEdited = true;
        m_consolidation.setTitle(text.trimmed());
        showTitle();
    });
    showTotal();
    // The shares need room for an agency's full name; the tables scroll.
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({width() * 7 / 10, width() * 3 / 10});
    m_ui->shares->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->members->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->members->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->leftOut->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->leftOut->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    fillMembers();
    fillLeftOut();
    // Without a way to sum again (a consolidation made elsewhere) the choice is shown, not offered.
    m_ui->includeUnsigned->setEnabled(false);
    connect(m_ui->includeUnsigned, &QCheckBox::toggled, this, [this](bool include) {
        QString error;
        if (!setIncludeUnsigned(include, &error))
            QMessageBox::warning(this, tr("Nianbao"), tr("The reports cannot be summed: %1").arg(error));
    });
    connect(m_ui->exportPublished, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_ui->exportTables, &QPushButton::clicked, this, [this] { chooseExport(false); });
}

void ConsolidationDialog::setRecompute(Recompute recompute, bool includeUnsigned)
{
    m_recompute = std::move(recompute);
    const QSignalBlocker blocker(m_ui->includeUnsigned);
    m_ui->includeUnsigned->setChecked(includeUnsigned);
    m_ui->includeUnsigned->setEnabled(bool(m_recompute));
}

bool ConsolidationDialog::setIncludeUnsigned(bool include, QString *error)
{
    std::optional<Consolidation> summed = m_recompute ? m_recompute(include, error) : std::nullopt;
    if (!summed) {
        if (!m_recompute)
            *error = tr("this consolidation cannot be summed again");
        const QSignalBlocker blocker(m_ui->includeUnsigned);
        m_ui->includeUnsigned->setChecked(!include);
        return false;
    }
    // A title typed in stays; the default one counts the agencies summed now.
    if (m_titleEdited)
        summed->setTitle(m_ui->title->text().trimmed());
    m_consolidation = std::move(*summed);
    if (!m_titleEdited)
        m_ui->title->setText(m_consolidation.total().agency().name);
    {
        const QSignalBlocker blocker(m_ui->includeUnsigned);
        m_ui->includeUnsigned->setChecked(include);
    }
    showTitle();
    showTotal();
    fillMembers();
    fillLeftOut();
    m_shownCell = -1;
    m_ui->shares->setRowCount(0);
    m_ui->shareTitle->setText(tr("Select a cell to see each agency's share of it."));
    return true;
}

void ConsolidationDialog::showTotal()
{
    delete m_editor; // before the document it shows
    m_editor = nullptr;
    m_document = std::make_unique<ReportDocument>(m_consolidation.total(), nullptr, 0, QString());
    m_document->setLocked(tr("a consolidation is computed from the agencies' reports; change those instead"));
    m_editor = new ReportEditor(m_document.get(), m_ui->tablesHost);
    m_ui->tablesLayout->addWidget(m_editor);
    m_editor->showSection(QStringLiteral("s3"));
    for (ReportTableView *view : m_editor->findChildren<ReportTableView *>()) {
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, view](const QModelIndex &index) {
            const int cell = view->reportModel()->cellAt(index);
            if (cell >= 0)
                showShares(cell);
        });
    }
}

ConsolidationDialog::~ConsolidationDialog()
{
    delete m_editor; // before the document it shows
}

void ConsolidationDialog::showTitle()
{
    const Report &total = m_consolidation.total();
    setWindowTitle(tr("Consolidation: %1, %2").arg(total.agency().name).arg(total.year()));
}

void ConsolidationDialog::fillMembers()
{
    const QVector<ConsolidationMember> &members = m_consolidation.members();
    int flaggedErrors = 0;
    int unsigned_ = 0;
    m_ui->members->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const ConsolidationMember &member = members.at(row);
        flaggedErrors += member.errors > 0 ? 1 : 0;
        unsigned_ += member.isSigned() ? 0 : 1;
        const QStringList texts{member.report.agency().name, stateDisplayName(member.state), QString::number(member.errors),
                                QString::number(member.warnings)};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (member.isFlagged())
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            if (member.isFlagged() && column == 0)
                item->setToolTip(member.errors > 0 ? tr("This report has errors") : tr("This report is not signed off"));
            m_ui->members->setItem(row, column, item);
        }
    }
    QString summary = tr("%n agencies' reports for %1 summed.", nullptr, int(members.size())).arg(m_consolidation.total().year());
    if (flaggedErrors > 0)
        summary += QLatin1Char(' ') + tr("%n of them with errors.", nullptr, flaggedErrors);
    if (unsigned_ > 0)
        summary += QLatin1Char(' ') + tr("%n of them not signed off.", nullptr, unsigned_);
    if (flaggedErrors == 0 && unsigned_ == 0)
        summary += QLatin1Char(' ') + tr("Every one is signed off and without errors.");
    if (!m_consolidation.leftOut().isEmpty())
        summary += QLatin1Char(' ') + tr("%n report(s) left out: not signed off with a valid signature by a trusted supervisor.", nullptr,
                                         int(m_consolidation.leftOut().size()));
    m_ui->summary->setText(summary);
}

void ConsolidationDialog::fillLeftOut()
{
    const QVector<LeftOutReport> &leftOut = m_consolidation.leftOut();
    m_ui->leftOut->setRowCount(int(leftOut.size()));
    for (int row = 0; row < leftOut.size(); ++row) {
        const LeftOutReport &report = leftOut.at(row);
        const QStringList texts{report.agency, stateDisplayName(report.state), report.reason};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column));
            item->setData(Qt::UserRole, report.reportId);
            m_ui->leftOut->setItem(row, column, item);
        }
    }
    m_ui->leftOutTitle->setText(tr("Reports left out (%n)", nullptr, int(leftOut.size())));
    m_ui->leftOutTitle->setVisible(!leftOut.isEmpty());
    m_ui->leftOut->setVisible(!leftOut.isEmpty());
}

void ConsolidationDialog::showShares(int cell)
{
    m_shownCell = cell;
    const Report &total = m_consolidation.total();
    const FormatDefinition &format = total.format();
    const QString unit = format.cell(cell).units.isEmpty() ? QString() : total.unit(cell);
    m_ui->shareTitle->setText(tr("%1: %2 in all").arg(format.cellLabel(cell, currentLanguage()), total.displayText(cell) + unit));
    const QVector<Consolidation::Share> shares = m_consolidation.shares(cell);
    m_ui->shares->setRowCount(int(shares.size()));
    for (int row = 0; row < shares.size(); ++row) {
        const Consolidation::Share &share = shares.at(row);
        QString text = m_consolidation.shareText(cell, share);
        if (!text.isEmpty() && text != QLatin1String("/"))
            text += unit;
        m_ui->shares->setItem(row, 0, new QTableWidgetItem(m_consolidation.members().at(share.member).report.agency().name));
        auto *value = new QTableWidgetItem(text);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->shares->setItem(row, 1, value);
    }
}

bool ConsolidationDialog::exportTo(const QString &path, QString *error)
{
    return exportConsolidationFile(m_consolidation, path, error);
}

void ConsolidationDialog::chooseExport(bool published)
{
    const Report &total = m_consolidation.total();
    const QString base = QDir(QDir::homePath()).filePath(QStringLiteral("%1%2年汇总").arg(total.agency().name).arg(total.year()));
    const QString path = published ? QFileDialog::getSaveFileName(this, tr("Export Consolidation"), base + QStringLiteral(".pdf"),
                                                                  tr("PDF (*.pdf);;Web page (*.html)"))
                                   : QFileDialog::getSaveFileName(this, tr("Export Consolidation"), base + QStringLiteral(".xlsx"),
                                                                  tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Nianbao"), error);
}

} // namespace nb
