"""Dated events: one row per date expression of a sentence that dates a happening.

``extract_events(text, sentences, countries, missions, dates, ctx)`` takes the mentions that the other
extractors found in a document (all with offsets into ``text``) and returns :class:`Event` rows.

How a row is made, sentence by sentence (only sentences that hold a date are looked at; the dates are already
known, so mapping them to sentences is the cheap prefilter):

1. **Which dates are not events.** Citations (the date is followed by ``p. 8``, a URL or *accessed*, sits in a
   parenthesis after a publisher's colon, or follows a quoted title or a newspaper's name), datelines
   (``NEW YORK, May 22 (Reuters) -``) and *published/updated* stamps, dates inside a quoted title in Title
   Case, comparisons (``as many as it had in 2000``, ``than in 2012``, ``compared with 2011``), dates used as
   adjectives of a noun (``Beijing's 2004 expansion``, ``the 24 December 2013 resolution``), decades, dates of a
   state (``as of December 2020``), and ``until`` dates (``extended the mandate until 31 August 2014`` bounds a
   state, it dates no happening); a year in parentheses after a document's number (``2687 (2023)``,
   ``COMM.1068 (2022)``). A date that qualifies an event noun dates that event (``seized power in a 1994 coup``,
   ``after the Dec. 1 election``: other; ``the 2012 attacks``: attack; ``the 2011 invasion``: intervention), and
   the date of a resolution (``resolution 2098 of 28 March 2013``) dates a mandate, whatever the verb. A
   ``since`` date does not date a tally of victims (``53 soldiers have been killed since 2013``, ``lost their
   lives since``, ``the 71 missions established since 1948``) nor a ceremony (``paid tribute to those who have
   died since 1978``); attacks that go on do (``armed groups have killed 500 civilians since 2016``).
2. **Binding a date to its verb.** The sentence is cut into clauses (at commas, semicolons, dashes and
   *when/which/who/while/because/but/...*, never inside a date). A date takes the nearest trigger before it
   in its own clause (a date after its verb modifies that verb), else the nearest after it; a clause that
   holds only the date (``In January 2012, China deployed``) borrows from the next clause when it opens the
   sentence, else from the previous one. A clause with no verb of its own (``..., and from 2016 with MINUSMA``)
   or one that opens with its verb (``..., is planned for March``: its subject is clauses before) walks back
   through all earlier clauses to the sentence's verb, unless the date follows a relative clause's own verb
   (``ending a contribution that began in 2001``). A clause with a state verb and no trigger (``today
   comprises 44 observers``, ``which had 2,000 troops``) dates a state: no row. A trigger before the date with
   *that/which* between them does not take it (``signed an agreement that had been under negotiation since
   2011``). Light verbs (*took place, occurred, is planned for, is scheduled for*) yield to an event noun of
   their clause (``the transfer of authority ... took place``), else of the clauses before (``The next
   rotation, ..., is planned for March``). A present participle counts only after an auxiliary (``had been
   providing``, ``began participating``), not as a noun modifier (``peacekeepers participating``); a past
   participle after a determiner is an adjective (``Ghana's deployed personnel``). When the trigger is a
   statement verb (*said*, *told*, *announced*, *informed*), the date dates a statement and gives no row, except
   when the statement announces a withdrawal or a suspension that has no date of its own (``India said on
   Wednesday it would withdraw its troops``, ``Britain will withdraw ..., the minister told parliament on
   Monday``, ``France on Thursday announced a withdrawal``): that dates the decision, a withdrawal row. A dated
   statement that a country would send, deploy or increase its contingent (``Chirac said on Aug. 24 France would
   deploy two more battalions``) is its pledge, dated by the statement, unless the sending has a date of its own
   (then the sending is the row). Two dates of one happening
   (``withdrew ... in 2021 and 2022``) give one row, dated by the first. A ``when`` clause with an event of its
   own and no date of its own happened at the date of the clause before it (``It sent 1,200 soldiers in 2013,
   when MINUSMA took over``: a deployment and a handover), unless both events have one type or that date is a
   ``since`` date.
3. **Type.** From the trigger (the sentence scan finds a stem; a small expression of the alternatives that start
   with it reads the trigger; they are listed below in priority order). A deployment whose clause speaks of an
   evacuation is ``other`` (a noncombatant evacuation is not a peace operation); *joined* is a deployment when a
   mission or force follows, else ``other`` (*joined the United Nations*). Ambiguous words are confirmed by what
   surrounds them: *extend/renew* and *contributed to/participated in* need a mission right after (``agreed to
   extend ECOMIG``, ``has contributed to UNIFIL since 2006``); *replaced/succeeded* a mission or force in the
   clause; *adopted* a resolution before it; *closed* a mission as its subject (``UNOCI closed``, ``before it
   closed`` in a sentence about a mission), and a closing followed by ``and was replaced by`` is a handover;
   *opened/inaugurated* a centre, base or office; *demanded/ordered/asked* a departure after it (``demanded that
   the mission leave``); *gone/struck/planned for* a form of *be* before. Movements need people in uniform (or a
   country) as subject (``the plane left`` is nothing): leaving or departing *for* a place is a deployment;
   leaving a country other than the actor's a withdrawal (``Germany's peacekeepers left Mali``), the actor's own a
   deployment; *left/leave* with neither a destination nor a place left is no trigger; arriving or landing in the
   actor's own country is a return (withdrawal, ``landed ... in northern Germany``), elsewhere a deployment.
   *brought home, flew out, returned home, vacated, must be gone, the departure of, rotated out, exit* are
   withdrawals; *paid tribute, laid a wreath, a meeting held, awarded medals, marked the Day* ceremonies and
   meetings, *cut its payments, suspend its participation* funding decisions, *took effect, broke out* other;
   an outbreak of fighting or violence (``fighting erupted``) is an attack unless the sentence speaks of a war.
   *posted to* is a deployment, troops that *crossed into* a country or *the border* intervene. A unit bound
   for a mission or a foreign country that departs *from* a place no country finder knows (``the force to
   Lebanon departed from Jinan``) deploys; leaving a mission named in full withdraws; vehicles, equipment or
   supplies that arrive are ``other``. Round 4: a legislature approving a sending (``approved by the Dáil``,
   ``Parliament voted to send``) is a pledge, the Security Council approving or voting unanimously a mandate, as
   is a mission ``created in`` a year; a person who *has commanded/headed* a force since a date holds an
   appointment, a country that takes over command *from* another a handover; *defeated the rebels* and air
   power attacking (``NATO aircraft attacked``) intervene; hostages (*seized by, taken hostage*), a convoy that
   *struck an IED* and a town that *fell to* rebels are attacks; *sent home* is a withdrawal; a date that
   qualifies an agreement, a treaty or an earthquake dates an ``other`` event. A presence
   kept since a date (``has had a continuous presence in UNIFIL since 1978``, ``has kept a contingent``,
   ``a contributor to UN peacekeeping since 1960``) is a deployment dated by the ``since`` date, never by
   another. A demand's deadline after the departure it asks for (``asked the mission to complete the withdrawal
   ... by December 31``) dates a withdrawal. A capitalised noun between capitalised words is part of a name, no
   trigger (``the Force Intervention Brigade``).
4. **Actor.** The subject of the trigger's clause: the first country (name, capital, armed force like PLA,
   demonym), organisation (UN, AU, ECOWAS, EU, NATO...) or mission between the clause start and the trigger that
   no preposition introduces; a unit or a share "of" a demonym is the subject too (``a contingent of 200 Kenyan
   police officers landed``). A relative clause (``France, which intervened``) takes the entity just before
   *which/who*; a clause that opens with its verb after a relative clause the entity before that (``Mali's junta,
   which had turned to mercenaries, demanded``); a participle between commas (``resolution 2687, adopted in
   June,``, ``UNMOGIP, set up in 1949,``) the entity that ends the noun phrase before it, else nobody. Without an
   entity before the verb: a pronoun or a definite description (``it``, ``the contingent``) takes the sentence's
   first subject, else the previous sentence's subject (up to three sentences back); a mission (``the mission``,
   ``the U.N. force``) or a bare noun (``Jihadists``, ``separatist rebels``) gives no country. A mission or an
   organisation as subject gives ``actor_iso3=None`` (``actor_organisation`` from
   ``ctx.extra["mission_organisation"]`` for a mission, when the caller provides that mapping). In a passive
   attack (``peacekeepers were killed``, ``lost their lives``) the subject is the victim: the actor is the agent after *by*, else
   unknown. A closing mission has no country actor.
5. **Mission.** The subject when it is a mission; else a mission of the date's own clause when the trigger is in
   another, else a mission of the trigger's clause, else the nearest of the sentence outside clauses that hold an
   event of their own. For a handover the mission is the one taking over: a mention after *from* (the
   predecessor), or the object of an active *replaced*, is skipped, and the mission after *absorbed into* or a
   passive *replaced by* is taken. A handover "to UN peacekeepers/the UN force" with no mission named takes the
   document's focus mission (the one it mentions most, ties to the first mentioned). A sentence that names no
   mission but refers to one (``the mission``, ``the U.N. force``, ``a UN peacekeeping camp``) takes the mission
   named last before it (within 1,500 characters), else the focus mission.
6. **Planned.** A future marker in the trigger's clause (*will, plans to, hopes to, is expected to, would,
   must*) or a date after the publication date makes ``is_planned=True``.
7. **Location.** The first country after the trigger, in its clause, that *in/to/into/across* introduces or
   that is the object of *invaded/attacked*.

Rule names go into ``Event.extractor`` as ``events.v3:<type>_<rule>``.

Why rules and not a parser: a dependency parser (spaCy) would bind verbs better but runs at a few hundred
kB/s, far below the 5 MB/s budget, and is a heavy new dependency; the sentences of this corpus are regular
enough for clause cutting and trigger lexicons.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.extract import lexicon
from pipeline.extract.dates import is_future_text
from pipeline.extract.regex_trie import word_trie
from pipeline.extract.types import (
    CountryMention,
    DateMention,
    DocumentContext,
    Event,
    MissionMention,
    PartialDate,
    Sentence,
)

__all__ = ["extract_events"]

VERSION = "events.v4"

# ---------------------------------------------------------------------------------------------------------
# Triggers: one combined expression, alternatives in priority order (at one position the first one wins, so
# "took over command" is an appointment before it is a handover, "offered to send" a pledge before a
# deployment). Group names are "<type>__<rule>".
# ---------------------------------------------------------------------------------------------------------

_W = r"(?:[\w’'-]+\s+)"  # one word and its space
_ROLES = r"(?:commander|head|chief|leader|director|representative|envoy|coordinator)"
_PERSONNEL = (r"(?:troops|soldiers|peacekeepers|personnel|police|units?|battalions?|compan(?:y|ies)|contingents?"
              r"|sending|deploying|contributing)")
_SEND = r"(?:send|deploy|contribute|provide)"
_OPERATIONS = r"(?:\w+\s+){0,2}?(?:operations|patrols|missions|escorts?)"
_OPERATIONS_IN = r"(?:\w+\s+){0,3}?(?:missions?|operations?|peacekeeping|PKOs?|forces?)\b"
# "contributed its first peacekeepers", "contributing Chinese formed police units"
_TROOPS = (r"(?:[\w’'-]+\s+){0,4}?(?:troops|soldiers|peacekeepers|personnel|police|units?|battalions?|compan(?:y|ies)"
           r"|contingents?|forces|engineers|medics|observers|officers|staff|helicopters|aircraft|infantry)\b")
_NOT_MAIL = (r"(?!\s+(?:[\w’'-]+\s+){0,2}?(?:letters?|messages?|notes?|requests?|invitations?|reports?|signals?"
             r"|e-?mails?|statements?|communications?|condolences)\b)")  # "sent a letter"
_MANDATE_OBJECT = r"(?:[\w’'-]+\s+){0,3}?(?:mandates?|missions?|deployments?|presence|authori[sz]ations?|operations?)\b"
# Each branch starts with a literal stem in lower case; the stems make the anchor trie below.
_TRIGGERS: list[tuple[str, str, tuple[str, ...]]] = [
    ("statement", "pledge_announced", (rf"announc(?:ed|es|ing)\s+(?:that\s+)?(?:it|they|\w+)\s+would\s+{_SEND}",)),
    ("appointment", "command", (r"assum(?:ed|es|e|ing)\s+(?:the\s+)?command",
                                r"took(?:\s+over)?\s+(?:the\s+)?command",
                                r"tak(?:es?|ing)(?:\s+over)?\s+(?:the\s+)?command",
                                # "has commanded the force since June 2013", "has headed the mission since 2013"
                                # (a country that commands a force is rarer in news than a general who does)
                                rf"command(?:ed|s)\s+(?:the\s+)?{_W}{{0,4}}?(?:force|mission|operation|contingent"
                                r"|brigade|battalion|troops)\b",
                                rf"head(?:ed|s)\s+(?:the\s+)?{_W}{{0,4}}?(?:force|mission|operation)\b")),
    ("appointment", "served_as", (rf"serv(?:ed|es|ing)\s+as\s+(?:the\s+)?{_W}{{0,3}}?{_ROLES}",)),
    ("appointment", "became", (rf"bec(?:ame|omes?)\s+(?:the\s+)?{_W}{{0,3}}?{_ROLES}",)),
    ("appointment", "appointed", (r"appoint(?:ed|s|ing|ment)?", r"nominat(?:ed|es|ion)", r"sworn\s+in",
                                  r"named\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:head|chief|commander|force|special"
                                  r"|acting|deputy)")),
    ("pledge", "offer", (rf"offer(?:ed|s|ing)?(?:\s+to\s+{_SEND})?", rf"pledg(?:ed|es|e|ing)(?:\s+to\s+{_SEND})?",
                         rf"promis(?:ed|es|e|ing)(?:\s+to\s+{_SEND})?",
                         rf"commit(?:ted|s|ting)?\s+(?:to\s+)?{_W}{{0,3}}?{_PERSONNEL}", rf"agreed\s+to\s+{_SEND}",
                         # "the deployment was approved by the Dáil", "Parliament voted on Sept. 5 to send troops":
                         # a legislature's approval of a sending is a pledge (the Security Council's is a mandate)
                         r"approv(?:ed|al)\s+(?:of\s+|by\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:D[áa]il|parliament"
                         r"|senate|congress|bundestag|national\s+assembly|legislature|lawmakers|cabinet)\b",
                         *(rf"{body}\s+(?:\w+\s+)?(?:voted|approved|authori[sz]ed)\b"
                           for body in ("parliament", "lawmakers", "legislators", "senate", "congress", "bundestag"))
                         )),
    ("handover", "handover", (r"hand(?:s|ed|ing)?\s+over", r"handover", r"hand-over",
                              r"took\s+over", r"tak(?:es?|en|ing)\s+over",
                              r"transfer(?:red|ring|s)?\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(?:authority"
                              r"|responsibilit\w+|command|control)",
                              r"transition(?:ed|ing)?\s+(?:to|into|from)", r"re-?hatt(?:ed|ing)",
                              r"assum(?:ed|es|e|ing)\s+(?:\w+\s+)?responsibilit\w+")),
    # "ATMIS replaced AMISOM", "was succeeded by UNSMIH": only with a mission or a force in the clause (checked).
    ("handover", "replace", (r"replac(?:ed|es|ing)", r"succeed(?:ed|s)(?!\s+in\b)", r"supersed(?:ed|es)")),
    # "AMIS was absorbed into UNAMID": the mission after "into" takes over.
    ("handover", "absorbed", (r"absorb(?:ed|s)\s+into", r"merged\s+into", r"subsumed\s+into", r"folded\s+into")),
    ("other", "relations", (r"establish(?:ed|es|ing|ment)?\s+(?:\w+\s+){0,2}?(?:relations|ties)",)),
    ("mandate", "mandate", (r"establish(?:ed|es|ing|ment)?", r"authori[sz](?:ed|es|e|ing|ation)", r"mandat(?:ed|e)\b",
                            rf"extend(?:ed|s|ing)?\s+{_MANDATE_OBJECT}", rf"extension\s+{_MANDATE_OBJECT}",
                            rf"renew(?:ed|s|al|ing)?\s+{_MANDATE_OBJECT}", rf"creat(?:ed|es|ion)\s+{_MANDATE_OBJECT}",
                            r"set\s+up", r"created(?=\s+(?:in|on|by)\b)",
                            r"vot(?:ed|es|e|ing)\s+unanimously",
                            r"approv(?:ed|es|al)\s+(?:of\s+|by\s+)?(?:the\s+)?(?:U\.N\.\s+|UN\s+|United\s+Nations\s+)?"
                            r"Security\s+Council",
                            r"vot(?:ed|es|e|ing)\s+(?:unanimously\s+)?(?:to|for|on)", r"adopt(?:ed|s|ing)\s+resolution",
                            r"adoption\s+(?:[\w’'-]+\s+){0,4}?resolutions?\b",
                            rf"approv(?:ed|es|e|al|ing)\s+(?:of\s+)?(?:the\s+)?{_MANDATE_OBJECT}",
                            rf"endors(?:ed|es|e|ement|ing)\s+(?:of\s+)?(?:the\s+)?{_MANDATE_OBJECT}")),
    # "resolution 2687, adopted in June": only after a resolution (checked).
    ("mandate", "adopted", (r"adopted",)),
    # "agreed to extend ECOMIG": only when a mission follows (checked).
    ("mandate", "extend_mission", (r"extend(?:ed|s|ing)?", r"renew(?:ed|s|ing)?")),
    ("intervention", "intervention", (r"interven(?:ed|es|e|ing|tions?)", r"invad(?:ed|es|e|ing)", r"invasion",
                                      r"cross(?:ed|es)\s+(?:the\s+border|into)\b",
                                      rf"fought\s+(?:a|an|the)?\s*{_W}{{0,2}}?wars?",
                                      r"wag(?:ed|es|ing)\s+(?:a\s+)?(?:war|campaign)",
                                      r"defeat(?:ed|s|ing)?\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:rebels?|rebellion"
                                      r"|militants?|militias?|insurgen\w+|armed\s+groups?|jihadists?|fighters)\b",
                                      r"launch(?:ed|es|ing)?\s+(?:a\s+|an\s+|its\s+)?(?:\w+\s+){0,2}?(?:offensive"
                                      r"|operation|intervention|air\s?strikes|strikes|campaign|incursion)")),
    ("attack", "attack", (r"attack(?:ed|s|ing)?", r"ambush(?:ed|es)?", r"assault(?:ed|s)?", r"raid(?:ed|s)",
                          r"shell(?:ed|ing)", r"bomb(?:ed|ing|ings)", r"kill(?:ed|ing)", r"wounded", r"injured",
                          r"kidnapp(?:ed|ing)", r"abduct(?:ed|ion)", r"came\s+under\s+(?:attack|fire)",
                          r"struck\s+by", r"hit\s+by", r"clash(?:ed|es)", r"lost\s+their\s+lives",
                          *(rf"{verb}\s+(?:a|an|the|its|their|two|three|several)\s+{_W}{{0,2}}?(?:convoy|patrol|base"
                            r"|camp|vehicle|position|compound|helicopter|plane|device|IED|mine|landmine|bomb)s?\b"
                            for verb in ("struck", "hit")),
                          r"seized\s+by", r"taken\s+hostage", r"held\s+hostage", r"fell\s+to\b",
                          r"overr(?:an|un|uns|unning)", r"storm(?:ed|ing)", r"open(?:ed|s|ing)?\s+fire",
                          r"return(?:ed|s|ing)?\s+fire")),
    ("attack", "struck", (r"struck",)),  # "a convoy was struck on Monday" (checked: after a form of "be")
    ("withdrawal", "withdrawal", (r"withdr(?:ew|awn|aws|awing|awal|aw)", r"pull(?:ed|s|ing)?\s+(?:out|back)",
                                  r"pull-?out", r"repatriat(?:ed|es|e|ion|ing)", r"dr(?:ew|awn|awing)\s+down",
                                  r"drawdown", r"terminat(?:ed|es|e|ion)", r"rotat(?:ed|es|ing)\s+(?:out|home)\b",
                                  r"exit(?:ed|s|ing)?(?=\s+(?:from\s+)?(?:the\s+country\b|(?-i:[A-Z])))", r"left\s+the\s+(?:country|mission)",
                                  r"scal(?:ed|es|ing)\s+(?:back|down)", r"wound\s+down", r"wind(?:s|ing)?\s+down",
                                  r"sent\s+(?:back\s+)?home\b", r"send(?:s|ing)?\s+(?:[\w’'-]+\s+){0,3}?home\b",
                                  r"end(?:ed|s|ing)?\s+(?:its|their|his|her|our|the)\s+(?:[\w’'-]+\s+){0,3}?"
                                  r"(?:participation|deployment|presence|involvement|engagement|mission|operations)\b",
                                  *(rf"{verb}\s+(?:its|their)\s+(?:\w+\s+)?(?:footprint|presence|contingents?|troops"
                                    r"|forces|personnel|deployment)\b"
                                    for verb in (r"reduc(?:ed|es|e|ing)", r"cut(?:s|ting)?")),
                                  r"brought\s+(?:[\w’'-]+\s+){0,5}?(?:home|back)\b",
                                  r"bring(?:s|ing)?\s+(?:[\w’'-]+\s+){0,5}?(?:home|back)\b",
                                  r"flew\s+(?:back\s+)?(?:out|home)\b", r"flown\s+(?:back\s+)?(?:out|home)\b",
                                  r"return(?:ed|s|ing)?\s+(?:back\s+)?home\b",
                                  r"vacat(?:ed|es|ing)(?!\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:posts?|seats?|office"
                                  r"|positions?)\b)")),
    ("withdrawal", "gone", (r"gone",)),  # "must be gone by 31 December" (checked: after a form of "be")
    # A mission closing ("UNMIL closed in March 2018", "the closure of UNOCI"): only with a mission (checked).
    ("withdrawal", "closure", (r"clos(?:ed|es|ing|ure)",)),
    # "has had a continuous presence in UNIFIL since 1978", "Since May 2006, it has kept a contingent",
    # "Ghana, a contributor to UN peacekeeping since 1960": only with a "since" date (checked in extract_events).
    ("deployment", "presence_since", (*(rf"{verb}\s+(?:a\s+|an\s+|its\s+|their\s+|the\s+)?(?:[\w’'-]+\s+){{0,2}}?"
                                        r"(?:presence|contingents?|battalions?|troops|units?|peacekeepers"
                                        r"|compan(?:y|ies)|backbone)\b"
                                        for verb in ("kept", r"keep(?:s|ing)?", r"maintain(?:ed|s|ing)?", "had",
                                                     r"provid(?:ed|es|ing)")),
                                      # "has had a continuous presence": the noun (not "has", a stem too frequent)
                                      r"presence\b",
                                      r"contributors?\s+(?:of\s+\w+\s+)?(?:to|in)\b")),
    ("deployment", "join_mission", (rf"join(?:ed|s|ing)?\s+(?:the\s+)?{_W}{{0,4}}?(?:missions?|forces?"
                                    r"|peacekeep\w*|operations?|contingents?)\b",)),
    # "formally launched its mission, known as SAMIM, on July 15": operations begin (authorising is a mandate).
    ("deployment", "deploy", (r"deploy(?:ed|s|ing|ments?)?", r"launch(?:ed|es|ing)?\s+(?:the\s+|its\s+|their\s+)?"
                              r"(?:\w+\s+){0,3}?mission", r"serv(?:ed|es|e|ing)\s+(?:in|with|under|on)\b",
                              r"beg[au]n\s+(?:its\s+|their\s+)?operations",
                              r"start(?:ed|s)?\s+(?:its\s+|their\s+)?operations",
                              r"commenc(?:ed|es)\s+(?:its\s+|their\s+)?operations", r"became\s+operational",
                              r"dispatch(?:ed|es|ing)?", rf"sent{_NOT_MAIL}", rf"send(?:s|ing)?{_NOT_MAIL}",
                              rf"contribut(?:ed|es|e|ing)\s+{_TROOPS}",
                              r"provid(?:ed|es|e|ing)\s+(?:\w+\s+){0,2}?(?:security|troops|soldiers|peacekeepers"
                              r"|personnel|police|protection|units?|engineers|support)",
                              r"stationed", r"rotat(?:ed|es|e|ing|ions?)", r"reinforc(?:ed|es|e|ing|ements?)",
                              rf"led\s+(?:the\s+|a\s+|an\s+)?{_W}{{0,4}}?(?:force|mission|operation|coalition)\b",
                              rf"participat(?:ed|ing|ion|es|e)\s+in\s+{_OPERATIONS_IN}",
                              rf"took\s+part\s+in\s+{_OPERATIONS_IN}", rf"tak(?:ing|es?)\s+part\s+in\s+{_OPERATIONS_IN}",
                              rf"sustain(?:ed|s|ing)?\s+{_OPERATIONS}", rf"conduct(?:ed|s|ing)?\s+{_OPERATIONS}",
                              rf"carri(?:ed|es)\s+out\s+{_OPERATIONS}", r"patrol(?:led|s|ling)",
                              r"escort(?:ed|ing)", r"posted\s+to\b")),
    # "has been a troop contributor since 1960"; "have been in Somalia since 2007" (checked: a country or a mission
    # follows).
    ("deployment", "contributor", (r"been\s+(?:a|an|one\s+of\s+the)\s+(?:[\w’'-]+\s+){0,4}?contributors?\b",)),
    ("deployment", "presence", (r"been\s+(?:present\s+|based\s+|stationed\s+)?in\b",)),
    # "has contributed to UNIFIL since 2006", "has participated in UNTSO": only when a mission follows (checked).
    ("deployment", "contribute_mission", (r"contribut(?:ed|es|e|ing)\s+to", r"participat(?:ed|ing|es|e)\s+in",
                                          r"led(?!\s+to\b)")),
    # Movements: arriving or landing at home is a return; leaving for a place a deployment, leaving the host a
    # withdrawal (decided from the actor and the place; see _movement).
    ("deployment", "arrive", (r"arriv(?:ed|es|al|e|ing)", r"land(?:ed|s|ing)",
                              r"return(?:ed|s|ing)?(?=\s+(?:to|from)\b)")),
    ("deployment", "depart", (r"depart(?:ed|s|ing|ure)?", r"left", r"leav(?:e|es|ing)")),
    ("other", "ceremony", (r"paid\s+(?:\w+\s+){0,2}?tributes?", r"pay(?:s|ing)?\s+(?:\w+\s+){0,2}?tributes?",
                           r"laid\s+(?:a\s+)?wreaths?", r"lay(?:s|ing)?\s+(?:a\s+)?wreaths?",
                           r"commemorat(?:ed|es|ing|ion)", r"honou?r(?:ed|s|ing)", r"observed\s+(?:a\s+)?(?:minute"
                           r"|moment)", r"held\s+(?:a\s+|an\s+|its\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?(?:ceremony|service|commemoration"
                           r"|parade|meeting|conference|summit|session|debate|talks)\b",
                           # "at its 1168th meeting held on 14 August 2023", "May 29 marked the International Day"
                           *(rf"{noun}\s+(?:was\s+)?held\b"
                             for noun in ("meeting", "conference", "summit", "session", "debate", "ceremony", "parade")),
                           r"award(?:ed|s)\s+(?:[\w’'-]+\s+){0,4}?medals?\b",
                           r"mark(?:ed|s)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:Day|anniversary)\b")),
    ("other", "funding", (r"cut(?:s|ting)?\s+(?:[\w’'-]+\s+){0,2}?(?:payments?|funding|funds|contributions?|budgets?"
                          r"|allowances|stipends|aid|support)\b",
                          r"suspend(?:ed|s|ing)?\s+(?:[\w’'-]+\s+){0,2}?(?:payments?|funding|funds|contributions?|aid"
                          r"|support|allowances|stipends|cooperation|rotations|flights|deployments?|operations"
                          r"|patrols|participation)\b")),
    # "opened in 2004": a centre, a base, an office (checked).
    ("other", "opening", (r"open(?:ed|s)", r"inaugurat(?:ed|es|ion)")),
    # "demanded in June that the mission leave", "ordered a halt to all rotations": a demand that a force leave or
    # stop (checked).
    ("other", "demand", (r"demand(?:ed|s)", r"order(?:ed|s)", r"request(?:ed|s)", r"ask(?:ed|s)",
                            r"expel(?:led|s)")),
    # "The conflict broke out in 2003"; fighting or violence that erupts is an attack (see _event).
    ("other", "outbreak", (r"broke\s+out", r"erupt(?:ed|s)")),
    ("other", "other", (r"join(?:ed|s|ing)?", r"took\s+effect", r"tak(?:es|e)\s+effect", r"entered\s+into\s+force",
                        r"enters\s+into\s+force", r"came\s+into\s+force", r"comes\s+into\s+force", r"evacuat(?:ed|ion|es|e|ing)", r"sign(?:ed|s|ing)",
                        r"ratif(?:ied|ies|y)", r"held\s+(?:\w+\s+)?elections", r"elected", r"independence",
                        r"seiz(?:ed|es|e)\s+(?:power|control)", r"ousted", r"overthr(?:ew|own)", r"coup",
                        r"visit(?:ed|s)", r"bec(?:ame|omes?)\s+(?:a\s+)?member", r"admitted",
                        r"elections?\s+(?:were|was|will\s+be)\s+held")),
    # Light verbs: they date whatever event noun their clause (or their subject's clause) names ("the transfer
    # of authority took place", "the next rotation, ..., is planned for March").
    ("other", "light", (r"took\s+place", r"tak(?:es|ing|e)\s+place", r"occurred", r"happened",
                        # "is planned for", "was scheduled for" (checked: after a form of "be")
                        *(rf"{verb}\s+(?:for|on|in|by)\b"
                          for verb in ("planned", "scheduled", "slated", "due", "set", "expected")))),
    # A threat, a vow or a refusal dates a statement; what it threatens is no happening (its triggers are dropped).
    ("statement", "threat", (r"threaten(?:ed|s|ing)?\s+to", r"vow(?:ed|s)\s+to", r"refus(?:ed|es)\s+to")),
    ("statement", "born", (r"born",)),  # "Born in 1965, General Diop joined": a biography, not an event
    ("statement", "statement", (r"said", r"says", r"say", r"told", r"tells", r"stated", r"declared", r"noted",
                                r"informed", r"notified",
                                r"added", r"explained", r"argued", r"warned", r"reported", r"wrote", r"commented",
                                r"announced", r"according\s+to", r"confirmed", r"stressed", r"insisted",
                                r"claimed", r"denied", r"urged", r"called\s+for", r"signall?ed")),
]


def _stem(branch: str) -> str:
    """The literal letters a trigger branch starts with (two at least: they anchor the scan)."""
    stem = re.match(r"[a-z'-]*", branch).group()
    if len(stem) < 2:
        raise ValueError(f"trigger branch without a literal stem: {branch!r}")
    return stem

_STEMS = sorted({_stem(b) for _, _, branches in _TRIGGERS for b in branches})


def _trigger_expression(word: str) -> re.Pattern:
    """The trigger alternatives that can start where the sentence scan found ``word`` (a stem, lower case):
    those whose stem and ``word`` are prefixes of one another, in priority order. One small expression per stem,
    instead of the whole table tried at every stem, keeps the scan fast."""
    groups = []
    for kind, rule, branches in _TRIGGERS:
        chosen = [b for b in branches if _stem(b).startswith(word) or word.startswith(_stem(b))]
        if chosen:
            groups.append(f"(?P<{kind}__{rule}>{'|'.join(chosen)})")
    return re.compile(r"(?i)(?:" + "|".join(groups) + r")\b")


# The case-insensitive expressions run only where the sentence scan (below) finds a stem.
_TRIGGER_BY_STEM = {stem: _trigger_expression(stem) for stem in _STEMS}
# A present participle is a predicate only after an auxiliary or an aspect verb (two words at most before it).
_AUXILIARY_BEFORE = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being|am|began|begin|begins|beginning|started|starts|start|continues?|"
    r"continued|kept|keeps|stopped|ended|resumed|will|would)\s+(?:\w+\s+)?$"
)
_MAIL_BEFORE = re.compile(
    r"(?i)\b(?:letters?|messages?|notes?|reports?|requests?|invitations?|e-?mails?|statements?)\s+(?:\w+\s+)?$"
)
# A past participle after a determiner and before a noun is an adjective ("Ghana's deployed personnel"); not "that".
_DETERMINERS = frozenset(
    "the a an its their his her our these those newly recently already previously".split()
)


def _is_determiner(before: str) -> bool:
    """The word that ends ``before`` (white space after it) is a determiner or a possessive."""
    if not before[-1:].isspace():
        return False
    words = before.rsplit(None, 1)
    word = words[-1] if words else ""
    return word.lower() in _DETERMINERS or word.endswith(("'s", "’s"))
_EVACUATION = re.compile(r"(?i)\bevacuat")
_JOIN = re.compile(r"(?i)join")
_PASSIVE_ATTACK = re.compile(
    r"(?i)\b(?:was|were|been|being|are|is)\s+(?:\w+\s+)?(?:killed|attacked|ambushed|wounded|injured|targeted"
    r"|abducted|kidnapped|struck|hit|shelled|bombed|assaulted|seized|taken\s+hostage|held\s+hostage)\b"
    r"|\blost\s+their\s+lives\b"
)
_BY = re.compile(r"(?i)\bby\b")

# ---------------------------------------------------------------------------------------------------------
# Clauses
# ---------------------------------------------------------------------------------------------------------

_BOUNDARY_WORDS = ("when", "which", "who", "whom", "whose", "while", "whereas", "because", "although", "though",
                   "but", "where", "after", "before", "until", "since")
_DATE_PREPOSITIONS = frozenset({"since", "after", "before", "until"})
# One scan of a sentence finds clause boundaries (punctuation, conjunctions, relative pronouns; "and" only
# before an auxiliary: "and has since stepped up") and the places where a trigger can start. One case-sensitive
# trie of words and stems (with capitalised variants): much faster than a case-insensitive alternation.
_ORGANISATION = (r"(?:United\s+Nations|U\.N\.|UN|Security\s+Council|African\s+Union|AU|ECOWAS|European\s+Union|EU"
                 r"|NATO|ECCAS|SADC|IGAD|OSCE|CIS)(?!\w)")
_SENTENCE_SCAN = re.compile(
    r"\b(?:(?P<org>" + _ORGANISATION + r")|(?P<and>[Aa]nd(?=\s+(?i:has|have|had|was|were|is|are|will|would|later|then"
    r"|also|subsequently)\b))|(?P<word>"
    + word_trie(w for word in (*_BOUNDARY_WORDS, *_STEMS) for w in (word, word.capitalize()))
    + r"))|[;:,\s](?:(?<=[;:])\s|(?<=,)(?=\s)|(?<=\D,)(?=\d)|(?<=\s)[-–—]\s)"  # ",1 which": not "4,000"
)
_BOUNDARY_SET = frozenset(_BOUNDARY_WORDS)
_WORD_CHAR = re.compile(r"\w")
_RELATIVE_OPENING = re.compile(r"(?i)\W*(?:which|who|that)\b")
_LEADING_FILLER = re.compile(r"[\W\d]*$")
_HAS_WORD = re.compile(r"[^\W\d_]{2,}")
_COMMA_CLAUSE = re.compile(r"(?i),\s+(?!and\b|but\b|or\b)")
_PARTICIPLE = re.compile(r"(?i)(?:[a-z]+ed|set|sent|led|held|founded|known)\b")
_MISSION_SUBJECT = re.compile(
    r"(?i)[\s,;:–—-]*(?:(?:and|but|while|whereas|where|when|since|after|before|until|once|as|because|although"
    r"|though|if)\s+)?(?:the|this|that)\s+"
    r"(?:(?:U\.N\.|UN|United\s+Nations"
    r"|AU|African\s+Union|peacekeeping|hybrid|regional|joint)\s+){0,2}(?:mission|force|operation)\b"
)
_DEFINITE = re.compile(r"(?i)\b(?:the|this|that|these|those|its|their|his|her|our)\b")
_RELATIVE_BETWEEN = re.compile(r"(?i)\b(?:that|which)\b")
_CLAUSE_LEAD = re.compile(r"(?i)[\s,;:()–—-]*(?:(?:and|but|then|or)\s+)?(?:\w+ly\s+)?")
# Verbs of a state: a date in a clause that has one and no event trigger dates the state ("today comprises 44
# observers", "which had 2,000 troops in February"). "has"/"had" only when no participle follows (a perfect).
_STATE_VERB = re.compile(
    r"(?i)\b(?:compris(?:es|ed|e)|includ(?:es|ed|e)|consist(?:s|ed)|remain(?:s|ed)|contain(?:s|ed)|host(?:s|ed)"
    r"|(?:number(?:s|ed)|total(?:s|led|ed)|stands\s+at|stood\s+at)(?=\s+(?:about\s+|some\s+|around\s+|nearly\s+"
    r"|more\s+than\s+|over\s+)?\d)"
    r"|ha(?:s|ve|d)(?!\s+(?:\w+ly\s+|not\s+|also\s+|since\s+|already\s+|long\s+)?(?:been|[a-z]+(?:ed|en|wn)"
    r"|sent|led|left|lost|made|fought|begun|taken|held|won|spent|paid|built|brought|put|set|cut|come|become|run"
    r"|gone|done|had|got|grown|seen|flown|drawn)\b))\b"
)

# ---------------------------------------------------------------------------------------------------------
# Dates that are not events
# ---------------------------------------------------------------------------------------------------------

_CITATION_AFTER = re.compile(
    r"(?i)[\s)\]]*[,.;]?\s*(?:pp?\.\s*\d|https?://|www\.|accessed|retrieved|available\s+(?:at|from)|URL\b)"
)
_PUBLICATION = (
    r"(?:Times|Post|News|Journal|Herald|Guardian|Telegraph|Reuters|AFP|AP|Press|Review|Report|Monitor|Agency"
    r"|Institute|Tribune|Gazette|Economist|Daily|Magazine|Radio|Television|BBC|CNN|Xinhua|Bulletin|Quarterly"
    r"|Affairs|Studies|Policy|Paper|Papers|Brief|Briefing|Online|Standard|Chronicle|Observer|Express|Mail)"
)
_CITATION_BEFORE = re.compile(
    rf"(?:[”\"]\s*,?\s*(?:\(?[A-Z][\w.&'’-]*\)?\s*){{1,7}},\s*"
    rf"|,\s*(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){{0,4}}{_PUBLICATION}\s*(?:\([^()]{{1,30}}\)\s*)?,\s*)$"
)
_PUBLISHED_STAMP = re.compile(r"(?i)\b(?:published|updated|posted|issued|dated|last\s+modified)\s*:?\s*(?:on\s*)?$")
_DATELINE_BEFORE = re.compile(r"\W*(?:[A-Z][A-Za-z.'’/-]*\s*){1,4},\s*$|\W*$")
_DATELINE_PREFIX = re.compile(
    r"\W*[A-Z]{2}[A-Z .'’/-]*(?:,[^—–\n]{1,40}?\s*(?:\([^)]{1,30}\))?|\s*\([^)]{1,30}\))\s*(?:—|–|--?)\s+"
)
_DATELINE_AFTER = re.compile(r"(?:,?\s*\d{4})?\s*(?:\([^)]{1,40}\)\s*)?[-–—:]")
_COMPARISON_BEFORE = re.compile(
    r"(?i)\b(?:as\s+(?:many|much|few|little|high|large)\s+as|than|compared\s+(?:with|to)|up\s+from|down\s+from"
    r"|relative\s+to|levels?\s+of)\s+(?:[a-z’']+\s+){0,3}?(?:(?:in|on|at|by|during)\s+)?$"
)
_ADJECTIVE_BEFORE = re.compile(r"(?i)(?:\b(?:the|a|an|its|their|his|her|this|that|these|those|our)|['’]s)\s+$")
_ADJECTIVE_AFTER = re.compile(r"\s+[a-z]")
_STATE_DATE_BEFORE = re.compile(r"(?i)\bas\s+(?:of|at|on)\s+$")
_TITLE_WORD = re.compile(r"\b[A-Za-z][\w’'-]{3,}")

# ---------------------------------------------------------------------------------------------------------
# Actors
# ---------------------------------------------------------------------------------------------------------

_ORGANISATIONS = {
    "united nations": "UN", "un": "UN", "u.n.": "UN", "security council": "UN", "african union": "AU", "au": "AU",
    "ecowas": "ECOWAS", "european union": "EU", "eu": "EU", "nato": "NATO", "eccas": "ECCAS", "sadc": "SADC",
    "igad": "IGAD", "osce": "OSCE", "cis": "CIS",
}
_ORGANISATION_RE = re.compile(r"\b" + _ORGANISATION)
# Compass words before a place ("in northern Mali"), the one-word ones of ``data/word_lists.csv``.
_COMPASS = lexicon.alternation(w for w in lexicon.words("compass") if "-" not in w)
_PREPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:in|to|into|from|of|for|with|against|on|at|by|across|throughout|towards?|over|between|within"
    r"|inside|near|via|than|like|including|under|about|among|and|or|as|than|onto|upon|toward)\s+(?:the\s+)?"
    r"(?:(?:" + _COMPASS + r"|neighbou?ring)\w*\s+)?$"
)
# A unit or a share "of" a country's people is the subject, not an object: "a company of Ghanaian troops".
_PARTITIVE_BEFORE = re.compile(
    r"(?i)\b(?:contingents?|compan(?:y|ies)|battalions?|groups?|units?|platoons?|detachments?|teams?|squadrons?"
    r"|batch|wave|rotations?|flights?|dozens|hundreds|thousands|rest|remainder|most|some|all|many|half|part"
    # who speaks or decides for a country: "The representative of Ghana said her country had deployed"
    r"|representatives?|delegates?|delegations?|ambassadors?|government|ministers?|ministry|president|parliament"
    r"|armed\s+forces|army|navy|air\s+force|people)"
    r"\s+of\s+(?:the\s+)?(?:(?:first|last|remaining|\d[\d,]*"
    r"|some|about|around|nearly|more\s+than)\s+)*$"
)
_PEOPLE_FROM_BEFORE = re.compile(
    r"(?i)\b(?:troops|soldiers|peacekeepers|personnel|police|officers|contingents?|units?|battalions?|forces|experts"
    r"|observers|engineers)\s+from\s+(?:the\s+)?$"
)
_PREPOSITIONS = frozenset(
    "in to into from of for with against on at by across throughout toward towards over between within inside near "
    "via than like including under about among and or as onto upon".split()
)
_CLAUSE_OPENING = re.compile(r"(?i)[\s,;–—-]*(?:(?:and|but|or|while|whereas)\s+)?(?:the\s+)?")
_COMPARISON_HINT = re.compile(r"(?i)\b(?:as|than|compared|from|relative|levels?)\b")
# Verb-like words: a sentence's subject comes before the first of them. Lower-case "-ed" words except a few
# that are mostly adjectives, auxiliaries and frequent irregular past forms.
_FIRST_VERB = re.compile(
    r"(?<![\w-])(?:(?!(?:armed|united|based|limited|unprecedented|detailed|dedicated|experienced|skilled"
    r"|coordinated|integrated|related|concerned|so-called)\b)[a-z][\w’'-]*ed|is|are|was|were|has|have|had|will"
    r"|would|can|could|may|might|must|should|shall|does|did|do|plans|hopes|says|said|sent|took|began|left|led"
    r"|fought|made|became|gave|held|met|told|won|lost|ran|began|continues|remains)\b"
)
_MAX_SENTENCE_GAP = 300  # characters between two sentences for the first to hold the antecedent of the second
_PRONOUN = re.compile(r"(?i)\b(?:it|they|its|their|itself|themselves)\b")
_LOCATIVE_BEFORE = re.compile(
    r"(?i)\b(?:in|to|into|across|throughout|within|inside|invaded|invade|invades|attacked|entered)\s+(?:the\s+)?"
    r"(?:(?:" + _COMPASS + r")\w*\s+)?$"
)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_GENERIC_UN = re.compile(
    r"\b(?:UN|U\.N\.|United\s+Nations)\s+(?:peacekeep\w*|force|mission|troops|operation|blue\s+helmets)"
)
# Run on lower-cased text (a case-sensitive expression is much faster than a case-insensitive one).
_GENERIC_MISSION = re.compile(
    r"\bthe\s+(?:(?:u\.n\.|un|united\s+nations|au|african\s+union|peacekeeping|hybrid|regional|joint)\s+){0,2}"
    r"(?:mission|force|operation)\b|\b(?:a|an|the|its)\s+(?:u\.n\.|un|united\s+nations)\s+(?:peacekeeping\s+)?"
    r"(?:camp|base|convoy|patrol|position|compound)s?\b"
)
_ANAPHORA_REACH = 1500  # characters between the last named mission and a sentence that says "the mission"
_FROM_OR_TO = re.compile(r"(?i)\b(?:from|to|into|by)\b")
_SUBJECT_KINDS = frozenset({"name", "capital", "armed_force", "demonym", "adjective"})


@dataclass(frozen=True, slots=True)
class _Entity:
    """A possible actor: a country, an organisation or a mission."""

    start: int
    end: int
    iso3: str | None = None
    organisation: str | None = None
    mission: str | None = None


@dataclass(frozen=True, slots=True)
class _Trigger:
    start: int
    end: int
    event_type: str  # an event type, or "statement"
    rule: str


# ---------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------


def _slice(items: list, starts: list[int], start: int, end: int) -> list:
    """The items (sorted by start) that lie inside [start, end)."""
    return [x for x in items[bisect_left(starts, start):bisect_left(starts, end)] if x.end <= end]


def _focus_mission(missions: list[MissionMention]) -> str | None:
    """The mission the document mentions most (ties: the first mentioned)."""
    counts = Counter(m.acronym for m in missions if m.acronym)
    if not counts:
        return None
    first = {}
    for m in missions:
        if m.acronym and m.acronym not in first:
            first[m.acronym] = m.start
    return min(counts, key=lambda a: (-counts[a], first[a]))


def _scan(text: str, start: int, end: int,
          dates: list[DateMention]) -> tuple[_Clauses, list[_Trigger], list[_Entity]]:
    """Clause spans of ``text[start:end]`` (no boundary inside a date expression), its triggers and the
    organisations it names, in one pass."""
    cuts = [start]
    triggers: list[_Trigger] = []
    organisations: list[_Entity] = []
    last_end = start
    next_date = 0
    n_dates = len(dates)
    for m in _SENTENCE_SCAN.finditer(text, start, end):
        p = m.start()
        while next_date < n_dates and dates[next_date].end <= p:
            next_date += 1
        if p < last_end or (next_date < n_dates and dates[next_date].start <= p):
            continue  # inside a trigger already read, or inside a date
        group = m.lastgroup
        if group == "org":
            organisations.append(_organisation(m))
            continue
        if group == "word":
            word = m.group()
            lowered = word.lower()
            whole = not _WORD_CHAR.match(text, m.end())
            if whole and lowered in _BOUNDARY_SET:
                if lowered in _DATE_PREPOSITIONS and any(0 <= d.start - m.end() <= 2 for d in dates):
                    continue  # "since January 2013": a preposition of the date, not a conjunction
            else:
                # A boundary word that starts a longer word ("but" of "butter") is no trigger stem either.
                trigger = _trigger_at(text, p, start, end, lowered) if lowered in _TRIGGER_BY_STEM else None
                if trigger is not None:
                    triggers.append(trigger)
                    last_end = trigger.end
                continue
        if p > cuts[-1]:
            cuts.append(p)
    cuts.append(end)
    return _Clauses([(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]), triggers, organisations


def _organisation(m: re.Match) -> _Entity:
    return _Entity(m.start(), m.end(), organisation=_ORGANISATIONS[" ".join(m.group().lower().split())])


class _Clauses:
    """The clause spans of a sentence, with their starts for bisection."""

    __slots__ = ("spans", "starts")

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [a for a, _ in spans]

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, i: int) -> tuple[int, int]:
        return self.spans[i]

    def index(self, position: int) -> int:
        return max(0, bisect_right(self.starts, position) - 1)

    def of(self, position: int) -> tuple[int, int]:
        return self.spans[self.index(position)]


def _trigger_at(text: str, position: int, start: int, end: int, stem: str) -> _Trigger | None:
    """The trigger starting at ``position`` (where the scan found ``stem``) of the sentence ``text[start:end]``."""
    m = _TRIGGER_BY_STEM[stem].match(text, position, end)
    if m is None:
        return None
    kind, rule = m.lastgroup.split("__")
    words = m.group().split(None, 1)
    first = words[0].lower()
    if first in ("sent", "send", "sends", "sending") and _MAIL_BEFORE.search(text[max(start, position - 30):position]):
        return None  # "a letter sent on 3 May"
    if kind != "statement" and first.endswith("ing") and first != "meeting":
        before = text[max(start, position - 40):position]
        if not _AUXILIARY_BEFORE.search(before) and not _LEADING_FILLER.match(before):
            return None  # "peacekeepers participating in": a modifier, not a predicate
    if text[position].isupper() and not first.endswith(("ed", "s")) and _CAPITALISED_AFTER.match(text, m.end()) \
            and _CAPITALISED_BEFORE.search(text, max(start, position - 30), position) \
            and text[start:position].strip():
        return None  # "the Force Intervention Brigade", "Operation Restore Hope": a name
    if first.endswith("ed") and position > start and text[position - 1] == "-":
        return None  # "African-led", "UN-backed": a compound adjective, not a predicate
    if len(words) == 1 and first.endswith("ed") and _ADJECTIVE_AFTER.match(text, m.end()) \
            and _is_determiner(text[max(start, position - 16):position]):
        return None  # "Ghana's deployed personnel", "the stationed troops": an adjective, not a predicate
    before = text[max(start, position - 40):position]
    if (" on " in before or " about " in before or " over " in before or " regarding " in before
            or " concerning " in before) and _TOPIC_BEFORE.search(before):
        return None  # "talks on the withdrawal", "a report on the handover": the topic of something else
    if first == "attacks" and _TREND_AFTER.match(text, m.end()):
        return None  # "attacks on peacekeepers increased in 2022": a trend, not an attack
    check = _TEXT_CHECKS.get(rule)
    if check is not None and not check(text, m, start, end):
        return None
    return _Trigger(m.start(), m.end(), kind, rule)


# Rules whose trigger word is ambiguous: the words around it decide (the checks that need the countries and
# missions of the sentence are in _checked).
_BE_BEFORE = re.compile(r"(?i)\b(?:be|been|is|are|was|were)\s+(?:\w+\s+)?$")
_RESOLUTION_BEFORE = re.compile(r"(?i)\bresolutions?\b")
_LEAVE_NOUN_BEFORE = re.compile(r"(?i)\b(?:on|annual|sick|maternity|paternity|home|of|a|the|their|his|her)\s+$")
_INSTITUTION = re.compile(
    r"(?i)\b(?:cent(?:re|er)s?|schools?|academy|academies|colleges?|institutes?|bases?|camps?|offices?|headquarters"
    r"|hospitals?|clinics?|facilit(?:y|ies)|embass(?:y|ies)|consulates?|hubs?|depots?|memorials?|airports?)\b"
)
_DEMAND_AFTER = re.compile(
    r"(?i)\b(?:leave|leaves|withdraw\w*|depart\w*|quit|exit|pull\s+out|go\s+home|expel\w*|departure|closure|halt"
    r"|suspen\w+|stop|freeze|end)\b"
)
_CHECK_WINDOW = 120
_COMPLETED = re.compile(
    r"(?i)\b(?:had|has|have)\s+(?:now\s+|successfully\s+|finally\s+|already\s+)?(?:completed|finished|concluded)"
    r"\s+(?:the\s+|its\s+|their\s+)?"
)
_TOPIC_BEFORE = re.compile(
    r"(?i)\b(?:talks|debates?|discussions?|negotiations?|consultations?|reports?|briefings?|meetings?|conferences?"
    r"|statements?|letters?|stud(?:y|ies)|reviews?|questions?|concerns?)\s+(?:on|about|over|regarding|concerning)"
    r"\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w’'-]+\s+)?$"
)
_TREND_AFTER = re.compile(
    r"(?i)(?:\s+(?:on|against)(?:\s+[\w’'-]+){1,3}?)?\s+(?:have\s+|has\s+)?(?:increased|rose|risen|fell|fallen"
    r"|declined|doubled|tripled|decreased|dropped|surged|grew|grown)\b"
)


# Between a country subject and "take over command": no person's name ("Italy is due to", "France will").
_COUNTRY_TAKES_COMMAND = re.compile(r"(?:\s+(?:is|was|will|would|has|had|due|to|set|expected|also|formally|officially"
                                    r"|then|later|is\s+due\s+to))*\s+")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
# Air power as the attacker: "NATO aircraft attacked", "French jets struck" (an intervention, not an attack on a
# mission).
_AIR_POWER_BEFORE = re.compile(r"\b(?:NATO|[Aa]ircraft|[Jj]ets|[Ww]arplanes|[Bb]ombers|[Aa]ir\s+[Ff]orce)\b")
# Things that arrive without being a deployment.
_CARGO = re.compile(r"(?i)\b(?:vehicles|equipment|supplies|shipments?|cargo|aid|vaccines|weapons|ammunition"
                    r"|containers|trucks)\b")
_VIOLENCE_BEFORE = re.compile(r"(?i)\b(?:fighting|violence|clashes|hostilities|unrest|riots?|battles?)\b")
# A date used as the adjective of an event noun dates that event: "seized power in a 1994 coup", "after the
# Dec. 1 election", "the 1994 genocide".
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:(?P<other>coup|coups|elections?|genocide|referendum|uprising|revolution|war|independence|earthquake"
    # "the 1974 Disengagement Agreement", "the 2015 peace accord"
    r"|(?:[A-Z][\w-]+\s+|peace\s+){0,2}?(?:[Aa]greements?|[Aa]ccords?|[Tt]reaty|[Cc]ease-?fire))"
    r"|(?P<attack>attacks?|massacres?|bombings?|ambush)|(?P<intervention>invasion|offensive|intervention))\b"
)
# A year in parentheses after a document's number: "resolutions 2628 (2022) of ... and 2687 (2023)",
# "[PSC/PR/COMM.1068 (2022)]".
_DOCUMENT_NUMBER_BEFORE = re.compile(r"[\d.]\d\)?\s*\($")
# Two dates of one happening: "withdrew ... in 2021 and 2022", "in March and April".
_DATE_PAIR_GAP = re.compile(r"(?i)\s*(?:,|and|or|,\s*and)\s*(?:in\s+|on\s+)?")
# A demand's deadline: "asked the mission to complete the withdrawal ... by December 31".
_DEADLINE_BEFORE = re.compile(r"(?i)\b(?:by|before|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?$")
_PLURAL_BEFORE = re.compile(r"[a-z]{3,}s\s+$")
_RELATIVE_VERB_BEFORE = re.compile(
    r"(?i)\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?[a-z]+\s+(?:in|on|at|during)\s+$"
)
_WAR = re.compile(r"(?i)\bwars?\b")
_ACTIVE_PERFECT = re.compile(r"(?i)\b(?:have|has|had)\s+$")
_WHEN_OPENING = re.compile(r"(?i)when\b")
_RESOLUTION_OF = re.compile(
    r"(?i)\bresolutions?\s+(?:[\d/]+(?:\s*\(\d{4}\))?\s+of\s+[^;]{0,40}?\s+and\s+)?[\d/]+(?:\s*\(\d{4}\))?\s+of\s+$"
)
# Between a statement and the withdrawal it announces: "said on Wednesday it would withdraw", "announced a
# withdrawal".
_REPORTED_GAP = re.compile(
    r"(?i)(?:\s+(?:that\b|[\w’'.-]+)){0,6}?\s+(?:would|will|(?:is|was|were|are)\s+to|plans?\s+to|planned\s+to"
    r"|intends?\s+to|decided\s+to|a|an|the|its|their)(?:\s+(?:\w+ly|soon|also|now|begin\s+to|start\s+to))?\s+"
)
_FUTURE_BEFORE = re.compile(
    r"(?i)\b(?:will|would|shall|(?:is|are)\s+to|plans?\s+to|decided\s+to|intends?\s+to)\s+(?:\w+ly\s+)?$"
)
# A capitalised noun between capitalised words is part of a name ("the Force Intervention Brigade").
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")


def _after_be(text: str, m: re.Match, start: int, end: int) -> bool:
    return _BE_BEFORE.search(text, max(start, m.start() - 24), m.start()) is not None


def _light_after_be(text: str, m: re.Match, start: int, end: int) -> bool:
    """ "took place" always; "planned for" only as a predicate ("is planned for March", not "a plan for")."""
    return not m.group().lower().startswith(("planned", "scheduled", "slated", "due", "set", "expected")) \
        or _after_be(text, m, start, end)


def _after_resolution(text: str, m: re.Match, start: int, end: int) -> bool:
    return _RESOLUTION_BEFORE.search(text, max(start, m.start() - 80), m.start()) is not None


def _not_a_leave_noun(text: str, m: re.Match, start: int, end: int) -> bool:
    """ "on leave", "annual leave", "a departure from the text" are no movements of troops."""
    word = m.group().lower()
    if not (word.startswith("leav") or word == "departure"):
        return True
    before = _LEAVE_NOUN_BEFORE.search(text, max(start, m.start() - 12), m.start())
    if before is None:
        return True
    return word == "departure" and before.group().split()[0].lower() in ("the", "their", "his", "her")


def _names_an_institution(text: str, m: re.Match, start: int, end: int) -> bool:
    return _INSTITUTION.search(text, max(start, m.start() - 80), min(end, m.end() + 50)) is not None


def _demands_a_departure(text: str, m: re.Match, start: int, end: int) -> bool:
    return m.group().lower().startswith("expel") \
        or _DEMAND_AFTER.search(text, m.end(), min(end, m.end() + _CHECK_WINDOW)) is not None


_TEXT_CHECKS = {
    "adopted": _after_resolution,
    "opening": _names_an_institution,
    "demand": _demands_a_departure,
    "depart": _not_a_leave_noun,
    "gone": _after_be,
    "struck": _after_be,
    "light": _light_after_be,
}


def _is_not_event(text: str, sentence: Sentence, d: DateMention, clause_start: int) -> bool:
    """Citations, datelines, stamps, comparisons, adjectives, titles, decades."""
    if d.kind == "span" and d.end_date is not None and d.surface.rstrip().endswith("s") \
            and d.date.value.year % 10 == 0 and d.end_date.value.year - d.date.value.year == 9:
        return True  # a decade: too vague to date an event
    before = text[sentence.start:d.start]
    if _CITATION_AFTER.match(text, d.end, sentence.end + 40):
        return True
    # (Cheap guards before the regexes anchored at the end, which try every position of their window.)
    if before.rstrip().endswith(",") and _CITATION_BEFORE.search(before[-120:]):
        return True
    if d.start - sentence.start <= 80 and _PUBLISHED_STAMP.search(before[-40:]):
        return True
    open_paren = before.rfind("(")
    if open_paren > before.rfind(")") and ":" in before[open_paren:]:
        return True  # "(Stockholm, Sweden: SIPRI, November 2009)"
    if d.start - sentence.start <= 60 and _DATELINE_BEFORE.fullmatch(before) \
            and _DATELINE_AFTER.match(text, d.end, sentence.end):
        return True
    window = text[max(clause_start, d.start - 80):d.start]
    if _COMPARISON_HINT.search(window) and _COMPARISON_BEFORE.search(window):
        return True
    if _STATE_DATE_BEFORE.search(before[-12:]):
        return True  # "as of December 2020": the date of a state
    if _DOCUMENT_NUMBER_BEFORE.search(before[-12:]):
        return True  # "(2023)" after a document's number is part of its symbol
    if d.kind == "point" and _ADJECTIVE_BEFORE.search(before[-12:]) and _ADJECTIVE_AFTER.match(text, d.end) \
            and not _EVENT_NOUN_AFTER.match(text, d.end):
        return True  # "Beijing's 2004 expansion", "the 24 December 2013 resolution"
    return _in_title(text, sentence, d)


def _in_title(text: str, sentence: Sentence, d: DateMention) -> bool:
    """The date sits inside a quoted title in Title Case ("“Peacekeeping in 2013,” Journal")."""
    before = text[sentence.start:d.start]
    opening = max(before.rfind("“"), before.rfind('"'))
    if opening < 0 or before.rfind("”") > opening:
        return False
    after = text[d.end:sentence.end]
    closing = min((i for i in (after.find("”"), after.find('"')) if i >= 0), default=-1)
    if closing < 0:
        return False
    quoted = before[opening + 1:] + " " + after[:closing]
    words = _TITLE_WORD.findall(quoted)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


# What opens a sentence before its date: "On", "In early", "Since", nothing.
_OPENING_DATE = re.compile(r"[\W\d]*(?:[A-Za-z]+\s+){0,2}")
# A clause that opens with a subordinator is an adverbial ("shortly after the independence of South Sudan").
_ADVERBIAL_OPENING = re.compile(r"(?i)[\W\d]*(?:\w+ly\s+)?(?:after|before|when|while|since|until|because|although"
                                r"|though|as|following|despite|amid)\b")
# A finite verb that ends the walk ("formed" in "a formed police unit" is an adjective, so no "-ed" words here).
_FINITE = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|does"
                     r"|did|said|told)\b")
_PRESENT_BEFORE = re.compile(r"(?i)\b(?:is|are|remain|remains)\s+(?:\w+\s+)?(?:deployed|stationed|based|serving)\b")


def _bind(triggers: list[_Trigger], clauses: _Clauses, d: DateMention,
          sentence_start: int, text: str) -> _Trigger | None:
    """The trigger a date belongs to: nearest in its clause, else in the next or previous clause (see the module
    docstring for the walk back over a verbless clause and the light verbs)."""
    k = clauses.index(d.start)
    a_k, b_k = clauses[k]
    filler = _LEADING_FILLER.match(text, sentence_start, a_k)
    leading = filler is not None and filler.end() == a_k
    if leading and _OPENING_DATE.fullmatch(text, a_k, d.start) and text[d.end:d.end + 2] not in ("'s", "’s"):
        # "On 23 October, a second formed police unit from Ghana, comprising 160 officers, was deployed", "Since
        # January 2012, shortly after independence, Japan has dispatched": a date that opens the sentence reaches
        # over the subject's noun phrase, appositions, participles (clauses with no trigger and no finite verb)
        # and adverbial clauses ("after ...": never the date's verb) to the main verb, if it is no present
        # ("Today, 6,742 peacekeepers, including 174 women, are deployed" is a state).
        order, j = [k], k + 1
        while j < min(len(clauses), k + 5):
            a, b = clauses[j]
            adverbial = _ADVERBIAL_OPENING.match(text, a, b) is not None
            if not adverbial:
                order.append(j)
            if not adverbial and (any(a <= t.start < b for t in triggers) or _FINITE.search(text, a, b)):
                break
            j += 1
        if len(order) > 2 and _PRESENT_BEFORE.search(text, max(0, clauses[order[-1]][0]), clauses[order[-1]][1]):
            order.pop()
        order.append(k - 1)
    elif leading:
        order = [k, k + 1, k - 1]
    else:
        order = [k, k - 1, k + 1]
    if not leading and not any(a_k <= t.start < b_k for t in triggers):
        if _STATE_VERB.search(text, a_k, b_k) is not None:
            return None  # "UNMOGIP, set up in 1949, today comprises 44 observers": the date dates a state
        if _continues_the_subject(text, a_k, b_k, d):
            # "..., and from 2016 with MINUSMA" (no verb of its own), "..., is planned for March" (the predicate
            # of a subject named clauses before): the verb is the sentence's earlier one.
            order = [k, *range(k - 1, -1, -1), k + 1]
    # A clause with no word of its own (",1 ", a footnote marker) is skipped over.
    order += [j + (1 if j > k else -1) for j in order[1:]
              if 0 <= j < len(clauses) and not _HAS_WORD.search(text, *clauses[j])]
    for j in order:
        if not 0 <= j < len(clauses):
            continue
        a, b = clauses[j]
        if j != k and not leading and _RELATIVE_VERB_BEFORE.search(text, max(a_k, d.start - 40), d.start):
            return None  # "ending a contribution that began in 2001": the date is the relative clause's own
        if j != k and _RELATIVE_OPENING.match(text, a, b):
            continue  # a relative clause belongs to its noun, not to a date of the main clause
        inside = [t for t in triggers if a <= t.start < b]
        heavy = [t for t in inside if t.rule != "light" and t.event_type != "statement"]
        if heavy and any(t.rule == "light" for t in inside):
            inside = heavy  # "The transfer of authority ... took place on 1 July": the noun names the event
        chosen = None
        if j == k:
            # A date after its verb modifies that verb ("said in a statement on 5 June that it would deploy"),
            # unless a relative pronoun or a state verb stands between them: "signed an agreement that had been
            # under negotiation since 2011" dates the negotiation, "was established in 1999 and remains in Kosovo
            # today" the presence.
            before = [t for t in inside if t.end <= d.start]
            if before and (_RELATIVE_BETWEEN.search(text, before[-1].end, d.start)
                           or _STATE_VERB.search(text, before[-1].end, d.start)):
                inside = [t for t in inside if t.end > d.start]  # (what stands between the last stands between all)
                before = []
            if before:
                chosen = before[-1]
        if chosen is None and inside:
            chosen = min(inside, key=lambda t: (max(t.start - d.end, d.start - t.end, 0), t.start))
        if chosen is not None and chosen.rule == "light":
            # "The next rotation, two observers for MINURSO, is planned for March": the subject's noun.
            return _subject_event(triggers, clauses, text, j) or chosen
        if chosen is not None:
            return chosen
    return None


def _continues_the_subject(text: str, a: int, b: int, d: DateMention) -> bool:
    """A clause without a verb of its own, or one that opens with its verb (its subject is clauses before)."""
    lead = _CLAUSE_LEAD.match(text, a, b)
    if _FIRST_VERB.match(text, lead.end(), b) is not None:
        return True
    return _FIRST_VERB.search(text, a, d.start) is None and _FIRST_VERB.search(text, d.end, b) is None


def _subject_event(triggers: list[_Trigger], clauses: _Clauses, text: str, j: int) -> _Trigger | None:
    """The nearest event trigger in the clauses before clause j (relative clauses skipped)."""
    for i in range(j - 1, -1, -1):
        a, b = clauses[i]
        if _RELATIVE_OPENING.match(text, a, b):
            continue
        heavy = [t for t in triggers if a <= t.start < b and t.rule != "light" and t.event_type != "statement"]
        if heavy:
            return heavy[-1]
    return None


class _Document:
    """Per-document lookups: entities sorted by start, subjects of sentences (memoised)."""

    def __init__(self, text: str, sentences: list[Sentence], countries: list[CountryMention],
                 missions: list[MissionMention]):
        self.text = text
        self.sentences = sentences
        # Inputs are sorted by start (the API's contract); entities are made only for the ranges looked at.
        self.countries = sorted((c for c in countries if c.kind in _SUBJECT_KINDS), key=lambda c: c.start)
        self.country_starts = [c.start for c in self.countries]
        self.missions = sorted((m for m in missions if m.acronym), key=lambda m: m.start)
        self.mission_starts = [m.start for m in self.missions]
        self._subjects: dict[int, _Entity | None] = {}
        self._cache: tuple[int, int, list[_Entity], list[int]] = (0, -1, [], [])

    def entities_in(self, start: int, end: int) -> list[_Entity]:
        """Countries, missions and organisations inside [start, end), by start (longest first on ties)."""
        low, high, cached, starts = self._cache
        if low <= start and end <= high:  # inside the sentence being read: filter its entities
            return [e for e in cached[bisect_left(starts, start):bisect_left(starts, end)] if e.end <= end]
        return self._entities(start, end)

    def focus_on(self, sentence: Sentence, organisations: list[_Entity]) -> None:
        """Cache the entities of a sentence (its organisations come from the sentence scan): most look-ups fall
        inside the sentence being read."""
        found = self._entities(sentence.start, sentence.end, organisations)
        self._cache = (sentence.start, sentence.end, found, [e.start for e in found])

    def _entities(self, start: int, end: int, organisations: list[_Entity] | None = None) -> list[_Entity]:
        found = [_Entity(c.start, c.end, iso3=c.iso3) for c in _slice(self.countries, self.country_starts, start, end)]
        found += [_Entity(m.start, m.end, mission=m.acronym)
                  for m in _slice(self.missions, self.mission_starts, start, end)]
        if organisations is None:
            organisations = [_organisation(m) for m in _ORGANISATION_RE.finditer(self.text, start, end)]
        for o in organisations:
            if not any(e.start <= o.start < e.end for e in found):  # "UN" inside a mission's name
                found.append(o)
        found.sort(key=lambda e: (e.start, -e.end))
        return found

    def is_subject_position(self, e: _Entity, floor: int) -> bool:
        window = self.text[max(floor, e.start - 40):e.start]
        if e.start - floor <= 40 and _CLAUSE_OPENING.fullmatch(window):
            return True  # first words of its clause: ", and Niger followed"
        words = window.rsplit(None, 3)[-3:]
        if not any(w.lower() in _PREPOSITIONS for w in words):
            return True
        if _PARTITIVE_BEFORE.search(window) or _PEOPLE_FROM_BEFORE.search(window):
            return True  # "A contingent of 200 Kenyan police officers landed", "peacekeepers from Nepal completed"
        return not _PREPOSITION_BEFORE.search(window)

    def body_start(self, index: int) -> int:
        """Where a sentence's own words start: after a dateline ("BAMAKO, Mali (AP) — ")."""
        s = self.sentences[index]
        m = _DATELINE_PREFIX.match(self.text, s.start, s.end)
        return m.end() if m else s.start

    def first_subject(self, start: int, end: int, before_verb: bool = False) -> _Entity | None:
        """The first entity of [start, end) that no preposition introduces; with ``before_verb``, only before
        the first verb-like word (so that an object, "to subsume AFISMA", is not taken for the subject)."""
        if before_verb:
            verb = _FIRST_VERB.search(self.text, start, end)
            if verb is not None:
                end = verb.start()
        for e in self.entities_in(start, end):
            if self.is_subject_position(e, start):
                return e
        return None

    def sentence_subject(self, index: int, depth: int = 0) -> _Entity | None:
        """The subject of a sentence: its first entity in subject position; a pronoun defers to the previous."""
        if index not in self._subjects:
            s = self.sentences[index]
            subject = self.first_subject(self.body_start(index), s.end, before_verb=True)
            if subject is None and depth < 3 and _PRONOUN.search(self.text, s.start, min(s.end, s.start + 80)):
                subject = self.previous_subject(index, depth + 1)
            self._subjects[index] = subject
        return self._subjects[index]

    def previous_subject(self, index: int, depth: int = 0) -> _Entity | None:
        """The subject of the sentence before, if it is the text's previous sentence (the list a caller gives
        may hold selected sentences only: one far before is no antecedent)."""
        if index <= 0 or self.sentences[index].start - self.sentences[index - 1].end > _MAX_SENTENCE_GAP:
            return None
        return self.sentence_subject(index - 1, depth)


