#pragma once

#include "core/package/MemoryPackage.hpp"
#include "core/session/CourseShelf.hpp"
#include "core/session/LessonSession.hpp"
#include "core/session/ProgressPort.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

// Courses built in code and an in-memory progress port, so every session rule is tested
// without XML, a database or a window.
namespace kompis::test
{

/// A single-choice item whose right option is the first.
inline core::Step choiceStep(const std::string& id, double points = 1)
{
    core::SingleChoice choice;
    choice.options.push_back({core::LocalText::single("sv", "rätt"), true, {}, {}, {}});
    choice.options.push_back({core::LocalText::single("sv", "fel"), false, {}, {}, {}});
    core::Item item;
    item.points = points;
    item.body = std::move(choice);
    return core::Step{id, "", {}, std::move(item)};
}

/// A one-gap item accepting `answer` (a typo in it is "almost").
inline core::Step gapStep(const std::string& id, const std::string& answer)
{
    core::GapFill fill;
    fill.sentence = {{"Jag ", -1}, {"", 0}};
    core::TypedAnswerKey key;
    key.accepted.push_back({answer, ""});
    fill.gaps.push_back(key);
    core::Item item;
    item.body = std::move(fill);
    return core::Step{id, "", {}, std::move(item)};
}

/// A multiple-choice item with `right` right options and `wrong` wrong ones (partial scoring).
inline core::Step multipleStep(const std::string& id, int right, int wrong)
{
    core::MultipleChoice multiple;
    for (int i = 0; i < right + wrong; ++i)
        multiple.options.push_back(
            {core::LocalText::single("sv", "val " + std::to_string(i)), i < right, {}, {}, {}});
    core::Item item;
    item.body = std::move(multiple);
    return core::Step{id, "", {}, std::move(item)};
}

inline core::Step textStep(const std::string& id, const std::string& lang = "")
{
    return core::Step{id, lang, {}, core::TextStep{}};
}

inline core::Step wordsStep(const std::string& id, const std::vector<std::string>& wordIds)
{
    core::VocabularyStep words;
    for (const auto& w : wordIds)
    {
        core::VocabularyEntry entry;
        entry.id = w;
        entry.lemma = w;
        words.entries.push_back(entry);
    }
    return core::Step{id, "", {}, std::move(words)};
}

inline core::LessonSlot lessonSlot(const std::string& id, std::vector<core::Step> steps,
                                   std::vector<std::string> prerequisites = {})
{
    auto lesson = std::make_shared<core::Lesson>();
    lesson->id = id;
    lesson->title = core::LocalText::single("en", id);
    lesson->steps = std::move(steps);
    core::LessonSlot slot;
    slot.id = id;
    slot.prerequisites = std::move(prerequisites);
    slot.lesson = std::move(lesson);
    return slot;
}

/// A shelf entry holding `course`, already "fully loaded" (no package to read).
inline std::unique_ptr<core::session::CourseEntry>
courseEntry(const std::string& id, std::vector<core::LessonSlot> lessons,
            std::vector<std::string> targets = {"sv"})
{
    auto course = std::make_shared<core::Course>();
    course->id = id;
    course->version = "1.0.0";
    course->targets = std::move(targets);
    course->lessons = std::move(lessons);
    auto entry = std::make_unique<core::session::CourseEntry>();
    entry->location = id;
    entry->package = std::make_unique<core::MemoryPackage>(std::map<std::string, std::string>{});
    entry->outline.course = course;
    entry->full.course = course;
    entry->fullyLoaded = true;
    return entry;
}

/// The progress store in memory: records every write, answers reads like the real store.
class FakeProgress final : public core::session::ProgressPort
{
public:
    using Key = std::tuple<std::int64_t, std::string, std::string>;

    std::map<Key, core::store::LessonProgress> lessons;
    std::vector<core::store::AttemptRecord> attempts;
    std::vector<core::store::LessonCompletion> completions;
    std::vector<core::store::DueCard> due;
    std::set<std::string> metWords;
    std::vector<std::pair<std::string, core::review::Rating>> reviews;
    std::vector<core::store::CourseOutline> synced;
    bool failWrites = false; ///< like a store that cannot save

    core::store::LessonProgress lessonProgress(std::int64_t learnerId, const std::string& courseId,
                                               const std::string& lessonId) override
    {
        if (auto f = lessons.find({learnerId, courseId, lessonId}); f != lessons.end())
            return f->second;
        core::store::LessonProgress fresh;
        fresh.courseId = courseId;
        fresh.lessonId = lessonId;
        return fresh;
    }
    std::vector<core::store::LessonProgress> courseProgress(std::int64_t learnerId,
                                                            const std::string& courseId) override
    {
        std::vector<core::store::LessonProgress> out;
        for (const auto& [key, row] : lessons)
            if (std::get<0>(key) == learnerId && std::get<1>(key) == courseId)
                out.push_back(row);
        return out;
    }
    std::vector<core::store::AttemptRecord> lessonAttempts(std::int64_t learnerId,
                                                           const std::string& courseId,
                                                           const std::string& lessonId,
                                                           std::int64_t sinceUnix) override
    {
        std::vector<core::store::AttemptRecord> out;
        for (const auto& a : attempts)
            if (a.learnerId == learnerId && a.courseId == courseId && a.lessonId == lessonId &&
                a.timestamp >= sinceUnix)
                out.push_back(a);
        return out;
    }
    std::vector<core::store::DueCard> dueQueue(std::int64_t, std::int64_t,
                                               std::size_t limit) override
    {
        return {due.begin(), due.begin() + std::ptrdiff_t(std::min(limit, due.size()))};
    }
    core::store::SaveResult syncCourse(const core::store::CourseOutline& outline) override
    {
        synced.push_back(outline);
        return result();
    }
    core::store::SaveResult recordAttempt(const core::store::AttemptRecord& attempt) override
    {
        if (!failWrites)
            attempts.push_back(attempt);
        return result();
    }
    core::store::SaveResult setResumeStep(std::int64_t learnerId, const std::string& courseId,
                                          const std::string& lessonId, int step,
                                          std::int64_t now) override
    {
        auto row = lessonProgress(learnerId, courseId, lessonId);
        row.status = std::max(row.status, core::store::LessonStatus::InProgress);
        row.resumeStep = step;
        row.updatedAt = now;
        lessons[{learnerId, courseId, lessonId}] = row;
        return result();
    }
    core::store::SaveResult meetVocabulary(std::int64_t, const std::string&,
                                           const std::string& entryId, std::int64_t) override
    {
        metWords.insert(entryId);
        return result();
    }
    core::store::SaveResult completeLesson(const core::store::LessonCompletion& c) override
    {
        completions.push_back(c);
        auto row = lessonProgress(c.learnerId, c.courseId, c.lessonId);
        row.status = core::store::LessonStatus::Done;
        row.bestScore = std::max(row.bestScore.value_or(0), c.score);
        row.lastScore = c.score;
        row.resumeStep = 0;
        row.updatedAt = c.timestamp;
        lessons[{c.learnerId, c.courseId, c.lessonId}] = row;
        return result();
    }
    core::store::SaveResult reviewCard(std::int64_t, const std::string&, core::store::CardKind,
                                       const std::string& refId, core::review::Rating rating,
                                       std::int64_t) override
    {
        reviews.push_back({refId, rating});
        return result();
    }

private:
    [[nodiscard]] core::store::SaveResult result() const
    {
        return failWrites ? core::store::SaveResult{false, 0, "disk full"}
                          : core::store::SaveResult{true, 0, {}};
    }
};

} // namespace kompis::test
