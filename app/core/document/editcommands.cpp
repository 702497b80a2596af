#include "editcommands.h"

#include "reportdocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EditCommands)
};

} // namespace

SetCellCommand::SetCellCommand(ReportDocument *document, int cell, const CellValue &before, const CellValue &after,
                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_cell(cell)
    , m_before(before)
    , m_after(after)
{
    setText(Text::tr("Figure Entry"));
}

void SetCellCommand::redo()
{
    if (!m_document->applyCell(m_cell, m_after))
        setObsolete(true); // not saved, so not done: nothing to undo
}

void SetCellCommand::undo()
{
    m_document->applyCell(m_cell, m_before);
}

SetTextCommand::SetTextCommand(ReportDocument *document, const QString &kind, const QString &part, const QString &before,
                               const QString &after)
    : m_document(document)
    , m_kind(kind)
    , m_part(part)
    , m_before(before)
    , m_after(after)
{
    setText(Text::tr("Typing"));
    classify();
}

namespace {

// Typing that ends a sentence or a line closes the undo step, as word processors do.
bool endsStep(const QString &typed)
{
    static const QString enders = QStringLiteral("\n。！？；.!?;");
    return !typed.isEmpty() && enders.contains(typed.back());
}

// More than this at once is a paste (or a dictated passage), its own undo step. An input method commits
// a phrase of a few characters at a time, which is typing.
const int LongestTyped = 12;

} // namespace

void SetTextCommand::classify()
{
    int prefix = 0;
    const int shorter = int(std::min(m_before.size(), m_after.size()));
    while (prefix < shorter && m_before.at(prefix) == m_after.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < shorter - prefix && m_before.at(m_before.size() - 1 - suffix) == m_after.at(m_after.size() - 1 - suffix))
        ++suffix;
    const int removed = int(m_before.size()) - prefix - suffix;
    const int added = int(m_after.size()) - prefix - suffix;
    m_at = prefix;
    if (removed == 0 && added > 0) {
        m_change = Change::Insert;
        m_length = added;
        const QString typed = m_after.mid(prefix, added);
        // A paste or a line break is a step of its own.
        m_closed = added > LongestTyped || typed.contains(QLatin1Char('\n')) || endsStep(typed);
    } else if (added == 0 && removed > 0) {
        m_change = Change::Remove;
        m_length = removed;
        m_closed = removed > LongestTyped;
    } else {
        m_change = Change::Other;
        m_closed = true;
    }
}

void SetTextCommand::redo()
{
    if (!m_document->applyText(m_kind, m_part, m_after))
        setObsolete(true);
}

void SetTextCommand::undo()
{
    m_document->applyText(m_kind, m_part, m_before);
}

bool SetTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetTextCommand *>(other);
    if (next->m_kind != m_kind || next->m_part != m_part || next->isObsolete() || m_closed || next->m_change != m_change)
        return false;
    if (m_change == Change::Insert) {
        // Only typing that continues where this step's typing ended.
        const QString typed = next->m_after.mid(next->m_at, next->m_length);
        if (next->m_at != m_at + m_length || next->m_length > LongestTyped || typed.contains(QLatin1Char('\n')))
            return false;
        m_length += next->m_length;
        m_closed = endsStep(typed);
    } else if (m_change == Change::Remove) {
        if (next->m_length > LongestTyped)
            return false;
        if (next->m_at + next->m_length == m_at) { // Backspace, going left
            m_at = next->m_at;
        } else if (next->m_at != m_at) { // neither Backspace nor Delete at the same place
            return false;
        }
        m_length += next->m_length;
    } else {
        return false;
    }
    m_after = next->m_after;
    return true;
}

} // namespace nb
