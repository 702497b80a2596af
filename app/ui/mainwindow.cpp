#include "mainwindow.h"

#include "agencydetailsdialog.h"
#include "carryforward.h"
#include "formatregistry.h"
#include "importpublisheddialog.h"
#include "newreportdialog.h"
#include "pagerenderer.h"
#include "reportdocument.h"
#include "reportexport.h"
#include "reporteditor.h"
#include "reportjson.h"
#include "reportlistpage.h"
#include "reportreview.h"
#include "reportstore.h"
#include "helpdialog.h"
#include "icons.h"
#include "reporttableview.h"
#include "reviewpanel.h"
#include "startpage.h"
#include "systemuser.h"
#include "translations.h"
#include "ui_mainwindow.h"

#include <QCommandLinkButton>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QToolButton>
#include <QUndoGroup>

namespace nb {

namespace {

const int MaxRecentFiles = 8;


} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    m_list = new ReportListPage(this);
    m_ui->pages->addWidget(m_list);
    m_start = new StartPage(this);
    m_ui->pages->addWidget(m_start);

    m_ui->actionNewReport->setShortcut(QKeySequence::New);
    m_ui->actionOpenDatabase->setShortcut(QKeySequence::Open);
    m_ui->actionSave->setShortcut(QKeySequence::Save);
    m_ui->actionCloseReport->setShortcut(QKeySequence::Close);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);

    // Undo and redo follow whichever report is open.
    m_undoGroup = new QUndoGroup(this);
    createUndoActions();
    setupEditAndHelp();
    setupReview();
    setupReports();

    auto *languages = new QActionGroup(this);
    languages->addAction(m_ui->actionChinese);
    languages->addAction(m_ui->actionEnglish);
    (currentLanguage() == Language::English ? m_ui->actionEnglish : m_ui->actionChinese)->setChecked(true);
    connect(m_ui->actionChinese, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("zh")); });
    connect(m_ui->actionEnglish, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });

    connect(m_ui->actionNewDatabase, &QAction::triggered, this, &MainWindow::chooseNewDatabase);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::confirmSaved);
    connect(m_ui->actionNewReport, &QAction::triggered, this, &MainWindow::askNewReport);
    connect(m_ui->actionAgencyDetails, &QAction::triggered, this, &MainWindow::editAgencyDetails);
    connect(m_ui->actionExportJson, &QAction::triggered, this, &MainWindow::chooseExportFile);
    connect(m_ui->actionExportPdf, &QAction::triggered, this, &MainWindow::choosePublishFile);
    connect(m_ui->actionPrint, &QAction::triggered, this, [this] { printReport(false); });
    connect(m_ui->actionPrintPreview, &QAction::triggered, this, [this] { printReport(true); });
    m_ui->actionPrint->setShortcut(QKeySequence::Print);
    // The toolbar's icons, from the one cached set.
    const std::pair<QAction *, AppIcon> icons[] = {{m_ui->actionNewReport, AppIcon::NewReport}, {m_ui->actionCloseReport, AppIcon::CloseReport},
                                                   {m_ui->actionSave, AppIcon::Save},           {m_ui->actionExportPdf, AppIcon::Export},
                                                   {m_ui->actionPrint, AppIcon::Print},         {m_ui->actionManual, AppIcon::Help},
                                                   {m_ui->actionHome, AppIcon::Home}};
    for (const auto &[action, icon] : icons)
        action->setIcon(appIcon(icon));
    connect(m_ui->actionCloseReport, &QAction::triggered, this, &MainWindow::closeReport);
    connect(m_list, &ReportListPage::reportActivated, this, &MainWindow::openReport);
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->actionImportJson, &QAction::triggered, this, &MainWindow::chooseReportFile);
    connect(m_ui->actionImportPublished, &QAction::triggered, this, &MainWindow::choosePublishedFile);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);

    connect(m_start->newReportButton(), &QAbstractButton::clicked, m_ui->actionNewReport, &QAction::trigger);
    connect(m_start->fromPublishedButton(), &QAbstractButton::clicked, m_ui->actionImportPublished, &QAction::trigger);
    connect(m_start->openDatabaseButton(), &QAbstractButton::clicked, m_ui->actionOpenDatabase, &QAction::trigger);
    connect(m_start->newDatabaseButton(), &QAbstractButton::clicked, m_ui->actionNewDatabase, &QAction::trigger);
    connect(m_start, &StartPage::fileActivated, this, [this](const QString &path) { openInteractively(path, false); });
    connect(m_start, &StartPage::reportActivated, this, &MainWindow::openReport);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: the form's 1200×800 is taller than a 1366×768 screen's free area (the status bar
        // would be off-screen); take no more than the screen has.
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            resize(size().boundedTo(screen->availableGeometry().size()));
    }
    updateRecentMenu();
    closeReport(); // the list page first, report actions off
}

