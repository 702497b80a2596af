#include "reviewflow.h"

#include <QCoreApplication>

#include <iterator>

namespace nb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReviewFlow)
};

using S = ReportState;
using A = ReviewAction;

// action, from, role, to, reason, password, clean, new revision
constexpr ReviewStep steps[] = {
    {A::Submit, S::Draft, Role::Clerk, S::Submitted, false, false, true, false},
    {A::Submit, S::Returned, Role::Clerk, S::Submitted, false, false, true, false},
    // A returned report comes back as the next revision (第 2 版 …): what the supervisor sends back and what the
    // clerk resubmits are told apart in the history, the review panel and the signature.
    {A::Return, S::Submitted, Role::Supervisor, S::Returned, true, false, false, true},
    {A::SignOff, S::Submitted, Role::Supervisor, S::Signed, false, true, true, false},
    {A::Reopen, S::Signed, Role::Supervisor, S::Draft, true, true, false, true},
};

constexpr const char *stateIds[] = {"draft", "submitted", "returned", "signed"};
constexpr const char *roleIds[] = {"clerk", "supervisor"};

// The enum value whose id (its index in ids) is id.
template<typename Enum, std::size_t N>
std::optional<Enum> fromId(const char *const (&ids)[N], const QString &id)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (id == QLatin1String(ids[i]))
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace

QString stateId(ReportState state)
{
    return QString::fromLatin1(stateIds[int(state)]);
}

std::optional<ReportState> stateFromId(const QString &id)
{
    return fromId<ReportState>(stateIds, id);
}

QString stateName(ReportState state)
{
    switch (state) {
    case ReportState::Draft:
        return Text::tr("Draft");
    case ReportState::Submitted:
        return Text::tr("Submitted for review");
    case ReportState::Returned:
        return Text::tr("Returned for changes");
    case ReportState::Signed:
        return Text::tr("Signed off");
    }
    return QString();
}

QString roleId(Role role)
{
    return QString::fromLatin1(roleIds[int(role)]);
}

std::optional<Role> roleFromId(const QString &id)
{
    return fromId<Role>(roleIds, id);
}

QString roleName(Role role)
{
    return role == Role::Clerk ? Text::tr("Clerk") : Text::tr("Supervisor");
}

QString actionName(ReviewAction action)
{
    switch (action) {
    case ReviewAction::Submit:
        return Text::tr("submit for review");
    case ReviewAction::Return:
        return Text::tr("return for changes");
    case ReviewAction::SignOff:
        return Text::tr("sign off");
    case ReviewAction::Reopen:
        return Text::tr("reopen");
    }
    return QString();
}

ReviewFlow::Check ReviewFlow::check(ReviewAction action, ReportState from, Role role)
{
    Check result;
    bool stateFits = false;
    for (const ReviewStep &step : steps) {
        if (step.action != action || step.from != from)
            continue;
        stateFits = true;
        if (step.role == role) {
            result.step = &step;
            return result;
        }
    }
    if (!stateFits) {
        result.refusal = Text::tr("a report that is “%1” cannot be %2").arg(stateName(from), actionName(action));
    } else {
        result.refusal = Text::tr("only a %1 may %2 a report that is “%3”")
                             .arg(roleName(role == Role::Clerk ? Role::Supervisor : Role::Clerk), actionName(action),
                                  stateName(from));
    }
    return result;
}

} // namespace nb
