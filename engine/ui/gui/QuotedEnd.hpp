#pragma once

#include <string>

namespace kompis::ui
{

/// A message that ends with a quote and a full stop, where the quoted text already ends a
/// sentence (`look at “Jag talar svenska.”.`), loses its own full stop: `… svenska.”`. Latin,
/// Ethiopic (።) and Arabic (؟) sentence ends and the quote marks of every catalog count.
[[nodiscard]] std::string withoutDoubledStop(std::string message);

} // namespace kompis::ui
