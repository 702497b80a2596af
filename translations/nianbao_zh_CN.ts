<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgencyDetailsDialog</name>
    <message>
        <source>Agency Details</source>
        <translation>机关信息</translation>
    </message>
    <message>
        <source>Contact &amp;office:</source>
        <translation>联系部门(&amp;O)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>邮编(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>传真(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>Print zeros as empty cells in the published report</source>
        <translation>发布的报告中数值为 0 的单元格留空</translation>
    </message>
    <message>
        <source>Date under the &amp;report:</source>
        <translation>落款日期(&amp;R)：</translation>
    </message>
    <message>
        <source>The date printed under the report, after the agency&apos;s name. Left unticked, the report has no date until it is signed off, when the supervisor gives it.</source>
        <translation>报告末尾机关名称下方的落款日期。不勾选则暂无日期，由审核人签发时填写。</translation>
    </message>
    <message>
        <source>&amp;Kind of agency:</source>
        <translation>机关类别(&amp;K)：</translation>
    </message>
    <message>
        <source>Decides the statutory deadline (Regulations on Open Government Information, art. 49)</source>
        <translation>决定法定公布期限（《政府信息公开条例》第四十九条）</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>填报中</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已签发</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>BoardDialog</name>
    <message>
        <source>Collection Board</source>
        <translation>汇总进度</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Send Back…</source>
        <translation>退回(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Consolidate the Signed Reports</source>
        <translation>汇总已签发的报告(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check a report file</source>
        <translation>检查报告文件</translation>
    </message>
    <message>
        <source>cannot read the report: %1</source>
        <translation>无法读取报告：%1</translation>
    </message>
    <message>
        <source>cannot read last year&apos;s report: %1</source>
        <translation>无法读取上一年度的报告：%1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <source>the report, as a Nianbao JSON file (several for a batch)</source>
        <translation>报告（年报填报 JSON 文件，可列多个批量检查）</translation>
    </message>
    <message>
        <source>last year&apos;s report, for the cross-year rules (R6, R7, R9) and the plausibility checks R12–R14 (one report only)</source>
        <translation>上一年度报告，用于跨年度规则（R6、R7、R9）和合理性检查 R12–R14（仅限一份报告）</translation>
    </message>
    <message>
        <source>output: text (one finding a line), json or csv</source>
        <translation>输出格式：text（每行一条）、json 或 csv</translation>
    </message>
    <message>
        <source>also the checks made at submission (blank cells R16, empty sections R15)</source>
        <translation>同时进行报送时的检查（空白格 R16、空白部分 R15）</translation>
    </message>
    <message>
        <source>the sign-off date, for the timeliness rule R17</source>
        <translation>签发日期，用于时效规则 R17</translation>
    </message>
    <message>
        <source>usage: nianbao check REPORT.json... [--previous LAST_YEAR.json] [--format text|json|csv]</source>
        <translation>用法：nianbao check REPORT.json... [--previous LAST_YEAR.json] [--format text|json|csv]</translation>
    </message>
    <message>
        <source>unknown output format “%1”: use text, json or csv</source>
        <translation>未知的输出格式“%1”：请用 text、json 或 csv</translation>
    </message>
    <message>
        <source>--previous goes with one report; check several reports without it</source>
        <translation>--previous 只能配合一份报告使用；批量检查时请不要加</translation>
    </message>
    <message>
        <source>--signed expects a date as YYYY-MM-DD, found “%1”</source>
        <translation>--signed 需要 YYYY-MM-DD 格式的日期，实为“%1”</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>check a report file against the rules of its format</source>
        <translation>按报告所用格式的规则检查报告文件</translation>
    </message>
    <message>
        <source>Nianbao prepares the annual government information disclosure report.
Without a command it starts the application.

Commands:</source>
        <translation>年报填报：编制政府信息公开工作年度报告。
不带命令时启动图形界面。

命令：</translation>
    </message>
    <message>
        <source>language of messages: zh or en</source>
        <translation>提示信息的语言：zh（中文）或 en（英文）</translation>
    </message>
    <message>
        <source>the command to run</source>
        <translation>要执行的命令</translation>
    </message>
    <message>
        <source>add a report file to a database</source>
        <translation>将报告文件加入数据库</translation>
    </message>
    <message>
        <source>write a report from a database as a JSON file</source>
        <translation>将数据库中的报告写成 JSON 文件</translation>
    </message>
    <message>
        <source>print the reports in a database</source>
        <translation>列出数据库中的报告</translation>
    </message>
    <message>
        <source>write a report&apos;s tables from a database as Excel or CSV</source>
        <translation>将数据库中报告的表格写成 Excel 或 CSV</translation>
    </message>
    <message>
        <source>add a report to a database from a filled CSV sheet</source>
        <translation>从填好的 CSV 表格向数据库添加报告</translation>
    </message>
    <message>
        <source>sum reports of one year (汇总) to Excel, CSV, PDF or HTML</source>
        <translation>汇总同一年度的报告，写成 Excel、CSV、PDF 或 HTML</translation>
    </message>
    <message>
        <source>read a published report (PDF, HTML or text) and check it</source>
        <translation>读取已发布的报告（PDF、HTML 或文本）并检查</translation>
    </message>
    <message>
        <source>check every published report in a folder</source>
        <translation>检查文件夹中的每份已发布报告</translation>
    </message>
    <message>
        <source>say who signed a report, with which key, and whether it holds</source>
        <translation>显示报告由谁、用哪个密钥签发，签名是否有效</translation>
    </message>
    <message>
        <source>nianbao: unknown command “%1”.</source>
        <translation>nianbao：未知命令“%1”。</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>您是否要输入“%1”？</translation>
    </message>
    <message>
        <source>“nianbao --help” lists the commands.</source>
        <translation>运行“nianbao --help”可查看全部命令。</translation>
    </message>
    <message>
        <source>also trust the supervisors&apos; keys listed in this file (one &quot;fingerprint name&quot; a line)</source>
        <translation>同时信任此文件所列审核人密钥（每行“指纹 姓名”）</translation>
    </message>
    <message>
        <source>the report database to open (a file, or postgresql://user@host/database)</source>
        <translation>要打开的报告数据库（文件，或 postgresql://用户@主机/数据库）</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>the report to open, by its number in the list</source>
        <translation>要打开的报告（列表中的编号）</translation>
    </message>
    <message>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>who is working (a clerk of the file; a supervisor is asked for the password)</source>
        <translation>当前使用者（此文件的填报人；审核人需输入密码）</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>the report database to open (the same as --db)</source>
        <translation>要打开的报告数据库（同 --db）</translation>
    </message>
    <message>
        <source>write the published report as PDF, HTML, ODT or Word (.docx)</source>
        <translation>将发布版报告写成 PDF、HTML、ODT 或 Word（.docx）</translation>
    </message>
</context>
<context>
    <name>Consolidation</name>
    <message>
        <source>no reports were chosen</source>
        <translation>没有选择报告</translation>
    </message>
    <message>
        <source>%1&apos;s report is of %2 (%3), the others of %4 (%5): only reports of one year are summed</source>
        <translation>%1 的报告是 %2 年度（%3 格式），其他报告是 %4 年度（%5 格式）：只能汇总同一年度的报告</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies</source>
        <translation>
            <numerusform>%n 个机关</numerusform>
        </translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation>未签发</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n report(s) chosen is signed off with a valid signature by a trusted supervisor; include the reports not signed off to sum them anyway</source>
        <translation>
            <numerusform>所选的 %n 份报告均未经受信任的审核人有效签发；如仍要汇总，请选择包括未签发的报告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsolidationDialog</name>
    <message>
        <source>Consolidation</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Select a cell to see each agency&apos;s share of it.</source>
        <translation>选择一个单元格，查看各机关在其中的数值。</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Reports summed</source>
        <translation>参与汇总的报告</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Export PDF or Web Page…</source>
        <translation>导出 PDF 或网页…</translation>
    </message>
    <message>
        <source>Export CSV or Excel…</source>
        <translation>导出 CSV 或 Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Title of the summary:</source>
        <translation>汇总名称(&amp;T)：</translation>
    </message>
    <message>
        <source>The name the summed report goes under in its tables and exports, e.g. the city or county</source>
        <translation>汇总报告在表格和导出文件中使用的名称，如市或县的名称</translation>
    </message>
    <message>
        <source>&amp;Include reports not signed off</source>
        <translation>包括未签发的报告(&amp;I)</translation>
    </message>
    <message>
        <source>By default only reports signed off with a valid signature by a trusted supervisor are summed; the others are listed as left out</source>
        <translation>默认只汇总经受信任的审核人有效签发的报告；其余报告列为未纳入</translation>
    </message>
    <message>
        <source>Reports left out</source>
        <translation>未纳入的报告</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file ends inside a quoted field (line %1): it is cut short or not CSV</source>
        <translation>文件在引号内结束（第 %1 行）：文件不完整或不是 CSV</translation>
    </message>
    <message>
        <source>line %1 has more than %2 fields: this is not a report&apos;s sheet</source>
        <translation>第 %1 行超过 %2 个字段：这不是年报表格</translation>
    </message>
    <message>
        <source>the file has more than %1 lines: this is not a report&apos;s sheet</source>
        <translation>文件超过 %1 行：这不是年报表格</translation>
    </message>
</context>
<context>
    <name>DocxExport</name>
    <message>
        <source>cannot make the Word document (%1): %2</source>
        <translation>无法生成 Word 文档（%1）：%2</translation>
    </message>
</context>
<context>
    <name>DocxSource</name>
    <message>
        <source>%1 cannot be opened as a Word document (.docx): %2</source>
        <translation>%1 无法作为 Word 文档（.docx）打开：%2</translation>
    </message>
    <message>
        <source>%1 is a zipped file but not a Word document (it has no word/document.xml); save the report as .docx or PDF</source>
        <translation>%1 是压缩文件，但不是 Word 文档（没有 word/document.xml）；请将报告另存为 .docx 或 PDF</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB of text, which no report needs: it is damaged or built to fill the disk (a “zip bomb”), and is not read</source>
        <translation>%1 解压后超过 %2 MB 文本，任何报告都不需要这么多：文件已损坏或是为占满磁盘而构造的（“压缩炸弹”），不予读取</translation>
    </message>
    <message>
        <source>%1: the Word document&apos;s text cannot be unpacked: %2</source>
        <translation>%1：无法解压该 Word 文档的文字：%2</translation>
    </message>
    <message>
        <source>%1: the Word document&apos;s text is damaged (%2)</source>
        <translation>%1：该 Word 文档的文字已损坏（%2）</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Figure Entry</source>
        <translation>输入数字</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>输入文字</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>write the published report</source>
        <translation>写出发布版报告</translation>
    </message>
    <message>
        <source>the report, as a Nianbao JSON file (or use --db and --report)</source>
        <translation>报告（年报填报 JSON 文件，或用 --db 与 --report）</translation>
    </message>
    <message>
        <source>write a PDF</source>
        <translation>写出 PDF</translation>
    </message>
    <message>
        <source>write one self-contained HTML file</source>
        <translation>写出一个独立的 HTML 文件</translation>
    </message>
    <message>
        <source>write an OpenDocument text file</source>
        <translation>写出 OpenDocument 文本文件</translation>
    </message>
    <message>
        <source>cannot read the report: %1</source>
        <translation>无法读取报告：%1</translation>
    </message>
    <message>
        <source>the report has errors; run nianbao check for the list</source>
        <translation>报告有错误；运行 nianbao check 查看详情</translation>
    </message>
    <message>
        <source>print zeros as empty cells (whatever the report&apos;s setting)</source>
        <translation>数值为 0 的单元格留空（不论报告本身的设置）</translation>
    </message>
    <message>
        <source>warning: the signer is not trusted (%1); the report is exported as a draft</source>
        <translation>警告：签名人不受信任（%1），报告按草稿导出</translation>
    </message>
    <message>
        <source>warning: signature invalid (%1); the report is exported as a draft</source>
        <translation>警告：签名无效（%1），报告按草稿导出</translation>
    </message>
    <message>
        <source>write a Word document (.docx)</source>
        <translation>写出 Word 文档（.docx）</translation>
    </message>
    <message>
        <source>usage: nianbao export REPORT.json --pdf OUT.pdf [--html OUT.html] [--odt OUT.odt] [--docx OUT.docx]</source>
        <translation>用法：nianbao export REPORT.json --pdf OUT.pdf [--html OUT.html] [--odt OUT.odt] [--docx OUT.docx]</translation>
    </message>
    <message>
        <source>name at least one output: --pdf, --html, --odt or --docx</source>
        <translation>请至少指定一个输出：--pdf、--html、--odt 或 --docx</translation>
    </message>
</context>
<context>
    <name>FormatDefinition</name>
    <message>
        <source>header node “%1” has no id or an unknown kind</source>
        <translation>表头节点“%1”缺少标识或类型未知</translation>
    </message>
    <message>
        <source>format file is not valid JSON: %1</source>
        <translation>格式文件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>format file has no id</source>
        <translation>格式文件缺少标识</translation>
    </message>
    <message>
        <source>section %1 names an unknown table %2</source>
        <translation>部分 %1 引用了未知的表 %2</translation>
    </message>
    <message>
        <source>table %1 belongs to no section</source>
        <translation>表 %1 不属于任何部分</translation>
    </message>
    <message>
        <source>cell key %1 occurs twice</source>
        <translation>单元格键 %1 重复</translation>
    </message>
    <message>
        <source>total %1 sums an unknown group %2</source>
        <translation>合计 %1 引用了未知的分组 %2</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Nianbao Manual</source>
        <translation>年报填报使用说明</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>&amp;Cell or section:</source>
        <translation>单元格或部分(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>ImportPublishedCommand</name>
    <message>
        <source>read a published report</source>
        <translation>读取已发布的报告</translation>
    </message>
    <message>
        <source>save what was read as a Nianbao JSON file</source>
        <translation>将读取结果保存为年报 JSON 文件</translation>
    </message>
    <message>
        <source>cannot read the report: %1</source>
        <translation>无法读取报告：%1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <source>Agency: %1  Year: %2  Date: %3</source>
        <translation>机关：%1&#x3000;年度：%2&#x3000;日期：%3</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>（未找到）</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) filled; narratives: %1</source>
        <translation>
            <numerusform>已填 %n 个单元格；叙述部分：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) or row(s) could not be placed</source>
        <translation>
            <numerusform>%n 处单元格或行未能放置</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Added as report %1</source>
        <translation>已添加为第 %1 号报告</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>已填</translation>
    </message>
    <message>
        <source>the report as published: PDF, web page (HTML) or text</source>
        <translation>已发布的报告：PDF、网页（HTML）或文本</translation>
    </message>
    <message>
        <source>the agency, when the report does not name it (or names it differently)</source>
        <translation>报告未写明（或写法不同）时的机关名称</translation>
    </message>
    <message>
        <source>usage: nianbao import-published FILE [--agency NAME] [--json OUT.json] [--db FILE]</source>
        <translation>用法：nianbao import-published FILE [--agency NAME] [--json OUT.json] [--db FILE]</translation>
    </message>
    <message>
        <source>check every published report in a folder</source>
        <translation>检查文件夹中的每份已发布报告</translation>
    </message>
    <message>
        <source>the folder: PDF, HTML and text files</source>
        <translation>文件夹：PDF、HTML 和文本文件</translation>
    </message>
    <message>
        <source>also write the table as CSV</source>
        <translation>同时将表格写为 CSV</translation>
    </message>
    <message>
        <source>usage: nianbao check-published DIR [--csv OUT.csv]</source>
        <translation>用法：nianbao check-published DIR [--csv OUT.csv]</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>cells read</source>
        <translation>读取单元格</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>unplaced</source>
        <translation>未放置</translation>
    </message>
    <message>
        <source>remark</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) read</source>
        <translation>
            <numerusform>已读取 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of the format&apos;s rules not checked: they concern cells that could not be read</source>
        <translation>
            <numerusform>%n 条格式规则未检查：涉及未能读出的单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule finding(s) not checked (cells not read)</source>
        <translation>
            <numerusform>%n 条规则未检查（涉及未读出的单元格）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPublishedDialog</name>
    <message>
        <source>Import Published Report</source>
        <translation>导入已发布的报告</translation>
    </message>
    <message>
        <source>What could not be placed (nothing was guessed; empty cells are left for you to fill):</source>
        <translation>未能放置的内容（不作任何猜测；留空的单元格请您填写）：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>What</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Text around it</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Findings of the rules on what was read:</source>
        <translation>读取结果的规则检查：</translation>
    </message>
    <message>
        <source>Cells filled, as printed:</source>
        <translation>已填的单元格（按原文）：</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>line break</source>
        <translation>换行符</translation>
    </message>
    <message>
        <source>carriage return</source>
        <translation>回车符</translation>
    </message>
    <message>
        <source>zero-width space</source>
        <translation>零宽空格</translation>
    </message>
    <message>
        <source>zero-width non-joiner</source>
        <translation>零宽不连字</translation>
    </message>
    <message>
        <source>zero-width joiner</source>
        <translation>零宽连字</translation>
    </message>
    <message>
        <source>left-to-right mark</source>
        <translation>从左到右标记</translation>
    </message>
    <message>
        <source>right-to-left mark</source>
        <translation>从右到左标记</translation>
    </message>
    <message>
        <source>left-to-right embedding</source>
        <translation>从左到右嵌入</translation>
    </message>
    <message>
        <source>right-to-left embedding</source>
        <translation>从右到左嵌入</translation>
    </message>
    <message>
        <source>pop directional formatting</source>
        <translation>方向格式结束符</translation>
    </message>
    <message>
        <source>left-to-right override</source>
        <translation>从左到右强制符</translation>
    </message>
    <message>
        <source>right-to-left override</source>
        <translation>从右到左强制符</translation>
    </message>
    <message>
        <source>word joiner</source>
        <translation>字连接符</translation>
    </message>
    <message>
        <source>left-to-right isolate</source>
        <translation>从左到右隔离符</translation>
    </message>
    <message>
        <source>right-to-left isolate</source>
        <translation>从右到左隔离符</translation>
    </message>
    <message>
        <source>first strong isolate</source>
        <translation>首强隔离符</translation>
    </message>
    <message>
        <source>pop directional isolate</source>
        <translation>方向隔离结束符</translation>
    </message>
    <message>
        <source>zero-width no-break space</source>
        <translation>零宽不换行空格</translation>
    </message>
    <message>
        <source>control character</source>
        <translation>控制字符</translation>
    </message>
    <message>
        <source>%1 is not a plausible report year (%2 to %3)</source>
        <translation>%1 不是合理的报告年度（应在 %2 至 %3 之间）</translation>
    </message>
    <message>
        <source>the text is %1 characters long; a section holds at most %2 (real ones stay under 20 000)</source>
        <translation>该段文字长 %1 个字符；每部分最多 %2 个字符（实际报告均在 20000 字以内）</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a file of this kind is at most %3 MB, so this cannot be a report</source>
        <translation>%1 大小为 %2 MB；此类文件最大 %3 MB，不可能是年度报告</translation>
    </message>
    <message>
        <source>is %1 characters long; a name or address is at most %2</source>
        <translation>长 %1 个字符；名称或地址最多 %2 个字符</translation>
    </message>
    <message>
        <source>holds a %1 (U+%2) at character %3; a name or address is one line of visible text</source>
        <translation>第 %3 个字符是%1（U+%2）；名称、地址等只能是一行可见文字</translation>
    </message>
    <message>
        <source>line %1, byte %2</source>
        <translation>第 %1 行第 %2 字节</translation>
    </message>
    <message>
        <source>the file is UTF-8 but holds a byte that is not (0x%1 at %2); save it again as UTF-8</source>
        <translation>文件为 UTF-8 编码，但含有无效字节（0x%1，位于%2）；请重新以 UTF-8 保存</translation>
    </message>
    <message>
        <source>the file is not UTF-8 (first bad byte at %1), and GB18030 is not available to read it</source>
        <translation>文件不是 UTF-8 编码（首个无效字节位于%1），且无法以 GB18030 读取</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 (bad byte at %1) nor GB18030; save it again as UTF-8</source>
        <translation>文件既不是 UTF-8（无效字节位于%1）也不是 GB18030 编码；请重新以 UTF-8 保存</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Nianbao</source>
        <translation>年报填报</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new report database file</source>
        <translation>新建一个报告数据库文件</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another report database file</source>
        <translation>打开另一个报告数据库文件</translation>
    </message>
    <message>
        <source>&amp;Import Report File…</source>
        <translation>导入报告文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a report saved as a Nianbao JSON file to this database</source>
        <translation>将年报填报 JSON 文件中的报告加入本数据库</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Start a report for an agency and year in this database</source>
        <translation>在本数据库中为某机关某年度新建报告</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Every edit is saved as you type; this confirms it</source>
        <translation>每次输入都已自动保存；此命令用于确认</translation>
    </message>
    <message>
        <source>&amp;Export Report File…</source>
        <translation>导出报告文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the open report as a Nianbao JSON file</source>
        <translation>将当前报告保存为年报填报 JSON 文件</translation>
    </message>
    <message>
        <source>Back to the list of reports</source>
        <translation>返回报告列表</translation>
    </message>
    <message>
        <source>&amp;Agency Details…</source>
        <translation>机关信息(&amp;A)…</translation>
    </message>
    <message>
        <source>Contact details printed in the introduction, and the date under the report</source>
        <translation>引言中的联系方式，以及报告末尾的落款日期</translation>
    </message>
    <message>
        <source>Write the report as it will be published</source>
        <translation>按发布格式写出报告</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Submit for Review…</source>
        <translation>提交审核(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Return for Changes…</source>
        <translation>退回修改(&amp;R)…</translation>
    </message>
    <message>
        <source>Sign &amp;Off…</source>
        <translation>签发(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>修改历史(&amp;H)…</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Import P&amp;ublished Report…</source>
        <translation>导入已发布的报告(&amp;U)…</translation>
    </message>
    <message>
        <source>Read a report as published (text extracted from PDF or Word, or a web page) and add it to this database</source>
        <translation>读取已发布的报告（从 PDF 或 Word 中提取的文本，或网页），并添加到本数据库</translation>
    </message>
    <message>
        <source>Work in a database on a shared PostgreSQL server (postgresql://user@host/database)</source>
        <translation>使用共享 PostgreSQL 服务器上的数据库（postgresql://用户@主机/数据库）</translation>
    </message>
    <message>
        <source>Import &amp;Tables (CSV)…</source>
        <translation>导入表格(&amp;T)（CSV）…</translation>
    </message>
    <message>
        <source>Add a report from a filled CSV sheet, as exported by Export Tables</source>
        <translation>从填好的 CSV 表格（“导出表格”所写的格式）添加报告</translation>
    </message>
    <message>
        <source>Write the report&apos;s tables with their official labels to an Excel workbook or a CSV file</source>
        <translation>将报告各表格连同规定的栏目名称写成 Excel 工作簿或 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>连接服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>Export Ta&amp;bles (Excel or CSV)…</source>
        <translation>导出表格(&amp;B)（Excel 或 CSV）…</translation>
    </message>
    <message>
        <source>Ne&amp;w Report…</source>
        <translation>新建报告(&amp;W)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF / HTML / ODT…</source>
        <translation>导出 PDF / HTML / ODT(&amp;D)…</translation>
    </message>
    <message>
        <source>C&amp;lose Report</source>
        <translation>关闭报告(&amp;L)</translation>
    </message>
    <message>
        <source>Reo&amp;pen…</source>
        <translation>重新打开(&amp;P)…</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Clear the selected cells or text</source>
        <translation>清除所选单元格或文字</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>使用说明(&amp;M)</translation>
    </message>
    <message>
        <source>How to fill in, check, review and publish a report</source>
        <translation>如何填写、检查、审核和发布报告</translation>
    </message>
    <message>
        <source>&amp;About Nianbao</source>
        <translation>关于年报填报(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>开始页(&amp;S)</translation>
    </message>
    <message>
        <source>What to do next: new report, begin from last year&apos;s published report, open a database</source>
        <translation>下一步：新建报告、从上年已发布的报告开始、打开数据库</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>migration %1 is missing</source>
        <translation>缺少第 %1 号迁移</translation>
    </message>
    <message>
        <source>cannot start migration %1</source>
        <translation>无法开始第 %1 号迁移</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>升级到第 %1 版数据结构失败：%2</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New Report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>机关(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>PublishedReader</name>
    <message numerus="yes">
        <source>%1: %n label(s) only this version has, such as “%2”</source>
        <translation>
            <numerusform>%1：找到 %n 个只在该版本中出现的标签，如“%2”</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no table label tells the version, so the year %2 decides</source>
        <translation>%1：没有能区分版本的表格标签，按年度 %2 确定</translation>
    </message>
    <message>
        <source>This does not look like an annual report: neither its title nor any table label of the national format was found.</source>
        <translation>这不像一份年度报告：既没有找到标题，也没有找到全国格式的任何表格标签。</translation>
    </message>
    <message>
        <source>Table %1 was not found: its cells are left empty</source>
        <translation>未找到表格 %1：其单元格留空</translation>
    </message>
    <message>
        <source>The row “%1” appears a second time; the first was used</source>
        <translation>“%1”行出现了两次；采用第一次</translation>
    </message>
    <message>
        <source>%1: the row “%2” was not found; its cells are left empty</source>
        <translation>%1：未找到“%2”行；其单元格留空</translation>
    </message>
    <message>
        <source>%1: no figures follow the label; the row is left empty</source>
        <translation>%1：标签后没有数字；该行留空</translation>
    </message>
    <message>
        <source>%1: the figure “%2” comes after the last column and was not placed</source>
        <translation>%1：数字“%2”在最后一列之后，未放置</translation>
    </message>
    <message>
        <source>%1: only %2 of %3 cells were found, all blank; the row is left empty</source>
        <translation>%1：%3 个单元格中只找到 %2 个，且都为空；该行留空</translation>
    </message>
    <message>
        <source>%1: %2 figure(s) (%3) for %4 columns; which column each belongs to cannot be told, so the row is left empty</source>
        <translation>%1：%4 列只有 %2 个数字（%3），无法确定各属哪一列，该行留空</translation>
    </message>
    <message>
        <source>%1: the report states no unit for %2; it was taken as %3, the format&apos;s first unit — check it</source>
        <translation>%1：报告未注明 %2 的单位，按格式的第一个单位 %3 读取——请核对</translation>
    </message>
    <message>
        <source>%1: “%2” cannot be read (%3); the cell is left empty</source>
        <translation>%1：无法读取“%2”（%3）；该单元格留空</translation>
    </message>
    <message>
        <source>%1: the row “%2” (%3) is not in the national format; kept aside, not added to any cell</source>
        <translation>%1：“%2”行（%3）不在全国格式中；另行列出，未计入任何单元格</translation>
    </message>
    <message>
        <source>The figure “%1” belongs to no row that was found; not placed</source>
        <translation>数字“%1”不属于任何已找到的行；未放置</translation>
    </message>
    <message>
        <source>Text after the signature, not placed in any section</source>
        <translation>落款之后的文字，未放入任何部分</translation>
    </message>
    <message>
        <source>Text outside the sections&apos; narratives, not placed</source>
        <translation>各部分叙述之外的文字，未放置</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>未放置</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>extra row</source>
        <translation>增列行</translation>
    </message>
    <message>
        <source>stray text</source>
        <translation>多余文字</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>开头段落</translation>
    </message>
    <message>
        <source>The title (“…年政府信息公开工作年度报告”) was not found</source>
        <translation>未找到标题（“…年政府信息公开工作年度报告”）</translation>
    </message>
    <message>
        <source>The agency was not found (neither in a title, the opening sentence nor the file name)</source>
        <translation>未找到机关名称（标题、开头段落和文件名中都没有）</translation>
    </message>
    <message>
        <source>The date of the report (“××××年×月×日” after the last section) was not found</source>
        <translation>未找到报告日期（最后一部分之后的“××××年×月×日”）</translation>
    </message>
    <message>
        <source>missing detail</source>
        <translation>缺少信息</translation>
    </message>
    <message>
        <source>%1: “%2” is printed as one row, not divided into its parts; its figures were put under “%3”, and “%4” are left empty — divide the row if the report&apos;s figures allow</source>
        <translation>%1：“%2”印为一行，未分列各项；其数字已填入“%3”，“%4”留空——如报告数字允许，请分开填写</translation>
    </message>
    <message>
        <source>%1: the figures are run together (“%2”) and can be cut into %3 cells in more than one way, or in none that adds up; the row is left empty</source>
        <translation>%1：数字连在一起（“%2”），拆成 %3 个单元格的方式不止一种，或没有一种能对上合计；该行留空</translation>
    </message>
    <message>
        <source>%1: %2 figures follow the label, for %3 columns: the labels and the figures were printed apart (labels first, figures after them), so which row each belongs to cannot be told; not placed. Read the PDF itself, or its text from “pdftotext -layout”</source>
        <translation>%1：标签后有 %2 个数字，而表格有 %3 列：标签与数字是分开排印的（先列标签，后列数字），无法判断各数字属于哪一行，未填入。请直接读取 PDF，或使用“pdftotext -layout”得到的文本</translation>
    </message>
    <message>
        <source>damaged label</source>
        <translation>标签残缺</translation>
    </message>
    <message>
        <source>%1: “%2” is read as the row “%3”: characters of its label are missing, but its number and its place between the rows before and after it leave no other row — check it</source>
        <translation>%1：“%2”按“%3”行读取：该行标签缺字，但其序号及其在前后两行之间的位置只能对应这一行——请核对</translation>
    </message>
</context>
<context>
    <name>PublishedSource</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the PDF cannot be opened: it is damaged or not a PDF</source>
        <translation>无法打开该 PDF：文件已损坏或不是 PDF</translation>
    </message>
    <message>
        <source>the PDF is protected by a password; open it in a PDF viewer and save an unprotected copy</source>
        <translation>该 PDF 有密码保护；请在 PDF 阅读器中打开并另存一份无密码的副本</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scan): its pages are pictures of text, which Nianbao cannot read; ask for the PDF as it was made, or type the figures in</source>
        <translation>该 PDF 没有文字层（扫描件）：页面是文字的图片，年报填报无法识别；请索取原始生成的 PDF，或手工录入数字</translation>
    </message>
    <message>
        <source>%1 is an old Word or WPS file (.doc/.wps), which Nianbao does not read; open it in Word or WPS and save it as .docx (“Save as” ▸ Word document) or as PDF</source>
        <translation>%1 是旧版 Word 或 WPS 文件（.doc/.wps），年报填报无法读取；请在 Word 或 WPS 中打开，另存为 .docx（“另存为”▸ Word 文档）或 PDF</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Nianbao</source>
        <translation>年报填报</translation>
    </message>
    <message>
        <source>The report file cannot be read: %1</source>
        <translation>无法读取报告文件：%1</translation>
    </message>
    <message>
        <source>The %1 report of %2 is already in this database (number %3): it is opened, and %4 was not added again. To replace it, delete the report first.</source>
        <translation>%2 的 %1 年度报告已在本数据库中（编号 %3）：已将其打开，%4 未再次加入。如需替换，请先删除该报告。</translation>
    </message>
    <message>
        <source>%1 was added to the database %2 as report number %3 and opened.</source>
        <translation>%1 已加入数据库 %2，报告编号为 %3，并已打开。</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>the report is open read-only</source>
        <translation>报告以只读方式打开</translation>
    </message>
    <message>
        <source>this total is computed from its parts</source>
        <translation>此合计由各分项自动计算</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>清除单元格</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>“%1” is not a unit this amount may use</source>
        <translation>“%1”不是此金额可用的单位</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 未保存：%2</translation>
    </message>
    <message>
        <source>The text was not saved: %1</source>
        <translation>文字未保存：%1</translation>
    </message>
    <message>
        <source>%1 was changed by %2 while you were editing: it now holds “%3”. Your “%4” was not saved; type it again to replace theirs.</source>
        <translation>您编辑期间，%2 修改了 %1：现在的值是“%3”。您输入的“%4”未保存；如需替换对方的值，请重新输入。</translation>
    </message>
    <message>
        <source>another session</source>
        <translation>另一会话</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>This text was changed by %1 while you were editing; theirs is shown now and yours was not saved:
%2</source>
        <translation>您编辑期间，%1 修改了这段文字；现显示对方的文字，您的文字未保存：
%2</translation>
    </message>
    <message>
        <source>The change history could not be read: %1</source>
        <translation>无法读取修改历史：%1</translation>
    </message>
    <message>
        <source>The error and warning counts were not saved (the list of reports shows the previous ones): %1</source>
        <translation>错误和警告数量未能保存（报告列表仍显示之前的数量）：%1</translation>
    </message>
    <message>
        <source>Other sessions&apos; edits cannot be read: %1</source>
        <translation>无法读取其他会话的修改：%1</translation>
    </message>
    <message>
        <source>Blank cells to 0</source>
        <translation>空白格填 0</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>未知的键（应为以下之一：%1）</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为%1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>应为整数，实际为%1</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>数字过大</translation>
    </message>
    <message>
        <source>expected an amount such as &quot;12.5&quot; (at most 4 decimals), found &quot;%1&quot;</source>
        <translation>应为金额，如 &quot;12.5&quot;（最多 4 位小数），实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an amount as a string such as &quot;12.5&quot;, found %1</source>
        <translation>金额应写成字符串，如 &quot;12.5&quot;，实际为%1</translation>
    </message>
    <message>
        <source>expected a whole number or &quot;/&quot;, found %1</source>
        <translation>应为整数或 &quot;/&quot;，实际为%1</translation>
    </message>
    <message>
        <source>$: expected a report object</source>
        <translation>$：应为报告对象</translation>
    </message>
    <message>
        <source>missing: this is not a Nianbao report file</source>
        <translation>缺失：这不是年报填报的报告文件</translation>
    </message>
    <message>
        <source>file version %1 is newer than this program reads (%2); update Nianbao</source>
        <translation>文件版本 %1 高于本程序能读取的版本（%2），请更新年报填报</translation>
    </message>
    <message>
        <source>unknown format “%1” (known: %2)</source>
        <translation>未知的格式“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found “%1”</source>
        <translation>日期应为 YYYY-MM-DD，实际为“%1”</translation>
    </message>
    <message>
        <source>not an amount cell of the %1 format</source>
        <translation>不是 %1 格式中的金额单元格</translation>
    </message>
    <message>
        <source>unit “%1” is not one of %2</source>
        <translation>单位“%1”不在 %2 之中</translation>
    </message>
    <message>
        <source>no such cell in the %1 format</source>
        <translation>%1 格式中没有这个单元格</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected “department” or “government”, found “%1”</source>
        <translation>应为“department”或“government”，实为“%1”</translation>
    </message>
    <message>
        <source>\u%1 is half of a character (a lone surrogate): the text is not valid</source>
        <translation>\u%1 只是半个字符（孤立的代理项），文字无效</translation>
    </message>
    <message>
        <source>the key “%1” appears twice in one object; which one is meant cannot be told</source>
        <translation>同一对象中键“%1”出现两次，无法确定以哪个为准</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
</context>
<context>
    <name>ReportListPage</name>
    <message>
        <source>Reports in this database</source>
        <translation>本数据库中的报告</translation>
    </message>
    <message>
        <source>Next Year&apos;s Report from This One</source>
        <translation>由此报告新建下一年度报告</translation>
    </message>
    <message>
        <source>A new report for the following year: contact details and headings copied, carried-over figures filled in from this report</source>
        <translation>新建下一年度的报告：复制联系方式和标题，并从本报告带入结转数字</translation>
    </message>
    <message>
        <source>Consolidate…</source>
        <translation>汇总…</translation>
    </message>
    <message>
        <source>Sum the selected reports, or every report of the selected year when one is selected</source>
        <translation>汇总所选报告；只选一份时，汇总该年度的全部报告</translation>
    </message>
    <message>
        <source>This database holds no report yet. Create one with File ▸ New Report, or import a report file.</source>
        <translation>本数据库中还没有报告。请通过“文件 ▸ 新建报告”新建，或导入报告文件。</translation>
    </message>
    <message>
        <source>Search by agency, year or state</source>
        <translation>按机关、年度或状态搜索</translation>
    </message>
</context>
<context>
    <name>ReportReview</name>
    <message>
        <source>the report is under review; it can be changed when the supervisor returns it</source>
        <translation>报告正在审核中；审核人退回后方可修改</translation>
    </message>
    <message>
        <source>say why the report is to %1</source>
        <translation>请说明%1的理由</translation>
    </message>
    <message>
        <source>the password of %1 is not right</source>
        <translation>%1 的密码不正确</translation>
    </message>
    <message numerus="yes">
        <source>the report has %n error(s); they must be fixed first</source>
        <translation>
            <numerusform>报告有 %n 个错误，须先改正</numerusform>
        </translation>
    </message>
    <message>
        <source>only a supervisor comments on a report</source>
        <translation>只有审核人可以提出审核意见</translation>
    </message>
    <message>
        <source>the comment is empty</source>
        <translation>审核意见为空</translation>
    </message>
    <message>
        <source>the report is marked signed, but the signer is not trusted (%1); a supervisor can reopen it</source>
        <translation>报告标为已签发，但签名人不受信任（%1）；审核人可重新打开</translation>
    </message>
    <message>
        <source>signature invalid: %1; a supervisor can reopen it</source>
        <translation>签名无效：%1；审核人可重新打开</translation>
    </message>
    <message>
        <source>the report is signed off by %1 (key %2) and locked; a supervisor can reopen it</source>
        <translation>报告已由 %1 签发（密钥 %2）并锁定；审核人可重新打开</translation>
    </message>
    <message>
        <source>say in a few words why the warning stands (a note)</source>
        <translation>请简要说明保留此警告的理由</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) flagged to verify not yet answered</source>
        <translation>
            <numerusform>还有 %n 处待核实尚未答复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) not yet acknowledged: each needs a short note</source>
        <translation>
            <numerusform>还有 %n 条警告未说明：每条警告都需要简短说明</numerusform>
        </translation>
    </message>
    <message>
        <source>a cell flagged to verify is answered with what was checked</source>
        <translation>答复待核实时请写明核实情况</translation>
    </message>
</context>
<context>
    <name>ReportSheet</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>the sheet does not say whose report it is: the lines “机关” and “年度” at its top are missing or empty</source>
        <translation>表格没有说明是哪个机关的报告：顶部缺少“机关”和“年度”两行，或者为空</translation>
    </message>
    <message>
        <source>no format of this version covers the year %1</source>
        <translation>本版本没有适用于 %1 年度的格式</translation>
    </message>
    <message>
        <source>the table “%1” is not in the sheet: its cells stay blank</source>
        <translation>表格中没有“%1”：其单元格保持为空</translation>
    </message>
    <message>
        <source>%1: the header reads “%2” where the format has “%3”; the table “%4” was not read</source>
        <translation>%1：表头为“%2”，而格式规定为“%3”；未读取表“%4”</translation>
    </message>
    <message>
        <source>%1: the row “%2” appears a second time; only its first line was read</source>
        <translation>%1：行“%2”重复出现；只读取了第一次出现的行</translation>
    </message>
    <message>
        <source>the row “%1” of “%2” is not in the sheet: its cells stay blank</source>
        <translation>表格中没有“%2”的“%1”行：其单元格保持为空</translation>
    </message>
    <message>
        <source>%1 (%2): “%3” was not read: %4</source>
        <translation>%1（%2）：未读取“%3”：%4</translation>
    </message>
    <message>
        <source>“年度”: %1</source>
        <translation>“年度”：%1</translation>
    </message>
    <message>
        <source>“机关”: the agency name %1</source>
        <translation>“机关”：机关名称%1</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>the integrity check returned nothing</source>
        <translation>完整性检查没有返回结果</translation>
    </message>
    <message>
        <source>tables of the report database are missing</source>
        <translation>报告数据库缺少数据表</translation>
    </message>
    <message>
        <source>The file was left exactly as it was.</source>
        <translation>文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Nianbao report database. </source>
        <translation>%1 是空文件，不是年报填报的报告数据库。</translation>
    </message>
    <message>
        <source>%1 is not a Nianbao report database (it is not a SQLite database at all). </source>
        <translation>%1 不是年报填报的报告数据库（根本不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its own header says, as after an interrupted copy. </source>
        <translation>%1 已损坏：文件比其文件头所记录的短，可能是复制中断所致。</translation>
    </message>
    <message>
        <source> Use a backup copy.</source>
        <translation>请使用备份副本。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Nianbao report database. </source>
        <translation>%1 是其他程序的 SQLite 数据库，不是年报填报的报告数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Nianbao (schema %2; this version reads up to schema %3). Update Nianbao to open it. </source>
        <translation>%1 由更新版本的年报填报写入（数据结构第 %2 版；本版本最多读取第 %3 版）。请更新年报填报后再打开。</translation>
    </message>
    <message>
        <source>%1 uses an older schema and must be upgraded; open it for editing once. </source>
        <translation>%1 使用旧版数据结构，需要升级；请先以编辑方式打开一次。</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1（%3 上的进程 %2）</translation>
    </message>
    <message>
        <source>%1 is being edited elsewhere and needs an upgrade first. </source>
        <translation>%1 正在别处编辑，且需要先升级。</translation>
    </message>
    <message>
        <source>Cannot lock %1 for editing.</source>
        <translation>无法锁定 %1 以供编辑。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). </source>
        <translation>%1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>无法准备 %1：%2</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>数据库以只读方式打开</translation>
    </message>
    <message>
        <source>the report has no agency name</source>
        <translation>报告没有填写机关名称</translation>
    </message>
    <message>
        <source>%1 already has a report for %2 in this database (number %3)</source>
        <translation>本数据库中已有%1 %2 年度的报告（编号 %3）</translation>
    </message>
    <message>
        <source>cannot prepare the cell insert</source>
        <translation>无法准备写入单元格</translation>
    </message>
    <message>
        <source>there is no report number %1 in this database</source>
        <translation>本数据库中没有编号为 %1 的报告</translation>
    </message>
    <message>
        <source>report %1 uses an unknown format “%2”</source>
        <translation>报告 %1 使用了未知的格式“%2”</translation>
    </message>
    <message>
        <source>report %1 holds a cell “%2” that the %3 format does not have</source>
        <translation>报告 %1 含有 %3 格式中不存在的单元格“%2”</translation>
    </message>
    <message>
        <source>this cell was changed elsewhere in the meantime</source>
        <translation>此单元格在此期间已被别处修改</translation>
    </message>
    <message>
        <source>this text was changed elsewhere in the meantime</source>
        <translation>此文字在此期间已被别处修改</translation>
    </message>
    <message>
        <source>the report is “%1”: its figures and texts can no longer be changed</source>
        <translation>报告处于“%1”状态：数字和文字不能再修改</translation>
    </message>
    <message>
        <source>the report&apos;s state “%1” is unknown to this version</source>
        <translation>本版本不认识报告状态“%1”</translation>
    </message>
    <message>
        <source>a user needs a name</source>
        <translation>用户必须有姓名</translation>
    </message>
    <message>
        <source>a supervisor&apos;s password needs at least 6 characters</source>
        <translation>审核人的密码至少需要 6 个字符</translation>
    </message>
    <message>
        <source>only an existing supervisor, with their password, can add another supervisor</source>
        <translation>只有现有审核人凭其密码才能添加新的审核人</translation>
    </message>
    <message>
        <source>there is already a user named “%1”</source>
        <translation>已有名为“%1”的用户</translation>
    </message>
    <message>
        <source>the report was moved to “%1” elsewhere in the meantime</source>
        <translation>报告已在别处被改为“%1”状态</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL servers: the Qt driver QPSQL (Debian package libqt6sql6-psql) is missing.</source>
        <translation>本安装无法连接 PostgreSQL 服务器：缺少 Qt 驱动 QPSQL（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>%1 asks for a password.</source>
        <translation>%1 需要密码。</translation>
    </message>
    <message>
        <source>The password for %1 was not accepted.</source>
        <translation>%1 的密码不正确。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s tables, not Nianbao&apos;s; it was left as it was. Use an empty database.</source>
        <translation>%1 中是其他程序的数据表，不是年报填报的；未作任何改动。请使用一个空数据库。</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of Nianbao (schema %2; this version reads up to schema %3). Update Nianbao to use it.</source>
        <translation>%1 由更新版本的年报填报建立（结构版本 %2；本版本最高读取版本 %3）。请升级年报填报后再使用。</translation>
    </message>
    <message>
        <source>%1 uses an older schema and must be upgraded by a session that may write.</source>
        <translation>%1 的结构版本较旧，须由可写入的会话先升级。</translation>
    </message>
    <message>
        <source>(agency missing)</source>
        <translation>（机关缺失）</translation>
    </message>
    <message>
        <source>report %1 belongs to agency number %2, which is missing from the database (the file was changed outside Nianbao); the report cannot be used. Use a backup copy.</source>
        <translation>报告 %1 所属的机关（编号 %2）在数据库中不存在（文件曾在年报填报之外被修改），无法使用该报告。请使用备份副本。</translation>
    </message>
    <message>
        <source>only a report submitted for review takes its date as it is signed off</source>
        <translation>只有已提交审核的报告可在签发时设置落款日期</translation>
    </message>
    <message>
        <source>the password of %1 is not right</source>
        <translation>%1 的密码不正确</translation>
    </message>
    <message>
        <source>the signing key of %1 in this file does not match their public key</source>
        <translation>本文件中 %1 的签名密钥与其公钥不符</translation>
    </message>
    <message>
        <source>an agency is a “department” or a “government”, not “%1”</source>
        <translation>机关类别应为“department”（部门）或“government”（人民政府），而不是“%1”</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>您的密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Warnings: for each one you have checked and accept, say why in a few words (a note). The supervisor reads it beside the cell; your name is recorded with it.</source>
        <translation>警告：对已核实并接受的每条警告，请简要写明理由（说明）。审核人会在单元格旁看到，并记录您的姓名。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Date under the report:</source>
        <translation>落款日期(&amp;D)：</translation>
    </message>
    <message>
        <source>The date printed under the report, after the agency&apos;s name. Proposed: today, the day it is signed off.</source>
        <translation>报告末尾机关名称下方的落款日期，默认为签发当日。</translation>
    </message>
</context>
<context>
    <name>ReviewFlow</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已签发</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>return for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>sign off</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>a report that is “%1” cannot be %2</source>
        <translation>处于“%1”状态的报告不能%2</translation>
    </message>
    <message>
        <source>only a %1 may %2 a report that is “%3”</source>
        <translation>只有%1可以%2处于“%3”状态的报告</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Supervisor&apos;s comments</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>By</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>A comment on the current cell or section…</source>
        <translation>对当前单元格或部分提出意见…</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>提出意见(&amp;C)</translation>
    </message>
    <message>
        <source>A flag to verify: the report cannot be signed off until the clerk answers it</source>
        <translation>待核实标记：填报人答复之前报告不能签发</translation>
    </message>
    <message>
        <source>Fla&amp;g to Verify</source>
        <translation>标记待核实(&amp;G)</translation>
    </message>
    <message>
        <source>Mark Re&amp;solved</source>
        <translation>标为已解决(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RuleCompiler</name>
    <message>
        <source>cannot read rule expression “%1” at position %2: %3</source>
        <translation>无法解析规则表达式“%1”（第 %2 个字符处）：%3</translation>
    </message>
    <message>
        <source>unexpected text</source>
        <translation>多余的内容</translation>
    </message>
    <message>
        <source>expected =, &lt;= or &gt;=</source>
        <translation>应为 =、&lt;= 或 &gt;=</translation>
    </message>
    <message>
        <source>unknown cell %1</source>
        <translation>未知单元格 %1</translation>
    </message>
    <message>
        <source>expected )</source>
        <translation>缺少 )</translation>
    </message>
    <message>
        <source>sum() needs table.row.column, got %1</source>
        <translation>sum() 的参数应为 表.行.列，实际为 %1</translation>
    </message>
    <message>
        <source>sum() over an unknown group: %1</source>
        <translation>sum() 引用了未知的分组：%1</translation>
    </message>
    <message>
        <source>cannot read “each” binding %1</source>
        <translation>无法解析“each”绑定 %1</translation>
    </message>
    <message>
        <source>a rule has no id or an unknown severity “%1”</source>
        <translation>规则缺少编号或严重程度“%1”未知</translation>
    </message>
    <message>
        <source>rule %1: the pattern “%2” is not a regular expression with a group</source>
        <translation>规则 %1：模式“%2”不是带分组的正则表达式</translation>
    </message>
    <message>
        <source>rule %1 names no narrative part or no alternative</source>
        <translation>规则 %1 没有指定叙述部分或可选值</translation>
    </message>
    <message>
        <source>rule %1 names an unknown table %2</source>
        <translation>规则 %1 引用了未知的表 %2</translation>
    </message>
    <message>
        <source>rule %1 names no table</source>
        <translation>规则 %1 未指定表</translation>
    </message>
    <message>
        <source>rule %1 needs a non-negative number “%2”</source>
        <translation>规则 %1 需要非负数“%2”</translation>
    </message>
    <message>
        <source>rule %1 names %2, which is not a narrative part</source>
        <translation>规则 %1 引用的 %2 不是文字部分</translation>
    </message>
    <message>
        <source>rule %1 names no narrative part</source>
        <translation>规则 %1 未指定文字部分</translation>
    </message>
    <message>
        <source>rule %1: a ratio under 2 would flag ordinary years</source>
        <translation>规则 %1：比值小于 2 会把正常年份也标出来</translation>
    </message>
    <message>
        <source>rule %1: the minimum of %2 must be a positive number</source>
        <translation>规则 %1：%2 的最小值必须是正数</translation>
    </message>
    <message>
        <source>rule %1: threshold is a percentage (1–100) and shingle at least 1</source>
        <translation>规则 %1：阈值为百分比（1–100），分片长度至少为 1</translation>
    </message>
    <message>
        <source>rule %1: the deadline of %2 is not MM-DD: “%3”</source>
        <translation>规则 %1：%2 的期限不是 MM-DD 格式：“%3”</translation>
    </message>
    <message>
        <source>rule %1: the default agency kind “%2” has no deadline</source>
        <translation>规则 %1：默认机关类别“%2”没有法定期限</translation>
    </message>
    <message>
        <source>rule %1 has no message “%2”</source>
        <translation>规则 %1 没有消息“%2”</translation>
    </message>
    <message>
        <source>rule %1 has an unknown kind “%2”</source>
        <translation>规则 %1 的类型“%2”未知</translation>
    </message>
</context>
<context>
    <name>Section1Page</name>
    <message>
        <source>Heading as printed:</source>
        <translation>印发标题：</translation>
    </message>
    <message>
        <source>&amp;Introduction (before section 1: legal basis, period, where to download, contact). Leave it empty to have it written from the agency details.</source>
        <translation>开头段落(&amp;I)（第一部分之前：法律依据、统计期限、下载地址、联系方式）。留空则根据机关信息自动生成。</translation>
    </message>
    <message>
        <source>&amp;Text of section 1 (the overview of the year&apos;s work):</source>
        <translation>第一部分正文(&amp;T)（本年度工作总体情况）：</translation>
    </message>
</context>
<context>
    <name>Section2Page</name>
    <message>
        <source>Heading as printed:</source>
        <translation>印发标题：</translation>
    </message>
</context>
<context>
    <name>Section3Page</name>
    <message>
        <source>Heading as printed:</source>
        <translation>印发标题：</translation>
    </message>
</context>
<context>
    <name>Section4Page</name>
    <message>
        <source>Heading as printed:</source>
        <translation>印发标题：</translation>
    </message>
</context>
<context>
    <name>Section5Page</name>
    <message>
        <source>Heading as printed:</source>
        <translation>印发标题：</translation>
    </message>
</context>
<context>
    <name>Section6Page</name>
    <message>
        <source>Heading as printed:</source>
        <translation>印发标题：</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a server address; write postgresql://user@host/database</source>
        <translation>“%1”不是服务器地址；请写成 postgresql://用户@主机/数据库</translation>
    </message>
    <message>
        <source>the address holds a password, which the shell&apos;s history would keep: remove it; Nianbao asks for the password, or reads it from PGPASSFILE (~/.pgpass)</source>
        <translation>地址中含有密码，会被保存在命令历史中：请删去；年报填报会询问密码，或从 PGPASSFILE（~/.pgpass）读取</translation>
    </message>
    <message>
        <source>“%1” needs a user and a database: postgresql://user@host/database</source>
        <translation>“%1”须包含用户和数据库：postgresql://用户@主机/数据库</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Who Is Working</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <source>Choose your name, or type a new one to join this file. Every change and every review step is recorded under it.</source>
        <translation>请选择您的姓名，或输入新姓名加入此文件。每一处修改和每一步审核都会记录在此姓名下。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <source>Supervisor who agrees:</source>
        <translation>同意添加的审核人：</translation>
    </message>
    <message>
        <source>Their password:</source>
        <translation>其密码：</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>the stored signing key is damaged</source>
        <translation>所存签名密钥已损坏</translation>
    </message>
    <message>
        <source>the stored signing key asks for key derivation parameters outside the accepted range; it is refused</source>
        <translation>所存签名密钥要求的密钥派生参数超出允许范围，已拒绝</translation>
    </message>
    <message>
        <source>the password does not open the signing key</source>
        <translation>密码无法打开签名密钥</translation>
    </message>
    <message>
        <source>cannot read the trust list %1</source>
        <translation>无法读取受信任列表 %1</translation>
    </message>
    <message>
        <source>%1: not a line of a trust list: %2</source>
        <translation>%1：不是受信任列表的行：%2</translation>
    </message>
    <message>
        <source>cannot write the trust list %1: %2</source>
        <translation>无法写入受信任列表 %1：%2</translation>
    </message>
    <message>
        <source>the report is marked signed, but there is no sign-off in its review trail</source>
        <translation>报告标为已签发，但审核记录中没有签发</translation>
    </message>
    <message>
        <source>the sign-off by %1 carries no signature</source>
        <translation>%1 的签发没有签名</translation>
    </message>
    <message>
        <source>the signature of %1 does not match the sign-off it is stored with</source>
        <translation>%1 的签名与所存签发记录不符</translation>
    </message>
    <message>
        <source>the sign-off by %1 is of revision %2; the report is at revision %3</source>
        <translation>%1 签发的是第 %2 版；报告现为第 %3 版</translation>
    </message>
    <message>
        <source>the report was changed after %1 signed it</source>
        <translation>报告在 %1 签发后被改动</translation>
    </message>
    <message>
        <source>the key %1 that signed is not in this computer&apos;s list of trusted supervisors</source>
        <translation>签名所用密钥 %1 不在本机受信任审核人列表中</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Annual Report on Government Information Disclosure</source>
        <translation>政府信息公开工作年度报告</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>您要做什么？</translation>
    </message>
    <message>
        <source>New Report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>A blank report for an agency and year</source>
        <translation>为一个机关、一个年度新建空白报告</translation>
    </message>
    <message>
        <source>Begin from Last Year&apos;s Published Report</source>
        <translation>从上年已发布的报告开始</translation>
    </message>
    <message>
        <source>Read last year&apos;s report as published (web page or text) and carry its figures over</source>
        <translation>读取上年度已发布的报告（网页或文字），带入其数字</translation>
    </message>
    <message>
        <source>Open Database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>A file of reports, yours or one shared with you</source>
        <translation>存放报告的文件，您自己的或与您共用的</translation>
    </message>
    <message>
        <source>New Database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>An empty file for this year&apos;s reports</source>
        <translation>为本年度报告新建空文件</translation>
    </message>
    <message>
        <source>Open or create a database first: reports are kept in it.</source>
        <translation>请先打开或新建数据库：报告保存在数据库中。</translation>
    </message>
    <message>
        <source>Recent reports</source>
        <translation>最近的报告</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>最近的数据库</translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <source>--db FILE is required</source>
        <translation>需要 --db 文件</translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version is kept as %1</source>
        <translation>数据库已升级；旧版本保存为 %1</translation>
    </message>
    <message>
        <source>add a report to a database</source>
        <translation>将报告加入数据库</translation>
    </message>
    <message>
        <source>the report, as a Nianbao JSON file</source>
        <translation>报告（年报填报 JSON 文件）</translation>
    </message>
    <message>
        <source>usage: nianbao import REPORT.json --db FILE</source>
        <translation>用法：nianbao import 报告.json --db 文件</translation>
    </message>
    <message>
        <source>cannot read the report: %1</source>
        <translation>无法读取报告：%1</translation>
    </message>
    <message>
        <source>write a report from a database as JSON</source>
        <translation>将数据库中的报告写成 JSON</translation>
    </message>
    <message>
        <source>the report&apos;s number, as `list` prints it</source>
        <translation>报告编号（即 list 命令列出的编号）</translation>
    </message>
    <message>
        <source>the file to write (standard output when absent)</source>
        <translation>要写入的文件（省略时写到标准输出）</translation>
    </message>
    <message>
        <source>usage: nianbao export-json --db FILE --report NUMBER [--output OUT.json]</source>
        <translation>用法：nianbao export-json --db 文件 --report 编号 [--output 输出.json]</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>print the reports in a database</source>
        <translation>列出数据库中的报告</translation>
    </message>
    <message>
        <source>the report database: a SQLite file, or postgresql://user@host/database</source>
        <translation>报告数据库：SQLite 文件，或 postgresql://用户@主机/数据库</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>cannot add the report: %1</source>
        <translation>无法添加报告：%1</translation>
    </message>
    <message>
        <source>check a report&apos;s sign-off</source>
        <translation>核验报告的签发</translation>
    </message>
    <message>
        <source>usage: nianbao verify --db FILE --report NUMBER [--trust LIST]</source>
        <translation>用法：nianbao verify --db FILE --report NUMBER [--trust LIST]</translation>
    </message>
    <message>
        <source>report %1: %2 %3, revision %4, state in the file: %5</source>
        <translation>报告 %1：%2 %3，第 %4 版，文件中的状态：%5</translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation>未签发</translation>
    </message>
    <message>
        <source>signed off by: %1</source>
        <translation>签发人：%1</translation>
    </message>
    <message>
        <source>at: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>report digest (SHA-256): %1</source>
        <translation>报告摘要（SHA-256）：%1</translation>
    </message>
    <message>
        <source>key fingerprint: %1</source>
        <translation>密钥指纹：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>signature valid; the key is trusted as %1</source>
        <translation>签名有效；该密钥受信任，属于 %1</translation>
    </message>
    <message>
        <source>signature valid, but the signer is not trusted: %1</source>
        <translation>签名有效，但签名人不受信任：%1</translation>
    </message>
    <message>
        <source>signature invalid: %1</source>
        <translation>签名无效：%1</translation>
    </message>
</context>
<context>
    <name>TableCommands</name>
    <message>
        <source>not a report number: %1</source>
        <translation>不是报告编号：%1</translation>
    </message>
    <message>
        <source>the database holds no report of %1</source>
        <translation>数据库中没有 %1 年度的报告</translation>
    </message>
    <message>
        <source>write a report&apos;s tables as a spreadsheet</source>
        <translation>将报告的表格写成电子表格</translation>
    </message>
    <message>
        <source>the file to write: .xlsx or .csv</source>
        <translation>要写入的文件：.xlsx 或 .csv</translation>
    </message>
    <message>
        <source>usage: nianbao export-tables --db FILE --report NUMBER -o OUT.xlsx</source>
        <translation>用法：nianbao export-tables --db 文件 --report 编号 -o 输出.xlsx</translation>
    </message>
    <message>
        <source>add a report from a filled sheet</source>
        <translation>从填好的表格添加报告</translation>
    </message>
    <message>
        <source>the sheet, as CSV (Excel: Save As ▸ CSV UTF-8)</source>
        <translation>表格，CSV 格式（Excel：另存为 ▸ CSV UTF-8）</translation>
    </message>
    <message>
        <source>usage: nianbao import-tables SHEET.csv --db FILE</source>
        <translation>用法：nianbao import-tables 表格.csv --db 文件</translation>
    </message>
    <message>
        <source>the sheet cannot be read: %1</source>
        <translation>无法读取表格：%1</translation>
    </message>
    <message>
        <source>sum several agencies&apos; reports of one year (汇总)</source>
        <translation>汇总多个机关同一年度的报告</translation>
    </message>
    <message>
        <source>every report of this year</source>
        <translation>该年度的全部报告</translation>
    </message>
    <message>
        <source>these reports only, by number</source>
        <translation>仅这些报告（按编号）</translation>
    </message>
    <message>
        <source>the name the summary goes under</source>
        <translation>汇总报告使用的名称</translation>
    </message>
    <message>
        <source>the file to write: .xlsx or .csv (tables and members), .pdf, .html or .odt</source>
        <translation>要写入的文件：.xlsx 或 .csv（表格及各机关明细）、.pdf、.html 或 .odt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (report %2): %n error(s), %3</source>
        <translation>
            <numerusform>%1（报告 %2）：%n 个错误，%3</numerusform>
        </translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>已签发</translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation>未签发</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) of %1 consolidated</source>
        <translation>
            <numerusform>已汇总 %1 年度的 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>--title: the name %1</source>
        <translation>--title：名称%1</translation>
    </message>
    <message>
        <source>usage: nianbao consolidate --db FILE (--year YEAR | --reports 1,2,3) [--include-unsigned] -o OUT.xlsx</source>
        <translation>用法：nianbao consolidate --db FILE (--year YEAR | --reports 1,2,3) [--include-unsigned] -o OUT.xlsx</translation>
    </message>
    <message>
        <source>sum the reports not signed off (or whose signature does not hold) too; by default they are left out and listed</source>
        <translation>同时汇总未签发（或签名无效）的报告；默认不纳入并逐一列出</translation>
    </message>
    <message>
        <source>left out: %1 (report %2, %3): %4</source>
        <translation>未纳入：%1（报告 %2，%3）：%4</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) left out: not signed off with a valid, trusted signature (--include-unsigned sums them too)</source>
        <translation>
            <numerusform>%n 份报告未纳入：未经有效且受信任的签名签发（加 --include-unsigned 一并汇总）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableExchange</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>an .xlsx workbook cannot be read back; save the sheet as CSV (UTF-8) and import that</source>
        <translation>不能读取 .xlsx 工作簿；请将表格另存为 CSV（UTF-8）后导入</translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>“%1” means not applicable, which this cell does not allow</source>
        <translation>“%1”表示不适用，本单元格不允许填不适用</translation>
    </message>
    <message>
        <source>the amount is in %1, but this report uses %2</source>
        <translation>金额单位为%1，但本报告使用%2</translation>
    </message>
    <message>
        <source>“%1” is not a number: “%2” is not a digit</source>
        <translation>“%1”不是数字：“%2”不是数字字符</translation>
    </message>
    <message>
        <source>“%1” has misplaced thousands separators</source>
        <translation>“%1”的千位分隔符位置不对</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>“%1” is not a whole number; this cell counts items</source>
        <translation>“%1”不是整数；本单元格填写件数</translation>
    </message>
    <message>
        <source>“%1” has more than %2 decimal places</source>
        <translation>“%1”的小数超过 %2 位</translation>
    </message>
    <message>
        <source>“%1” is negative; this cell cannot be below 0</source>
        <translation>“%1”为负数；本单元格不能小于 0</translation>
    </message>
    <message>
        <source>“%1” is larger than the maximum %2</source>
        <translation>“%1”超过上限 %2</translation>
    </message>
</context>
<context>
    <name>Xlsx</name>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2, column %3</source>
        <translation>工作表“%1”第 %2 行第 %3 列</translation>
    </message>
    <message>
        <source>%1: the text is %2 characters long, and an Excel cell holds at most %3; nothing was written. Export as CSV instead.</source>
        <translation>%1：文字长 %2 个字符，Excel 单元格最多容纳 %3 个；未写入任何文件。请改为导出 CSV。</translation>
    </message>
    <message>
        <source>%1: the text holds a NUL character, which an Excel cell cannot; nothing was written.</source>
        <translation>%1：文字含有 NUL 字符，Excel 单元格无法保存；未写入任何文件。</translation>
    </message>
    <message>
        <source>cannot write %1: a cell could not be written</source>
        <translation>无法写入 %1：有单元格写入失败</translation>
    </message>
</context>
<context>
    <name>nb::AgencyDetailsDialog</name>
    <message>
        <source>none yet: given when signed off</source>
        <translation>暂无：签发时填写</translation>
    </message>
    <message>
        <source>Not said (taken as a department)</source>
        <translation>未说明（按部门计）</translation>
    </message>
    <message>
        <source>A department of a county-level or higher government (by 31 January)</source>
        <translation>县级以上人民政府部门（次年1月31日前）</translation>
    </message>
    <message>
        <source>A people&apos;s government, its own report (by 31 March)</source>
        <translation>人民政府本级报告（次年3月31日前）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>nb::BoardDialog</name>
    <message>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>法定期限</translation>
    </message>
    <message>
        <source>Last change / reason returned</source>
        <translation>最近修改 / 退回理由</translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation>退回：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies): %1.</source>
        <translation>
            <numerusform>共 %n 个机关：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The consolidation counts the signed reports; not included: %1.</source>
        <translation>汇总只计入已签发的报告；未计入：%1。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>choose an agency whose report is under review</source>
        <translation>请选择报告正在审核的机关</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an agency to send its report back.</source>
        <translation>请选择一个机关，再退回其报告。</translation>
    </message>
    <message>
        <source>Only a supervisor sends a report back.</source>
        <translation>只有审核人可以退回报告。</translation>
    </message>
    <message>
        <source>%1 has no report for %2 yet: there is nothing to send back.</source>
        <translation>%1 尚无 %2 年度的报告：没有可退回的内容。</translation>
    </message>
    <message>
        <source>The report of %1 is still being filled in: the clerk has it already.</source>
        <translation>%1 的报告仍在填报中：报告已在填报人手中。</translation>
    </message>
    <message>
        <source>The report of %1 was sent back already: %2</source>
        <translation>%1 的报告已退回：%2</translation>
    </message>
    <message>
        <source>Send the report of %1 back to the clerk with a reason: it becomes the next revision.</source>
        <translation>注明理由，将 %1 的报告退回填报人：报告将成为下一版。</translation>
    </message>
    <message>
        <source>The report of %1 is signed: sending it back reopens it as the next revision (your reason and password); the sign-off stays in its history.</source>
        <translation>%1 的报告已签发：退回即以下一版重新打开（需填写理由并输入密码）；签发记录保留在修改历史中。</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>重新打开(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Send Back…</source>
        <translation>退回(&amp;S)…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The report of %1 is reopened.</source>
        <translation>%1 的报告已重新打开。</translation>
    </message>
    <message>
        <source>The report of %1 is sent back.</source>
        <translation>%1 的报告已退回。</translation>
    </message>
</context>
<context>
    <name>nb::ConsolidationDialog</name>
    <message>
        <source>Consolidation: %1, %2</source>
        <translation>汇总：%1，%2年度</translation>
    </message>
    <message>
        <source>a consolidation is computed from the agencies&apos; reports; change those instead</source>
        <translation>汇总由各机关的报告计算得出；请修改各机关的报告</translation>
    </message>
    <message>
        <source>This report has errors</source>
        <translation>该报告有错误</translation>
    </message>
    <message>
        <source>This report is not signed off</source>
        <translation>该报告尚未签发</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies&apos; reports for %1 summed.</source>
        <translation>
            <numerusform>已汇总 %n 个机关的 %1 年度报告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them with errors.</source>
        <translation>
            <numerusform>其中 %n 份有错误。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them not signed off.</source>
        <translation>
            <numerusform>其中 %n 份尚未签发。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every one is signed off and without errors.</source>
        <translation>全部已签发且无错误。</translation>
    </message>
    <message>
        <source>%1: %2 in all</source>
        <translation>%1：合计 %2</translation>
    </message>
    <message>
        <source>Export Consolidation</source>
        <translation>导出汇总</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;网页 (*.html)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nianbao</source>
        <translation>年报填报</translation>
    </message>
    <message>
        <source>The reports cannot be summed: %1</source>
        <translation>无法汇总这些报告：%1</translation>
    </message>
    <message>
        <source>this consolidation cannot be summed again</source>
        <translation>此汇总无法重新计算</translation>
    </message>
    <message>
        <source>Select a cell to see each agency&apos;s share of it.</source>
        <translation>选择一个单元格，查看各机关在其中的数字。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) left out: not signed off with a valid signature by a trusted supervisor.</source>
        <translation>
            <numerusform>%n 份报告未纳入：未经受信任的审核人有效签发。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reports left out (%n)</source>
        <translation>
            <numerusform>未纳入的报告（%n 份）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::HelpDialog</name>
    <message>
        <source>The manual is missing from this build of Nianbao.</source>
        <translation>本版本缺少使用说明。</translation>
    </message>
</context>
<context>
    <name>nb::HistoryDialog</name>
    <message>
        <source>review: %1 → %2</source>
        <translation>审核：%1 → %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Contact details and date</source>
        <translation>联系方式和日期</translation>
    </message>
    <message>
        <source>format %1</source>
        <translation>%1 版格式</translation>
    </message>
    <message>
        <source>warning accepted</source>
        <translation>接受警告</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Agency details</source>
        <translation>机关信息</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>其他修改</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>联系部门</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>zeros printed as blank</source>
        <translation>零值印为空白</translation>
    </message>
</context>
<context>
    <name>nb::ImportPublishedDialog</name>
    <message>
        <source>&amp;Add Report</source>
        <translation>添加报告(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 report of %3, dated %4.&lt;br&gt;Format: %5.&lt;br&gt;%n cell(s) filled; %6.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：%3 %2 年度报告，日期 %4。&lt;br&gt;格式：%5。&lt;br&gt;已填 %n 个单元格；%6。</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown agency</source>
        <translation>未知机关</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>no narrative found</source>
        <translation>未找到叙述部分</translation>
    </message>
    <message>
        <source>narratives found: %1</source>
        <translation>找到的叙述部分：%1</translation>
    </message>
    <message>
        <source>Every table cell was placed; no text was left over.</source>
        <translation>表格的每个单元格都已放置，没有剩余文字。</translation>
    </message>
    <message>
        <source>No errors or warnings.</source>
        <translation>没有错误或警告。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Select a cell to see where on the page it was read.</source>
        <translation>选择一个单元格，查看它在页面上的位置。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of the format&apos;s rules not checked: they concern cells that could not be read</source>
        <translation>
            <numerusform>%n 条格式规则未检查：涉及未能读出的单元格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::MainWindow</name>
    <message>
        <source>⚠ Read only: this file is being edited in another window or on another computer — %1. You can read every report; to edit, close the other session and open the file again.</source>
        <translation>⚠ 只读：此文件正在另一个窗口或另一台计算机上编辑——%1。您可以查看所有报告；如需编辑，请关闭另一处后重新打开此文件。</translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version is kept as %1</source>
        <translation>数据库已升级；旧版本保存为 %1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开数据库。</translation>
    </message>
    <message>
        <source>The report file cannot be read: %1</source>
        <translation>无法读取报告文件：%1</translation>
    </message>
    <message>
        <source>The report cannot be added: %1</source>
        <translation>无法加入报告：%1</translation>
    </message>
    <message>
        <source>Added the %1 report of %2</source>
        <translation>已加入%2 %1 年度的报告</translation>
    </message>
    <message>
        <source>New Report Database</source>
        <translation>新建报告数据库</translation>
    </message>
    <message>
        <source>Nianbao databases (*.sqlite)</source>
        <translation>年报填报数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open to work with it.</source>
        <translation>%1 已存在。请用“打开”来使用它。</translation>
    </message>
    <message>
        <source>Open Report Database</source>
        <translation>打开报告数据库</translation>
    </message>
    <message>
        <source>Nianbao databases (*.sqlite);;All files (*)</source>
        <translation>年报填报数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Report File</source>
        <translation>导入报告文件</translation>
    </message>
    <message>
        <source>Nianbao report files (*.json)</source>
        <translation>年报填报报告文件 (*.json)</translation>
    </message>
    <message>
        <source>Nianbao</source>
        <translation>年报填报</translation>
    </message>
    <message>
        <source>%1 (read only) — Nianbao</source>
        <translation>%1（只读）— 年报填报</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>All changes are saved in %1</source>
        <translation>所有修改均已保存在 %1</translation>
    </message>
    <message>
        <source>Export Report File</source>
        <translation>导出报告文件</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1, %2 report — %3</source>
        <translation>%1 %2 年度报告 — %3</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <source>Export Published Report</source>
        <translation>导出发布版报告</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>The password of %1 is not right.</source>
        <translation>%1 的密码不正确。</translation>
    </message>
    <message>
        <source>%1 is not a user of this file.</source>
        <translation>%1 不是此文件的用户。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (not signed in)</source>
        <translation>%1（未登录）</translation>
    </message>
    <message>
        <source>Read only: %1.</source>
        <translation>只读：%1。</translation>
    </message>
    <message>
        <source>The published report cannot be read: %1</source>
        <translation>无法读取已发布的报告：%1</translation>
    </message>
    <message>
        <source>Added the %1 report of %2 from %3</source>
        <translation>已从 %3 添加 %2 的 %1 年度报告</translation>
    </message>
    <message>
        <source>Import Published Report</source>
        <translation>导入已发布的报告</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>No format of this version covers %1.</source>
        <translation>本版本没有适用于 %1 年度的格式。</translation>
    </message>
    <message>
        <source>The %1 report cannot be created: %2</source>
        <translation>无法新建 %1 年度报告：%2</translation>
    </message>
    <message numerus="yes">
        <source>The %1 report of %2 was begun from %3&apos;s: %n figure(s) carried over</source>
        <translation>
            <numerusform>已由 %3 年度报告新建 %2 的 %1 年度报告：带入 %n 个数字</numerusform>
        </translation>
    </message>
    <message>
        <source>The reports cannot be summed: %1</source>
        <translation>无法汇总这些报告：%1</translation>
    </message>
    <message>
        <source>The sheet cannot be read: %1</source>
        <translation>无法读取表格：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were read from %1; some of the sheet could not be read and stays blank.</source>
        <translation>
            <numerusform>从 %1 读取了 %n 个单元格；表格中有部分内容无法读取，保持为空。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added from %1: %n cell(s)</source>
        <translation>
            <numerusform>已从 %1 添加：%n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by %1 taken in</source>
        <translation>
            <numerusform>已合并 %1 的 %n 处修改</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>Server address (postgresql://user@host/database). The password is asked for, or read from PGPASSFILE; never put it in the address.</source>
        <translation>服务器地址（postgresql://用户@主机/数据库）。密码会另行询问，或从 PGPASSFILE 读取；切勿写在地址中。</translation>
    </message>
    <message>
        <source>Export Tables</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import Tables</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Last year&apos;s report could not be loaded, so the rules that compare with it are not checked: %1</source>
        <translation>无法读取上一年度报告，与上年比对的规则未检查：%1</translation>
    </message>
    <message>
        <source>There is no report format “%1”; this version knows %2.</source>
        <translation>没有“%1”这种报告格式；本版本支持的格式为 %2。</translation>
    </message>
    <message>
        <source>The %1 report could not be loaded, so nothing was carried from it: %2</source>
        <translation>无法读取 %1 年度报告，未从中结转任何数据：%2</translation>
    </message>
    <message>
        <source>The report could not be printed: the printer refused to start (%1).</source>
        <translation>报告未能打印：打印机无法启动（%1）。</translation>
    </message>
    <message>
        <source>Collection &amp;Board…</source>
        <translation>汇总进度(&amp;B)…</translation>
    </message>
    <message>
        <source>Blank Cells of This Table → &amp;0</source>
        <translation>本表空白格填 0(&amp;0)</translation>
    </message>
    <message>
        <source>%1 — Nianbao</source>
        <translation>%1 — 年报填报</translation>
    </message>
    <message>
        <source>Put the cursor in a table first</source>
        <translation>请先将光标放在表格中</translation>
    </message>
    <message numerus="yes">
        <source>%n blank cell(s) set to 0</source>
        <translation>
            <numerusform>已将 %n 个空白格填为 0</numerusform>
        </translation>
    </message>
    <message>
        <source>About Nianbao</source>
        <translation>关于年报填报</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nianbao %1&lt;/h3&gt;&lt;p&gt;Prepares, checks, reviews and publishes the annual report on government information disclosure in the national format.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;年报填报 %1&lt;/h3&gt;&lt;p&gt;按国家规定格式编写、检查、审核和发布政府信息公开工作年度报告。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Returned for changes by %1 on %2: %3</source>
        <translation>%1 于 %2 退回修改，理由：%3</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;OpenDocument text (*.odt);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;网页 (*.html);;OpenDocument 文本 (*.odt);;Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Published reports (*.pdf *.docx *.html *.htm *.txt);;All files (*)</source>
        <translation>已发布的报告 (*.pdf *.docx *.html *.htm *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Sum them anyway, though not signed off?</source>
        <translation>仍要汇总这些未签发的报告吗？</translation>
    </message>
</context>
<context>
    <name>nb::NewReportDialog</name>
    <message>
        <source>Reports on %1 use this format.</source>
        <translation>%1 年度报告使用此格式。</translation>
    </message>
    <message>
        <source>⚠ Reports on %1 use another format; this one will be flagged (rule R10).</source>
        <translation>⚠ %1 年度报告应使用另一种格式；选用此格式将被提示（规则 R10）。</translation>
    </message>
    <message>
        <source>⚠ The agency name %1.</source>
        <translation>⚠ 机关名称%1。</translation>
    </message>
</context>
<context>
    <name>nb::ReportEditor</name>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>warnings to check</source>
        <translation>有警告待核对</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings — click one to go to its cell</source>
        <translation>%1 个错误，%2 个警告 — 点击可跳到对应单元格</translation>
    </message>
    <message>
        <source>cells left blank</source>
        <translation>有空白单元格</translation>
    </message>
    <message>
        <source>Nothing entered yet: the rules are checked as you type.</source>
        <translation>尚未填写：输入时即检查勾稽规则。</translation>
    </message>
    <message>
        <source>No errors or warnings in what is entered so far.</source>
        <translation>已填写的内容没有错误或警告。</translation>
    </message>
</context>
<context>
    <name>nb::ReportListPage</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已签发</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %2 份中的 %1 份</translation>
    </message>
    <message>
        <source>Signature invalid</source>
        <translation>签名无效</translation>
    </message>
    <message>
        <source>Signer not trusted</source>
        <translation>签名人不受信任</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>more than %1 of %2 shown</source>
        <translation>显示 %2 份中的 %1 余份</translation>
    </message>
</context>
<context>
    <name>nb::ReportTableModel</name>
    <message>
        <source>Computed from its parts</source>
        <translation>由各分项自动计算</translation>
    </message>
    <message>
        <source>Supervisor: %1</source>
        <translation>审核意见：%1</translation>
    </message>
</context>
<context>
    <name>nb::ReviewDialog</name>
    <message>
        <source>Submit for Review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>The report goes to the supervisor and cannot be changed until it is returned.</source>
        <translation>报告将交给审核人，退回前不能再修改。</translation>
    </message>
    <message>
        <source>Return for Changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>The clerk can change the report again. Say what to change.</source>
        <translation>填报人可以再次修改报告。请说明需要修改什么。</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>Signing locks the report as it is now and seals it with your signature, which your password unlocks: any later change shows. The published report then carries your name instead of the draft mark.</source>
        <translation>签发将按现状锁定报告，并以您的签名封存（签名由您的密码开启）：此后的任何改动都会显现。此后发布的报告将显示您的姓名，不再带“草稿”标记。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Reopening starts a new revision: the signature no longer applies and the report becomes a draft. The sign-off stays in the history.</source>
        <translation>重新打开将开始新的一版：签名不再适用，报告变为草稿。签发记录保留在修改历史中。</translation>
    </message>
</context>
<context>
    <name>nb::ReviewPanel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · revision %2 · you are %3 (%4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 第 %2 版 · 当前用户 %3（%4）</translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation>已由 %1 解决</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2, signature valid (key %3)</source>
        <translation>%1 于 %2 签发，签名有效（密钥 %3）</translation>
    </message>
    <message>
        <source>⚠ Signer not trusted: %1. It is not shown or published as signed; add the key to the trusted list, or have a supervisor reopen it and sign again.</source>
        <translation>⚠ 签名人不受信任：%1。本报告不按已签发显示或发布；请将该密钥加入受信任列表，或由审核人重新打开后再次签发。</translation>
    </message>
    <message>
        <source>⚠ Signature invalid: %1. Someone changed the database outside Nianbao. It cannot be published as signed; a supervisor must reopen it, check it and sign again.</source>
        <translation>⚠ 签名无效：%1。有人在年报填报之外改动了数据库。本报告不能按已签发发布；须由审核人重新打开、核对并再次签发。</translation>
    </message>
    <message>
        <source>To verify: %1</source>
        <translation>待核实：%1</translation>
    </message>
    <message>
        <source>answered by %1: %2</source>
        <translation>%1 已答复：%2</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>说明（%1）：%2</translation>
    </message>
    <message>
        <source>Answer a Flag to Verify</source>
        <translation>答复待核实</translation>
    </message>
    <message>
        <source>What was checked, and what it showed:</source>
        <translation>核实了什么，结果如何：</translation>
    </message>
</context>
<context>
    <name>nb::SectionPage</name>
    <message>
        <source>Unit of %1:</source>
        <translation>%1的单位：</translation>
    </message>
    <message>
        <source>Not taken: %1.</source>
        <translation>未采用：%1。</translation>
    </message>
    <message>
        <source>%1 (official heading: %2)</source>
        <translation>%1（规定标题：%2）</translation>
    </message>
</context>
<context>
    <name>nb::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>nb::StartPage</name>
    <message>
        <source>%1, %2 report</source>
        <translation>%1 %2 年度报告</translation>
    </message>
</context>
</TS>
