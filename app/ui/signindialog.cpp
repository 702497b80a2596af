#include "signindialog.h"

#include "ui_signindialog.h"

#include <QApplication>
#include <QPushButton>

namespace nb {

SignInDialog::SignInDialog(const QVector<User> &users, const QString &suggested, Attempt attempt, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_users(users)
    , m_attempt(std::move(attempt))
{
    m_ui->setupUi(this);
    // Rows appear (passwords, a refusal): the dialog grows to hold them instead of squashing the fields.
    m_ui->layout->setSizeConstraint(QLayout::SetMinimumSize);
    for (const User &user : users) {
        m_ui->name->addItem(user.name);
        if (user.role == Role::Supervisor)
            m_ui->vouchName->addItem(user.name);
    }
    m_ui->role->addItem(roleName(Role::Clerk), int(Role::Clerk));
    m_ui->role->addItem(roleName(Role::Supervisor), int(Role::Supervisor));
    m_ui->name->setCurrentText(suggested);
    connect(m_ui->name, &QComboBox::currentTextChanged, this, &SignInDialog::updateFields);
    connect(m_ui->role, &QComboBox::currentIndexChanged, this, &SignInDialog::updateFields);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

SignInDialog::~SignInDialog() = default;

std::optional<User> SignInDialog::existing() const
{
    const QString name = m_ui->name->currentText().trimmed();
    for (const User &user : m_users) {
        if (user.name == name)
            return user;
    }
    return std::nullopt;
}

void SignInDialog::updateFields()
{
    const std::optional<User> user = existing();
    if (user)
        m_ui->role->setCurrentIndex(m_ui->role->findData(int(user->role)));
    m_ui->role->setEnabled(!user);
    const bool supervisor = Role(m_ui->role->currentData().toInt()) == Role::Supervisor;
    const bool newSupervisor = supervisor && !user;
    m_ui->password->setVisible(supervisor);
    m_ui->passwordLabel->setVisible(supervisor);
    m_ui->confirm->setVisible(newSupervisor);
    m_ui->confirmLabel->setVisible(newSupervisor);
    const bool vouch = newSupervisor && m_ui->vouchName->count() > 0;
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->vouchName), static_cast<QWidget *>(m_ui->vouchLabel),
                            static_cast<QWidget *>(m_ui->vouchPassword), static_cast<QWidget *>(m_ui->vouchPasswordLabel)})
        widget->setVisible(vouch);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(user ? tr("Sign In") : tr("Join"));
    growToFit();
}

void SignInDialog::growToFit()
{
    layout()->activate();
    const QSize needed = layout()->totalMinimumSize().expandedTo(layout()->sizeHint());
    if (height() < needed.height() || width() < needed.width())
        resize(size().expandedTo(needed));
}

void SignInDialog::accept()
{
    Request request;
    const std::optional<User> user = existing();
    request.isNew = !user;
    request.user = user ? *user : User{m_ui->name->currentText().trimmed(), Role(m_ui->role->currentData().toInt())};
    request.password = m_ui->password->text();
    if (request.user.name.isEmpty()) {
        m_ui->message->setText(tr("Type your name."));
        growToFit();
        return;
    }
    if (request.isNew && request.user.role == Role::Supervisor && m_ui->password->text() != m_ui->confirm->text()) {
        m_ui->message->setText(tr("The two passwords differ."));
        growToFit();
        return;
    }
    if (m_ui->vouchName->isVisible())
        request.vouch = std::make_pair(m_ui->vouchName->currentText(), m_ui->vouchPassword->text());
    // Checking a password takes a moment (PBKDF2, on purpose): show that the program is working.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString failure = m_attempt(request);
    QApplication::restoreOverrideCursor();
    if (!failure.isEmpty()) {
        m_ui->message->setText(failure);
        growToFit();
        return;
    }
    QDialog::accept();
}

} // namespace nb
