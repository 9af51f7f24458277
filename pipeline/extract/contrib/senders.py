"""Stage 3, senders: the country or countries that send a candidate's personnel, by ``SENDER_RULES`` in order
(the country of its noun phrase, the one it comes "from", the agent, a list item, the subject of its clause, a
pronoun's antecedent ...). Rules that find no single sender name why (a joint figure, a regional force).
"""

from __future__ import annotations

import re

from pipeline.extract import lexicon, personnel, publishers
from pipeline.extract.contrib.changes_to import _sender_anaphoric_size
from pipeline.extract.contrib.common import (
    _COORDINATION,
    _EACH,
    _LABEL_AFTER,
    _ORG_SUBJECT,
    _PARTITIVE_PART,
    _PRONOUN_SUBJECT,
    _in_spans,
    _is_destination,
    _subject_country,
)
from pipeline.extract.contrib.context import Candidate, SentenceContext
from pipeline.extract.contrib.rules import Rule, check_table, note
from pipeline.extract.contrib.senders_after import _sender_unit_after
from pipeline.extract.contrib.senders_story import _sender_story_force
from pipeline.extract.types import (
    CountryMention,
)

# Modifiers that name a sender that is not one country: no row, and no borrowing of a country from elsewhere.
_NON_COUNTRY_SENDERS = lexicon.word_set("non_country_senders")


_FIRST_PERSON = re.compile(r"\b(?:we|our|us|our country|our nation)\b", re.IGNORECASE)


_PARTITIVE_PRONOUN = re.compile(r"\s*of\s+(?:them|its|their)\b", re.IGNORECASE)


# "395 officers and soldiers of the PLA", "850 troops from Nepal": the sender right after the head noun.
_OF_FROM_AFTER = re.compile(
    # not across another figure: "2,500 troops, 32 from Senegal and the rest French" (Operation Turquoise)
    r"(?:\s+and\s+[\w-]+)?[\s,]*(?:(?!\d)\w+\s+){0,2}?(?<!out )(?P<prep>from|of)\s+(?:the\s+)?"
    # "23 members of the departing Bangladesh Battalion" (UNMISS medal parade)
    r"(?:(?:departing|outgoing|incoming|arriving|newly\s+arrived|new|current|former)\s+)?"
    # "12 soldiers from the Armed Forces of Malta"
    r"(?:(?:armed\s+forces|army|defen[cs]e\s+forces?|military|national\s+police|police\s+force|navy)\s+of\s+"
    r"(?:the\s+)?)?", re.IGNORECASE
)


_TRANSFER_BEFORE = re.compile(r"\b(?:transfer\w*|redeploy\w*|relocat\w*|shift\w*|mov(?:e|es|ed|ing))\s+"
                              r"(?:\w+\s+){0,2}$", re.IGNORECASE)


# ", which has pledged another 800": the start of a relative clause, whose antecedent is right before its comma.
_RELATIVE_LEAD = re.compile(r",\s*(?:which|who|whose)\b", re.IGNORECASE)


# "the 100-strong company that Zambia sent to Liberia": the sender of a figure named in a relative clause after it.
_RELATIVE_SENDER = re.compile(r"\s+(?:that|which|whom)\s+(?:the\s+)?")


_RELATIVE_VERB = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:sent|deployed|dispatched|contributed|provided|pledged|offered|promised|"
    r"withdrew|pulled\s+out|repatriated|brought\s+home|maintains|maintained|keeps|kept|will\s+send|"
    r"will\s+deploy|plans\s+to)\b"
)


# A list item without its verb: the country stands right before its figure ("Burkina Faso two companies") after a
# comma, "and", a semicolon or a colon.
_ITEM_GAP = re.compile(r"\s+")


_ITEM_START = re.compile(r"(?:[,;:]|\band)\s*$")


# "will be provided by Burundi": the agent of a passive.
_AGENT_BEFORE = re.compile(
    r"(?<!followed )(?<!preceded )(?<!trailed )(?<!outnumbered )(?<!ranked )\bby\s+(?:the\s+)?$", re.IGNORECASE
)  # not a ranking: "Bangladesh ..., followed by Nepal with 6,200"