# ---------------------------------------------------------------------------------------------------------
# Checks that need the countries and missions of the sentence
# ---------------------------------------------------------------------------------------------------------

# Who can move, land or leave: people in uniform and the pronouns that stand for them ("the plane left" is no
# deployment, "the storm left ten dead" no withdrawal).
_MOVERS = re.compile(
    r"(?i)\b(?:troops|soldiers|servicemen|peacekeepers|personnel|police|policemen|officers|contingents?|battalions?"
    r"|compan(?:y|ies)|units?|forces|observers|engineers|medics|marines|sailors|staff|detachments?|platoons?"
    r"|brigades?|rotations?|flights?|blue\s+helmets|experts|members|advance\s+part(?:y|ies)|main\s+body"
    r"|echelons?|batch(?:es)?|they|we)\b"
)
# What a departure leaves, when it is no country: "left the country", "vacated the area".
_PLACE_LEFT = re.compile(
    r"(?i)\s+(?:the\s+)?(?:country|mission|mission\s+area|area|region|base|camp|theatre|theater)\b"
)
# A destination: "left for Jerusalem", "departed ... for Beirut", "leave for the mission area".
_DESTINATION = re.compile(r"\bfor\s+(?:the\s+)?(?:[A-Z]|mission\b|deployment\b|operations?\b)")
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")
_FROM_AFTER = re.compile(r"\s+(?:back\s+)?from\b")
_PLACE_NAME_AFTER = re.compile(r"\s+(?:from\s+)?(?:the\s+)?[A-Z][a-z]")  # "departed Timbuktu", "left from Gao"
# Between a departure verb and the country it leaves: "left Mali", "departed from northern Mali".
_OBJECT_GAP = re.compile(
    r"(?i)\s+(?:from\s+)?(?:the\s+)?(?:(?:" + _COMPASS + r")\w*\s+)?$"
)
# A closing mission: "UNMIL closed", "the mission was closed", "before it closed", "MINUSTAH, which closed".
_CLOSER_BEFORE = re.compile(
    r"(?i)\b(?:missions?|operations?|force|office|it|which)\)?\s+(?:(?:was|were|has|had|been|is|formally|officially"
    r"|finally|eventually|then)\s+)*$"
)
_CLOSER_GAP = re.compile(r"(?i)[\s,()]*(?:which\s+)?(?:(?:was|were|has|had|been|formally|officially|finally)\s+)*")
_MISSION_NOUN = re.compile(r"(?i)\b(?:missions?|operations?|peacekeep\w*|force)\b")
_FORCE_WORDS = re.compile(
    r"(?i)\b(?:missions?|operations?|forces?|troops|soldiers|contingents?|battalions?|peacekeep\w*|units?)\b"
)
_REPLACED_BY = re.compile(
    r"(?i)[\s,]*and\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:replaced|succeeded|superseded)\b"
)
_MISSION_AFTER = 70  # characters after "extend", "contributed to", "the closure of" in which a mission must start


