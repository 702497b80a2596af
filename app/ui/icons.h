#pragma once

#include <QIcon>

namespace nb {

// The app's one set of icons: Qt's standard icons of the current style (drawn or shipped by Qt in
// several sizes, so they stay sharp at 200 % scaling, and free of licence questions). Each is made
// once and kept; views ask here instead of making an icon on every update or repaint. Print (Qt has no
// printer) and the dock's title-bar buttons are drawn as vectors (icons.cpp), sharp at any scale.
enum class AppIcon {
    NotStarted,
    Incomplete,
    Warning,
    Error,
    Note,
    Complete,
    NewReport,
    CloseReport,
    Save,
    Export,
    Print,
    Help,
    Home,
    Undo,
    Redo,
    DockFloat, // a dock's title-bar buttons: Qt's are 10 px pixmaps, blurred at 200 %
    DockClose,
};

const QIcon &appIcon(AppIcon which);

} // namespace nb
