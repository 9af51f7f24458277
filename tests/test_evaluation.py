"""The evaluation's matching rules (tests/data/gold/README.md) on small hand-made tables."""

from pipeline.evaluation import evaluate, predicted_rows

DOCS = [{"doc_id": "d1", "source_name": "doc1"}]


def _contribution(**changes) -> dict:
    row = {"doc_id": "d1", "contributor_iso3": "CHN", "mission_acronym": "MINUSMA", "scope": "mission",
           "personnel_type": "troops", "count_low": 500, "count_high": 600, "count_approx": False,
           "status": "offered", "as_of_date": None, "as_of_precision": None, "evidence": "e"}
    row.update(changes)
    return row


def _gold(**changes) -> dict:
    row = {"source_name": "doc1", "contributor_iso3": "CHN", "mission": "MINUSMA", "personnel_type": "troops",
           "count_low": "500", "count_high": "600", "count_approx": "false", "status": "offered", "as_of": "2013-05",
           "evidence": "e"}
    row.update(changes)
    return row


def test_missions_are_the_named_ones_not_the_described_ones():
    mentions = [
        {"doc_id": "d1", "mission_acronym": "MINUSMA", "surface": "MINUSMA", "method": "acronym"},
        {"doc_id": "d1", "mission_acronym": "AFISMA", "surface": "ASISMA", "method": "fuzzy"},
        {"doc_id": "d1", "mission_acronym": "UNMISS", "surface": "UN peacekeepers in Mali and South Sudan",
         "method": "description"},
        {"doc_id": "d1", "mission_acronym": "UNIFIL", "surface": "the UN force in Lebanon", "method": "definite"},
        {"doc_id": "d1", "mission_acronym": None, "surface": "the force", "method": "unresolved"},
    ]
    missions = predicted_rows(DOCS, [], [], mentions)["missions"]
    # the guide's definite descriptions (organisation, single host, one mission then) count as naming the mission
    assert [(m["source_name"], m["mission_acronym"]) for m in missions] == [
        ("doc1", "MINUSMA"), ("doc1", "AFISMA"), ("doc1", "UNIFIL")]


def test_all_un_operations_scope_is_written_as_un_pko_all():
    rows = predicted_rows(DOCS, [_contribution(mission_acronym=None, scope="all_un_pko")], [], [])
    assert rows["contributions"][0]["mission"] == "UN_PKO_ALL"


def test_personnel_types_match_within_their_class_and_counts_exactly():
    predicted = predicted_rows(DOCS, [_contribution(personnel_type="peacekeepers"),
                                      _contribution(count_high=601)], [], [])
    scores = evaluate(predicted, {"contributions": [_gold(), _gold(personnel_type="infantry")],
                                  "events": [], "missions": []})
    c = scores["contributions"]
    # troops ~ peacekeepers match; a wrong count does not; infantry is another class.
    assert (c.matched, c.n_pred, c.n_gold) == (1, 2, 2)
    assert c.precision == 0.5 and c.recall == 0.5


def test_event_actor_is_the_country_else_un_for_the_united_nations():
    """The guide writes the UN (Council, Secretariat) as the actor; the dataset keeps it in actor_organisation.
    Other organisations are no actor code of the guide: empty."""
    def event(iso3, organisation):
        return {"doc_id": "d1", "event_date": "2013-04-25", "date_precision": "day", "actor_iso3": iso3,
                "actor_organisation": organisation, "event_type": "mandate", "mission_acronym": "MINUSMA"}

    rows = predicted_rows(DOCS, [], [event(None, "UN"), event("FRA", None), event(None, "AU"), event(None, None)], [])
    assert [r["actor_iso3"] for r in rows["events"]] == ["UN", "FRA", "", ""]
    gold = {"contributions": [], "missions": [], "events": [
        {"source_name": "doc1", "date": "2013-04-25", "date_precision": "day", "actor_iso3": "UN",
         "event_type": "mandate", "mission": "MINUSMA", "evidence": "e"}]}
    assert evaluate({**rows, "events": rows["events"][:1]}, gold)["events"].agreement["actor_iso3"] == 1.0