def _mission_within(doc: _Document, start: int, end: int) -> MissionMention | None:
    found = _slice(doc.missions, doc.mission_starts, start, end)
    return found[0] if found else None


def _checked(doc: _Document, index: int, clauses: _Clauses, triggers: list[_Trigger]) -> list[_Trigger]:
    """The triggers of a sentence whose ambiguous words the countries and missions around them confirm."""
    text = doc.text
    out = []
    for t in triggers:
        a, b = clauses.of(t.start)
        rule = t.rule
        if rule in ("extend_mission", "contribute_mission"):
            ok = _mission_within(doc, t.end, min(b, t.end + _MISSION_AFTER)) is not None
        elif rule == "presence":
            ok = any(e.iso3 or e.mission for e in doc.entities_in(t.end, min(b, t.end + 30)))
        elif rule == "replace":
            ok = _mission_within(doc, a, b) is not None or _FORCE_WORDS.search(text, a, b) is not None
        elif rule == "closure":
            ok = _closes_a_mission(doc, t, a, b, doc.sentences[index].start)
        elif rule == "depart" or (rule == "arrive" and text[t.start:t.start + 4].lower() in ("land", "retu")):
            ok = _moves_people(doc, t, doc.body_start(index), b)  # ("arrived" keeps its unchecked reading)
        else:
            ok = True
        if ok:
            out.append(t)
    # "ordered the spokesperson to leave the country", "threatened to pull out": the departure is what the demand
    # asks for or the threat announces, not a happening of its own.
    for demand in [t for t in out if t.rule in ("demand", "threat")]:
        clause = clauses.of(demand.start)
        out = [t for t in out if not (demand.end <= t.start < clause[1] and t.start - demand.end <= _CHECK_WINDOW
                                      and t.event_type not in ("statement", "other"))]
    return out


