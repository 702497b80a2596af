#include "icons.h"

#include <QApplication>
#include <QHash>
#include <QStyle>

namespace nb {

namespace {

QStyle::StandardPixmap standardOf(AppIcon which)
{
    switch (which) {
    case AppIcon::NotStarted:
        return QStyle::SP_FileIcon;
    case AppIcon::Incomplete:
        return QStyle::SP_FileDialogContentsView;
    case AppIcon::Warning:
        return QStyle::SP_MessageBoxWarning;
    case AppIcon::Error:
        return QStyle::SP_MessageBoxCritical;
    case AppIcon::Note:
        return QStyle::SP_MessageBoxInformation;
    case AppIcon::Complete:
        return QStyle::SP_DialogApplyButton;
    case AppIcon::NewReport:
        return QStyle::SP_FileDialogNewFolder;
    case AppIcon::CloseReport:
        return QStyle::SP_DialogCloseButton;
    case AppIcon::Save:
        return QStyle::SP_DialogSaveButton;
    case AppIcon::Export:
        return QStyle::SP_ArrowForward;
    case AppIcon::Print:
        return QStyle::SP_FileDialogDetailedView;
    case AppIcon::Help:
        return QStyle::SP_DialogHelpButton;
    case AppIcon::Home:
        return QStyle::SP_DirHomeIcon;
    case AppIcon::Undo:
        return QStyle::SP_ArrowBack;
    case AppIcon::Redo:
        return QStyle::SP_ArrowForward;
    }
    return QStyle::SP_FileIcon;
}

} // namespace

const QIcon &appIcon(AppIcon which)
{
    static QHash<int, QIcon> made;
    auto it = made.find(int(which));
    if (it == made.end())
        it = made.insert(int(which), QApplication::style()->standardIcon(standardOf(which)));
    return *it;
}

} // namespace nb
