#include "localizedtext.h"

namespace nb {

QString LocalizedText::in(Language language) const
{
    // English falls back to Chinese: the official wording is always there, a translation may not be.
    if (language == Language::English && !en.isEmpty())
        return en;
    return zh;
}

} // namespace nb
