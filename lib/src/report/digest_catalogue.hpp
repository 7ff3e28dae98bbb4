#pragma once
// The digest's words in Spanish, English and Portuguese: one table of phrases looked up by key,
// and the names of statuses and membership events keyed by what they describe, because the
// words agree with it (un proyecto cancelado, una actividad cancelada).

#include <optional>
#include <string_view>

#include "pymes/language.hpp"
#include "pymes/membership_kind.hpp"

namespace pymes::digest_text {

/// What a status belongs to: the words for it are masculine or feminine with the noun.
enum class Entity { activity, meeting, project };

/// Every status of SPEC §2 (activity: planned ongoing done cancelled; meeting: scheduled held
/// cancelled; project: proposed approved active completed cancelled).
enum class Status {
    planned,
    ongoing,
    done,
    cancelled,
    scheduled,
    held,
    proposed,
    approved,
    active,
    completed
};

/// The status stored as `name`; nullopt for anything else.
std::optional<Status> parse_status(std::string_view name);

/// The phrase for `key` in `language`; the key itself when the catalogue has no such key, so a
/// missing phrase shows instead of failing.
std::string_view word(std::string_view key, Language language);

/// "cancelado" for a project, "cancelada" for an activity; nullopt when `status` is not one of
/// `entity`'s.
std::optional<std::string_view> status_word(Entity entity, Status status, Language language);

/// The same for a status as stored ("cancelled"); the stored name itself when it is unknown.
std::string_view status_word(Entity entity, std::string_view stored, Language language);

/// "adhesión", "accession", "adesão".
std::string_view kind_word(MembershipKind kind, Language language);

/// An event recorded in the period but dated before it, with {0} its date: "registrada esta
/// semana, con fecha {0}" for an accession, "registrado ..." for a withdrawal (the participle
/// agrees with the event); `week`: the period is one ISO week, else "en este período".
std::string_view late_word(MembershipKind kind, bool week, Language language);

/// The month's name (1..12).
std::string_view month(unsigned m, Language language);

}  // namespace pymes::digest_text
