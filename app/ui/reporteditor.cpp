#include "reporteditor.h"

#include "icons.h"
#include "reportdocument.h"
#include "reporttablemodel.h"
#include "reporttableview.h"
#include "sectionpage.h"
#include "sectionstate.h"
#include "translations.h"
#include "ui_reporteditor.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSet>
#include <QStyle>

namespace nb {

namespace {

// A section in the list. The list reads its text, icon and accessible description through data(),
// from one state set by show(): a change is one dataChanged (one repaint of the item), no change none
// — an edit that leaves the section as it was does not touch the list.
class SectionItem : public QListWidgetItem
{
public:
    using QListWidgetItem::QListWidgetItem;

    QVariant data(int role) const override
    {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return m_text;
        case Qt::DecorationRole:
            return m_shown ? QVariant::fromValue(appIcon(m_icon)) : QVariant();
        case Qt::AccessibleDescriptionRole:
            return m_words;
        default:
            return QListWidgetItem::data(role);
        }
    }

    void show(AppIcon icon, const QString &text, const QString &words)
    {
        if (m_shown && icon == m_icon && text == m_text && words == m_words)
            return;
        m_icon = icon;
        m_text = text;
        m_words = words;
        m_shown = true;
        setData(ShownRole, ++m_revision); // the one signal that what data() says has changed
    }

private:
    static constexpr int ShownRole = Qt::UserRole + 1;
    AppIcon m_icon = AppIcon::NotStarted;
    QString m_text;
    QString m_words;
    bool m_shown = false;
    int m_revision = 0;
};

// A line of the findings panel; the message's tooltip is the message, read from it rather than stored
// beside it, so that a changed message is one dataChanged (one row height worked out again), not two.
class FindingItem : public QTreeWidgetItem
{
public:
    QVariant data(int column, int role) const override
    {
        if (column == 2 && role == Qt::ToolTipRole)
            return QTreeWidgetItem::data(2, Qt::DisplayRole);
        return QTreeWidgetItem::data(column, role);
    }
};

// Sets one value of a findings line, only when it differs (an unchanged line is not repainted).
void setIfChanged(QTreeWidgetItem *item, int column, int role, const QVariant &value)
{
    if (item->data(column, role) != value)
        item->setData(column, role, value);
}

} // namespace

ReportEditor::ReportEditor(ReportDocument *document, QWidget *parent, Pages pages)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReportEditor>())
    , m_document(document)
{
    m_ui->setupUi(this);
    for (const SectionDef &section : document->format().sections()) {
        // Building a page of tables (their models, the frozen panes, every row's height worked out) is
        // most of opening a report; a page not built yet is a placeholder in the stack.
        m_ui->sectionPages->addWidget(new QWidget(m_ui->sectionPages));
        m_pages.append(nullptr);
        auto *item = new SectionItem(m_ui->sections);
        item->setData(Qt::UserRole, section.id);
    }
    if (pages == Pages::AllAtOnce) {
        for (int row = 0; row < m_pages.size(); ++row)
            ensurePage(row);
    }
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->rightSplitter->setStretchFactor(0, 4);
    m_ui->rightSplitter->setStretchFactor(1, 1);
    m_ui->findings->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->findings->setColumnWidth(0, 90);
    m_ui->findings->setColumnWidth(1, 50);

    connect(m_ui->sections, &QListWidget::currentRowChanged, this, [this](int row) {
        ensurePage(row);
        m_ui->sectionPages->setCurrentIndex(row);
    });
    connect(m_ui->findings, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activateFinding(item->data(0, Qt::UserRole).toInt()); });
    connect(m_ui->findings, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { activateFinding(item->data(0, Qt::UserRole).toInt()); });
    connect(document, &ReportDocument::cellsChanged, this, [this] {
        updateSectionStates();
        updateFindingsTitle();
    });
    connect(document, &ReportDocument::textChanged, this, [this] {
        updateSectionStates();
        updateFindingsTitle();
    });
    connect(document, &ReportDocument::findingsChanged, this, [this](const QVector<int> &instances) {
        updateFindings();
        updateSectionStatesFor(instances);
        updateFindingsTitle();
    });
    m_ui->sections->setCurrentRow(0);
    updateSectionStates();
    updateFindings();
    updateFindingsTitle();
}

ReportEditor::~ReportEditor()
{
    // A figure typed but not yet confirmed with Enter is saved, not dropped with the window.
    for (ReportTableView *view : findChildren<ReportTableView *>())
        view->commitOpenEditor();
}

