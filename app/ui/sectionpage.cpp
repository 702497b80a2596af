#include "sectionpage.h"

#include "reportdocument.h"
#include "reporttablemodel.h"
#include "reporttableview.h"
#include "inputlimits.h"
#include "sectionforms.h"
#include "translations.h"

#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QTextCursor>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QToolTip>
#include <QVBoxLayout>

namespace nb {

SectionPage::SectionPage(ReportDocument *document, const SectionDef &section, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_sectionId(section.id)
{
    setObjectName(QStringLiteral("page_") + section.id);
    m_retranslateForm = setUpSectionForm(section.id, this);
    bindText(findChild<QLineEdit *>(QStringLiteral("heading")), QStringLiteral("heading"), section.id);
    connect(m_document, &ReportDocument::textChanged, this, [this](const QString &kind, const QString &part) {
        if (kind == QLatin1String("heading") && part == m_sectionId)
            updateTitle();
    });
    if (auto *narrative = findChild<QPlainTextEdit *>(QStringLiteral("narrative")))
        bindText(narrative, QStringLiteral("narrative"), section.id);
    if (auto *intro = findChild<QPlainTextEdit *>(QStringLiteral("intro")))
        bindText(intro, QStringLiteral("narrative"), QStringLiteral("intro"));
    if (section.kind == SectionDef::Kind::Tables)
        addTables(section);
    addUnitChoice();
    retranslate();
}

void SectionPage::bindText(QLineEdit *edit, const QString &kind, const QString &part)
{
    if (!edit)
        return;
    edit->setText(m_document->text(kind, part));
    edit->setReadOnly(m_document->isReadOnly());
    connect(edit, &QLineEdit::textEdited, this, [this, kind, part](const QString &text) { m_document->editText(kind, part, text); });
    connect(m_document, &ReportDocument::textChanged, edit, [this, edit, kind, part](const QString &k, const QString &p) {
        if (k == kind && p == part && edit->text() != m_document->text(kind, part))
            edit->setText(m_document->text(kind, part));
    });
}

void SectionPage::bindText(QPlainTextEdit *edit, const QString &kind, const QString &part)
{
    edit->setPlainText(m_document->text(kind, part));
    edit->setReadOnly(m_document->isReadOnly());
    // The document's undo stack is the only one: Ctrl+Z undoes the report, not a private copy. The box
    // would swallow Ctrl+Z as its own (disabled) undo; the filter hands it to the report's stack.
    edit->setUndoRedoEnabled(false);
    edit->installEventFilter(this);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, kind, part] {
        const QString text = edit->toPlainText();
        if (text == m_document->text(kind, part))
            return;
        // A paste that makes a section longer than any real one is not taken; the editor says why.
        if (const QString problem = limits::narrativeProblem(text); !problem.isEmpty()) {
            const QSignalBlocker blocker(edit);
            edit->setPlainText(m_document->text(kind, part));
            edit->moveCursor(QTextCursor::End);
            QToolTip::showText(edit->mapToGlobal(QPoint(0, 0)), tr("Not taken: %1.").arg(problem), edit);
            return;
        }
        m_document->editText(kind, part, text);
    });
    connect(m_document, &ReportDocument::textChanged, edit, [this, edit, kind, part](const QString &k, const QString &p) {
        const QString now = m_document->text(kind, part);
        const QString shown = edit->toPlainText();
        if (k == kind && p == part && shown != now) {
            // The cursor goes to the end of what changed (after an undo: where the undone words were;
            // after a redo: after the words restored), not to the top of the box.
            qsizetype prefix = 0;
            while (prefix < shown.size() && prefix < now.size() && shown.at(prefix) == now.at(prefix))
                ++prefix;
            qsizetype suffix = 0;
            while (suffix < shown.size() - prefix && suffix < now.size() - prefix
                   && shown.at(shown.size() - 1 - suffix) == now.at(now.size() - 1 - suffix))
                ++suffix;
            const QSignalBlocker blocker(edit);
            edit->setPlainText(now);
            QTextCursor cursor = edit->textCursor();
            cursor.setPosition(int(now.size() - suffix));
            edit->setTextCursor(cursor);
        }
    });
}

