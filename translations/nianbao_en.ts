<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CheckCommand</name>
    <message>
        <source>check a report file</source>
        <translation>check a report file</translation>
    </message>
    <message>
        <source>the report, as a Nianbao JSON file</source>
        <translation>the report, as a Nianbao JSON file</translation>
    </message>
    <message>
        <source>last year&apos;s report, for the cross-year rules R6, R7 and R9</source>
        <translation>last year&apos;s report, for the cross-year rules R6, R7 and R9</translation>
    </message>
    <message>
        <source>usage: nianbao check REPORT.json [--previous LAST_YEAR.json]</source>
        <translation>usage: nianbao check REPORT.json [--previous LAST_YEAR.json]</translation>
    </message>
    <message>
        <source>cannot read the report: %1</source>
        <translation>cannot read the report: %1</translation>
    </message>
    <message>
        <source>cannot read last year&apos;s report: %1</source>
        <translation>cannot read last year&apos;s report: %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 errors, %2 warnings</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>check a report file against the rules of its format</source>
        <translation>check a report file against the rules of its format</translation>
    </message>
    <message>
        <source>Nianbao prepares the annual government information disclosure report.
Without a command it starts the application.

Commands:</source>
        <translation>Nianbao prepares the annual government information disclosure report.
Without a command it starts the application.

Commands:</translation>
    </message>
    <message>
        <source>language of messages: zh or en</source>
        <translation>language of messages: zh or en</translation>
    </message>
    <message>
        <source>the command to run</source>
        <translation>the command to run</translation>
    </message>
</context>
<context>
    <name>FormatDefinition</name>
    <message>
        <source>header node “%1” has no id or an unknown kind</source>
        <translation>header node “%1” has no id or an unknown kind</translation>
    </message>
    <message>
        <source>format file is not valid JSON: %1</source>
        <translation>format file is not valid JSON: %1</translation>
    </message>
    <message>
        <source>format file has no id</source>
        <translation>format file has no id</translation>
    </message>
    <message>
        <source>section %1 names an unknown table %2</source>
        <translation>section %1 names an unknown table %2</translation>
    </message>
    <message>
        <source>table %1 belongs to no section</source>
        <translation>table %1 belongs to no section</translation>
    </message>
    <message>
        <source>cell key %1 occurs twice</source>
        <translation>cell key %1 occurs twice</translation>
    </message>
    <message>
        <source>total %1 sums an unknown group %2</source>
        <translation>total %1 sums an unknown group %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nianbao — Annual Report on Government Information Disclosure</source>
        <translation>Nianbao — Annual Report on Government Information Disclosure</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
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
        <translation>a boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>unknown key (expected one of: %1)</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>expected an object, found %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>expected a string, found %1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>expected a whole number, found %1</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>the number is too large</translation>
    </message>
    <message>
        <source>expected an amount such as &quot;12.5&quot; (at most 4 decimals), found &quot;%1&quot;</source>
        <translation>expected an amount such as &quot;12.5&quot; (at most 4 decimals), found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an amount as a string such as &quot;12.5&quot;, found %1</source>
        <translation>expected an amount as a string such as &quot;12.5&quot;, found %1</translation>
    </message>
    <message>
        <source>expected a whole number or &quot;/&quot;, found %1</source>
        <translation>expected a whole number or &quot;/&quot;, found %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>$: expected a report object</source>
        <translation>$: expected a report object</translation>
    </message>
    <message>
        <source>missing: this is not a Nianbao report file</source>
        <translation>missing: this is not a Nianbao report file</translation>
    </message>
    <message>
        <source>file version %1 is newer than this program reads (%2); update Nianbao</source>
        <translation>file version %1 is newer than this program reads (%2); update Nianbao</translation>
    </message>
    <message>
        <source>unknown format “%1” (known: %2)</source>
        <translation>unknown format “%1” (known: %2)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>%1 is not a plausible report year</source>
        <translation>%1 is not a plausible report year</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found “%1”</source>
        <translation>expected a date as YYYY-MM-DD, found “%1”</translation>
    </message>
    <message>
        <source>not an amount cell of the %1 format</source>
        <translation>not an amount cell of the %1 format</translation>
    </message>
    <message>
        <source>unit “%1” is not one of %2</source>
        <translation>unit “%1” is not one of %2</translation>
    </message>
    <message>
        <source>no such cell in the %1 format</source>
        <translation>no such cell in the %1 format</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>RuleCompiler</name>
    <message>
        <source>cannot read rule expression “%1” at position %2: %3</source>
        <translation>cannot read rule expression “%1” at position %2: %3</translation>
    </message>
    <message>
        <source>unexpected text</source>
        <translation>unexpected text</translation>
    </message>
    <message>
        <source>expected =, &lt;= or &gt;=</source>
        <translation>expected =, &lt;= or &gt;=</translation>
    </message>
    <message>
        <source>unknown cell %1</source>
        <translation>unknown cell %1</translation>
    </message>
    <message>
        <source>expected )</source>
        <translation>expected )</translation>
    </message>
    <message>
        <source>sum() needs table.row.column, got %1</source>
        <translation>sum() needs table.row.column, got %1</translation>
    </message>
    <message>
        <source>sum() over an unknown group: %1</source>
        <translation>sum() over an unknown group: %1</translation>
    </message>
    <message>
        <source>cannot read “each” binding %1</source>
        <translation>cannot read “each” binding %1</translation>
    </message>
    <message>
        <source>a rule has no id or an unknown severity “%1”</source>
        <translation>a rule has no id or an unknown severity “%1”</translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>“%1” means not applicable, which this cell does not allow</source>
        <translation>“%1” means not applicable, which this cell does not allow</translation>
    </message>
    <message>
        <source>the amount is in %1, but this report uses %2</source>
        <translation>the amount is in %1, but this report uses %2</translation>
    </message>
    <message>
        <source>“%1” is not a number: “%2” is not a digit</source>
        <translation>“%1” is not a number: “%2” is not a digit</translation>
    </message>
    <message>
        <source>“%1” has misplaced thousands separators</source>
        <translation>“%1” has misplaced thousands separators</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>“%1” is not a whole number; this cell counts items</source>
        <translation>“%1” is not a whole number; this cell counts items</translation>
    </message>
    <message>
        <source>“%1” has more than %2 decimal places</source>
        <translation>“%1” has more than %2 decimal places</translation>
    </message>
    <message>
        <source>“%1” is negative; this cell cannot be below 0</source>
        <translation>“%1” is negative; this cell cannot be below 0</translation>
    </message>
    <message>
        <source>“%1” is larger than the maximum %2</source>
        <translation>“%1” is larger than the maximum %2</translation>
    </message>
</context>
<context>
    <name>nb::MainWindow</name>
    <message>
        <source>Report formats loaded: %1</source>
        <translation>Report formats loaded: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
</TS>
