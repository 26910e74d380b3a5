#pragma once

#include "core/store/ProgressStore.hpp"

#include <cstdint>

namespace kompis::bench
{

/// The size of a big school's store: every store and player figure on "a big store" uses it.
struct BigStoreSize
{
    static constexpr int learners = 300;
    static constexpr int attempts = 1'000'000;
    static constexpr int cards = 100'000;
    static constexpr int courses = 4;
    static constexpr int lessonsPerCourse = 20;
    static constexpr int itemsPerLesson = 25;
};

/// The clock the big store's answers and cards are dated by.
inline constexpr std::int64_t kBigStoreNow = 1'800'000'000;

/// Fills an empty store with BigStoreSize learners, answers, cards and activity, through raw SQL
/// in one transaction: the figures measured on it are about reading it, not filling it.
void populateBigStore(core::store::ProgressStore& store);

} // namespace kompis::bench
