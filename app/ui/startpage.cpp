#include "startpage.h"

#include "ui_startpage.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>

#include <algorithm>

namespace nb {

namespace {

const int RecentReports = 8;

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StartPage>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("startPage"));
    connect(m_ui->recentFiles, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit fileActivated(item->data(Qt::UserRole).toString()); });
    connect(m_ui->recentReports, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit reportActivated(item->data(Qt::UserRole).toInt()); });
    // One click opens, as on a web page of links.
    connect(m_ui->recentFiles, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit fileActivated(item->data(Qt::UserRole).toString()); });
    connect(m_ui->recentReports, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit reportActivated(item->data(Qt::UserRole).toInt()); });
}

StartPage::~StartPage() = default;

QCommandLinkButton *StartPage::newReportButton() const
{
    return m_ui->newReport;
}

QCommandLinkButton *StartPage::fromPublishedButton() const
{
    return m_ui->fromPublished;
}

QCommandLinkButton *StartPage::openDatabaseButton() const
{
    return m_ui->openDatabase;
}

QCommandLinkButton *StartPage::newDatabaseButton() const
{
    return m_ui->newDatabase;
}

void StartPage::setState(bool hasDatabase, bool writable, const QStringList &recentFiles, const QVector<ReportSummary> &reports)
{
    m_ui->newReport->setEnabled(hasDatabase && writable);
    m_ui->fromPublished->setEnabled(hasDatabase && writable);
    m_ui->needsDatabase->setVisible(!hasDatabase);
    m_recentFiles = recentFiles;
    m_reports = reports;
    // The latest changed first.
    std::stable_sort(m_reports.begin(), m_reports.end(),
                     [](const ReportSummary &a, const ReportSummary &b) { return a.updated > b.updated; });
    m_reports.resize(std::min<qsizetype>(m_reports.size(), RecentReports));
    fill();
}

void StartPage::fill()
{
    m_ui->recentFiles->clear();
    for (const QString &path : std::as_const(m_recentFiles)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).path())),
                                         m_ui->recentFiles);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_ui->recentReports->clear();
    for (const ReportSummary &report : std::as_const(m_reports)) {
        auto *item = new QListWidgetItem(tr("%1, %2 report").arg(report.agency).arg(report.year), m_ui->recentReports);
        item->setData(Qt::UserRole, report.id);
    }
    m_ui->recentReportsLabel->setVisible(!m_reports.isEmpty());
    m_ui->recentReports->setVisible(!m_reports.isEmpty());
    m_ui->recentFilesLabel->setVisible(!m_recentFiles.isEmpty());
    m_ui->recentFiles->setVisible(!m_recentFiles.isEmpty());
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
    QWidget::changeEvent(event);
}

} // namespace nb
