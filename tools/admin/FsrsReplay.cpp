#include "AdminArgs.hpp"
#include "core/diag/Diagnostic.hpp"
#include "core/export/Csv.hpp"
#include "core/review/Fsrs.hpp"
#include "core/util/UtcTime.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

namespace kompis::admin
{
namespace
{
constexpr const char* kHelp = R"(Usage: kompis-admin fsrs-replay LOG.csv [--out FILE]

Replays a review log through the FSRS-6 scheduler (21 default weights, desired retention 0.9,
maximum interval 36500 days, no fuzz, no learning steps) and prints, for every review:

  card,timestamp,rating,stability,difficulty,retrievability,due

LOG.csv (or - for standard input) has the header `card,timestamp,rating`: any card id,
an ISO 8601 UTC timestamp (2026-03-01T09:30:00Z) and a rating 1-4 (Again, Hard, Good, Easy).
Each card's rows must be in time order. Elapsed time counts UTC calendar days, as the reference
implementations do. Retrievability is the one at the moment of the review (1 for a card's first
review); due is the review time plus the interval in whole days.
Exit status: 0 when every row replayed, 1 when some rows were rejected (reported on stderr).
)";

struct Column
{
    int card = -1, timestamp = -1, rating = -1;
};

void report(const std::string& file, int line, const std::string& rule, const std::string& msg)
{
    core::Diagnostic d;
    d.ruleId = rule;
    d.where = {file, line, 0};
    d.message = msg;
    std::cerr << core::formatDiagnostic(d) << "\n";
}
} // namespace

int runFsrsReplay(AdminArgs& args)
{
    if (args.wantsHelp())
    {
        std::cout << kHelp;
        return 0;
    }
    const auto outPath = args.value("--out");
    const auto files = args.positional();
    if (files.size() != 1)
    {
        std::cerr << "fsrs-replay needs one LOG.csv\n\n" << kHelp;
        return 2;
    }
    const std::string& name = files[0];
    std::stringstream text;
    if (name == "-")
        text << std::cin.rdbuf();
    else
    {
        std::ifstream in(name, std::ios::binary);
        if (!in)
        {
            std::cerr << name << ": error: cannot read the file [replay.unreadable]\n";
            return 1;
        }
        text << in.rdbuf();
    }
    std::vector<core::exports::CsvRecord> records;
    int badLine = 0;
    if (!core::exports::parseCsv(text.str(), records, badLine))
    {
        report(name, badLine, "replay.bad-csv", "a quoted field is never closed");
        return 1;
    }
    Column col;
    if (!records.empty())
        for (int i = 0; i < int(records[0].fields.size()); ++i)
        {
            const auto& h = records[0].fields[std::size_t(i)];
            if (h == "card")
                col.card = i;
            else if (h == "timestamp")
                col.timestamp = i;
            else if (h == "rating")
                col.rating = i;
        }
    if (col.card < 0 || col.timestamp < 0 || col.rating < 0)
    {
        report(name, 1, "replay.bad-header", "the header must name card, timestamp and rating");
        return 1;
    }

    std::ofstream file;
    if (outPath)
    {
        file.open(*outPath, std::ios::binary);
        if (!file)
        {
            std::cerr << *outPath << ": error: cannot write the file [replay.unwritable]\n";
            return 1;
        }
    }
    std::ostream& out = outPath ? static_cast<std::ostream&>(file) : std::cout;
    core::exports::CsvWriter csv(out, "\n");
    csv.row({"card", "timestamp", "rating", "stability", "difficulty", "retrievability", "due"});

    const core::review::Fsrs fsrs;
    std::map<std::string, core::review::CardState> cards;
    int rejected = 0;
    const auto width = std::size_t(std::max({col.card, col.timestamp, col.rating}) + 1);
    for (std::size_t r = 1; r < records.size(); ++r)
    {
        const auto& rec = records[r];
        if (rec.fields.size() < width)
        {
            report(name, rec.line, "replay.short-row", "the row has too few fields");
            ++rejected;
            continue;
        }
        const auto& cardId = rec.fields[std::size_t(col.card)];
        const auto& stampText = rec.fields[std::size_t(col.timestamp)];
        const auto& ratingText = rec.fields[std::size_t(col.rating)];
        const auto when = core::util::parseIsoUtc(stampText);
        if (!when)
        {
            report(name, rec.line, "replay.bad-timestamp",
                   "'" + stampText + "' is not an ISO 8601 UTC timestamp");
            ++rejected;
            continue;
        }
        if (ratingText.size() != 1 || ratingText[0] < '1' || ratingText[0] > '4')
        {
            report(name, rec.line, "replay.bad-rating", "'" + ratingText + "' is not a rating 1-4");
            ++rejected;
            continue;
        }
        auto& card = cards[cardId];
        if (card.reps > 0 && *when < card.lastReview)
        {
            report(name, rec.line, "replay.out-of-order",
                   "card '" + cardId + "' was reviewed later than this already");
            ++rejected;
            continue;
        }
        const auto outcome =
            fsrs.review(card, static_cast<core::review::Rating>(ratingText[0] - '0'), *when);
        card = outcome.state;
        using core::exports::formatNumber;
        csv.row({cardId, core::util::formatIsoUtc(*when), ratingText, formatNumber(card.stability),
                 formatNumber(card.difficulty), formatNumber(outcome.retrievability),
                 core::util::formatIsoUtc(card.due)});
    }
    out.flush();
    return rejected == 0 ? 0 : 1;
}

} // namespace kompis::admin
