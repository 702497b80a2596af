<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgencyDetailsDialog</name>
    <message>
        <source>Agency Details</source>
        <translation>Agency Details</translation>
    </message>
    <message>
        <source>Contact &amp;office:</source>
        <translation>Contact &amp;office:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>&amp;Fax:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Print zeros as empty cells in the published report</source>
        <translation>Print zeros as empty cells in the published report</translation>
    </message>
    <message>
        <source>Date under the &amp;report:</source>
        <translation>Date under the &amp;report:</translation>
    </message>
    <message>
        <source>The date printed under the report, after the agency&apos;s name. Left unticked, the report has no date until it is signed off, when the supervisor gives it.</source>
        <translation>The date printed under the report, after the agency&apos;s name. Left unticked, the report has no date until it is signed off, when the supervisor gives it.</translation>
    </message>
    <message>
        <source>&amp;Kind of agency:</source>
        <translation>&amp;Kind of agency:</translation>
    </message>
    <message>
        <source>Decides the statutory deadline (Regulations on Open Government Information, art. 49)</source>
        <translation>Decides the statutory deadline (Regulations on Open Government Information, art. 49)</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>BoardDialog</name>
    <message>
        <source>Collection Board</source>
        <translation>Collection Board</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Send Back…</source>
        <translation>&amp;Send Back…</translation>
    </message>
    <message>
        <source>&amp;Consolidate the Signed Reports</source>
        <translation>&amp;Consolidate the Signed Reports</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check a report file</source>
        <translation>check a report file</translation>
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
    <message>
        <source>the report, as a Nianbao JSON file (several for a batch)</source>
        <translation>the report, as a Nianbao JSON file (several for a batch)</translation>
    </message>
    <message>
        <source>last year&apos;s report, for the cross-year rules (R6, R7, R9) and the plausibility checks R12–R14 (one report only)</source>
        <translation>last year&apos;s report, for the cross-year rules (R6, R7, R9) and the plausibility checks R12–R14 (one report only)</translation>
    </message>
    <message>
        <source>output: text (one finding a line), json or csv</source>
        <translation>output: text (one finding a line), json or csv</translation>
    </message>
    <message>
        <source>also the checks made at submission (blank cells R16, empty sections R15)</source>
        <translation>also the checks made at submission (blank cells R16, empty sections R15)</translation>
    </message>
    <message>
        <source>the sign-off date, for the timeliness rule R17</source>
        <translation>the sign-off date, for the timeliness rule R17</translation>
    </message>
    <message>
        <source>usage: nianbao check REPORT.json... [--previous LAST_YEAR.json] [--format text|json|csv]</source>
        <translation>usage: nianbao check REPORT.json... [--previous LAST_YEAR.json] [--format text|json|csv]</translation>
    </message>
    <message>
        <source>unknown output format “%1”: use text, json or csv</source>
        <translation>unknown output format “%1”: use text, json or csv</translation>
    </message>
    <message>
        <source>--previous goes with one report; check several reports without it</source>
        <translation>--previous goes with one report; check several reports without it</translation>
    </message>
    <message>
        <source>--signed expects a date as YYYY-MM-DD, found “%1”</source>
        <translation>--signed expects a date as YYYY-MM-DD, found “%1”</translation>
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
    <message>
        <source>add a report file to a database</source>
        <translation>add a report file to a database</translation>
    </message>
    <message>
        <source>write a report from a database as a JSON file</source>
        <translation>write a report from a database as a JSON file</translation>
    </message>
    <message>
        <source>print the reports in a database</source>
        <translation>print the reports in a database</translation>
    </message>
    <message>
        <source>write a report&apos;s tables from a database as Excel or CSV</source>
        <translation>write a report&apos;s tables from a database as Excel or CSV</translation>
    </message>
    <message>
        <source>add a report to a database from a filled CSV sheet</source>
        <translation>add a report to a database from a filled CSV sheet</translation>
    </message>
    <message>
        <source>sum reports of one year (汇总) to Excel, CSV, PDF or HTML</source>
        <translation>sum reports of one year (汇总) to Excel, CSV, PDF or HTML</translation>
    </message>
    <message>
        <source>read a published report (PDF, HTML or text) and check it</source>
        <translation>read a published report (PDF, HTML or text) and check it</translation>
    </message>
    <message>
        <source>check every published report in a folder</source>
        <translation>check every published report in a folder</translation>
    </message>
    <message>
        <source>say who signed a report, with which key, and whether it holds</source>
        <translation>say who signed a report, with which key, and whether it holds</translation>
    </message>
    <message>
        <source>nianbao: unknown command “%1”.</source>
        <translation>nianbao: unknown command “%1”.</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Did you mean “%1”?</translation>
    </message>
    <message>
        <source>“nianbao --help” lists the commands.</source>
        <translation>“nianbao --help” lists the commands.</translation>
    </message>
    <message>
        <source>also trust the supervisors&apos; keys listed in this file (one &quot;fingerprint name&quot; a line)</source>
        <translation>also trust the supervisors&apos; keys listed in this file (one &quot;fingerprint name&quot; a line)</translation>
    </message>
    <message>
        <source>the report database to open (a file, or postgresql://user@host/database)</source>
        <translation>the report database to open (a file, or postgresql://user@host/database)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>the report to open, by its number in the list</source>
        <translation>the report to open, by its number in the list</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>who is working (a clerk of the file; a supervisor is asked for the password)</source>
        <translation>who is working (a clerk of the file; a supervisor is asked for the password)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>the report database to open (the same as --db)</source>
        <translation>the report database to open (the same as --db)</translation>
    </message>
    <message>
        <source>write the published report as PDF, HTML, ODT or Word (.docx)</source>
        <translation>write the published report as PDF, HTML, ODT or Word (.docx)</translation>
    </message>
</context>
<context>
    <name>Consolidation</name>
    <message>
        <source>no reports were chosen</source>
        <translation>no reports were chosen</translation>
    </message>
    <message>
        <source>%1&apos;s report is of %2 (%3), the others of %4 (%5): only reports of one year are summed</source>
        <translation>%1&apos;s report is of %2 (%3), the others of %4 (%5): only reports of one year are summed</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies</source>
        <translation>
            <numerusform>%n agency</numerusform>
            <numerusform>%n agencies</numerusform>
        </translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation>not signed off</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n report(s) chosen is signed off with a valid signature by a trusted supervisor; include the reports not signed off to sum them anyway</source>
        <translation>
            <numerusform>none of the %n report chosen is signed off with a valid signature by a trusted supervisor; include the reports not signed off to sum them anyway</numerusform>
            <numerusform>none of the %n reports chosen is signed off with a valid signature by a trusted supervisor; include the reports not signed off to sum them anyway</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsolidationDialog</name>
    <message>
        <source>Consolidation</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <source>Select a cell to see each agency&apos;s share of it.</source>
        <translation>Select a cell to see each agency&apos;s share of it.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reports summed</source>
        <translation>Reports summed</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Export PDF or Web Page…</source>
        <translation>Export PDF or Web Page…</translation>
    </message>
    <message>
        <source>Export CSV or Excel…</source>
        <translation>Export CSV or Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Title of the summary:</source>
        <translation>&amp;Title of the summary:</translation>
    </message>
    <message>
        <source>The name the summed report goes under in its tables and exports, e.g. the city or county</source>
        <translation>The name the summed report goes under in its tables and exports, e.g. the city or county</translation>
    </message>
    <message>
        <source>&amp;Include reports not signed off</source>
        <translation>&amp;Include reports not signed off</translation>
    </message>
    <message>
        <source>By default only reports signed off with a valid signature by a trusted supervisor are summed; the others are listed as left out</source>
        <translation>By default only reports signed off with a valid signature by a trusted supervisor are summed; the others are listed as left out</translation>
    </message>
    <message>
        <source>Reports left out</source>
        <translation>Reports left out</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file ends inside a quoted field (line %1): it is cut short or not CSV</source>
        <translation>the file ends inside a quoted field (line %1): it is cut short or not CSV</translation>
    </message>
    <message>
        <source>line %1 has more than %2 fields: this is not a report&apos;s sheet</source>
        <translation>line %1 has more than %2 fields: this is not a report&apos;s sheet</translation>
    </message>
    <message>
        <source>the file has more than %1 lines: this is not a report&apos;s sheet</source>
        <translation>the file has more than %1 lines: this is not a report&apos;s sheet</translation>
    </message>
</context>
<context>
    <name>DocxExport</name>
    <message>
        <source>cannot make the Word document (%1): %2</source>
        <translation>cannot make the Word document (%1): %2</translation>
    </message>
</context>
<context>
    <name>DocxSource</name>
    <message>
        <source>%1 cannot be opened as a Word document (.docx): %2</source>
        <translation>%1 cannot be opened as a Word document (.docx): %2</translation>
    </message>
    <message>
        <source>%1 is a zipped file but not a Word document (it has no word/document.xml); save the report as .docx or PDF</source>
        <translation>%1 is a zipped file but not a Word document (it has no word/document.xml); save the report as .docx or PDF</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB of text, which no report needs: it is damaged or built to fill the disk (a “zip bomb”), and is not read</source>
        <translation>%1 unpacks to more than %2 MB of text, which no report needs: it is damaged or built to fill the disk (a “zip bomb”), and is not read</translation>
    </message>
    <message>
        <source>%1: the Word document&apos;s text cannot be unpacked: %2</source>
        <translation>%1: the Word document&apos;s text cannot be unpacked: %2</translation>
    </message>
    <message>
        <source>%1: the Word document&apos;s text is damaged (%2)</source>
        <translation>%1: the Word document&apos;s text is damaged (%2)</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Figure Entry</source>
        <translation>Figure Entry</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>write the published report</source>
        <translation>write the published report</translation>
    </message>
    <message>
        <source>the report, as a Nianbao JSON file (or use --db and --report)</source>
        <translation>the report, as a Nianbao JSON file (or use --db and --report)</translation>
    </message>
    <message>
        <source>write a PDF</source>
        <translation>write a PDF</translation>
    </message>
    <message>
        <source>write one self-contained HTML file</source>
        <translation>write one self-contained HTML file</translation>
    </message>
    <message>
        <source>write an OpenDocument text file</source>
        <translation>write an OpenDocument text file</translation>
    </message>
    <message>
        <source>cannot read the report: %1</source>
        <translation>cannot read the report: %1</translation>
    </message>
    <message>
        <source>the report has errors; run nianbao check for the list</source>
        <translation>the report has errors; run nianbao check for the list</translation>
    </message>
    <message>
        <source>print zeros as empty cells (whatever the report&apos;s setting)</source>
        <translation>print zeros as empty cells (whatever the report&apos;s setting)</translation>
    </message>
    <message>
        <source>warning: the signer is not trusted (%1); the report is exported as a draft</source>
        <translation>warning: the signer is not trusted (%1); the report is exported as a draft</translation>
    </message>
    <message>
        <source>warning: signature invalid (%1); the report is exported as a draft</source>
        <translation>warning: signature invalid (%1); the report is exported as a draft</translation>
    </message>
    <message>
        <source>write a Word document (.docx)</source>
        <translation>write a Word document (.docx)</translation>
    </message>
    <message>
        <source>usage: nianbao export REPORT.json --pdf OUT.pdf [--html OUT.html] [--odt OUT.odt] [--docx OUT.docx]</source>
        <translation>usage: nianbao export REPORT.json --pdf OUT.pdf [--html OUT.html] [--odt OUT.odt] [--docx OUT.docx]</translation>
    </message>
    <message>
        <source>name at least one output: --pdf, --html, --odt or --docx</source>
        <translation>name at least one output: --pdf, --html, --odt or --docx</translation>
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
    <name>HelpDialog</name>
    <message>
        <source>Nianbao Manual</source>
        <translation>Nianbao Manual</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;Cell or section:</source>
        <translation>&amp;Cell or section:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>ImportPublishedCommand</name>
    <message>
        <source>read a published report</source>
        <translation>read a published report</translation>
    </message>
    <message>
        <source>save what was read as a Nianbao JSON file</source>
        <translation>save what was read as a Nianbao JSON file</translation>
    </message>
    <message>
        <source>cannot read the report: %1</source>
        <translation>cannot read the report: %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Agency: %1  Year: %2  Date: %3</source>
        <translation>Agency: %1  Year: %2  Date: %3</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(not found)</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) filled; narratives: %1</source>
        <translation>
            <numerusform>%n cell filled; narratives: %1</numerusform>
            <numerusform>%n cells filled; narratives: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) or row(s) could not be placed</source>
        <translation>
            <numerusform>%n cell or row could not be placed</numerusform>
            <numerusform>%n cells or rows could not be placed</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Added as report %1</source>
        <translation>Added as report %1</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>filled</translation>
    </message>
    <message>
        <source>the report as published: PDF, web page (HTML) or text</source>
        <translation>the report as published: PDF, web page (HTML) or text</translation>
    </message>
    <message>
        <source>the agency, when the report does not name it (or names it differently)</source>
        <translation>the agency, when the report does not name it (or names it differently)</translation>
    </message>
    <message>
        <source>usage: nianbao import-published FILE [--agency NAME] [--json OUT.json] [--db FILE]</source>
        <translation>usage: nianbao import-published FILE [--agency NAME] [--json OUT.json] [--db FILE]</translation>
    </message>
    <message>
        <source>check every published report in a folder</source>
        <translation>check every published report in a folder</translation>
    </message>
    <message>
        <source>the folder: PDF, HTML and text files</source>
        <translation>the folder: PDF, HTML and text files</translation>
    </message>
    <message>
        <source>also write the table as CSV</source>
        <translation>also write the table as CSV</translation>
    </message>
    <message>
        <source>usage: nianbao check-published DIR [--csv OUT.csv]</source>
        <translation>usage: nianbao check-published DIR [--csv OUT.csv]</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>cells read</source>
        <translation>cells read</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errors</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>warnings</translation>
    </message>
    <message>
        <source>unplaced</source>
        <translation>unplaced</translation>
    </message>
    <message>
        <source>remark</source>
        <translation>remark</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) read</source>
        <translation>
            <numerusform>%n report read</numerusform>
            <numerusform>%n reports read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of the format&apos;s rules not checked: they concern cells that could not be read</source>
        <translation>
            <numerusform>%n finding of the format&apos;s rules not checked: they concern cells that could not be read</numerusform>
            <numerusform>%n findings of the format&apos;s rules not checked: they concern cells that could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule finding(s) not checked (cells not read)</source>
        <translation>
            <numerusform>%n rule finding not checked (cells not read)</numerusform>
            <numerusform>%n rule findings not checked (cells not read)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPublishedDialog</name>
    <message>
        <source>Import Published Report</source>
        <translation>Import Published Report</translation>
    </message>
    <message>
        <source>What could not be placed (nothing was guessed; empty cells are left for you to fill):</source>
        <translation>What could not be placed (nothing was guessed; empty cells are left for you to fill):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Text around it</source>
        <translation>Text around it</translation>
    </message>
    <message>
        <source>Findings of the rules on what was read:</source>
        <translation>Findings of the rules on what was read:</translation>
    </message>
    <message>
        <source>Cells filled, as printed:</source>
        <translation>Cells filled, as printed:</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>line break</source>
        <translation>line break</translation>
    </message>
    <message>
        <source>carriage return</source>
        <translation>carriage return</translation>
    </message>
    <message>
        <source>zero-width space</source>
        <translation>zero-width space</translation>
    </message>
    <message>
        <source>zero-width non-joiner</source>
        <translation>zero-width non-joiner</translation>
    </message>
    <message>
        <source>zero-width joiner</source>
        <translation>zero-width joiner</translation>
    </message>
    <message>
        <source>left-to-right mark</source>
        <translation>left-to-right mark</translation>
    </message>
    <message>
        <source>right-to-left mark</source>
        <translation>right-to-left mark</translation>
    </message>
    <message>
        <source>left-to-right embedding</source>
        <translation>left-to-right embedding</translation>
    </message>
    <message>
        <source>right-to-left embedding</source>
        <translation>right-to-left embedding</translation>
    </message>
    <message>
        <source>pop directional formatting</source>
        <translation>pop directional formatting</translation>
    </message>
    <message>
        <source>left-to-right override</source>
        <translation>left-to-right override</translation>
    </message>
    <message>
        <source>right-to-left override</source>
        <translation>right-to-left override</translation>
    </message>
    <message>
        <source>word joiner</source>
        <translation>word joiner</translation>
    </message>
    <message>
        <source>left-to-right isolate</source>
        <translation>left-to-right isolate</translation>
    </message>
    <message>
        <source>right-to-left isolate</source>
        <translation>right-to-left isolate</translation>
    </message>
    <message>
        <source>first strong isolate</source>
        <translation>first strong isolate</translation>
    </message>
    <message>
        <source>pop directional isolate</source>
        <translation>pop directional isolate</translation>
    </message>
    <message>
        <source>zero-width no-break space</source>
        <translation>zero-width no-break space</translation>
    </message>
    <message>
        <source>control character</source>
        <translation>control character</translation>
    </message>
    <message>
        <source>%1 is not a plausible report year (%2 to %3)</source>
        <translation>%1 is not a plausible report year (%2 to %3)</translation>
    </message>
    <message>
        <source>the text is %1 characters long; a section holds at most %2 (real ones stay under 20 000)</source>
        <translation>the text is %1 characters long; a section holds at most %2 (real ones stay under 20 000)</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a file of this kind is at most %3 MB, so this cannot be a report</source>
        <translation>%1 is %2 MB; a file of this kind is at most %3 MB, so this cannot be a report</translation>
    </message>
    <message>
        <source>is %1 characters long; a name or address is at most %2</source>
        <translation>is %1 characters long; a name or address is at most %2</translation>
    </message>
    <message>
        <source>holds a %1 (U+%2) at character %3; a name or address is one line of visible text</source>
        <translation>holds a %1 (U+%2) at character %3; a name or address is one line of visible text</translation>
    </message>
    <message>
        <source>line %1, byte %2</source>
        <translation>line %1, byte %2</translation>
    </message>
    <message>
        <source>the file is UTF-8 but holds a byte that is not (0x%1 at %2); save it again as UTF-8</source>
        <translation>the file is UTF-8 but holds a byte that is not (0x%1 at %2); save it again as UTF-8</translation>
    </message>
    <message>
        <source>the file is not UTF-8 (first bad byte at %1), and GB18030 is not available to read it</source>
        <translation>the file is not UTF-8 (first bad byte at %1), and GB18030 is not available to read it</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 (bad byte at %1) nor GB18030; save it again as UTF-8</source>
        <translation>the file is neither UTF-8 (bad byte at %1) nor GB18030; save it again as UTF-8</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Nianbao</source>
        <translation>Nianbao</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <source>Create a new report database file</source>
        <translation>Create a new report database file</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>Open another report database file</source>
        <translation>Open another report database file</translation>
    </message>
    <message>
        <source>&amp;Import Report File…</source>
        <translation>&amp;Import Report File…</translation>
    </message>
    <message>
        <source>Add a report saved as a Nianbao JSON file to this database</source>
        <translation>Add a report saved as a Nianbao JSON file to this database</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Start a report for an agency and year in this database</source>
        <translation>Start a report for an agency and year in this database</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Every edit is saved as you type; this confirms it</source>
        <translation>Every edit is saved as you type; this confirms it</translation>
    </message>
    <message>
        <source>&amp;Export Report File…</source>
        <translation>&amp;Export Report File…</translation>
    </message>
    <message>
        <source>Save the open report as a Nianbao JSON file</source>
        <translation>Save the open report as a Nianbao JSON file</translation>
    </message>
    <message>
        <source>Back to the list of reports</source>
        <translation>Back to the list of reports</translation>
    </message>
    <message>
        <source>&amp;Agency Details…</source>
        <translation>&amp;Agency Details…</translation>
    </message>
    <message>
        <source>Contact details printed in the introduction, and the date under the report</source>
        <translation>Contact details printed in the introduction, and the date under the report</translation>
    </message>
    <message>
        <source>Write the report as it will be published</source>
        <translation>Write the report as it will be published</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;Submit for Review…</source>
        <translation>&amp;Submit for Review…</translation>
    </message>
    <message>
        <source>&amp;Return for Changes…</source>
        <translation>&amp;Return for Changes…</translation>
    </message>
    <message>
        <source>Sign &amp;Off…</source>
        <translation>Sign &amp;Off…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>S&amp;witch User…</translation>
    </message>
    <message>
        <source>Import P&amp;ublished Report…</source>
        <translation>Import P&amp;ublished Report…</translation>
    </message>
    <message>
        <source>Read a report as published (text extracted from PDF or Word, or a web page) and add it to this database</source>
        <translation>Read a report as published (text extracted from PDF or Word, or a web page) and add it to this database</translation>
    </message>
    <message>
        <source>Work in a database on a shared PostgreSQL server (postgresql://user@host/database)</source>
        <translation>Work in a database on a shared PostgreSQL server (postgresql://user@host/database)</translation>
    </message>
    <message>
        <source>Import &amp;Tables (CSV)…</source>
        <translation>Import &amp;Tables (CSV)…</translation>
    </message>
    <message>
        <source>Add a report from a filled CSV sheet, as exported by Export Tables</source>
        <translation>Add a report from a filled CSV sheet, as exported by Export Tables</translation>
    </message>
    <message>
        <source>Write the report&apos;s tables with their official labels to an Excel workbook or a CSV file</source>
        <translation>Write the report&apos;s tables with their official labels to an Excel workbook or a CSV file</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Connect to Server…</translation>
    </message>
    <message>
        <source>Export Ta&amp;bles (Excel or CSV)…</source>
        <translation>Export Ta&amp;bles (Excel or CSV)…</translation>
    </message>
    <message>
        <source>Ne&amp;w Report…</source>
        <translation>Ne&amp;w Report…</translation>
    </message>
    <message>
        <source>Export P&amp;DF / HTML / ODT…</source>
        <translation>Export P&amp;DF / HTML / ODT…</translation>
    </message>
    <message>
        <source>C&amp;lose Report</source>
        <translation>C&amp;lose Report</translation>
    </message>
    <message>
        <source>Reo&amp;pen…</source>
        <translation>Reo&amp;pen…</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Clear the selected cells or text</source>
        <translation>Clear the selected cells or text</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>How to fill in, check, review and publish a report</source>
        <translation>How to fill in, check, review and publish a report</translation>
    </message>
    <message>
        <source>&amp;About Nianbao</source>
        <translation>&amp;About Nianbao</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>&amp;Start Page</translation>
    </message>
    <message>
        <source>What to do next: new report, begin from last year&apos;s published report, open a database</source>
        <translation>What to do next: new report, begin from last year&apos;s published report, open a database</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>migration %1 is missing</source>
        <translation>migration %1 is missing</translation>
    </message>
    <message>
        <source>cannot start migration %1</source>
        <translation>cannot start migration %1</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>migration to schema %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New Report</source>
        <translation>New Report</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>Report &amp;year:</translation>
    </message>
</context>
<context>
    <name>PublishedReader</name>
    <message numerus="yes">
        <source>%1: %n label(s) only this version has, such as “%2”</source>
        <translation>
            <numerusform>%1: %n label only this version has, “%2”</numerusform>
            <numerusform>%1: %n labels only this version has, such as “%2”</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no table label tells the version, so the year %2 decides</source>
        <translation>%1: no table label tells the version, so the year %2 decides</translation>
    </message>
    <message>
        <source>This does not look like an annual report: neither its title nor any table label of the national format was found.</source>
        <translation>This does not look like an annual report: neither its title nor any table label of the national format was found.</translation>
    </message>
    <message>
        <source>Table %1 was not found: its cells are left empty</source>
        <translation>Table %1 was not found: its cells are left empty</translation>
    </message>
    <message>
        <source>The row “%1” appears a second time; the first was used</source>
        <translation>The row “%1” appears a second time; the first was used</translation>
    </message>
    <message>
        <source>%1: the row “%2” was not found; its cells are left empty</source>
        <translation>%1: the row “%2” was not found; its cells are left empty</translation>
    </message>
    <message>
        <source>%1: no figures follow the label; the row is left empty</source>
        <translation>%1: no figures follow the label; the row is left empty</translation>
    </message>
    <message>
        <source>%1: the figure “%2” comes after the last column and was not placed</source>
        <translation>%1: the figure “%2” comes after the last column and was not placed</translation>
    </message>
    <message>
        <source>%1: only %2 of %3 cells were found, all blank; the row is left empty</source>
        <translation>%1: only %2 of %3 cells were found, all blank; the row is left empty</translation>
    </message>
    <message>
        <source>%1: %2 figure(s) (%3) for %4 columns; which column each belongs to cannot be told, so the row is left empty</source>
        <translation>%1: %2 figure(s) (%3) for %4 columns; which column each belongs to cannot be told, so the row is left empty</translation>
    </message>
    <message>
        <source>%1: the report states no unit for %2; it was taken as %3, the format&apos;s first unit — check it</source>
        <translation>%1: the report states no unit for %2; it was taken as %3, the format&apos;s first unit — check it</translation>
    </message>
    <message>
        <source>%1: “%2” cannot be read (%3); the cell is left empty</source>
        <translation>%1: “%2” cannot be read (%3); the cell is left empty</translation>
    </message>
    <message>
        <source>%1: the row “%2” (%3) is not in the national format; kept aside, not added to any cell</source>
        <translation>%1: the row “%2” (%3) is not in the national format; kept aside, not added to any cell</translation>
    </message>
    <message>
        <source>The figure “%1” belongs to no row that was found; not placed</source>
        <translation>The figure “%1” belongs to no row that was found; not placed</translation>
    </message>
    <message>
        <source>Text after the signature, not placed in any section</source>
        <translation>Text after the signature, not placed in any section</translation>
    </message>
    <message>
        <source>Text outside the sections&apos; narratives, not placed</source>
        <translation>Text outside the sections&apos; narratives, not placed</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>not placed</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>extra row</source>
        <translation>extra row</translation>
    </message>
    <message>
        <source>stray text</source>
        <translation>stray text</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>introduction</translation>
    </message>
    <message>
        <source>The title (“…年政府信息公开工作年度报告”) was not found</source>
        <translation>The title (“…年政府信息公开工作年度报告”) was not found</translation>
    </message>
    <message>
        <source>The agency was not found (neither in a title, the opening sentence nor the file name)</source>
        <translation>The agency was not found (neither in a title, the opening sentence nor the file name)</translation>
    </message>
    <message>
        <source>The date of the report (“××××年×月×日” after the last section) was not found</source>
        <translation>The date of the report (“××××年×月×日” after the last section) was not found</translation>
    </message>
    <message>
        <source>missing detail</source>
        <translation>missing detail</translation>
    </message>
    <message>
        <source>%1: “%2” is printed as one row, not divided into its parts; its figures were put under “%3”, and “%4” are left empty — divide the row if the report&apos;s figures allow</source>
        <translation>%1: “%2” is printed as one row, not divided into its parts; its figures were put under “%3”, and “%4” are left empty — divide the row if the report&apos;s figures allow</translation>
    </message>
    <message>
        <source>%1: the figures are run together (“%2”) and can be cut into %3 cells in more than one way, or in none that adds up; the row is left empty</source>
        <translation>%1: the figures are run together (“%2”) and can be cut into %3 cells in more than one way, or in none that adds up; the row is left empty</translation>
    </message>
    <message>
        <source>%1: %2 figures follow the label, for %3 columns: the labels and the figures were printed apart (labels first, figures after them), so which row each belongs to cannot be told; not placed. Read the PDF itself, or its text from “pdftotext -layout”</source>
        <translation>%1: %2 figures follow the label, for %3 columns: the labels and the figures were printed apart (labels first, figures after them), so which row each belongs to cannot be told; not placed. Read the PDF itself, or its text from “pdftotext -layout”</translation>
    </message>
    <message>
        <source>damaged label</source>
        <translation>damaged label</translation>
    </message>
    <message>
        <source>%1: “%2” is read as the row “%3”: characters of its label are missing, but its number and its place between the rows before and after it leave no other row — check it</source>
        <translation>%1: “%2” is read as the row “%3”: characters of its label are missing, but its number and its place between the rows before and after it leave no other row — check it</translation>
    </message>
</context>
<context>
    <name>PublishedSource</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>the PDF cannot be opened: it is damaged or not a PDF</source>
        <translation>the PDF cannot be opened: it is damaged or not a PDF</translation>
    </message>
    <message>
        <source>the PDF is protected by a password; open it in a PDF viewer and save an unprotected copy</source>
        <translation>the PDF is protected by a password; open it in a PDF viewer and save an unprotected copy</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scan): its pages are pictures of text, which Nianbao cannot read; ask for the PDF as it was made, or type the figures in</source>
        <translation>the PDF has no text layer (a scan): its pages are pictures of text, which Nianbao cannot read; ask for the PDF as it was made, or type the figures in</translation>
    </message>
    <message>
        <source>%1 is an old Word or WPS file (.doc/.wps), which Nianbao does not read; open it in Word or WPS and save it as .docx (“Save as” ▸ Word document) or as PDF</source>
        <translation>%1 is an old Word or WPS file (.doc/.wps), which Nianbao does not read; open it in Word or WPS and save it as .docx (“Save as” ▸ Word document) or as PDF</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Nianbao</source>
        <translation>Nianbao</translation>
    </message>
    <message>
        <source>The report file cannot be read: %1</source>
        <translation>The report file cannot be read: %1</translation>
    </message>
    <message>
        <source>The %1 report of %2 is already in this database (number %3): it is opened, and %4 was not added again. To replace it, delete the report first.</source>
        <translation>The %1 report of %2 is already in this database (number %3): it is opened, and %4 was not added again. To replace it, delete the report first.</translation>
    </message>
    <message>
        <source>%1 was added to the database %2 as report number %3 and opened.</source>
        <translation>%1 was added to the database %2 as report number %3 and opened.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>the report is open read-only</source>
        <translation>the report is open read-only</translation>
    </message>
    <message>
        <source>this total is computed from its parts</source>
        <translation>this total is computed from its parts</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Clear cells</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>“%1” is not a unit this amount may use</source>
        <translation>“%1” is not a unit this amount may use</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 was not saved: %2</translation>
    </message>
    <message>
        <source>The text was not saved: %1</source>
        <translation>The text was not saved: %1</translation>
    </message>
    <message>
        <source>%1 was changed by %2 while you were editing: it now holds “%3”. Your “%4” was not saved; type it again to replace theirs.</source>
        <translation>%1 was changed by %2 while you were editing: it now holds “%3”. Your “%4” was not saved; type it again to replace theirs.</translation>
    </message>
    <message>
        <source>another session</source>
        <translation>another session</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>This text was changed by %1 while you were editing; theirs is shown now and yours was not saved:
%2</source>
        <translation>This text was changed by %1 while you were editing; theirs is shown now and yours was not saved:
%2</translation>
    </message>
    <message>
        <source>The change history could not be read: %1</source>
        <translation>The change history could not be read: %1</translation>
    </message>
    <message>
        <source>The error and warning counts were not saved (the list of reports shows the previous ones): %1</source>
        <translation>The error and warning counts were not saved (the list of reports shows the previous ones): %1</translation>
    </message>
    <message>
        <source>Other sessions&apos; edits cannot be read: %1</source>
        <translation>Other sessions&apos; edits cannot be read: %1</translation>
    </message>
    <message>
        <source>Blank cells to 0</source>
        <translation>Blank cells to 0</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
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
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected “department” or “government”, found “%1”</source>
        <translation>expected “department” or “government”, found “%1”</translation>
    </message>
    <message>
        <source>\u%1 is half of a character (a lone surrogate): the text is not valid</source>
        <translation>\u%1 is half of a character (a lone surrogate): the text is not valid</translation>
    </message>
    <message>
        <source>the key “%1” appears twice in one object; which one is meant cannot be told</source>
        <translation>the key “%1” appears twice in one object; which one is meant cannot be told</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
</context>
<context>
    <name>ReportListPage</name>
    <message>
        <source>Reports in this database</source>
        <translation>Reports in this database</translation>
    </message>
    <message>
        <source>Next Year&apos;s Report from This One</source>
        <translation>Next Year&apos;s Report from This One</translation>
    </message>
    <message>
        <source>A new report for the following year: contact details and headings copied, carried-over figures filled in from this report</source>
        <translation>A new report for the following year: contact details and headings copied, carried-over figures filled in from this report</translation>
    </message>
    <message>
        <source>Consolidate…</source>
        <translation>Consolidate…</translation>
    </message>
    <message>
        <source>Sum the selected reports, or every report of the selected year when one is selected</source>
        <translation>Sum the selected reports, or every report of the selected year when one is selected</translation>
    </message>
    <message>
        <source>This database holds no report yet. Create one with File ▸ New Report, or import a report file.</source>
        <translation>This database holds no report yet. Create one with File ▸ New Report, or import a report file.</translation>
    </message>
    <message>
        <source>Search by agency, year or state</source>
        <translation>Search by agency, year or state</translation>
    </message>
</context>
<context>
    <name>ReportReview</name>
    <message>
        <source>the report is under review; it can be changed when the supervisor returns it</source>
        <translation>the report is under review; it can be changed when the supervisor returns it</translation>
    </message>
    <message>
        <source>say why the report is to %1</source>
        <translation>say why the report is to %1</translation>
    </message>
    <message>
        <source>the password of %1 is not right</source>
        <translation>the password of %1 is not right</translation>
    </message>
    <message numerus="yes">
        <source>the report has %n error(s); they must be fixed first</source>
        <translation>
            <numerusform>the report has %n error; they must be fixed first</numerusform>
            <numerusform>the report has %n errors; they must be fixed first</numerusform>
        </translation>
    </message>
    <message>
        <source>only a supervisor comments on a report</source>
        <translation>only a supervisor comments on a report</translation>
    </message>
    <message>
        <source>the comment is empty</source>
        <translation>the comment is empty</translation>
    </message>
    <message>
        <source>the report is marked signed, but the signer is not trusted (%1); a supervisor can reopen it</source>
        <translation>the report is marked signed, but the signer is not trusted (%1); a supervisor can reopen it</translation>
    </message>
    <message>
        <source>signature invalid: %1; a supervisor can reopen it</source>
        <translation>signature invalid: %1; a supervisor can reopen it</translation>
    </message>
    <message>
        <source>the report is signed off by %1 (key %2) and locked; a supervisor can reopen it</source>
        <translation>the report is signed off by %1 (key %2) and locked; a supervisor can reopen it</translation>
    </message>
    <message>
        <source>say in a few words why the warning stands (a note)</source>
        <translation>say in a few words why the warning stands (a note)</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) flagged to verify not yet answered</source>
        <translation>
            <numerusform>%n cell flagged to verify not yet answered</numerusform>
            <numerusform>%n cells flagged to verify not yet answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) not yet acknowledged: each needs a short note</source>
        <translation>
            <numerusform>%n warning not yet acknowledged: each needs a short note</numerusform>
            <numerusform>%n warnings not yet acknowledged: each needs a short note</numerusform>
        </translation>
    </message>
    <message>
        <source>a cell flagged to verify is answered with what was checked</source>
        <translation>a cell flagged to verify is answered with what was checked</translation>
    </message>
