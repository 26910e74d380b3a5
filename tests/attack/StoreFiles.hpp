#pragma once
// Progress stores for the store cases: built with the real store code, read back with SQLite
// itself (so a check does not trust the code it checks).

#include <filesystem>
#include <set>
#include <string>

namespace kompis::attack
{

inline constexpr const char* kTeacherPin = "258025";

/// A store with one learner named `name`, the teacher PIN and `answers` answers, each response
/// padded with `padding` random bytes (as hex).
void makeStore(const std::filesystem::path& file, int answers, const std::string& name = "Amina",
               int padding = 40);
/// True when SQLite opens the file and its quick check says ok.
bool storeIsSound(const std::filesystem::path& file);
/// The uuid of every answer in the store (empty when it cannot be read).
std::set<std::string> answerIds(const std::filesystem::path& file);

} // namespace kompis::attack
