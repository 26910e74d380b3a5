// Anki's shared decks (.apkg): a zip holding the collection as SQLite (`collection.anki21`, or
// `collection.anki2` from older Anki), a `media` JSON map from entry names ("0", "1", …) to file
// names, and those files. Notes become words (fields split by 0x1f: front, back); `[sound:…]`
// clips are copied into media/.
#include "core/text/Unicode.hpp"
#include "import/ImportedCourse.hpp"
#include "import/PlainText.hpp"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sqlite3.h>
#include <zip.h>

namespace kompis::author::import
{

namespace
{

/// The entries of a zip held in memory, by name.
std::optional<std::map<std::string, std::string>> unzip(const std::string& bytes,
                                                        std::string& error)
{
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zipError);
    zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &zipError) : nullptr;
    if (!archive)
    {
        error = std::string("not a zip file: ") + zip_error_strerror(&zipError);
        if (source)
            zip_source_free(source);
        zip_error_fini(&zipError);
        return std::nullopt;
    }
    std::map<std::string, std::string> entries;
    const auto count = zip_get_num_entries(archive, 0);
    constexpr zip_uint64_t kMaxEntry = zip_uint64_t(256) << 20;
    for (zip_int64_t i = 0; i < count; ++i)
    {
        zip_stat_t stat;
        if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat) != 0 ||
            !(stat.valid & ZIP_STAT_SIZE) || stat.size > kMaxEntry)
            continue;
        zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        if (!file)
            continue;
        std::string content(stat.size, '\0');
        const auto read = zip_fread(file, content.data(), stat.size);
        zip_fclose(file);
        if (read == static_cast<zip_int64_t>(stat.size))
            entries[stat.name] = std::move(content);
    }
    zip_discard(archive);
    zip_error_fini(&zipError);
    return entries;
}

using Database = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;
using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

/// An SQLite database read straight from `bytes` (which must outlive it), read-only.
Database openInMemory(std::string& bytes)
{
    sqlite3* raw = nullptr;
    sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Database db(raw, &sqlite3_close);
    if (!db || sqlite3_deserialize(db.get(), "main", reinterpret_cast<unsigned char*>(bytes.data()),
                                   static_cast<sqlite3_int64>(bytes.size()),
                                   static_cast<sqlite3_int64>(bytes.size()),
                                   SQLITE_DESERIALIZE_READONLY) != SQLITE_OK)
        return Database(nullptr, &sqlite3_close);
    return db;
}

Statement prepare(sqlite3* db, const char* sql)
{
    sqlite3_stmt* raw = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &raw, nullptr);
    return Statement(raw, &sqlite3_finalize);
}

std::string column(sqlite3_stmt* statement, int index)
{
    const auto* text = sqlite3_column_text(statement, index);
    return text ? reinterpret_cast<const char*>(text) : "";
}

