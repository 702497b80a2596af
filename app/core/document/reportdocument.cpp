#include "reportdocument.h"

#include "editcommands.h"
#include "reportstore.h"
#include "valueparser.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};

} // namespace

ReportDocument::ReportDocument(Report report, ReportStore *store, int reportId, const QString &user, QObject *parent)
    : QObject(parent)
    , m_report(std::move(report))
    , m_validator(m_report)
    , m_store(store)
    , m_reportId(reportId)
    , m_user(user)
{
    m_validator.validateAll();
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    m_clock = [started] { return started->elapsed(); };
    m_lastCheckpointAt = m_clock();
    if (m_store) {
        QString error;
        const QVector<ChangeLogEntry> log = m_store->changeLog(m_reportId, &error);
        m_seenLogId = log.isEmpty() ? 0 : log.last().id;
        // Nothing is connected yet: kept for readProblem(); other sessions' edits are then taken in
        // from the start of the log, which shows stored values again and loses nothing.
        if (!error.isEmpty())
            m_readProblem = Text::tr("The change history could not be read: %1").arg(error);
    }
    storeFindingCounts();
}

ReportDocument::~ReportDocument() = default;

void ReportDocument::storeFindingCounts()
{
    const std::pair<int, int> counts{m_validator.errorCount(), m_validator.warningCount()};
    if (!m_store || counts == m_storedCounts)
        return;
    QString error;
    if (m_store->saveFindingCounts(m_reportId, counts.first, counts.second, &error))
        m_storedCounts = counts;
    else // the edit itself is saved; only the list of reports shows old counts
        emit saveFailed(Text::tr("The error and warning counts were not saved (the list of reports shows the previous ones): %1").arg(error));
}

QVector<QString> ReportDocument::mergeStoredChanges()
{
    QVector<QString> merged;
    if (!m_store)
        return merged;
    QString error;
    const QVector<ChangeLogEntry> entries = m_store->changeLog(m_reportId, &error, m_seenLogId);
    if (!error.isEmpty()) {
        // Asked every two seconds: said once until it reads again, not every time (the driver's
        // wording of the same problem varies from call to call).
        const bool firstTime = m_readProblem.isEmpty();
        m_readProblem = Text::tr("Other sessions' edits cannot be read: %1").arg(error);
        if (firstTime)
            emit readFailed(m_readProblem);
        return merged;
    }
    m_readProblem.clear();
    if (entries.isEmpty())
        return merged;
    m_seenLogId = entries.last().id;
    // Only the latest entry of each cell or text counts. The earlier ones were overtaken — most of them
    // this session's own edits — and replaying them would bring old values back for a moment, with a
    // re-check and a write of the finding counts each time.
    QSet<QString> taken;
    QVector<const ChangeLogEntry *> latest;
    for (auto entry = entries.crbegin(); entry != entries.crend(); ++entry) {
        const QString key = changeKindName(entry->what) + QLatin1Char('/') + entry->target;
        if (!taken.contains(key)) {
            taken.insert(key);
            latest.append(&*entry);
        }
    }
    std::reverse(latest.begin(), latest.end()); // back in the order they were made
    for (const ChangeLogEntry *entry : std::as_const(latest)) {
        if (entry->what == ChangeKind::Cell) {
            const int cell = format().indexOf(entry->target);
            if (cell < 0)
                continue;
            const CellValue value = cellValueFromChangeLog(entry->newValue);
            if (value != m_report.value(cell)) {
                showStored(cell, value);
                merged << entry->who;
            }
        } else if (entry->what == ChangeKind::Narrative || entry->what == ChangeKind::Heading || entry->what == ChangeKind::Unit) {
            const QString kind = changeKindName(entry->what);
            if (entry->newValue != text(kind, entry->target)) {
                setStoredText(kind, entry->target, entry->newValue);
                merged << entry->who;
            }
        }
    }
    return merged;
}

void ReportDocument::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastEditAt = -1;
    m_lastCheckpointAt = m_clock();
}

void ReportDocument::checkpointIfPaused()
{
    const qint64 now = m_clock();
    const bool paused = m_lastEditAt < 0 || now - m_lastEditAt >= 1000;
    if (!m_store || (!paused && now - m_lastCheckpointAt < 60000))
        return;
    m_store->checkpoint();
    m_lastCheckpointAt = now;
}

void ReportDocument::showStored(int cell, const CellValue &value)
{
    const QVector<int> changed = m_report.setValue(cell, value);
    const QVector<int> instances = m_validator.revalidate(changed);
    emit cellsChanged(changed);
    if (!instances.isEmpty())
        emit findingsChanged(instances);
    storeFindingCounts();
}

