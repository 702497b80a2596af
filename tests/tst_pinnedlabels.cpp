#include "formatregistry.h"
#include "pdftestutil.h"
#include "reportbuilder.h"
#include "reportdocument.h"
#include "reportexport.h"
#include "reporttablemodel.h"
#include "translations.h"

#include <QApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace nb;

// Labels pinned by hand: every header cell of every table of both formats — captions, column headers
// and row labels, in reading order — written out below as the national format prints them, and compared
// with what the form shows (the editor's table model) and with the text of the published PDF. Not read
// from the format files: a label edited there by mistake (a dropped character, a swapped row) fails here.
class TestPinnedLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formShowsTheLabels_data();
    void formShowsTheLabels();
    void pdfPrintsTheLabels_data();
    void pdfPrintsTheLabels();

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_pdfText; // format id → the PDF's text, lines joined
    QHash<QString, qsizetype> m_pdfAt;  // format id → where the previous table's labels ended
};

namespace {

struct PinnedTable
{
    const char *format;
    const char *table;
    QStringList labels;
};

// Header cells of each table in reading order (row by row, left to right), as printed.
const QVector<PinnedTable> &pinned()
{
    static const QVector<PinnedTable> tables = {
        {"2019", "s2_1", {
             QStringLiteral("第二十条第（一）项"),
             QStringLiteral("信息内容"),
             QStringLiteral("本年新制作数量"),
             QStringLiteral("本年新公开数量"),
             QStringLiteral("对外公开总数量"),
             QStringLiteral("规章"),
             QStringLiteral("规范性文件")}},
        {"2019", "s2_5", {
             QStringLiteral("第二十条第（五）项"),
             QStringLiteral("信息内容"),
             QStringLiteral("上一年项目数量"),
             QStringLiteral("本年增/减"),
             QStringLiteral("处理决定数量"),
             QStringLiteral("行政许可"),
             QStringLiteral("其他对外管理服务事项")}},
        {"2019", "s2_6", {
             QStringLiteral("第二十条第（六）项"),
             QStringLiteral("信息内容"),
             QStringLiteral("上一年项目数量"),
             QStringLiteral("本年增/减"),
             QStringLiteral("处理决定数量"),
             QStringLiteral("行政处罚"),
             QStringLiteral("行政强制")}},
        {"2019", "s2_8", {
             QStringLiteral("第二十条第（八）项"),
             QStringLiteral("信息内容"),
             QStringLiteral("上一年项目数量"),
             QStringLiteral("本年增/减"),
             QStringLiteral("行政事业性收费")}},
        {"2019", "s2_9", {
             QStringLiteral("第二十条第（九）项"),
             QStringLiteral("信息内容"),
             QStringLiteral("采购项目数量"),
             QStringLiteral("采购总金额"),
             QStringLiteral("政府集中采购")}},
        {"2019", "s3", {
             QStringLiteral("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"),
             QStringLiteral("申请人情况"),
             QStringLiteral("自然人"),
             QStringLiteral("法人或其他组织"),
             QStringLiteral("总计"),
             QStringLiteral("商业企业"),
             QStringLiteral("科研机构"),
             QStringLiteral("社会公益组织"),
             QStringLiteral("法律服务机构"),
             QStringLiteral("其他"),
             QStringLiteral("一、本年新收政府信息公开申请数量"),
             QStringLiteral("二、上年结转政府信息公开申请数量"),
             QStringLiteral("三、本年度办理结果"),
             QStringLiteral("（一）予以公开"),
             QStringLiteral("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
             QStringLiteral("（三）不予公开"),
             QStringLiteral("1.属于国家秘密"),
             QStringLiteral("2.其他法律行政法规禁止公开"),
             QStringLiteral("3.危及“三安全一稳定”"),
             QStringLiteral("4.保护第三方合法权益"),
             QStringLiteral("5.属于三类内部事务信息"),
             QStringLiteral("6.属于四类过程性信息"),
             QStringLiteral("7.属于行政执法案卷"),
             QStringLiteral("8.属于行政查询事项"),
             QStringLiteral("（四）无法提供"),
             QStringLiteral("1.本机关不掌握相关政府信息"),
             QStringLiteral("2.没有现成信息需要另行制作"),
             QStringLiteral("3.补正后申请内容仍不明确"),
             QStringLiteral("（五）不予处理"),
             QStringLiteral("1.信访举报投诉类申请"),
             QStringLiteral("2.重复申请"),
             QStringLiteral("3.要求提供公开出版物"),
             QStringLiteral("4.无正当理由大量反复申请"),
             QStringLiteral("5.要求行政机关确认或重新出具已获取信息"),
             QStringLiteral("（六）其他处理"),
             QStringLiteral("（七）总计"),
             QStringLiteral("四、结转下年度继续办理")}},
        {"2019", "s4", {
             QStringLiteral("行政复议"),
             QStringLiteral("行政诉讼"),
             QStringLiteral("结果维持"),
             QStringLiteral("结果纠正"),
             QStringLiteral("其他结果"),
             QStringLiteral("尚未审结"),
             QStringLiteral("总计"),
             QStringLiteral("未经复议直接起诉"),
             QStringLiteral("复议后起诉"),
             QStringLiteral("结果维持"),
             QStringLiteral("结果纠正"),
             QStringLiteral("其他结果"),
             QStringLiteral("尚未审结"),
             QStringLiteral("总计"),
             QStringLiteral("结果维持"),
             QStringLiteral("结果纠正"),
             QStringLiteral("其他结果"),
             QStringLiteral("尚未审结"),
             QStringLiteral("总计")}},
        {"2021", "s2_1", {
             QStringLiteral("第二十条第（一）项"),
             QStringLiteral("信息内容"),
             QStringLiteral("本年制发件数"),
             QStringLiteral("本年废止件数"),
             QStringLiteral("现行有效件数"),
             QStringLiteral("规章"),
             QStringLiteral("行政规范性文件")}},
        {"2021", "s2_5", {
             QStringLiteral("第二十条第（五）项"),
             QStringLiteral("信息内容"),
             QStringLiteral("本年处理决定数量"),
             QStringLiteral("行政许可")}},
        {"2021", "s2_6", {
             QStringLiteral("第二十条第（六）项"),
             QStringLiteral("信息内容"),
             QStringLiteral("本年处理决定数量"),
             QStringLiteral("行政处罚"),
             QStringLiteral("行政强制")}},
        {"2021", "s2_8", {
             QStringLiteral("第二十条第（八）项"),
             QStringLiteral("信息内容"),
             QStringLiteral("本年收费金额（单位：万元）"),
             QStringLiteral("行政事业性收费")}},
        {"2021", "s3", {
             QStringLiteral("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"),
             QStringLiteral("申请人情况"),
             QStringLiteral("自然人"),
             QStringLiteral("法人或其他组织"),
             QStringLiteral("总计"),
             QStringLiteral("商业企业"),
             QStringLiteral("科研机构"),
             QStringLiteral("社会公益组织"),
             QStringLiteral("法律服务机构"),
             QStringLiteral("其他"),
             QStringLiteral("一、本年新收政府信息公开申请数量"),
             QStringLiteral("二、上年结转政府信息公开申请数量"),
             QStringLiteral("三、本年度办理结果"),
             QStringLiteral("（一）予以公开"),
             QStringLiteral("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
             QStringLiteral("（三）不予公开"),
             QStringLiteral("1.属于国家秘密"),
             QStringLiteral("2.其他法律行政法规禁止公开"),
             QStringLiteral("3.危及“三安全一稳定”"),
             QStringLiteral("4.保护第三方合法权益"),
             QStringLiteral("5.属于三类内部事务信息"),
             QStringLiteral("6.属于四类过程性信息"),
             QStringLiteral("7.属于行政执法案卷"),
             QStringLiteral("8.属于行政查询事项"),
             QStringLiteral("（四）无法提供"),
             QStringLiteral("1.本机关不掌握相关政府信息"),
             QStringLiteral("2.没有现成信息需要另行制作"),
             QStringLiteral("3.补正后申请内容仍不明确"),
             QStringLiteral("（五）不予处理"),
             QStringLiteral("1.信访举报投诉类申请"),
             QStringLiteral("2.重复申请"),
             QStringLiteral("3.要求提供公开出版物"),
             QStringLiteral("4.无正当理由大量反复申请"),
             QStringLiteral("5.要求行政机关确认或重新出具已获取信息"),
             QStringLiteral("（六）其他处理"),
             QStringLiteral("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
             QStringLiteral("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
             QStringLiteral("3.其他"),
             QStringLiteral("（七）总计"),
             QStringLiteral("四、结转下年度继续办理")}},
        {"2021", "s4", {
             QStringLiteral("行政复议"),
             QStringLiteral("行政诉讼"),
             QStringLiteral("结果维持"),
             QStringLiteral("结果纠正"),
             QStringLiteral("其他结果"),
             QStringLiteral("尚未审结"),
             QStringLiteral("总计"),
             QStringLiteral("未经复议直接起诉"),
             QStringLiteral("复议后起诉"),
             QStringLiteral("结果维持"),
             QStringLiteral("结果纠正"),
             QStringLiteral("其他结果"),
             QStringLiteral("尚未审结"),
             QStringLiteral("总计"),
             QStringLiteral("结果维持"),
             QStringLiteral("结果纠正"),
             QStringLiteral("其他结果"),
             QStringLiteral("尚未审结"),
             QStringLiteral("总计")}},
    };
    return tables;
}

// The header texts a table model shows, in reading order.
QStringList formLabels(ReportDocument &document, const TableDef &table)
{
    ReportTableModel model(&document, table);
    QStringList labels;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            if (model.cellAt(row, column) >= 0)
                continue;
            const QString text = model.data(model.index(row, column), Qt::DisplayRole).toString();
            if (!text.isEmpty())
                labels << text;
        }
    }
    return labels;
}

} // namespace

void TestPinnedLabels::initTestCase()
{
    installTranslations(QCoreApplication::instance(), Language::Chinese);
    QCOMPARE(currentLanguage(), Language::Chinese);
    for (const QString &formatId : {QStringLiteral("2019"), QStringLiteral("2021")}) {
        const QString path = m_dir.filePath(formatId + QStringLiteral(".pdf"));
        QString error;
        QVERIFY2(exportReport(fullReport(formatId), ExportFormat::Pdf, path, PublishOptions{}, &error), qPrintable(error));
        m_pdfText.insert(formatId, joinedPdfText(path));
        QVERIFY2(!m_pdfText.value(formatId).isEmpty(), "pdftotext (poppler-utils) gave nothing");
    }
}

void TestPinnedLabels::formShowsTheLabels_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("labels");
    for (const PinnedTable &t : pinned())
        QTest::addRow("%s %s", t.format, t.table) << QString::fromLatin1(t.format) << QString::fromLatin1(t.table) << t.labels;
}

void TestPinnedLabels::formShowsTheLabels()
{
    QFETCH(QString, format);
    QFETCH(QString, table);
    QFETCH(QStringList, labels);
    ReportDocument document(fullReport(format), nullptr, 0, QStringLiteral("test"));
    const TableDef *def = document.format().table(table);
    QVERIFY2(def, qPrintable(table));
    QCOMPARE(formLabels(document, *def), labels);
}

void TestPinnedLabels::pdfPrintsTheLabels_data()
{
    formShowsTheLabels_data();
}

void TestPinnedLabels::pdfPrintsTheLabels()
{
    QFETCH(QString, format);
    QFETCH(QString, table);
    QFETCH(QStringList, labels);
    const QString &text = m_pdfText[format];
    // Tables in the order of the document, each from its first label on; within a table every label is
    // there after that point. (Not in strict reading order: a table that crosses a page prints a tall row
    // group label such as 三、本年度办理结果 with its rows on the next page.)
    const qsizetype start = text.indexOf(labels.first(), m_pdfAt.value(format));
    QVERIFY2(start >= 0, qPrintable(QStringLiteral("“%1” not found after position %2").arg(labels.first()).arg(m_pdfAt.value(format))));
    for (const QString &label : std::as_const(labels)) {
        // A label that wraps in a narrow column is joined without a space by pdftotext, as written.
        const QString printed = QString(label).remove(QLatin1Char('\n'));
        QVERIFY2(text.indexOf(printed, start) >= 0, qPrintable(QStringLiteral("“%1” not found after position %2").arg(printed).arg(start)));
    }
    const qsizetype at = start + 1;
    m_pdfAt[format] = at;
    // Every table is checked; a table pinned for neither format would be an untested one.
    const auto definition = FormatRegistry::builtin().format(format);
    int tables = 0;
    for (const PinnedTable &t : pinned())
        tables += QLatin1String(t.format) == format;
    QCOMPARE(tables, int(definition->tables().size()));
}

QTEST_MAIN(TestPinnedLabels)
#include "tst_pinnedlabels.moc"