/// The `media` map ("0" → "hej.mp3") read with SQLite's own JSON functions.
std::map<std::string, std::string> mediaMap(const std::string& json)
{
    std::map<std::string, std::string> names;
    sqlite3* raw = nullptr;
    sqlite3_open(":memory:", &raw);
    Database db(raw, &sqlite3_close);
    auto query = prepare(db.get(), "SELECT value, key FROM json_each(?1)");
    if (!query)
        return names;
    sqlite3_bind_text(query.get(), 1, json.data(), static_cast<int>(json.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(query.get()) == SQLITE_ROW)
        names[column(query.get(), 0)] = column(query.get(), 1);
    return names;
}

std::vector<std::string> splitFields(const std::string& fields)
{
    std::vector<std::string> out(1);
    for (const char c : fields)
        if (c == '\x1f')
            out.emplace_back();
        else
            out.back() += c;
    return out;
}

/// `[sound:name]` references taken out of `field`.
std::vector<std::string> takeSounds(std::string& field)
{
    std::vector<std::string> sounds;
    for (auto at = field.find("[sound:"); at != std::string::npos; at = field.find("[sound:"))
    {
        const auto end = field.find(']', at);
        if (end == std::string::npos)
            break;
        sounds.push_back(field.substr(at + 7, end - at - 7));
        field.erase(at, end - at + 1);
    }
    return sounds;
}

std::string lowerExtension(const std::string& name)
{
    const auto dot = name.rfind('.');
    std::string ext = dot == std::string::npos ? "" : name.substr(dot + 1);
    for (auto& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

} // namespace

ImportedCourse importApkg(const std::string& bytes, const ImportOptions& options,
                          core::DiagnosticSink& sink)
{
    const auto& file = options.sourceName;
    ImportedCourse course;
    course.target = options.target;
    std::string error;
    auto entries = unzip(bytes, error);
    if (!entries)
    {
        sink.error("import-bad-file", {file, 0, 0}, error);
        return course;
    }
    std::string* collection = nullptr;
    for (const char* name : {"collection.anki21", "collection.anki2"})
        if (entries->contains(name) && !collection)
            collection = &(*entries)[name];
    if (!collection)
    {
        sink.error("import-bad-file", {file, 0, 0},
                   entries->contains("collection.anki21b")
                       ? "the deck is in the format of Anki 2.1.50 and newer only; export it again "
                         "with \"Support older Anki versions\" ticked"
                       : "this is not an Anki deck (no collection.anki2 inside)");
        return course;
    }
    auto db = openInMemory(*collection);
    // Notes in the order they were added, each with the deck of its first card and whether its
    // note type is a cloze (type 1).
    auto notes = prepare(db.get(), "SELECT n.id, n.flds, "
                                   " (SELECT json_extract(d.value, '$.name') FROM cards c, col, "
                                   "  json_each(col.decks) d WHERE c.nid = n.id AND "
                                   "  d.key = CAST(c.did AS TEXT) ORDER BY c.ord LIMIT 1), "
                                   " (SELECT json_extract(m.value, '$.type') FROM col, "
                                   "  json_each(col.models) m WHERE m.key = CAST(n.mid AS TEXT)) "
                                   "FROM notes n ORDER BY n.id");
    if (!db || !notes)
    {
        sink.error("import-bad-file", {file, 0, 0},
                   "the collection inside the deck cannot be read" +
                       (db ? std::string(": ") + sqlite3_errmsg(db.get()) : std::string()));
        return course;
    }
    const auto media = entries->contains("media") ? mediaMap((*entries)["media"])
                                                  : std::map<std::string, std::string>{};
    std::map<std::string, ImportedLesson> lessons;
    std::vector<std::string> order;
    std::map<std::string, std::string> copied; // package path → name in the deck
    bool warnedExtraFields = false;
    while (sqlite3_step(notes.get()) == SQLITE_ROW)
    {
        const auto noteId = column(notes.get(), 0);
        auto fields = splitFields(column(notes.get(), 1));
        auto deck = column(notes.get(), 2);
        const auto where = core::SourceLocation{file, 0, 0};
        const auto noteName = "note " + noteId;
        if (column(notes.get(), 3) == "1")
        {
            sink.warning("import-unsupported-question", where,
                         noteName + " left out: cloze notes have no Kompis word form");
            continue;
        }
        std::vector<std::string> sounds;
        for (auto& field : fields)
            for (auto& sound : takeSounds(field))
                sounds.push_back(std::move(sound));
        std::vector<std::string> images;
        ImportedWord word;
        const std::size_t front = options.swapColumns ? 1 : 0, back = options.swapColumns ? 0 : 1;
        word.term =
            core::text::nfc(front < fields.size() ? htmlToText(fields[front], &images) : "");
        word.translation =
            core::text::nfc(back < fields.size() ? htmlToText(fields[back], &images) : "");
        for (std::size_t f = 2; f < fields.size() && !warnedExtraFields; ++f)
            if (!htmlToText(fields[f]).empty())
            {
                sink.warning("import-extra-column", where,
                             noteName + " (`" + word.term +
                                 "`) and maybe others have more than "
                                 "two fields; fields after the second are not imported");
                warnedExtraFields = true;
            }
        for (const auto& image : images)
            sink.warning("import-image", where,
                         noteName + " (`" + word.term + "`): the image " + image +
                             " is left out (Kompis words have no pictures)");
        for (const auto& sound : sounds)
        {
            const auto entry = media.find(sound);
            const auto ext = lowerExtension(sound);
            if (entry == media.end() || !entries->contains(entry->second))
            {
                sink.warning("import-sound", where,
                             noteName + " (`" + word.term + "`): [sound:" + sound +
                                 "] is not in the deck; left out");
                continue;
            }
            if (!std::set<std::string>{"ogg", "opus", "flac", "wav", "mp3"}.contains(ext))
            {
                sink.warning("import-sound", where,
                             noteName + ": [sound:" + sound + "] is ." + ext +
                                 ", which Kompis does not play; convert it to Ogg Vorbis");
                continue;
            }
            if (!word.audio.empty())
            {
                sink.warning("import-sound", where,
                             noteName + " (`" + word.term + "`): [sound:" + sound +
                                 "] left out; a Kompis word has one clip");
                continue;
            }
            auto stem = slugify(sound.substr(0, sound.rfind('.')), 48);
            if (stem.empty())
                stem = "clip";
            // Names that differ only in case or accents (Hej.mp3, hej.mp3) must stay two files.
            word.audio = "media/" + stem + "." + ext;
            for (int n = 2; copied.contains(word.audio) && copied[word.audio] != sound; ++n)
                word.audio = "media/" + stem + "-" + std::to_string(n) + "." + ext;
            if (copied.emplace(word.audio, sound).second)
                course.media[word.audio] = (*entries)[entry->second];
        }
        if (word.term.empty() || word.translation.empty())
        {
            sink.warning("import-incomplete-row", where,
                         noteName + " has " +
                             (word.term.empty() ? "an empty front" : "an empty back") +
                             "; left out");
            continue;
        }
        // Anki writes sub-decks as `Parent::Child`; the last part is the lesson.
        if (const auto colons = deck.rfind("::"); colons != std::string::npos)
            deck = deck.substr(colons + 2);
        if (deck.empty())
            deck = "Anki";
        if (!lessons.contains(deck))
            order.push_back(deck);
        auto& lesson = lessons[deck];
        lesson.title = deck;
        lesson.words.push_back(std::move(word));
    }
    for (const auto& deck : order)
        course.lessons.push_back(std::move(lessons[deck]));
    course.title = order.empty() ? "Anki" : order.front();
    if (course.lessons.empty())
        sink.error("import-nothing", {file, 0, 0}, "no note with a front and a back in the deck");
    return course;
}

} // namespace kompis::author::import