void ReportDocument::setStoredText(const QString &kind, const QString &part, const QString &text)
{
    if (kind == QLatin1String("heading"))
        m_report.setHeading(part, text);
    else if (kind == QLatin1String("unit"))
        m_report.setUnit(format().indexOf(part), text);
    else
        m_report.setNarrative(part, text);
    emit textChanged(kind, part);
    if (kind == QLatin1String("narrative")) {
        const QVector<int> instances = m_validator.revalidateNarrative(part);
        if (!instances.isEmpty())
            emit findingsChanged(instances);
        storeFindingCounts();
    }
}

bool ReportDocument::isReadOnly() const
{
    return (m_store && m_store->isReadOnly()) || !m_lockReason.isEmpty();
}

QString ReportDocument::readOnlyReason() const
{
    return m_lockReason.isEmpty() ? Text::tr("the report is open read-only") : m_lockReason;
}

void ReportDocument::setCellNotes(const QHash<int, QStringList> &notes)
{
    QVector<int> changed;
    for (auto it = notes.begin(); it != notes.end(); ++it) {
        if (m_notes.value(it.key()) != it.value())
            changed << it.key();
    }
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it) {
        if (!notes.contains(it.key()))
            changed << it.key();
    }
    m_notes = notes;
    if (!changed.isEmpty())
        emit notesChanged(changed);
}

void ReportDocument::setPreviousYear(std::optional<Report> previous)
{
    m_previous = std::move(previous);
    m_validator.setPreviousYear(m_previous ? &*m_previous : nullptr);
    m_validator.validateAll();
    QVector<int> all(int(format().ruleInstances().size()));
    std::iota(all.begin(), all.end(), 0);
    emit findingsChanged(all);
    storeFindingCounts();
}

bool ReportDocument::isEditable(int cell) const
{
    return !isReadOnly() && !format().cell(cell).isComputed();
}

ReportDocument::EditResult ReportDocument::editCell(int cell, const QString &text)
{
    EditResult result;
    if (isReadOnly()) {
        result.reason = readOnlyReason();
        return result;
    }
    if (format().cell(cell).isComputed()) {
        result.reason = Text::tr("this total is computed from its parts");
        return result;
    }
    const ParsedValue parsed = parseCellText(text, format().cell(cell), m_report.unit(cell));
    if (!parsed.ok) {
        result.reason = parsed.error;
        return result;
    }
    result.accepted = true;
    if (parsed.value != m_report.value(cell))
        m_undo.push(new SetCellCommand(this, cell, m_report.value(cell), parsed.value));
    return result;
}

void ReportDocument::clearCells(const QVector<int> &cells)
{
    auto macro = std::make_unique<QUndoCommand>(Text::tr("Clear cells"));
    for (int cell : cells) {
        // A total typed in an imported report is cleared too: it then computes itself again.
        if (!isReadOnly() && !m_report.value(cell).isBlank())
            new SetCellCommand(this, cell, m_report.value(cell), CellValue(), macro.get());
    }
    if (macro->childCount() > 0)
        m_undo.push(macro.release());
}

int ReportDocument::fillBlanksWithZero(const QString &tableId)
{
    auto macro = std::make_unique<QUndoCommand>(Text::tr("Blank cells to 0"));
    for (int cell = 0; cell < format().cellCount(); ++cell) {
        const CellDef &def = format().cell(cell);
        // Totals left blank compute themselves: they are not “not filled in”.
        if (def.table->id == tableId && !def.isComputed() && m_report.value(cell).isBlank() && isEditable(cell))
            new SetCellCommand(this, cell, CellValue(), CellValue::number(0), macro.get());
    }
    const int count = macro->childCount();
    if (count > 0)
        m_undo.push(macro.release());
    return count;
}

QStringList ReportDocument::pasteCells(const QVector<QVector<int>> &targets, const QVector<QStringList> &texts)
{
    QStringList refusals;
    auto macro = std::make_unique<QUndoCommand>(Text::tr("Paste"));
    for (int row = 0; row < targets.size() && row < texts.size(); ++row) {
        for (int column = 0; column < targets.at(row).size() && column < texts.at(row).size(); ++column) {
            const int cell = targets.at(row).at(column);
            if (cell < 0 || !isEditable(cell))
                continue;
            const ParsedValue parsed = parseCellText(texts.at(row).at(column), format().cell(cell), m_report.unit(cell));
            if (!parsed.ok)
                refusals << format().cellLabel(cell, Language::Chinese) + QStringLiteral("：") + parsed.error;
            else if (parsed.value != m_report.value(cell))
                new SetCellCommand(this, cell, m_report.value(cell), parsed.value, macro.get());
        }
    }
    if (macro->childCount() > 0)
        m_undo.push(macro.release());
    return refusals;
}

