#include "pagedwords.h"

#include "labelmatch.h"

#include <QRegularExpression>

#include <algorithm>

namespace nb {

namespace {

struct Chunk
{
    QString text;
    QRectF box;
    int page = 0;
    int line = -1;
    bool value = false;
};

struct Line
{
    int page = 0;
    QVector<int> chunks; // left to right
    QRectF box;
    double height = 0;   // of its words, the tallest
    bool dropped = false; // a page number
    int row = -1;         // the row of figures it is
};

struct Row
{
    int line = -1;
    QVector<int> values; // chunks, left to right
    int run = -1;
    int label = -1; // the chain that labels it
};

// Rows of figures one under the other in the same columns: one table, or a piece of it.
struct Run
{
    QVector<int> rows;
    QVector<QPair<double, double>> columns; // x ranges
    QVector<bool> headerOnly; // a column known from the header alone (it may be the corner's cell)
    double left() const
    {
        double x = 1e9;
        for (const auto &c : columns)
            x = std::min(x, c.first);
        return x;
    }
    double right() const
    {
        double x = -1e9;
        for (const auto &c : columns)
            x = std::max(x, c.second);
        return x;
    }
};

// Text chunks written one under the other at the same left edge, close enough to be one cell.
struct Chain
{
    QVector<int> chunks;
    int page = 0;
    QRectF box;
    bool used = false;
};

bool isPageNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^(?:[-–—－~]\\s*\\d{1,3}\\s*[-–—－~]|第\\s*\\d{1,3}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3}|\\d{1,3})$"));
    return number.match(text.trimmed()).hasMatch();
}

bool isCjk(QChar c)
{
    return c.unicode() >= 0x2E80;
}

// The font size a word is printed in. Its box's height is that for Latin text and figures; for
// Chinese the box may include the font's whole descent, while each character is as wide as the
// size, so the width per character tells it.
double sizeOf(const PageWord &word)
{
    if (word.size > 0)
        return word.size;
    double units = 0;
    for (QChar c : word.text)
        units += isCjk(c) ? 1 : 0.5;
    bool cjk = false;
    for (QChar c : word.text)
        cjk = cjk || isCjk(c);
    return cjk && units > 0 ? std::min(word.box.height(), word.box.width() / units) : word.box.height();
}

class Builder
{
public:
    explicit Builder(const PagedWords &words)
        : m_words(words)
        , m_laidOutText(!words.words.isEmpty() && words.words.first().size > 0)
    {
    }

    PublishedSource build()
    {
        for (int page = 0; page < pageCount(); ++page)
            buildLines(page);
        dropPageNumbers();
        findRows();
        groupRuns();
        for (int r = 0; r < m_runs.size(); ++r)
            labelRun(r);
        return assemble();
    }

private:
    int pageCount() const
    {
        int pages = int(m_words.pageSizes.size());
        for (const PageWord &word : m_words.words)
            pages = std::max(pages, word.page + 1);
        return pages;
    }

    QSizeF pageSize(int page) const
    {
        return page < m_words.pageSizes.size() ? m_words.pageSizes[page] : QSizeF(595, 842);
    }

