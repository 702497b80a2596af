#include "historydialog.h"

#include "formatdefinition.h"
#include "translations.h"
#include "ui_historydialog.h"

#include <QLocale>
#include <QSet>

namespace nb {

HistoryDialog::HistoryDialog(const QVector<ChangeLogEntry> &changes, const QVector<Transition> &transitions,
                             const FormatDefinition &format, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryDialog>())
{
    m_ui->setupUi(this);
    auto place = [&format](const QString &target) {
        const int cell = format.indexOf(target);
        if (cell >= 0)
            return QStringLiteral("%1 (%2)").arg(format.cellLabel(cell, currentLanguage()), target);
        const SectionDef *section = format.section(target);
        return section ? section->heading.in(currentLanguage()) : target;
    };
    struct Row
    {
        QDateTime at;
        QStringList columns;
        QString filterText; // what the cell filter matches: key and label
    };
    QVector<Row> rows;
    for (const ChangeLogEntry &entry : changes) {
        const QString where = place(entry.target);
        rows.append({entry.at, {QString(), entry.who, changeKindName(entry.what), where, entry.oldValue, entry.newValue}, where});
    }
    for (const Transition &step : transitions) {
        const QString what = tr("review: %1 → %2").arg(stateName(step.from), stateName(step.to));
        rows.append({step.at, {QString(), step.who, what, tr("revision %1").arg(step.revision), QString(), step.reason}, QString()});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.at < b.at; });
    QSet<QString> people;
    for (Row &row : rows) {
        row.columns[0] = QLocale().toString(row.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        auto *item = new QTreeWidgetItem(m_ui->entries, row.columns);
        item->setData(0, Qt::UserRole, row.filterText);
        people.insert(row.columns[1]);
    }
    m_ui->personFilter->addItem(tr("Everyone"), QString());
    QStringList names(people.begin(), people.end());
    names.sort();
    for (const QString &name : names)
        m_ui->personFilter->addItem(name, name);
    m_ui->entries->resizeColumnToContents(0);
    connect(m_ui->cellFilter, &QLineEdit::textChanged, this, &HistoryDialog::applyFilters);
    connect(m_ui->personFilter, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilters);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::applyFilters()
{
    const QString cell = m_ui->cellFilter->text().trimmed();
    const QString person = m_ui->personFilter->currentData().toString();
    for (int i = 0; i < m_ui->entries->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->entries->topLevelItem(i);
        const bool cellMatches = cell.isEmpty() || item->data(0, Qt::UserRole).toString().contains(cell, Qt::CaseInsensitive);
        const bool personMatches = person.isEmpty() || item->text(1) == person;
        item->setHidden(!(cellMatches && personMatches));
    }
}

int HistoryDialog::visibleRows() const
{
    int visible = 0;
    for (int i = 0; i < m_ui->entries->topLevelItemCount(); ++i)
        visible += m_ui->entries->topLevelItem(i)->isHidden() ? 0 : 1;
    return visible;
}

} // namespace nb