def _closes_a_mission(doc: _Document, t: _Trigger, a: int, b: int, sentence_start: int) -> bool:
    """ "UNOCI closed in June 2017", "the mission was closed", "before it closed" (in a sentence that names a
    mission before), "the closure of UNMIL"."""
    text = doc.text
    if text[t.start:t.end].lower() == "closure":
        return _mission_within(doc, t.end, min(b, t.end + 40)) is not None
    window = max(a, t.start - 40)
    named = _mission_within(doc, window, t.start)
    if named is not None and _CLOSER_GAP.fullmatch(text, named.end, t.start):
        return True  # "UNOCI closed", "MINUSTAH, which closed"
    if _CLOSER_BEFORE.search(text, window, t.start) is None:
        return False
    return _mission_within(doc, sentence_start, t.start) is not None \
        or _MISSION_NOUN.search(text, sentence_start, t.start) is not None


def _moves_people(doc: _Document, t: _Trigger, body: int, clause_end: int) -> bool:
    """A movement verb counts when people in uniform (or a country, a mission) move; "left"/"leave" also need
    where to or what they leave."""
    text = doc.text
    mover = _MOVERS.search(text, body, t.start) is not None or bool(doc.entities_in(body, t.start))
    if not mover:
        return False
    word = text[t.start:t.end].lower()
    if word.startswith(("depart", "land", "return")):
        return True
    return _DESTINATION.search(text, t.end, clause_end) is not None or _left_country(doc, t, clause_end) is not None \
        or _PLACE_LEFT.match(text, t.end) is not None or _left_mission(doc, t) is not None


