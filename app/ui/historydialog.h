#pragma once

#include "reportstore.h"

#include <QDialog>
#include <QSet>

#include <memory>

namespace Ui {
class HistoryDialog;
}

namespace nb {

class FormatDefinition;

// The report's history: every change from the change log (who, when, cell, old → new) and every
// review step, in time order, filterable by cell or section and by person.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const QVector<ChangeLogEntry> &changes, const QVector<Transition> &transitions,
                  const FormatDefinition &format, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    // The warnings accepted with a 说明 (who, when, the warning as read, the note), in time order among
    // the other entries.
    void addAcknowledgements(const QVector<Acknowledgement> &acknowledgements, const FormatDefinition &format);

    // Rows shown now (for tests).
    int visibleRows() const;

    // A change log kind ("cell", "details", …) in the user's words; agency details stored as "a|b|c" as
    // labelled fields.
    static QString changeName(ChangeKind kind);
    static QString detailsText(const QString &stored);

private:
    void applyFilters();

    std::unique_ptr<Ui::HistoryDialog> m_ui;
    QSet<QString> m_acknowledgementsShown; // finding, message, who, when: a carried one is listed once
};

} // namespace nb
