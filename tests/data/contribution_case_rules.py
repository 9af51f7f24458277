"""The rules each case of ``contribution_sentences.py`` exercises, as their trace records them
(``stage.rule`` or ``stage.rule:name given``). Written by ``python -m tests.test_contribution_rules``;
reviewed like code: a case that stops firing a rule is a behaviour change."""

CASE_RULES: dict[str, tuple[str, ...]] = {
    'wire-plan-said-on-monday': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'wire-some-deployed-full-name': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'wire-about-serving-with': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'wire-left-capital-for-host': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'wire-plans-to-deploy-host-au': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'wire-relative-clause-there': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.subject', 'type.head',
    ),
    'wire-strong-battalion-in-july': (
        'candidate.unit_size', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'wire-will-withdraw-by-date': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'wire-repatriate-from-host': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'wire-leave-for-next-week': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'wire-whose-soldiers': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'wire-contingent-arrived-capital': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'wire-is-to-send': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'wire-stationed': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'wire-part-of-afisma': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'wire-numbering': (
        'candidate.noun_numbering', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'wire-capital-as-sender': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'wire-hundreds-arrived-active-mission': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'wire-units-are-not-people': (
    ),
    'wire-two-kinds-one-sentence': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'un-pledged-fpu': (
        'candidate.unit_size', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'un-welcomed-deployment-of': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'un-dpko-announced-additional': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'un-largest-contributor-as-of': (
        'candidate.figure_noun', 'mission.ranking', 'sender.subject', 'type.head',
    ),
    'un-currently-contributes-n-missions': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'un-having-served-since': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'un-including-staff-officers': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.before_figure:sentence',
        'sender.subject', 'type.head',
    ),
    'un-with-fronted': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.fronted_with', 'type.head',
    ),
    'un-with-fronted-hedge': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.fronted_with', 'type.head',
    ),
    'un-with-fronted-strength': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.fronted_with', 'type.head',
    ),
    'rule-sender-unit-after': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.unit_after', 'type.head',
    ),
    'unit-after-platoon': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.unit_after', 'type.head',
    ),
    'unit-after-relieved-is-other': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'un-thanked-for-pledge': (
        'candidate.unit_size', 'mission.none', 'sender.subject', 'type.head',
    ),
    'un-would-be-repatriated': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.np', 'type.head',
    ),
    'un-at-present-contributes': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'un-provided-including': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'un-contribution-stands-at': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.subject', 'type.head',
    ),
    'un-range-to': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'un-committed-to-send-fpu': (
        'candidate.unit_size', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'un-deminers-full-name': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'un-maintains-observers': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'un-there-are': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'un-name-counts': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.np', 'type.head',
    ),
    'un-now-includes': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.np', 'type.head',
    ),
    'gov-departed-for-capital': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'gov-decided-to-deploy': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'gov-of-the-army-after-head': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.of_from:of', 'type.head',
    ),
    'gov-armed-force-battalion-of': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'gov-will-be-deployed': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'gov-army-member-contingent-left-for': (
        'candidate.unit_size', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'gov-soldiers-of-contingent': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'gov-jsdf-personnel': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.armed_forces',
    ),
    'gov-cabinet-approved-deployment': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'gov-army-said-it-will': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'gov-we-minister-of-country': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.speaker', 'type.head',
    ),
    'gov-convoy-company': (
        'candidate.unit_size', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'gov-home-affairs-next-month': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'gov-personnel-by-october': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'gov-according-to-currently-serving': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'gov-aircraft-and-personnel': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'gov-passive-by-country': (
        'candidate.unit_size', 'mission.after_figure:sentence', 'sender.agent', 'type.head',
    ),
    'pdf-footnote-comma-ranking': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'pdf-hyphen-break-as-of-month': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'pdf-year-footnote-cumulative': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'pdf-as-of-date-footnote': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'pdf-armed-force-currently': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'pdf-capital-destination-month-footnote': (
        'candidate.unit_size', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'pdf-page-furniture': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'pdf-line-break-has-deployed': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'pdf-in-total-broken': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'pdf-acronym-footnote': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'pdf-footnote-glued-to-noun': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'pdf-gapped-list': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'pdf-bullets-subjectless': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.scope_after:scope_words',
        'sender.continuation', 'type.head',
    ),
    'pdf-footnote-after-grouped-figure': (
        'candidate.figure_noun', 'mission.ranking', 'sender.subject', 'type.head',
    ),
    'pdf-table-row-parentheses': (
        'mission.ranking',
    ),
    'pdf-footnote-after-host': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'wd-has-withdrawn-description': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'wd-left-host-on-day': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'wd-pull-out-next-month': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'wd-withdrew-last-police': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'wd-bringing-home': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'wd-pulled-out-of': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'wd-withdrawal-of': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'wd-drawdown-background-serving': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'wd-repatriated-after': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'wd-recalled-serving-with': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'wd-brought-home-after-ended': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'wd-withdrew-in-year': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'wd-sent-home': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'wd-pull-back-all': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'wd-evacuated-by-air': (
        'candidate.figure_noun', 'mission.host:host_place', 'sender.np', 'type.head',
    ),
    'cum-since-year-fronted': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.np', 'type.head',
    ),
    'cum-over-past-years': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'cum-in-total-fronted': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'cum-so-far': (
        'candidate.figure_noun', 'mission.host:host_country', 'row.build_up', 'sender.subject', 'type.head',
    ),
    'cum-so-far-many-missions': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'cum-have-served-since': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'cum-altogether': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.np', 'type.head',
    ),
    'cum-a-total-of': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'cum-south-asian-grouping': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.np', 'type.head',
    ),
    'cum-army-so-far-said': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'cum-over-the-years': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'cum-to-date': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'cum-rotated-through': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'cum-cumulatively': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'cum-peacekeeping-missions-so-far': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'cum-currently-a-total-of-is-serving': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'rank-largest-with': (
        'candidate.figure_noun', 'mission.ranking', 'sender.subject', 'type.head',
    ),
    'rank-appositive-with': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'rank-ranks-first': (
        'candidate.figure_noun', 'mission.ranking', 'sender.subject', 'type.head',
    ),
    'rank-biggest-among-p5': (
        'candidate.figure_noun', 'mission.ranking', 'sender.subject', 'type.head',
    ),
    'rank-regional-top-host': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'rank-list-parentheses-mission': (
        'mission.before_figure:sentence',
    ),
    'rank-ranks-third-mixed': (
        'candidate.figure_noun', 'mission.ranking', 'sender.subject', 'type.head',
    ),
    'rank-fifth-largest-troop': (
        'candidate.figure_noun', 'mission.ranking', 'sender.subject', 'type.head',
    ),
    'rank-with-fronted-mission': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.fronted_with', 'type.head',
    ),
    'rank-sixth-of-troops': (
        'candidate.figure_noun', 'mission.scope_clause:scope_words', 'sender.subject', 'type.head',
    ),
    'rank-overtaken-other-country': (
        'candidate.figure_noun', 'mission.ranking', 'sender.subject', 'type.head',
    ),
    'rank-third-largest-in-missions': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'rank-leading-police-colon': (
        'mission.ranking',
    ),
    'rank-tops-list': (
        'candidate.figure_noun', 'mission.ranking', 'sender.subject', 'type.head',
    ),
    'rank-mission-in-focus': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.pronoun:no_focus', 'sender.subject',
        'type.head',
    ),
    'quote-offered-between-yesterday': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'quote-we-attribution-demonym': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.speaker', 'type.head',
    ),
    'quote-our-men-next-month': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.speaker', 'type.head',
    ),
    'quote-there-are-unknown-place': (
        'candidate.figure_noun', 'mission.none', 'sender.np', 'type.head',
    ),
    'quote-single-quotes': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'quote-curly-we-place-in-mission-name': (
        'candidate.figure_noun', 'mission.host:host_place', 'sender.speaker', 'type.head',
    ),
    'place-of-mission-name-abyei': (
        'candidate.figure_noun', 'mission.host:host_place', 'sender.subject', 'type.head',
    ),
    'place-of-mission-name-before-mission': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'national-operation-barkhane': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'national-operation-sangaris': (
        'candidate.figure_noun', 'candidate.own_total', 'mission.host:host_country',
        'mission.list_item:host_country', 'sender.subject', 'status.place:running_total', 'type.head',
    ),
    'national-operation-other-sender-un': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'national-operation-named-un-kept': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'national-operation-coalition-lead': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'quote-curly-will-provide': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'quote-will-keep-tuesday': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'quote-ready-to-send-is-offer': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'quote-colon-speech': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'quote-our-soldiers-speaker-after': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.speaker', 'type.head',
    ),
    'quote-we-have-sent-spokesman': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.speaker', 'type.mixed_kinds',
    ),
    'quote-speaker-introduced-before': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.speaker:speaker_focus', 'type.head',
    ),
    'quote-un-says-it-has': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'quote-willing-to-offer': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'fig-range-to': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'fig-up-to-could': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'fig-as-many-as-may': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'fig-a-dozen-staff-officers': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'fig-word-observers': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'fig-member-battalion': (
        'candidate.unit_size', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'fig-strong-force': (
        'candidate.unit_size', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'fig-battalion-of-n': (
        'candidate.unit_of', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'fig-engineering-company-of-about': (
        'candidate.unit_of', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'fig-odd': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'fig-hyphenated-words-friday': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'fig-at-least-police': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'fig-a-further': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'fig-nearly': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'fig-dozens-medics-monday': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'fig-plus': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'fig-aviation': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'fig-two-kinds-and': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'fig-infantry-and-observers': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'fig-guard-unit-strong': (
        'candidate.unit_size', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'fig-paratroopers': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'fig-or-so': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'fig-several-hundred': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'fig-between-approximately': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'fig-almost': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'mis-full-name-interim-force': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'mis-misspelled-acronym': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'mis-description-later-named': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.subject', 'type.head',
    ),
    'mis-scope-operations': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'mis-long-full-name': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'mis-description-lowercase': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'mis-pronoun-host-from-previous': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.pronoun', 'type.head',
    ),
    'mis-focus-from-earlier-sentence': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.subject', 'type.head',
    ),
    'mis-around-the-globe': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.np', 'type.head',
    ),
    'mis-au-description': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'cont-it-currently-has': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.pronoun', 'type.head',
    ),
    'cont-its-police': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.pronoun', 'type.head',
    ),
    'cont-the-country-has': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.pronoun', 'type.head',
    ),
    'cont-they-will-join': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.pronoun', 'type.head',
    ),
    'cont-another': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.focus:document_focus',
        'sender.continuation', 'sender.subject', 'type.head',
    ),
    'cont-of-them-partitive': (
        'candidate.bare:partitive', 'candidate.figure_noun', 'mission.after_figure:sentence',
        'mission.focus:document_focus', 'sender.pronoun', 'sender.subject', 'type.head', 'veto.partitive_part',
    ),
    'cont-org-subject-blocks': (
        'candidate.figure_noun', 'sender.pronoun:org_subject',
    ),
    'cont-no-subject-is-not-carried': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.no_sender', 'sender.subject',
        'type.head',
    ),
    'neg-money': (
    ),
    'neg-authorised-resolution': (
        'candidate.figure_noun', 'veto.authorised',
    ),
    'neg-age-casualty': (
    ),
    'neg-casualties-wounded': (
        'candidate.figure_noun', 'veto.casualty',
    ),
    'neg-vehicles-aircraft': (
    ),
    'neg-pallets': (
    ),
    'neg-regional-force': (
        'candidate.figure_noun', 'sender.regional',
    ),
    'neg-un-looking-for': (
        'candidate.figure_noun', 'veto.request',
    ),
    'neg-percent-year': (
    ),
    'neg-year-only': (
    ),
    'neg-lost-peacekeepers': (
        'candidate.figure_noun', 'veto.casualty',
    ),
    'neg-killing-one': (
        'veto.bare:loss_of_people',
    ),
    'neg-asked-to-provide': (
        'candidate.figure_noun', 'veto.request',
    ),
    'neg-needs-more': (
        'candidate.figure_noun', 'veto.request',
    ),
    'neg-died-in-service': (
        'candidate.elliptic_from', 'candidate.figure_noun', 'veto.casualty',
    ),
    'neg-mission-strength-no-country': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'neg-national-army-size': (
        'candidate.figure_noun', 'veto.national_force',
    ),
    'neg-table-reference': (
    ),
    'neg-brigade-no-country': (
        'candidate.unit_size', 'sender.pronoun:no_focus',
    ),
    'neg-helicopters-tanks': (
    ),
    'neg-citation': (
    ),
    'neg-percent-of-force': (
    ),
    'neg-civilians': (
    ),
    'neg-personnel-carriers': (
    ),
    'neg-parliament-members': (
    ),
    'neg-age-of-president': (
    ),
    'neg-hostages': (
        'candidate.figure_noun', 'veto.casualty',
    ),
    'neg-footnote-numbers': (
    ),
    'neg-times-as-many': (
    ),
    'neg-accused': (
        'candidate.figure_noun', 'veto.casualty',
    ),
    'mixed-dateline-additional': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'mixed-bring-total-to': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'mixed-arrival-of-police-from': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.of_from:from', 'type.head',
    ),
    'mixed-summit-pledge-while': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'mixed-security-troops': (
        'candidate.figure_noun', 'mission.definite:definite_description', 'sender.subject', 'type.modifier',
    ),
    'mixed-most-of-them-with': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'mixed-qrf-and-police': (
        'candidate.figure_noun', 'candidate.unit_size', 'mission.none', 'sender.subject', 'type.head',
    ),
    'mixed-rehatted-no-country': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'mixed-place-inside-mission-name': (
        'candidate.figure_noun', 'mission.host:host_place', 'sender.np', 'type.head',
    ),
    'mixed-troops-and-police-since': (
        'candidate.figure_noun', 'mission.host:host_place', 'sender.np', 'type.head',
    ),
    'mixed-based-since-is-standing': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'mixed-which-has-said': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.relative_antecedent', 'type.head',
    ),
    'mixed-returned-home-from': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'mixed-personnel-and-helicopters': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'mixed-deployed-around-the-world': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'mixed-semicolon-currently': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'mixed-each-contributed': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject:subject_each', 'type.head',
    ),
    'mixed-parenthesised-list-after-noun': (
        'mission.none',
    ),
    'mixed-engineers-and-medics-in-year': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.mixed_kinds',
    ),
    'mixed-completed-tour': (
        'candidate.unit_of', 'mission.none', 'sender.np', 'type.head',
    ),
    'mixed-injured': (
        'candidate.figure_noun', 'veto.casualty',
    ),
    'mixed-each-battalion-has': (
        'candidate.figure_noun', 'veto.distributive',
    ),
    'mixed-statement-on-thursday': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'mixed-contingent-integrated': (
        'candidate.unit_size', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'mixed-pulled-out-of': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'mixed-cyprus': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'mixed-including-from': (
        'candidate.elliptic_from', 'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.np',
        'sender.pronoun:no_focus', 'type.head',
    ),
    'mixed-of-the-are-from': (
        'candidate.elliptic_from', 'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.np',
        'sender.pronoun:no_focus', 'type.head',
    ),
    'mixed-coordinated-figures-arrived': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'mixed-comma-numbering': (
        'candidate.noun_numbering', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'mixed-contributed-since': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'mixed-lost-quoted': (
        'candidate.figure_noun', 'veto.casualty',
    ),
    'mixed-golan-heights-place': (
        'candidate.figure_noun', 'mission.host:host_place', 'sender.subject', 'type.head',
    ),
    'mixed-of-the-countrys': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'mixed-will-be-replaced': (
        'candidate.figure_noun', 'mission.none', 'sender.np', 'type.head',
    ),
    'mixed-down-from': (
        'candidate.changed_from', 'candidate.figure_noun', 'mission.host:host_country',
        'mission.list_item:host_country', 'sender.subject', 'status.before_change', 'type.head',
    ),
    'mixed-taking-its-contingent-to': (
        'candidate.figure_noun', 'candidate.own_total', 'mission.after_figure:sentence',
        'mission.before_figure:sentence', 'sender.subject', 'status.place:running_total', 'type.head',
    ),
    'mixed-president-said-would': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'mixed-naval-contingent': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'stmt-tribute-no-country': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'stmt-top-contributor-currently': (
        'candidate.figure_noun', 'mission.ranking', 'sender.subject', 'type.head',
    ),
    'stmt-decided-to-dispatch-contingent': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.armed_forces',
    ),
    'stmt-force-has-of-which': (
        'candidate.elliptic_from', 'candidate.figure_noun', 'mission.none', 'sender.np',
        'sender.pronoun:no_focus', 'type.head',
    ),
    'stmt-we-offered-minister-of': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.speaker', 'type.head',
    ),
    'stmt-observers-next-year': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'stmt-troops-of-group-rotate': (
        'candidate.figure_noun', 'mission.host:host_place', 'sender.subject', 'type.head',
    ),
    'stmt-money-on-contingents': (
    ),
    'stmt-trained-for-deployment': (
        'candidate.figure_noun', 'veto.not_yet',
    ),
    'stmt-contributes-making-it': (
        'candidate.figure_noun', 'mission.ranking', 'sender.subject', 'type.head',
    ),
    'stmt-battalion-hostage': (
        'candidate.unit_size', 'veto.casualty',
    ),
    'stmt-so-far-losing': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
        'veto.bare:loss_of_people',
    ),
    'stmt-rotation-arrived': (
        'candidate.figure_noun', 'mission.none', 'sender.np', 'type.head',
    ),
    'stmt-deployment-delayed': (
        'candidate.figure_noun', 'mission.host:host_place', 'sender.np', 'type.head',
    ),
    'stmt-increase-to-including': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.subject',
        'status.place:running_total', 'type.head', 'type.modifier',
    ),
    'stmt-soldiers-from-country': (
        'candidate.figure_noun', 'mission.none', 'sender.of_from:from', 'type.head',
    ),
    'stmt-army-said-would-remain': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'stmt-table-title': (
    ),
    'stmt-table-row-no-noun': (
    ),
    'stmt-who-entered-joined-with': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.subject', 'type.head',
    ),
    'stmt-ready-to-deploy-quoted': (
        'candidate.figure_noun', 'mission.none', 'sender.speaker', 'type.head',
    ),
    'stmt-considering-sending': (
        'candidate.figure_noun', 'mission.host:host_place', 'sender.subject', 'type.head',
    ),
    'stmt-only-military-and-police': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'stmt-contributes-two-kinds': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'stmt-member-fpu-stationed': (
        'candidate.unit_size', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'stmt-since-died': (
        'candidate.figure_noun', 'veto.casualty',
    ),
    'stmt-which-commands-plans-to-reduce': (
        'candidate.figure_noun', 'mission.list_item:host_country', 'sender.subject', 'type.head',
    ),
    'stmt-in-the-field': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'stmt-intervention-brigade': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'stmt-form-the-backbone': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'stmt-among-victims': (
        'candidate.figure_noun', 'veto.casualty',
    ),
    'stmt-come-from-countries': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'stmt-is-to-deploy-its': (
        'candidate.unit_size', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'stmt-numbered-in-year': (
        'candidate.noun_numbering', 'mission.none', 'sender.np', 'type.head',
    ),
    'stmt-all-its-troops-no-figure': (
    ),
    'stmt-ministry-statement-on-weekday': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'stmt-together-joint': (
        'candidate.figure_noun', 'sender.subject:joint_subject',
    ),
    'stmt-each-pledged': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject:subject_each', 'type.head',
    ),
    'doc-wire-story': (
        'candidate.figure_noun', 'candidate.unit_of', 'candidate.unit_size', 'mission.after_figure:sentence',
        'mission.carried_scope:document_focus', 'mission.focus:document_focus', 'mission.host:host_country',
        'mission.scope_after:scope_words', 'sender.continuation', 'sender.pronoun', 'sender.pronoun:no_focus',
        'sender.subject', 'type.head',
    ),
    'doc-pdf-report-page': (
        'candidate.figure_noun', 'candidate.unit_of', 'mission.after_figure:sentence',
        'mission.generic_missions', 'mission.scope_after:scope_words', 'sender.continuation', 'sender.np',
        'sender.pronoun', 'type.head',
    ),
    'doc-un-press-release': (
        'candidate.figure_noun', 'candidate.unit_size', 'mission.focus:document_focus', 'sender.np',
        'sender.subject', 'type.head', 'veto.authorised',
    ),
    'other-police-election': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head', 'veto.not_peace_document:drop',
    ),
    'other-army-state': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head', 'veto.not_peace_document:drop',
    ),
    'other-intervention-host-with-un-mission': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
        'veto.not_peace_document:drop',
    ),
    'other-national-operation-host': (
        'candidate.figure_noun', 'veto.not_yet',
    ),
    'other-police-stadium': (
        'candidate.figure_noun', 'mission.none', 'sender.np', 'type.head', 'veto.not_peace_document:drop',
    ),
    'other-troops-withdrawn-domestic': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head', 'veto.not_peace_document:drop',
    ),
    'other-mission-named-anyway': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'other-scope-named-anyway': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'rep-host-national-army': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head', 'veto.self_hosted:drop',
    ),
    'rep-host-army-alongside-mission': (
        'candidate.noun_numbering', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
        'veto.self_hosted:drop',
    ),
    'rep-mission-total-rehatted': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'rep-mission-has': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'rep-civilians-and-protection': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'rep-budget-pays-for': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'rep-killed': (
        'candidate.figure_noun', 'veto.casualty',
    ),
    'rep-attacked-wounded': (
        'candidate.figure_noun', 'candidate.unit_of', 'veto.casualty',
    ),
    'rep-which-has-condemned': (
        'candidate.figure_noun', 'mission.none', 'sender.relative_antecedent', 'type.head',
    ),
    'rep-medical-team-of': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'rep-unit-n-strong': (
        'candidate.unit_strong', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'rep-promised-by-month': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'rep-countries-pledged-joint': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'rep-troop-contributors-include': (
        'mission.none',
    ),
    'rep-is-sending-ministry': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'rep-contribution-consists-of': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'rep-appositive-partitive': (
        'candidate.bare:partitive', 'mission.none', 'sender.subject', 'type.head',
    ),
    'rep-total-police-expected': (
        'candidate.figure_noun', 'sender.pronoun:no_focus', 'veto.figure_noun:units_counted',
    ),
    'veto-things-counted-operations': (
        'veto.figure_noun:things_counted',
    ),
    'veto-things-counted-companies': (
        'veto.figure_noun:things_counted',
    ),
    'mission-host-among-other-places': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'veto-things-counted-tents': (
        'veto.figure_noun:things_counted',
    ),
    'rep-reduced-from-to': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'rep-gapped-contributes': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'rep-first-of-expected': (
        'candidate.figure_noun', 'mission.none', 'sender.np', 'type.head',
    ),
    'rep-year-deployment-of': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'rep-intelligence-unit-from-next-year': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'rep-since-month-bringing-total': (
        'candidate.figure_noun', 'candidate.own_total', 'mission.none', 'row.antecedent', 'sender.subject',
        'status.place:running_total', 'type.head',
    ),
    'rep-fewer-than-remain': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'rep-make-up-entire-force': (
        'candidate.unit_size', 'mission.host:host_place', 'sender.subject', 'type.head',
    ),
    'rep-government-said-its': (
        'candidate.figure_noun', 'mission.host:host_place', 'sender.subject', 'type.head',
    ),
    'rep-from-two-countries-joint': (
        'candidate.figure_noun', 'sender.of_from:joint_from',
    ),
    'rep-visited-serving': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'rep-noun-from-list': (
        'mission.none',
    ),
    'r2-of-them-serve-in-host': (
        'candidate.bare:partitive', 'candidate.figure_noun', 'mission.after_figure:sentence',
        'mission.scope_after:scope_words', 'sender.pronoun', 'sender.subject', 'type.head',
    ),
    'r2-partitive-whole-is-standing': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'status.place:partitive_whole',
        'type.head',
    ),
    'r2-bare-figure-after-verb': (
        'candidate.bare:bare_object', 'candidate.figure_noun', 'mission.before_figure:sentence',
        'mission.destination:sentence', 'sender.relative_antecedent', 'sender.subject', 'type.head',
    ),
    'r2-another-n-own-year': (
        'candidate.bare:anaphoric', 'candidate.figure_noun', 'mission.after_figure:sentence',
        'mission.before_figure:sentence', 'sender.subject', 'type.head',
    ),
    'r2-brings-to-n-the-number-of-demonyms': (
        'candidate.figure_noun', 'candidate.number_of', 'mission.after_figure:sentence', 'sender.np',
        'status.place:running_total', 'type.head',
    ),
    'r2-number-of-to-reach': (
        'candidate.number_of', 'mission.scope_clause:scope_words', 'sender.np', 'type.head',
    ),
    'r2-number-of-rose-to': (
        'candidate.number_of', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'r2-bare-subject-and-remaining': (
        'candidate.bare:anaphoric', 'candidate.bare:bare_subject', 'candidate.figure_noun',
        'mission.after_figure:sentence', 'mission.before_figure:sentence', 'sender.subject', 'type.head',
    ),
    'r2-second-country-after-colon': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'r2-sender-in-relative-clause': (
        'candidate.unit_size', 'mission.after_figure:sentence', 'sender.relative', 'status.relative_clause',
        'type.head',
    ),
    'r2-number-word-of-them-demonym': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.np', 'type.partitive',
        'veto.many_senders',
    ),
    'r2-apposition-then-predicate': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.scope_after:scope_words',
        'sender.continuation', 'sender.subject', 'type.head',
    ),
    'r2-definite-first-n-long-apposition': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.continuation', 'sender.subject',
        'type.head',
    ),
    'r2-subset-of-a-planned-unit': (
        'candidate.figure_noun', 'candidate.unit_size', 'mission.after_figure:sentence',
        'mission.focus:document_focus', 'sender.continuation', 'sender.subject', 'status.part_of_plan',
        'type.head',
    ),
    'r2-bare-coordinated-own-place': (
        'candidate.mission_enumeration',
    ),
    'r2-list-with-commas': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'r2-raising-its-contingent-to': (
        'candidate.figure_noun', 'candidate.own_total', 'mission.host:host_country',
        'mission.list_item:host_country', 'sender.subject', 'status.place:running_total', 'type.head',
    ),
    'r2-cut-its-contingent-to': (
        'candidate.figure_noun', 'candidate.own_total', 'mission.host:host_country',
        'sender.relative_antecedent', 'sender.subject', 'type.head',
    ),
    'r2-contribution-of-two-kinds': (
        'candidate.figure_noun', 'candidate.own_total', 'mission.none', 'row.antecedent', 'sender.np',
        'sender.subject', 'type.head',
    ),
    'r2-of-the-n-m-are-women': (
        'candidate.bare:bare_predicate', 'candidate.figure_noun', 'mission.none', 'row.antecedent', 'sender.np',
        'sender.subject', 'type.head',
    ),
    'r2-today-it-has-n': (
        'candidate.bare:bare_object', 'candidate.figure_noun', 'mission.none',
        'mission.scope_after:scope_words', 'row.antecedent', 'sender.subject', 'type.head',
    ),
    'r2-unit-numbers-n': (
        'candidate.unit_of', 'candidate.unit_size', 'mission.host:host_country', 'sender.np', 'sender.subject',
        'status.apposition_then_verb', 'type.head',
    ),
    'r2-total-then-currently': (
        'candidate.bare:bare_subject', 'candidate.figure_noun', 'mission.none',
        'mission.scope_after:scope_words', 'row.antecedent', 'sender.subject', 'type.head',
    ),
    'r2-another-n-next-sentence': (
        'candidate.bare:anaphoric', 'candidate.figure_noun', 'mission.focus:document_focus',
        'mission.host:host_country', 'sender.continuation', 'sender.subject', 'type.head',
    ),
    'r2-had-deployed-including': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'mission.scope_clause:scope_words',
        'sender.subject', 'type.head',
    ),
    'r2-has-deployed-participle': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'r2-altogether-currently': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'r2-so-far-one-mission': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'row.build_up', 'sender.subject', 'type.head',
    ),
    'r2-departed-from-airport-for': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'r2-flight-with-n-on-board': (
        'candidate.figure_noun', 'candidate.unit_size', 'mission.after_figure:sentence',
        'mission.host:host_country', 'sender.continuation', 'sender.subject', 'type.head',
    ),
    'r2-flew-out-of-host': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'r2-bare-departure-planned': (
        'candidate.figure_noun', 'candidate.unit_size', 'mission.after_figure:sentence',
        'mission.focus:document_focus', 'sender.continuation', 'sender.subject',
        'status.departure:planned_departure', 'type.head',
    ),
    'r2-bare-departure-outbound': (
        'candidate.figure_noun', 'candidate.unit_size', 'mission.after_figure:sentence',
        'mission.focus:document_focus', 'sender.continuation', 'sender.subject', 'status.departure',
        'type.head',
    ),
    'r2-dateline-then-subject': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'r2-headline-infinitive': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.host:host_country', 'sender.subject',
        'type.head',
    ),
    'r2-headline-without-verb': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.host:host_country', 'sender.np',
        'type.head', 'type.role_as:predicate',
    ),
    'r2-since-then-total': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.pronoun', 'type.head',
    ),
    'r2-second-predicate-own-verb': (
        'candidate.bare:bare_object', 'candidate.figure_noun', 'mission.none', 'row.antecedent',
        'sender.subject', 'type.head',
    ),
    'r2-replaced-by-n-from': (
        'candidate.elliptic_from', 'candidate.figure_noun', 'mission.after_figure:sentence',
        'mission.before_figure:sentence', 'sender.np', 'sender.subject', 'status.place:replaced_by',
        'type.head',
    ),
    'r2-speaking-for-his-country': (
        'candidate.bare:anaphoric', 'candidate.figure_noun', 'mission.after_figure:sentence',
        'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'r2-bilateral-no-mission': (
        'candidate.figure_noun', 'mission.bilateral', 'mission.none', 'sender.subject', 'type.head',
    ),
    'r2-n-of-the-uns-operations': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'r2-in-the-field': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'r2-served-as-un-observers': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.np', 'type.predicate',
    ),
    'r2-contributors-to-the-group': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.pronoun:no_focus', 'sender.subject',
        'type.head',
    ),
    'r2-mission-ended-before-figure': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.subject', 'type.head',
    ),
    'r2-and-second-country-offered': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.before_figure:sentence',
        'sender.subject', 'type.head',
    ),
    'r2-semicolon-gapped-each': (
        'candidate.figure_noun', 'candidate.unit_size', 'mission.after_figure:sentence',
        'mission.before_figure:sentence', 'sender.item:item_each', 'sender.subject', 'type.head',
    ),
    'r2-while-second-country': (
        'candidate.figure_noun', 'candidate.unit_size', 'mission.after_figure:sentence', 'sender.subject',
        'type.head',
    ),
    'r2-and-second-country-brought-home': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.subject', 'type.head',
    ),
    'r2-relative-clause-antecedent': (
        'candidate.bare:anaphoric', 'candidate.figure_noun', 'mission.none', 'row.antecedent',
        'sender.relative_antecedent', 'type.head',
    ),
    'r2-followed-by-is-no-agent': (
        'candidate.figure_noun', 'mission.ranking', 'sender.subject', 'type.head',
    ),
    'r2-units-together-n-soldiers': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.subject', 'type.unit_apposition',
    ),
    'r2-quick-reaction-force-of-troops': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'r2-officers-in-police-story': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'mission.host:host_country',
        'sender.continuation', 'sender.np', 'type.head', 'type.police_story',
    ),
    'r2-officers-police-sentence': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.police_story',
    ),
    'r2-officers-as-observers': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.role_as:predicate',
    ),
    'r2-units-counted': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
        'veto.figure_noun:units_counted',
    ),
    'r2-fpus-counted': (
        'veto.figure_noun:units_counted',
    ),
    'r2-supreme-sacrifice': (
        'candidate.figure_noun', 'veto.casualty',
    ),
    'r2-laid-down-their-lives': (
        'candidate.figure_noun', 'veto.casualty',
    ),
    'r2-from-n-countries': (
        'candidate.figure_noun', 'veto.many_senders',
    ),
    'r2-story-battalion-announced': (
        'candidate.demonym', 'candidate.figure_noun', 'candidate.number_of', 'candidate.unit_size',
        'mission.after_figure:sentence', 'mission.before_figure:sentence', 'mission.focus:document_focus',
        'mission.scope_after:scope_words', 'sender.continuation', 'sender.np', 'sender.pronoun',
        'sender.subject', 'status.departure:leaving_home', 'status.part_of_plan', 'type.head', 'type.unit',
    ),
    'r2-story-police-ranking': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.police_story', 'veto.size_per_unit',
    ),
    'r2-story-ranking-continued': (
        'candidate.bare:bare_ranked', 'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
        'type.police_story',
    ),
    'r2-bullets-headed-by-host': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.scope_after:scope_words',
        'row.self_hosted:label_host', 'sender.subject', 'sender.subject:label', 'type.head',
    ),
    'r2-interview-short-question': (
        'candidate.bare:anaphoric', 'candidate.figure_noun', 'mission.after_figure:sentence',
        'mission.before_figure:sentence', 'sender.speaker:speaker_focus', 'type.head',
    ),
    'r2-unit-of-n-completed-deployment-to': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.of_from:from', 'type.unit',
    ),
    'r2-when-clause-dated-before': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'r2-most-of-them-in-place': (
        'candidate.figure_noun', 'mission.ranking', 'sender.subject', 'type.head',
    ),
    'r2-bulk-of-them-with-un': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'r2-largest-contributor-with-n-in-uniform': (
        'candidate.bare:bare_ranked', 'mission.ranking', 'sender.subject', 'type.head',
    ),
    'r2-topped-the-table-fallen-to-place-with': (
        'candidate.bare:bare_ranked', 'candidate.figure_noun', 'mission.ranking', 'sender.relative_antecedent',
        'sender.subject', 'type.head',
    ),
    'r2-posted-to-after-long-apposition': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.continuation', 'sender.subject',
        'type.head',
    ),
    'r2-of-the-armed-forces-apposition-scheduled': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.of_from:of', 'type.head',
    ),
    'r2-reinforced-by-n-more': (
        'candidate.bare:bare_object', 'candidate.figure_noun', 'mission.focus:document_focus',
        'mission.host:host_country', 'sender.pronoun', 'sender.subject', 'status.place:replaced_by',
        'type.head',
    ),
    'r2-on-un-missions': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.np', 'type.head',
    ),
    'r2-leaving-n-in-host': (
        'candidate.bare:bare_object', 'candidate.figure_noun', 'mission.host:host_country', 'sender.subject',
        'status.place:leaving', 'type.head',
    ),
    'r2-another-after-money-is-money': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head', 'veto.bare:not_people',
    ),
    'r2-contribution-of-n-to': (
        'candidate.contribution_of', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'r3-scope-mission-areas': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.np', 'type.head',
    ),
    'r3-scope-over-n-missions': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'r3-scope-in-peacekeeping': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
        'veto.bare:not_people',
    ),
    'r3-scope-peacekeeping-mission-not-all': (
        'candidate.figure_noun', 'mission.generic_missions', 'sender.subject', 'type.head',
    ),
    'r3-speaker-for-country': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'r3-representative-of-country': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'r3-next-figure-owns-deployed': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'mission.scope_clause:scope_words',
        'sender.subject', 'type.head',
    ),
    'r3-coordinated-had-since': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'r3-sacrificed-lives': (
        'candidate.figure_noun', 'veto.casualty',
    ),
    'r3-detained-soldiers': (
        'candidate.figure_noun', 'veto.casualty',
    ),
    'r3-joint-exercise': (
        'candidate.figure_noun', 'veto.exercise',
    ),
    'r3-train-others': (
        'candidate.figure_noun', 'veto.not_yet',
    ),
    'r3-armed-forces-number': (
        'candidate.figure_noun', 'veto.force_size',
    ),
    'r3-agent-after-subject': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'r3-from-x-and-y-not-subject': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.unit_from', 'type.police_story',
    ),
    'r3-beyond-place': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.subject', 'type.head',
    ),
    'r3-will-continue-to': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'r3-mission-relative-strength': (
        'candidate.figure_noun', 'veto.many_senders',
    ),
    'r3-mission-relative-pronoun-country': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.subject', 'type.head',
    ),
    'r3-threatened-to-withdraw': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'r3-replaced-by-new-rotation': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'status.place:replaced_by', 'type.head',
    ),
    'r3-drawdown-list': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.pronoun:no_focus',
    ),
    'r3-on-duty': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.np', 'sender.subject', 'type.head',
    ),
    'r3-have-a-total-of': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.of_from:from', 'type.head',
    ),
    'r3-rotations-totaling-so-far': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'r3-national-operation-named': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.np', 'type.head',
    ),
    'r3-numbered-battalion-continues': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.continuation', 'type.head',
    ),
    'r3-of-whom-women': (
        'candidate.bare:bare_predicate', 'candidate.figure_noun', 'mission.host:host_country', 'sender.np',
        'sender.subject', 'type.head',
    ),
    'r3-partitive-of-the-personnel': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'mission.host:host_country', 'sender.pronoun',
        'sender.subject', 'type.head', 'veto.partitive_part',
    ),
    'r3-contingents-list-left': (
        'mission.before_figure:sentence',
    ),
    'r3-list-verb-after': (
        'mission.host:host_country',
    ),
    'r3-respectively': (
        'candidate.figure_noun', 'candidate.shared_noun', 'mission.after_figure:sentence',
        'mission.host:host_country', 'sender.respectively', 'status.respectively', 'type.head',
    ),
    'r3-shared-noun-respectively-leave': (
        'candidate.figure_noun', 'candidate.shared_noun', 'mission.after_figure:sentence',
        'mission.focus:document_focus', 'sender.respectively', 'sender.subject',
        'status.departure:planned_departure', 'status.respectively', 'type.head',
    ),
    'r3-list-lead-commitments': (
        'candidate.figure_noun', 'mission.none', 'row.pledge_scope', 'sender.subject:label',
        'status.apposition_then_verb', 'status.list_lead', 'type.head',
    ),
    'r3-standby-force': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'status.standby',
        'type.head',
    ),
    'r3-global-ranking-despite-story-mission': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.ranking', 'sender.subject',
        'type.head',
    ),
    'r3-military-engineers': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'r3-dateline-double-dash': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'r3-members-of-battalion': (
        'candidate.figure_noun', 'candidate.unit_size', 'mission.after_figure:sentence',
        'mission.focus:document_focus', 'sender.continuation', 'sender.subject', 'type.head', 'type.of_unit',
        'veto.unit_named',
    ),
    'r3-members-of-parliament-not': (
    ),
    'r3-pullout-of': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'r3-part-of-previous-figure-split': (
        'candidate.bare:partitive', 'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.split',
        'sender.relative_antecedent', 'sender.subject', 'status.partitive_of_previous', 'type.head',
    ),
    'r3-destination-after-apposition': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject:label', 'type.head',
    ),
    'r3-factbox-capitals': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'mission.focus:document_focus',
        'sender.subject', 'type.head',
    ),
    'r3-complete-the-top-five': (
        'candidate.figure_noun', 'candidate.shared_noun', 'mission.ranking', 'sender.respectively',
        'status.respectively', 'type.head',
    ),
    'r3-closed-mission-not-today': (
        'candidate.figure_noun', 'mission.focus:stale_focus', 'sender.pronoun', 'type.head',
    ),
    'r3-coordinated-has-been-since': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'r3-over-n-years': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'r3-in-n-rotations': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'r3-aside-keeps-story-mission': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.subject', 'type.head',
    ),
    'r3-so-far-list-withdrawn': (
        'mission.focus:document_focus',
    ),
    'r3-plan-for-named-successor': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'r3-list-senders-not-places': (
        'mission.focus:document_focus',
    ),
    'r3-flew-back-home-capital': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.np', 'type.head',
    ),
    'r3-joint-force-of-hosts-not-others': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.subject', 'type.head',
    ),
    'r3-first-echelon-flew': (
        'candidate.bare:anaphoric', 'candidate.figure_noun', 'mission.host:host_country', 'sender.continuation',
        'status.departure:planned_departure', 'type.head',
    ),
    'r3-person-times': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.subject', 'type.head',
    ),
    'r3-overseas-missions-not-all-un': (
        'candidate.figure_noun', 'mission.scope_after:overseas', 'sender.subject', 'type.armed_forces',
    ),
    'r3-tours-of-duty': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.agent', 'type.head',
    ),
    'r3-label-pair-own-subject': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.subject', 'type.head',
    ),
    'r3-running-total-to-from': (
        'candidate.running:running_from', 'candidate.running:running_total', 'mission.before_figure:sentence',
        'sender.subject', 'status.before_change', 'status.place:running_total', 'type.head',
    ),
    'r3-taking-contingent-to': (
        'candidate.running:running_total', 'mission.host:host_country', 'sender.np',
        'status.place:running_total', 'type.head',
    ),
    'r3-has-kept-since': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'r3-list-lead-over-weak-cue': (
        'candidate.figure_noun', 'mission.none', 'row.pledge_scope', 'sender.subject:label', 'status.list_lead',
        'type.head',
    ),
    'r3-label-with-missions-named': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject:label', 'status.list_lead',
        'type.head',
    ),
    'r3-in-engineering-units': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.in_units',
    ),
    'r3-rotations-of-battalions-totaling': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.unit_apposition',
    ),
    'r3-armed-forces-of-country': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.of_from:from', 'type.head',
    ),
    'r3-aside-country-then-story-unit': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.host:host_country',
        'sender.continuation', 'sender.of_from:from', 'sender.subject', 'type.head',
    ),
    'r3-unit-from-country-apposition': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.unit_from', 'type.police_story',
    ),
    'r3-including-n-in-place': (
        'candidate.bare:anaphoric', 'candidate.figure_noun', 'mission.host:host_country', 'mission.none',
        'sender.subject', 'type.head',
    ),
    'r3-tours-of-duty-after-coordination': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.subject', 'type.head',
    ),
    'r3-up-from-before-change': (
        'candidate.changed_from', 'candidate.figure_noun', 'mission.host:host_country',
        'mission.list_item:host_country', 'sender.subject', 'status.before_change', 'type.head',
    ),
    'r3-force-which-numbers': (
        'candidate.figure_noun', 'mission.none', 'sender.mission_relative', 'sender.relative_antecedent',
        'type.head',
    ),
    'rule-sender-of-from-each': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.of_from:each', 'type.head',
    ),
    'rule-sender-item': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.before_figure:sentence',
        'sender.item', 'sender.subject', 'type.head',
    ),
    'rule-sender-joint-item': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.item:joint_item', 'sender.subject',
        'type.head',
    ),
    'rule-sender-speaker-unknown': (
        'candidate.figure_noun', 'sender.speaker:speaker_unknown',
    ),
    'rule-status-tours': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'status.tours', 'type.head',
    ),
    'rule-status-gapped': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.before_figure:sentence',
        'sender.item', 'sender.subject:label', 'status.gapped', 'type.head',
    ),
    'rule-mission-in-sentence': (
        'candidate.figure_noun', 'mission.in_sentence:sentence', 'sender.subject', 'type.head',
    ),
    'rule-row-national-total': (
        'candidate.number_of', 'mission.none', 'row.national_total', 'sender.np', 'type.head',
    ),
    'rule-sender-force-np': (
        'candidate.figure_noun', 'mission.host:several_places', 'sender.force_np', 'type.armed_forces',
    ),
    'publisher-force-abbreviation-elsewhere': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'rule-sender-force-subject': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.force_subject', 'type.head',
    ),
    'publisher-force-subject-places-after': (
        'candidate.figure_noun', 'mission.scope_after:overseas', 'sender.force_subject', 'type.forces_story',
    ),
    'rule-sender-speaker-home': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.speaker:speaker_home', 'type.head',
    ),
    'rule-sender-publisher': (
        'candidate.figure_noun', 'mission.generic_missions', 'sender.publisher', 'type.head',
    ),
    'publisher-un-press-office': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'publisher-missions-listed': (
        'candidate.figure_noun', 'mission.with_figure:sentence', 'sender.publisher', 'type.head',
    ),
    'publisher-places-joined-by-and': (
        'candidate.bare:bare_subject', 'candidate.figure_noun', 'mission.after_figure:sentence',
        'sender.publisher', 'type.head',
    ),
    'publisher-mission-strength': (
        'candidate.figure_noun', 'sender.no_sender',
    ),
    'publisher-people-carried': (
        'candidate.figure_noun', 'sender.no_sender',
    ),
    'publisher-strength-to-reach': (
        'candidate.figure_noun', 'sender.no_sender',
    ),
    'publisher-mission-place-is-no-sender': (
        'candidate.figure_noun', 'mission.with_figure:sentence', 'sender.force_subject', 'type.forces_story',
    ),
    'publisher-capital-is-a-place': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.destination:sentence',
        'sender.publisher', 'status.relative_after', 'type.head',
    ),
    'publisher-of-a-place-after-the-figure': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.publisher', 'type.head',
    ),
    'rule-sender-paren': (
        'candidate.figure_noun', 'mission.ranking', 'sender.paren', 'sender.subject',
        'status.standing_progressive', 'type.head',
    ),
    'rule-sender-verb-subject': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.before_figure:sentence',
        'sender.subject', 'sender.subject:verb_subject', 'type.head',
    ),
    'sender-transfer-from-is-a-place': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'sender-led-by-is-no-agent': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'sender-of-from-not-across-a-figure': (
        'candidate.elliptic_from', 'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.np',
        'type.head', 'veto.mission_size',
    ),
    'sender-of-a-departing-unit': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.of_from:of', 'type.of_unit',
    ),
    'sender-a-war-is-no-country': (
        'candidate.unit_size', 'mission.before_figure:sentence', 'sender.force_subject', 'type.head',
    ),
    'rule-sender-continuation-reported': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.before_figure:sentence',
        'sender.continuation:continuation_reported', 'sender.np', 'type.head',
    ),
    'sender-demonym-will-join': (
        'candidate.demonym', 'candidate.unit_size', 'mission.host:host_country', 'sender.np',
        'status.joined_unit', 'type.head',
    ),
    'sender-between-and-is-no-subject': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'sender-continuation-partitive-of-a-total': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.continuation', 'status.np_infinitive',
        'type.head',
    ),
    'dev-status-consists-of-size': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.subject', 'type.unit_size_clause',
    ),
    'dev-status-consisting-of-in-subject': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.focus:document_focus',
        'sender.continuation', 'sender.subject', 'type.head', 'type.unit',
    ),
    'dev-status-relative-after': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.np', 'status.relative_after',
        'type.head',
    ),
    'dev-status-already-there': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.np', 'status.already_there',
        'status.relative_after', 'type.head',
    ),
    'dev-status-joined-unit': (
        'candidate.demonym', 'candidate.unit_size', 'mission.host:host_country', 'sender.np',
        'status.joined_unit', 'type.head',
    ),
    'dev-status-joined-relative': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.of_from:of', 'sender.subject',
        'status.joined_unit:joined_relative', 'type.of_unit', 'type.police_story',
    ),
    'dev-status-decision-to-un-letter': (
        'candidate.unit_size', 'mission.before_figure:sentence', 'sender.subject', 'status.decision_to_un',
        'type.head',
    ),
    'dev-status-decision-to-un-spokesman': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'status.decision_to_un',
        'type.head',
    ),
    'dev-status-standing-progressive': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.scope_after:scope_words',
        'sender.subject', 'status.standing_progressive', 'type.armed_forces', 'type.head',
    ),
    'dev-status-since-that-time': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'dev-status-committed-state': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'dev-status-since-of-another-noun': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.np', 'type.head',
    ),
    'dev-status-headline-twice': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'status.decision_to_un',
        'type.head',
    ),
    'dev-status-departing-adjective': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.of_from:of', 'type.of_unit',
    ),
    'dev-status-has-since-deployed': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'dev-status-completed-tours-over-span': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.subject', 'status.total_over_span',
        'type.armed_forces',
    ),
    'dev-asof-since-phrase': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'dev-asof-caption-in-sentence': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'dev-type-of-unit-kind': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.of_from:of', 'type.of_unit',
    ),
    'dev-type-of-unit-armed-forces': (
        'candidate.figure_noun', 'mission.generic_missions', 'sender.of_from:of', 'type.of_unit',
    ),
    'dev-type-movement-control': (
        'candidate.unit_size', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'hansard-list-items-hosts': (
        'candidate.mission_enumeration',
    ),
    'oireachtas-mission-with-figure': (
        'candidate.figure_noun', 'mission.with_figure:sentence', 'sender.subject', 'type.head',
    ),
    'jpn-two-missions-headquarters': (
        'candidate.figure_noun', 'mission.two_missions', 'sender.subject', 'type.head',
    ),
    'oireachtas-mission-in-place-with-figure': (
        'candidate.figure_noun', 'mission.with_figure:sentence', 'sender.publisher', 'type.head',
    ),
    'staff-post-appointments': (
        'candidate.figure_noun', 'mission.generic_missions', 'sender.subject', 'type.head', 'type.staff_post',
    ),
    'so-far-rotated-is-cumulative': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.focus:document_focus',
        'sender.pronoun', 'sender.subject', 'type.head',
    ),
    'scope-capitalised-un-peacekeeping-operations': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'veto-mission-total-headline': (
        'candidate.figure_noun', 'veto.mission_total',
    ),
    'veto-mission-total-not-own-total': (
        'candidate.figure_noun', 'candidate.number_of', 'candidate.own_total', 'mission.after_figure:sentence',
        'mission.before_figure:sentence', 'sender.np', 'sender.subject', 'status.place:running_total',
        'type.head',
    ),
    'unit-of-counts-another-noun': (
        'candidate.unit_size', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'unit-of-people-after-their-kinds': (
        'candidate.unit_of', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'departure-of-contingent': (
        'candidate.unit_size', 'mission.before_figure:sentence', 'sender.np', 'status.departure', 'type.head',
    ),
    'standby-arrangements-system': (
        'candidate.figure_noun', 'mission.none', 'row.pledge_scope', 'sender.subject', 'type.head',
    ),
    'focus-unnamed-mission-not-carried': (
        'candidate.figure_noun', 'mission.focus:unnamed_focus', 'mission.host:host_country', 'sender.np',
        'sender.subject', 'type.head',
    ),
    'focus-named-mission-carried': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.focus:document_focus', 'sender.np',
        'sender.subject', 'type.head',
    ),
    'sole-mission-named-later': (
        'candidate.figure_noun', 'mission.sole:sole_mission', 'sender.subject', 'type.head',
    ),
    'sole-mission-not-when-two': (
        'candidate.figure_noun', 'mission.none', 'sender.subject', 'type.head',
    ),
    'national-scope-missions-throughout-the-world': (
        'candidate.figure_noun', 'mission.scope_after:national_scope', 'sender.force_np', 'type.armed_forces',
    ),
    'national-scope-un-missions-kept': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.force_np', 'type.armed_forces',
    ),
    'national-scope-before-figure': (
        'candidate.figure_noun', 'mission.scope_clause:national_scope', 'sender.force_subject',
        'type.forces_story',
    ),
    'in-support-of-resolutions': (
        'candidate.bare:bare_coordinated', 'candidate.figure_noun', 'mission.in_support',
        'mission.scope_after:scope_words', 'sender.np', 'sender.subject', 'type.head',
    ),
    'cand-strong-apart-dash': (
        'candidate.unit_size_apart', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'cand-strong-apart-transport': (
        'candidate.unit_size_apart', 'mission.none', 'sender.np', 'type.head',
    ),
    'cand-servicemembers-one-word': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.speaker:speaker_home', 'type.head',
    ),
    'cand-all-ranks': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.publisher', 'type.head',
    ),
    'cand-civilian-police-officers': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'cand-individual-police-advisers': (
        'candidate.figure_noun', 'mission.host:host_place', 'sender.subject', 'type.head',
    ),
    'cand-figure-in-parentheses': (
        'candidate.figure_in_parentheses', 'mission.host:host_country', 'sender.of_from:of', 'type.head',
    ),
    'cand-guard-members': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.publisher', 'type.head',
    ),
    'cand-bare-object-yesterday': (
        'candidate.bare:anaphoric', 'candidate.bare:bare_object', 'candidate.figure_noun',
        'mission.focus:document_focus', 'mission.host:host_country', 'row.antecedent', 'sender.np',
        'sender.speaker:speaker_home', 'type.head',
    ),
    'cand-unit-which-numbers': (
        'candidate.unit_of', 'mission.before_figure:sentence', 'sender.speaker:speaker_home', 'type.head',
    ),
    'cand-one-officer': (
        'candidate.one_person', 'mission.after_figure:sentence', 'sender.subject', 'type.staff_post',
    ),
    'cand-one-officer-plain': (
        'candidate.one_person', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'cand-at-the-request-of': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'cand-electoral-observers': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'enum-serving-in-missions-places': (
        'candidate.mission_enumeration',
    ),
    'enum-subject-shared-noun': (
        'candidate.mission_enumeration',
    ),
    'enum-years-per-item': (
        'candidate.mission_enumeration',
    ),
    'enum-not-missions-first': (
        'candidate.figure_noun', 'mission.scope_after:national_scope', 'mission.with_figure:sentence',
        'sender.force_np', 'sender.publisher', 'status.standing_progressive', 'type.armed_forces',
        'type.forces_story',
    ),
    'type-observer-mission-members': (
        'candidate.figure_noun', 'mission.destination:sentence', 'row.observer_mission', 'sender.of_from:of',
        'type.of_unit',
    ),
    'type-observer-mission-commitment': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'row.observer_mission', 'sender.force_subject',
        'type.forces_story',
    ),
    'type-observer-mission-not-soldiers': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'type-forces-story-dail': (
        'candidate.figure_noun', 'mission.none', 'mission.with_figure:sentence', 'sender.force_np',
        'sender.force_subject', 'type.armed_forces', 'type.forces_story',
    ),
    'type-forces-story-christmas': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.speaker:speaker_home',
        'type.forces_story',
    ),
    'enum-mission-first-places': (
        'candidate.mission_enumeration:mission_first',
    ),
    'enum-mission-first-full-name': (
        'candidate.mission_enumeration:mission_first',
    ),
    'enum-mission-first-strengths': (
    ),
    'status-arrival-restated-jordan': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.of_from:of', 'status.arrival_restated',
        'type.of_unit',
    ),
    'status-arrival-restated-senegal': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.of_from:of', 'status.arrival_restated',
        'type.of_unit',
    ),
    'status-arrival-restated-not-other-sender': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.of_from:of', 'type.of_unit',
    ),
    'status-np-infinitive-remain': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'status.np_infinitive',
        'type.head',
    ),
    'status-undertaken-un-context': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'status-addition-of': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.np', 'type.head',
    ),
    'enum-after-total-places-in': (
        'candidate.figure_noun', 'candidate.mission_enumeration', 'mission.none', 'sender.force_np',
        'type.armed_forces',
    ),
    'enum-defence-forces-places-in': (
        'candidate.mission_enumeration',
    ),
    'enum-places-hansard': (
        'candidate.mission_enumeration',
    ),
    'enum-places-hosts': (
        'candidate.mission_enumeration',
    ),
    'enum-places-not-peace-document': (
        'candidate.figure_noun', 'mission.list_item:host_country', 'sender.subject', 'type.head',
        'veto.not_peace_document:drop',
    ),
    'oireachtas-acronym-in-brackets-with-figure': (
        'candidate.figure_noun', 'mission.with_figure:sentence', 'sender.subject', 'type.head',
    ),
    'oireachtas-acronym-in-brackets-comma-with-figure': (
        'candidate.figure_noun', 'mission.with_figure:sentence', 'sender.publisher', 'type.head',
    ),
    'np-force-acronym-in-brackets': (
        'candidate.figure_noun', 'mission.scope_after:overseas', 'sender.np', 'type.armed_forces',
    ),
    'np-force-acronym-in-brackets-mission': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.armed_forces',
    ),
    'hansard-service-men-two-words': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.np', 'type.head',
    ),
    'breakdown-parts-sum-after-colon': (
        'candidate.bare:bare_coordinated', 'candidate.figure_noun', 'candidate.unit_of',
        'mission.before_figure:sentence', 'sender.np', 'sender.subject', 'type.head', 'veto.parts_sum',
    ),
    'breakdown-parts-sum-by-service': (
        'candidate.bare:bare_predicate', 'candidate.figure_noun', 'mission.after_figure:sentence',
        'mission.before_figure:sentence', 'sender.force_np', 'sender.force_subject', 'type.armed_forces',
        'type.head', 'veto.parts_sum',
    ),
    'breakdown-parts-sum-next-sentence': (
        'candidate.bare:bare_coordinated', 'candidate.figure_noun', 'mission.after_figure:sentence',
        'mission.focus:document_focus', 'row.antecedent', 'sender.of_from:from', 'sender.subject', 'type.head',
        'veto.parts_sum',
    ),
    'breakdown-parts-by-place-next-sentence': (
        'candidate.bare:anaphoric', 'candidate.figure_noun', 'mission.after_figure:sentence',
        'sender.no_sender', 'sender.np', 'type.head',
    ),
    'breakdown-parts-by-contributor-stay': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.np', 'sender.pronoun:no_focus',
        'type.head',
    ),
    'breakdown-parts-other-missions-stay': (
        'candidate.bare:bare_coordinated', 'candidate.bare:bare_subject', 'candidate.figure_noun',
        'mission.after_figure:sentence', 'mission.none', 'sender.continuation', 'sender.subject', 'type.head',
    ),
    'breakdown-partitive-of-whom': (
        'candidate.bare:partitive', 'candidate.figure_noun', 'mission.list_item:host_country', 'mission.none',
        'row.antecedent', 'sender.np', 'sender.subject', 'type.head', 'veto.partitive_part',
    ),
    'strength-of-national-contingent': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.subject', 'type.head',
    ),
    'strength-of-contingent-was': (
        'candidate.unit_of', 'mission.before_figure:sentence', 'sender.np', 'type.head',
    ),
    'strength-of-mission-was-vetoed': (
    ),
    'strength-of-mission-vetoed': (
        'candidate.figure_noun', 'veto.authorised',
    ),
    'status-after-dashes-departed-time-for': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'status-departed-on-day-for': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'type-one-military-observer': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'type-one-staff-officer': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'soldiers-police-focus-military-named': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'row.soldiers_not_police:military_focus',
        'sender.np', 'type.head',
    ),
    'soldiers-police-focus-none': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'row.soldiers_not_police:police_focus',
        'sender.subject', 'type.head',
    ),
    'status-by-target-end-of-year': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'status.by_target', 'type.head',
    ),
    'status-by-target-not-with-a-cue': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'veto-service-breakdown-predicate': (
        'candidate.bare:bare_predicate', 'candidate.figure_noun', 'mission.none', 'sender.publisher',
        'type.head', 'veto.service_breakdown',
    ),
    'veto-service-breakdown-list': (
        'candidate.figure_noun', 'mission.none', 'sender.np', 'type.armed_forces', 'veto.service_breakdown',
    ),
    'status-due-in-place': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'members-deployed-among-the': (
        'candidate.members_deployed', 'mission.after_figure:sentence', 'sender.force_np', 'status.postnominal',
        'type.armed_forces',
    ),
    'members-deployed-finite-passive': (
        'candidate.members_deployed', 'mission.focus:document_focus', 'sender.publisher', 'type.head',
    ),
    'place-enumeration-after-total': (
        'candidate.figure_noun', 'candidate.place_enumeration', 'mission.scope_after:overseas', 'sender.np',
        'type.armed_forces',
    ),
    'role-as-three-words': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.role_as:predicate',
    ),
    'veto-things-counted-singular': (
        'veto.figure_noun:things_counted',
    ),
    'as-of-paragraph-lead': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.scope_after:national_scope',
        'mission.with_figure:sentence', 'sender.force_np', 'sender.subject', 'status.standing_progressive',
        'type.armed_forces', 'type.forces_story',
    ),
    'commitment-is-figure': (
        'candidate.commitment_is', 'mission.after_figure:sentence', 'sender.speaker:speaker_home', 'type.head',
    ),
    'restated-claim-one-row': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'type.head',
    ),
    'commitment-is-one-of': (
    ),
    'dev-status-participle-then-verb': (
        'candidate.figure_noun', 'candidate.unit_size', 'mission.after_figure:sentence',
        'mission.focus:document_focus', 'sender.np', 'status.leaving_infinitive', 'status.np_infinitive',
        'status.participle_then_verb', 'type.head',
    ),
    'dev-status-participle-then-have': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.of_from:of', 'type.of_unit',
    ),
    'dev-change-to-anaphoric-number': (
        'candidate.figure_noun', 'candidate.grows_to', 'mission.after_figure:sentence',
        'mission.focus:document_focus', 'sender.anaphoric_size', 'sender.speaker:speaker_home',
        'status.change_to', 'type.head',
    ),
    'dev-change-to-builds-up': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.np', 'sender.subject', 'status.change_to',
        'type.head',
    ),
    'dev-change-to-reached': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.subject', 'status.place:running_total',
        'type.head',
    ),
    'dev-as-of-today-after-a-date': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.np', 'type.head',
    ),
    'dev-sender-story-force': (
        'candidate.unit_size', 'mission.focus:document_focus', 'sender.story_force',
        'status.apposition_then_verb', 'type.head',
    ),
    'dev-as-of-fronted-agreement': (
        'candidate.figure_noun', 'candidate.unit_size', 'mission.after_figure:sentence',
        'mission.before_figure:sentence', 'sender.np', 'status.departure:planned_departure', 'type.head',
    ),
    'dev-sender-story-force-two-nations': (
        'candidate.unit_size', 'sender.pronoun:no_focus',
    ),
    'veto-more-things-feather': (
        'candidate.bare:bare_object', 'candidate.unit_size', 'mission.after_figure:sentence', 'sender.subject',
        'type.head', 'veto.more_things',
    ),
    'more-then-free-word-counts-people': (
        'candidate.bare:bare_object', 'candidate.figure_noun', 'mission.after_figure:sentence',
        'mission.before_figure:sentence', 'sender.subject', 'type.head',
    ),
    'veto-many-nations-nationalities': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.subject', 'type.head',
        'veto.many_nations',
    ),
    'veto-many-nations-totaling': (
        'candidate.figure_noun', 'mission.none', 'sender.np', 'type.head', 'veto.many_nations',
    ),
    'veto-many-nations-n-nation-force': (
        'candidate.figure_noun', 'veto.many_nations',
    ),
    'veto-included-part-women': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
        'veto.included_part',
    ),
    'included-per-mission-figures-stay': (
        'candidate.figure_noun', 'candidate.mission_enumeration', 'mission.scope_after:scope_words',
        'sender.subject', 'type.head',
    ),
    'included-part-in-a-place-stays': (
        'candidate.bare:anaphoric', 'candidate.figure_noun', 'mission.after_figure:sentence',
        'mission.before_figure:sentence', 'sender.subject', 'type.head',
    ),
    'veto-component-size-police': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.np', 'type.head',
        'veto.component_size', 'veto.many_senders',
    ),
    'component-led-then-own-figure-stays': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.relative_antecedent', 'type.head',
    ),
    'component-named-with-sender-stays': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'restated-definite-figure-one-row': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.focus:document_focus', 'sender.np',
        'sender.subject', 'type.head',
    ),
    'restated-definite-other-year-two-rows': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'mission.before_figure:sentence', 'sender.np',
        'sender.subject', 'type.head',
    ),
    'veto-mission-size-consisting-of': (
        'candidate.figure_noun', 'veto.mission_size',
    ),
    'veto-mission-size-force-and-part': (
        'candidate.elliptic_from', 'candidate.figure_noun', 'mission.none', 'sender.np', 'type.head',
        'veto.mission_size',
    ),
    'national-force-consisting-of-stays': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.subject', 'type.head',
    ),
    'veto-size-per-group-in-groups-of': (
        'candidate.figure_noun', 'candidate.unit_of', 'mission.after_figure:sentence',
        'mission.before_figure:sentence', 'sender.subject', 'type.head', 'type.predicate', 'veto.parts_sum',
        'veto.size_per_group',
    ),
    'veto-size-per-group-each-consisting-of': (
        'candidate.figure_noun', 'veto.figure_noun:things_counted', 'veto.size_per_group',
    ),
    'group-size-after-the-figure-stays': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'parts-sum-placed-kinds-differ': (
        'candidate.bare:partitive', 'candidate.figure_noun', 'mission.after_figure:sentence',
        'mission.before_figure:sentence', 'sender.np', 'sender.subject', 'status.partitive_of_previous',
        'type.head', 'veto.parts_sum',
    ),
    'scope-vast-majority-of-them': (
        'candidate.figure_noun', 'mission.scope_clause:scope_words', 'sender.subject', 'type.head',
    ),
    'scope-including-subset-without-place': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
        'veto.bare:not_people',
    ),
    'scope-two-modifiers': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.np', 'type.head',
    ),
    'scope-current-missions': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'scope-capitalised-missions': (
        'candidate.figure_noun', 'mission.scope_after:scope_words', 'sender.subject', 'type.head',
    ),
    'scope-missions-in-a-continent': (
        'candidate.figure_noun', 'mission.scope_clause:scope_words', 'sender.np', 'type.head',
    ),
    'definite-description-in-sentence': (
        'candidate.figure_noun', 'mission.definite:definite_description', 'sender.subject', 'type.head',
    ),
    'definite-description-not-a-lead-nation': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'place-of-another-figure': (
        'candidate.figure_noun', 'candidate.unit_size', 'mission.before_figure:sentence', 'sender.np',
        'sender.of_from:from', 'status.departure:planned_departure', 'type.head',
    ),
    'transfer-origin-is-not-the-mission': (
        'candidate.figure_noun', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'evacuation-is-a-national-operation': (
        'candidate.figure_noun', 'mission.evacuation', 'sender.np', 'type.head',
    ),
    'one-of-the-missions-is-one-mission': (
        'candidate.figure_noun', 'mission.focus:document_focus', 'sender.np', 'type.head',
    ),
    'recognized-globally-is-no-scope': (
        'candidate.unit_size', 'mission.host:host_country', 'sender.subject', 'type.head',
    ),
    'soldiers-join-no-political-mission': (
        'candidate.figure_noun', 'mission.none', 'sender.np', 'type.head',
    ),
    'host-of-the-next-list-item': (
        'candidate.bare:bare_coordinated', 'candidate.figure_noun', 'mission.host:host_country',
        'mission.list_item:host_country', 'mission.none', 'sender.subject', 'type.head',
    ),
    'head-persons': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.subject', 'type.head',
    ),
    'head-persons-rotation': (
        'candidate.figure_noun', 'mission.before_figure:sentence', 'sender.subject', 'type.head',
    ),
    'head-physicians': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'head-citizen-soldiers': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
    'head-volunteers': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'modifier-senior': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.subject', 'type.head',
    ),
    'modifier-fellow': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.of_from:from', 'type.head',
    ),
    'persons-killed-no-row': (
        'candidate.figure_noun', 'veto.casualty',
    ),
    'persons-displaced-no-row': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'local-volunteers-no-row': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'physicians-of-a-hospital-no-row': (
        'candidate.figure_noun', 'sender.pronoun:no_focus',
    ),
    'dot-thousands-cumulative': (
        'candidate.figure_noun', 'mission.after_figure:sentence', 'sender.np', 'type.head',
    ),
}
