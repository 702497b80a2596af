#pragma once

#include <QWidget>

#include <functional>

class QLineEdit;
class QPlainTextEdit;

namespace nb {

class ReportDocument;
class ReportTableView;
struct SectionDef;

// One section of the report as a page: its Designer form, the heading as printed, and either the
// narrative text (一、五、六) or the section's tables (二、三、四), each bound to the document.
class SectionPage : public QWidget
{
    Q_OBJECT

public:
    SectionPage(ReportDocument *document, const SectionDef &section, QWidget *parent = nullptr);

    const QString &sectionId() const { return m_sectionId; }
    // The table view of a table of this section, or null.
    ReportTableView *tableView(const QString &tableId) const;
    QVector<ReportTableView *> tableViews() const;

protected:
    void changeEvent(QEvent *event) override;
    // Ctrl+Z / Ctrl+Shift+Z inside a text box undo the report's steps (the box keeps no history of its own).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void bindText(QLineEdit *edit, const QString &kind, const QString &part);
    void bindText(QPlainTextEdit *edit, const QString &kind, const QString &part);
    void addTables(const SectionDef &section);
    void addUnitChoice();
    void retranslate();
    void updateTitle();

    ReportDocument *m_document;
    QString m_sectionId;
    std::function<void()> m_retranslateForm;
    int m_unitCell = -1; // the amount cell whose unit the page offers to choose
};

} // namespace nb
