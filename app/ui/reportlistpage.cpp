#include "reportlistpage.h"

#include "formatregistry.h"
#include "translations.h"
#include "ui_reportlistpage.h"

#include <QHeaderView>
#include <QLocale>

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
    return state;
}

ReportListPage::ReportListPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReportListPage>())
{
    m_ui->setupUi(this);
    QHeaderView *header = m_ui->reports->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_ui->reports, &QTableWidget::cellActivated, this, [this](int row, int) {
        emit reportActivated(m_ui->reports->item(row, 0)->data(Qt::UserRole).toInt());
    });
}

ReportListPage::~ReportListPage() = default;

void ReportListPage::setReports(const QVector<ReportSummary> &reports)
{
    const Language language = currentLanguage();
    QTableWidget *table = m_ui->reports;
    table->setRowCount(int(reports.size()));
    for (int row = 0; row < reports.size(); ++row) {
        const ReportSummary &report = reports.at(row);
        const auto format = FormatRegistry::builtin().format(report.formatId);
        const QStringList texts{report.agency, QString::number(report.year),
                                format ? format->name().in(language) : report.formatId, stateDisplayName(report.state),
                                QLocale().toString(report.updated.toLocalTime(), QLocale::ShortFormat)};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(Qt::UserRole, report.id);
            table->setItem(row, column, item);
        }
    }
    m_ui->emptyHint->setVisible(reports.isEmpty());
    table->setVisible(!reports.isEmpty());
    if (!reports.isEmpty())
        table->selectRow(0);
}

int ReportListPage::reportCount() const
{
    return m_ui->reports->rowCount();
}

} // namespace nb
