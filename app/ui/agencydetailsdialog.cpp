#include "agencydetailsdialog.h"

#include "ui_agencydetailsdialog.h"

#include "inputlimits.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace nb {

namespace {

// The date edit's lowest date, shown as “none yet”: earlier than any report of the 2008 regulations.
const QDate NoDate(2000, 1, 1);

} // namespace

AgencyDetailsDialog::AgencyDetailsDialog(const Agency &agency, const QDate &date, bool zerosBlank, bool readOnly,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AgencyDetailsDialog>())
    , m_name(agency.name)
{
    m_ui->setupUi(this);
    m_ui->agencyName->setText(agency.name);
    m_ui->office->setText(agency.office);
    m_ui->address->setText(agency.address);
    m_ui->postcode->setText(agency.postcode);
    m_ui->phone->setText(agency.phone);
    m_ui->fax->setText(agency.fax);
    m_ui->email->setText(agency.email);
    m_ui->website->setText(agency.website);
    // A report without a date says so rather than showing today, which OK would then have stored as
    // its 落款 (a 2024 report dated the day its details were last touched).
    m_ui->date->setMinimumDate(NoDate);
    m_ui->date->setSpecialValueText(tr("none yet: given when signed off"));
    m_ui->dated->setChecked(date.isValid());
    m_ui->date->setDate(date.isValid() ? date : NoDate);
    m_ui->date->setEnabled(date.isValid());
    connect(m_ui->dated, &QCheckBox::toggled, this, [this](bool dated) {
        m_ui->date->setDate(dated ? QDate::currentDate() : NoDate);
        m_ui->date->setEnabled(dated);
    });
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly);
    m_ui->date->setReadOnly(readOnly);
    m_ui->dated->setEnabled(!readOnly);
    // The data is what the format's deadline rule (R17) knows; the words are the 条例's.
    m_ui->agencyKind->addItem(tr("Not said (taken as a department)"), QString());
    m_ui->agencyKind->addItem(tr("A department of a county-level or higher government (by 31 January)"), QStringLiteral("department"));
    m_ui->agencyKind->addItem(tr("A people's government, its own report (by 31 March)"), QStringLiteral("government"));
    m_ui->agencyKind->setEnabled(!readOnly);
    m_ui->zerosBlank->setChecked(zerosBlank);
    m_ui->zerosBlank->setEnabled(!readOnly);
    // The same rule as a report file's: a pasted tab, line break, direction override or zero-width
    // character is named, and the details cannot be taken until it is gone.
    m_ui->problem->hide();
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &AgencyDetailsDialog::checkFields);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AgencyDetailsDialog::~AgencyDetailsDialog() = default;

void AgencyDetailsDialog::checkFields()
{
    QString problem;
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        const QString found = limits::oneLineProblem(edit->text());
        if (!found.isEmpty() && problem.isEmpty()) {
            const auto *label = qobject_cast<QLabel *>(m_ui->form->labelForField(edit));
            problem = tr("%1 %2").arg(label ? label->text().remove(QLatin1Char('&')) : edit->objectName(), found);
        }
    }
    m_ui->problem->setText(problem);
    m_ui->problem->setVisible(!problem.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Agency AgencyDetailsDialog::agency() const
{
    return {m_name,
            m_ui->office->text().trimmed(),
            m_ui->address->text().trimmed(),
            m_ui->postcode->text().trimmed(),
            m_ui->phone->text().trimmed(),
            m_ui->fax->text().trimmed(),
            m_ui->email->text().trimmed(),
            m_ui->website->text().trimmed()};
}

void AgencyDetailsDialog::setAgencyKind(const QString &kind)
{
    m_ui->agencyKind->setCurrentIndex(std::max(0, m_ui->agencyKind->findData(kind)));
}

QString AgencyDetailsDialog::agencyKind() const
{
    return m_ui->agencyKind->currentData().toString();
}

bool AgencyDetailsDialog::zerosBlank() const
{
    return m_ui->zerosBlank->isChecked();
}

QDate AgencyDetailsDialog::date() const
{
    return m_ui->dated->isChecked() && m_ui->date->date() != NoDate ? m_ui->date->date() : QDate();
}

} // namespace nb
