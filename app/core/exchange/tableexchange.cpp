#include "tableexchange.h"

#include "consolidation.h"
#include "csv.h"
#include "inputlimits.h"
#include "reviewflow.h"
#include "xlsxfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TableExchange)
};

QVector<QStringList> textsOf(const QVector<SheetRow> &sheet)
{
    QVector<QStringList> rows;
    rows.reserve(sheet.size());
    for (const SheetRow &row : sheet) {
        QStringList texts;
        for (const SheetCell &cell : row)
            texts << cell.text;
        rows << texts;
    }
    return rows;
}

bool isXlsx(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

bool writeCsvFile(const QString &path, const QVector<SheetRow> &sheet, QString *error)
{
    const QByteArray bytes = writeCsv(textsOf(sheet));
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace

bool exportTables(const Report &report, const QString &path, QString *error)
{
    const QVector<SheetRow> sheet = reportSheet(report);
    return isXlsx(path) ? writeXlsx(path, {{QStringLiteral("%1年").arg(report.year()), sheet}}, error)
                        : writeCsvFile(path, sheet, error);
}

QVector<SheetRow> memberSheet(const Consolidation &consolidation)
{
    const FormatDefinition &format = consolidation.total().format();
    QVector<SheetRow> rows;
    SheetRow headers{{QStringLiteral("机关")}, {QStringLiteral("状态")}, {QStringLiteral("错误")}, {QStringLiteral("警告")}};
    for (int cell = 0; cell < format.cellCount(); ++cell) {
        const bool unitChosen = format.cell(cell).units.size() > 1;
        headers.append({format.cellLabel(cell, Language::Chinese)
                        + (unitChosen ? QStringLiteral("（%1）").arg(consolidation.total().unit(cell)) : QString())});
    }
    for (SheetCell &header : headers)
        header.header = true;
    rows << headers;
    QVector<QVector<Consolidation::Share>> shares;
    for (int cell = 0; cell < format.cellCount(); ++cell)
        shares << consolidation.shares(cell);
    for (int m = 0; m < consolidation.members().size(); ++m) {
        const ConsolidationMember &member = consolidation.members().at(m);
        const std::optional<ReportState> state = stateFromId(member.state);
        SheetRow row{{member.report.agency().name}, {state ? stateName(*state) : member.state},
                     {QString::number(member.errors)}, {QString::number(member.warnings)}};
        // In the total's unit (an amount given in 元 by one agency and 万元 by another reads alike).
        for (int cell = 0; cell < format.cellCount(); ++cell)
            row.append({consolidation.shareText(cell, shares[cell][m]), cell});
        rows << row;
    }
    return rows;
}

bool exportConsolidation(const Consolidation &consolidation, const QString &path, QString *error)
{
    const QVector<SheetRow> total = reportSheet(consolidation.total());
    const QVector<SheetRow> members = memberSheet(consolidation);
    if (isXlsx(path))
        return writeXlsx(path, {{QStringLiteral("汇总"), total}, {QStringLiteral("各机关"), members}}, error);
    QVector<SheetRow> sheet = total;
    sheet << SheetRow() << SheetRow{{QStringLiteral("各机关明细"), -1, 1, 1, true}} << members;
    return writeCsvFile(path, sheet, error);
}

SheetImport importTablesFile(const QString &path)
{
    SheetImport result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Text::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    if (isXlsx(path)) {
        result.error = Text::tr("an .xlsx workbook cannot be read back; save the sheet as CSV (UTF-8) and import that");
        return result;
    }
    QString error = limits::fileSizeProblem(path, limits::MaxTextFileBytes);
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    const QVector<QStringList> rows = readCsv(file.readAll(), &error);
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    return readReportSheet(rows);
}

} // namespace nb