# Not who sends them but who leads them: "nearly 20,000 military personnel ..., led largely by India, Ireland, and
# Sweden" (ONUC), "the SLMM had approximately 60 staff and was headed by the Swedish Senior Colonel".
_LEADER_BEFORE = re.compile(r"\b(?:led|headed|commanded|chaired)\s+(?:\w+\s+)?by\s+(?:the\s+)?$", re.IGNORECASE)


# "With 1,300 uniformed personnel, Ghana is among the top ten contributors"; a hedge or a strength may stand
# between "With" and the figure: "With over more than 900 peacekeepers, Uruguay's largest contingent is with ..."
# (real dev r8_105), "With the current strength of more than 330 peacekeepers, the Korean contingent" (r9_016).
_FRONTED_WITH = re.compile(
    r"^\W*With\s+(?:(?:the\s+|a\s+)?(?:current\s+|total\s+|present\s+)?strength\s+of\s+|a\s+total\s+of\s+)?"
    r"(?:(?:over|some|about|around|nearly|almost|approximately)\s+)?$")


# An attribution after the figure: whose words they are ("the Kenyan defence minister said").
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|tells|added|stated|announced|according to)\b", re.IGNORECASE)


# A sentence that continues the last one without naming its subject: "Another 350 troops will follow in July",
# or a bullet that starts with its verb ("- Has pledged 500 police officers to MINUSMA").
_CONTINUATION = re.compile(
    r"\W*(?:(?:Another|A further|An additional|The remaining|The rest of|Of these|Of those|Among them)\b|"
    # "The contingent, including 20 engineers, will leave ...", "The first 120 gendarmes arrived ...", "The second
    # flight departed ...": a group named before, by its definite noun.
    # "The 124th Infantry Battalion, comprising 340 personnel, will deploy": a unit named by its number.
    r"The\s+(?:(?:new|first|second|third|fourth|next|last|final|remaining|other|latest|\d+(?:st|nd|rd|th))\s+)?"
    # "The first 80 of some 800 United Nations peacekeepers to be shifted from Sierra Leone to Liberia" (UN News,
    # under the headline "Bangladeshi troops shift ...": guide C3)
    r"(?:[\d,]+\s+of\s+(?:the\s+|some\s+|about\s+|around\s+|nearly\s+)?)?"
    r"(?:[\d,]+(?:-(?:member|strong))?\s+)?"
    r"(?:[A-Za-z-]+\s+){0,2}?(?i:contingent|battalion|unit|company|detachment|platoon|team|rotation|batch|flight|"
    r"group|echelon|wave|tranche|advance\s+party|main\s+body|deployments?|contributions?|"
    r"troops|soldiers|officers|peacekeepers|personnel|"
    r"police|gendarmes|engineers|observers)\b|"
    r"(?:(?:Currently|Now|Also|Still|Today)\s+)?(?i:has|have|had|contributes|contributed|deploys|deployed|sends|"
    r"sent|provides|provided|maintains|maintained|pledged|pledges|plans|will|offers|offered)\b)"
)


# Where most of a figure's people are: "most of them in southern Lebanon", "the bulk of them with UN missions".
# A figure followed by its parts: "1,300 soldiers in Mali, around 300 of them with EUTM Mali and the rest ...".
# "... most of the force, which numbers around 1,000 troops": the mission itself, before a relative clause.
_FORCE_NOUN_BEFORE = re.compile(r"\b(?:the|its)\s+(?:whole\s+|entire\s+|UN\s+|peacekeeping\s+)?"
                                r"(?:force|mission|operation)\s*$", re.IGNORECASE)


_UNIT_FROM_BEFORE = re.compile(
    r"\b(?:" + personnel.UNIT_RE.pattern + r"|troops|soldiers|peacekeepers|police|officers|personnel|contingents?)"
    r"\s+from\s+(?:the\s+)?$", re.IGNORECASE)


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


# -- who sends them ---------------------------------------------------------------------------------------------
# -- the sender rules: who sends the figure's personnel ---------------------------------------------------------
# Each returns None when it does not apply, else (countries, rule name); no countries when the sender is not one
# country or is unknown (no row: the name says why).
Senders = tuple[list[str], str] | None


def _sender_np(sc: SentenceContext, c: Candidate) -> Senders:
    in_np = next((x for x in sc.countries if c.np_start <= x.start < c.np_end and
                  not _in_spans(x.start, sc.mission_spans)), None)
    return ([in_np.iso3], "np") if in_np is not None else None


