#include "ui/Messages.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>

using kompis::ui::Messages;

namespace
{

std::set<std::string> keysOf(const std::string& file)
{
    std::ifstream in(file);
    std::set<std::string> keys;
    std::string line;
    while (std::getline(in, line))
        if (!line.empty() && line[0] != '#' && line.find('=') != std::string::npos)
            keys.insert(line.substr(0, line.find_last_not_of(' ', line.find('=') - 1) + 1));
    return keys;
}

} // namespace

TEST_CASE("plural messages follow the rules of the interface language")
{
    Messages m;
    m.addCatalog("en", "due = {count, plural, one {# review due} other {# reviews due}}\n");
    m.addCatalog(
        "sv", "due = {count, plural, one {# repetition väntar} other {# repetitioner väntar}}\n");
    m.setLanguage("en");
    CHECK(m("due", {{"count", 1.0}}) == "1 review due");
    CHECK(m("due", {{"count", 3.0}}) == "3 reviews due");
    m.setLanguage("sv");
    CHECK(m("due", {{"count", 1.0}}) == "1 repetition väntar");
    CHECK(m("due", {{"count", 2.0}}) == "2 repetitioner väntar");
}

TEST_CASE("a message missing in the learner's language falls back to English, then to its key")
{
    Messages m;
    m.addCatalog("en", "hello = Hello {name}\n");
    m.setLanguage("nb");
    CHECK(m("hello", {{"name", std::string("Åse")}}) == "Hello Åse");
    CHECK(m("nowhere") == "nowhere");
}

TEST_CASE("lines without '=' are counted as unreadable and comments are skipped")
{
    Messages m;
    CHECK(m.addCatalog("en", "# comment\nok = fine\nbroken line\n") == 1);
    CHECK(m.has("ok"));
}

TEST_CASE("the Swedish and Norwegian catalogs have every key the English one has")
{
    const std::string dir = std::string(KOMPIS_MEDIA_DIR) + "/i18n/";
    const auto en = keysOf(dir + "en.txt");
    REQUIRE(en.size() > 50);
    for (const char* lang : {"sv", "nb", "fi"})
    {
        const auto other = keysOf(dir + lang + ".txt");
        for (const auto& key : en)
        {
            INFO(lang << " lacks " << key);
            CHECK(other.count(key) == 1);
        }
    }
}

TEST_CASE("every bundled catalog pattern formats without an ICU error")
{
    Messages m;
    m.loadDirectory(std::string(KOMPIS_MEDIA_DIR) + "/i18n");
    for (const char* lang : {"en", "sv", "nb", "fi"})
    {
        m.setLanguage(lang);
        const std::string text = m("library.lessons", {{"done", 1.0}, {"count", 2.0}});
        INFO(lang << ": " << text);
        CHECK(text.find('{') == std::string::npos);
        CHECK(text.find('2') != std::string::npos);
    }
}

TEST_CASE("Finnish plurals use the partitive after numbers other than one")
{
    Messages m;
    m.loadDirectory(std::string(KOMPIS_MEDIA_DIR) + "/i18n");
    m.setLanguage("fi");
    CHECK(m("words.done", {{"count", 1.0}}) == "Harjoittelit 1 sanan.");
    CHECK(m("words.done", {{"count", 3.0}}) == "Harjoittelit 3 sanaa.");
    CHECK(m("progress.weeks-ago", {{"n", 2.0}}) == "2 viikkoa sitten");
}
