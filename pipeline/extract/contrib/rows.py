"""Stage 8, rows: one figure through the stages (candidate -> vetoes -> senders -> date, status, type) and, per
sender, its mission and ``ROW_RULES`` (a host's own forces dropped, a pledge's scope, a build-up ...). The
``extractor`` column is the chain of rule names:
``<version>:<candidate rule>+<sender rule>+<type rule>+status(<cue>)[+<status rule>...]+mission(<mission rule>)
[+<row rule>...]``, e.g. ``contributions.v28:figure_noun+subject+head+status(will send)+mission(sentence)``.
"""

from __future__ import annotations

import functools
import re

from pipeline.extract import lexicon, status
from pipeline.extract.contrib.asof import _as_of, paragraph_as_of
from pipeline.extract.contrib.candidates import find_head
from pipeline.extract.contrib.common import (
    _BARE_RULES,
    _CARRIED_SENDERS,
    _EXPLICIT_MISSION,
    _IMPLICIT_MISSION,
    _PROMISES,
    VERSION,
    _clause_bounds,
)
from pipeline.extract.contrib.context import Candidate, SentenceContext
from pipeline.extract.contrib.enumerations import enumerated_row
from pipeline.extract.contrib.lists import _list_item
from pipeline.extract.contrib.ptypes import resolve_type
from pipeline.extract.contrib.rules import Rule, check_table, note
from pipeline.extract.contrib.scope import (
    MissionQuery,
    _self_hosted,
    resolve_mission,
)
from pipeline.extract.contrib.scope_facts import _active_then, _mission_facts, _police_only
from pipeline.extract.contrib.senders import find_senders
from pipeline.extract.contrib.statuses import _ROTATIONS, _SENDING, Reading, resolve_status
from pipeline.extract.contrib.vetoes import veto
from pipeline.extract.numbers import find_quantities
from pipeline.extract.types import Contribution, Quantity

_POLICE_TYPES = frozenset({"police", "formed_police_unit"})
_POLICE_MISSION_WORDS = lexicon.word_set("police_missions")
# Missions of unarmed military observers only (``data/word_lists.csv``), and the kinds and head nouns that say no
# more than "people" or "the armed forces' people" ("12 personnel", "eight members of the Defence Forces").
_OBSERVER_MISSIONS = lexicon.word_set("observer_missions")
_GENERIC_TYPES = frozenset({"peacekeepers", "troops"})
_GENERIC_HEAD = re.compile(r"\b(?:personnel|members|people|persons|men|all\s+ranks|staff)\b", re.IGNORECASE)  # figures of police: a police-only mission may be theirs


def sentence_rows(sc: SentenceContext) -> list[Contribution]:
    sent = sc.sent
    quantities = [Quantity(q.start + sent.start, q.end + sent.start, q.surface, q.low, q.high, q.approx,
                           q.qualifier, q.kind) for q in find_quantities(sc.text[sent.start:sent.end])]
    figures = [q for q in quantities if q.kind == "count"]
    sc.all_figures = figures
    # The kind of the quantity before each figure: "$40 million ..., and another 10 million" is more money.
    sc.kind_before = {q.start: p.kind for p, q in zip(quantities, quantities[1:]) if p.kind != "footnote"}
    for q in figures:
        row = enumerated_row(sc, q)  # an item of an enumeration by mission: "Four are serving in UNMISET, 113 in"
        rows = [row] if row is not None else _figure(sc, q)
        if not rows:
            row = _list_item(sc, q)
            rows = [row] if row is not None else []
        sc.out.extend(rows)
    return sc.out


def _figure(sc: SentenceContext, q: Quantity) -> list[Contribution]:
    """The rows of one figure: its candidate (head noun and rule), the vetoes, then its senders, date, status and
    type, and per sender its mission or scope (``ROW_RULES``)."""
    clause = _clause_bounds(sc.sent, sc.breaks, q.start)
    head, rule = find_head(sc, q, clause)
    if head is None:
        return []
    c = Candidate(sc.text, q, clause, head, rule)
    if veto(sc, c) is not None:
        return []
    c.senders, c.sender_rule = find_senders(sc, c)
    if not c.senders:
        return []
    r = Reading(*c.clause_status(sc.text), _as_of(sc, clause, c.np_start, c.np_end))
    resolve_status(sc, c, r)
    if r.st == "serving" and r.as_of is sc.ctx.published:
        r.as_of = paragraph_as_of(sc) or r.as_of  # "As of 1 June 2014, ..." earlier in the paragraph
    ptype, type_rule = resolve_type(sc, c)
    # The chain of rule names: candidate, sender, type, the status cue and the status rules that said more than
    # their cue; ``_row`` adds the mission rule and the row rules.
    extractor = f"{VERSION}:{rule}+{c.sender_rule}+{type_rule}+status({r.cue or 'default'})" + \
        "".join(f"+{name}" for name in r.fired if name != r.cue)
    rows = []
    for sender in c.senders:
        row = _row(sc, c, r, sender, ptype)
        if row is not None:
            rows.append(Contribution(
                sentence=sc.sent, quantity=q, contributor_iso3=row.sender, mission_acronym=row.mission,
                scope=row.scope, personnel_type=row.ptype, status=row.status, as_of=r.as_of,
                mission_method=row.mission_rule, extractor=extractor + row.chain))
    return rows


