#pragma once

#include "core/diag/Diagnostic.hpp"
#include "core/model/LocalText.hpp"

#include <string>

namespace kompis::core
{

/// `<audio src="media/…" transcript="…" speaker="…" lang="…" say="…"/>`; `src` is relative to the
/// package root.
struct AudioRef
{
    std::string src;
    std::string transcript; ///< what is said, word for word; shown when audio cannot play
    std::string speaker;    ///< optional; a speaker id when the course or lesson lists speakers
    std::string say; ///< optional: what synthesis reads instead (`say="ett ett två"` for 112)
    LangTag lang;    ///< the language spoken; defaults to the step's language
    SourceLocation where;
};

/// `<image src="media/…">` with required alt text for learners who cannot see it.
struct ImageRef
{
    std::string src;
    LocalText alt;
    LocalText caption;
    SourceLocation where;
};

} // namespace kompis::core
