"""Contribution rules: who sends how many personnel of which kind to which mission, in what status, as of when.

A figure becomes a contribution when its noun phrase counts people (``personnel.head_after``, "a 700-member
battalion", "a battalion of 850", "troops numbering 395", "the number of Kenyans serving with the MSS"), or when
it has no noun of its own but counts a group named before it ("another 200", "the remaining 600", "Around 1,000
of them are in Lebanon", "pulled out 450."), a country can be named as the one that sends them, and nothing
marks it as something else (casualties and the dead honoured, an authorised strength, a request, a national
army, a total drawn "from six countries", units counted). Each decision is a named rule in an ordered table, so
that a reviewer can read the rules that made a row from its ``extractor`` value, the chain of their names
(``<version>:<candidate rule>+<sender rule>+<type rule>+status(<cue>)[+<status rule>...]+mission(<mission
rule>)[+<row rule>...]``, and ``+headline`` for a headline restated by the story).

The stages, one module each, run in this order for every figure (``rows._figure``):

* ``candidates.CANDIDATE_RULES``: the figure's head noun and the rule that found it;
* ``vetoes.VETOES``: what marks it as no contribution (the first veto that holds drops it);
* ``senders.SENDER_RULES``: who sends its personnel;
* ``asof._as_of``, then ``statuses.STATUS_RULES``: its date and status (the clause's verb, rewritten in order);
* ``ptypes.TYPE_RULES`` and ``STORY_TYPE_RULES``: the kind of personnel;
* per sender, ``scope.MISSION_RULES`` (the mission or scope) and ``rows.ROW_RULES`` (a host's own forces dropped,
  a pledge's scope, a build-up).

The stages share one ``context.SentenceContext`` (the sentence, its mentions, the rows found so far, what is
computed once per sentence, and through ``context.DocumentReading`` the document's text, matcher and focus), one
``context.Candidate`` per figure and one ``statuses.Reading`` of its status and date. ``rules.tracing()`` records
which rules fire (``tests/test_contribution_rules.py`` requires a case for each rule and veto). Word lists are
data: ``pipeline/extract/lexicon.py`` and ``pipeline/extract/data/*.csv``.

The sender of a figure is the country of its own noun phrase, the one it comes "from", the agent or the subject
of a relative clause after it ("the unit that India sent"), the country of its list item when the item's verb is
left out ("..., Ghana two companies, and Togo and Mali a dozen staff officers each"), the antecedent of the
relative clause that holds it ("..., and Egypt, which has pledged another 800"), else the subject of its own
clause ("..., and Benin has offered up to 2,000"), else of its sentence. A host country that labels a list item
("- Lebanon: 870 infantry (UNIFIL)") is where the figure serves: the story's country sends it. A national
parliament, ministry or armed force (``pipeline.extract.publishers``, from the manifest's publisher and URL) speaks
of its own forces without naming its country: their names ("the Defence Forces", "ADF"), the first person, or, as
a last resort, a sentence that names no other sender and no mission's strength give the publisher's country.

The document is read in order, sentence by sentence. What a sentence says about its country and mission is kept
(``_Focus``) so that the next one can refer to them: "It currently has 2,000 troops", "Another 350 troops will
follow", "Chad is its largest contributor".

A headline (a line that ends without a full stop: "Three new Swiss military observers for the Middle East")
announces the story's lead: a headline figure restated in the first sentences after it takes their mission,
status and date.
A force outside any mission ("under a bilateral agreement") has no mission, a mission that had ended by a
figure's date gives way, as the story's topic, to the force its host has then, and where most of a figure's
people are ("1,000 personnel, most of them in southern Lebanon") does not make it that mission's.

Only sentences with a figure and a word for personnel, a unit or contributors (or "of them") are read closely
(the prefilter in ``extract_contributions``); the others cost two scans of the lower-cased sentence.

Hand-written: this is the domain logic of the project. The building blocks (countries, figures, dates, mission
names) are separate modules.
"""