MainWindow::~MainWindow()
{
    // The review dock is hidden while QWidget's destructor takes the children down, when this is no
    // longer a MainWindow: its signals must not reach the lambdas that use our members.
    if (m_reviewDock)
        m_reviewDock->disconnect(this);
    // The editor writes through the document (a cell still being typed in is saved as it goes): it
    // must go while the document is there, not later with the window's children.
    delete m_editor;
}

bool MainWindow::openDatabase(const QString &path, bool create)
{
    ReportStore::Options options;
    options.create = create;
    options.editingLock = true;
    ReportStore::OpenResult opened = ReportStore::open(path, options);
    // A server without a password in PGPASSFILE: asked for, three tries, never remembered.
    for (int attempt = 0; attempt < 3 && opened.problem == ReportStore::Problem::NeedsPassword; ++attempt) {
        bool ok = false;
        options.password = QInputDialog::getText(this, tr("Password"), opened.error + QLatin1Char('\n') + tr("Password:"),
                                                 QLineEdit::Password, QString(), &ok);
        if (!ok)
            break;
        opened = ReportStore::open(path, options);
    }
    if (!opened.store) {
        m_lastError = opened.error;
        return false;
    }
    m_lastError.clear();
    closeReport();
    m_store = std::move(opened.store);
    m_lockedBy = opened.lockedBy;
    restoreUser();
    showBanner();
    if (!opened.backupPath.isEmpty()) {
        statusBar()->showMessage(tr("The database was upgraded; the previous version is kept as %1")
                                     .arg(QDir::toNativeSeparators(opened.backupPath)));
    }
    m_ui->actionImportJson->setEnabled(!m_store->isReadOnly());
    m_ui->actionImportPublished->setEnabled(!m_store->isReadOnly());
    m_ui->actionNewReport->setEnabled(!m_store->isReadOnly());
    m_ui->actionImportTables->setEnabled(!m_store->isReadOnly());
    m_list->setWritable(!m_store->isReadOnly());
    rememberRecent(m_store->path());
    refreshReports();
    showHomePage();
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
    if (!m_store->addReport(*read.report, m_user.name, &error)) {
        m_lastError = tr("The report cannot be added: %1").arg(error);
        return false;
    }
    refreshReports();
    statusBar()->showMessage(tr("Added the %1 report of %2").arg(read.report->year()).arg(read.report->agency().name), 5000);
    return true;
}