void ReportEditor::showSection(const QString &sectionId)
{
    const int row = rowOfSection(sectionId);
    if (row >= 0)
        m_ui->sections->setCurrentRow(row);
}

int ReportEditor::rowOfSection(const QString &sectionId) const
{
    for (int row = 0; row < m_ui->sections->count(); ++row) {
        if (m_ui->sections->item(row)->data(Qt::UserRole).toString() == sectionId)
            return row;
    }
    return -1;
}

SectionPage *ReportEditor::ensurePage(int row)
{
    if (row < 0 || row >= m_pages.size())
        return nullptr;
    if (!m_pages[row]) {
        const QString id = m_ui->sections->item(row)->data(Qt::UserRole).toString();
        const SectionDef *section = m_document->format().section(id);
        if (!section)
            return nullptr;
        QStackedWidget *stack = m_ui->sectionPages;
        QWidget *placeholder = stack->widget(row);
        const bool current = stack->currentIndex() == row;
        auto *page = new SectionPage(m_document, *section, stack);
        m_pages[row] = page;
        stack->insertWidget(row, page);
        if (current)
            stack->setCurrentIndex(row);
        stack->removeWidget(placeholder);
        delete placeholder;
    }
    return m_pages[row];
}

bool ReportEditor::isPageBuilt(const QString &sectionId) const
{
    const int row = rowOfSection(sectionId);
    return row >= 0 && m_pages[row];
}