# "followed by Pakistan (9,401 personnel) and India (8,134 personnel.)" (Japan PKO ranking page): a country and
# its figure in parentheses.
_PAREN_OPEN = re.compile(r"\s*\(\s*")


def _sender_paren(sc: SentenceContext, c: Candidate) -> Senders:
    for x in sc.countries:
        if x.end > c.q.start:
            break
        if _PAREN_OPEN.fullmatch(sc.text, x.end, c.q.start) and not _in_spans(x.start, sc.mission_spans) and \
                not _is_destination(sc.text, x.start) and not _PLACE_BEFORE.search(sc.text, max(0, x.start - 30),
                                                                                   x.start):
            return [x.iso3], "paren"
    return None


def _sender_respectively(sc: SentenceContext, c: Candidate) -> Senders:
    if "respectively" not in sc.lowered:
        return None
    respective = _respective(sc).get(c.q.start)
    return ([respective], "respectively") if respective is not None else None


def _sender_regional(sc: SentenceContext, c: Candidate) -> Senders:
    if {m.lower().strip(".") for m in c.modifiers} & _NON_COUNTRY_SENDERS:
        return [], "regional"
    return None


def _sender_of_from(sc: SentenceContext, c: Candidate) -> Senders:
    after = _OF_FROM_AFTER.match(sc.text, c.np_end, min(sc.sent.end, c.np_end + 40))
    if not after:
        return None
    country = next((x for x in sc.countries if x.start == after.end()), None)
    # "withdrawn ... from Congo" names the host left, not the sender; so does "The UK is ready to transfer seven
    # policemen from Bosnia" (FCO Kosovo announcement): where they serve now.
    if country is None or (after.group("prep").lower() == "from" and (
            c.clause_status(sc.text)[0] == "withdrawn" or
            _TRANSFER_BEFORE.search(sc.text, max(c.clause[0], c.np_start - 40), c.np_start))):
        return None
    group = sc.coordinated(country, sc.sent.end)
    if len(group) > 1:  # "1,700 troops will come from Bangladesh and Nepal": a joint figure
        if _EACH.search(sc.text, sc.sent.start, sc.sent.end):
            return [x.iso3 for x in group], "each"
        return [], "joint_from"
    return [country.iso3], after.group("prep").lower()


def _sender_agent(sc: SentenceContext, c: Candidate) -> Senders:
    for x in sc.countries:
        if c.np_end <= x.start < c.clause[1] and _AGENT_BEFORE.search(sc.text, max(0, x.start - 24), x.start) and \
                not _LEADER_BEFORE.search(sc.text, max(0, x.start - 30), x.start):
            # "were deployed by Rwanda"; not when the clause names its subject before the figure ("Rwanda
            # deployed 850 troops, airlifted by US Air Force aircraft").
            if _subject_country(sc.text, [y for y in sc.countries if y.start >= c.clause[0]], c.np_start,
                                sc.mission_spans) is None:
                return [x.iso3], "agent"
            return None
    return None


def _sender_relative(sc: SentenceContext, c: Candidate) -> Senders:
    relative = _RELATIVE_SENDER.match(sc.text, c.np_end, c.clause[1])
    if relative is None:
        return None
    country = next((x for x in sc.countries if x.start == relative.end()), None)
    if country is not None and _RELATIVE_VERB.match(sc.text, country.end):
        return [country.iso3], "relative"  # "the 100-strong company that Zambia sent to ..."
    return None


def _sender_item(sc: SentenceContext, c: Candidate) -> Senders:
    item = _gapped_item(sc, c.np_start, c.clause)
    if item is None:
        return None
    if len(item) == 1:
        return [item[0].iso3], "item"
    if _EACH.search(sc.text, c.np_end, c.clause[1]):
        return [x.iso3 for x in item], "item_each"
    return [], "joint_item"


def _sender_mission_relative(sc: SentenceContext, c: Candidate) -> Senders:
    if _mission_relative(sc, c.np_start):
        return [], "mission_relative"  # "MINUSMA, which ... has about 12,000 troops": the mission's strength
    return None


