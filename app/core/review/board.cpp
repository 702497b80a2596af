#include "board.h"

#include "formatregistry.h"
#include "reportstore.h"

#include <QCoreApplication>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Board)
};

} // namespace

QString boardStateId(BoardState state)
{
    static const char *const ids[] = {"not_started", "drafting", "submitted", "returned", "signed", "overdue"};
    return QString::fromLatin1(ids[int(state)]);
}

QString boardStateName(BoardState state)
{
    switch (state) {
    case BoardState::NotStarted:
        return Text::tr("Not started");
    case BoardState::Drafting:
        return Text::tr("Drafting");
    case BoardState::Submitted:
        return Text::tr("Awaiting review");
    case BoardState::Returned:
        return Text::tr("Returned");
    case BoardState::Signed:
        return Text::tr("Signed off");
    case BoardState::Overdue:
        return Text::tr("Overdue");
    }
    return QString();
}

QDate statutoryDeadline(const FormatDefinition &format, int year, const QString &agencyKind)
{
    for (const RuleInstance &rule : format.ruleInstances()) {
        if (rule.kind != RuleInstance::Kind::Deadline)
            continue;
        const QString kind = rule.deadlines.contains(agencyKind) ? agencyKind : rule.defaultKind;
        const QPair<int, int> day = rule.deadlines.value(kind);
        return QDate(year + 1, day.first, day.second);
    }
    return QDate();
}

BoardState boardState(const std::optional<ReportState> &reviewState, const QDate &deadline, const QDate &today)
{
    if (reviewState == ReportState::Signed)
        return BoardState::Signed;
    if (deadline.isValid() && today > deadline)
        return BoardState::Overdue;
    if (!reviewState)
        return BoardState::NotStarted;
    switch (*reviewState) {
    case ReportState::Draft:
        return BoardState::Drafting;
    case ReportState::Submitted:
        return BoardState::Submitted;
    case ReportState::Returned:
        return BoardState::Returned;
    case ReportState::Signed:
        break;
    }
    return BoardState::Signed;
}

QVector<BoardRow> collectBoard(const ReportStore &store, int year, const QDate &today, QString *error)
{
    QVector<BoardRow> rows = store.boardRows(year, error);
    const auto format = FormatRegistry::builtin().formatForYear(year);
    for (BoardRow &row : rows) {
        row.deadline = format ? statutoryDeadline(*format, year, row.agencyKind) : QDate();
        row.state = boardState(row.reviewState, row.deadline, today);
    }
    return rows;
}

} // namespace nb
