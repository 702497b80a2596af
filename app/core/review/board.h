#pragma once

#include "reviewflow.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace nb {

class FormatDefinition;
class ReportStore;

// Where an agency's report for a year stands, as the collecting office reads its board. Overdue:
// past the statutory deadline (条例 第四十九条, R17 of the format) and not signed.
enum class BoardState { NotStarted, Drafting, Submitted, Returned, Signed, Overdue };

QString boardStateId(BoardState state);   // not_started, drafting, submitted, returned, signed, overdue
QString boardStateName(BoardState state); // 未开始, 填报中, 待审核, 退回, 已签发, 逾期

// One agency of the database on the board of a year. reportId 0: no report for that year yet.
struct BoardRow
{
    QString agency;
    QString agencyKind; // department, government, or "" (taken as the format's default kind)
    int reportId = 0;
    std::optional<ReportState> reviewState;
    int errors = -1; // as of the report's last check; -1 not checked (or no report)
    int warnings = -1;
    QDate reportDate;  // the 落款 date
    QDateTime updated;
    QDateTime submitted; // latest submission
    QDateTime signedOff; // latest sign-off, when signed
    QString returnReason; // the latest return's reason, while returned
    QDate deadline;
    BoardState state = BoardState::NotStarted;
};

// The statutory deadline of a year's report of an agency of that kind, as the format's deadline rule
// (kind "deadline") says; invalid when the format has none.
QDate statutoryDeadline(const FormatDefinition &format, int year, const QString &agencyKind);

// The state a row shows: overdue wins over every state but signed.
BoardState boardState(const std::optional<ReportState> &reviewState, const QDate &deadline, const QDate &today);

// Every agency of the database with its report of the year (ReportStore::boardRows), states judged
// against today.
QVector<BoardRow> collectBoard(const ReportStore &store, int year, const QDate &today, QString *error);

} // namespace nb