    // Words into lines by their vertical centre, lines into chunks at gaps wider than a character:
    // a chunk is a cell's text, or a run of words of a sentence.
    void buildLines(int page)
    {
        QVector<const PageWord *> words;
        for (const PageWord &word : m_words.words) {
            if (word.page == page && !word.text.trimmed().isEmpty() && word.box.height() > 0)
                words << &word;
        }
        std::stable_sort(words.begin(), words.end(), [](const PageWord *a, const PageWord *b) { return a->box.center().y() < b->box.center().y(); });
        // A word belongs to a line when most of its height overlaps the line's first word: labels
        // and figures in one row share their top, but a Chinese font's box may reach far lower.
        QVector<QVector<const PageWord *>> lines;
        QRectF first;
        for (const PageWord *word : std::as_const(words)) {
            const QRectF &box = word->box;
            if (!lines.isEmpty()) {
                const double overlap = std::min(box.bottom(), first.bottom()) - std::max(box.top(), first.top());
                if (overlap >= 0.6 * std::min(box.height(), first.height())) {
                    lines.last() << word;
                    continue;
                }
            }
            lines.append({word});
            first = box;
        }
        for (QVector<const PageWord *> &words : lines) {
            std::sort(words.begin(), words.end(), [](const PageWord *a, const PageWord *b) { return a->box.left() < b->box.left(); });
            Line line;
            line.page = page;
            QVector<double> sizes;
            for (const PageWord *word : std::as_const(words)) {
                sizes << sizeOf(*word);
                line.box = line.box.isNull() ? word->box : line.box.united(word->box);
            }
            std::sort(sizes.begin(), sizes.end());
            line.height = sizes[sizes.size() / 2];
            const int lineIndex = int(m_lines.size());
            Chunk chunk;
            for (const PageWord *word : std::as_const(words)) {
                const QString text = word->text.trimmed();
                if (!chunk.text.isEmpty()) {
                    const double gap = word->box.left() - chunk.box.right();
                    if (gap <= 0.8 * line.height) {
                        // A space between Latin words or figures is kept; between Chinese characters it is layout.
                        if (gap > 0.15 * line.height && !(isCjk(chunk.text.back()) && isCjk(text.front())))
                            chunk.text += QLatin1Char(' ');
                        chunk.text += text;
                        chunk.box = chunk.box.united(word->box);
                        continue;
                    }
                    line.chunks << addChunk(chunk, lineIndex);
                }
                chunk = Chunk();
                chunk.text = text;
                chunk.box = word->box;
                chunk.page = page;
            }
            if (!chunk.text.isEmpty())
                line.chunks << addChunk(chunk, lineIndex);
            m_lines << line;
        }
    }

    int addChunk(Chunk chunk, int line)
    {
        chunk.line = line;
        chunk.value = isFigureText(chunk.text);
        m_chunks << chunk;
        return int(m_chunks.size()) - 1;
    }

    // A lone number at the top or bottom of a page is its number, not a figure: dropped, so a table
    // that goes on over the page reads on.
    void dropPageNumbers()
    {
        for (Line &line : m_lines) {
            if (line.chunks.size() != 1 || !isPageNumber(m_chunks[line.chunks.first()].text))
                continue;
            const double height = pageSize(line.page).height();
            const double y = line.box.center().y();
            if (y < 0.1 * height || y > 0.88 * height)
                line.dropped = true;
        }
    }

    // A row of figures: a line that ends with figures, with nothing but text before them.
    void findRows()
    {
        for (int l = 0; l < m_lines.size(); ++l) {
            Line &line = m_lines[l];
            if (line.dropped)
                continue;
            int first = int(line.chunks.size());
            while (first > 0 && m_chunks[line.chunks[first - 1]].value)
                --first;
            if (first == line.chunks.size())
                continue;
            Row row;
            row.line = l;
            row.values = line.chunks.mid(first);
            line.row = int(m_rows.size());
            m_rows << row;
        }
    }

    bool overlaps(const QRectF &box, double left, double right) const { return box.right() >= left && box.left() <= right; }

    // A line that is not figures and reaches over the figures' columns: a header, a heading, a
    // sentence. It ends a run and bounds its labels.
    bool crossesColumns(const Line &line, double left, double right) const
    {
        if (line.dropped || line.row >= 0)
            return false;
        for (int c : line.chunks) {
            if (overlaps(m_chunks[c].box, left, right))
                return true;
        }
        return false;
    }

    // A caption (“第二十条第（六）项”) printed right under a table's last row, above the next
    // table's header row, as a table continued with a caption and header for each part prints it:
    // it heads the next table and is never the last line of a label wrapped below its figures. A
    // header row is a line across the columns in two or more cells (the corner's “信息内容” and one
    // header over a merged cell, at least), not a sentence.
    bool headsTable(int l, double left, double right) const
    {
        int next = l + 1;
        while (next < m_lines.size() && m_lines[next].dropped)
            ++next;
        return next < m_lines.size() && m_lines[next].page == m_lines[l].page && m_lines[next].chunks.size() >= 2
               && crossesColumns(m_lines[next], left, right);
    }