def _sender_unit_from(sc: SentenceContext, c: Candidate) -> Senders:
    if c.clause_status(sc.text)[0] == "withdrawn":
        return None
    for x in sc.countries:
        if x.start >= c.np_start:
            break
        if x.start >= c.clause[0] and \
                _UNIT_FROM_BEFORE.search(sc.text, max(c.clause[0], x.start - 40), x.start) and \
                not _in_spans(x.start, sc.mission_spans):
            return [x.iso3], "unit_from"  # "A formed police unit from Ghana, comprising 160 officers, ..."
    return None


def _sender_relative_antecedent(sc: SentenceContext, c: Candidate) -> Senders:
    antecedent = _relative_antecedent(sc, c.clause)
    return ([antecedent.iso3], "relative_antecedent") if antecedent is not None else None


def _sender_subject(sc: SentenceContext, c: Candidate) -> Senders:
    """The subject of the figure's own clause ("..., and Benin has offered up to 2,000"), else of the sentence;
    a later country right before the figure's verb when the clauses are not told apart ("verb_subject": "Ireland
    will provide between 350 and 400 troops, Sweden will provide 200 troops")."""
    text, countries, spans = sc.text, sc.countries, sc.mission_spans
    subject = None
    if c.clause[0] > sc.sent.start:
        subject = _subject_country(text, [x for x in countries if x.start >= c.clause[0]], c.np_start, spans)
    subject = subject or _subject_country(text, countries, c.np_start, spans)
    if subject is None:
        return None
    group = sc.coordinated(subject, c.np_start)
    nearest = _verb_subject(sc, c)
    if nearest is not None and nearest.start > subject.start and all(nearest.iso3 != x.iso3 for x in group) and \
            not _COORDINATION.fullmatch(text, group[-1].end, nearest.start):
        return [nearest.iso3], "verb_subject"  # "Ireland will provide ..., Sweden will provide 200 troops"
    if len(group) == 1:
        if _LABEL_AFTER.match(text, subject.end):
            return [subject.iso3], "label"  # "- Lebanon: 870 infantry (UNIFIL)": perhaps a place
        return [subject.iso3], "subject"
    # "Burundi and Gabon have each contributed 850": one row each; a joint figure is nobody's.
    if _EACH.search(text, sc.sent.start, sc.sent.end):
        return list(dict.fromkeys(x.iso3 for x in group)), "subject_each"
    return [], "joint_subject"


# A country right before the verb that governs the figure: "Ireland will provide between 350 and 400 troops, Sweden
# will provide 200 troops, Austria will provide 160 troops" (Dáil debate on EUFOR Tchad/RCA).
_VERB_GAP = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}(?:provid\w*|sen[dt]s?|sending|deploy\w*|contribut\w*|pledg\w*|offer\w*|commit\w*|"
    r"dispatch\w*|maintain\w*|has|have|had)\s+(?:[a-z]+\s+){0,2}")


def _verb_subject(sc: SentenceContext, c: Candidate) -> CountryMention | None:
    last = None
    for x in sc.countries:
        if x.end > c.np_start:
            break
        last = x
    if last is None or last.start < c.clause[0] or _in_spans(last.start, sc.mission_spans) or \
            _is_destination(sc.text, last.start) or _PLACE_BEFORE.search(sc.text, max(0, last.start - 30), last.start):
        return None
    return last if _VERB_GAP.fullmatch(sc.text, last.end, c.np_start) else None


def _sender_fronted_with(sc: SentenceContext, c: Candidate) -> Senders:
    if not _FRONTED_WITH.match(sc.text[sc.sent.start:c.np_start]):
        return None
    country = sc.country_after(c.np_end)
    return ([country.iso3], "fronted_with") if country is not None else None


def _sender_speaker(sc: SentenceContext, c: Candidate) -> Senders:
    if not _FIRST_PERSON.search(sc.text, sc.sent.start, c.np_end):
        return None
    if _ATTRIBUTION.search(sc.text, c.np_end, sc.sent.end):
        country = sc.country_after(c.np_end)
        if country is not None:
            return [country.iso3], "speaker"
    if sc.home is not None:
        return [sc.home], "speaker_home"  # "Our total commitment to Lebanon is 210" (Irish Defence Forces)
    if sc.focus.country:
        return [sc.focus.country], "speaker_focus"
    return [], "speaker_unknown"