bool MainWindow::importPublishedReport(const QString &path)
{
    m_lastError.clear();
    if (!m_store) {
        m_lastError = tr("No database is open.");
        return false;
    }
    const PublishedImport read = importPublishedFile(path);
    if (!read.report) {
        m_lastError = tr("The published report cannot be read: %1").arg(read.error);
        return false;
    }
    std::optional<int> added;
    ImportPublishedDialog dialog(
        QFileInfo(path).fileName(), read,
        [&](const Report &report) {
            QString error;
            added = m_store->addReport(report, m_user.name, &error);
            return added ? QString() : tr("The report cannot be added: %1").arg(error);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return false; // cancelled: nothing to report
    refreshReports();
    openReport(*added);
    statusBar()->showMessage(tr("Added the %1 report of %2 from %3").arg(read.report->year()).arg(read.report->agency().name, QFileInfo(path).fileName()),
                             5000);
    return true;
}

bool MainWindow::openReport(int reportId)
{
    if (!m_store)
        return false;
    QString error;
    std::optional<Report> report = m_store->loadReport(reportId, &error);
    if (!report) {
        m_lastError = error;
        return false;
    }
    closeReport();
    const QString agency = report->agency().name;
    const int year = report->year();
    m_document = std::make_unique<ReportDocument>(std::move(*report), m_store.get(), reportId, m_user.name);
    // Last year's report of the same agency, when the database has it, for the cross-year rules.
    if (const auto previousId = m_store->findReport(agency, year - 1)) {
        std::optional<Report> previous = m_store->loadReport(*previousId, &error);
        // Without it the cross-year rules are skipped: say so, or a clean report would look checked.
        if (!previous)
            statusBar()->showMessage(tr("Last year's report could not be loaded, so the rules that compare with it are not checked: %1").arg(error));
        m_document->setPreviousYear(std::move(previous));
    }
    // Under review or signed off: locked before any page is built, so every widget starts read-only.
    m_reviewPanel->setReport(m_store.get(), reportId, m_document.get(), m_user);
    m_document->setLocked(m_reviewPanel->review()->lockReason());
    m_editor = new ReportEditor(m_document.get(), m_ui->pages, ReportEditor::Pages::WhenNeeded);
    m_reviewPanel->setEditor(m_editor);
    m_ui->pages->addWidget(m_editor);
    m_ui->pages->setCurrentWidget(m_editor);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document.get(), &ReportDocument::saveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message);
        showError(message);
    });
    connect(m_document.get(), &ReportDocument::readFailed, statusBar(), [this](const QString &message) { statusBar()->showMessage(message); });
    if (!m_document->readProblem().isEmpty())
        statusBar()->showMessage(m_document->readProblem());
    showReportTools(true);
    updateTitle();
    return true;
}

