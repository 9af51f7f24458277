"""The reader of documents not in English (pipeline.extract.lang): each rule of its tables on real dev sentences,
named by the rule. Sentences are quoted from the dev split (ids in each test)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from pipeline.extract import lang
from pipeline.extract.document import extract_document
from pipeline.extract.lang import lexicons, reader
from pipeline.extract.lexicon import LexiconError
from pipeline.extract.missions import MissionMatcher
from pipeline.extract.types import DocumentContext, PartialDate
from pipeline.reference.catalog import build_mission_catalog

ROOT = Path(__file__).resolve().parents[1]


@functools.lru_cache(maxsize=1)
def _matcher() -> MissionMatcher:
    return MissionMatcher(build_mission_catalog(ROOT / "sources" / "reference"))


def rows(text: str, language: str, published: str | None = None, publisher: str | None = None,
         url: str | None = None) -> tuple[list[dict], list[dict]]:
    ctx = DocumentContext("t", PartialDate.parse(published) if published else None, language, {}, publisher, url)
    out = extract_document(text, ctx, _matcher())
    mine = [r for r in out.contributions if r["extractor"].startswith("lang.")]
    return mine, [r for r in out.events if r["extractor"].startswith("lang.")]


def _only(found: list[dict]) -> dict:
    assert len(found) == 1, found
    return found[0]


def test_rule_tables_are_named():
    names = {n for table in (reader.CANDIDATE_RULES, reader.VETOES, reader.SENDER_RULES, reader.STATUS_RULES,
                             reader.ASOF_RULES, reader.EVENT_RULES) for n, _ in table}
    assert names == {"noun_after", "demonym_noun", "branch_share", "whole_strength", "un_decision", "demonym_np",
                     "before", "publisher", "decided_future", "now", "total", "since_more", "verb", "carried",
                     "sentence", "previous", "published", "nearest", "casualties", "listed_after_mission", "span_clause",
                     "mission_span"}


def test_english_documents_are_not_read():
    ctx = DocumentContext("t", None, "en")
    assert lang.extract("Rund 180 Soldaten.", ctx, []) == ([], [])


# --- candidates, senders, statuses -----------------------------------------------------------------------------

def test_noun_after_before_now_fr():
    # r8_057 (fr)
    r = _only(rows("Suite aux événements survenus en Côte d’Ivoire, la France a décidé de renforcer la force "
                   "militaire française Licorne, qui compte à présent environ 1700 militaires.", "fr")[0])
    assert (r["contributor_iso3"], r["mission_acronym"], r["count_low"], r["count_approx"], r["status"]) == \
        ("FRA", "LICORNE", 1700, True, "serving")
    assert r["extractor"].startswith("lang.fr:noun_after+before+status(now)")


def test_noun_after_publisher_de_and_pt():
    # r8_077 (de, bmlv.gv.at): the publisher's own forces
    r = _only(rows("Der Beitrag des Bundesheeres besteht aus rund 180 Soldaten, darunter vor allem Kraftfahrer.",
                   "de", publisher="Österreichisches Bundesheer", url="https://www.bmlv.gv.at/ausle/unifil/")[0])
    assert (r["contributor_iso3"], r["count_low"], r["status"]) == ("AUT", 180, "serving")
    assert "+publisher+" in r["extractor"]
    # r9_044 (pt, gov.br): a number word
    r = _only(rows("Antes mesmo de existirem as operações de paz oficiais, em 1948, o país enviou três capitães.",
                   "pt", url="https://www.gov.br/defesa/pt-br/")[0])
    assert (r["contributor_iso3"], r["count_low"], r["status"], r["as_of_date"].isoformat()[:4]) == \
        ("BRA", 3, "deployed", "1948")
    assert "+status(verb)+asof(sentence)" in r["extractor"]


def test_verb_deployed_pl_and_es():
    # r8_072 (pl): "ok." does not end the sentence; r9_053 (es)
    found, _ = rows("W 1953 Polska Rzeczpospolita Ludowa wysłała ok. 300 żołnierzy do Korei w ramach Misji Polskiej "
                    "w Komisji Nadzorczej Państw Neutralnych, oraz prawie 60 wojskowych medyków w szpitalu.", "pl")
    assert [(r["contributor_iso3"], r["count_low"], r["personnel_type"], r["status"]) for r in found] == \
        [("POL", 300, "troops", "deployed"), ("POL", 60, "medical", "deployed")]
    r = _only(rows("El viernes 22 de julio partieron 108 efectivos desde el Aeropuerto Internacional de Ezeiza.",
                   "es", published="2022-07-25", url="https://www.fuerzas-armadas.mil.ar/x")[0])
    assert (r["contributor_iso3"], r["status"], r["as_of_date"].isoformat()) == ("ARG", "deployed", "2022-07-22")


def test_demonym_np_de_and_pt():
    # r9_041 (de), r8_102 (pt)
    r = _only(rows("Das ÖBH beteiligt sich seit 1960 weltweit am internationalen Krisenmanagement, wobei mehr als "
                   "60 000 österreichische Soldatinnen und Soldaten eingesetzt wurden.", "de")[0])
    assert (r["contributor_iso3"], r["count_low"], r["count_high"], r["status"]) == \
        ("AUT", 60000, None, "cumulative")
    assert "+demonym_np+status(since_more)" in r["extractor"]
    r = _only(rows("Ao longo de treze anos, 26 contingentes e 37 mil soldados brasileiros passaram pelo Haiti.",
                   "pt")[0])
    assert (r["contributor_iso3"], r["count_low"], r["status"]) == ("BRA", 37000, "cumulative")
    assert "+demonym_np+status(total)" in r["extractor"]


def test_since_more_and_published_es():
    # r8_081 (es)
    r = _only(rows("La República Argentina aporta cascos azules a la UNFICYP desde 1993 con más de 15.600 hombres y "
                   "mujeres que han compartido su labor.", "es", published="2017-03-14")[0])
    assert (r["contributor_iso3"], r["mission_acronym"], r["count_low"], r["status"]) == \
        ("ARG", "UNFICYP", 15600, "cumulative")
    assert "status(since_more)+asof(published)" in r["extractor"]


def test_demonym_noun_and_branch_share_es():
    # r8_081 (es)
    found, _ = rows("El Teniente Coronel se hizo cargo de la denominada Fuerza de Tarea Argentina Nº 49 conformada "
                    "por 256 efectivos, de los cuales 159 pertenecen al Ejército, 61 a la Armada y 8 a la Fuerza "
                    "Aérea, más 28 extranjeros (14 chilenos y 14 paraguayos).", "es")
    got = {(r["contributor_iso3"], r["count_low"]): r["extractor"].split("+")[0] for r in found}
    assert got[("ARG", 159)] == got[("ARG", 61)] == got[("ARG", 8)] == "lang.es:branch_share"
    assert got[("CHL", 14)] == got[("PRY", 14)] == "lang.es:demonym_noun"


def test_decided_future_de():
    # r9_048 (de): "am 22." style ordinals do not end sentences either
    r = _only(rows("Der Bundesrat hat am Freitag die Fortführung des Einsatzes der Swiss Company (SWISSCOY) mit "
                   "maximal 220 Schweizer Armeeangehörigen in der multinationalen Kosovo Force (KFOR) bis 31. "
                   "Dezember 2008 beschlossen.", "de", published="2004-12-03")[0])
    assert (r["contributor_iso3"], r["mission_acronym"], r["count_low"], r["count_high"], r["status"]) == \
        ("CHE", "KFOR", None, 220, "planned")
    assert "status(decided_future)" in r["extractor"]


def test_carried_and_previous_es():
    # r9_053 (es): the contingent seen off in the sentence before
    r = _only(rows("Los jefes despidieron el 22 de julio a un nuevo contingente de cascos azules argentinos. Se trata "
                   "de la Fuerza de Tarea N° 60, compuesta por 218 hombres y mujeres del Ejército.", "es",
                   published="2022-07-25", url="https://www.fuerzas-armadas.mil.ar/x")[0])
    assert (r["contributor_iso3"], r["count_low"], r["status"], r["as_of_date"].isoformat()) == \
        ("ARG", 218, "deployed", "2022-07-22")
    assert "status(carried)+asof(previous)" in r["extractor"]


def test_sentence_span_end_for_a_tally_pt():
    # r9_044 (pt): a tally counts to the end of its span
    r = _only(rows("A primeira experiência do Brasil em missões de paz foi com a Força de Emergência das Nações "
                   "Unidas no Oriente Médio (UNEF I), de janeiro de 1957 até junho de 1967 com um total de "
                   "aproximadamente 6.300 homens participaram dessa força.", "pt")[0])
    assert (r["contributor_iso3"], r["mission_acronym"], r["count_low"], r["status"]) == \
        ("BRA", "UNEF I", 6300, "cumulative")
    assert (r["as_of_date"].isoformat()[:7], r["as_of_precision"]) == ("1967-06", "month")


def test_whole_strength_and_un_decision_vetoes_de():
    # r8_077, r9_041 (de): a multinational force's strength, a Security Council ceiling
    assert rows("An diesem Einsatz nehmen rund 11.800 Soldaten und 1.000 UN-Zivilangestellte aus 40 Nationen teil.",
                "de", url="https://www.bmlv.gv.at/x")[0] == []
    assert rows("Die Gesamtstärke der MNTF N betrug etwa 1 300 Soldatinnen und Soldaten.", "de",
                url="https://www.bmlv.gv.at/x")[0] == []
    assert rows("Ebenfalls 2006 beschloss der UN-Sicherheitsrat zudem eine Verstärkung der UNIFIL-Truppe von davor "
                "2.000 auf bis zu 15.000 Soldaten.", "de", url="https://www.bmlv.gv.at/x")[0] == []


# --- events ----------------------------------------------------------------------------------------------------

def test_nearest_trigger_binds_each_date_es():
    # r9_053 (es): a mandate and a deployment in one sentence
    _, ev = rows("La UNFICYP fue establecida operacionalmente por la ONU el 27 de marzo de 1964 para evitar que "
                 "se reanude la lucha entre las comunidades grecochipriota y turcochipriota que se enfrentaron por "
                 "una disputa territorial, y la Argentina participa en esa misión de paz desde 1993 de manera ininterrumpida.", "es")
    got = [(r["event_date"].isoformat(), r["event_type"], r["actor_iso3"], r["actor_organisation"]) for r in ev]
    assert got == [("1964-03-27", "mandate", None, "UN"), ("1993-01-01", "deployment", "ARG", None)]
    assert ev[0]["extractor"] == "lang.es:nearest+date"


def test_nearest_since_de_and_pl():
    # r8_077 (de), r8_072 (pl)
    _, ev = rows("Seit November 2011 beteiligt sich das Österreichische Bundesheer an der UNIFIL-Mission.", "de",
                 url="https://www.bmlv.gv.at/x")
    r = _only(ev)
    assert (r["event_date"].isoformat()[:7], r["event_type"], r["actor_iso3"], r["mission_acronym"]) == \
        ("2011-11", "deployment", "AUT", "UNIFIL")
    _, ev = rows("Przez następne lata Polacy uczestniczyli w pracach komisji w Indochinach (1954-1976).", "pl")
    r = _only(ev)
    assert (r["event_date"].isoformat()[:4], r["end_date"].isoformat()[:4], r["actor_iso3"]) == \
        ("1954", "1976", "POL")


def test_un_decision_event_de():
    # r8_077 (de)
    _, ev = rows("Ebenfalls 2006 beschloss der UN-Sicherheitsrat zudem eine Verstärkung der UNIFIL-Truppe.", "de")
    r = _only(ev)
    assert (r["event_type"], r["actor_organisation"], r["extractor"]) == ("mandate", "UN", "lang.de:un_decision+date")


# --- lexicons --------------------------------------------------------------------------------------------------

def test_country_names_come_from_pycountry():
    assert lexicons.country_names("pl")["polska"] == "POL"
    assert lexicons.country_names("de")["österreich"] == "AUT"
    assert lexicons.country_names("es")["chipre"] == "CYP"


def test_publisher_country_from_a_government_host():
    ctx = DocumentContext("t", None, "fr", {}, "Ministère des Armées, France", "http://www.defense.gouv.fr/x")
    assert reader.publisher_country(ctx) == "FRA"
    ctx = DocumentContext("t", None, "pl", {}, "Wikipedia (Wikimedia Foundation), Polish edition",
                          "https://pl.m.wikipedia.org/wiki/x")
    assert reader.publisher_country(ctx) is None


def test_bad_lexicon_file_is_refused(tmp_path):
    for name in ("lang_numbers.csv", "lang_months.csv", "lang_cues.csv", "lang_demonyms.csv"):
        (tmp_path / name).write_text((lexicons.DATA / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "lang_personnel.csv").write_text("language,word,ptype,note\nde,Soldaten,troops,\n",
                                                 encoding="utf-8")
    with pytest.raises(LexiconError, match="lower-case"):
        lexicons.load(tmp_path)
    (tmp_path / "lang_personnel.csv").write_text("language,word,ptype,note\nde,soldaten,sailors,\n",
                                                 encoding="utf-8")
    with pytest.raises(LexiconError, match="ptype"):
        lexicons.load(tmp_path)


# --- Danish, Norwegian, Swedish (r10) ----------------------------------------------------------------------------

def test_listed_after_mission_and_span_clause_sv():
    # r10_088 (sv): a list by mission, the first item naming the personnel; a country after "i" is a place
    found, _ = rows("Andra stora insatser är UNEF i Gaza och Sinai 1956-1967 med 12 000 soldater, UNIFIL i Libanon "
                    "1980-1994 (9 200), UNEF II i Sinai 1973-1980 (7 600) och ONUC i Kongo 1960-1964 (6 300).", "sv",
                    published="2016", publisher="Försvarsmakten (Swedish Armed Forces)",
                    url="http://www.forsvarsmakten.se/sv/x")
    got = [(r["contributor_iso3"], r["mission_acronym"], r["count_low"], r["status"], r["as_of_date"].year)
           for r in found]
    assert got == [("SWE", "UNEF I", 12000, "cumulative", 1967), ("SWE", "UNIFIL", 9200, "cumulative", 1994),
                   ("SWE", "UNEF II", 7600, "cumulative", 1980), ("SWE", "ONUC", 6300, "cumulative", 1964)]
    assert [r["extractor"].split("+")[0] for r in found] == ["lang.sv:noun_after"] + ["lang.sv:listed_after_mission"] * 3
    assert all("status(span_clause)" in r["extractor"] for r in found)


def test_demonym_noun_total_sv_and_verb_da():
    # r10_088 (sv), r10_093 (da)
    r = _only(rows("Sammanlagt har över 85 000 svenskar tjänstgjort i utlandsstyrkan.", "sv", published="2016")[0])
    assert (r["contributor_iso3"], r["count_low"], r["count_high"], r["status"]) == ("SWE", 85000, None, "cumulative")
    r = _only(rows("Den danske militærenhed var på øen 28 år, og den sidste styrke på 340 mand blev trukket hjem i "
                   "1992.", "da", published="2014-05-27")[0])
    assert (r["contributor_iso3"], r["count_low"], r["status"], r["as_of_date"].year) == ("DNK", 340, "withdrawn", 1992)


def test_casualties_veto_no():
    # r10_086 (no)
    assert rows("Det omkom 21 norske soldater i UNIFIL mellom 1978 og 1998.", "no")[0] == []


def test_publisher_body_in_its_own_language():
    # r10_093: "Forsvaret (Danish Defence)" on forsvaret.dk
    ctx = DocumentContext("t", None, "da", {}, "Forsvaret (Danish Defence)", "https://www.forsvaret.dk/da/x")
    assert reader.publisher_country(ctx) == "DNK"


def test_a_day_without_its_year_takes_the_next_dates_year():
    # r10_086 (no), r10_093 (da): "25. mars til 4. april 1978", "mellem den 14. maj og den 10. juni 1964"
    _, ev = rows("Den norske styrken ble satt inn i tidsrommet 25. mars til 4. april 1978.", "no")
    r = _only(ev)
    assert (r["event_date"].isoformat(), r["end_date"].isoformat(), r["actor_iso3"]) == \
        ("1978-03-25", "1978-04-04", "NOR")
    found, ev = rows("Danmark deltog i FN-aktionen - i første omgang med 976 danske soldater, der installerede sig på "
                     "øen mellem den 14. maj og den 10. juni 1964.", "da", published="2014-05-27")
    assert _only(ev)["event_date"].isoformat() == "1964-05-14"
    assert (_only(found)["count_low"], _only(found)["status"]) == (976, "deployed")


def test_mission_span_events_sv_and_mission_before_pl():
    # r10_088 (sv): each mission of the list with its first year; r8_072 (pl): the mission named before the years
    _, ev = rows("Andra stora insatser är UNEF i Gaza och Sinai 1956-1967 med 12 000 soldater, UNIFIL i Libanon "
                 "1980-1994 (9 200), UNEF II i Sinai 1973-1980 (7 600) och ONUC i Kongo 1960-1964 (6 300).", "sv",
                 published="2016", publisher="Försvarsmakten (Swedish Armed Forces)",
                 url="http://www.forsvarsmakten.se/sv/x")
    assert [(r["event_date"].year, r["event_type"], r["actor_iso3"], r["mission_acronym"]) for r in ev] == \
        [(1956, "deployment", "SWE", "UNEF I"), (1980, "deployment", "SWE", "UNIFIL"),
         (1973, "deployment", "SWE", "UNEF II"), (1960, "deployment", "SWE", "ONUC")]
    assert {r["extractor"] for r in ev} == {"lang.sv:mission_span+date"}
    _, ev = rows("Za pierwszy polski kontyngent wojskowy uznawana jest Polska Wojskowa Jednostka Specjalna w ramach "
                 "UNEF II w Egipcie w latach 1973-1979, gdzie stacjonował polski batalion logistyczny.", "pl")
    r = _only(ev)
    assert (r["event_date"].year, r["actor_iso3"], r["mission_acronym"]) == (1973, "POL", "UNEF II")


def test_only_languages_with_lexicons_leave_the_english_rules():
    assert not lang.reads(DocumentContext("t", None, "en"))
    assert lang.reads(DocumentContext("t", None, "de")) and lang.reads(DocumentContext("t", None, "no"))
    assert not lang.reads(DocumentContext("t", None, "it"))  # no lexicons yet: the English rules still read it
    # r8_057: the English event rules read "Le 22 septembre 2002 ..." as an event of type other; not any more
    _, ev = rows("Le 22 septembre 2002, suite à la tentative de coup d’Etat par les rebelles, les forces françaises "
                 "sont déployées en Côte d’ivoire dans le cadre de l’opération Licorne.", "fr")
    ctx = DocumentContext("t", None, "fr")
    every = extract_document("Le 22 septembre 2002, les forces françaises sont déployées en Côte d’ivoire.", ctx,
                             _matcher()).events
    assert ev and all(r["extractor"].startswith("lang.") for r in every)


def test_country_names_are_capitalised_demonyms_need_not_be():
    # Spanish "chile" (the pepper) is no country; "Chile" is; "14 chilenos" is a demonym (r8_081)
    assert rows("Con el chile llegaron 20 soldados.", "es")[0] == []
    assert _only(rows("Con Chile llegaron 20 soldados.", "es")[0])["contributor_iso3"] == "CHL"
    assert _only(rows("Llegaron 14 chilenos.", "es")[0])["contributor_iso3"] == "CHL"


def test_a_sentence_goes_on_after_a_blank_line_in_lower_case_pt():
    # r8_102 (pt): the page breaks "exerce" / "o comando" with a blank line; the trigger spans it
    _, ev = rows("A convite das Nações Unidas, desde 2004 o Brasil exerce\n\no comando militar da Missão das Nações "
                 "Unidas para a Estabilização no Haiti (MINUSTAH). Trata-se da missão mais latino-americana.", "pt")
    r = _only(ev)
    assert (r["event_date"].year, r["event_type"], r["actor_iso3"], r["mission_acronym"]) == \
        (2004, "appointment", "BRA", "MINUSTAH")


def test_intervention_triggers_pl_and_no():
    # r8_072 (pl), r10_092 (no)
    _, ev = rows('W 1968 w interwencji zbrojnej w Czechosłowacja pk. operacja "Dunaj" Układu Warszawskiego udział '
                 "wzięła 2 Armia Wojska Polskiego.", "pl")
    assert (_only(ev)["event_date"].year, _only(ev)["event_type"]) == (1968, "intervention")
    _, ev = rows("Natt til 15. mars 1978 invaderte Israel Libanon for å drive palestinerne ut av grenseområdene.", "no")
    r = _only(ev)
    assert (r["event_date"].isoformat(), r["event_type"], r["actor_iso3"]) == ("1978-03-15", "intervention", "ISR")


def test_an_invasion_takes_no_mission_from_the_page_no():
    # r10_092 (no): a UNIFIL page; Israel's invasion is no UNIFIL event
    _, ev = rows("Norsk deltakelse i UNIFIL. Natt til 15. mars 1978 invaderte Israel Libanon.", "no")
    r = [e for e in ev if e["event_type"] == "intervention"]
    assert (_only(r)["actor_iso3"], _only(r)["mission_acronym"]) == ("ISR", None)
