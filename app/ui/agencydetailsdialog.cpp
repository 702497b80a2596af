#include "agencydetailsdialog.h"

#include "ui_agencydetailsdialog.h"

#include <QLineEdit>

namespace nb {

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
    m_ui->date->setDate(date.isValid() ? date : QDate::currentDate());
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly);
    m_ui->date->setReadOnly(readOnly);
    // The data is what the format's deadline rule (R17) knows; the words are the 条例's.
    m_ui->agencyKind->addItem(tr("Not said (taken as a department)"), QString());
    m_ui->agencyKind->addItem(tr("A department of a county-level or higher government (by 31 January)"), QStringLiteral("department"));
    m_ui->agencyKind->addItem(tr("A people's government, its own report (by 31 March)"), QStringLiteral("government"));
    m_ui->agencyKind->setEnabled(!readOnly);
    m_ui->zerosBlank->setChecked(zerosBlank);
    m_ui->zerosBlank->setEnabled(!readOnly);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AgencyDetailsDialog::~AgencyDetailsDialog() = default;

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
    return m_ui->date->date();
}

} // namespace nb
