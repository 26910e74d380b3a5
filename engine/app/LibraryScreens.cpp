#include "app/App.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace kompis::app
{

void App::syncCourse(CourseEntry& entry)
{
    const core::Course* course = entry.course();
    if (!course)
        return;
    core::store::CourseOutline outline{course->id, course->version, {}};
    for (const auto& slot : course->lessons)
    {
        core::store::CourseOutline::Lesson l{slot.id, course->topics, {}, {}};
        if (slot.lesson)
            for (const auto& step : slot.lesson->steps)
            {
                if (step.isItem())
                    l.itemIds.push_back(step.id);
                if (const auto* v = std::get_if<core::VocabularyStep>(&step.body))
                    for (const auto& e : v->entries)
                        l.vocabularyIds.push_back(e.id);
            }
        outline.lessons.push_back(std::move(l));
    }
    m_store->syncCourse(outline);
}

bool App::lessonDone(const CourseEntry& entry, const std::string& lessonId)
{
    const core::Course* course = entry.course();
    return course && m_learner &&
           m_store->lessonProgress(m_learner->id, course->id, lessonId).status ==
               core::store::LessonStatus::Done;
}

void App::openCourse(CourseEntry& entry)
{
    entry.loadFully();
    syncCourse(entry);
    m_course = &entry;
    go(Screen::CourseMap);
}

void App::buildLibrary()
{
    ensureCourses();
    m_gui->headerTitle(tr("app.name") + " · " + (m_learner ? m_learner->displayName : ""));
    if (m_gui->headerButton("switch-learner", tr("nav.switch"), false))
    {
        m_learner.reset();
        applySettings();
        go(Screen::Profiles);
        return;
    }
    if (m_gui->headerButton("settings", tr("nav.settings"), true))
    {
        m_settingsReturn = Screen::Library;
        go(Screen::Settings);
    }
    if (m_gui->headerButton("progress", tr("nav.progress"), true))
        go(Screen::Progress);
    if (!m_notice.empty())
        m_gui->text(m_notice, {0.9f, true, m_gui->theme().almost, false});

    const auto due = m_learner ? m_store->dueQueue(m_learner->id, now(), 500)
                               : std::vector<core::store::DueCard>{};
    std::map<std::string, int> duePerCourse;
    int dueItems = 0;
    for (const auto& card : due)
        if (card.kind == core::store::CardKind::Item && card.state.reps > 0)
        {
            ++duePerCourse[card.courseId];
            ++dueItems;
        }

    m_gui->heading(tr("library.title"));
    if (dueItems > 0 &&
        m_gui->button("reviews", tr("library.reviews", {{"count", double(dueItems)}}),
                      {ui::Look::Primary}))
    {
        startReviews({});
        return;
    }
    if (const auto words = dueWords(20);
        !words.empty() &&
        m_gui->button("practise-words", tr("library.words", {{"count", double(words.size())}}),
                      {dueItems > 0 ? ui::Look::Secondary : ui::Look::Primary}))
    {
        startWordReview();
        return;
    }
    if (m_courses.empty())
        m_gui->text(tr("library.empty"), {1.0f, false, m_gui->theme().mutedText, false});
    for (std::size_t i = 0; i < m_courses.size(); ++i)
    {
        CourseEntry& entry = *m_courses[i];
        if (entry.broken())
        {
            const std::string name = std::filesystem::path(entry.location).filename().string();
            m_gui->beginCard(m_gui->theme().wrong);
            m_gui->text(tr("library.broken", {{"name", name}}), {1.1f, true, std::nullopt, false});
            for (const std::string& p : entry.firstProblems(3))
                m_gui->text(p, {0.8f, false, m_gui->theme().mutedText, false});
            m_gui->endCard();
            continue;
        }
        const core::Course& course = *entry.course();
        const auto progress = m_learner ? m_store->courseProgress(m_learner->id, course.id)
                                        : std::vector<core::store::LessonProgress>{};
        int done = 0;
        for (const auto& p : progress)
            done += p.status == core::store::LessonStatus::Done;
        const int lessons = int(course.lessons.size());
        std::string targets;
        for (const auto& t : course.targets)
            targets += (targets.empty() ? "" : " + ") + languageName(t);
        std::string topics;
        for (const auto& t : course.topics)
            topics += (topics.empty() ? "" : ", ") +
                      (m_messages.has("topic." + t) ? tr("topic." + t) : t);
        std::string subtitle =
            targets + " · " + tr("library.level", {{"level", course.level}}) + " · " + topics +
            "\n" + tr("library.lessons", {{"done", double(done)}, {"count", double(lessons)}});
        if (duePerCourse[course.id] > 0)
            subtitle += " · " + tr("library.due", {{"count", double(duePerCourse[course.id])}});
        ui::ButtonStyle style{ui::Look::Tile, -1,       0,
                              true,           subtitle, lessons ? float(done) / float(lessons) : 0};
        style.height = 0;
        if (m_gui->button("course-" + course.id, instr(course.title), style))
        {
            openCourse(entry);
            return;
        }
    }
    // The obvious next action: the course the learner was last working in.
    CourseEntry* resume = nullptr;
    std::int64_t latest = -1;
    for (auto& entry : m_courses)
    {
        if (entry->broken() || !m_learner)
            continue;
        for (const auto& p : m_store->courseProgress(m_learner->id, entry->course()->id))
            if (p.status == core::store::LessonStatus::InProgress && p.updatedAt > latest)
            {
                latest = p.updatedAt;
                resume = entry.get();
            }
    }
    if (resume &&
        m_gui->footerButton("continue-course",
                            tr("library.continue", {{"course", instr(resume->course()->title)}}),
                            ui::Look::Primary))
    {
        openCourse(*resume);
        return;
    }
    if (!resume)
        m_gui->footerText(tr("library.pick"), m_gui->theme().mutedText);
    if (m_gui->keyPressed(sf::Keyboard::Escape))
    {
        m_learner.reset();
        applySettings();
        go(Screen::Profiles);
    }
}

void App::buildCourseMap()
{
    if (!m_course || !m_course->course())
    {
        go(Screen::Library);
        return;
    }
    const core::Course& course = *m_course->course();
    m_gui->headerTitle(instr(course.title));
    if (m_gui->headerButton("back", tr("nav.library"), false) ||
        m_gui->keyPressed(sf::Keyboard::Escape))
    {
        go(Screen::Library);
        return;
    }
    m_gui->text(instr(course.description), {1.0f, false, m_gui->theme().mutedText, false});
    // Parallel courses: the learner follows one written language (steps for the other are skipped).
    if (course.targets.size() > 1)
    {
        const std::string current =
            m_variant.count(course.id) ? m_variant[course.id] : course.targets.front();
        m_gui->text(tr("map.variant"), {0.9f, true, std::nullopt, false});
        m_gui->beginRow();
        for (const auto& t : course.targets)
            if (m_gui->button("variant-" + t, languageName(t),
                              {t == current ? ui::Look::Selected : ui::Look::Option}))
                m_variant[course.id] = t;
        m_gui->endRow();
    }
    const core::LessonSlot* next = nullptr;
    int number = 0;
    for (const auto& slot : course.lessons)
    {
        ++number;
        const auto p = m_store->lessonProgress(m_learner->id, course.id, slot.id);
        std::vector<std::string> missing;
        for (const auto& r : slot.prerequisites)
            if (!lessonDone(*m_course, r))
                missing.push_back(r);
        const bool locked = !missing.empty();
        std::string title = slot.lesson ? instr(slot.lesson->title) : slot.id;
        std::string status;
        ui::Look look = ui::Look::Tile;
        float bar = -1;
        if (!slot.lesson)
        {
            status = tr("map.cannot-open");
            for (const auto& d : slot.problems)
                if (d.severity == core::Severity::Error)
                {
                    status += "\n" + core::formatDiagnostic(d);
                    break;
                }
            look = ui::Look::Wrong;
        }
        else if (locked)
        {
            std::string names;
            for (const auto& m : missing)
            {
                const auto* s = course.findLesson(m);
                names +=
                    (names.empty() ? "" : ", ") + (s && s->lesson ? instr(s->lesson->title) : m);
            }
            status = tr("map.locked", {{"lessons", names}});
            look = ui::Look::Quiet;
        }
        else
        {
            const double minutes = slot.lesson->minutes;
            switch (p.status)
            {
            case core::store::LessonStatus::New:
                status = tr("map.new", {{"minutes", minutes}});
                break;
            case core::store::LessonStatus::InProgress:
                status = tr("map.in-progress", {{"minutes", minutes}});
                break;
            case core::store::LessonStatus::Done:
                status = tr("map.done", {{"score", std::round(p.bestScore.value_or(0) * 100)}});
                bar = float(p.bestScore.value_or(0));
                break;
            }
            if (!next && p.status != core::store::LessonStatus::Done)
                next = &slot;
        }
        ui::ButtonStyle style{look, -1, 0, true, status, bar};
        if (m_gui->button("lesson-" + slot.id, std::to_string(number) + ". " + title, style) &&
            slot.lesson && !locked)
        {
            startLesson(*m_course, slot);
            return;
        }
    }
    if (next)
    {
        const bool resume = m_store->lessonProgress(m_learner->id, course.id, next->id).status ==
                            core::store::LessonStatus::InProgress;
        if (m_gui->footerButton("start", resume ? tr("map.continue") : tr("map.start"),
                                ui::Look::Primary) ||
            m_gui->keyPressed(sf::Keyboard::Enter))
        {
            startLesson(*m_course, *next);
            return;
        }
    }
    else
        m_gui->footerText(tr("map.all-done"), m_gui->theme().right);
}

} // namespace kompis::app
