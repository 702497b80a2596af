#pragma once

#include <QString>

#include <optional>

namespace nb {

// Where a report stands in review. The ids are what the database and the JSON of a list keep.
enum class ReportState { Draft, Submitted, Returned, Signed };
enum class Role { Clerk, Supervisor };
enum class ReviewAction { Submit, Return, SignOff, Reopen };

QString stateId(ReportState state);
std::optional<ReportState> stateFromId(const QString &id);
QString stateName(ReportState state); // 草稿, 待审核, 退回修改, 已签发
QString roleId(Role role);
std::optional<Role> roleFromId(const QString &id);
QString roleName(Role role); // 填报人, 审核人
QString actionName(ReviewAction action);

// The review flow as one table (reviewflow.cpp): which action, from which state, by which role, to
// which state, and what it asks for. Everything that moves a report — the window, the store, the
// tests — reads this table, so the rules exist once.
struct ReviewStep
{
    ReviewAction action;
    ReportState from;
    Role role;
    ReportState to;
    bool needsReason;   // returning and reopening say why
    bool needsPassword; // signing and reopening are the supervisor's signature
    bool needsClean;    // no error, and every warning acknowledged by name
    bool newRevision;   // returning a report or reopening a signed one starts its next revision
};

class ReviewFlow
{
public:
    // The step, or the reason it is refused (wrong state or wrong role), in the user's language.
    struct Check
    {
        const ReviewStep *step = nullptr;
        QString refusal;
    };
    static Check check(ReviewAction action, ReportState from, Role role);
    // The actions this role could take now (for menus).
    static bool offered(ReviewAction action, ReportState from, Role role) { return check(action, from, role).step; }
    // Figures and texts change only in a draft or a returned report: under review and after sign-off
    // the report is what the supervisor sees and signs.
    static bool isEditable(ReportState state) { return state == ReportState::Draft || state == ReportState::Returned; }
};

} // namespace nb
