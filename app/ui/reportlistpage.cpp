#include "reportlistpage.h"

#include "reportlistmodel.h"
#include "ui_reportlistpage.h"

#include <QHeaderView>
#include <QSet>

namespace nb {

QString stateDisplayName(const QString &state)
{
    if (state == QLatin1String("draft"))
        return ReportListPage::tr("Draft");
    if (state == QLatin1String("submitted"))
        return ReportListPage::tr("Submitted");
    if (state == QLatin1String("returned"))
        return ReportListPage::tr("Returned");
    if (state == QLatin1String("signed"))
        return ReportListPage::tr("Signed off");
    // Marked signed in the file, but the signature does not hold (ReportStore::checkSignOffs).
    if (state == QLatin1String("signature-invalid"))
        return ReportListPage::tr("Signature invalid");
    if (state == QLatin1String("signature-untrusted"))
        return ReportListPage::tr("Signer not trusted");
    return state;
}

ReportListPage::ReportListPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReportListPage>())
    , m_model(new ReportListModel(this))
{
    m_ui->setupUi(this);
    m_ui->reports->setModel(m_model);
    QHeaderView *header = m_ui->reports->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReportListModel::AgencyColumn, QHeaderView::Stretch);
    // Sorted by the database: a click on a header asks it for the first page in that order.
    header->setSortIndicator(ReportListModel::AgencyColumn, Qt::AscendingOrder);
    m_ui->reports->setSortingEnabled(true);
    connect(m_ui->reports, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit reportActivated(index.data(Qt::UserRole).toInt());
    });
    connect(m_ui->search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearch(text);
        showCounts();
    });
    connect(m_ui->nextYear, &QPushButton::clicked, this, [this] {
        const QVector<int> ids = selectedIds();
        if (ids.size() == 1)
            emit nextYearRequested(ids.first());
    });
    connect(m_ui->consolidate, &QPushButton::clicked, this, [this] {
        const QVector<int> ids = reportsToConsolidate();
        if (!ids.isEmpty())
            emit consolidateRequested(ids);
    });
    const auto selectionChanged = [this] {
        m_ui->nextYear->setEnabled(m_ui->nextYear->property("writable").toBool() && selectedIds().size() == 1);
        m_ui->consolidate->setEnabled(!selectedIds().isEmpty());
    };
    connect(m_ui->reports->selectionModel(), &QItemSelectionModel::selectionChanged, this, selectionChanged);
    // A reset (a new search, order or store) clears the selection without a selectionChanged.
    connect(m_model, &QAbstractItemModel::modelReset, this, selectionChanged);
    setWritable(true);
    showCounts();
}

ReportListPage::~ReportListPage() = default;

void ReportListPage::setStore(const ReportStore *store)
{
    QVector<int> selected = selectedIds();
    m_store = store;
    m_model->setStore(store);
    showCounts();
    const bool any = m_model->totalCount() > 0;
    m_ui->emptyHint->setVisible(!any);
    m_ui->reports->setVisible(any);
    // The selection stays on the reports that were selected (a refresh after an edit), else the first.
    if (!selected.isEmpty())
        selectReports(selected);
    if (m_model->rowCount() > 0 && selectedIds().isEmpty())
        m_ui->reports->selectRow(0);
}

QString ReportListPage::lastError() const
{
    return m_model->lastError();
}

void ReportListPage::setWritable(bool writable)
{
    m_ui->nextYear->setProperty("writable", writable);
    m_ui->nextYear->setEnabled(writable && selectedIds().size() == 1);
}

void ReportListPage::showCounts()
{
    const int total = m_model->totalCount();
    if (m_model->search().trimmed().isEmpty())
        m_ui->shown->setText(tr("%n report(s)", nullptr, total));
    else if (m_model->matchingCountCapped())
        m_ui->shown->setText(tr("more than %1 of %2 shown").arg(m_model->matchingCount() - 1).arg(total));
    else
        m_ui->shown->setText(tr("%1 of %2 shown").arg(m_model->matchingCount()).arg(total));
}

void ReportListPage::setSearch(const QString &text)
{
    m_ui->search->setText(text);
}

int ReportListPage::reportCount() const
{
    return m_model->totalCount();
}

int ReportListPage::shownCount() const
{
    return m_model->matchingCount();
}

QVector<int> ReportListPage::selectedIds() const
{
    QVector<int> ids;
    for (const QModelIndex &index : m_ui->reports->selectionModel()->selectedRows(ReportListModel::AgencyColumn))
        ids << index.data(Qt::UserRole).toInt();
    return ids;
}

void ReportListPage::selectReports(const QVector<int> &ids)
{
    m_ui->reports->clearSelection();
    QSet<int> wanted(ids.begin(), ids.end());
    QItemSelection selection;
    // Not further than a few thousand rows past those read: a report deleted meanwhile is not found anywhere.
    const int limit = m_model->rowCount() + 50 * ReportListModel::PageSize;
    for (int row = 0; !wanted.isEmpty(); ++row) {
        if (row >= m_model->rowCount()) {
            if (!m_model->canFetchMore({}) || row >= limit)
                break;
            m_model->fetchMore({});
            continue;
        }
        if (wanted.remove(m_model->summaryAt(row).id))
            selection.select(m_model->index(row, 0), m_model->index(row, ReportListModel::ColumnCount - 1));
    }
    m_ui->reports->selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_ui->reports->scrollTo(selection.first().topLeft());
}

QVector<int> ReportListPage::reportsToConsolidate() const
{
    const QVector<int> selected = selectedIds();
    if (selected.size() != 1 || !m_store)
        return selected;
    const int row = m_model->rowOf(selected.first());
    QVector<int> ids;
    for (const ReportSummary &report : m_store->reportsOfYear(m_model->summaryAt(row).year))
        ids << report.id;
    return ids;
}

void ReportListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showCounts();
        // The shown names of states and formats are the model's: drawn again in the new language.
        emit m_model->headerDataChanged(Qt::Horizontal, 0, ReportListModel::ColumnCount - 1);
        m_ui->reports->viewport()->update();
    }
    QWidget::changeEvent(event);
}

} // namespace nb
