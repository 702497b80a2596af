#include "changelog.h"

namespace nb {

namespace {

struct KindName
{
    ChangeKind kind;
    const char *name;
};

const KindName kindNames[] = {
    {ChangeKind::Cell, "cell"},       {ChangeKind::Narrative, "narrative"}, {ChangeKind::Heading, "heading"},
    {ChangeKind::Unit, "unit"},       {ChangeKind::Details, "details"},     {ChangeKind::Report, "report"},
};

} // namespace

QString changeKindName(ChangeKind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return QString();
}

ChangeKind changeKindFromName(const QString &name)
{
    for (const KindName &entry : kindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return ChangeKind::Unknown;
}

QVariant changeLogValue(const CellValue &value)
{
    if (value.isBlank())
        return QVariant();
    if (value.isNotApplicable())
        return QStringLiteral("/");
    return QString::number(value.numberOrZero());
}

CellValue cellValueFromChangeLog(const QString &text)
{
    if (text.isEmpty())
        return CellValue();
    if (text == QLatin1String("/"))
        return CellValue::notApplicable();
    return CellValue::number(text.toLongLong());
}

} // namespace nb