def _left_country(doc: _Document, t: _Trigger, clause_end: int) -> str | None:
    """The country a departure leaves: "left Mali", "departed from northern Mali"."""
    for e in doc.entities_in(t.end, min(clause_end, t.end + 40)):
        if e.iso3 and _OBJECT_GAP.match(doc.text[t.end:e.start]) is not None:
            return e.iso3
        break
    return None


def _left_mission(doc: _Document, t: _Trigger) -> MissionMention | None:
    """The mission a departure leaves: "left the G5 Sahel", "left MINUSMA", "left the UN Disengagement Observer
    Force" (a mission named in full: it starts within a few words, however long it is)."""
    named = _mission_within(doc, t.end, t.end + 120)
    if named is not None and re.fullmatch(r"\s+(?:the\s+)?", doc.text[t.end:named.start]):
        return named
    return None


def _movement(doc: _Document, t: _Trigger, clause: tuple[int, int], subject: _Entity | None) -> tuple[str, str]:
    """Deployment or withdrawal for a movement: leaving for a place is a deployment, leaving the host country a
    withdrawal; arriving or landing in one's own country is a return home."""
    text = doc.text
    actor = subject.iso3 if subject is not None else None
    word = text[t.start:t.end].lower()
    if t.rule == "arrive" and _CARGO.search(text, clause[0], t.start) and not _MOVERS.search(text, clause[0], t.start):
        return "other", "cargo"  # "Some 20 vehicles arrived by ship": equipment, not a deployment of people
    if t.rule == "arrive":
        if word.startswith("return") and _FROM_AFTER.match(text, t.end):
            return "withdrawal", "return"  # "returned from Lebanon"
        location = _location(doc, clause, t)
        if location is not None and location == actor:
            return "withdrawal", "return"  # "landed in northern Germany", "returned to Dublin"
        return "deployment", "arrive"
    if _DESTINATION.search(text, t.end, clause[1]) is not None:
        return "deployment", "depart"
    left = _left_country(doc, t, clause[1])
    if left is not None:
        return ("deployment", "depart") if left == actor else ("withdrawal", "departure")
    if _FROM_AFTER.match(text, t.end) and any(
            (e.mission or (e.iso3 and e.iso3 != actor)) and _TO_BEFORE.search(text, max(clause[0], e.start - 6), e.start)
            for e in doc.entities_in(clause[0], t.start)):
        # "the 21st batch of the Chinese force to Lebanon departed from Jinan": a unit bound for a mission or a
        # foreign country leaves a home city (a place that no country finder knows).
        return "deployment", "depart"
    if word == "departure" or _PLACE_LEFT.match(text, t.end) is not None or _left_mission(doc, t) is not None \
            or _PLACE_NAME_AFTER.match(text, t.end) is not None:
        return "withdrawal", "departure"  # "departed Timbuktu": a place that is not home, left for no destination
    return "deployment", "depart"


