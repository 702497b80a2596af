#pragma once

#include <QHash>
#include <QVector>
#include <QWidget>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class ReportEditor;
}

namespace nb {

class ReportDocument;
class ReportTableView;
class SectionPage;

// The clerk's workspace for one report: the sections in the order of the national format with their
// state, the page of the current section, and the findings panel, whose entries jump to their cell.
class ReportEditor : public QWidget
{
    Q_OBJECT

public:
    // When the pages of the sections are built: all with the editor, or each when it is first needed
    // (shown, or asked for by page(), tableView() or jumpToCell()) — the window opens a report sooner.
    enum class Pages { AllAtOnce, WhenNeeded };

    explicit ReportEditor(ReportDocument *document, QWidget *parent = nullptr, Pages pages = Pages::AllAtOnce);
    ~ReportEditor() override;

    void showSection(const QString &sectionId);
    QString currentSection() const;
    // The page of a section (built now if it was not yet), or null for a section the format lacks.
    SectionPage *page(const QString &sectionId) const;
    // The view of a table (its page built now if it was not yet), or null.
    ReportTableView *tableView(const QString &tableId) const;
    // Whether a section's page has been built (for tests: a page is built when it is first needed).
    bool isPageBuilt(const QString &sectionId) const;
    // The cell under the cursor in the current section's tables, or -1.
    int currentCell() const;
    // Shows the section of a cell and puts the cursor on it.
    bool jumpToCell(int cell);
    // The findings panel's lines, as shown (for tests and accessibility).
    QStringList findingLines() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // The page of the section in the given row of the list, built in its place in the stack if it was
    // not yet (a placeholder stands there until then).
    SectionPage *ensurePage(int row);
    int rowOfSection(const QString &sectionId) const;

    // Works out every section's state once and touches only the items whose state or heading changed.
    void updateSectionStates();
    // After findingsChanged: the states again only when a changed finding moved between sections or
    // severities since they were last worked out (a cell edit has shown them already).
    void updateSectionStatesFor(const QVector<int> &instances);
    // The findings panel updated in place: the items of findings gone are removed, new ones inserted
    // where they belong, changed ones rewritten; the others keep their item, selection and scroll.
    void updateFindings();
    void updateFindingsTitle();
    void activateFinding(int instance);
    quint64 findingKey(int instance) const;

    std::unique_ptr<Ui::ReportEditor> m_ui;
    ReportDocument *m_document;
    QHash<int, QTreeWidgetItem *> m_findingItems;    // finding instance → its line in the panel
    QHash<int, quint64> m_findingKeysOfStates;       // instance → severity and sections, as the states last saw it
    bool m_entered = false;                          // a section is no longer untouched
    QVector<SectionPage *> m_pages;                  // by row of the list; null until built
};

} // namespace nb
