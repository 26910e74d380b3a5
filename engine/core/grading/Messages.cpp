#include "core/grading/Messages.hpp"

#include <array>
#include <string>

namespace kompis::core::grading
{

namespace
{

/// One phrase in the three languages of the engine's messages, in this order.
struct Words
{
    std::string en, sv, nb;
};

constexpr std::array<const char*, 3> kLangs = {"en", "sv", "nb"};

LocalText toLocal(const Words& words)
{
    LocalText text;
    text.variants = {{kLangs[0], words.en}, {kLangs[1], words.sv}, {kLangs[2], words.nb}};
    return text;
}

/// Each language quotes in its own way: “…” in English, ”…” in Swedish, «…» in Norwegian.
Words quoted(const std::string& s)
{
    return {"\xE2\x80\x9C" + s + "\xE2\x80\x9D", "\xE2\x80\x9D" + s + "\xE2\x80\x9D",
            "\xC2\xAB" + s + "\xC2\xBB"};
}

Words standardName(const std::string& tag)
{
    if (tag == "nb")
        return {"bokm\xC3\xA5l", "bokm\xC3\xA5l", "bokm\xC3\xA5l"};
    if (tag == "nn")
        return {"nynorsk", "nynorska", "nynorsk"};
    if (tag == "sv")
        return {"Swedish", "svenska", "svensk"};
    return {tag, tag, tag};
}

/// "gap 2: " and the like, so a learner finds the part that differs.
Words partPrefix(const Difference& d, std::string_view kind)
{
    if (d.part < 0)
        return {};
    const auto n = std::to_string(d.part + 1);
    if (kind == "gapfill")
        return {"gap " + n + ": ", "lucka " + n + ": ", "luke " + n + ": "};
    if (kind == "match")
        return {"pair " + n + ": ", "par " + n + ": ", "par " + n + ": "};
    return {};
}

Words differenceWords(const Difference& d)
{
    const auto given = quoted(d.given);
    const auto expected = quoted(d.expected);
    switch (d.kind)
    {
    case DifferenceKind::NordicLetter:
    case DifferenceKind::Typo:
        if (d.given.empty())
            return {expected.en + " is missing", expected.sv + " saknas", expected.nb + " mangler"};
        if (d.expected.empty())
            return {given.en + " is too much", given.sv + " är för mycket",
                    given.nb + " er for mye"};
        return {"you wrote " + d.given + " where the answer has " + d.expected,
                "du skrev " + d.given + " d\xC3\xA4r svaret har " + d.expected,
                "du skrev " + d.given + " der svaret har " + d.expected};
    case DifferenceKind::Case:
        return {"mind capital and small letters: " + expected.en,
                "t\xC3\xA4nk p\xC3\xA5 stora och sm\xC3\xA5 bokst\xC3\xA4ver: " + expected.sv,
                "tenk p\xC3\xA5 store og sm\xC3\xA5 bokstaver: " + expected.nb};
    case DifferenceKind::OtherStandard:
    {
        const auto name = standardName(d.given);
        return {"you wrote it in " + name.en, "du skrev p\xC3\xA5 " + name.sv,
                "du skrev p\xC3\xA5 " + name.nb};
    }
    case DifferenceKind::AnticipatedMistake:
        return {"a common mistake", "ett vanligt fel", "en vanlig feil"};
    case DifferenceKind::WrongOrder:
    {
        const auto n = std::to_string(d.position + 1);
        Words words{"word " + n + " should be " + expected.en,
                    "ord " + n + " ska vara " + expected.sv,
                    "ord " + n + " skal v\xC3\xA6re " + expected.nb};
        if (!d.given.empty())
        {
            words.en += ", not " + given.en;
            words.sv += ", inte " + given.sv;
            words.nb += ", ikke " + given.nb;
        }
        return words;
    }
    case DifferenceKind::WrongPart:
    {
        Words words = d.given.empty() ? Words{"wrong", "fel", "feil"}
                                      : Words{given.en + " is not right",
                                              given.sv + " \xC3\xA4r inte r\xC3\xA4tt",
                                              given.nb + " er ikke riktig"};
        if (!d.expected.empty())
        {
            words.en += "; the answer is " + expected.en;
            words.sv += "; svaret \xC3\xA4r " + expected.sv;
            words.nb += "; svaret er " + expected.nb;
        }
        return words;
    }
    case DifferenceKind::MissingPart:
        if (d.expected.empty())
            return {"not answered", "inget svar", "ikke besvart"};
        return {"missing: " + expected.en, "saknas: " + expected.sv, "mangler: " + expected.nb};
    }
    return {};
}

Words withPrefix(const Difference& d, std::string_view kind)
{
    auto prefix = partPrefix(d, kind);
    const auto words = differenceWords(d);
    return {prefix.en + words.en, prefix.sv + words.sv, prefix.nb + words.nb};
}

} // namespace

LocalText differenceMessage(const Difference& difference, std::string_view itemKind)
{
    return toLocal(withPrefix(difference, itemKind));
}

LocalText resultMessage(const GradeResult& result, std::string_view itemKind)
{
    constexpr std::size_t kMostWorded = 4;
    Words sentence;
    switch (result.outcome)
    {
    case Outcome::Right:
        sentence = {"Right", "R\xC3\xA4tt", "Riktig"};
        break;
    case Outcome::Almost:
        sentence = {"Almost", "N\xC3\xA4stan", "Nesten"};
        break;
    case Outcome::Wrong:
        sentence = {"Not right", "Inte r\xC3\xA4tt", "Ikke riktig"};
        break;
    case Outcome::Done:
        sentence = {"Done", "Klart", "Ferdig"};
        break;
    }
    // A spoken try is judged by the learner, so the words say whose judgement it is.
    if (itemKind == "speak")
    {
        if (result.outcome == Outcome::Right)
            sentence = {"Your own rating: good", "Din egen bed\xC3\xB6mning: bra",
                        "Din egen vurdering: bra"};
        else if (result.outcome == Outcome::Almost)
            sentence = {"Your own rating: almost", "Din egen bed\xC3\xB6mning: n\xC3\xA4stan",
                        "Din egen vurdering: nesten"};
        else
            sentence = {"Your own rating: again", "Din egen bed\xC3\xB6mning: en g\xC3\xA5ng till",
                        "Din egen vurdering: en gang til"};
    }
    std::size_t worded = 0;
    for (const auto& d : result.differences)
    {
        if (d.kind == DifferenceKind::OtherStandard)
            continue; // said below, with every right answer whose standard is known
        const bool first = worded == 0;
        if (worded++ == kMostWorded)
        {
            sentence.en += "; \xE2\x80\xA6";
            sentence.sv += "; \xE2\x80\xA6";
            sentence.nb += "; \xE2\x80\xA6";
            break;
        }
        const auto words = withPrefix(d, itemKind);
        const char* joint = first ? ": " : "; ";
        sentence.en += joint + words.en;
        sentence.sv += joint + words.sv;
        sentence.nb += joint + words.nb;
    }
    if (result.outcome == Outcome::Right && !result.standardUsed.empty())
    {
        const auto name = standardName(result.standardUsed);
        sentence.en += ", in " + name.en;
        sentence.sv += ", p\xC3\xA5 " + name.sv;
        sentence.nb += ", p\xC3\xA5 " + name.nb;
    }
    sentence.en += '.';
    sentence.sv += '.';
    sentence.nb += '.';
    return toLocal(sentence);
}

} // namespace kompis::core::grading