def _subject(doc: _Document, index: int, clauses: _Clauses, trigger: _Trigger) -> _Entity | None:
    text = doc.text
    sentence = doc.sentences[index]
    i = clauses.index(trigger.start)
    a = clauses[i][0]
    if _RELATIVE_OPENING.match(text, a, trigger.start):
        # "France, which intervened", "(MINUSMA),1 which took over": the entity right before the pronoun.
        candidates = [e for e in doc.entities_in(max(sentence.start, a - 200), a)
                      if re.fullmatch(r"[\s,()\d*\]]*", text[e.end:a])]
        if candidates:
            return candidates[-1]
    region = doc.first_subject(max(a, doc.body_start(index)), trigger.start)
    if region is not None:
        return region
    if i > 0 and _FIRST_VERB.match(text, _CLAUSE_LEAD.match(text, a, trigger.end).end(), trigger.end):
        # "after Mali's junta, which had turned to mercenaries, demanded in June": the verb's subject stands
        # before the relative clause.
        relative = False
        while i > 0 and (_RELATIVE_OPENING.match(text, *clauses[i - 1])
                         or not _HAS_WORD.search(text, *clauses[i - 1])):
            relative = relative or _RELATIVE_OPENING.match(text, *clauses[i - 1]) is not None
            i -= 1
        if relative and i > 0:
            before = doc.first_subject(max(clauses[i - 1][0], doc.body_start(index)), clauses[i - 1][1])
            if before is not None:
                return before
    lead = _CLAUSE_LEAD.match(text, a, trigger.end)
    if 0 < i < len(clauses) - 1 and lead.end() == trigger.start and "and" not in text[a:lead.end()].lower() \
            and _PARTICIPLE.match(text, trigger.start) and not _RELATIVE_OPENING.match(text, *clauses[i - 1]) \
            and _COMMA_CLAUSE.match(text, *clauses[i + 1]):
        # "resolution 2687, adopted in June, ATMIS must", "UNMOGIP, set up in 1949, today comprises": a participle
        # between commas after a noun phrase modifies it; the subject is that noun phrase's entity when it ends
        # it, else nobody.
        ending = doc.entities_in(clauses[i - 1][0], clauses[i - 1][1])
        if ending and re.fullmatch(r"[\s)\d]*", text[ending[-1].end:clauses[i - 1][1]]):
            return ending[-1]
        return None
    main = doc.first_subject(doc.body_start(index), trigger.start, before_verb=True)
    if main is not None:
        return main
    # No entity before the verb. A pronoun or a definite description ("it", "the contingent") refers back to the
    # previous sentence's subject; a mission ("the mission", "the U.N. force") and a bare noun ("Jihadists",
    # "separatist rebels") name an actor that is no country.
    region = text[max(a, doc.body_start(index)):trigger.start]
    if not _HAS_WORD.search(region):
        body = doc.body_start(index)
        verb = _FIRST_VERB.search(text, body, trigger.start)
        region = text[body:verb.start() if verb is not None else trigger.start]
    if _MISSION_SUBJECT.match(region):
        return None
    if _HAS_WORD.search(region) and not _PRONOUN.search(region) and not _DEFINITE.search(region):
        return None
    return doc.previous_subject(index)


