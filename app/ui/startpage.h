#pragma once

#include "reportstore.h"

#include <QWidget>

#include <memory>

namespace Ui {
class StartPage;
}

class QCommandLinkButton;

namespace nb {

// What to do next, at a glance: shown when no database is open, or the open one holds no report yet
// (and from View ▸ Start Page). The buttons run the window's own actions; the lists open a recent
// report or database with one click.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);
    ~StartPage() override;

    // hasDatabase: the report buttons work only with a database open.
    void setState(bool hasDatabase, bool writable, const QStringList &recentFiles, const QVector<ReportSummary> &reports);
    QCommandLinkButton *newReportButton() const;
    QCommandLinkButton *fromPublishedButton() const;
    QCommandLinkButton *openDatabaseButton() const;
    QCommandLinkButton *newDatabaseButton() const;

signals:
    void fileActivated(const QString &path);
    void reportActivated(int reportId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    std::unique_ptr<Ui::StartPage> m_ui;
    QStringList m_recentFiles;
    QVector<ReportSummary> m_reports;
};

} // namespace nb
