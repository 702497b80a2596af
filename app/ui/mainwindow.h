#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace nb {

class ReportListPage;
class ReportStore;

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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseNewDatabase();
    void chooseDatabase();
    void chooseReportFile();
    void openInteractively(const QString &path, bool create);
    void refreshReports();
    void rememberRecent(const QString &path);
    void updateRecentMenu();
    void updateTitle();
    void showError(const QString &message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    ReportListPage *m_list = nullptr;
    std::unique_ptr<ReportStore> m_store;
    QString m_lastError;
};

} // namespace nb