def _agent(doc: _Document, trigger: _Trigger, clause: tuple[int, int]) -> _Entity | None:
    """The entity after "by" in a passive clause ("were killed by Nigerian troops"), if any."""
    by = _BY.search(doc.text, trigger.end, clause[1])
    if by is None:
        return None
    found = doc.entities_in(by.end(), min(clause[1], by.end() + 60))
    return found[0] if found else None


def _mission(doc: _Document, sentence: Sentence, clauses: _Clauses, triggers: list[_Trigger],
             trigger: _Trigger, subject: _Entity | None, focus: str | None, d: DateMention) -> str | None:
    text = doc.text
    clause = clauses.of(trigger.start)
    passive = trigger.rule == "replace" and _BE_BEFORE.search(
        text, max(sentence.start, trigger.start - 24), trigger.start) is not None
    if trigger.rule == "absorbed" or passive:
        # "was absorbed into UNAMID", "was replaced by MINUJUSTH": the mission after the verb takes over.
        successor = _mission_within(doc, trigger.end, clause[1])
        if successor is not None:
            return successor.acronym
    if subject is not None and subject.mission:
        return subject.mission
    own = clauses.of(d.start)
    if own != clause:
        # "deployed to Mali in 2013, ... and from 2016 with MINUSMA": the date's own clause names its mission.
        named = _slice(doc.missions, doc.mission_starts, *own)
        if named:
            return min(named, key=lambda m: (abs(m.start - d.start), m.start)).acronym
    # A mission of another clause counts only when that clause has no event of its own.
    busy = {clauses.of(t.start) for t in triggers if t is not trigger} - {clause}
    candidates = [m for m in _slice(doc.missions, doc.mission_starts, sentence.start, sentence.end)
                  if clauses.of(m.start) not in busy]
    if trigger.event_type == "handover":
        active_replace = trigger.rule == "replace" and not passive

        def is_predecessor(m: MissionMention) -> bool:
            if m.start < trigger.end:
                return False
            words = _FROM_OR_TO.findall(text, trigger.end, m.start)
            if active_replace:  # "ATMIS replaced AMISOM": the object is the predecessor
                return not words or words[-1].lower() != "by"
            return bool(words) and words[-1].lower() == "from"
        candidates = [m for m in candidates if not is_predecessor(m)]
    in_clause = [m for m in candidates if clause[0] <= m.start < clause[1]]
    pool = in_clause or candidates
    if pool:
        return min(pool, key=lambda m: (abs(m.start - trigger.start), m.start)).acronym
    if trigger.event_type == "handover" and focus and _GENERIC_UN.search(text, sentence.start, sentence.end):
        return focus
    words = text[sentence.start:sentence.end]
    if ("ission" in words or "orce" in words or "peration" in words or "UN " in words or "U.N." in words
            or "United Nations" in words) and _GENERIC_MISSION.search(words.lower()):
        # "the mission", "the U.N. force", "a UN peacekeeping camp": the mission named last before the sentence
        # (not far before), else the one the document is about.
        before = bisect_left(doc.mission_starts, sentence.start)
        if before and sentence.start - doc.missions[before - 1].end <= _ANAPHORA_REACH:
            return doc.missions[before - 1].acronym
        return focus
    return None


def _location(doc: _Document, clause: tuple[int, int], trigger: _Trigger) -> str | None:
    for e in doc.entities_in(trigger.end, clause[1]):
        if e.iso3 and _LOCATIVE_BEFORE.search(doc.text[max(trigger.start, e.start - 40):e.start]) \
                and not _POSSESSIVE_AFTER.match(doc.text, e.end):  # "in China’s first operation"
            return e.iso3
    return None


# ---------------------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------------------