void SectionPage::addTables(const SectionDef &section)
{
    auto *layout = findChild<QVBoxLayout *>(QStringLiteral("tablesLayout"));
    // A section of one big table (三, 四) fills the page and scrolls inside itself with its headers and
    // labels frozen; sections of many small tables (二) are shown whole, the page scrolling.
    const bool oneTable = section.tableIds.size() == 1;
    for (const QString &tableId : section.tableIds) {
        const TableDef *table = m_document->format().table(tableId);
        auto *view = new ReportTableView(layout->parentWidget());
        view->setObjectName(tableId);
        view->setReportModel(new ReportTableModel(m_document, *table, view));
        if (oneTable) {
            view->setFrozenPanes(true);
            layout->addWidget(view, 1);
        } else {
            layout->addWidget(view, 0, Qt::AlignLeft);
        }
    }
    if (!oneTable)
        layout->addStretch(1);
}

void SectionPage::addUnitChoice()
{
    auto *combo = findChild<QComboBox *>(QStringLiteral("unit"));
    if (!combo)
        return;
    // The amount whose unit the clerk chooses (2019 采购总金额: 元 or 万元); the row hides without one.
    int amountCell = -1;
    for (int cell = 0; cell < m_document->format().cellCount(); ++cell) {
        const CellDef &def = m_document->format().cell(cell);
        if (def.table->sectionId == m_sectionId && def.units.size() > 1)
            amountCell = cell;
    }
    m_unitCell = amountCell;
    findChild<QLabel *>(QStringLiteral("unitLabel"))->setVisible(amountCell >= 0);
    combo->setVisible(amountCell >= 0);
    if (amountCell < 0)
        return;
    const CellDef &def = m_document->format().cell(amountCell);
    combo->addItems(def.units);
    combo->setCurrentText(m_document->report().unit(amountCell));
    combo->setEnabled(!m_document->isReadOnly());
    connect(combo, &QComboBox::textActivated, this, [this, key = def.key](const QString &unit) {
        m_document->editText(QStringLiteral("unit"), key, unit);
    });
    connect(m_document, &ReportDocument::textChanged, combo, [this, combo, amountCell, key = def.key](const QString &kind, const QString &part) {
        if (kind == QLatin1String("unit") && part == key)
            combo->setCurrentText(m_document->report().unit(amountCell));
    });
}

ReportTableView *SectionPage::tableView(const QString &tableId) const
{
    return findChild<ReportTableView *>(tableId);
}

QVector<ReportTableView *> SectionPage::tableViews() const
{
    QVector<ReportTableView *> views;
    for (const QString &tableId : m_document->format().section(m_sectionId)->tableIds)
        views << tableView(tableId);
    return views;
}

void SectionPage::retranslate()
{
    if (m_retranslateForm)
        m_retranslateForm();
    const Language language = currentLanguage();
    const SectionDef *section = m_document->format().section(m_sectionId);
    updateTitle();
    findChild<QLineEdit *>(QStringLiteral("heading"))->setPlaceholderText(section->heading.zh);
    if (auto *hint = findChild<QLabel *>(QStringLiteral("hint"))) {
        hint->setText(section->hint.in(language));
        hint->setVisible(!section->hint.zh.isEmpty());
    }
    if (m_unitCell >= 0)
        findChild<QLabel *>(QStringLiteral("unitLabel"))->setText(tr("Unit of %1:").arg(m_document->format().cell(m_unitCell).column->label.in(language)));
    for (ReportTableView *view : tableViews())
        view->reportModel()->retranslate();
}

bool SectionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo) || (key->key() == Qt::Key_Y && key->modifiers() == Qt::ControlModifier);
    if (!undo && !redo)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->ignore(); // not the box's: the window's Undo/Redo action takes it
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SectionPage::updateTitle()
{
    // The agency's own heading (an imported report's, say) is what the report prints: the page says
    // the same as the sidebar, and names the official heading beside it.
    const SectionDef *section = m_document->format().section(m_sectionId);
    const QString official = section->heading.in(currentLanguage());
    const QString custom = m_document->report().heading(m_sectionId);
    auto *title = findChild<QLabel *>(QStringLiteral("sectionTitle"));
    title->setText(custom.isEmpty() ? official : tr("%1 (official heading: %2)").arg(custom, official));
}

void SectionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace nb
