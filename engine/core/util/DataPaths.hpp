#pragma once

#include <filesystem>

namespace kompis::core::util
{

/// The one rule for where Kompis keeps a user's data: `$XDG_DATA_HOME/kompis` when that is an
/// absolute path (the XDG spec ignores relative ones), else `~/.local/share/kompis`; empty when
/// neither is known (no HOME).
[[nodiscard]] std::filesystem::path dataHome();

/// Courses the user added: `dataHome()/courses` (empty when dataHome() is).
[[nodiscard]] std::filesystem::path userCoursesDir();

/// The progress store's default file: `$KOMPIS_STORE` when set, else
/// `dataHome()/progress.sqlite`, else `progress.sqlite` in the working folder.
[[nodiscard]] std::filesystem::path defaultStorePath();

} // namespace kompis::core::util
