#pragma once

#include <QString>

namespace nb {

// The two languages of the product. Simplified Chinese is primary: every format label, rule message
// and published document exists in it; English is the second language of the UI and messages.
enum class Language { Chinese, English };

// A piece of text that the format data carries in both languages. Format labels and rule messages live
// in the format files (data), so they are not run through Qt Linguist.
struct LocalizedText
{
    QString zh;
    QString en;

    QString in(Language language) const;
};

} // namespace nb