QString ReportEditor::currentSection() const
{
    const QListWidgetItem *item = m_ui->sections->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

SectionPage *ReportEditor::page(const QString &sectionId) const
{
    // Built on demand: to whoever asks, every page is there.
    return const_cast<ReportEditor *>(this)->ensurePage(rowOfSection(sectionId));
}

int ReportEditor::currentCell() const
{
    const SectionPage *current = page(currentSection());
    if (!current)
        return -1;
    int cell = -1;
    for (ReportTableView *view : current->tableViews()) {
        const int here = view->reportModel()->cellAt(view->currentIndex());
        if (here >= 0 && (view->hasFocus() || cell < 0))
            cell = here;
    }
    return cell;
}

ReportTableView *ReportEditor::tableView(const QString &tableId) const
{
    const TableDef *table = m_document->format().table(tableId);
    SectionPage *shown = table ? page(table->sectionId) : nullptr;
    return shown ? shown->tableView(tableId) : nullptr;
}

bool ReportEditor::jumpToCell(int cell)
{
    const CellDef &def = m_document->format().cell(cell);
    showSection(def.table->sectionId);
    ReportTableView *view = tableView(def.table->id);
    return view && view->showCell(cell);
}

void ReportEditor::activateFinding(int instance)
{
    const Finding *finding = m_document->validator().findingOf(instance);
    if (finding && !finding->part.isEmpty()) {
        // About a text: show the text box it is about.
        const bool intro = finding->part == QLatin1String("intro");
        showSection(intro ? QStringLiteral("s1") : finding->part);
        if (SectionPage *shown = page(currentSection())) {
            if (auto *text = shown->findChild<QPlainTextEdit *>(intro ? QStringLiteral("intro") : QStringLiteral("narrative")))
                text->setFocus();
        }
        return;
    }
    if (finding && !finding->cells.isEmpty())
        jumpToCell(finding->cells.first());
}

quint64 ReportEditor::findingKey(int instance) const
{
    const Finding *finding = m_document->validator().findingOf(instance);
    if (!finding)
        return 0;
    return sectionsOfFinding(*finding, m_document->format()) << 2 | (finding->severity == Severity::Error ? 2 : 0) | 1;
}

void ReportEditor::updateSectionStates()
{
    const Language language = currentLanguage();
    const QVector<Finding> findings = m_document->validator().findings();
    const QVector<SectionState> states = sectionStates(m_document->report(), findings);
    m_findingKeysOfStates.clear();
    for (const Finding &finding : findings)
        m_findingKeysOfStates.insert(finding.instance, findingKey(finding.instance));
    m_entered = std::any_of(states.begin(), states.end(), [](SectionState state) { return state != SectionState::Untouched; });

    const std::vector<SectionDef> &sections = m_document->format().sections();
    for (int row = 0; row < m_ui->sections->count(); ++row) {
        auto *item = static_cast<SectionItem *>(m_ui->sections->item(row));
        const QString id = item->data(Qt::UserRole).toString();
        int index = 0;
        while (index < int(sections.size()) && sections[size_t(index)].id != id)
            ++index;
        if (index == int(sections.size()))
            continue;
        const QString custom = m_document->report().heading(id);
        const QString heading = custom.isEmpty() ? sections[size_t(index)].heading.in(language) : custom;
        QString state;
        AppIcon icon = AppIcon::NotStarted;
        switch (states.at(index)) {
        case SectionState::Untouched:
            state = tr("not started");
            icon = AppIcon::NotStarted;
            break;
        case SectionState::Incomplete:
            state = tr("cells left blank");
            icon = AppIcon::Incomplete;
            break;
        case SectionState::InProgress:
            state = tr("warnings to check");
            icon = AppIcon::Warning;
            break;
        case SectionState::HasErrors:
            state = tr("has errors");
            icon = AppIcon::Error;
            break;
        case SectionState::Complete:
            state = tr("complete");
            icon = AppIcon::Complete;
            break;
        }
        // The state in words as well as by icon.
        item->show(icon, QStringLiteral("%1\n    %2").arg(heading, state), state);
    }
}

void ReportEditor::updateSectionStatesFor(const QVector<int> &instances)
{
    // The states read the cells, the texts and the findings. A cell or text edit has worked them out
    // already (its signal comes first, with the findings already re-checked); here only a finding
    // that changed in a way the states see — appeared, went, moved section or severity — counts.
    for (int instance : instances) {
        if (findingKey(instance) != m_findingKeysOfStates.value(instance, 0)) {
            updateSectionStates();
            return;
        }
    }
}

void ReportEditor::updateFindings()
{
    const Language language = currentLanguage();
    QVector<Finding> findings = m_document->validator().findings();
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return a.severity == Severity::Error && b.severity != Severity::Error;
    });
    QTreeWidget *tree = m_ui->findings;
    QSet<int> present;
    for (const Finding &finding : std::as_const(findings))
        present.insert(finding.instance);
    for (auto it = m_findingItems.begin(); it != m_findingItems.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value(); // the view keeps the selection and scroll of the lines that stay
        it = m_findingItems.erase(it);
    }
    for (int row = 0; row < findings.size(); ++row) {
        const Finding &finding = findings.at(row);
        const bool error = finding.severity == Severity::Error;
        const QString message = finding.message.in(language);
        QTreeWidgetItem *item = m_findingItems.value(finding.instance);
        const bool added = !item;
        if (added) {
            item = new FindingItem;
            item->setData(0, Qt::UserRole, finding.instance);
            m_findingItems.insert(finding.instance, item);
        }
        if (added || item->data(1, Qt::UserRole).toBool() != error) {
            item->setIcon(0, appIcon(error ? AppIcon::Error : AppIcon::Warning));
            item->setData(1, Qt::UserRole, error);
        }
        setIfChanged(item, 0, Qt::DisplayRole, error ? tr("Error") : tr("Warning"));
        setIfChanged(item, 1, Qt::DisplayRole, finding.ruleId);
        setIfChanged(item, 2, Qt::DisplayRole, message);
        if (added) {
            tree->insertTopLevelItem(row, item);
        } else if (tree->topLevelItem(row) != item) {
            // Its place changed (a warning became an error): moved, still selected if it was.
            const bool current = tree->currentItem() == item;
            const bool selected = item->isSelected();
            tree->takeTopLevelItem(tree->indexOfTopLevelItem(item));
            tree->insertTopLevelItem(row, item);
            if (current)
                tree->setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
            item->setSelected(selected);
        }
    }
}

void ReportEditor::updateFindingsTitle()
{
    int errors = 0;
    const int count = m_ui->findings->topLevelItemCount();
    for (int i = 0; i < count; ++i)
        errors += m_ui->findings->topLevelItem(i)->data(1, Qt::UserRole).toBool() ? 1 : 0;
    // An empty report satisfies every rule trivially; saying so would mislead.
    QString title;
    if (count > 0)
        title = tr("%1 errors, %2 warnings — click one to go to its cell").arg(errors).arg(count - errors);
    else if (!m_entered)
        title = tr("Nothing entered yet: the rules are checked as you type.");
    else
        title = tr("No errors or warnings in what is entered so far.");
    if (m_ui->findingsTitle->text() != title)
        m_ui->findingsTitle->setText(title);
}

QStringList ReportEditor::findingLines() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->findings->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->findings->topLevelItem(i);
        lines << QStringLiteral("%1 %2 %3").arg(item->text(0), item->text(1), item->text(2));
    }
    return lines;
}

void ReportEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateSectionStates();
        updateFindings();
        updateFindingsTitle();
    }
    QWidget::changeEvent(event);
}

} // namespace nb
