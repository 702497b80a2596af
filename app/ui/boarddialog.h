#pragma once

#include "board.h"
#include "reviewrecords.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BoardDialog;
}

namespace nb {

class ReportStore;

// The collecting office's board for a year: every agency of the database with where its report stands
// (未开始, 填报中, 待审核, 退回, 已签发, 逾期), its error and warning counts and its dates. A supervisor
// sends a report under review back with a reason from here; 汇总 takes the signed reports and names
// the rest.
class BoardDialog : public QDialog
{
    Q_OBJECT

public:
    BoardDialog(ReportStore &store, const User &user, int year, QWidget *parent = nullptr);
    ~BoardDialog() override;

    void setYear(int year);
    const QVector<BoardRow> &rows() const { return m_rows; }
    // Sends the report of the row back with the reason: one under review is returned (退回), a signed one
    // reopened with the supervisor's password (its sign-off stays in the trail). The refusal, or "" when done.
    QString sendBack(int row, const QString &reason, const QString &password = QString());
    // What Send Back does for the row (Return, Reopen), or nothing; why: what it does or why it cannot.
    std::optional<ReviewAction> sendBackAction(int row, QString *why) const;
    // The ids of the signed reports of the year, and the rest as "agency (state)" lines.
    QVector<int> signedReportIds() const;
    QStringList notIncluded() const;
    QString summaryText() const;

signals:
    void consolidateRequested(const QVector<int> &reportIds);

private:
    void refresh();
    void askSendBack();
    void updateSendBack();
    int selectedRow() const; // index into m_rows, -1 when none

    std::unique_ptr<Ui::BoardDialog> m_ui;
    ReportStore &m_store;
    User m_user;
    QVector<BoardRow> m_rows;
};

} // namespace nb