QString ReportDocument::text(const QString &kind, const QString &part) const
{
    if (kind == QLatin1String("heading"))
        return m_report.heading(part);
    if (kind == QLatin1String("unit"))
        return m_report.unit(format().indexOf(part));
    return m_report.narrative(part);
}

ReportDocument::EditResult ReportDocument::editText(const QString &kind, const QString &part, const QString &text)
{
    EditResult result;
    if (isReadOnly()) {
        result.reason = readOnlyReason();
        return result;
    }
    if (kind == QLatin1String("unit") && (format().indexOf(part) < 0 || !format().cell(format().indexOf(part)).units.contains(text))) {
        result.reason = Text::tr("“%1” is not a unit this amount may use").arg(text);
        return result;
    }
    result.accepted = true;
    if (text != this->text(kind, part))
        m_undo.push(new SetTextCommand(this, kind, part, this->text(kind, part), text));
    return result;
}

ReportDocument::EditResult ReportDocument::setDetails(const Agency &agency, const QDate &date, bool zerosBlank)
{
    EditResult result;
    if (isReadOnly()) {
        result.reason = readOnlyReason();
        return result;
    }
    Agency kept = agency;
    kept.name = m_report.agency().name;
    if (m_store && !m_store->saveDetails(m_reportId, kept, date, zerosBlank, m_user, &result.reason))
        return result;
    m_report.setAgency(kept);
    m_report.setDate(date);
    m_report.setZerosBlank(zerosBlank);
    result.accepted = true;
    emit detailsChanged();
    recheckDates();
    return result;
}

ReportDocument::EditResult ReportDocument::setAgencyKind(const QString &kind)
{
    EditResult result;
    if (isReadOnly()) {
        result.reason = readOnlyReason();
        return result;
    }
    if (m_store && !m_store->setAgencyKind(m_report.agency().name, kind, &result.reason))
        return result;
    m_report.setAgencyKind(kind);
    result.accepted = true;
    emit detailsChanged();
    recheckDates();
    return result;
}

// The timeliness rule (R17) reads the date and the agency's kind, not cells: re-check it when they change.
void ReportDocument::recheckDates()
{
    QVector<int> deadlineRules;
    for (int i = 0; i < int(format().ruleInstances().size()); ++i) {
        if (format().ruleInstances()[size_t(i)].kind == RuleInstance::Kind::Deadline)
            deadlineRules << i;
    }
    m_validator.validateAll();
    emit findingsChanged(deadlineRules);
    storeFindingCounts();
}

bool ReportDocument::applyCell(int cell, const CellValue &value)
{
    const CellValue current = m_report.value(cell);
    if (value == current)
        return true;
    if (m_store) {
        const SaveResult saved = m_store->saveCell(m_reportId, format().cell(cell).key, current, value, m_user);
        if (saved.status == SaveResult::Status::Conflict) {
            // Both values, and the stored one shown from now on: the clerk decides, nothing is lost.
            const ValueKind kind = format().cell(cell).kind;
            emit saveFailed(Text::tr("%1 was changed by %2 while you were editing: it now holds “%3”. Your “%4” was not saved; "
                                     "type it again to replace theirs.")
                                .arg(format().cellLabel(cell, Language::Chinese), saved.currentBy.isEmpty() ? Text::tr("another session") : saved.currentBy,
                                     saved.currentValue.isBlank() ? Text::tr("(blank)") : formatCellValue(saved.currentValue, kind),
                                     value.isBlank() ? Text::tr("(blank)") : formatCellValue(value, kind)));
            showStored(cell, saved.currentValue);
            return false;
        }
        if (!saved.saved()) {
            emit saveFailed(Text::tr("%1 was not saved: %2").arg(format().cellLabel(cell, Language::Chinese), saved.error));
            return false;
        }
        m_lastEditAt = m_clock();
    }
    showStored(cell, value);
    return true;
}

bool ReportDocument::applyText(const QString &kind, const QString &part, const QString &text)
{
    const QString current = this->text(kind, part);
    if (text == current)
        return true;
    if (m_store) {
        const SaveResult saved = m_store->saveText(m_reportId, kind, part, current, text, m_user);
        if (saved.status == SaveResult::Status::Conflict) {
            emit saveFailed(Text::tr("This text was changed by %1 while you were editing; theirs is shown now and yours was not saved:\n%2")
                                .arg(saved.currentBy.isEmpty() ? Text::tr("another session") : saved.currentBy, text));
            setStoredText(kind, part, saved.currentText);
            return false;
        }
        if (!saved.saved()) {
            emit saveFailed(Text::tr("The text was not saved: %1").arg(saved.error));
            return false;
        }
        m_lastEditAt = m_clock();
    }
    setStoredText(kind, part, text);
    return true;
}

} // namespace nb
