#pragma once

#include <QWidget>

#include <memory>

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
    explicit ReportEditor(ReportDocument *document, QWidget *parent = nullptr);
    ~ReportEditor() override;

    void showSection(const QString &sectionId);
    QString currentSection() const;
    SectionPage *page(const QString &sectionId) const;
    ReportTableView *tableView(const QString &tableId) const;
    // The cell under the cursor in the current section's tables, or -1.
    int currentCell() const;
    // Shows the section of a cell and puts the cursor on it.
    bool jumpToCell(int cell);
    // The findings panel's lines, as shown (for tests and accessibility).
    QStringList findingLines() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSectionStates();
    void updateFindings();
    void updateFindingsTitle();
    void activateFinding(int instance);

    std::unique_ptr<Ui::ReportEditor> m_ui;
    ReportDocument *m_document;
};

} // namespace nb
