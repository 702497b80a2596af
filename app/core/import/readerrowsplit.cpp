#include "publishedreader_p.h"

#include "labelmatch.h"

#include <QRegularExpression>

#include <functional>

namespace nb::published {

namespace {

// The ways to cut runs of digits into `count` figures: every piece a whole number written without a
// leading zero (“0” alone is a figure, “03” never is); a space between runs is a cell boundary. With
// `sumLast`, only the ways where the last figure is the sum of the others count. Stops at two ways
// (already not unambiguous) or after `budget` tries, so a long run costs little.
struct Splitter
{
    const QStringList &runs;
    int count;
    bool sumLast;
    int budget; // tries left; below 0 the answer is “not known”
    QVector<QVector<qint64>> found;
    QVector<qint64> current;
    QVector<int> digitsFrom; // digits in runs[k…]

    void start()
    {
        digitsFrom.fill(0, int(runs.size()) + 1);
        for (int k = int(runs.size()) - 1; k >= 0; --k)
            digitsFrom[k] = digitsFrom[k + 1] + int(runs[k].size());
        walk(0, 0);
    }

    void walk(int run, int at)
    {
        if (found.size() >= 2 || --budget < 0)
            return;
        if (run == runs.size()) {
            if (int(current.size()) != count)
                return;
            qint64 sum = 0;
            for (int k = 0; k + 1 < count; ++k)
                sum += current[k];
            if (!sumLast || sum == current.last())
                found << current;
            return;
        }
        const QString &digits = runs[run];
        if (at == digits.size()) {
            walk(run + 1, 0);
            return;
        }
        // Every figure left takes one to twelve digits, and every run left at least one figure.
        const int piecesLeft = count - int(current.size());
        const int digitsLeft = int(digits.size()) - at + digitsFrom[run + 1];
        if (piecesLeft < int(runs.size()) - run || digitsLeft < piecesLeft || digitsLeft > 12 * piecesLeft)
            return;
        const int longest = digits.at(at) == QLatin1Char('0') ? 1 : std::min(int(digits.size()) - at, 12);
        for (int length = 1; length <= longest; ++length) {
            current << digits.mid(at, length).toLongLong();
            walk(run, at + length);
            current.removeLast();
        }
    }
};

bool isSpaceChar(QChar c)
{
    return c.isSpace() || c == QChar(0x3000);
}

// The figures a line ends with, found word by word from its end (linear in the line): “规章 1 0 11”
// gives 1, 0, 11; a last word of text with digits run onto it (“…申请数量230 000023”) gives its digits
// as the first figure, `glued`.
struct FigureTail
{
    int start = -1; // where the figures begin; -1 when the line does not end in one
    QStringList figures;
    bool glued = false;
};

FigureTail figureTail(const QString &text)
{
    static const QRegularExpression figure(QStringLiteral("^(?:[+-]?\\d[\\d,]*(?:\\.\\d+)?(?:万元|元)?|[/\\-—–])$"));
    FigureTail tail;
    int end = int(text.size());
    for (;;) {
        while (end > 0 && isSpaceChar(text.at(end - 1)))
            --end;
        int begin = end;
        while (begin > 0 && !isSpaceChar(text.at(begin - 1)))
            --begin;
        if (begin == end)
            break;
        const QString word = text.mid(begin, end - begin);
        if (figure.match(word).hasMatch()) {
            tail.figures.prepend(word);
            tail.start = begin;
            end = begin;
            continue;
        }
        int digits = end;
        while (digits > begin && text.at(digits - 1).isDigit())
            --digits;
        if (digits < end && digits > begin) {
            tail.figures.prepend(text.mid(digits, end - digits));
            tail.start = digits;
            tail.glued = true;
        }
        break;
    }
    return tail;
}

} // namespace

// Rows printed on one line, as `pdftotext -raw` or a copy from a PDF viewer give them (“规章 1 0 11”),
// and rows whose cells a crawler ran together (“一、本年新收政府信息公开申请数量230 000023”), become one
// cell a line, as the tables are read. Only a line whose text before the figures is one of the format's
// row labels is cut (a sentence ending in a number stays as it is), and a line of figures alone only
// when it has two or more. Figures run together are split only where exactly one split gives the row's
// column count and, in a table with a 总计 column, makes 总计 the sum of the others; otherwise the row
// is listed as unread (readRow), never guessed.
void Reader::splitRowsOnOneLine()
{
    struct RowOf
    {
        const TableDef *table;
        const HeaderNode *node;
    };
    QVector<RowOf> rowNodes;
    LabelMatcher rows;
    for (const TableDef *table : m_format->tables()) {
        std::function<void(const HeaderNode &)> add = [&](const HeaderNode &node) {
            for (const HeaderNode &child : node.children) {
                for (const QString &label : labelsOf(child))
                    rows.add(label, int(rowNodes.size()));
                rowNodes << RowOf{table, &child};
                add(child);
            }
        };
        add(table->rows);
    }
    // Header words: a line made only of them (“信息内容 本年制发件数 本年废止件数 现行有效件数”) is cut too.
    QSet<QString> headerWords;
    for (const TableDef *table : m_format->tables()) {
        std::function<void(const HeaderNode &)> add = [&](const HeaderNode &node) {
            if (!node.label.zh.isEmpty())
                headerWords.insert(normalizeLabel(node.label.zh));
            for (const HeaderNode &child : node.children)
                add(child);
        };
        add(table->columns);
        if (!table->corner.zh.isEmpty())
            headerWords.insert(normalizeLabel(table->corner.zh));
    }
    static const QRegularExpression pageNumber(QStringLiteral("^[-—–]\\s*\\d+\\s*[-—–]$"));
    static const QRegularExpression space(QStringLiteral("[\\s\\x{3000}]+"));

    QVector<SourceLine> lines;
    lines.reserve(m_lines.size());
    int budget = 400000; // tries to split run-together figures, for the whole report
    for (int i = 0; i < size(); ++i) {
        const SourceLine &line = m_lines[i];
        // A row is a short line (a label and at most fifteen figures): longer lines are text, and are
        // not searched (which also keeps a hostile line from costing time).
        if (line.text.size() > 400) {
            lines << line;
            continue;
        }
        if (i > m_titleEnd && !line.separator) {
            const QStringList words = line.text.split(space, Qt::SkipEmptyParts);
            if (words.size() >= 2 && std::all_of(words.begin(), words.end(), [&](const QString &word) { return headerWords.contains(normalizeLabel(word)); })) {
                for (const QString &word : words) {
                    SourceLine part = line;
                    part.text = word;
                    lines << part;
                }
                continue;
            }
        }
        const FigureTail tail = figureTail(line.text);
        if (line.separator || tail.start < 0 || i <= m_titleEnd || pageNumber.match(line.text).hasMatch()) {
            lines << line;
            continue;
        }
        const QString head = line.text.left(tail.start).trimmed();
        const QStringList &figures = tail.figures;
        const auto addLine = [&](const QString &text) {
            SourceLine part = line;
            part.text = text;
            lines << part;
        };
        if (head.isEmpty()) {
            // A line of figures only: cells when there are several, else already one cell.
            if (figures.size() < 2) {
                lines << line;
                continue;
            }
            for (const QString &figure : figures)
                addLine(figure);
            continue;
        }
        // The label may follow the end of a group's label wrapped onto the same line (“法提供 2.没有现成
        // 信息需要另行制作 11 0 …”): the words before it are kept as a line of their own.
        LabelMatcher::Match row;
        QString before;
        QString label = head;
        for (;;) {
            row = rows.match(normalizeLabel(label));
            const int cut = int(label.indexOf(space));
            if (row.id >= 0 || cut < 0)
                break;
            const QRegularExpressionMatch gap = space.match(label);
            before += label.left(gap.capturedEnd());
            label = label.mid(gap.capturedEnd());
        }
        if (row.id < 0) {
            lines << line;
            continue;
        }
        if (!before.trimmed().isEmpty())
            addLine(before.trimmed());
        const TableDef &table = *rowNodes[row.id].table;
        const int columns = int(table.leafColumns.size());
        const bool glued = tail.glued;
        addLine(label);
        QStringList runs;
        int digits = 0;
        for (const QString &figure : figures) {
            runs << figure;
            digits += int(figure.size());
        }
        const bool splittable = std::all_of(figures.begin(), figures.end(), [](const QString &f) {
            return std::all_of(f.begin(), f.end(), [](QChar c) { return c.isDigit(); });
        });
        if (!glued || int(figures.size()) >= columns || !splittable || digits < columns) {
            for (const QString &figure : figures)
                addLine(figure);
            continue;
        }
        // Run together: the ways to cut it, kept when 总计 (the last column, “total”) is the sum of the
        // others, as the format's rules for 三 require.
        Splitter splitter{runs, columns, table.leafColumns.last()->id == QLatin1String("total"), std::min(20000, budget), {}, {}, {}};
        splitter.start();
        budget -= std::min(20000, budget) - std::max(0, splitter.budget);
        const QVector<QVector<qint64>> &consistent = splitter.found;
        if (consistent.size() == 1 && splitter.budget >= 0) {
            for (qint64 figure : std::as_const(consistent.first()))
                addLine(QString::number(figure));
        } else {
            m_runTogether.insert(int(lines.size()) - 1, line.text.mid(tail.start).trimmed());
        }
    }
    if (lines.size() == m_lines.size())
        return;
    m_lines = std::move(lines);
    m_normalized.clear();
    m_normalized.reserve(m_lines.size());
    for (const SourceLine &line : std::as_const(m_lines))
        m_normalized << normalizeLabel(line.text);
    m_consumed = QVector<bool>(m_lines.size(), false);
}

} // namespace nb::published
