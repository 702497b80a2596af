#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class NewReportDialog;
}

namespace nb {

// Asks for the agency and the year of a new report; the format follows the year (2019 format up to
// 2020, 2021 format from 2021) unless the clerk chooses otherwise, which the dialog warns about.
class NewReportDialog : public QDialog
{
    Q_OBJECT

public:
    NewReportDialog(const QStringList &agencies, QWidget *parent = nullptr);
    ~NewReportDialog() override;

    QString agency() const;
    int year() const;
    QString formatId() const;
    void setAgency(const QString &agency);
    void setYear(int year);

private:
    void followYear();
    void updateNote();

    std::unique_ptr<Ui::NewReportDialog> m_ui;
};

} // namespace nb