    // Rows go into one run while their figures fall in the run's columns and nothing crosses the
    // columns between them; a figure beside the known columns adds a column (blank above).
    void groupRuns()
    {
        int lastLine = -1;
        for (int r = 0; r < m_rows.size(); ++r) {
            Row &row = m_rows[r];
            const double slack = 0.3 * m_lines[row.line].height;
            bool joins = !m_runs.isEmpty();
            QVector<int> columnOf(row.values.size(), -1);
            if (joins) {
                Run &run = m_runs.last();
                for (int l = lastLine + 1; l < row.line && joins; ++l)
                    joins = !crossesColumns(m_lines[l], run.left(), run.right());
                const bool between = joins;
                int matched = 0;
                QVector<bool> taken(run.columns.size(), false);
                for (int v = 0; v < row.values.size() && joins; ++v) {
                    const QRectF &box = m_chunks[row.values[v]].box;
                    for (int c = 0; c < run.columns.size(); ++c) {
                        if (overlaps(box, run.columns[c].first - slack, run.columns[c].second + slack)) {
                            if (columnOf[v] >= 0 || taken[c])
                                joins = false; // two figures in one column, or one over two: another table
                            columnOf[v] = c;
                            taken[c] = true;
                        }
                    }
                    if (columnOf[v] >= 0)
                        ++matched;
                }
                joins = joins && 2 * matched >= row.values.size();
                // In text laid out with spaces figures stand off their columns by a few characters:
                // as many figures as columns, over the same span, are one figure a column, in order.
                const double span = m_chunks[row.values.last()].box.right() - m_chunks[row.values.first()].box.left();
                const double common = std::min(m_chunks[row.values.last()].box.right(), run.right())
                                      - std::max(m_chunks[row.values.first()].box.left(), run.left());
                if (m_laidOutText && between && (!joins || matched < row.values.size()) && row.values.size() == run.columns.size() && row.values.size() > 1
                    && common > 0.5 * span) {
                    for (int v = 0; v < row.values.size(); ++v)
                        columnOf[v] = v;
                    joins = true;
                }
            }
            if (!joins) {
                m_runs.append(Run());
                columnOf.fill(-1);
            }
            Run &run = m_runs.last();
            for (int v = 0; v < row.values.size(); ++v) {
                const QRectF &box = m_chunks[row.values[v]].box;
                if (columnOf[v] < 0) {
                    run.columns.append({box.left(), box.right()});
                } else {
                    auto &column = run.columns[columnOf[v]];
                    column = {std::min(column.first, box.left()), std::max(column.second, box.right())};
                }
            }
            row.run = int(m_runs.size()) - 1;
            run.rows << r;
            lastLine = row.line;
        }
        for (Run &run : m_runs) {
            std::sort(run.columns.begin(), run.columns.end());
            useHeaderColumns(run);
        }
    }

