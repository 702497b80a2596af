#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace nb {

// Builds the Designer form of a section (forms/sectionNpage.ui) on a page widget. Pages then find
// their parts by objectName ("heading", "narrative", "tablesLayout", ...). Returns the form's
// retranslate function, or an empty one for a section with no form.
std::function<void()> setUpSectionForm(const QString &sectionId, QWidget *page);

} // namespace nb