</context>
<context>
    <name>ReportSheet</name>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>the sheet does not say whose report it is: the lines “机关” and “年度” at its top are missing or empty</source>
        <translation>the sheet does not say whose report it is: the lines “机关” and “年度” at its top are missing or empty</translation>
    </message>
    <message>
        <source>no format of this version covers the year %1</source>
        <translation>no format of this version covers the year %1</translation>
    </message>
    <message>
        <source>the table “%1” is not in the sheet: its cells stay blank</source>
        <translation>the table “%1” is not in the sheet: its cells stay blank</translation>
    </message>
    <message>
        <source>%1: the header reads “%2” where the format has “%3”; the table “%4” was not read</source>
        <translation>%1: the header reads “%2” where the format has “%3”; the table “%4” was not read</translation>
    </message>
    <message>
        <source>%1: the row “%2” appears a second time; only its first line was read</source>
        <translation>%1: the row “%2” appears a second time; only its first line was read</translation>
    </message>
    <message>
        <source>the row “%1” of “%2” is not in the sheet: its cells stay blank</source>
        <translation>the row “%1” of “%2” is not in the sheet: its cells stay blank</translation>
    </message>
    <message>
        <source>%1 (%2): “%3” was not read: %4</source>
        <translation>%1 (%2): “%3” was not read: %4</translation>
    </message>
    <message>
        <source>“年度”: %1</source>
        <translation>“年度”: %1</translation>
    </message>
    <message>
        <source>“机关”: the agency name %1</source>
        <translation>“机关”: the agency name %1</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>the integrity check returned nothing</source>
        <translation>the integrity check returned nothing</translation>
    </message>
    <message>
        <source>tables of the report database are missing</source>
        <translation>tables of the report database are missing</translation>
    </message>
    <message>
        <source>The file was left exactly as it was.</source>
        <translation>The file was left exactly as it was.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Cannot create the folder for %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Nianbao report database. </source>
        <translation>%1 is an empty file, not a Nianbao report database. </translation>
    </message>
    <message>
        <source>%1 is not a Nianbao report database (it is not a SQLite database at all). </source>
        <translation>%1 is not a Nianbao report database (it is not a SQLite database at all). </translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its own header says, as after an interrupted copy. </source>
        <translation>%1 is damaged: it is shorter than its own header says, as after an interrupted copy. </translation>
    </message>
    <message>
        <source> Use a backup copy.</source>
        <translation> Use a backup copy.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Nianbao report database. </source>
        <translation>%1 is a SQLite database of another program, not a Nianbao report database. </translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Nianbao (schema %2; this version reads up to schema %3). Update Nianbao to open it. </source>
        <translation>%1 was written by a newer version of Nianbao (schema %2; this version reads up to schema %3). Update Nianbao to open it. </translation>
    </message>
    <message>
        <source>%1 uses an older schema and must be upgraded; open it for editing once. </source>
        <translation>%1 uses an older schema and must be upgraded; open it for editing once. </translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (process %2 on %3)</translation>
    </message>
    <message>
        <source>%1 is being edited elsewhere and needs an upgrade first. </source>
        <translation>%1 is being edited elsewhere and needs an upgrade first. </translation>
    </message>
    <message>
        <source>Cannot lock %1 for editing.</source>
        <translation>Cannot lock %1 for editing.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). </source>
        <translation>%1 is damaged (%2). </translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Cannot prepare %1: %2</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>the database is open read-only</translation>
    </message>
    <message>
        <source>the report has no agency name</source>
        <translation>the report has no agency name</translation>
    </message>
    <message>
        <source>%1 already has a report for %2 in this database (number %3)</source>
        <translation>%1 already has a report for %2 in this database (number %3)</translation>
    </message>
    <message>
        <source>cannot prepare the cell insert</source>
        <translation>cannot prepare the cell insert</translation>
    </message>
    <message>
        <source>there is no report number %1 in this database</source>
        <translation>there is no report number %1 in this database</translation>
    </message>
    <message>
        <source>report %1 uses an unknown format “%2”</source>
        <translation>report %1 uses an unknown format “%2”</translation>
    </message>
    <message>
        <source>report %1 holds a cell “%2” that the %3 format does not have</source>
        <translation>report %1 holds a cell “%2” that the %3 format does not have</translation>
    </message>
    <message>
        <source>this cell was changed elsewhere in the meantime</source>
        <translation>this cell was changed elsewhere in the meantime</translation>
    </message>
    <message>
        <source>this text was changed elsewhere in the meantime</source>
        <translation>this text was changed elsewhere in the meantime</translation>
    </message>
    <message>
        <source>the report is “%1”: its figures and texts can no longer be changed</source>
        <translation>the report is “%1”: its figures and texts can no longer be changed</translation>
    </message>
    <message>
        <source>the report&apos;s state “%1” is unknown to this version</source>
        <translation>the report&apos;s state “%1” is unknown to this version</translation>
    </message>
    <message>
        <source>a user needs a name</source>
        <translation>a user needs a name</translation>
    </message>
    <message>
        <source>a supervisor&apos;s password needs at least 6 characters</source>
        <translation>a supervisor&apos;s password needs at least 6 characters</translation>
    </message>
    <message>
        <source>only an existing supervisor, with their password, can add another supervisor</source>
        <translation>only an existing supervisor, with their password, can add another supervisor</translation>
    </message>
    <message>
        <source>there is already a user named “%1”</source>
        <translation>there is already a user named “%1”</translation>
    </message>
    <message>
        <source>the report was moved to “%1” elsewhere in the meantime</source>
        <translation>the report was moved to “%1” elsewhere in the meantime</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL servers: the Qt driver QPSQL (Debian package libqt6sql6-psql) is missing.</source>
        <translation>This installation cannot reach PostgreSQL servers: the Qt driver QPSQL (Debian package libqt6sql6-psql) is missing.</translation>
    </message>
    <message>
        <source>%1 asks for a password.</source>
        <translation>%1 asks for a password.</translation>
    </message>
    <message>
        <source>The password for %1 was not accepted.</source>
        <translation>The password for %1 was not accepted.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s tables, not Nianbao&apos;s; it was left as it was. Use an empty database.</source>
        <translation>%1 holds another program&apos;s tables, not Nianbao&apos;s; it was left as it was. Use an empty database.</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of Nianbao (schema %2; this version reads up to schema %3). Update Nianbao to use it.</source>
        <translation>%1 was set up by a newer version of Nianbao (schema %2; this version reads up to schema %3). Update Nianbao to use it.</translation>
    </message>
    <message>
        <source>%1 uses an older schema and must be upgraded by a session that may write.</source>
        <translation>%1 uses an older schema and must be upgraded by a session that may write.</translation>
    </message>
    <message>
        <source>(agency missing)</source>
        <translation>(agency missing)</translation>
    </message>
    <message>
        <source>report %1 belongs to agency number %2, which is missing from the database (the file was changed outside Nianbao); the report cannot be used. Use a backup copy.</source>
        <translation>report %1 belongs to agency number %2, which is missing from the database (the file was changed outside Nianbao); the report cannot be used. Use a backup copy.</translation>
    </message>
    <message>
        <source>only a report submitted for review takes its date as it is signed off</source>
        <translation>only a report submitted for review takes its date as it is signed off</translation>
    </message>
    <message>
        <source>the password of %1 is not right</source>
        <translation>the password of %1 is not right</translation>
    </message>
    <message>
        <source>the signing key of %1 in this file does not match their public key</source>
        <translation>the signing key of %1 in this file does not match their public key</translation>
    </message>
    <message>
        <source>an agency is a “department” or a “government”, not “%1”</source>
        <translation>an agency is a “department” or a “government”, not “%1”</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Your &amp;password:</translation>
    </message>
    <message>
        <source>Warnings: for each one you have checked and accept, say why in a few words (a note). The supervisor reads it beside the cell; your name is recorded with it.</source>
        <translation>Warnings: for each one you have checked and accept, say why in a few words (a note). The supervisor reads it beside the cell; your name is recorded with it.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Date under the report:</source>
        <translation>&amp;Date under the report:</translation>
    </message>
    <message>
        <source>The date printed under the report, after the agency&apos;s name. Proposed: today, the day it is signed off.</source>
        <translation>The date printed under the report, after the agency&apos;s name. Proposed: today, the day it is signed off.</translation>
    </message>