    // A column whose every cell is blank has no figure to show where it is: the header cells above
    // the first row do. The innermost header cells (those spanning no others) are the columns; when
    // there are more of them than columns of figures, and each column of figures falls under its
    // own header cell in order, the header's columns are used.
    void useHeaderColumns(Run &run)
    {
        const int firstLine = m_rows[run.rows.first()].line;
        const Line &first = m_lines[firstLine];
        const double size = first.height;
        // The corner cell starts in the label column, where the rows' labels stand.
        double labelRight = -1e9;
        for (int r : run.rows) {
            const Row &row = m_rows[r];
            for (int c : m_lines[row.line].chunks) {
                if (!row.values.contains(c))
                    labelRight = std::max(labelRight, m_chunks[c].box.right());
            }
        }
        QVector<QRectF> cells;
        for (int l = firstLine - 1; l >= 0; --l) {
            const Line &line = m_lines[l];
            if (line.page != first.page || line.row >= 0 || first.box.top() - line.box.top() > 14 * size)
                break;
            if (line.dropped)
                continue;
            const Chunk &only = m_chunks[line.chunks.first()];
            if (line.chunks.size() == 1 && only.text.size() >= 8)
                break; // a heading, a caption or a sentence: above the table
            for (int c : line.chunks) {
                if (m_chunks[c].box.left() >= labelRight)
                    cells << m_chunks[c].box;
            }
        }
        QVector<QPair<double, double>> innermost;
        for (const QRectF &cell : std::as_const(cells)) {
            // A cell over two or more cells below it spans them (“行政诉讼”, “申请人情况”).
            int below = 0;
            for (const QRectF &other : std::as_const(cells)) {
                if (other.top() > cell.top() + 1 && other.left() < cell.right() && other.right() > cell.left())
                    ++below;
            }
            if (below < 2)
                innermost.append({cell.left(), cell.right()});
        }
        std::sort(innermost.begin(), innermost.end());
        QVector<QPair<double, double>> header;
        for (const auto &range : std::as_const(innermost)) {
            if (!header.isEmpty() && range.first <= header.last().second)
                header.last().second = std::max(header.last().second, range.second);
            else
                header << range;
        }
        if (header.size() <= run.columns.size())
            return;
        QVector<int> under;
        for (const auto &column : std::as_const(run.columns)) {
            const double centre = (column.first + column.second) / 2;
            int best = -1;
            for (int h = 0; h < header.size(); ++h) {
                const double distance = std::abs((header[h].first + header[h].second) / 2 - centre);
                if (best < 0 || distance < std::abs((header[best].first + header[best].second) / 2 - centre))
                    best = h;
            }
            if (!under.isEmpty() && best <= under.last())
                return; // two columns of figures under one header cell: the header is not understood
            under << best;
        }
        QVector<QPair<double, double>> columns = header;
        for (int c = 0; c < under.size(); ++c) {
            auto &column = columns[under[c]];
            column = {std::min(column.first, run.columns[c].first), std::max(column.second, run.columns[c].second)};
        }
        // Neighbouring header cells widened by their figures must not overlap.
        for (int c = 1; c < columns.size(); ++c) {
            if (columns[c].first <= columns[c - 1].second)
                return;
        }
        run.columns = columns;
        run.headerOnly.fill(true, columns.size());
        for (int c : std::as_const(under))
            run.headerOnly[c] = false;
    }

    // The labels of a run's rows, page by page: the text left of the columns, between the lines that
    // cross the columns above and below, in chains of lines; each row takes the rightmost chain
    // beside it (the leaf label, not the group printed down a merged cell to its left).
    void labelRun(int r)
    {
        const Run &run = m_runs[r];
        const double left = run.left();
        const double right = run.right();
        QVector<int> pages;
        for (int row : run.rows) {
            if (!pages.contains(m_lines[m_rows[row].line].page))
                pages << m_lines[m_rows[row].line].page;
        }
        for (int page : std::as_const(pages)) {
            int firstLine = -1;
            int lastLine = -1;
            for (int row : run.rows) {
                const int l = m_rows[row].line;
                if (m_lines[l].page != page)
                    continue;
                firstLine = firstLine < 0 ? l : firstLine;
                lastLine = l;
            }
            const bool continuedFrom = m_lines[m_rows[run.rows.first()].line].page < page;
            const bool continuesOn = m_lines[m_rows[run.rows.last()].line].page > page;
            int top = firstLine;
            while (top > 0 && m_lines[top - 1].page == page && !crossesColumns(m_lines[top - 1], left, right))
                --top;
            if (!continuedFrom) {
                // Above the first row only what touches it: a label wrapped above its figures.
                const double limit = m_lines[firstLine].box.top() - 3 * m_lines[firstLine].height;
                while (top < firstLine && m_lines[top].box.bottom() < limit)
                    ++top;
            }
            int bottom = lastLine;
            while (bottom + 1 < m_lines.size() && m_lines[bottom + 1].page == page && !crossesColumns(m_lines[bottom + 1], left, right)
                   && !headsTable(bottom + 1, left, right))
                ++bottom;
            if (!continuesOn) {
                // Below the last row only a label's last line (about two sizes down), not a caption.
                const double limit = m_lines[lastLine].box.top() + 2.2 * m_lines[lastLine].height;
                while (bottom > lastLine && m_lines[bottom].box.top() > limit)
                    --bottom;
            }
            QVector<int> zone;
            for (int l = top; l <= bottom; ++l) {
                if (m_lines[l].dropped)
                    continue;
                for (int c : std::as_const(m_lines[l].chunks)) {
                    if (!m_chunks[c].value && m_chunks[c].box.right() <= left + m_lines[l].height && m_chainOf.value(c, -1) < 0)
                        zone << c;
                }
            }
            QVector<int> rowsHere;
            for (int row : run.rows) {
                if (m_lines[m_rows[row].line].page == page)
                    rowsHere << row;
            }
            makeChains(zone, page, rowsHere);
            for (int row : run.rows) {
                Row &rowRef = m_rows[row];
                const Line &line = m_lines[rowRef.line];
                if (line.page != page)
                    continue;
                const double y = line.box.center().y();
                const double slack = 0.6 * line.height;
                int best = -1;
                for (int k : std::as_const(m_pageChains)) {
                    const Chain &chain = m_chains[k];
                    if (chain.box.top() - slack <= y && y <= chain.box.bottom() + slack
                        && chain.box.right() <= m_chunks[rowRef.values.first()].box.left()
                        && (best < 0 || chain.box.left() > m_chains[best].box.left()))
                        best = k;
                }
                if (best >= 0 && !m_chains[best].used) {
                    m_chains[best].used = true;
                    rowRef.label = best;
                }
            }
        }
        Q_UNUSED(right)
    }