def extract_events(text: str, sentences: list[Sentence], countries: list[CountryMention],
                   missions: list[MissionMention], dates: list[DateMention], ctx: DocumentContext) -> list[Event]:
    """Events of a document, in text order (see the module docstring for the rules)."""
    if not dates or not sentences:
        return []
    doc = _Document(text, sentences, countries, missions)
    focus = _focus_mission(missions)
    date_starts = [d.start for d in dates]
    mission_organisation = ctx.extra.get("mission_organisation", {}) if ctx.extra else {}
    publication_end = _period_end(ctx.published) if ctx.published is not None else None
    events: list[Event] = []
    for index, sentence in enumerate(sentences):
        sentence_dates = _slice(dates, date_starts, sentence.start, sentence.end)
        if not sentence_dates:
            continue
        clauses, triggers, organisations = _scan(text, sentence.start, sentence.end, sentence_dates)
        resolution = "esolution" in text[sentence.start:sentence.end]
        special = resolution or any(_EVENT_NOUN_AFTER.match(text, d.end) for d in sentence_dates)
        if not triggers and not special:
            continue
        doc.focus_on(sentence, organisations)
        triggers = _checked(doc, index, clauses, triggers)
        if not any(d.kind == "since" for d in sentence_dates):
            # "has had a presence since 1978" began then; without a "since" date a presence is a state.
            triggers = [t for t in triggers if t.rule != "presence_since"]
        if not triggers and not special:
            continue
        made: dict[int, str] = {}  # date start -> the event type it was given
        previous: tuple[DateMention, _Trigger] | None = None
        for d in sentence_dates:
            clause = clauses.of(d.start)
            if d.kind == "until" or _is_not_event(text, sentence, d, clause[0]):
                continue  # "until 31 August 2014" bounds a state; it does not date a happening
            trigger = None
            if special:
                trigger = (_resolution_dated(text, sentence.start, d) if resolution else None) or _noun_dated(text, d)
            if trigger is None:
                trigger = _bind(triggers, clauses, d, sentence.start, text)
            if trigger is not None and trigger.rule == "statement":
                trigger = _reported_completion(triggers, trigger, sentence_dates, text, sentence.end)
                if trigger.rule == "statement":
                    trigger = _reported_withdrawal(triggers, trigger, clauses, sentence_dates, d, text)
            if trigger is None or trigger.event_type == "statement":
                continue
            if d.kind == "since" and (trigger.rule == "ceremony" or _is_tally(text, sentence.start, trigger)):
                continue  # "53 soldiers have been killed since 2013": a tally of victims, no one happening
            if trigger.rule == "presence_since" and d.kind != "since":
                continue  # "kept a battalion there in 2010" is a state
            if trigger.rule == "demand" and d.start > trigger.end \
                    and _DEADLINE_BEFORE.search(text, max(trigger.end, d.start - 24), d.start) \
                    and _DEMAND_AFTER.search(text, trigger.end, d.start):
                # "asked the mission to complete the withdrawal ... by December 31": the deadline dates the departure
                trigger = _Trigger(trigger.start, trigger.end, "withdrawal", "deadline")
            if previous is not None and previous[1] == trigger \
                    and _DATE_PAIR_GAP.fullmatch(text, previous[0].end, d.start) is not None:
                continue  # "in 2021 and 2022": one happening, dated by its start
            previous = (d, trigger)
            event = _event(doc, index, clauses, triggers, trigger, d, sentence_dates, focus, mission_organisation,
                           publication_end)
            made[d.start] = event.event_type
            events.append(event)
        # "It sent 1,200 soldiers in 2013, when MINUSMA took over": a "when" clause with an event of its own and
        # no date of its own happened at the date of the clause before it.
        shared: set[tuple[int, str]] = set()
        for t in triggers if made and "when" in text[sentence.start:sentence.end] else ():
            if t.event_type == "statement" or t.rule in ("light", "presence_since"):
                continue
            i = clauses.index(t.start)
            a, b = clauses[i]
            if not _WHEN_OPENING.match(text, a, t.start) or any(a <= d.start < b for d in sentence_dates):
                continue
            earlier = [d for d in sentence_dates if d.end <= a and d.start in made and d.kind != "since"]
            if not earlier or made[earlier[-1].start] == t.event_type or (i, t.event_type) in shared \
                    or any(_HAS_WORD.search(text, *clauses[j]) for j in range(clauses.index(earlier[-1].start) + 1, i)):
                continue
            shared.add((i, t.event_type))  # one row per type and clause
            events.append(_event(doc, index, clauses, triggers, t, earlier[-1], sentence_dates, focus,
                                 mission_organisation, publication_end, shared=True))
    return events


def _event(doc: _Document, index: int, clauses: _Clauses, triggers: list[_Trigger], trigger: _Trigger,
           d: DateMention, dates: list[DateMention], focus: str | None, mission_organisation: dict,
           publication_end: date | None, shared: bool = False) -> Event:
    """The row for a date bound to its trigger: type, actor, mission, location and tense (module docstring).
    ``shared``: the date is borrowed by a "when" clause, whose own subject acts."""
    text = doc.text
    sentence = doc.sentences[index]
    clause = clauses.of(d.start)
    closing = trigger.rule == "closure"
    if trigger.event_type == "withdrawal":
        trigger = _replaced_after(triggers, clauses, trigger, dates, text) or trigger
    trigger_clause = clauses.of(trigger.start)
    event_type, rule = trigger.event_type, trigger.rule
    if event_type == "deployment" and _EVACUATION.search(text, *trigger_clause):
        event_type, rule = "other", "evacuation"
    elif event_type == "other" and rule == "other" and _EVACUATION.search(text, trigger.start, trigger.end):
        rule = "evacuation"
    if rule == "other" and _JOIN.match(text, trigger.start) and _slice(
            doc.missions, doc.mission_starts, trigger.end, min(trigger_clause[1], trigger.end + 80)):
        event_type, rule = "deployment", "join_mission"  # "Ghana joined UNIFIL in 1978"
    subject = _subject(doc, index, clauses, trigger)
    if closing and (subject is None or not subject.mission):
        subject = None  # a mission closes: no country acts
    if clause != trigger_clause and not shared:
        # "Burkina Faso sent a battalion in March, and Niger followed in April": the date's own clause names its
        # actor.
        subject = doc.first_subject(clause[0], d.start) or subject
    if rule in ("depart", "arrive"):
        event_type, rule = _movement(doc, trigger, trigger_clause, subject)
    elif rule == "command" and subject is not None and subject.iso3 and _COUNTRY_TAKES_COMMAND.fullmatch(
            text, subject.end, trigger.start) and any(
                e.iso3 and e.iso3 != subject.iso3 and _FROM_BEFORE.search(text, max(trigger.end, e.start - 8), e.start)
                for e in doc.entities_in(trigger.end, trigger_clause[1])):
        # "Italy is due to take over command of UNIFIL from France": a country taking command from another is a
        # handover between contributors; "Brazil took command of MINUSTAH" (no predecessor) or a person who
        # does ("General Ortiz took command") is an appointment.
        event_type, rule = "handover", "command"
    elif rule == "outbreak" and _VIOLENCE_BEFORE.search(text, max(sentence.start, trigger.start - 40), trigger.start) \
            and not _WAR.search(text, sentence.start, sentence.end):
        event_type = "attack"  # "fighting erupted in Juba in July 2016" (not the outbreak of a war)
    if event_type == "attack" and _AIR_POWER_BEFORE.search(text, trigger_clause[0], trigger.start):
        event_type = "intervention"  # "NATO aircraft attacked an ammunition depot": air strikes intervene
    if event_type == "attack" and _PASSIVE_ATTACK.search(text, *trigger_clause):
        # "peacekeepers were killed", "lost their lives": the subject is the victim; the actor is the agent after "by".
        subject = _agent(doc, trigger, trigger_clause)
    organisation = None
    if subject is not None and subject.organisation:
        organisation = subject.organisation
    elif subject is not None and subject.mission:
        organisation = mission_organisation.get(subject.mission)
    planned = is_future_text(text[trigger_clause[0]:trigger_clause[1]]) or (
        publication_end is not None and d.date.value > publication_end
    )
    return Event(
        sentence=sentence,
        date=d,
        event_type=event_type,
        actor_iso3=subject.iso3 if subject is not None else None,
        actor_organisation=organisation,
        mission_acronym=_mission(doc, sentence, clauses, triggers, trigger, subject, focus, d),
        location_iso3=_location(doc, trigger_clause, trigger),
        is_planned=planned,
        extractor=f"{VERSION}:{event_type}_{rule}",
    )


def _is_tally(text: str, sentence_start: int, trigger: _Trigger) -> bool:
    """ "have been killed", "peacekeepers killed in hostile acts": victims counted (over a "since" span), unlike
    attacks that go on ("attacks have killed 1,000 civilians since 2014", "have attacked positions since August")."""
    word = text[trigger.start:trigger.end].lower()
    before = text[max(sentence_start, trigger.start - 12):trigger.start]
    if word.startswith("lost"):
        return True
    if word.startswith(("kill", "wound", "injur")):
        return _ACTIVE_PERFECT.search(before) is None
    # "71 missions established since 1948": a participle after a plural noun counts what it names
    return word.endswith("ed") and " " not in word and _PLURAL_BEFORE.search(before) is not None


def _noun_dated(text: str, d: DateMention) -> _Trigger | None:
    """ "a 1994 coup", "the Dec. 1 election": the event noun that the date qualifies."""
    m = _EVENT_NOUN_AFTER.match(text, d.end)
    if m is None or not _ADJECTIVE_BEFORE.search(text, max(0, d.start - 12), d.start):
        return None
    return _Trigger(m.start(m.lastgroup), m.end(), m.lastgroup, "noun")


def _resolution_dated(text: str, sentence_start: int, d: DateMention) -> _Trigger | None:
    """ "resolutions 2628 (2022) of 31 March 2022", "resolution 2098 of 28 March 2013": the date of a resolution
    dates its adoption (a mandate), whatever verb the sentence has."""
    m = _RESOLUTION_OF.search(text, max(sentence_start, d.start - 60), d.start)
    if m is None:
        return None
    return _Trigger(m.start(), m.end(), "mandate", "resolution")


# After a statement's date: "[France|it|the government] would deploy / send / increase its contingent".
_REPORTED_SENDING = re.compile(
    r"\s+(?:that\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:it\s+|they\s+)?(?:would|will)\s+(?P<verb>(?:deploy|send|dispatch"
    r"|contribute)\b|increase\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:contingent|presence|troops|force)s?\b)"
)


def _reported_withdrawal(triggers: list[_Trigger], statement: _Trigger, clauses: _Clauses,
                         dates: list[DateMention], own: DateMention, text: str) -> _Trigger:
    """ "India said on Wednesday it would withdraw its troops", "Britain will withdraw its troops ..., the minister
    told parliament on Monday", "France on Thursday announced a withdrawal": a statement that announces a
    withdrawal (or a suspension: "said in July it would suspend its participation") with no date of its own dates
    the decision. A reported sending with no date of its own ("said on Monday it would deploy") is a pledge of
    that day; other reported acts stay statements."""
    for t in triggers:
        if not (t.event_type == "withdrawal" or t.rule == "funding") or t.rule in ("closure", "gone") \
                or abs(t.start - statement.start) > 200:
            continue
        a, b = clauses.of(t.start)
        if any((a <= d.start < b or d.start > t.start) and d is not own for d in dates):
            continue  # "said it would bring home its troops ..., in 2023": the withdrawal has a date of its own
        if t.start > statement.end:
            if _REPORTED_GAP.fullmatch(text, statement.end, t.start) is None:
                continue
        elif _FUTURE_BEFORE.search(text, max(a, t.start - 30), t.start) is None:
            continue
        return t
    sending = _REPORTED_SENDING.match(text, own.end)
    if sending is not None and own.start - statement.end <= 30 \
            and not any(d.start > own.end and d.start < sending.end() + 80 for d in dates):
        # "Chirac said on Aug. 24 France would deploy two more battalions", "said on Monday China would increase
        # its contingent": a dated announcement that a country will send (more) troops is its pledge, unless the
        # sending has a date of its own.
        return _Trigger(sending.start("verb"), sending.end("verb"), "pledge", "announced")
    return statement


def _reported_completion(triggers: list[_Trigger], statement: _Trigger, dates: list[DateMention], text: str,
                         end: int) -> _Trigger | None:
    """ "ATMIS said on Friday it had completed the withdrawal": a statement that reports a completion (and no
    date of its own for it) dates the completed event; any other statement dates only itself."""
    done = _COMPLETED.search(text, statement.end, min(end, statement.end + _CHECK_WINDOW))
    if done is None:
        return statement
    event = next((t for t in triggers if done.end() <= t.start <= done.end() + 20 and t.event_type != "statement"),
                 None)
    if event is None or any(done.end() <= d.start < end for d in dates):
        return statement
    return event


def _replaced_after(triggers: list[_Trigger], clauses: _Clauses, trigger: _Trigger, dates: list[DateMention],
                    text: str) -> _Trigger | None:
    """ "MINUSTAH closed in October 2017 and was replaced by MINUJUSTH": an end that the next clause, with no date
    of its own, says was a replacement is a handover."""
    i = clauses.index(trigger.start)
    if i + 1 >= len(clauses):
        return None
    a, b = clauses[i + 1]
    if not _REPLACED_BY.match(text, a, b) or any(a <= d.start < b for d in dates):
        return None
    return next((t for t in triggers if a <= t.start < b and t.rule == "replace"), None)


def _period_end(published: PartialDate) -> date:
    """The last day of the publication period (a date after it is in the future)."""
    value = published.value
    if published.precision == "year":
        return date(value.year, 12, 31)
    if published.precision == "month":
        following = date(value.year + value.month // 12, value.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return value
