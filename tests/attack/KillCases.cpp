// SIGKILL during answering: a script answers the first lesson's items while the harness kills
// the player at random moments. After each kill the store passes its check, every answer the
// player had shown feedback for is saved, and the next start opens it and loses nothing.
#include "Cases.hpp"
#include "StoreFiles.hpp"

namespace kompis::attack
{

namespace
{

constexpr int kKills = 6;
constexpr int kAnswers = 8;

/// The first lesson by keyboard; after each answer is checked, a screenshot `ackN.png` shows
/// the harness that the feedback (so the saved answer) was on screen.
std::string answeringScript()
{
    const std::vector<std::string> answers = {"key 1\n",
                                              "key 1\nkey 2\nkey 4\n",
                                              "key 2\n",
                                              "type en\nkey Tab\ntype jobbar\n",
                                              "key 1\nkey 1\nkey 1\nkey 1\n",
                                              "key 1\nkey 1\nkey 1\n",
                                              "type Jag heter Omar\n",
                                              "key 1\n"};
    std::string script = "expect-screen profiles\nkey Enter\nexpect-screen new-learner\ntype "
                         "Noor\nkey Enter\nexpect-screen library\nkey Tab\nkey Tab\nkey Tab\nkey "
                         "Tab\nkey Enter\nexpect-screen course-map\nkey Enter\nexpect-screen "
                         "lesson/hello-intro\n";
    for (int i = 0; i < 6; ++i)
        script += "key Enter\n";
    script += "expect-screen lesson/hello-q1\n";
    for (std::size_t i = 0; i < answers.size(); ++i)
        script +=
            answers[i] + "key Enter\nscreenshot ack" + std::to_string(i + 1) + ".png\nkey Enter\n";
    return script + "expect-screen results\nquit\n";
}

int acknowledged(const fs::path& dir)
{
    int count = 0;
    for (int i = 1; i <= kAnswers; ++i)
        count += fs::exists(dir / ("ack" + std::to_string(i) + ".png")) ? 1 : 0;
    return count;
}

/// One run to its end: how long answering takes here, and that it saves every answer.
double baseline(Attack& attack)
{
    Case c(attack, "sigkill", "answering-without-a-kill-saves-every-answer");
    const auto store = c.dir() / "pc" / "progress.sqlite";
    const auto run = c.player(answeringScript(), store, {attack.setup().exampleCourse});
    const auto saved = answerIds(store).size();
    if (saved != kAnswers || acknowledged(c.dir()) != kAnswers)
        c.fail("the run saved " + std::to_string(saved) + " answers and showed " +
               std::to_string(acknowledged(c.dir())) + ", expected " + std::to_string(kAnswers));
    return run.seconds;
}

void killAt(Attack& attack, int index, double seconds)
{
    char moment[32];
    std::snprintf(moment, sizeof moment, "%.2f", seconds);
    Case c(attack, "sigkill", "kill-" + std::to_string(index) + "-at-" + moment + "-s");
    const auto store = c.dir() / "pc" / "progress.sqlite";
    c.player(answeringScript(), store, {attack.setup().exampleCourse}, seconds);
    const int shown = acknowledged(c.dir());
    const auto saved = answerIds(store);
    if (static_cast<int>(saved.size()) < shown)
        c.fail("an answer was lost: feedback for " + std::to_string(shown) + " shown, " +
               std::to_string(saved.size()) + " saved");
    if (fs::exists(store) && !storeIsSound(store))
        c.fail("the store fails its check after the kill");
    c.player("expect-screen profiles\nquit\n", store, {attack.setup().exampleCourse});
    const auto after = answerIds(store);
    for (const auto& id : saved)
        if (!after.contains(id))
        {
            c.fail("the next start lost a saved answer");
            break;
        }
}

} // namespace

void killFamily(Attack& attack)
{
    if (attack.setup().player.empty())
        return;
    const double full = baseline(attack);
    std::uniform_real_distribution<double> moment(0.3, std::max(0.5, full * 0.95));
    for (int i = 1; i <= kKills; ++i)
        killAt(attack, i, moment(attack.random()));
}

} // namespace kompis::attack