    void makeChains(QVector<int> zone, int page, const QVector<int> &rows)
    {
        m_pageChains.clear();
        std::sort(zone.begin(), zone.end(), [this](int a, int b) {
            const QRectF &x = m_chunks[a].box;
            const QRectF &y = m_chunks[b].box;
            return std::abs(x.left() - y.left()) > 2 ? x.left() < y.left() : x.top() < y.top();
        });
        for (int c : std::as_const(zone)) {
            const Chunk &chunk = m_chunks[c];
            const double height = m_lines[chunk.line].height;
            int into = -1;
            for (int k : std::as_const(m_pageChains)) {
                const Chain &chain = m_chains[k];
                const QRectF &last = m_chunks[chain.chunks.last()].box;
                // Lines of one cell follow at most about twice the size apart (WPS's exact 15 pt
                // for 7.5 pt type); cells further. Cells printed closer are split by their rows below.
                if (std::abs(last.left() - chunk.box.left()) <= 2 && chunk.box.top() - last.top() < 2.5 * height
                    && chunk.box.top() > last.top())
                    into = k;
            }
            if (into < 0) {
                Chain chain;
                chain.page = page;
                chain.box = chunk.box;
                m_chains << chain;
                into = int(m_chains.size()) - 1;
                m_pageChains << into;
            }
            m_chains[into].chunks << c;
            m_chains[into].box = m_chains[into].box.united(chunk.box);
            m_chainOf.insert(c, into);
        }
        const QVector<int> chains = m_pageChains;
        for (int k : chains)
            splitBetweenRows(k);
        const QVector<int> split = m_pageChains;
        for (int k : split)
            splitByNearestRow(k, rows);
    }