def _sender_pronoun(sc: SentenceContext, c: Candidate) -> Senders:
    """"It currently has about 2,000 troops": a pronoun takes the last sender named, unless an organisation is
    the subject ("The UN says it has 12,000 troops")."""
    if not sc.focus.country:
        # a national publisher's document: its own country may still send them (``publisher``)
        return None if sc.home is not None else ([], "no_focus")
    before = sc.text[sc.sent.start:c.np_start]
    pron = _PRONOUN_SUBJECT.search(before)
    org = _ORG_SUBJECT.search(before)
    if org is not None and (pron is None or org.start() < pron.start()):
        # a national publisher's own country may still send them, unless the organisation has them (``publisher``)
        return None if sc.home is not None else ([], "org_subject")
    if pron or _PARTITIVE_PRONOUN.match(sc.text, c.q.end) or _PARTITIVE_PART.match(sc.text, c.q.end):
        return [sc.focus.country], "pronoun"  # "It has ...", "30 of them", "30 of the personnel are women"
    return None


# A continuation reported by someone: "UNAMID reported that another 162 personnel are due to join the multi-role
# logistics unit tomorrow" (the Bangladeshi unit of the story), "the spokesman said a further 200 would follow".
_REPORTED_MORE = re.compile(
    r"[^.;:\n]{0,60}?\b(?:said|says|reported|reports|announced|added|confirmed|stated|noted)\s+(?:that\s+)?"
    r"(?i:another|a\s+further|an\s+additional|the\s+remaining)\b")


def _sender_continuation(sc: SentenceContext, c: Candidate) -> Senders:
    if not sc.focus.country or _subject_country(sc.text, sc.countries, sc.sent.end, sc.mission_spans) is not None:
        return None
    if _CONTINUATION.match(sc.text, sc.sent.start, sc.sent.end):
        return [sc.focus.story_country()], "continuation"
    reported = _REPORTED_MORE.match(sc.text, sc.sent.start, sc.sent.end)
    if reported is not None and (c.q.start <= reported.end() <= c.q.end or
                                 not sc.text[reported.end():c.q.start].strip()):  # the figure right after it
        return [sc.focus.story_country()], "continuation_reported"
    return None


# -- the publisher's own forces (``pipeline.extract.publishers``) --------------------------------------------------
# A national parliament, ministry or armed force speaks of its own country's forces without naming it.

# "23 members of the Defence Forces", "personnel from the ADF": the force right after the figure's noun.
_FORCE_AFTER = re.compile(r"\s+(?:of|from|in|with)\s+(?:the\s+|our\s+)?(?:[A-Za-z-]+\s+){0,2}?$")


# A mission or an organisation that has the figure: "UNMIL currently has nearly 15,000 uniformed personnel", "the
# mission is expected to have a total of 26,000": its strength, nobody's contribution.
_STRENGTH_VERB = re.compile(
    r"\b(?:has|have|had|comprises?|comprised|consists?|consisted|consisting|numbers?|numbered|totals?|totalled|"
    r"totaling|totalling|strength\w*|size|grow|grew|reach\w*|increase\w*|includ\w*|deployed|of)\b",
    re.IGNORECASE)


