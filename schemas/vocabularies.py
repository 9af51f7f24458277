"""Controlled vocabularies of the dataset (from the annotation guide, ``tests/data/gold/README.md``)."""

PERSONNEL_TYPES = (
    "troops",
    "infantry",
    "engineers",
    "medical",
    "transport",
    "aviation",
    "guards",
    "police",
    "formed_police_unit",
    "observers",
    "staff_officers",
    "peacekeepers",
)

# Types that the evaluation treats as the same class.
PERSONNEL_CLASSES = (
    frozenset({"troops", "peacekeepers"}),
    frozenset({"infantry", "guards"}),
    frozenset({"engineers"}),
    frozenset({"medical"}),
    frozenset({"transport", "aviation"}),
    frozenset({"police", "formed_police_unit"}),
    frozenset({"observers", "staff_officers"}),
)

STATUSES = ("offered", "pledged", "planned", "deployed", "serving", "cumulative", "withdrawn")

EVENT_TYPES = (
    "deployment",
    "pledge",
    "withdrawal",
    "handover",
    "mandate",
    "intervention",
    "attack",
    "appointment",
    "other",
)

# Categories of the UN's monthly contributor counts (official_contributions).
OFFICIAL_CATEGORIES = ("troops", "individual_police", "formed_police_units", "experts_on_mission", "total")

SCOPES = ("mission", "all_un_pko", "unspecified")

PRECISIONS = ("year", "month", "day")

INGEST_STATUSES = ("ok", "error")

MEDIA_TYPES = ("text/plain", "text/html", "application/pdf", "unknown")

MENTION_METHODS = ("acronym", "name", "fuzzy", "definite", "description", "unresolved")

ORGANISATIONS = ("UN", "AU", "ECOWAS", "EU", "NATO", "ECCAS", "SADC", "IGAD", "OSCE", "CIS", "other")

MISSION_KINDS = ("peacekeeping", "observer", "political", "police", "military", "transitional_administration")

# Pseudo-acronym used by the gold files for "all UN peacekeeping operations together".
ALL_UN_PKO = "UN_PKO_ALL"
