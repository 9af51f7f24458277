"""The status of a personnel figure, read from the verbs and time words of its clause.

Hand-written: the statuses are the annotation guide's own (offered, pledged, planned, deployed, serving,
cumulative, withdrawn), and the cues are few and specific to the domain.
"""

import re

from pipeline.extract.personnel import ws

# Cues by status, each a regex over the clause text. Cumulative and withdrawn words settle the status wherever
# they stand in the clause; the others are read nearest-first before the figure.
_CUES: dict[str, str] = {
    "cumulative": r"in total|in all|all told|altogether|so far|to date|thus far|cumulative(?:ly)?|"
                  r"over the (?:past|last) (?:\w+ )?(?:years|decades?)|over the years|since (?:the )?(?:1[89]\d\d|20\d\d)s?|"
                  r"since (?:it|they|the country) (?:began|started|first)|have served|has served|"
                  r"rotated through|had served",
    "withdrawn": r"withdr[ae]wn?|withdrawing|withdraws?|pull(?:ed|ing|s)? out|pulled back|repatriat(?:ed|ing|es?)|"
                 r"brought home|recall(?:ed|ing|s)?|drawdown|draw(?:s|n|ing)? down|drew down|evacuated|"
                 r"sen(?:t|d|ds|ding) home|left|leaving|departed",
    "offered": r"offer(?:ed|s|ing)?|propos(?:ed|es|ing) to (?:send|deploy|contribute|provide)|volunteer(?:ed|s)? to",
    "pledged": r"pledg(?:ed|es|e|ing)|commit(?:ted|s)? to (?:send|deploy|contribute|provide)|promis(?:ed|es|e)|"
               r"has committed|have committed|earmark(?:ed)?",
    "planned": r"will|would|shall|plans? to|planned|planning to|intends? to|is to|are to|to be (?:sent|deployed)|"
               r"expected|expects?|set to|due to|scheduled|going to|prepar(?:es|ing|ed) to|probably|likely|"
               r"estimated|future|upcoming|agreed to (?:send|deploy|provide|contribute)|ready to|aims? to|"
               r"seeks? to|could|might",
    "deployed": r"deploy(?:ed|s|ing)?|sent|send(?:s|ing)?|dispatch(?:ed|es|ing)?|arriv(?:ed|es|ing)|landed|"
                r"flew|flown|contribut(?:ed|es|ing)|provid(?:ed|es|ing)|rotat(?:ed|ing)|reinforc(?:ed|ing)|"
                r"consisting of|consisted of|joined",
    "serving": r"currently|today|now|at present|presently|has|have|had|maintains?|maintained|serv(?:e|es|ing)|"
               r"stationed|on the ground|based|there are|there were|participat(?:e|es|ing)|is home to|"
               r"keeps?|hosts?|counts?",
}
_CUE_RE = re.compile(
    # A space in a cue matches any white space: PDF text breaks lines inside phrases ("in \ntotal").
    r"\b(?:" + "|".join(f"(?P<{status}>{ws(alt)})" for status, alt in _CUES.items()) + r")\b",
    re.IGNORECASE,
)
# A modal or plan before a sending verb makes it planned ("will deploy", "plans to send"), but not before an
# offer ("has offered to send" stays offered).
_PRIORITY = ("withdrawn", "offered", "pledged", "planned_before", "cumulative", "planned", "deployed", "serving")


def figure_status(clause: str, figure_pos: int) -> tuple[str, str]:
    """The status of the figure at ``figure_pos`` in ``clause``, and the cue that decided it.

    Cues anywhere in the clause are ranked by ``_PRIORITY`` (a plan stated before the figure outranks a
    cumulative word: "will send a total of 1,000 troops in all" is planned); a cue after the figure counts only for cumulative
    and withdrawn words ("22,000 troops to UN PKOs in total", "500 troops were withdrawn") and for a few
    predicates ("are expected to be engineers").
    """
    found: dict[str, str] = {}
    for m in _CUE_RE.finditer(clause):
        status = m.lastgroup
        if status is None:
            continue
        after = m.start() >= figure_pos
        if after and status not in ("cumulative", "withdrawn", "planned"):
            continue
        if after and status == "planned" and not re.match(r"expected|will|would|to be|estimated|set to|due to",
                                                          m.group(0), re.IGNORECASE):
            continue
        found.setdefault(status, m.group(0))
        if status == "planned" and not after:
            found.setdefault("planned_before", m.group(0))
    for status in _PRIORITY:
        if status in found:
            return status.removesuffix("_before"), found[status]
    return "serving", ""