</context>
<context>
    <name>ReviewFlow</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Submitted for review</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>Returned for changes</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>submit for review</source>
        <translation>submit for review</translation>
    </message>
    <message>
        <source>return for changes</source>
        <translation>return for changes</translation>
    </message>
    <message>
        <source>sign off</source>
        <translation>sign off</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>reopen</translation>
    </message>
    <message>
        <source>a report that is “%1” cannot be %2</source>
        <translation>a report that is “%1” cannot be %2</translation>
    </message>
    <message>
        <source>only a %1 may %2 a report that is “%3”</source>
        <translation>only a %1 may %2 a report that is “%3”</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Supervisor&apos;s comments</source>
        <translation>Supervisor&apos;s comments</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A comment on the current cell or section…</source>
        <translation>A comment on the current cell or section…</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>A flag to verify: the report cannot be signed off until the clerk answers it</source>
        <translation>A flag to verify: the report cannot be signed off until the clerk answers it</translation>
    </message>
    <message>
        <source>Fla&amp;g to Verify</source>
        <translation>Fla&amp;g to Verify</translation>
    </message>
    <message>
        <source>Mark Re&amp;solved</source>
        <translation>Mark Re&amp;solved</translation>
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
    <message>
        <source>rule %1: the pattern “%2” is not a regular expression with a group</source>
        <translation>rule %1: the pattern “%2” is not a regular expression with a group</translation>
    </message>
    <message>
        <source>rule %1 names no narrative part or no alternative</source>
        <translation>rule %1 names no narrative part or no alternative</translation>
    </message>
    <message>
        <source>rule %1 names an unknown table %2</source>
        <translation>rule %1 names an unknown table %2</translation>
    </message>
    <message>
        <source>rule %1 names no table</source>
        <translation>rule %1 names no table</translation>
    </message>
    <message>
        <source>rule %1 needs a non-negative number “%2”</source>
        <translation>rule %1 needs a non-negative number “%2”</translation>
    </message>
    <message>
        <source>rule %1 names %2, which is not a narrative part</source>
        <translation>rule %1 names %2, which is not a narrative part</translation>
    </message>
    <message>
        <source>rule %1 names no narrative part</source>
        <translation>rule %1 names no narrative part</translation>
    </message>
    <message>
        <source>rule %1: a ratio under 2 would flag ordinary years</source>
        <translation>rule %1: a ratio under 2 would flag ordinary years</translation>
    </message>
    <message>
        <source>rule %1: the minimum of %2 must be a positive number</source>
        <translation>rule %1: the minimum of %2 must be a positive number</translation>
    </message>
    <message>
        <source>rule %1: threshold is a percentage (1–100) and shingle at least 1</source>
        <translation>rule %1: threshold is a percentage (1–100) and shingle at least 1</translation>
    </message>
    <message>
        <source>rule %1: the deadline of %2 is not MM-DD: “%3”</source>
        <translation>rule %1: the deadline of %2 is not MM-DD: “%3”</translation>
    </message>
    <message>
        <source>rule %1: the default agency kind “%2” has no deadline</source>
        <translation>rule %1: the default agency kind “%2” has no deadline</translation>
    </message>
    <message>
        <source>rule %1 has no message “%2”</source>
        <translation>rule %1 has no message “%2”</translation>
    </message>
    <message>
        <source>rule %1 has an unknown kind “%2”</source>
        <translation>rule %1 has an unknown kind “%2”</translation>
    </message>
