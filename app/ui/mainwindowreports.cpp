// MainWindow: many reports — the next year's report from this one, 汇总, spreadsheet exchange, a shared
// server and the edits other sessions make there.
#include "mainwindow.h"

#include "carryforward.h"
#include "consolidationdialog.h"
#include "formatregistry.h"
#include "reportdocument.h"
#include "reportlistpage.h"
#include "reportstore.h"
#include "storedconsolidation.h"
#include "tableexchange.h"
#include "ui_mainwindow.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QSet>
#include <QStatusBar>
#include <QTimer>

namespace nb {

void MainWindow::setupReports()
{
    connect(m_list, &ReportListPage::nextYearRequested, this, [this](int id) {
        if (!createNextYearReport(id))
            showError(m_lastError);
    });
    connect(m_list, &ReportListPage::consolidateRequested, this, &MainWindow::consolidate);
    connect(m_ui->actionConnectServer, &QAction::triggered, this, &MainWindow::chooseServer);
    connect(m_ui->actionExportTables, &QAction::triggered, this, &MainWindow::chooseTablesExport);
    connect(m_ui->actionImportTables, &QAction::triggered, this, &MainWindow::chooseTablesFile);
    // Cheap when nothing changed (one indexed query); on a file only a read-only second window
    // has anything to take in, on a server every session does. The same tick tidies the file's
    // write-ahead log while the clerk pauses, so no keystroke waits for it.
    m_mergeTimer = new QTimer(this);
    m_mergeTimer->setInterval(2000);
    connect(m_mergeTimer, &QTimer::timeout, this, [this] {
        mergeOthersEdits();
        if (m_document)
            m_document->checkpointIfPaused();
        else if (m_store)
            m_store->checkpoint();
    });
    m_mergeTimer->start();
}

std::optional<int> MainWindow::createNextYearReport(int previousId)
{
    m_lastError.clear();
    if (!m_store)
        return std::nullopt;
    QString error;
    const std::optional<Report> last = m_store->loadReport(previousId, &error);
    if (!last) {
        m_lastError = error;
        return std::nullopt;
    }
    const int year = last->year() + 1;
    const auto format = FormatRegistry::builtin().formatForYear(year);
    if (!format) {
        m_lastError = tr("No format of this version covers %1.").arg(year);
        return std::nullopt;
    }
    const NewYearReport created = beginFromLastYear(*last, year, format);
    const auto id = m_store->addReport(created.report, m_user.name, &error);
    if (!id) {
        m_lastError = tr("The %1 report cannot be created: %2").arg(year).arg(error);
        return std::nullopt;
    }
    openReport(*id);
    statusBar()->showMessage(tr("The %1 report of %2 was begun from %3's: %n figure(s) carried over", nullptr, int(created.carried.size()))
                                 .arg(year)
                                 .arg(last->agency().name)
                                 .arg(last->year()),
                             8000);
    return id;
}

std::optional<Consolidation> MainWindow::consolidateReports(const QVector<int> &reportIds, bool includeUnsigned)
{
    m_lastError.clear();
    if (!m_store)
        return std::nullopt;
    QString error;
    std::optional<Consolidation> summed = consolidateStored(*m_store, reportIds, QString(), &error, includeUnsigned);
    if (!summed)
        m_lastError = tr("The reports cannot be summed: %1").arg(error);
    return summed;
}

void MainWindow::consolidate(const QVector<int> &reportIds)
{
    bool includeUnsigned = false;
    std::optional<Consolidation> summed = consolidateReports(reportIds);
    if (!summed) {
        // Refused by default but possible with every report (none of them is signed off): asked, not
        // done behind the office's back.
        const QString why = m_lastError;
        std::optional<Consolidation> all = consolidateReports(reportIds, true);
        if (!all) {
            showError(why);
            return;
        }
        if (QMessageBox::question(this, tr("Consolidate"), why + QStringLiteral("\n\n") + tr("Sum them anyway, though not signed off?"))
            != QMessageBox::Yes)
            return;
        summed = std::move(all);
        includeUnsigned = true;
    }
    ConsolidationDialog dialog(std::move(*summed), this);
    dialog.setRecompute(
        [this, reportIds](bool include, QString *error) {
            std::optional<Consolidation> again = consolidateReports(reportIds, include);
            if (!again)
                *error = m_lastError;
            return again;
        },
        includeUnsigned);
    dialog.exec();
}

bool MainWindow::exportTables(const QString &path)
{
    m_lastError.clear();
    if (!m_document)
        return false;
    QString error;
    if (!nb::exportTables(m_document->report(), path, &error)) {
        m_lastError = error;
        return false;
    }
    statusBar()->showMessage(tr("Written %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::importTables(const QString &path)
{
    m_lastError.clear();
    if (!m_store) {
        m_lastError = tr("No database is open.");
        return false;
    }
    const SheetImport read = importTablesFile(path);
    if (!read.report) {
        m_lastError = tr("The sheet cannot be read: %1").arg(read.error);
        return false;
    }
    QString error;
    const auto id = m_store->addReport(*read.report, m_user.name, &error);
    if (!id) {
        m_lastError = tr("The report cannot be added: %1").arg(error);
        return false;
    }
    refreshReports();
    openReport(*id);
    if (!read.notes.isEmpty()) {
        // Everything that was not read, cell by cell: nothing silently dropped.
        QMessageBox box(QMessageBox::Warning, tr("Nianbao"),
                        tr("%n cell(s) were read from %1; some of the sheet could not be read and stays blank.", nullptr, read.cellsRead)
                            .arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, this);
        box.setDetailedText(read.notes.join(QLatin1Char('\n')));
        box.exec();
    } else {
        statusBar()->showMessage(tr("Added from %1: %n cell(s)", nullptr, read.cellsRead).arg(QFileInfo(path).fileName()), 5000);
    }
    return true;
}

void MainWindow::mergeOthersEdits()
{
    if (!m_document)
        return;
    const QVector<QString> who = m_document->mergeStoredChanges();
    if (who.isEmpty())
        return;
    QStringList names;
    for (const QString &name : who) {
        if (!names.contains(name))
            names << name;
    }
    statusBar()->showMessage(tr("%n change(s) by %1 taken in", nullptr, int(who.size())).arg(names.join(QStringLiteral("、"))), 5000);
}

void MainWindow::chooseServer()
{
    bool ok = false;
    const QString address = QInputDialog::getText(this, tr("Connect to Server"),
                                                  tr("Server address (postgresql://user@host/database). The password is asked "
                                                     "for, or read from PGPASSFILE; never put it in the address."),
                                                  QLineEdit::Normal, QStringLiteral("postgresql://"), &ok)
                                .trimmed();
    if (ok && !address.isEmpty())
        openInteractively(address, false);
}

void MainWindow::chooseTablesExport()
{
    if (!m_document)
        return;
    const Report &report = m_document->report();
    const QString suggested = QDir(QDir::homePath()).filePath(QStringLiteral("%1%2年报表.xlsx").arg(report.agency().name).arg(report.year()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Tables"), suggested, tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty() && !exportTables(path))
        showError(m_lastError);
}

void MainWindow::chooseTablesFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Tables"), QDir::homePath(), tr("CSV (*.csv)"));
    if (!path.isEmpty() && !importTables(path))
        showError(m_lastError);
}

} // namespace nb
