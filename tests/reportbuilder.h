#pragma once

#include "formatregistry.h"
#include "report.h"

#include <QDate>
#include <QStringList>

// Builds a report from "key=value; key=value" for rule tables: "/" is not applicable, other values
// are whole numbers (amounts in their unit).
inline nb::Report reportFrom(const QString &formatId, int year, const QString &cells)
{
    nb::Report report(nb::FormatRegistry::builtin().format(formatId));
    report.setYear(year);
    for (const QString &assignment : cells.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = assignment.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = assignment.section(QLatin1Char('='), 1).trimmed();
        const int cell = report.format().indexOf(QStringLiteral("s") + key);
        // A mistyped key is a mistake in the test itself; Q_ASSERT would vanish from a release build and
        // let the write below go out of bounds, so stop here whatever the build.
        if (cell < 0)
            qFatal("reportFrom: no cell s%s in format %s", qPrintable(key), qPrintable(formatId));
        const qint64 scale = report.format().cell(cell).kind == nb::ValueKind::Amount ? nb::AmountScale : 1;
        report.setValue(cell, value == QLatin1String("/") ? nb::CellValue::notApplicable()
                                                          : nb::CellValue::number(value.toLongLong() * scale));
    }
    return report;
}

// What a clerk does before submitting, so that the checks made only then (R15 empty sections, R16
// blank cells) have nothing to say: every blank input cell becomes 0, and 一, 五 and 六 are written.
inline void fillForSubmission(nb::Report &report)
{
    for (int i = 0; i < report.format().cellCount(); ++i) {
        if (!report.format().cell(i).isComputed() && report.value(i).isBlank())
            report.setValue(i, nb::CellValue::number(0));
    }
    report.setNarrative(QStringLiteral("s1"), QStringLiteral("本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作，"
                                                             "持续推进决策、执行、管理、服务、结果公开，加强政策解读与回应。"));
    report.setNarrative(QStringLiteral("s5"), QStringLiteral("公开内容不够全面，解读形式较为单一；下一步将完善制度，丰富解读形式。"));
    report.setNarrative(QStringLiteral("s6"), QStringLiteral("无。"));
}

// An empty report of an agency, as a clerk starts one.
inline nb::Report blankReport(const QString &formatId, int year, const QString &agency)
{
    nb::Report report = reportFrom(formatId, year, QString());
    report.setAgency({agency, {}, {}, {}, {}, {}, {}, {}});
    return report;
}

// A report with every cell filled (not applicable where allowed), every field and awkward text.
inline nb::Report fullReport(const QString &formatId)
{
    using namespace nb;
    Report report(FormatRegistry::builtin().format(formatId));
    report.setYear(formatId == QLatin1String("2019") ? 2020 : 2023);
    report.setDate(QDate(2024, 1, 31));
    report.setAgency({QStringLiteral("某某市某某局"), QStringLiteral("局办公室"), QStringLiteral("某某路1号"), QStringLiteral("325000"),
                      QStringLiteral("0577-1234567"), QStringLiteral("0577-7654321"), QStringLiteral("gk@example.gov.cn"),
                      QStringLiteral("http://www.example.gov.cn")});
    report.setAgencyKind(QStringLiteral("government"));
    report.setNarrative(QStringLiteral("intro"), QStringLiteral("根据《条例》，特向社会公布。\n第二段\u3000带全角空格、“引号”和 \"ASCII\" 引号"));
    report.setNarrative(QStringLiteral("s1"), QStringLiteral("2019年，我局主动公开政府信息2119条。\n\n空行之后 ✓ \\ 反斜杠\t制表符"));
    report.setNarrative(QStringLiteral("s6"), QStringLiteral("收取信息处理费 0 元。"));
    report.setHeading(QStringLiteral("s5"), QStringLiteral("五、下一步措施"));
    report.setZerosBlank(true);
    for (int i = 0; i < report.format().cellCount(); ++i) {
        const CellDef &cell = report.format().cell(i);
        if (cell.notApplicableAllowed && i % 2 == 0)
            report.setValue(i, CellValue::notApplicable());
        else if (cell.kind == ValueKind::Change)
            report.setValue(i, CellValue::number(i % 3 - 1));
        else if (cell.kind == ValueKind::Amount) {
            report.setValue(i, CellValue::number(123456789));
            report.setUnit(i, cell.units.last());
        } else
            report.setValue(i, CellValue::number(i * 7 % 50));
    }
    return report;
}

// Every computed total back to computing itself, as a clerk's report has them.
inline void clearTotals(nb::Report &report)
{
    for (int i = 0; i < report.format().cellCount(); ++i) {
        if (report.format().cell(i).isComputed())
            report.setValue(i, nb::CellValue());
    }
}
