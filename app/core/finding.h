#pragma once

#include "localizedtext.h"
#include "ruleinstance.h"

#include <QString>
#include <QVector>

namespace nb {

// What a rule found wrong: which rule, how bad, which cells (the first is where the UI marks it), and a
// message that names the cells in the format's own words and shows the numbers.
struct Finding
{
    QString ruleId;
    Severity severity = Severity::Error;
    QVector<int> cells;
    LocalizedText message;
    int instance = -1; // which rule instance of the format found it: stable while the format is loaded
    // For a rule about a narrative (R11): the text the finding is about ("intro" or a section id). The
    // finding belongs there, not to the cells it quotes the expected figures from.
    QString part;

    bool operator==(const Finding &other) const;
};

} // namespace nb
