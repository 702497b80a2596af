#pragma once

#include "report.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AgencyDetailsDialog;
}

namespace nb {

// The contact details the report's introduction prints, and the date under the report.
class AgencyDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    AgencyDetailsDialog(const Agency &agency, const QDate &date, bool zerosBlank, bool readOnly, QWidget *parent = nullptr);
    ~AgencyDetailsDialog() override;

    Agency agency() const;
    QDate date() const;
    bool zerosBlank() const;
    // The agency's kind: "department" or "government" (its statutory deadline, R17); "" not said.
    void setAgencyKind(const QString &kind);
    QString agencyKind() const;

private:
    void checkFields();

    std::unique_ptr<Ui::AgencyDetailsDialog> m_ui;
    QString m_name;
};

} // namespace nb
