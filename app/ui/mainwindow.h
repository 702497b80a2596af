#pragma once

#include "consolidation.h"
#include "reviewrecords.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QTimer;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace nb {

class ReportDocument;
class ReportEditor;
class ReportListPage;
class ReportStore;
class ReviewPanel;
class StartPage;

// The application window: one report database at a time, its reports, and (with the forms) the
// report being edited.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database for an editing session, creating the file when asked. A refused file is left
    // as it was; lastError() says why, and the previous database stays open.
    bool openDatabase(const QString &path, bool create);
    QString lastError() const { return m_lastError; }
    const ReportStore *store() const { return m_store.get(); }
    // Adds a report JSON file to the open database.
    bool importReportFile(const QString &path);
    // Reads a published report (text or HTML), shows what was read and, when the clerk adds it, opens it.
    bool importPublishedReport(const QString &path);
    // Opens a report of the database in the editor (read-only when the database is).
    bool openReport(int reportId);
    // Starts a blank report in the open database and opens it. Contact details and custom headings
    // come from the agency's latest earlier report, when there is one.
    std::optional<int> createReport(const QString &agency, int year, const QString &formatId);
    // Many reports (mainwindowreports.cpp). The next year's report of the same agency, begun from this one.
    std::optional<int> createNextYearReport(int previousId);
    // 汇总 of these reports (one year), shown in its dialog; also returned for tests.
    // By default only the reports signed off with a valid, trusted signature are summed (the rest are
    // listed as left out); includeUnsigned sums them all.
    std::optional<Consolidation> consolidateReports(const QVector<int> &reportIds, bool includeUnsigned = false);
    bool exportTables(const QString &path);
    bool importTables(const QString &path);
    // What other sessions saved into the open report since it was last looked at (a shared server).
    void mergeOthersEdits();
    ReportListPage *reportList() const { return m_list; }
    void closeReport();
    ReportDocument *document() const { return m_document.get(); }
    ReportEditor *editor() const { return m_editor; }
    // Writes the open report as published: the format follows the file's suffix (.pdf, .html, .odt).
    bool publishReport(const QString &path);
    // Switches the interface language at once ("zh" or "en"), and remembers it.
    void setLanguage(const QString &language);

    // Who is working (mainwindowreview.cpp): a user of the open file — a clerk by name, a supervisor
    // with their password. Remembered per file. Until someone signs in, changes are recorded under
    // the computer's login name as a clerk.
    bool signIn(const QString &name, const QString &password);
    // Adds a user to the file and signs them in (vouch: an existing supervisor's name and password,
    // needed to add another supervisor).
    bool join(const User &user, const QString &password, const std::optional<std::pair<QString, QString>> &vouch);
    const User &user() const { return m_user; }
    bool hasSignedIn() const { return m_signedIn; }
    // The sign-in dialog: at start and from Review ▸ Switch User.
    void askWhoIsWorking();
    ReviewPanel *reviewPanel() const { return m_reviewPanel; }
    // What to do next (no database, or one without reports); View ▸ Start Page shows it any time.
    StartPage *startPage() const { return m_start; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    // A published report (PDF, web page, text) dropped on the window is imported as from the menu.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseNewDatabase();
    void chooseServer();
    void chooseTablesExport();
    void chooseTablesFile();
    void consolidate(const QVector<int> &reportIds);
    void setupReports();
    void chooseDatabase();
    void chooseReportFile();
    void choosePublishedFile();
    void openInteractively(const QString &path, bool create);
    void refreshReports();
    void rememberRecent(const QString &path);
    // Sets a setting only when it differs from what is stored (see the .cpp).
    static void keepSetting(const QString &key, const QVariant &value);
    void updateRecentMenu();
    void updateTitle();
    void showError(const QString &message);
    void chooseExportFile();
    void askNewReport();
    void choosePublishFile();
    void printReport(bool preview);
    void editAgencyDetails();
    void confirmSaved();
    void createUndoActions();
    // The actions, dock and banner that go with an open report, or with none.
    void showReportTools(bool reportOpen);
    void setupReview();
    // The review menu's step actions, each with the step it asks for.
    QVector<std::pair<QAction *, ReviewAction>> reviewStepActions() const;
    void restoreUser();
    void updateReviewActions();
    void showHistory();
    void reopenCurrent();
    void showBanner();
    // The start page when there is nothing to list, else the list of reports (no report open).
    void showHomePage(bool start = false);
    void setupEditAndHelp();
    // Edit ▸ Cut, Copy, Paste, Delete, Select All on whatever has the focus: a table, a text box, a cell.
    enum class EditCommand { Cut, Copy, Paste, Clear, SelectAll };
    void editFocused(EditCommand command);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ReportListPage *m_list = nullptr;
    StartPage *m_start = nullptr;
    bool m_startChosen = false; // View ▸ Start Page: stays until a report or database is opened
    std::unique_ptr<ReportStore> m_store;
    std::unique_ptr<ReportDocument> m_document; // declared after the store: destroyed before it
    ReportEditor *m_editor = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QString m_lastError;
    User m_user;
    bool m_signedIn = false;
    QString m_lockedBy; // another session holds the file: it is open read-only
    ReviewPanel *m_reviewPanel = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    QLabel *m_userLabel = nullptr;
    QTimer *m_mergeTimer = nullptr; // takes in other sessions' edits of the open report, checkpoints when idle
};

} // namespace nb
