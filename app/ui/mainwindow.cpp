#include "mainwindow.h"

#include "reportjson.h"
#include "reportlistpage.h"
#include "reportstore.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace nb {

namespace {

const int MaxRecentFiles = 8;

QString currentUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("nianbao") : user;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_list = new ReportListPage(this);
    m_ui->pages->addWidget(m_list);

    m_ui->actionNewDatabase->setShortcut(QKeySequence::New);
    m_ui->actionOpenDatabase->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionNewDatabase, &QAction::triggered, this, &MainWindow::chooseNewDatabase);
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->actionImportJson, &QAction::triggered, this, &MainWindow::chooseReportFile);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    updateRecentMenu();
    updateTitle();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openDatabase(const QString &path, bool create)
{
    ReportStore::Options options;
    options.create = create;
    options.editingLock = true;
    ReportStore::OpenResult opened = ReportStore::open(path, options);
    if (!opened.store) {
        m_lastError = opened.error;
        return false;
    }
    m_lastError.clear();
    m_store = std::move(opened.store);
    if (!opened.lockedBy.isEmpty()) {
        m_ui->readOnlyBanner->setText(tr("⚠ Read only: this file is being edited in another window or on another computer — %1. "
                                         "You can read every report; to edit, close the other session and open the file again.")
                                          .arg(opened.lockedBy));
    }
    m_ui->readOnlyBanner->setVisible(!opened.lockedBy.isEmpty());
    if (!opened.backupPath.isEmpty()) {
        statusBar()->showMessage(tr("The database was upgraded; the previous version is kept as %1")
                                     .arg(QDir::toNativeSeparators(opened.backupPath)));
    }
    m_ui->actionImportJson->setEnabled(!m_store->isReadOnly());
    rememberRecent(m_store->path());
    refreshReports();
    updateTitle();
    return true;
}

bool MainWindow::importReportFile(const QString &path)
{
    if (!m_store) {
        m_lastError = tr("No database is open.");
        return false;
    }
    const ReportReadResult read = ReportJson::readFile(path);
    if (!read.report) {
        m_lastError = tr("The report file cannot be read: %1").arg(read.error);
        return false;
    }
    QString error;
    if (!m_store->addReport(*read.report, currentUser(), &error)) {
        m_lastError = tr("The report cannot be added: %1").arg(error);
        return false;
    }
    refreshReports();
    statusBar()->showMessage(tr("Added the %1 report of %2").arg(read.report->year()).arg(read.report->agency().name), 5000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

void MainWindow::chooseNewDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Report Database"), QDir::homePath(),
                                                      tr("Nianbao databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // The save dialog asked before overwriting; a database is never overwritten, it is opened.
        showError(tr("%1 already exists. Use Open to work with it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openInteractively(path, true);
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Report Database"), QDir::homePath(),
                                                      tr("Nianbao databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openInteractively(path, false);
}

void MainWindow::chooseReportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Report File"), QDir::homePath(),
                                                      tr("Nianbao report files (*.json)"));
    if (!path.isEmpty() && !importReportFile(path))
        showError(m_lastError);
}

void MainWindow::openInteractively(const QString &path, bool create)
{
    if (!openDatabase(path, create))
        showError(m_lastError);
}

void MainWindow::refreshReports()
{
    QString error;
    m_list->setReports(m_store ? m_store->reports(&error) : QVector<ReportSummary>());
    if (!error.isEmpty())
        showError(error);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("recentFiles"), QStringList(recent.mid(0, MaxRecentFiles)));
    settings.setValue(QStringLiteral("lastFile"), path);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_ui->menuRecent->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openInteractively(path, false); });
    }
    m_ui->menuRecent->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    if (!m_store) {
        setWindowTitle(tr("Nianbao"));
        return;
    }
    const QString file = QFileInfo(m_store->path()).fileName();
    setWindowTitle(m_store->isReadOnly() ? tr("%1 (read only) — Nianbao").arg(file) : tr("%1 — Nianbao").arg(file));
    statusBar()->showMessage(QDir::toNativeSeparators(m_store->path()));
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Nianbao"), message);
}

} // namespace nb