std::optional<int> MainWindow::createReport(const QString &agency, int year, const QString &formatId)
{
    const auto format = FormatRegistry::builtin().format(formatId);
    if (!m_store) {
        m_lastError = tr("No database is open.");
        return std::nullopt;
    }
    if (!format) {
        m_lastError = tr("There is no report format “%1”; this version knows %2.").arg(formatId, FormatRegistry::builtin().ids().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    Report report(format);
    report.setYear(year);
    report.setAgency({agency, {}, {}, {}, {}, {}, {}, {}});
    QString error;
    // The agency's latest earlier report lends its contact details and its own headings, and last
    // year's its carried-over figures.
    for (int earlier = year - 1; earlier >= year - 5; --earlier) {
        const auto id = m_store->findReport(agency, earlier);
        const std::optional<Report> previous = id ? m_store->loadReport(*id, &error) : std::nullopt;
        if (previous) {
            report = beginFromLastYear(*previous, year, format).report;
            break;
        }
        if (id) // there, but unreadable: the new report starts empty, and the clerk is told why
            statusBar()->showMessage(tr("The %1 report could not be loaded, so nothing was carried from it: %2").arg(earlier).arg(error));
    }
    const auto id = m_store->addReport(report, m_user.name, &error);
    if (!id) {
        m_lastError = error;
        return std::nullopt;
    }
    openReport(*id);
    return id;
}

void MainWindow::askNewReport()
{
    if (!m_store)
        return;
    NewReportDialog dialog(m_store->agencyNames(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!createReport(dialog.agency(), dialog.year(), dialog.formatId()))
        showError(m_lastError);
}

void MainWindow::editAgencyDetails()
{
    if (!m_document)
        return;
    AgencyDetailsDialog dialog(m_document->report().agency(), m_document->report().date(), m_document->report().zerosBlank(),
                               m_document->isReadOnly(), this);
    dialog.setAgencyKind(m_document->report().agencyKind());
    if (dialog.exec() != QDialog::Accepted || m_document->isReadOnly())
        return;
    const ReportDocument::EditResult result = m_document->setDetails(dialog.agency(), dialog.date(), dialog.zerosBlank());
    if (!result.accepted)
        showError(result.reason);
    else if (dialog.agencyKind() != m_document->report().agencyKind()) {
        const ReportDocument::EditResult kind = m_document->setAgencyKind(dialog.agencyKind());
        if (!kind.accepted)
            showError(kind.reason);
    }
}

void MainWindow::closeReport()
{
    if (m_editor) {
        m_ui->pages->removeWidget(m_editor);
        delete m_editor;
        m_editor = nullptr;
    }
    m_reviewPanel->setReport(nullptr, 0, nullptr, m_user);
    if (m_document) {
        m_undoGroup->removeStack(m_document->undoStack());
        m_document.reset();
    }
    showHomePage();
    showReportTools(false);
    if (m_store)
        refreshReports();
    updateTitle();
}

void MainWindow::showReportTools(bool reportOpen)
{
    for (QAction *action : {m_ui->actionSave, m_ui->actionAgencyDetails, m_ui->actionExportJson, m_ui->actionExportPdf, m_ui->actionExportTables,
                            m_ui->actionPrint, m_ui->actionPrintPreview, m_ui->actionCloseReport})
        action->setEnabled(reportOpen);
    // The dock takes width the tables need: it opens by itself only when there is something to review
    // (View ▸ Review shows it any time).
    m_reviewDock->setVisible(reportOpen && m_reviewPanel->needsAttention());
    m_reviewDock->toggleViewAction()->setEnabled(reportOpen);
    updateReviewActions();
    showBanner();
}

void MainWindow::confirmSaved()
{
    // Every edit was committed when it was made; Ctrl+S only tells the clerk so.
    statusBar()->showMessage(tr("All changes are saved in %1").arg(QDir::toNativeSeparators(m_store->path())), 5000);
}

void MainWindow::chooseExportFile()
{
    if (!m_document)
        return;
    const Report &report = m_document->report();
    // *.nianbao.json: the file type the package registers, so a double-click opens it here.
    const QString suggested = QDir(QDir::homePath()).filePath(QStringLiteral("%1-%2.nianbao.json").arg(report.agency().name).arg(report.year()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report File"), suggested, tr("Nianbao report files (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray json = ReportJson::write(report);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        showError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

bool MainWindow::publishReport(const QString &path)
{
    if (!m_document)
        return false;
    QString error;
    if (!exportReport(m_document->report(), exportFormatOf(path), path, m_reviewPanel->review()->publishOptions(m_document->report()), &error)) {
        m_lastError = error;
        return false;
    }
    statusBar()->showMessage(tr("Written %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::choosePublishFile()
{
    if (!m_document)
        return;
    const Report &report = m_document->report();
    const QString suggested = QDir(QDir::homePath()).filePath(QStringLiteral("%1%2年政府信息公开工作年度报告.pdf").arg(report.agency().name).arg(report.year()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Published Report"), suggested,
                                                      tr("PDF (*.pdf);;Web page (*.html);;OpenDocument text (*.odt);;Word document (*.docx)"));
    if (!path.isEmpty() && !publishReport(path))
        showError(m_lastError);
}

void MainWindow::printReport(bool preview)
{
    if (!m_document)
        return;
    // Print and preview paint the very pages the PDF has.
    QPrinter printer(QPrinter::HighResolution);
    auto paint = [this](QPrinter *device) {
        const PublishOptions options = m_reviewPanel->review()->publishOptions(m_document->report());
        if (!renderPages(m_document->report(), *device, options))
            showError(tr("The report could not be printed: the printer refused to start (%1).").arg(device->printerName()));
    };
    if (preview) {
        QPrintPreviewDialog dialog(&printer, this);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, paint);
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer);
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    installTranslations(qApp, languageFromName(language));
    (languageFromName(language) == Language::English ? m_ui->actionEnglish : m_ui->actionChinese)->setChecked(true);
}

void MainWindow::createUndoActions()
{
    // QUndoGroup bakes its prefix into the actions, so a language change makes new ones.
    for (const char *name : {"actionUndo", "actionRedo"})
        delete findChild<QAction *>(QLatin1String(name));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    undo->setShortcut(QKeySequence::Undo);
    // Ctrl+Y as well, once: where the platform's Redo already is Ctrl+Y, the same key twice would make
    // the shortcut ambiguous and it would do nothing.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    // Undo and Redo first, above Cut, Copy and Paste.
    QAction *first = m_ui->menuEdit->actions().value(0);
    m_ui->menuEdit->insertAction(first, undo);
    m_ui->menuEdit->insertAction(first, redo);
    m_ui->toolbar->addAction(undo);
    m_ui->toolbar->addAction(redo);

    // On the toolbar by icon only: “Undo Figure Entry” would push the toolbar past a 1366 px window (the
    // full text is the tooltip and in the Edit menu).
    undo->setIcon(appIcon(AppIcon::Undo));
    redo->setIcon(appIcon(AppIcon::Redo));
    for (QAction *action : {undo, redo}) {
        if (auto *button = qobject_cast<QToolButton *>(m_ui->toolbar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        createUndoActions();
        if (QAction *board = findChild<QAction *>(QStringLiteral("actionBoard")))
            board->setText(tr("Collection &Board…"));
        if (QAction *blanks = findChild<QAction *>(QStringLiteral("actionBlanksToZero")))
            blanks->setText(tr("Blank Cells of This Table → &0"));
        refreshReports();
        updateTitle();
        // Texts made in code, not by the form: the review dock, the status bar's role, the banner.
        m_reviewDock->setWindowTitle(tr("Review"));
        updateReviewActions();
        showBanner();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    keepSetting(QStringLiteral("window/geometry"), saveGeometry());
    if (m_reviewDock->isVisible() && !m_reviewDock->isFloating())
        keepSetting(QStringLiteral("window/reviewDockWidth"), m_reviewDock->width());
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

namespace {

// The one local file of a drop, if it is a kind of published report the reader takes.
QString droppedReport(const QMimeData *data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1 || !data->urls().first().isLocalFile())
        return {};
    const QString path = data->urls().first().toLocalFile();
    static const QStringList kinds{QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("txt"),
                                   QStringLiteral("docx"), QStringLiteral("doc"), QStringLiteral("wps")};
    return kinds.contains(QFileInfo(path).suffix().toLower()) ? path : QString();
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedReport(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedReport(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has finished: the import dialog is modal.
    QMetaObject::invokeMethod(this, [this, path] {
        if (!importPublishedReport(path) && !m_lastError.isEmpty())
            showError(m_lastError);
    }, Qt::QueuedConnection);
}

void MainWindow::choosePublishedFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Published Report"), QDir::homePath(),
                                                      tr("Published reports (*.pdf *.docx *.html *.htm *.txt);;All files (*)"));
    if (!path.isEmpty() && !importPublishedReport(path) && !m_lastError.isEmpty())
        showError(m_lastError);
}

void MainWindow::openInteractively(const QString &path, bool create)
{
    if (!openDatabase(path, create))
        showError(m_lastError);
}

void MainWindow::refreshReports()
{
    if (!m_list)
        return;
    // A page at a time, "signed" only where the signature holds (ReportListModel).
    m_list->setStore(m_store.get());
    if (!m_list->lastError().isEmpty())
        showError(m_list->lastError());
    if (!m_document)
        showHomePage(m_startChosen);
}

void MainWindow::keepSetting(const QString &key, const QVariant &value)
{
    QSettings settings;
    // QSettings writes its whole file again — locked, and synced to the disk twice — whenever a value
    // is set, even to the value it had: the same file opened at every start wrote it each time (and
    // once more when the window went), waiting for the disk before the window was painted.
    QVariant stored = settings.value(key);
    if (stored.isValid() && stored.convert(value.metaType()) && stored == value)
        return;
    settings.setValue(key, value);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    keepSetting(QStringLiteral("recentFiles"), QStringList(recent.mid(0, MaxRecentFiles)));
    keepSetting(QStringLiteral("lastFile"), path);
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
    QString file = QFileInfo(m_store->path()).fileName();
    if (m_document) {
        const Report &report = m_document->report();
        file = tr("%1, %2 report — %3").arg(report.agency().name).arg(report.year()).arg(file);
    }
    // No "*" for unsaved changes: every edit is saved as it is made, so there never are any.
    setWindowTitle(m_store->isReadOnly() ? tr("%1 (read only) — Nianbao").arg(file) : tr("%1 — Nianbao").arg(file));
    statusBar()->showMessage(QDir::toNativeSeparators(m_store->path()));
}

void MainWindow::showHomePage(bool start)
{
    if (m_document)
        return;
    m_startChosen = m_startChosen && start;
    // The few latest changed, not every report of the database.
    const QVector<ReportSummary> reports = m_store ? m_store->recentReports(10) : QVector<ReportSummary>();
    m_start->setState(m_store != nullptr, m_store && !m_store->isReadOnly(),
                      QSettings().value(QStringLiteral("recentFiles")).toStringList(), reports);
    m_ui->pages->setCurrentWidget(start || reports.isEmpty() ? static_cast<QWidget *>(m_start) : m_list);
}

void MainWindow::setupEditAndHelp()
{
    m_ui->menuEdit->addSeparator();
    const std::pair<QAction *, EditCommand> commands[] = {{m_ui->actionCut, EditCommand::Cut},
                                                          {m_ui->actionCopy, EditCommand::Copy},
                                                          {m_ui->actionPaste, EditCommand::Paste},
                                                          {m_ui->actionClear, EditCommand::Clear},
                                                          {m_ui->actionSelectAll, EditCommand::SelectAll}};
    for (const auto &[action, command] : commands) {
        if (command == EditCommand::SelectAll)
            m_ui->menuEdit->addSeparator();
        m_ui->menuEdit->addAction(action);
        connect(action, &QAction::triggered, this, [this, command = command] { editFocused(command); });
    }
    // Text boxes take these keys themselves (they accept the shortcut); a table leaves them to the actions.
    m_ui->actionCut->setShortcut(QKeySequence::Cut);
    m_ui->actionCopy->setShortcut(QKeySequence::Copy);
    m_ui->actionPaste->setShortcut(QKeySequence::Paste);
    m_ui->actionSelectAll->setShortcut(QKeySequence::SelectAll);

    // “Blank → 0” for the table the cursor is in: one undoable edit (R16 warns of blank cells at submission).
    QAction *blanksToZero = new QAction(tr("Blank Cells of This Table → &0"), this);
    blanksToZero->setObjectName(QStringLiteral("actionBlanksToZero"));
    connect(blanksToZero, &QAction::triggered, this, [this] {
        const int cell = m_editor && m_document ? m_editor->currentCell() : -1;
        if (cell < 0) {
            statusBar()->showMessage(tr("Put the cursor in a table first"), 5000);
            return;
        }
        const TableDef *table = m_document->format().cell(cell).table;
        const int filled = m_document->fillBlanksWithZero(table->id);
        statusBar()->showMessage(tr("%n blank cell(s) set to 0", nullptr, filled), 5000);
    });
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(blanksToZero);

    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_ui->actionHome);
    connect(m_ui->actionHome, &QAction::triggered, this, [this] {
        closeReport();
        m_startChosen = true;
        showHomePage(true);
    });
    m_ui->actionManual->setShortcut(QKeySequence::HelpContents);
    connect(m_ui->actionManual, &QAction::triggered, this, [this] {
        HelpDialog dialog(this);
        dialog.exec();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::editFocused(EditCommand command)
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *view = qobject_cast<ReportTableView *>(focus)) {
        switch (command) {
        case EditCommand::Cut:
            view->copySelection();
            view->clearSelectedCells();
            break;
        case EditCommand::Copy:
            view->copySelection();
            break;
        case EditCommand::Paste:
            view->paste();
            break;
        case EditCommand::Clear:
            view->clearSelectedCells();
            break;
        case EditCommand::SelectAll:
            view->selectAll();
            break;
        }
    } else if (auto *line = qobject_cast<QLineEdit *>(focus)) {
        switch (command) {
        case EditCommand::Cut:
            line->cut();
            break;
        case EditCommand::Copy:
            line->copy();
            break;
        case EditCommand::Paste:
            line->paste();
            break;
        case EditCommand::Clear:
            line->del();
            break;
        case EditCommand::SelectAll:
            line->selectAll();
            break;
        }
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(focus)) {
        switch (command) {
        case EditCommand::Cut:
            text->cut();
            break;
        case EditCommand::Copy:
            text->copy();
            break;
        case EditCommand::Paste:
            text->paste();
            break;
        case EditCommand::Clear:
            text->textCursor().removeSelectedText();
            break;
        case EditCommand::SelectAll:
            text->selectAll();
            break;
        }
    } else if (auto *items = qobject_cast<QAbstractItemView *>(focus); items && command == EditCommand::SelectAll) {
        items->selectAll();
    }
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::Information, tr("About Nianbao"),
                    tr("<h3>Nianbao %1</h3><p>Prepares, checks, reviews and publishes the annual report on government "
                       "information disclosure in the national format.</p>")
                        .arg(QStringLiteral(NIANBAO_VERSION)),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.exec();
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Nianbao"), message);
}

} // namespace nb
