// Lesson order and prerequisites. Every pass here is linear in the number of lessons and
// `requires=` ids: a course is input like any other, and a hostile one may list 70,000 lessons
// in a chain or thousands of unknown ids.
#include "core/loader/CourseXml.hpp"
#include "core/loader/ElementReader.hpp"

#include <algorithm>
#include <unordered_map>

namespace kompis::core::loader
{

namespace
{

/// "Did you mean" costs one edit distance per lesson; only the first few unknown ids of a
/// course get a suggestion, so thousands of them stay linear (and nobody reads past the first).
constexpr std::size_t kSuggestionBudget = 20;
/// A cycle is named by this many lessons at most; the rest are counted.
constexpr std::size_t kCycleLessonsShown = 8;

/// The <lesson> element of each slot, found in one walk: slots are a subsequence of the
/// elements in document order (rejected entries have no slot).
std::vector<const tinyxml2::XMLElement*> slotElements(const tinyxml2::XMLElement* lessons,
                                                      const Course& course)
{
    std::vector<const tinyxml2::XMLElement*> elements(course.lessons.size(), nullptr);
    std::size_t next = 0;
    for (const auto* e = lessons->FirstChildElement("lesson"); e && next < elements.size();
         e = e->NextSiblingElement("lesson"))
    {
        const auto& slot = course.lessons[next];
        if (e->GetLineNum() == slot.where.line && e->Attribute("id") &&
            slot.id == e->Attribute("id"))
            elements[next++] = e;
    }
    return elements;
}

std::string suggestion(const std::string& unknown, const Course& course, std::size_t& budget)
{
    if (budget == 0)
        return {};
    --budget;
    for (const auto& slot : course.lessons)
        if (closestName(unknown, {slot.id}) == slot.id)
            return slot.id;
    return {};
}

std::string describeCycle(const std::vector<std::string>& ids)
{
    if (ids.size() <= kCycleLessonsShown + 1)
        return joinWords(ids, " → ");
    std::vector<std::string> shown(ids.begin(), ids.begin() + kCycleLessonsShown);
    return joinWords(shown, " → ") + " → … (" + std::to_string(ids.size() - 1) +
           " lessons in all) → " + ids.back();
}

} // namespace

void checkPrerequisites(const XmlSource& source, const tinyxml2::XMLElement* lessons,
                        const Course& course, DiagnosticSink& sink)
{
    const auto elements = slotElements(lessons, course);
    auto requiresAt = [&](std::size_t slot)
    {
        return elements[slot] ? source.atAttribute(elements[slot], "requires")
                              : course.lessons[slot].where;
    };
    std::unordered_map<std::string_view, std::size_t> index;
    for (std::size_t i = 0; i < course.lessons.size(); ++i)
        index.emplace(course.lessons[i].id, i);

    std::vector<std::vector<std::size_t>> edges(course.lessons.size());
    std::size_t budget = kSuggestionBudget;
    for (std::size_t i = 0; i < course.lessons.size(); ++i)
    {
        const auto& slot = course.lessons[i];
        for (const auto& required : slot.prerequisites)
        {
            if (const auto found = index.find(required); found != index.end())
            {
                edges[i].push_back(found->second);
                continue;
            }
            std::string message = "lesson `" + slot.id + "` requires `" + required +
                                  "`, which is not a lesson of this course";
            if (const auto guess = suggestion(required, course, budget); !guess.empty())
                message += "; did you mean `" + guess + "`?";
            sink.error("course.unknown-prerequisite", requiresAt(i), std::move(message));
        }
    }

    // Depth-first search with an explicit stack (a chain of 70,000 lessons must not overflow
    // the call stack); the first cycle found is reported once, at the lesson that closes it.
    enum class State : unsigned char
    {
        Unseen,
        OnPath,
        Done,
    };
    std::vector<State> state(course.lessons.size(), State::Unseen);
    struct Frame
    {
        std::size_t lesson;
        std::size_t nextEdge;
    };
    std::vector<Frame> path;
    for (std::size_t root = 0; root < course.lessons.size(); ++root)
    {
        if (state[root] != State::Unseen)
            continue;
        state[root] = State::OnPath;
        path.push_back({root, 0});
        while (!path.empty())
        {
            auto& top = path.back();
            if (top.nextEdge == edges[top.lesson].size())
            {
                state[top.lesson] = State::Done;
                path.pop_back();
                continue;
            }
            const std::size_t to = edges[top.lesson][top.nextEdge++];
            if (state[to] == State::Unseen)
            {
                state[to] = State::OnPath;
                path.push_back({to, 0});
                continue;
            }
            if (state[to] == State::Done)
                continue;
            const auto start = std::find_if(path.begin(), path.end(),
                                            [&](const Frame& f) { return f.lesson == to; });
            std::vector<std::string> ids;
            for (auto f = start; f != path.end(); ++f)
                ids.push_back(course.lessons[f->lesson].id);
            ids.push_back(course.lessons[to].id);
            sink.error("course.prerequisite-cycle", requiresAt(top.lesson),
                       "lessons require each other in a circle (" + describeCycle(ids) +
                           "), so none of them can ever be opened; remove one of these requires");
            return;
        }
    }
}

} // namespace kompis::core::loader
