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

from pipeline.extract.ev.common import VERSION
from pipeline.extract.ev.rows import extract_events

__all__ = ["VERSION", "extract_events"]
