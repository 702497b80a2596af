#pragma once

#include "report.h"

#include <QString>
#include <QVector>

#include <optional>

namespace nb {

// One agency's report as it enters a consolidation, with what the summary must flag about it.
struct ConsolidationMember
{
    int reportId = 0;
    Report report;
    QString state;     // the review state's stored key ("draft", "signed", ...)
    int errors = 0;    // findings of the report's own rules
    int warnings = 0;

    bool isSigned() const { return state == QLatin1String("signed"); }
    bool isFlagged() const { return errors > 0 || !isSigned(); }
};

// A report a consolidation left out: by default every one not signed off with a signature that holds
// and a key that is trusted (issue 16, item 6). state: as the list shows it ("draft", "signature-invalid", ...).
struct LeftOutReport
{
    int reportId = 0;
    QString agency;
    QString state;
    QString reason; // for people: why it was not summed
};

// 汇总: several agencies' reports of one year summed cell by cell into one report of the same format,
// with every member's share of any cell kept for drill-down. The total is a Report, so the tables,
// the rules and every export read it like any other.
class Consolidation
{
public:
    // All members must share one year and one format; nullopt with the reason otherwise. The title: see
    // setTitle().
    static std::optional<Consolidation> of(QVector<ConsolidationMember> members, const QString &title, QString *error);

    const Report &total() const { return m_total; }
    const QVector<ConsolidationMember> &members() const { return m_members; }
    // The name the total goes under, in its tables and every export (“N 个机关” when empty).
    void setTitle(const QString &title);
    // The reports chosen but not summed, and why (they are in no share and no total).
    const QVector<LeftOutReport> &leftOut() const { return m_leftOut; }
    void setLeftOut(QVector<LeftOutReport> leftOut) { m_leftOut = std::move(leftOut); }

    struct Share
    {
        int member = -1;
        CellValue value;   // as the member entered it (blank, not applicable, or a number)
        qint64 number = 0; // what it adds to the total, in the total's unit
    };
    // Every member's share of a cell (a total's share is the member's own total), in member order.
    QVector<Share> shares(int cell) const;
    // A share as a table shows it, in the total's unit: "/" not applicable, "" blank, else the number.
    QString shareText(int cell, const Share &share) const;

private:
    explicit Consolidation(Report total) : m_total(std::move(total)) {}
    qint64 shareOf(const ConsolidationMember &member, int cell) const;

    Report m_total;
    QVector<ConsolidationMember> m_members;
    QVector<LeftOutReport> m_leftOut;
};

// How many of the smallest unit one unit is worth, for the amount units the formats name (元, 万元);
// 0 for a unit this version does not know.
qint64 unitFactor(const QString &unit);

} // namespace nb
