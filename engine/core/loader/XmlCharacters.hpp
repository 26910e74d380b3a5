#pragma once

#include "core/diag/Diagnostic.hpp"

#include <cstddef>
#include <functional>
#include <string_view>

namespace kompis::core::loader
{

/// Reports, with line and column, what tinyxml2 would let through silently: control characters
/// (raw or as references), `&#0;` and surrogate references (which cut or break the text),
/// entities XML does not define (`&auml;`, `&nbsp;`: learners would see them as written) and a
/// bare `&`. One pass over `text`; comments, CDATA and declarations are not references.
void checkXmlCharacters(std::string_view text,
                        const std::function<SourceLocation(std::size_t)>& locate,
                        DiagnosticSink& sink);

} // namespace kompis::core::loader