    // Cells printed close together chain up even without a line beside figures in each (a label
    // wrapped above and below its figures): each line goes with the row of figures nearest to it,
    // and the chain is cut where that changes. Text printed down a narrow merged cell (one or two
    // characters a line) is a group's label and stays whole.
    void splitByNearestRow(int k, const QVector<int> &allRows)
    {
        const QVector<int> chunks = m_chains[k].chunks;
        // A row with its own label beside its figures in another chain takes no line from this one.
        QVector<int> rows;
        for (int r : allRows) {
            const Line &line = m_lines[m_rows[r].line];
            bool labelled = false;
            bool here = false;
            for (int c : line.chunks) {
                // A group's label further left on the row's line does not label the row.
                if (m_rows[r].values.contains(c) || m_chunks[c].box.left() < m_chains[k].box.left() - 2)
                    continue;
                labelled = true;
                here = here || chunks.contains(c);
            }
            if (!labelled || here)
                rows << r;
        }
        int previous = -1;
        for (int i = 0; i < chunks.size(); ++i) {
            const Chunk &chunk = m_chunks[chunks[i]];
            if (chunk.text.size() <= 2)
                continue;
            const double y = chunk.box.top() + m_lines[chunk.line].height / 2;
            int nearest = -1;
            double best = 1e9;
            for (int r : rows) {
                const Line &line = m_lines[m_rows[r].line];
                const double distance = std::abs(line.box.top() + line.height / 2 - y);
                if (m_chunks[m_rows[r].values.first()].box.left() > chunk.box.right() && distance < best) {
                    best = distance;
                    nearest = r;
                }
            }
            if (previous >= 0 && nearest >= 0 && nearest != previous) {
                cutChain(k, i);
                splitByNearestRow(int(m_chains.size()) - 1, allRows);
                return;
            }
            if (nearest >= 0)
                previous = nearest;
        }
    }

    // Chain k keeps its chunks before `at`; the rest become a new chain.
    void cutChain(int k, int at)
    {
        const QVector<int> chunks = m_chains[k].chunks;
        Chain rest;
        rest.page = m_chains[k].page;
        rest.chunks = chunks.mid(at);
        m_chains[k].chunks = chunks.mid(0, at);
        m_chains[k].box = QRectF();
        for (int c : std::as_const(m_chains[k].chunks))
            m_chains[k].box = m_chains[k].box.isNull() ? m_chunks[c].box : m_chains[k].box.united(m_chunks[c].box);
        for (int c : std::as_const(rest.chunks))
            rest.box = rest.box.isNull() ? m_chunks[c].box : rest.box.united(m_chunks[c].box);
        m_chains << rest;
        const int added = int(m_chains.size()) - 1;
        m_pageChains << added;
        for (int c : std::as_const(rest.chunks))
            m_chainOf.insert(c, added);
    }

    bool onRowLine(int chunk) const { return m_lines[m_chunks[chunk].line].row >= 0; }

    // A cell's label has at most one line beside figures: a chain holding two such lines is two
    // cells printed close together. The lines between them go with the row they are closer to.
    void splitBetweenRows(int k)
    {
        const QVector<int> chunks = m_chains[k].chunks;
        int firstRowLine = -1;
        int cut = -1;
        for (int i = 0; i < chunks.size() && cut < 0; ++i) {
            if (!onRowLine(chunks[i]))
                continue;
            if (firstRowLine < 0) {
                firstRowLine = i;
                continue;
            }
            // The widest gap between the two rows' lines; the upper one wins a tie (a label
            // continued below its figures, as top-aligned cells print it).
            double widest = -1;
            for (int j = firstRowLine; j < i; ++j) {
                const double gap = m_chunks[chunks[j + 1]].box.top() - m_chunks[chunks[j]].box.top();
                if (gap > widest + 0.5) {
                    widest = gap;
                    cut = j + 1;
                }
            }
        }
        if (cut < 0)
            return;
        cutChain(k, cut);
        splitBetweenRows(int(m_chains.size()) - 1);
    }

    struct Item
    {
        int page = 0;
        double y = 0;
        double x = 0;
        QVector<SourceLine> lines;
    };

    SourceLine sourceLine(const QString &text, int page, const QRectF &box) const
    {
        SourceLine line;
        line.text = text.trimmed();
        line.page = page;
        line.box = box;
        return line;
    }

    QString chainText(const Chain &chain) const
    {
        QString text;
        for (int c : chain.chunks)
            text += m_chunks[c].text;
        return text;
    }

