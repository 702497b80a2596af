#pragma once

#include "reviewrecords.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class SignInDialog;
}

namespace nb {

// Who is working: pick a user of the file, or join it under a new name. A supervisor proves who they
// are with their password; a new supervisor needs an existing one to agree (their password). What
// the dialog asks is checked by attempt() — the window's sign-in — and the dialog stays open with the
// reason until it succeeds or is cancelled.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    struct Request
    {
        User user;
        QString password;
        bool isNew = false;
        std::optional<std::pair<QString, QString>> vouch;
    };
    using Attempt = std::function<QString(const Request &)>; // the reason it failed, empty on success

    SignInDialog(const QVector<User> &users, const QString &suggested, Attempt attempt, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void accept() override;

private:
    void updateFields();
    void growToFit();
    std::optional<User> existing() const;

    std::unique_ptr<Ui::SignInDialog> m_ui;
    QVector<User> m_users;
    Attempt m_attempt;
};

} // namespace nb