# -- the row rules: a sender's mission or scope, and what else drops or changes the row ----------------------------

class _Row:
    """One sender's row as the row rules build it."""

    __slots__ = ("sender", "mission", "scope", "mission_rule", "status", "chain", "ptype")

    def __init__(self, sender: str, mission: str | None, scope: str, mission_rule: str, st: str,
                 ptype: str | None = None):
        self.sender, self.mission, self.scope, self.mission_rule, self.status = sender, mission, scope, mission_rule, st
        self.ptype = ptype
        self.chain = f"+mission({mission_rule})"  # the rule names this row adds to the extractor chain


def _row_antecedent(sc: SentenceContext, c: Candidate, r: Reading, row: _Row) -> str | None:
    if c.rule in _BARE_RULES and row.mission_rule in _IMPLICIT_MISSION and sc.out:
        # "In 2014 India had 7,000 peacekeepers in UN missions; today it has about 5,500": the group's scope
        previous = sc.out[-1]
        row.mission, row.scope, row.mission_rule = previous.mission_acronym, previous.scope, "antecedent"
        return "antecedent"
    return None


def _row_not_peace_document(sc: SentenceContext, c: Candidate, r: Reading, row: _Row) -> str | None:
    # A document that never speaks of peace operations: only figures whose sentence names a mission or scope.
    if row.mission_rule not in _EXPLICIT_MISSION and not sc.about_peace():
        return _DROP
    return None


def _row_self_hosted(sc: SentenceContext, c: Candidate, r: Reading, row: _Row) -> str | None:
    if not _self_hosted(sc, row.sender, row.mission, row.mission_rule, r.as_of):
        return None
    # A host country that heads a bullet is where its contingent serves; the story's country sends it.
    focus = sc.focus
    if c.sender_rule != "label" or not focus.country or \
            _self_hosted(sc, focus.country, row.mission, row.mission_rule, r.as_of):
        return _DROP
    row.sender = focus.country
    return "label_host"


def _row_pledge_scope(sc: SentenceContext, c: Candidate, r: Reading, row: _Row) -> str | None:
    if row.mission_rule in _IMPLICIT_MISSION and (r.standby or (r.cue == "list_lead" and r.st in _PROMISES)):
        # A standby force, or a pledge in a summit's list, is for UN peacekeeping, not for the story's mission
        row.mission, row.scope, row.mission_rule = None, "all_un_pko", "pledge_scope"
        return "pledge_scope"
    return None


def _row_national_total(sc: SentenceContext, c: Candidate, r: Reading, row: _Row) -> str | None:
    if c.rule == "number_of" and row.mission_rule in _IMPLICIT_MISSION:
        # "the number of Indonesian peacekeepers", with no mission or place: all the country's peacekeepers
        row.mission, row.scope, row.mission_rule = None, "all_un_pko", "national_total"
        return "national_total"
    return None


def _row_build_up(sc: SentenceContext, c: Candidate, r: Reading, row: _Row) -> str | None:
    if r.st == "cumulative" and r.cue.lower() in status.PROGRESS_CUES and row.scope == "mission" and \
            _SENDING.search(sc.text, c.clause[0], c.clause[1]) and \
            not _ROTATIONS.search(sc.text, sc.sent.start, sc.sent.end):
        row.status = "deployed"  # "has so far deployed 650 soldiers with MINUSMA": one deployment's build-up
        return "build_up"
    return None


def _row_observer_mission(sc: SentenceContext, c: Candidate, r: Reading, row: _Row) -> str | None:
    if row.mission is None or row.mission.lower() not in _OBSERVER_MISSIONS or row.ptype not in _GENERIC_TYPES or \
            not _GENERIC_HEAD.search(c.head.surface or ""):
        return None
    # "The current ADF commitment is 12 personnel" (UNTSO, real dev r2_018), "eight members of the Permanent
    # Defence Force, who are deployed to ... UNTSO" (r3_017): a mission of unarmed observers has no other soldiers
    row.ptype = "observers"
    return "observer_mission"