    PublishedSource assemble()
    {
        QVector<Item> items;
        QSet<int> placed;
        for (const Row &row : std::as_const(m_rows)) {
            const Line &line = m_lines[row.line];
            const Run &run = m_runs[row.run];
            Item item;
            item.page = line.page;
            item.y = line.box.top();
            item.x = line.box.left();
            if (row.label >= 0) {
                const Chain &chain = m_chains[row.label];
                item.y = std::min(item.y, chain.box.top());
                item.lines << sourceLine(chainText(chain), chain.page, chain.box);
                for (int c : chain.chunks)
                    placed.insert(c);
            }
            int v = 0;
            for (int k = 0; k < run.columns.size(); ++k) {
                const auto &column = run.columns[k];
                const double slack = 0.3 * line.height;
                if (v < row.values.size() && overlaps(m_chunks[row.values[v]].box, column.first - slack, column.second + slack)) {
                    const Chunk &chunk = m_chunks[row.values[v]];
                    item.lines << sourceLine(chunk.text, line.page, chunk.box);
                    placed.insert(row.values[v]);
                    ++v;
                } else {
                    item.lines << sourceLine(QString(), line.page, QRectF(QPointF(column.first, line.box.top()), QPointF(column.second, line.box.bottom())));
                    item.lines.last().optional = run.headerOnly.value(k);
                }
            }
            items << item;
        }
        for (const Chain &chain : std::as_const(m_chains)) {
            if (chain.used)
                continue;
            Item item;
            item.page = chain.page;
            item.y = chain.box.top();
            item.x = chain.box.left();
            item.lines << sourceLine(chainText(chain), chain.page, chain.box);
            for (int c : chain.chunks)
                placed.insert(c);
            items << item;
        }
        for (const Line &line : std::as_const(m_lines)) {
            if (line.dropped)
                continue;
            for (int c : line.chunks) {
                if (placed.contains(c))
                    continue;
                const Chunk &chunk = m_chunks[c];
                Item item;
                item.page = line.page;
                item.y = line.box.top();
                item.x = chunk.box.left();
                item.lines << sourceLine(chunk.text, line.page, chunk.box);
                items << item;
            }
        }
        std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
            if (a.page != b.page)
                return a.page < b.page;
            if (std::abs(a.y - b.y) > 1)
                return a.y < b.y;
            return a.x < b.x;
        });
        PublishedSource source;
        source.pages = pageCount();
        for (const Item &item : std::as_const(items))
            source.lines += item.lines;
        return source;
    }

    const PagedWords &m_words;
    const bool m_laidOutText; // characters in columns of spaces, not a PDF's exact positions
    QVector<Chunk> m_chunks;
    QVector<Line> m_lines;
    QVector<Row> m_rows;
    QVector<Run> m_runs;
    QVector<Chain> m_chains;
    QVector<int> m_pageChains;
    QHash<int, int> m_chainOf;
};

} // namespace

PublishedSource sourceFromWords(const PagedWords &words)
{
    return Builder(words).build();
}

PagedWords wordsFromLayoutText(const QString &text)
{
    // pdftotext -layout gives every character, Chinese too, one column. The type is taken as 2.4
    // columns: one space stays inside a chunk (a sentence), two or more split cells, and a label's
    // lines above and below its figures' line are close enough to be one cell.
    constexpr double column = 5;
    constexpr double size = 12;
    constexpr double lineHeight = 14;
    static const QRegularExpression setApart(QStringLiteral("\\S {3,}[+-]?\\d"));
    PagedWords words;
    int laidOut = 0;
    const QStringList pages = text.split(QLatin1Char('\f'));
    for (int p = 0; p < pages.size(); ++p) {
        const QStringList lines = pages[p].split(QLatin1Char('\n'));
        words.pageSizes << QSizeF(600, std::max<double>(lines.size(), 60) * lineHeight);
        for (int l = 0; l < lines.size(); ++l) {
            const QString &line = lines[l];
            if (setApart.match(line).hasMatch())
                ++laidOut;
            double x = 0;
            int start = -1;
            double startX = 0;
            for (int i = 0; i <= line.size(); ++i) {
                const bool space = i == line.size() || line[i].isSpace() || line[i] == QChar(0x3000);
                if (!space && start < 0) {
                    start = i;
                    startX = x;
                }
                if (space && start >= 0) {
                    words.words << PageWord{line.mid(start, i - start), p, QRectF(startX, l * lineHeight, x - startX, size), size};
                    start = -1;
                }
                if (i < line.size())
                    x += column;
            }
        }
    }
    if (laidOut < 5)
        return {};
    return words;
}

} // namespace nb
