<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckCommand</name>
    <message>
        <source>check a report file</source>
        <translation>检查报告文件</translation>
    </message>
    <message>
        <source>the report, as a Nianbao JSON file</source>
        <translation>报告（年报填报 JSON 文件）</translation>
    </message>
    <message>
        <source>last year&apos;s report, for the cross-year rules R6, R7 and R9</source>
        <translation>上一年度的报告，用于跨年度规则 R6、R7、R9</translation>
    </message>
    <message>
        <source>usage: nianbao check REPORT.json [--previous LAST_YEAR.json]</source>
        <translation>用法：nianbao check 报告.json [--previous 上年报告.json]</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Nianbao — Annual Report on Government Information Disclosure</source>
        <translation>年报填报 — 政府信息公开工作年度报告</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
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
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
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
        <source>%1 is not a plausible report year</source>
        <translation>%1 不是合理的报告年度</translation>
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
    <name>nb::MainWindow</name>
    <message>
        <source>Report formats loaded: %1</source>
        <translation>已加载的报告格式：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
</TS>
