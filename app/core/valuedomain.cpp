#include "valuedomain.h"

#include "formatdefinition.h"

namespace nb {

qint64 maximumFor(ValueKind kind)
{
    return kind == ValueKind::Amount ? MaxAmount : MaxCount;
}

DomainProblem domainProblem(const CellValue &value, const CellDef &cell)
{
    if (value.isNotApplicable())
        return cell.notApplicableAllowed ? DomainProblem::None : DomainProblem::NotApplicable;
    const qint64 n = value.numberOrZero();
    if (n < 0 && cell.kind != ValueKind::Change)
        return DomainProblem::Negative;
    const qint64 limit = maximumFor(cell.kind);
    if (n > limit || n < -limit)
        return DomainProblem::TooLarge;
    return DomainProblem::None;
}

QString domainProblemKey(DomainProblem problem)
{
    switch (problem) {
    case DomainProblem::Negative:
        return QStringLiteral("negative");
    case DomainProblem::TooLarge:
        return QStringLiteral("tooLarge");
    case DomainProblem::NotApplicable:
        return QStringLiteral("notApplicable");
    case DomainProblem::None:
        break;
    }
    return QString();
}

} // namespace nb