# People the publisher's forces train, carry or supply are not its own: "GPOI implementers ... training nearly
# 87,000 peacekeepers", "the Tactical Airlift Detachment transported 847 personnel", "helping to supply
# approximately 80,000 military and police personnel" (US and Canadian government pages).
_SERVICE_BEFORE = re.compile(
    r"\b(?:train\w*|transport\w*|airlift\w*|carr(?:y|ied|ying)|fl(?:y|ew|own)|ferr\w+|evacuat\w*|suppl(?:y|ied|ying)|"
    r"equip\w*|rescu\w+|host\w*|treat\w*)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


# A place personnel go to or serve in: "to the Somalia waters", "in southern Lebanon".
_PLACE_BEFORE = re.compile(r"\b(?:to|in|into|inside|within|across|throughout|toward|towards|at|near)\s+"
                           r"(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$", re.IGNORECASE)


def _home_alone(sc: SentenceContext, end: int | None = None, after: int | None = None) -> bool:
    """Whether the sentence (before ``end``, when given) names no country but the publisher's own, places its
    personnel go to or serve in ("in Lebanon", "to the Somalia waters", a capital: "at UNFICYP Headquarters,
    Nicosia") and countries inside a mission's name; after ``after``, when given, also a country "of" a place or
    people ("the reconstitution of South Sudan")."""
    places: list[CountryMention] = []  # the places so far, for a second one joined by "and"
    for x in sc.countries:
        if end is not None and x.start >= end:
            continue
        if _place(sc, x, places):
            places.append(x)
        elif not (x.iso3 == sc.home or (after is not None and x.start > after and
                                        _OF_PLACE_BEFORE.search(sc.text, max(0, x.start - 30), x.start))):
            return False
    return True


# The second of two places joined by "and": "mission to Chad and the Central African Republic" (real dev r11_009),
# "the United Nations Truce Supervision Organisation in Israel and Syria" (r11_040).
_AND_PLACE = re.compile(r"\s+and\s+(?:the\s+)?")


def _place(sc: SentenceContext, x: CountryMention, places: list[CountryMention]) -> bool:
    """Whether a country mention names a place (``_home_alone``): a capital, in a mission's name, a destination,
    after "in", "to" ..., or joined by "and" to the place right before it."""
    return x.kind == "capital" or _in_spans(x.start, sc.mission_spans) or _is_destination(sc.text, x.start) or \
        _PLACE_BEFORE.search(sc.text, max(0, x.start - 30), x.start) is not None or \
        (bool(places) and _AND_PLACE.fullmatch(sc.text, places[-1].end, x.start) is not None)


# After the figure and its noun phrase (``of_from`` reads "troops of Ghana"), "of" a country names a place or a
# people helped: "281 personnel are on duty since March 2013, acting as a beacon of hope for the reconstitution of
# South Sudan" (Korean defence ministry).
_OF_PLACE_BEFORE = re.compile(r"\b(?:the\s+)?\w+\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _mission_strength(sc: SentenceContext, c: Candidate) -> bool:
    """Whether a mission or an organisation before the figure in its clause has it: its strength."""
    owners = [m.end for m in sc.missions if c.clause[0] <= m.start < c.np_start]
    owners += [m.end() for m in _ORG_SUBJECT.finditer(sc.text, c.clause[0], c.np_start)]
    return any(_STRENGTH_VERB.search(sc.text, end, c.np_start) for end in owners) or \
        (bool(owners) and _TARGET_BEFORE.search(sc.text, c.clause[0], c.np_start) is not None)


# A strength to be reached: "the strengthening of the United Nations mechanised battalion in Kigali to 800
# personnel" (Hansard, UNAMIR).
_TARGET_BEFORE = re.compile(r"\b(?:strength\w*|increas\w*|rais(?:e|es|ed|ing)|boost\w*|expand\w*|reinforc\w*|"
                            r"bring\w*|brought)\b[^.;]{0,80}\bto\s+(?:\w+\s+)?$", re.IGNORECASE)


def _served(sc: SentenceContext, c: Candidate) -> bool:
    """Whether the figure counts people the publisher's forces train, carry or supply (``_SERVICE_BEFORE``)."""
    return _SERVICE_BEFORE.search(sc.text[max(c.clause[0], c.np_start - 60):c.np_start]) is not None


def _sender_force_np(sc: SentenceContext, c: Candidate) -> Senders:
    """The publisher's own forces named in the figure's noun phrase or right after it: "Eight ADF personnel",
    "seven RAAF personnel", "16 Army" (Australian publishers), "members of the Defence Forces"."""
    for start, end in publishers.force_mentions(sc.text, c.np_start, min(sc.sent.end, c.np_end + 40), sc.home):
        if start < c.np_end or _FORCE_AFTER.match(sc.text[c.np_end:start]):
            return [sc.home], "force_np"
    return None


def _sender_force_subject(sc: SentenceContext, c: Candidate) -> Senders:
    """The publisher's own forces named before the figure in a sentence that names no other sender: "The Defence
    Forces currently have 416 personnel serving overseas", "the CF maintains a contingent of seven UNMOs",
    "The current ADF commitment is 12 personnel"."""
    if not publishers.force_mentions(sc.text, sc.sent.start, c.np_start, sc.home) or \
            not _home_alone(sc, c.np_end) or _served(sc, c):
        return None
    return [sc.home], "force_subject"


def _sender_publisher(sc: SentenceContext, c: Candidate) -> Senders:
    """The last resort in a national publisher's document: a figure in a sentence that names no other sender and
    is not a mission's strength: "More than 3,500 personnel are committed to those operations" (a UK minister),
    "There are currently 276 personnel on duty" (Korean defence ministry)."""
    if sc.home is None or not _home_alone(sc, after=c.np_end + 20) or _mission_strength(sc, c) or _served(sc, c):
        return None
    return [sc.home], "publisher"


SENDER_RULES = check_table((
    Rule("np", "a country in the figure's noun phrase: '850 Nepalese troops'", _sender_np),
    Rule("paren", "a country and its figure in parentheses: 'followed by Pakistan (9,401 personnel) and India "
         "(8,134 personnel.)' (Japan PKO ranking)", _sender_paren),
    Rule("respectively", "'Chad and Bangladesh, with 1,400 and 1,300 troops respectively'", _sender_respectively),
    Rule("regional", "a sender that is not one country: '5,000 African troops' (no row)", _sender_regional),
    Rule("of_from", "the country after the noun: '850 troops from Nepal', 'soldiers of the PLA'; 'from Nepal and "
         "Bangladesh' is joint (no row) unless 'each'", _sender_of_from, ("from", "of", "each", "joint_from")),
    Rule("force_np", "the publisher's own forces in or after the noun phrase: 'Eight ADF personnel are currently "
         "employed with UK forces' (ABS Year Book), 'seven RAN, 16 Army and seven RAAF personnel'", _sender_force_np),
    Rule("agent", "the agent of a passive: 'were deployed by Rwanda'", _sender_agent),
    Rule("relative", "'the 100-strong company that Zambia sent'", _sender_relative),
    Rule("item", "a list item without its verb: '..., Burkina Faso two companies, and Togo and Mali a dozen "
         "officers each'", _sender_item, ("item", "item_each", "joint_item")),
    Rule("mission_relative", "'MINUSMA, which ... has about 12,000 troops': the mission's strength (no row)",
         _sender_mission_relative),
    Rule("unit_from", "'A formed police unit from Ghana, comprising 160 officers'", _sender_unit_from),
    Rule("relative_antecedent", "'..., and Egypt, which has pledged another 800'", _sender_relative_antecedent),
    Rule("anaphoric_size", "'that number will reduce to around 7,000': the story's country (real dev r3_038; "
         "``changes_to``)", _sender_anaphoric_size),
    Rule("subject", "the subject of the figure's clause, else of its sentence; a line's label; 'each' of several",
         _sender_subject, ("subject", "label", "subject_each", "joint_subject", "verb_subject")),
    Rule("fronted_with", "'With 1,300 uniformed personnel, Ghana is among the top ten'", _sender_fronted_with),
    Rule("force_subject", "the publisher's own forces before the figure, no other sender named: 'The Defence "
         "Forces currently have 416 personnel serving overseas', 'the CF maintains a contingent of seven UNMOs'",
         _sender_force_subject),
    Rule("speaker", "first person: the country of the speaker ('we have 800 troops, the Kenyan minister said'), "
         "else the publisher's ('Our total commitment to Lebanon is 210', Irish Defence Forces), else the story's",
         _sender_speaker, ("speaker", "speaker_home", "speaker_focus", "speaker_unknown")),
    Rule("story_force", "a definite unit before any sender is in focus: the one nationality whose forces the document "
         "named ('The 700-strong battalion ... arrived' after 'the Chinese Peacekeeping Infantry Battalion', 'The first "
         "contingent consisted of 1,074 troops' after 'drawn from the Indonesian military': real dev r2_049, r8_110)",
         _sender_story_force),
    Rule("unit_after", "no sender before the figure, one nationality's unit or contribution after it: 'the deployment "
         "of 600 engineers to Namibia ... as the Australian contribution to UNTAG' (real dev r9_081, r9_059, r10_015)",
         _sender_unit_after),
    Rule("pronoun", "'It currently has about 2,000 troops', '30 of them': the last sender named; not after an "
         "organisation as subject", _sender_pronoun, ("pronoun", "no_focus", "org_subject")),
    Rule("continuation", "'Another 350 troops will follow in July', 'UNAMID reported that another 162 personnel "
         "are due to join': the story's country", _sender_continuation, ("continuation", "continuation_reported")),
    Rule("publisher", "a national publisher's own country, when the sentence names no other and no mission has "
         "the figure: 'More than 3,500 personnel are committed to those operations' (Hansard)", _sender_publisher),
))


def find_senders(sc: SentenceContext, c: Candidate) -> tuple[list[str], str]:
    """The countries that send the figure's personnel (one, or several that "each" send as many), and the rule
    that found them (``SENDER_RULES`` in order); none when the sender is not one country or is unknown."""
    for rule in SENDER_RULES:
        found = rule.fn(sc, c)
        if found is not None:
            note("sender", rule.name, found[1], c.q.start)
            return found
    note("sender", "no_sender", "no_sender", c.q.start)
    return [], "no_sender"


def _mission_relative(sc, np_start: int) -> bool:
    """Whether the figure stands in a relative clause about a mission ("MINUSMA, which was set up in 2013 and
    has about 12,000 troops"), with no country named between the mission and the figure."""
    lead = None
    for lead in _RELATIVE_LEAD.finditer(sc.text, sc.sent.start, np_start):
        pass
    if lead is None:
        return False
    comma = lead.start()
    if any(comma <= c.start < np_start for c in sc.countries) or \
            _PRONOUN_SUBJECT.search(sc.text, lead.end(), np_start):
        return False  # "MINUSMA, which it joined with 1,400 troops": the pronoun's country sends them
    return any(m.end <= comma and not sc.text[m.end:comma].strip(" )") for m in sc.missions) or \
        _FORCE_NOUN_BEFORE.search(sc.text, max(sc.sent.start, comma - 30), comma) is not None


def _relative_antecedent(sc, clause: tuple[int, int]) -> CountryMention | None:
    """The country a relative clause holding the figure is about: "Egypt, which has pledged another 800"."""
    lead = _RELATIVE_LEAD.search(sc.text, max(sc.sent.start, clause[0] - 10), min(sc.sent.end, clause[0] + 8))
    if lead is None:
        return None
    comma = lead.start()
    country = next((c for c in reversed(sc.countries) if c.end <= comma), None)
    if country is None or sc.text[country.end:comma].strip() or _in_spans(country.start, sc.mission_spans):
        return None
    return country


def _gapped_item(sc, np_start: int, clause: tuple[int, int]) -> list[CountryMention] | None:
    """The countries of a list item whose verb is left out, right before the figure: "Niger has sent a
    650-strong battalion, Burkina Faso two companies, and Guinea and Togo a dozen advisers each"."""
    text = sc.text
    group: list[CountryMention] = []
    for c in reversed(sc.countries):
        if c.end > np_start or c.start < clause[0]:
            continue
        gap = text[c.end:group[0].start] if group else text[c.end:np_start]
        if not (_COORDINATION.fullmatch(gap) if group else _ITEM_GAP.fullmatch(gap)):
            break
        if _in_spans(c.start, sc.mission_spans):
            return None
        group.insert(0, c)
    if not group or not _ITEM_START.search(text, max(clause[0], group[0].start - 8), group[0].start):
        return None
    return list({c.iso3: c for c in group}.values())


def _respective(sc) -> dict[int, str]:
    """"Chad and Bangladesh, with 1,400 and 1,300 troops respectively": figure start -> its country, pairing
    the coordinated figures before "respectively" with the coordinated countries before them, in order."""
    if sc.respectively_cache is None:
        sc.respectively_cache = {}
        m = _RESPECTIVELY.search(sc.text, sc.sent.start, sc.sent.end)
        figures = [f for f in sc.figures if m is not None and f[1] <= m.start()]
        run = figures[-1:]
        for f in reversed(figures[:-1]):  # the figures joined by "and" or commas right before "respectively"
            if not _COORDINATION.fullmatch(sc.text, f[1], run[0][0]):
                break
            run.insert(0, f)
        if len(run) >= 2:
            for c in sc.countries:
                if c.start >= run[0][0]:
                    break
                group = sc.coordinated(c, run[0][0])
                if len(group) == len(run):
                    sc.respectively_cache = {f[0]: g.iso3 for f, g in zip(run, group)}
                    break
    return sc.respectively_cache