</context>
<context>
    <name>Section1Page</name>
    <message>
        <source>Heading as printed:</source>
        <translation>Heading as printed:</translation>
    </message>
    <message>
        <source>&amp;Introduction (before section 1: legal basis, period, where to download, contact). Leave it empty to have it written from the agency details.</source>
        <translation>&amp;Introduction (before section 1: legal basis, period, where to download, contact). Leave it empty to have it written from the agency details.</translation>
    </message>
    <message>
        <source>&amp;Text of section 1 (the overview of the year&apos;s work):</source>
        <translation>&amp;Text of section 1 (the overview of the year&apos;s work):</translation>
    </message>
</context>
<context>
    <name>Section2Page</name>
    <message>
        <source>Heading as printed:</source>
        <translation>Heading as printed:</translation>
    </message>
</context>
<context>
    <name>Section3Page</name>
    <message>
        <source>Heading as printed:</source>
        <translation>Heading as printed:</translation>
    </message>
</context>
<context>
    <name>Section4Page</name>
    <message>
        <source>Heading as printed:</source>
        <translation>Heading as printed:</translation>
    </message>
</context>
<context>
    <name>Section5Page</name>
    <message>
        <source>Heading as printed:</source>
        <translation>Heading as printed:</translation>
    </message>
</context>
<context>
    <name>Section6Page</name>
    <message>
        <source>Heading as printed:</source>
        <translation>Heading as printed:</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a server address; write postgresql://user@host/database</source>
        <translation>“%1” is not a server address; write postgresql://user@host/database</translation>
    </message>
    <message>
        <source>the address holds a password, which the shell&apos;s history would keep: remove it; Nianbao asks for the password, or reads it from PGPASSFILE (~/.pgpass)</source>
        <translation>the address holds a password, which the shell&apos;s history would keep: remove it; Nianbao asks for the password, or reads it from PGPASSFILE (~/.pgpass)</translation>
    </message>
    <message>
        <source>“%1” needs a user and a database: postgresql://user@host/database</source>
        <translation>“%1” needs a user and a database: postgresql://user@host/database</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Who Is Working</source>
        <translation>Who Is Working</translation>
    </message>
    <message>
        <source>Choose your name, or type a new one to join this file. Every change and every review step is recorded under it.</source>
        <translation>Choose your name, or type a new one to join this file. Every change and every review step is recorded under it.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>Supervisor who agrees:</source>
        <translation>Supervisor who agrees:</translation>
    </message>
    <message>
        <source>Their password:</source>
        <translation>Their password:</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>the stored signing key is damaged</source>
        <translation>the stored signing key is damaged</translation>
    </message>
    <message>
        <source>the stored signing key asks for key derivation parameters outside the accepted range; it is refused</source>
        <translation>the stored signing key asks for key derivation parameters outside the accepted range; it is refused</translation>
    </message>
    <message>
        <source>the password does not open the signing key</source>
        <translation>the password does not open the signing key</translation>
    </message>
    <message>
        <source>cannot read the trust list %1</source>
        <translation>cannot read the trust list %1</translation>
    </message>
    <message>
        <source>%1: not a line of a trust list: %2</source>
        <translation>%1: not a line of a trust list: %2</translation>
    </message>
    <message>
        <source>cannot write the trust list %1: %2</source>
        <translation>cannot write the trust list %1: %2</translation>
    </message>
    <message>
        <source>the report is marked signed, but there is no sign-off in its review trail</source>
        <translation>the report is marked signed, but there is no sign-off in its review trail</translation>
    </message>
    <message>
        <source>the sign-off by %1 carries no signature</source>
        <translation>the sign-off by %1 carries no signature</translation>
    </message>
    <message>
        <source>the signature of %1 does not match the sign-off it is stored with</source>
        <translation>the signature of %1 does not match the sign-off it is stored with</translation>
    </message>
    <message>
        <source>the sign-off by %1 is of revision %2; the report is at revision %3</source>
        <translation>the sign-off by %1 is of revision %2; the report is at revision %3</translation>
    </message>
    <message>
        <source>the report was changed after %1 signed it</source>
        <translation>the report was changed after %1 signed it</translation>
    </message>
    <message>
        <source>the key %1 that signed is not in this computer&apos;s list of trusted supervisors</source>
        <translation>the key %1 that signed is not in this computer&apos;s list of trusted supervisors</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Annual Report on Government Information Disclosure</source>
        <translation>Annual Report on Government Information Disclosure</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>New Report</source>
        <translation>New Report</translation>
    </message>
    <message>
        <source>A blank report for an agency and year</source>
        <translation>A blank report for an agency and year</translation>
    </message>
    <message>
        <source>Begin from Last Year&apos;s Published Report</source>
        <translation>Begin from Last Year&apos;s Published Report</translation>
    </message>
    <message>
        <source>Read last year&apos;s report as published (web page or text) and carry its figures over</source>
        <translation>Read last year&apos;s report as published (web page or text) and carry its figures over</translation>
    </message>
    <message>
        <source>Open Database…</source>
        <translation>Open Database…</translation>
    </message>
    <message>
        <source>A file of reports, yours or one shared with you</source>
        <translation>A file of reports, yours or one shared with you</translation>
    </message>
    <message>
        <source>New Database…</source>
        <translation>New Database…</translation>
    </message>
    <message>
        <source>An empty file for this year&apos;s reports</source>
        <translation>An empty file for this year&apos;s reports</translation>
    </message>
    <message>
        <source>Open or create a database first: reports are kept in it.</source>
        <translation>Open or create a database first: reports are kept in it.</translation>
    </message>
    <message>
        <source>Recent reports</source>
        <translation>Recent reports</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Recent databases</translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE is required</translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version is kept as %1</source>
        <translation>The database was upgraded; the previous version is kept as %1</translation>
    </message>
    <message>
        <source>add a report to a database</source>
        <translation>add a report to a database</translation>
    </message>
    <message>
        <source>the report, as a Nianbao JSON file</source>
        <translation>the report, as a Nianbao JSON file</translation>
    </message>
    <message>
        <source>usage: nianbao import REPORT.json --db FILE</source>
        <translation>usage: nianbao import REPORT.json --db FILE</translation>
    </message>
    <message>
        <source>cannot read the report: %1</source>
        <translation>cannot read the report: %1</translation>
    </message>
    <message>
        <source>write a report from a database as JSON</source>
        <translation>write a report from a database as JSON</translation>
    </message>
    <message>
        <source>the report&apos;s number, as `list` prints it</source>
        <translation>the report&apos;s number, as `list` prints it</translation>
    </message>
    <message>
        <source>the file to write (standard output when absent)</source>
        <translation>the file to write (standard output when absent)</translation>
    </message>
    <message>
        <source>usage: nianbao export-json --db FILE --report NUMBER [--output OUT.json]</source>
        <translation>usage: nianbao export-json --db FILE --report NUMBER [--output OUT.json]</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>print the reports in a database</source>
        <translation>print the reports in a database</translation>
    </message>
    <message>
        <source>the report database: a SQLite file, or postgresql://user@host/database</source>
        <translation>the report database: a SQLite file, or postgresql://user@host/database</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>cannot add the report: %1</source>
        <translation>cannot add the report: %1</translation>
    </message>
    <message>
        <source>check a report&apos;s sign-off</source>
        <translation>check a report&apos;s sign-off</translation>
    </message>
    <message>
        <source>usage: nianbao verify --db FILE --report NUMBER [--trust LIST]</source>
        <translation>usage: nianbao verify --db FILE --report NUMBER [--trust LIST]</translation>
    </message>
    <message>
        <source>report %1: %2 %3, revision %4, state in the file: %5</source>
        <translation>report %1: %2 %3, revision %4, state in the file: %5</translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation>not signed off</translation>
    </message>
    <message>
        <source>signed off by: %1</source>
        <translation>signed off by: %1</translation>
    </message>
    <message>
        <source>at: %1</source>
        <translation>at: %1</translation>
    </message>
    <message>
        <source>report digest (SHA-256): %1</source>
        <translation>report digest (SHA-256): %1</translation>
    </message>
    <message>
        <source>key fingerprint: %1</source>
        <translation>key fingerprint: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>signature valid; the key is trusted as %1</source>
        <translation>signature valid; the key is trusted as %1</translation>
    </message>
    <message>
        <source>signature valid, but the signer is not trusted: %1</source>
        <translation>signature valid, but the signer is not trusted: %1</translation>
    </message>
    <message>
        <source>signature invalid: %1</source>
        <translation>signature invalid: %1</translation>
    </message>