# Soldiers do not serve in a police-only mission (a UN or EU police mission): as the story's mission for soldiers, such
# a mission gives way to a military one the document names in the same host country, active at the figure's date,
# else to none. Real dev r9_095 ('the UK contributed around 600 troops' in a page on EUPM and EUFOR), r9_094 ('5,200
# UK troops ... as part of the NATO-led stabilisation force' under UNMIBH), r4_020 ('a battalion group of about 1,800
# personnel' under UNMIT, gold ISF).
# Not a multinational security mission that is police-led but takes soldiers too ("Jamaica has pledged 200 soldiers
# and 30 police officers" to the MSS in Haiti, organisation "other"): only the UN's and the EU's police missions.
_SOLDIER_TYPES = frozenset({"troops", "infantry"})
_POLICE_ONLY_ORGANISATIONS = frozenset({"UN", "EU"})


@functools.lru_cache(maxsize=8)
def _police_only_missions(matcher) -> frozenset[str]:
    facts = _mission_facts(matcher)
    return frozenset(m["mission_acronym"] for m in matcher.catalog.missions
                     if _police_only(facts[m["mission_acronym"]][0], m["mission_acronym"]) and
                     (m.get("organisation") in _POLICE_ONLY_ORGANISATIONS or
                      m["mission_acronym"].lower() in _POLICE_MISSION_WORDS))


def _row_soldiers_not_police(sc: SentenceContext, c: Candidate, r: Reading, row: _Row) -> str | None:
    if row.mission_rule != "document_focus" or row.ptype not in _SOLDIER_TYPES or row.mission is None or \
            sc.matcher is None:
        return None
    police = _police_only_missions(sc.matcher)
    if row.mission not in police:
        return None
    facts = _mission_facts(sc.matcher)
    hosts = set(sc.matcher.host_countries(row.mission))
    military = [m for m in sc.focus.named_order if m in facts and m not in police and
                hosts.intersection(sc.matcher.host_countries(m)) and _active_then(sc.matcher, m, r.as_of)]
    row.mission, row.scope = (military[0], "mission") if military else (None, "unspecified")
    row.mission_rule = "military_focus" if military else "police_focus"
    return row.mission_rule


_DROP = "drop"
ROW_RULES = check_table((
    Rule("antecedent", "a figure without a noun and no mission of its own takes its group's: 'today it has about "
         "5,500'", _row_antecedent),
    Rule("not_peace_document", "a document that never speaks of peace operations: no row without a mission or "
         "scope in its sentence", _row_not_peace_document, (_DROP,)),
    Rule("self_hosted", "the host country's own forces are no contribution; a host that labels a list item is "
         "where the story's country serves", _row_self_hosted, (_DROP, "label_host")),
    Rule("pledge_scope", "a standby force or a pledge in a summit's list is for UN peacekeeping",
         _row_pledge_scope),
    Rule("national_total", "'the number of Indonesian peacekeepers', no mission or place: all of them",
         _row_national_total),
    Rule("build_up", "'has so far deployed 650 soldiers with MINUSMA': one deployment's build-up is deployed",
         _row_build_up),
    Rule("soldiers_not_police", "soldiers do not serve in the story's police-only mission: a military one the "
         "document names in the same host, else none (real dev r9_095, r9_094, r4_020)", _row_soldiers_not_police,
         ("military_focus", "police_focus")),
    Rule("observer_mission", "personnel of no stated kind in a mission of observers only are observers: 'The "
         "current ADF commitment is 12 personnel' (UNTSO, real dev r2_018), 'eight members of the Permanent Defence "
         "Force, who are deployed to ... UNTSO' (r3_017)", _row_observer_mission),
))


def _row(sc: SentenceContext, c: Candidate, r: Reading, sender: str, ptype: str | None = None) -> _Row | None:
    """One sender's row: its mission or scope (``MISSION_RULES``), then ``ROW_RULES`` in order; None when a row
    rule drops it."""
    q = c.q
    mq = MissionQuery(q.start, q.end, c.clause, sender, r.st, r.as_of,
                      carried=c.sender_rule in _CARRIED_SENDERS or c.rule in _BARE_RULES,
                      threat=r.cue.lower().startswith("threat"), military=ptype not in _POLICE_TYPES)
    row = _Row(sender, *resolve_mission(sc, mq), r.st, ptype)
    for rule in ROW_RULES:
        name = rule.fn(sc, c, r, row)
        if name is not None:
            note("veto" if name == _DROP else "row", rule.name, name, q.start)
            if name == _DROP:
                return None
            row.chain += f"+{name}"
    return row
