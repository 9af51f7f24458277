"""The table rules: each shape of a contributor table or list flattened into lines is a named rule, tried in order
over the whole text, the shapes that say most about their layout first; a figure one rule read is not read again
by a later one (nor by the sentence rules: see
``document.extract_document``). The ``extractor`` of a row is ``tables.vN:<the rule's output>``.

``tests/test_table_rules.py`` walks ``TABLE_RULES`` and fails when a rule or one of its outputs has no case.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract import table_lists, table_missions, table_shapes, table_stacks, tables
from pipeline.extract.contrib.rules import Rule, check_table
from pipeline.extract.table_shapes import TableDoc
from pipeline.extract.types import Contribution, DocumentContext, MissionMention

VERSION = tables.VERSION


def _country_tables(doc: TableDoc) -> list[Contribution]:
    return tables._country_tables(doc.text, doc.missions, doc.ctx)


def _mission_lines(doc: TableDoc) -> list[Contribution]:
    if not doc.missions:
        return []
    return table_missions._mission_lines(doc.text, doc.missions, doc.ctx, doc.matcher, doc.sentence_contributions)


TABLE_RULES: tuple[Rule, ...] = check_table((
    Rule("mission_columns", "'IFOR SFOR' over 'United States 22,000 8,500' (r3_015_uk-lords-ifor-sfor-contingents"
         "-1998)", table_shapes.mission_columns),
    Rule("country_pairs", "'Argentina Hungary' over '40 troops 10 civpol' / '8 UNMOs 23 UNMOs' "
         "(r7_005_onumoz-contingents-1994)", table_shapes.country_pairs),
    Rule("composition_list", "'As of 11 August 1982, the composition of UNIFIL was as follows:' over 'Infantry "
         "battalions' / 'Fiji 628' (r1_032, r1_030 UNDOF 1975)", table_shapes.composition_list),
    Rule("column_stack", "'the composition of UNDOF was as follows:' over 'Austria' 'Canada' then '532' '224' (a table "
         "flattened column by column, guide C7)", table_stacks.column_stack),
    Rule("mission_label_figure", "'(iii)UNFICYP (United Nations Peacekeeping Force in Cyprus)' then '20' under "
         "'Members of the Permanent Defence Force serving with UN missions at 10 June 1999' (r3_047)",
         table_shapes.mission_label_figure),
    Rule("dispatch_record", "'... Cambodia September 1992 to September 1993 Cease-Fire Observers 8 persons on two "
         "occasions' (r2_035_jpn-mofa-pko-participation-table-1997)", table_shapes.dispatch_record),
    Rule("caption_list", "'Foreign Troop Commitments to Mali' over '• Chad to send 2,000' and '• Burkina Faso, Niger, "
         "Senegal, Togo have committed 500 each' (r5_043_voa-2013-african-force-mali-commitments)",
         table_lists.caption_list),
    Rule("mission_paren_list", "'International operations Finland is participating by deploying staff officers:' over "
         "'• UNMIL in Liberia (2)' (r13_011_liquisearch-finnish-df-peacekeeping)", table_lists.mission_paren_list),
    Rule("country_columns", "'Rwanda 2,750 425 3,175' under 'Country Troops Police Total' (UN annex tables)",
         _country_tables, outputs=("column",)),
    Rule("mission_rows", "one country's personnel per mission: 'UNAMID 3,236 173 9' under 'Mission Troops Police "
         "Experts', '• UNIFIL (Lebanon) – 462 personnel'", _mission_lines, outputs=("mission_column", "mission_item")),
))


# Rules whose shape is explicit enough that their reading of a block's lines replaces what the sentence rules read
# there: a flattened block reads as one run-on "sentence" ("Argentina Hungary 40 troops 10 civpol 8 UNMOs ..."), whose
# figures the sentence rules give to the wrong country.
_CLAIM_LINES = frozenset({"mission_columns", "country_pairs", "composition_list", "column_stack", "mission_label_figure",
                          "dispatch_record", "caption_list", "mission_paren_list"})


def merge(sentence_rows: Sequence[Contribution], table_rows: Sequence[Contribution]) -> list[Contribution]:
    """The sentence rules' rows and the table rules': a figure a sentence rule read is not read twice, except
    inside the lines of a block that a rule of ``_CLAIM_LINES`` read, where the table's reading wins."""
    claimed = sorted((c.sentence.start, c.sentence.end) for c in table_rows
                     if c.extractor.split(":", 1)[-1] in _CLAIM_LINES)

    def inside(pos: int) -> bool:
        return any(a <= pos < b for a, b in claimed)

    kept = [c for c in sentence_rows if not (claimed and inside(c.quantity.start))]
    read = {c.quantity.start for c in kept}
    return kept + [c for c in table_rows if c.quantity.start not in read]


def extract_table_contributions(text: str, missions: Sequence[MissionMention], ctx: DocumentContext,
                                matcher=None, sentence_contributions: Sequence[Contribution] = ()
                                ) -> list[Contribution]:
    """Contributions stated by contributor tables and lists in ``text`` (document offsets), rule by rule.

    ``sentence_contributions`` are what the sentence rules read: their contributors tell which country a table
    or list keyed by mission is about.
    """
    doc = TableDoc(text, missions, ctx, matcher, sentence_contributions)
    out: list[Contribution] = []
    read: set[int] = set()
    for rule in TABLE_RULES:
        for row in rule.fn(doc):
            if row.quantity.start not in read:
                out.append(row)
        read.update(row.quantity.start for row in out)
    return out