</context>
<context>
    <name>TableCommands</name>
    <message>
        <source>not a report number: %1</source>
        <translation>not a report number: %1</translation>
    </message>
    <message>
        <source>the database holds no report of %1</source>
        <translation>the database holds no report of %1</translation>
    </message>
    <message>
        <source>write a report&apos;s tables as a spreadsheet</source>
        <translation>write a report&apos;s tables as a spreadsheet</translation>
    </message>
    <message>
        <source>the file to write: .xlsx or .csv</source>
        <translation>the file to write: .xlsx or .csv</translation>
    </message>
    <message>
        <source>usage: nianbao export-tables --db FILE --report NUMBER -o OUT.xlsx</source>
        <translation>usage: nianbao export-tables --db FILE --report NUMBER -o OUT.xlsx</translation>
    </message>
    <message>
        <source>add a report from a filled sheet</source>
        <translation>add a report from a filled sheet</translation>
    </message>
    <message>
        <source>the sheet, as CSV (Excel: Save As ▸ CSV UTF-8)</source>
        <translation>the sheet, as CSV (Excel: Save As ▸ CSV UTF-8)</translation>
    </message>
    <message>
        <source>usage: nianbao import-tables SHEET.csv --db FILE</source>
        <translation>usage: nianbao import-tables SHEET.csv --db FILE</translation>
    </message>
    <message>
        <source>the sheet cannot be read: %1</source>
        <translation>the sheet cannot be read: %1</translation>
    </message>
    <message>
        <source>sum several agencies&apos; reports of one year (汇总)</source>
        <translation>sum several agencies&apos; reports of one year (汇总)</translation>
    </message>
    <message>
        <source>every report of this year</source>
        <translation>every report of this year</translation>
    </message>
    <message>
        <source>these reports only, by number</source>
        <translation>these reports only, by number</translation>
    </message>
    <message>
        <source>the name the summary goes under</source>
        <translation>the name the summary goes under</translation>
    </message>
    <message>
        <source>the file to write: .xlsx or .csv (tables and members), .pdf, .html or .odt</source>
        <translation>the file to write: .xlsx or .csv (tables and members), .pdf, .html or .odt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (report %2): %n error(s), %3</source>
        <translation>
            <numerusform>%1 (report %2): %n error, %3</numerusform>
            <numerusform>%1 (report %2): %n errors, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>signed off</translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation>not signed off</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) of %1 consolidated</source>
        <translation>
            <numerusform>%n report of %1 consolidated</numerusform>
            <numerusform>%n reports of %1 consolidated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>--title: the name %1</source>
        <translation>--title: the name %1</translation>
    </message>
    <message>
        <source>usage: nianbao consolidate --db FILE (--year YEAR | --reports 1,2,3) [--include-unsigned] -o OUT.xlsx</source>
        <translation>usage: nianbao consolidate --db FILE (--year YEAR | --reports 1,2,3) [--include-unsigned] -o OUT.xlsx</translation>
    </message>
    <message>
        <source>sum the reports not signed off (or whose signature does not hold) too; by default they are left out and listed</source>
        <translation>sum the reports not signed off (or whose signature does not hold) too; by default they are left out and listed</translation>
    </message>
    <message>
        <source>left out: %1 (report %2, %3): %4</source>
        <translation>left out: %1 (report %2, %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) left out: not signed off with a valid, trusted signature (--include-unsigned sums them too)</source>
        <translation>
            <numerusform>%n report left out: not signed off with a valid, trusted signature (--include-unsigned sums them too)</numerusform>
            <numerusform>%n reports left out: not signed off with a valid, trusted signature (--include-unsigned sums them too)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableExchange</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>an .xlsx workbook cannot be read back; save the sheet as CSV (UTF-8) and import that</source>
        <translation>an .xlsx workbook cannot be read back; save the sheet as CSV (UTF-8) and import that</translation>
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
    <name>Xlsx</name>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2, column %3</source>
        <translation>sheet “%1”, row %2, column %3</translation>
    </message>
    <message>
        <source>%1: the text is %2 characters long, and an Excel cell holds at most %3; nothing was written. Export as CSV instead.</source>
        <translation>%1: the text is %2 characters long, and an Excel cell holds at most %3; nothing was written. Export as CSV instead.</translation>
    </message>
    <message>
        <source>%1: the text holds a NUL character, which an Excel cell cannot; nothing was written.</source>
        <translation>%1: the text holds a NUL character, which an Excel cell cannot; nothing was written.</translation>
    </message>
    <message>
        <source>cannot write %1: a cell could not be written</source>
        <translation>cannot write %1: a cell could not be written</translation>
    </message>
