#pragma once
// A fresh temporary folder per test, removed afterwards, and a registry inside it.

#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "pymes/core/dates.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/store/registry.hpp"

namespace test {

/// A date written as YYYY-MM-DD in a test.
inline pymes::Date d(const char* iso) { return *pymes::Date::parse_iso(iso); }

/// The message of the error `f` throws, checking its exit code; "accepted" when it throws none.
template <class F>
std::string refusal(F f, pymes::Exit expected = pymes::Exit::data) {
    try {
        f();
    } catch (const pymes::Error& e) {
        CHECK(e.code() == expected);
        return e.what();
    }
    return "accepted";
}

class TempDir {
  public:
    TempDir() {
        static std::atomic<int> counter{0};
        path_ = std::filesystem::temp_directory_path() /
                ("pymes-unit-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TempDir() { std::filesystem::remove_all(path_); }
    std::string file(const std::string& name) const { return (path_ / name).string(); }

  private:
    std::filesystem::path path_;
};

/// A new registry with the founding signatories, opened.
inline pymes::Registry fresh_registry(const TempDir& dir, bool empty = false) {
    const std::string path = dir.file("registry.db");
    pymes::Registry::create(path, empty, "tester");
    return pymes::Registry::open({path, 1000, pymes::MigratePolicy::automatic, "tester"});
}

/// The membership status of institution `code` on `date` (YYYY-MM-DD), as `institution list
/// --as-of` gives it; fails the test when there is no such institution.
inline pymes::MembershipStatus status_on(pymes::Registry& r, const char* code, const char* date) {
    pymes::InstitutionFilter f;
    f.as_of = d(date);
    for (const auto& s : pymes::list_institutions(r, f))
        if (s.code() == code) return s.membership.status;
    FAIL("no such institution");
    return pymes::MembershipStatus::non_party;
}

}  // namespace test
