#pragma once

// A small Anki deck built the way Anki 2.1 exports one "for older versions": a zip holding
// `collection.anki2` (the schema-11 SQLite collection), a `media` JSON map and the clips named
// "0", "1", …. Built here rather than committed, so every byte is explained.
#include "ImportTestSupport.hpp"

#include <cmath>
#include <cstdint>
#include <sqlite3.h>
#include <zip.h>

namespace kompis::test
{

/// A 0.6 s, 330 Hz mono WAV clip: loud enough and short enough for the media checks.
inline std::string sineWav()
{
    constexpr int kRate = 22050;
    constexpr int kFrames = kRate * 6 / 10;
    std::string pcm;
    for (int i = 0; i < kFrames; ++i)
    {
        const auto sample =
            static_cast<std::int16_t>(9000 * std::sin(2 * 3.14159265358979 * 330 * i / kRate));
        pcm += static_cast<char>(sample & 0xFF);
        pcm += static_cast<char>((sample >> 8) & 0xFF);
    }
    auto le32 = [](std::uint32_t v)
    {
        std::string s;
        for (int b = 0; b < 4; ++b)
            s += static_cast<char>((v >> (8 * b)) & 0xFF);
        return s;
    };
    auto le16 = [](std::uint16_t v) {
        return std::string{static_cast<char>(v & 0xFF), static_cast<char>(v >> 8)};
    };
    return "RIFF" + le32(36 + static_cast<std::uint32_t>(pcm.size())) + "WAVEfmt " + le32(16) +
           le16(1) + le16(1) + le32(kRate) + le32(kRate * 2) + le16(2) + le16(16) + "data" +
           le32(static_cast<std::uint32_t>(pcm.size())) + pcm;
}

struct AnkiNote
{
    std::string fields; ///< separated by 0x1f, as Anki stores them
    std::string deckId = "1700000000001";
    std::string modelId = "1342697561419";
};

inline void sql(sqlite3* db, const std::string& statement)
{
    char* error = nullptr;
    const int rc = sqlite3_exec(db, statement.c_str(), nullptr, nullptr, &error);
    INFO(statement << ": " << (error ? error : ""));
    sqlite3_free(error);
    REQUIRE(rc == SQLITE_OK);
}

inline std::string quoteSql(const std::string& text)
{
    std::string out = "'";
    for (const char c : text)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

/// The collection as Anki's schema 11 has it: col (with JSON models and decks), notes, cards.
inline std::string ankiCollection(const fs::path& scratch, const std::vector<AnkiNote>& notes)
{
    const auto file = scratch / "collection.anki2";
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    sql(db, "CREATE TABLE col (id integer primary key, crt integer not null, mod integer not "
            "null, scm integer not null, ver integer not null, dty integer not null, usn "
            "integer not null, ls integer not null, conf text not null, models text not null, "
            "decks text not null, dconf text not null, tags text not null)");
    sql(db, "CREATE TABLE notes (id integer primary key, guid text not null, mid integer not "
            "null, mod integer not null, usn integer not null, tags text not null, flds text not "
            "null, sfld integer not null, csum integer not null, flags integer not null, data "
            "text not null)");
    sql(db, "CREATE TABLE cards (id integer primary key, nid integer not null, did integer not "
            "null, ord integer not null, mod integer not null, usn integer not null, type integer "
            "not null, queue integer not null, due integer not null, ivl integer not null, factor "
            "integer not null, reps integer not null, lapses integer not null, left integer not "
            "null, odue integer not null, odid integer not null, flags integer not null, data "
            "text not null)");
    const std::string models =
        R"({"1342697561419": {"id": 1342697561419, "name": "Basic", "type": 0, "flds": [{"name": "Front", "ord": 0}, {"name": "Back", "ord": 1}]},)"
        R"( "1342697561420": {"id": 1342697561420, "name": "Cloze", "type": 1, "flds": [{"name": "Text", "ord": 0}, {"name": "Back Extra", "ord": 1}]}})";
    const std::string decks =
        R"({"1": {"id": 1, "name": "Default"}, "1700000000001": {"id": 1700000000001, "name": "Svenska::Jobbet"},)"
        R"( "1700000000002": {"id": 1700000000002, "name": "Svenska::Hemma"}})";
    sql(db, "INSERT INTO col VALUES (1, 1700000000, 1700000000000, 1700000000000, 11, 0, 0, 0, "
            "'{}', " +
                quoteSql(models) + ", " + quoteSql(decks) + ", '{}', '{}')");
    long long id = 1700000000100;
    for (const auto& note : notes)
    {
        const auto noteId = std::to_string(++id);
        sql(db, "INSERT INTO notes VALUES (" + noteId + ", 'g" + noteId + "', " + note.modelId +
                    ", 0, 0, '', " + quoteSql(note.fields) + ", '', 0, 0, '')");
        sql(db, "INSERT INTO cards VALUES (" + std::to_string(id + 5000) + ", " + noteId + ", " +
                    note.deckId + ", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    }
    sqlite3_close(db);
    return slurp(file);
}

/// A zip of `entries` (name → bytes), as the .apkg file.
inline void writeZip(const fs::path& file,
                     const std::vector<std::pair<std::string, std::string>>& entries)
{
    int error = 0;
    zip_t* archive = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive);
    for (const auto& [name, bytes] : entries)
    {
        zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        REQUIRE(source);
        REQUIRE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) >= 0);
    }
    REQUIRE(zip_close(archive) == 0);
}

/// The deck the tests use: three words in two sub-decks, one with a clip, one with a clip the
/// deck lacks, and a cloze note.
inline fs::path workDeck(const fs::path& scratch)
{
    const std::string us = "\x1f";
    const auto collection = ankiCollection(
        scratch, {
                     {"en chef [sound:chef.wav]" + us + "a boss"},
                     {"ett schema" + us + "a schedule<br>a timetable"},
                     {"att jobba" + us + "to work [sound:jobba.mp3]"},
                     {"en kollega" + us + "a colleague", "1700000000002"},
                     {"Jag {{c1::jobbar}} i Umeå." + us + "", "1700000000001", "1342697561420"},
                 });
    const auto deck = scratch / "svenska.apkg";
    writeZip(
        deck,
        {{"collection.anki2", collection}, {"media", R"({"0": "chef.wav"})"}, {"0", sineWav()}});
    return deck;
}

} // namespace kompis::test