</context>
<context>
    <name>nb::AgencyDetailsDialog</name>
    <message>
        <source>none yet: given when signed off</source>
        <translation>none yet: given when signed off</translation>
    </message>
    <message>
        <source>Not said (taken as a department)</source>
        <translation>Not said (taken as a department)</translation>
    </message>
    <message>
        <source>A department of a county-level or higher government (by 31 January)</source>
        <translation>A department of a county-level or higher government (by 31 January)</translation>
    </message>
    <message>
        <source>A people&apos;s government, its own report (by 31 March)</source>
        <translation>A people&apos;s government, its own report (by 31 March)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>nb::BoardDialog</name>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Last change / reason returned</source>
        <translation>Last change / reason returned</translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation>returned: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies): %1.</source>
        <translation>
            <numerusform>%n agency(ies): %1.</numerusform>
            <numerusform>%n agency(ies): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consolidation counts the signed reports; not included: %1.</source>
        <translation>The consolidation counts the signed reports; not included: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>choose an agency whose report is under review</source>
        <translation>choose an agency whose report is under review</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an agency to send its report back.</source>
        <translation>Choose an agency to send its report back.</translation>
    </message>
    <message>
        <source>Only a supervisor sends a report back.</source>
        <translation>Only a supervisor sends a report back.</translation>
    </message>
    <message>
        <source>%1 has no report for %2 yet: there is nothing to send back.</source>
        <translation>%1 has no report for %2 yet: there is nothing to send back.</translation>
    </message>
    <message>
        <source>The report of %1 is still being filled in: the clerk has it already.</source>
        <translation>The report of %1 is still being filled in: the clerk has it already.</translation>
    </message>
    <message>
        <source>The report of %1 was sent back already: %2</source>
        <translation>The report of %1 was sent back already: %2</translation>
    </message>
    <message>
        <source>Send the report of %1 back to the clerk with a reason: it becomes the next revision.</source>
        <translation>Send the report of %1 back to the clerk with a reason: it becomes the next revision.</translation>
    </message>
    <message>
        <source>The report of %1 is signed: sending it back reopens it as the next revision (your reason and password); the sign-off stays in its history.</source>
        <translation>The report of %1 is signed: sending it back reopens it as the next revision (your reason and password); the sign-off stays in its history.</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <source>&amp;Send Back…</source>
        <translation>&amp;Send Back…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The report of %1 is reopened.</source>
        <translation>The report of %1 is reopened.</translation>
    </message>
    <message>
        <source>The report of %1 is sent back.</source>
        <translation>The report of %1 is sent back.</translation>
    </message>
