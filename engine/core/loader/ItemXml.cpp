#include "core/loader/LessonContext.hpp"
#include "core/loader/WordOrderAccept.hpp"
#include "core/text/Unicode.hpp"

#include <algorithm>
#include <set>

namespace kompis::core::loader
{

namespace
{

using tinyxml2::XMLElement;

std::string_view nameOf(const XMLElement* element)
{
    return element->Name();
}

LocalText instructionText(const LessonContext& context, const XMLElement* element,
                          Names attributes = {})
{
    context.reader.checkAttributes(element, attributes);
    return context.reader.requiredText(element, TextRole::Instruction, context.instructionLang());
}

/// `image="media/…" alt="…"` on an option: the alt text is required, in the step's language.
std::optional<ImageRef> readOptionImage(const LessonContext& context, const XMLElement* element)
{
    const auto& reader = context.reader;
    const char* src = element->Attribute("image");
    const char* alt = element->Attribute("alt");
    if (!src)
    {
        if (alt)
            reader.error("item.alt-without-image", reader.atAttribute(element, "alt"),
                         "alt=\"…\" describes a picture, but this <option> has no image=\"…\"; "
                         "add the picture or remove alt");
        return std::nullopt;
    }
    ImageRef image;
    image.where = reader.atAttribute(element, "image");
    const std::string altText = alt ? text::nfc(collapseSpace(alt)) : std::string();
    if (altText.empty())
        reader.error("item.image-without-alt", reader.at(element),
                     "an <option> with a picture needs alt=\"…\" saying what it shows (e.g. "
                     "alt=\"en hammare\"): a screen reader says it, and it shows when the image "
                     "cannot");
    else
        image.alt.variants.emplace_back(context.stepLang, altText);
    if (!checkMediaPath(context, element, src, {"png", "jpg", "jpeg"}, "image"))
        return std::nullopt;
    image.src = src;
    return image;
}

/// `<option correct="true">text<explain>…</explain></option>`
ChoiceOption readOption(const LessonContext& context, const XMLElement* element)
{
    const auto& reader = context.reader;
    reader.checkAttributes(element, {"correct", "image", "alt"});
    ChoiceOption option;
    option.where = reader.at(element);
    option.correct = reader.boolean(element, "correct", false);
    option.image = readOptionImage(context, element);
    // A picture is the option; words beside it are optional.
    option.text =
        element->Attribute("image")
            ? reader.localText(element, TextRole::Either, context.stepLang, {"explain"})
            : reader.requiredText(element, TextRole::Either, context.stepLang, {"explain"});
    if (const auto* explain = reader.child(element, "explain", false))
        option.explanation = instructionText(context, explain);
    return option;
}

void checkOptions(const LessonContext& context, const XMLElement* element,
                  const std::vector<ChoiceOption>& options, bool exactlyOne)
{
    const auto& reader = context.reader;
    const auto where = reader.at(element);
    if (options.size() < 2)
        reader.error("item.too-few-options", where,
                     "<" + std::string(nameOf(element)) +
                         "> needs at least two <option>s to choose from");
    const auto correct =
        std::count_if(options.begin(), options.end(), [](const auto& o) { return o.correct; });
    if (correct == 0)
        reader.error("item.no-correct-answer", where,
                     "no <option> is marked correct=\"true\", so no answer can be right; mark the "
                     "right one");
    else if (exactlyOne && correct > 1)
        reader.error("item.several-correct", where,
                     std::to_string(correct) + " options are marked correct, but <" +
                         std::string(nameOf(element)) +
                         "> has exactly one right answer; use <multiple> for several");
    std::size_t pictures = 0;
    for (const auto* option = element->FirstChildElement("option"); option;
         option = option->NextSiblingElement("option"))
        pictures += option->Attribute("image") ? 1 : 0;
    if (pictures > 0 && pictures < options.size())
        reader.error("item.mixed-options", where,
                     "some options are pictures and some only words; give every <option> an "
                     "image=\"…\", or none");
    std::set<std::string> seen;
    for (const auto& option : options)
        for (const auto& [lang, text] :
             (option.text.empty() && option.image ? option.image->alt : option.text).variants)
            if (!seen.insert(lang + '\n' + text::foldCase(text)).second)
                reader.error("item.duplicate-option", option.where,
                             "two options read \"" + text + "\"; learners cannot tell them apart");
}

void readTypedKey(const LessonContext& context, const XMLElement* child, TypedAnswerKey& key)
{
    const auto& reader = context.reader;
    if (nameOf(child) == "accept")
    {
        reader.checkAttributes(child, {"std"});
        AcceptedAnswer answer;
        answer.text = reader.plainText(child);
        if (const auto standard = reader.choice(child, "std", {"sv", "nb", "nn"}))
            answer.standard = *standard;
        if (answer.text.empty())
            reader.error("empty-text", reader.at(child),
                         "<accept> is empty; write an accepted answer");
        else
            key.accepted.push_back(std::move(answer));
    }
    else
    {
        reader.checkAttributes(child, {"answer", "points"});
        Mistake mistake;
        mistake.answer = reader.required(child, "answer").value_or("");
        mistake.points = reader.number(child, "points", 0, 1).value_or(0);
        mistake.feedback =
            reader.requiredText(child, TextRole::Instruction, context.instructionLang());
        if (!mistake.answer.empty())
            key.mistakes.push_back(std::move(mistake));
    }
}

void readSentence(const LessonContext& context, const XMLElement* sentence, GapFill& gapFill)
{
    const auto& reader = context.reader;
    reader.checkAttributes(sentence, {});
    std::string pending;
    auto flush = [&]
    {
        if (!pending.empty())
        {
            // Keep single spaces at the edges: they separate the text from the gap.
            std::string collapsed = collapseSpace(pending);
            if (!collapsed.empty())
            {
                if (pending.find_first_not_of(" \t\r\n") != 0 && !gapFill.sentence.empty())
                    collapsed.insert(collapsed.begin(), ' ');
                if (pending.find_last_not_of(" \t\r\n") != pending.size() - 1)
                    collapsed += ' ';
            }
            else if (!gapFill.sentence.empty())
                collapsed = " ";
            gapFill.sentence.push_back(GapSegment{text::nfc(collapsed), -1});
        }
        pending.clear();
    };
    for (const auto* node = sentence->FirstChild(); node; node = node->NextSibling())
    {
        if (const auto* text = node->ToText())
        {
            pending += text->Value();
            continue;
        }
        const auto* gap = node->ToElement();
        if (!gap)
            continue;
        if (nameOf(gap) != "gap")
        {
            reader.unknownElement(gap, {"gap"});
            continue;
        }
        flush();
        reader.checkAttributes(gap, {});
        reader.checkNoText(gap);
        TypedAnswerKey key;
        key.where = reader.at(gap);
        for (const auto* child = gap->FirstChildElement(); child;
             child = child->NextSiblingElement())
            if (isOneOf(child->Name(), {"accept", "mistake"}))
                readTypedKey(context, child, key);
            else
                reader.unknownElement(child, {"accept", "mistake"});
        if (key.accepted.empty())
            reader.error(
                "item.no-correct-answer", key.where,
                "this <gap> has no <accept>, so no answer can be right; add <accept>…</accept>");
        gapFill.sentence.push_back(GapSegment{{}, static_cast<int>(gapFill.gaps.size())});
        gapFill.gaps.push_back(std::move(key));
    }
    flush();
    if (!gapFill.sentence.empty() && gapFill.sentence.back().gapIndex < 0)
        while (!gapFill.sentence.back().text.empty() && gapFill.sentence.back().text.back() == ' ')
            gapFill.sentence.back().text.pop_back();
    if (gapFill.gaps.empty())
        reader.error("item.no-gap", reader.at(sentence),
                     "<sentence> has no <gap>; mark what the learner fills in");
}

void readBank(const LessonContext& context, const XMLElement* bank, GapFill& gapFill)
{
    const auto& reader = context.reader;
    reader.checkAttributes(bank, {});
    reader.checkNoText(bank);
    for (const auto* word = bank->FirstChildElement(); word; word = word->NextSiblingElement())
    {
        if (nameOf(word) != "word")
        {
            reader.unknownElement(word, {"word"});
            continue;
        }
        reader.checkAttributes(word, {});
        if (auto text = reader.plainText(word); !text.empty())
            gapFill.wordBank.push_back(std::move(text));
    }
    std::set<std::string> folded;
    for (const auto& word : gapFill.wordBank)
        folded.insert(text::foldCase(word));
    for (const auto& gap : gapFill.gaps)
    {
        const bool answerable = std::any_of(
            gap.accepted.begin(), gap.accepted.end(),
            [&](const auto& answer) { return folded.contains(text::foldCase(answer.text)); });
        if (!gap.accepted.empty() && !answerable)
            reader.error("item.bank-missing-answer", gap.where,
                         "none of this gap's accepted answers is in the <bank>, so learners cannot "
                         "pick the right "
                         "word; add \"" +
                             gap.accepted.front().text + "\" to the bank");
    }
}

bool readTokens(const LessonContext& context, const XMLElement* element, WordOrder& order)
{
    const auto& reader = context.reader;
    std::vector<std::pair<std::string, SourceLocation>> accepts;
    for (const auto* child = element->FirstChildElement(); child;
         child = child->NextSiblingElement())
    {
        if (nameOf(child) == "token")
        {
            reader.checkAttributes(child, {"distractor", "name"});
            WordToken token;
            token.text = reader.plainText(child);
            token.distractor = reader.boolean(child, "distractor", false);
            token.keepCapital = reader.boolean(child, "name", false);
            if (token.text.empty())
                reader.error("empty-text", reader.at(child),
                             "<token> is empty; write the word or words it holds");
            else
                order.tokens.push_back(std::move(token));
        }
        else if (nameOf(child) == "accept")
        {
            reader.checkAttributes(child, {});
            accepts.emplace_back(reader.plainText(child), reader.at(child));
        }
    }
    const auto real = std::count_if(order.tokens.begin(), order.tokens.end(),
                                    [](const auto& t) { return !t.distractor; });
    if (real < 2)
        reader.error("item.too-few-tokens", reader.at(element),
                     "<wordorder> needs at least two <token>s that belong in the sentence");
    if (order.tokens.size() > 40)
    {
        reader.error("item.too-many-tokens", reader.at(element),
                     "<wordorder> has more than 40 tokens; split it");
        return false;
    }
    if (accepts.empty())
        reader.error("item.no-correct-answer", reader.at(element),
                     "<wordorder> has no <accept>, so no order can be right; write the sentence in "
                     "<accept>");
    std::vector<std::pair<std::string, std::vector<int>>> built;
    for (const auto& [sentence, where] : accepts)
    {
        if (auto indices = tokensForSentence(order.tokens, sentence))
        {
            built.emplace_back(sentence, *indices);
            order.acceptedOrders.push_back(std::move(*indices));
        }
        else
            reader.error("item.bad-accept", where,
                         "\"" + sentence +
                             "\" cannot be built from the tokens: use every token that is not a "
                             "distractor exactly once, spelled as in <token>");
    }
    markCapitalisedTokens(order.tokens, built);
    return !order.acceptedOrders.empty();
}

bool readPairs(const LessonContext& context, const XMLElement* element, MatchPairs& match)
{
    const auto& reader = context.reader;
    std::set<std::string> lefts, rights;
    for (const auto* pair = element->FirstChildElement("pair"); pair;
         pair = pair->NextSiblingElement("pair"))
    {
        reader.checkAttributes(pair, {});
        reader.checkNoText(pair);
        MatchPair result;
        result.where = reader.at(pair);
        for (const auto* side = pair->FirstChildElement(); side; side = side->NextSiblingElement())
            if (!isOneOf(side->Name(), {"left", "right"}))
                reader.unknownElement(side, {"left", "right"});
        if (const auto* left = reader.child(pair, "left", true))
        {
            reader.checkAttributes(left, {});
            result.left = reader.requiredText(left, TextRole::Either, context.stepLang);
        }
        if (const auto* right = reader.child(pair, "right", true))
        {
            reader.checkAttributes(right, {});
            result.right = reader.requiredText(right, TextRole::Either, context.stepLang);
        }
        if (result.left.empty() || result.right.empty())
            continue;
        if (!lefts.insert(text::foldCase(result.left.variants.front().second)).second ||
            !rights.insert(text::foldCase(result.right.variants.front().second)).second)
            reader.error("item.duplicate-pair", result.where,
                         "this pair repeats a side of another pair, so the matching is ambiguous");
        match.pairs.push_back(std::move(result));
    }
    if (match.pairs.size() < 2)
        reader.error("item.too-few-pairs", reader.at(element),
                     "<match> needs at least two <pair>s");
    return match.pairs.size() >= 2;
}

Scoring readScoring(const LessonContext& context, const XMLElement* element)
{
    const auto scoring = context.reader.choice(element, "scoring", {"partial", "all"});
    return scoring && *scoring == "all" ? Scoring::AllOrNothing : Scoring::Partial;
}

} // namespace

bool readItem(const LessonContext& context, const XMLElement* element, Item& item)
{
    const auto& reader = context.reader;
    const std::string_view kind = nameOf(element);
    if (kind == "write" || kind == "speak")
        return readOpenItem(context, element, item);
    const bool typed = kind == "gapfill" || kind == "dictation";
    const bool scored = kind == "multiple" || kind == "match";
    const bool choices = kind == "single" || kind == "multiple" || kind == "listen";
    if (kind == "truefalse")
        reader.checkAttributes(element, {"id", "lang", "points", "answer"});
    else if (typed)
        reader.checkAttributes(element, {"id", "lang", "points", "case", "almost-credit"});
    else if (kind == "multiple")
        reader.checkAttributes(element, {"id", "lang", "points", "scoring", "shuffle"});
    else if (scored)
        reader.checkAttributes(element, {"id", "lang", "points", "scoring"});
    else if (choices)
        reader.checkAttributes(element, {"id", "lang", "points", "shuffle"});
    else
        reader.checkAttributes(element, {"id", "lang", "points"});
    item.points = reader.number(element, "points", 0, 100).value_or(1);
    if (typed)
    {
        item.caseSensitive =
            reader.choice(element, "case", {"sensitive", "insensitive"}).value_or("") ==
            "sensitive";
        item.almostCredit = reader.number(element, "almost-credit", 0, 1);
    }
    if (choices)
        item.shuffle = reader.boolean(element, "shuffle", true);
    reader.checkNoText(element);

    if (const auto* prompt = reader.child(element, "prompt", true))
        item.prompt = instructionText(context, prompt);
    bool haveRight = false, haveWrong = false;
    for (const auto* feedback = element->FirstChildElement("feedback"); feedback;
         feedback = feedback->NextSiblingElement("feedback"))
    {
        const auto on = reader.choice(feedback, "on", {"right", "wrong", "almost"});
        if (!feedback->Attribute("on"))
            reader.error("missing-attribute", reader.at(feedback),
                         "<feedback> needs on=\"right\", on=\"wrong\" or on=\"almost\"");
        auto text = instructionText(context, feedback, {"on"});
        if (!on)
            continue;
        if (*on == "right")
            item.feedbackRight = std::move(text), haveRight = true;
        else if (*on == "wrong")
            item.feedbackWrong = std::move(text), haveWrong = true;
        else
            item.feedbackAlmost = std::move(text);
    }
    if (!haveRight || !haveWrong)
        reader.warning(
            "item.missing-feedback", reader.at(element),
            std::string("the item has no <feedback on=\"") + (haveRight ? "wrong" : "right") +
                "\">; tell learners why an answer is " + (haveRight ? "wrong" : "right"));

    // Children every item kind shares; the kind-specific ones are checked below.
    auto allowedChildren = [&](Names own)
    {
        for (const auto* child = element->FirstChildElement(); child;
             child = child->NextSiblingElement())
        {
            if (isOneOf(child->Name(), {"prompt", "feedback"}) || isOneOf(child->Name(), own))
                continue;
            auto guess = closestName(child->Name(), own);
            if (guess.empty())
                guess = closestName(child->Name(), {"prompt", "feedback"});
            std::string message = "unknown element <" + std::string(child->Name()) + "> in <" +
                                  std::string(kind) + ">";
            message += guess.empty() ? "; expected <prompt>, <feedback> or " + listElements(own)
                                     : "; did you mean <" + guess + ">?";
            reader.error("unknown-element", reader.at(child), std::move(message));
        }
    };

    if (choices)
    {
        allowedChildren(kind == "listen" ? Names{"audio", "option"} : Names{"option"});
        std::vector<ChoiceOption> options;
        for (const auto* option = element->FirstChildElement("option"); option;
             option = option->NextSiblingElement("option"))
            options.push_back(readOption(context, option));
        checkOptions(context, element, options, kind != "multiple");
        if (kind == "single")
            item.body = SingleChoice{std::move(options)};
        else if (kind == "multiple")
            item.body = MultipleChoice{std::move(options), readScoring(context, element)};
        else
        {
            ListenChoose listen;
            listen.options = std::move(options);
            const auto* audio = reader.child(element, "audio", true);
            auto clip = audio ? readAudio(context, audio) : std::nullopt;
            if (clip)
                listen.audio = std::move(*clip);
            item.body = std::move(listen);
        }
        return true;
    }
    if (kind == "truefalse")
    {
        allowedChildren({"statement", "explain"});
        TrueFalse truth;
        if (!element->Attribute("answer"))
            reader.error("item.no-correct-answer", reader.at(element),
                         "<truefalse> needs answer=\"true\" or answer=\"false\"");
        truth.answer = reader.boolean(element, "answer", true);
        if (const auto* statement = reader.child(element, "statement", true))
        {
            reader.checkAttributes(statement, {});
            truth.statement = reader.requiredText(statement, TextRole::Target, context.stepLang);
        }
        if (const auto* explain = reader.child(element, "explain", false))
            truth.explanation = instructionText(context, explain);
        item.body = std::move(truth);
        return true;
    }
    if (kind == "gapfill")
    {
        allowedChildren({"sentence", "bank"});
        GapFill gapFill;
        if (const auto* sentence = reader.child(element, "sentence", true))
            readSentence(context, sentence, gapFill);
        if (const auto* bank = reader.child(element, "bank", false))
            readBank(context, bank, gapFill);
        item.body = std::move(gapFill);
        return true;
    }
    if (kind == "wordorder")
    {
        allowedChildren({"token", "accept"});
        WordOrder order;
        readTokens(context, element, order);
        item.body = std::move(order);
        return true;
    }
    if (kind == "match")
    {
        allowedChildren({"pair"});
        MatchPairs match;
        match.scoring = readScoring(context, element);
        readPairs(context, element, match);
        item.body = std::move(match);
        return true;
    }
    // dictation
    allowedChildren({"audio", "accept", "mistake"});
    Dictation dictation;
    dictation.key.where = reader.at(element);
    const auto* audio = reader.child(element, "audio", true);
    if (auto clip = audio ? readAudio(context, audio) : std::nullopt)
    {
        dictation.audio = std::move(*clip);
        dictation.key.accepted.push_back(AcceptedAnswer{dictation.audio.transcript, {}});
    }
    else if (audio && audio->Attribute("transcript"))
        dictation.key.accepted.push_back(
            AcceptedAnswer{text::nfc(collapseSpace(audio->Attribute("transcript"))), {}});
    for (const auto* child = element->FirstChildElement(); child;
         child = child->NextSiblingElement())
        if (isOneOf(child->Name(), {"accept", "mistake"}))
            readTypedKey(context, child, dictation.key);
    item.body = std::move(dictation);
    return true;
}

} // namespace kompis::core::loader
