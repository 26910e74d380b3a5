#pragma once

// A core file that must never exist: the SFML guard's own test shows it is refused.
#include <SFML/Graphics.hpp>