</context>
<context>
    <name>nb::ConsolidationDialog</name>
    <message>
        <source>Consolidation: %1, %2</source>
        <translation>Consolidation: %1, %2</translation>
    </message>
    <message>
        <source>a consolidation is computed from the agencies&apos; reports; change those instead</source>
        <translation>a consolidation is computed from the agencies&apos; reports; change those instead</translation>
    </message>
    <message>
        <source>This report has errors</source>
        <translation>This report has errors</translation>
    </message>
    <message>
        <source>This report is not signed off</source>
        <translation>This report is not signed off</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies&apos; reports for %1 summed.</source>
        <translation>
            <numerusform>%n agencies&apos; reports for %1 summed.</numerusform>
            <numerusform>%n agencies&apos; reports for %1 summed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them with errors.</source>
        <translation>
            <numerusform>%n of them with errors.</numerusform>
            <numerusform>%n of them with errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them not signed off.</source>
        <translation>
            <numerusform>%n of them not signed off.</numerusform>
            <numerusform>%n of them not signed off.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every one is signed off and without errors.</source>
        <translation>Every one is signed off and without errors.</translation>
    </message>
    <message>
        <source>%1: %2 in all</source>
        <translation>%1: %2 in all</translation>
    </message>
    <message>
        <source>Export Consolidation</source>
        <translation>Export Consolidation</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Web page (*.html)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nianbao</source>
        <translation>Nianbao</translation>
    </message>
    <message>
        <source>The reports cannot be summed: %1</source>
        <translation>The reports cannot be summed: %1</translation>
    </message>
    <message>
        <source>this consolidation cannot be summed again</source>
        <translation>this consolidation cannot be summed again</translation>
    </message>
    <message>
        <source>Select a cell to see each agency&apos;s share of it.</source>
        <translation>Select a cell to see each agency&apos;s share of it.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) left out: not signed off with a valid signature by a trusted supervisor.</source>
        <translation>
            <numerusform>%n report left out: not signed off with a valid signature by a trusted supervisor.</numerusform>
            <numerusform>%n reports left out: not signed off with a valid signature by a trusted supervisor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reports left out (%n)</source>
        <translation>
            <numerusform>Reports left out (%n)</numerusform>
            <numerusform>Reports left out (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::HelpDialog</name>
    <message>
        <source>The manual is missing from this build of Nianbao.</source>
        <translation>The manual is missing from this build of Nianbao.</translation>
    </message>
</context>
<context>
    <name>nb::HistoryDialog</name>
    <message>
        <source>review: %1 → %2</source>
        <translation>review: %1 → %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Contact details and date</source>
        <translation>Contact details and date</translation>
    </message>
    <message>
        <source>format %1</source>
        <translation>format %1</translation>
    </message>
    <message>
        <source>warning accepted</source>
        <translation>warning accepted</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Agency details</source>
        <translation>Agency details</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Report created</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Other change</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>zeros printed as blank</source>
        <translation>zeros printed as blank</translation>
    </message>
</context>
<context>
    <name>nb::ImportPublishedDialog</name>
    <message>
        <source>&amp;Add Report</source>
        <translation>&amp;Add Report</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 report of %3, dated %4.&lt;br&gt;Format: %5.&lt;br&gt;%n cell(s) filled; %6.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 report of %3, dated %4.&lt;br&gt;Format: %5.&lt;br&gt;%n cell filled; %6.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 report of %3, dated %4.&lt;br&gt;Format: %5.&lt;br&gt;%n cells filled; %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown agency</source>
        <translation>an unknown agency</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>no narrative found</source>
        <translation>no narrative found</translation>
    </message>
    <message>
        <source>narratives found: %1</source>
        <translation>narratives found: %1</translation>
    </message>
    <message>
        <source>Every table cell was placed; no text was left over.</source>
        <translation>Every table cell was placed; no text was left over.</translation>
    </message>
    <message>
        <source>No errors or warnings.</source>
        <translation>No errors or warnings.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Select a cell to see where on the page it was read.</source>
        <translation>Select a cell to see where on the page it was read.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of the format&apos;s rules not checked: they concern cells that could not be read</source>
        <translation>
            <numerusform>%n finding of the format&apos;s rules not checked: they concern cells that could not be read</numerusform>
            <numerusform>%n findings of the format&apos;s rules not checked: they concern cells that could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::MainWindow</name>
    <message>
        <source>⚠ Read only: this file is being edited in another window or on another computer — %1. You can read every report; to edit, close the other session and open the file again.</source>
        <translation>⚠ Read only: this file is being edited in another window or on another computer — %1. You can read every report; to edit, close the other session and open the file again.</translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version is kept as %1</source>
        <translation>The database was upgraded; the previous version is kept as %1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>The report file cannot be read: %1</source>
        <translation>The report file cannot be read: %1</translation>
    </message>
    <message>
        <source>The report cannot be added: %1</source>
        <translation>The report cannot be added: %1</translation>
    </message>
    <message>
        <source>Added the %1 report of %2</source>
        <translation>Added the %1 report of %2</translation>
    </message>
    <message>
        <source>New Report Database</source>
        <translation>New Report Database</translation>
    </message>
    <message>
        <source>Nianbao databases (*.sqlite)</source>
        <translation>Nianbao databases (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open to work with it.</source>
        <translation>%1 already exists. Use Open to work with it.</translation>
    </message>
    <message>
        <source>Open Report Database</source>
        <translation>Open Report Database</translation>
    </message>
    <message>
        <source>Nianbao databases (*.sqlite);;All files (*)</source>
        <translation>Nianbao databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Import Report File</source>
        <translation>Import Report File</translation>
    </message>
    <message>
        <source>Nianbao report files (*.json)</source>
        <translation>Nianbao report files (*.json)</translation>
    </message>
    <message>
        <source>Nianbao</source>
        <translation>Nianbao</translation>
    </message>
    <message>
        <source>%1 (read only) — Nianbao</source>
        <translation>%1 (read only) — Nianbao</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>All changes are saved in %1</source>
        <translation>All changes are saved in %1</translation>
    </message>
    <message>
        <source>Export Report File</source>
        <translation>Export Report File</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1, %2 report — %3</source>
        <translation>%1, %2 report — %3</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Written %1</translation>
    </message>
    <message>
        <source>Export Published Report</source>
        <translation>Export Published Report</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>The password of %1 is not right.</source>
        <translation>The password of %1 is not right.</translation>
    </message>
    <message>
        <source>%1 is not a user of this file.</source>
        <translation>%1 is not a user of this file.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (not signed in)</source>
        <translation>%1 (not signed in)</translation>
    </message>
    <message>
        <source>Read only: %1.</source>
        <translation>Read only: %1.</translation>
    </message>
    <message>
        <source>The published report cannot be read: %1</source>
        <translation>The published report cannot be read: %1</translation>
    </message>
    <message>
        <source>Added the %1 report of %2 from %3</source>
        <translation>Added the %1 report of %2 from %3</translation>
    </message>
    <message>
        <source>Import Published Report</source>
        <translation>Import Published Report</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>No format of this version covers %1.</source>
        <translation>No format of this version covers %1.</translation>
    </message>
    <message>
        <source>The %1 report cannot be created: %2</source>
        <translation>The %1 report cannot be created: %2</translation>
    </message>
    <message numerus="yes">
        <source>The %1 report of %2 was begun from %3&apos;s: %n figure(s) carried over</source>
        <translation>
            <numerusform>The %1 report of %2 was begun from %3&apos;s: %n figure carried over</numerusform>
            <numerusform>The %1 report of %2 was begun from %3&apos;s: %n figures carried over</numerusform>
        </translation>
    </message>
    <message>
        <source>The reports cannot be summed: %1</source>
        <translation>The reports cannot be summed: %1</translation>
    </message>
    <message>
        <source>The sheet cannot be read: %1</source>
        <translation>The sheet cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were read from %1; some of the sheet could not be read and stays blank.</source>
        <translation>
            <numerusform>%n cell were read from %1; some of the sheet could not be read and stays blank.</numerusform>
            <numerusform>%n cells were read from %1; some of the sheet could not be read and stays blank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added from %1: %n cell(s)</source>
        <translation>
            <numerusform>Added from %1: %n cell</numerusform>
            <numerusform>Added from %1: %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by %1 taken in</source>
        <translation>
            <numerusform>%n change by %1 taken in</numerusform>
            <numerusform>%n changes by %1 taken in</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Connect to Server</translation>
    </message>
    <message>
        <source>Server address (postgresql://user@host/database). The password is asked for, or read from PGPASSFILE; never put it in the address.</source>
        <translation>Server address (postgresql://user@host/database). The password is asked for, or read from PGPASSFILE; never put it in the address.</translation>
    </message>
    <message>
        <source>Export Tables</source>
        <translation>Export Tables</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import Tables</source>
        <translation>Import Tables</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Last year&apos;s report could not be loaded, so the rules that compare with it are not checked: %1</source>
        <translation>Last year&apos;s report could not be loaded, so the rules that compare with it are not checked: %1</translation>
    </message>
    <message>
        <source>There is no report format “%1”; this version knows %2.</source>
        <translation>There is no report format “%1”; this version knows %2.</translation>
    </message>
    <message>
        <source>The %1 report could not be loaded, so nothing was carried from it: %2</source>
        <translation>The %1 report could not be loaded, so nothing was carried from it: %2</translation>
    </message>
    <message>
        <source>The report could not be printed: the printer refused to start (%1).</source>
        <translation>The report could not be printed: the printer refused to start (%1).</translation>
    </message>
    <message>
        <source>Collection &amp;Board…</source>
        <translation>Collection &amp;Board…</translation>
    </message>
    <message>
        <source>Blank Cells of This Table → &amp;0</source>
        <translation>Blank Cells of This Table → &amp;0</translation>
    </message>
    <message>
        <source>%1 — Nianbao</source>
        <translation>%1 — Nianbao</translation>
    </message>
    <message>
        <source>Put the cursor in a table first</source>
        <translation>Put the cursor in a table first</translation>
    </message>
    <message numerus="yes">
        <source>%n blank cell(s) set to 0</source>
        <translation>
            <numerusform>%n blank cell set to 0</numerusform>
            <numerusform>%n blank cells set to 0</numerusform>
        </translation>
    </message>
    <message>
        <source>About Nianbao</source>
        <translation>About Nianbao</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nianbao %1&lt;/h3&gt;&lt;p&gt;Prepares, checks, reviews and publishes the annual report on government information disclosure in the national format.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nianbao %1&lt;/h3&gt;&lt;p&gt;Prepares, checks, reviews and publishes the annual report on government information disclosure in the national format.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Returned for changes by %1 on %2: %3</source>
        <translation>Returned for changes by %1 on %2: %3</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;OpenDocument text (*.odt);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;Web page (*.html);;OpenDocument text (*.odt);;Word document (*.docx)</translation>
    </message>
    <message>
        <source>Published reports (*.pdf *.docx *.html *.htm *.txt);;All files (*)</source>
        <translation>Published reports (*.pdf *.docx *.html *.htm *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>Consolidate</translation>
    </message>
    <message>
        <source>Sum them anyway, though not signed off?</source>
        <translation>Sum them anyway, though not signed off?</translation>
    </message>
</context>
<context>
    <name>nb::NewReportDialog</name>
    <message>
        <source>Reports on %1 use this format.</source>
        <translation>Reports on %1 use this format.</translation>
    </message>
    <message>
        <source>⚠ Reports on %1 use another format; this one will be flagged (rule R10).</source>
        <translation>⚠ Reports on %1 use another format; this one will be flagged (rule R10).</translation>
    </message>
    <message>
        <source>⚠ The agency name %1.</source>
        <translation>⚠ The agency name %1.</translation>
    </message>
</context>
<context>
    <name>nb::ReportEditor</name>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>warnings to check</source>
        <translation>warnings to check</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>has errors</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings — click one to go to its cell</source>
        <translation>%1 errors, %2 warnings — click one to go to its cell</translation>
    </message>
    <message>
        <source>cells left blank</source>
        <translation>cells left blank</translation>
    </message>
    <message>
        <source>Nothing entered yet: the rules are checked as you type.</source>
        <translation>Nothing entered yet: the rules are checked as you type.</translation>
    </message>
    <message>
        <source>No errors or warnings in what is entered so far.</source>
        <translation>No errors or warnings in what is entered so far.</translation>
    </message>
</context>
<context>
    <name>nb::ReportListPage</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>Signature invalid</source>
        <translation>Signature invalid</translation>
    </message>
    <message>
        <source>Signer not trusted</source>
        <translation>Signer not trusted</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>more than %1 of %2 shown</source>
        <translation>more than %1 of %2 shown</translation>
    </message>
</context>
<context>
    <name>nb::ReportTableModel</name>
    <message>
        <source>Computed from its parts</source>
        <translation>Computed from its parts</translation>
    </message>
    <message>
        <source>Supervisor: %1</source>
        <translation>Supervisor: %1</translation>
    </message>
</context>
<context>
    <name>nb::ReviewDialog</name>
    <message>
        <source>Submit for Review</source>
        <translation>Submit for Review</translation>
    </message>
    <message>
        <source>The report goes to the supervisor and cannot be changed until it is returned.</source>
        <translation>The report goes to the supervisor and cannot be changed until it is returned.</translation>
    </message>
    <message>
        <source>Return for Changes</source>
        <translation>Return for Changes</translation>
    </message>
    <message>
        <source>The clerk can change the report again. Say what to change.</source>
        <translation>The clerk can change the report again. Say what to change.</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>Sign Off</translation>
    </message>
    <message>
        <source>Signing locks the report as it is now and seals it with your signature, which your password unlocks: any later change shows. The published report then carries your name instead of the draft mark.</source>
        <translation>Signing locks the report as it is now and seals it with your signature, which your password unlocks: any later change shows. The published report then carries your name instead of the draft mark.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Reopening starts a new revision: the signature no longer applies and the report becomes a draft. The sign-off stays in the history.</source>
        <translation>Reopening starts a new revision: the signature no longer applies and the report becomes a draft. The sign-off stays in the history.</translation>
    </message>
</context>
<context>
    <name>nb::ReviewPanel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · revision %2 · you are %3 (%4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · revision %2 · you are %3 (%4)</translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation>resolved by %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2, signature valid (key %3)</source>
        <translation>Signed off by %1 on %2, signature valid (key %3)</translation>
    </message>
    <message>
        <source>⚠ Signer not trusted: %1. It is not shown or published as signed; add the key to the trusted list, or have a supervisor reopen it and sign again.</source>
        <translation>⚠ Signer not trusted: %1. It is not shown or published as signed; add the key to the trusted list, or have a supervisor reopen it and sign again.</translation>
    </message>
    <message>
        <source>⚠ Signature invalid: %1. Someone changed the database outside Nianbao. It cannot be published as signed; a supervisor must reopen it, check it and sign again.</source>
        <translation>⚠ Signature invalid: %1. Someone changed the database outside Nianbao. It cannot be published as signed; a supervisor must reopen it, check it and sign again.</translation>
    </message>
    <message>
        <source>To verify: %1</source>
        <translation>To verify: %1</translation>
    </message>
    <message>
        <source>answered by %1: %2</source>
        <translation>answered by %1: %2</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>Note (%1): %2</translation>
    </message>
    <message>
        <source>Answer a Flag to Verify</source>
        <translation>Answer a Flag to Verify</translation>
    </message>
    <message>
        <source>What was checked, and what it showed:</source>
        <translation>What was checked, and what it showed:</translation>
    </message>
</context>
<context>
    <name>nb::SectionPage</name>
    <message>
        <source>Unit of %1:</source>
        <translation>Unit of %1:</translation>
    </message>
    <message>
        <source>Not taken: %1.</source>
        <translation>Not taken: %1.</translation>
    </message>
    <message>
        <source>%1 (official heading: %2)</source>
        <translation>%1 (official heading: %2)</translation>
    </message>
</context>
<context>
    <name>nb::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Sign In</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Type your name.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>nb::StartPage</name>
    <message>
        <source>%1, %2 report</source>
        <translation>%1, %2 report</translation>
    </message>
</context>
</TS>
