"""The named rules of pipeline.extract.mission_rules and mission_descriptions, each on real dev sentences (the
document ids are cited; the sentences are quoted as written)."""

from __future__ import annotations

import pytest

from pipeline.extract.mission_rules import defined_acronym
from pipeline.extract.types import PartialDate
from tests.conftest import found_missions as found


# --- defined_acronym (veto) -------------------------------------------------------------------------------------
@pytest.mark.parametrize("doc, published, sentence", [
    ("r8_108", None, "The Bangladesh Armed Forces and the Bangladesh Police have been actively involved in a number "
                     "of United Nations Peace Support Operations (UNPSO) since 1988."),
    ("r8_109", None, "The Bangladesh Armed Forces and the Bangladesh Police have been actively involved in a number "
                     "of United Nations Peace Support Operations (UNPSO) since its formation in the 1970s."),
    ("r5_048", "2018", "Of that total, 10,679 served as police officers, 79,063 served as troops or staff officers, "
                       "and 1,316 were U.N. military experts on mission (UNMEM)."),
])
def test_defined_acronym_is_not_a_misspelt_mission(matcher, doc, published, sentence):
    assert found(matcher, sentence, published) == []


def test_defined_acronym_needs_the_phrase_to_spell_it(matcher):
    # r8_018: a misspelling with no phrase of its initials before it stays a misspelt UNTSO.
    text = "We have 11 or 12 peacekeepers as part of the UNSTO, the UN Supervisory Truce Organization, in Israel."
    assert found(matcher, text, "2017-10-16")[0][:2] == ("UNTSO", "UNSTO")
    assert defined_acronym("the Peace Support Operations (UNPSO)", 30, "UNPSO") is False  # PSO only
    assert defined_acronym("United Nations Peace Support Operations (UNPSO)", 41, "UNPSO") is True


# --- eu_operation_is_military -----------------------------------------------------------------------------------
@pytest.mark.parametrize("doc, published, sentence, expected", [
    ("r8_011", "2006-05-09",
     "The main commitments are to the United Nations Mission in Liberia (UNMIL), with 422 personnel, to the NATO-led "
     "International Security presence (KFOR) in Kosovo, with 213 personnel and to EUFOR, the EU-led operation in "
     "Bosnia and Herzegovina, with 60 personnel.",
     ("EUFOR Althea", "EU-led operation in Bosnia and Herzegovina", "definite")),
    ("r8_067", None, "2 December 2004 Present European Union Military Operation in Bosnia and Herzegovina EUFOR Althea",
     ("EUFOR Althea", "European Union Military Operation in Bosnia and Herzegovina", "definite")),
    ("r8_067", None, "European Union Military Operation in Chad and the Central African Republic",
     ("EUFOR Tchad/RCA", "European Union Military Operation in Chad and the Central African Republic", "definite")),
])
def test_eu_operation_is_military(matcher, doc, published, sentence, expected):
    assert expected in found(matcher, sentence, published)
    assert "EUPM" not in {m[0] for m in found(matcher, sentence, published)}


def test_eu_mission_may_still_be_a_police_mission(matcher):
    # The rule reads the head: an EU police mission named after the same place stays itself.
    assert found(matcher, "the EU police mission in Bosnia and Herzegovina", "2010")[0][0] == "EUPM"


# --- undated_name_stays_name ------------------------------------------------------------------------------------
R4_033 = ("- Dates: 1920–Present\n- Branch: Army\n- Battles: World War II, Somali Civil War, Cambodia, Second Sudanese "
          "Civil War, Syrian Civil War, United Nations Interim Force in Lebanon, United Nations Operation in Somalia "
          "II, United Nations Assistance Mission for Iraq, United Nations Mission in Sudan, United Nations Supervision "
          "Mission in Syria, 2021 Solomon Islands unrest")


def test_undated_name_stays_name(matcher):
    assert ("UNMIS", "United Nations Mission in Sudan", "name") in found(matcher, R4_033, None)


def test_dated_generic_name_of_an_inactive_mission_is_still_a_description(matcher):
    # The same words in a document published in 2020, when UNMIS was long closed, describe the UN there then.
    assert ("UNMIS", "United Nations Mission in Sudan", "name") not in found(matcher, R4_033, "2020")


# --- undated_description_by_year --------------------------------------------------------------------------------
R8_111 = ('Completed missions\n\nCongo (August 1960 to May 1964)\n\n"Contribution": 400 Troops, Ordnance, Transport '
          'units and Staff Personnel\n"Casualties": None.\n\nOperation of the United Nations in Congo was a United '
          'Nations peacekeeping force in Congo that was established after United Nations Security Council '
          'Resolution 143 of July 14, 1960.')


def test_undated_description_by_year(matcher):
    assert ("ONUC", "United Nations peacekeeping force in Congo", "definite") in found(matcher, R8_111, None)
    # Without a year written before it, the host had several UN missions: no definite description.
    bare = "It was a United Nations peacekeeping force in Congo."
    assert [m[2] for m in found(matcher, bare, None)] == ["description"]


# --- list_items_with_words, list openers ------------------------------------------------------------------------
R3_031 = ("The United Kingdom contributes military personnel to five United Nations peacekeeping operations, including "
          "600 to the force in Cyprus, 15 to the force on the Iraq-Kuwait border, 15 in western Sahara, 122 to the "
          "force in Cambodia and 2,500 to the United Nations protection force in former Yugoslavia.")


def test_list_items_with_words_after_an_opener(matcher):
    got = [(a, s) for a, s, method in found(matcher, R3_031, "1993-05-12") if method == "definite"]
    assert got == [("UNFICYP", "United Nations peacekeeping operations, including 600 to the force in Cyprus"),
                   ("UNIKOM", "Iraq-Kuwait border"), ("MINURSO", "western Sahara"),
                   ("UNTAC", "Cambodia")]


R5_050 = ("Units of the Polish Army have participated in UN peacekeeping operations since October 1973. Two other "
          "Polish Military Contingents also participated in UN peacekeeping operations in the Middle East: PMC in the "
          "UNDOF operation (United Nations Disengagement Observer Force) in the Golan Heights from June 1974 to "
          "October 2009 and PMC in the UNIFIL operation (United Nations Interim Force in Lebanon) from April 1992 to "
          "November 2009. Over the last 40 years Polish Army units have also participated in UN peacekeeping "
          "operations in Namibia, Cambodia, the former Yugoslavia, Chad and Polish military observers were in Kuwait, "
          "Tajikistan, Georgia, Western Sahara, Angola, the Democratic Republic of the Congo, Ethiopia, Eritrea, "
          "Liberia and Sudan.")


def test_list_items_with_words_in_an_undated_history(matcher):
    # Undated: each place names its host's only UN mission ever (undated_list_is_a_history), whatever year the text
    # wrote last (2009); Cambodia, Chad, Angola, the DRC, Liberia and Sudan had several.
    got = {(a, s) for a, s, method in found(matcher, R5_050, None) if method == "definite"}
    assert got == {("UNTAG", "UN peacekeeping operations in Namibia"), ("UNIKOM", "Kuwait"), ("UNMOT", "Tajikistan"), ("UNOMIG", "Georgia"),
                   ("MINURSO", "Western Sahara"), ("UNMEE", "Ethiopia"), ("UNMEE", "Eritrea")}


def test_a_list_of_the_past_is_read_as_undated(matcher):
    # a_list_of_the_past: a dated sentence that puts its places in the past reads them as an undated history: r9_090
    # (2018) counts Iran, Kosovo and Namibia, each its host's only UN mission ever, not Angola, Bosnia, Cambodia,
    # Somalia, Syria or Timor-Leste; r5_050's "Over the last 40 years" list, were it dated, as undated.
    text = ("The NZDF has also taken part in numerous UN missions in the past, including in Angola, Bosnia, Cambodia, "
            "Iran, Kosovo, Namibia, Somalia, Syria and Timor-Leste.")
    got = {(a, s) for a, s, method in found(matcher, text, "2018-05-29") if method == "definite"}
    assert got == {("UNIIMOG", "Iran"), ("UNMIK", "Kosovo"), ("UNTAG", "Namibia")}
    undated = {m for m in found(matcher, R5_050, None) if m[2] == "definite"}
    assert {m for m in found(matcher, R5_050, "2013-06") if m[2] == "definite"} == undated
    # Without words of the past the list is one of the date, and a place without one such mission voids it.
    now = text.replace(" in the past", "")
    assert [m for m in found(matcher, now, "2018-05-29") if m[2] == "definite"] == []


def test_a_list_without_organisation_names_no_mission(matcher):
    # The guide (M1): the items of a bare list take no organisation from nowhere.
    text = "Polish military observers were in Kuwait, Tajikistan, Georgia and Western Sahara."
    assert [m for m in found(matcher, text, None) if m[2] == "definite"] == []


# --- aliases added for the real dev (sources/reference/mission_aliases.csv) -------------------------------------
@pytest.mark.parametrize("doc, published, sentence, surface", [
    ("r8_063", "2025", "For Korea, the New Zealand Defence Force deploys 12 personnel in roles with United Nations "
                       "Command and its Military Armistice Commission, as part of New Zealand’s ongoing commitment to "
                       "peace and stability on the Korean Peninsula.",
     "United Nations Command and its Military Armistice Commission"),
    ("r8_015", None, "There are four NZDF personnel involved with the United Nations Military Command Armistice "
                     "Commission in South Korea, monitoring the compliance of the Armistice Agreement between North "
                     "and South Korea.",
     "United Nations Military Command Armistice Commission"),
])
def test_uncmac_wordings(matcher, doc, published, sentence, surface):
    assert ("UNCMAC", surface, "name") in found(matcher, sentence, published)


# --- national_operation -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("doc, published, sentence, expected", [
    ("r3_028", "1994-06-28", "To ask the Secretary of State for Foreign and Commonwealth Affairs what policy stance "
     "the Western European Union has taken on the proposed French military initiative in Rwanda.",
     ("TURQUOISE", "French military initiative in Rwanda", "definite")),
    ("r3_028", "1994-06-28", "A number of WEU member states, including the United Kingdom, have indicated their "
     "readiness to assist and support the French initiative in Rwanda primarily through the provison of logistic "
     "resources.", ("TURQUOISE", "French initiative in Rwanda", "definite")),
    ("r4_013", "2014", "Operation Sangaris was a French military intervention in the Central African Republic, from "
     "late 2013 till 2016.", ("SANGARIS", "French military intervention in the Central African Republic", "definite")),
])
def test_national_operation(matcher, doc, published, sentence, expected):
    assert expected in found(matcher, sentence, published)


@pytest.mark.parametrize("published, sentence", [
    ("2000-05-23", "British forces in Sierra Leone have secured Lungi airport while UN Forces are building up."),  # r3_009
    ("1994-05-01", "the proposed French military initiative in Rwanda"),  # before Turquoise began
])
def test_national_operation_needs_an_operation_then(matcher, published, sentence):
    assert [m for m in found(matcher, sentence, published) if m[2] == "definite"] == []


# --- war_torn_place ---------------------------------------------------------------------------------------------
def test_war_torn_place(matcher):
    text = "Four are supporting the UN mission in war-torn South Sudan."  # r8_014, undated
    assert found(matcher, text, None) == [("UNMISS", "UN mission in war-torn South Sudan", "definite")]
    assert found(matcher, text, "2015")[0][0] == "UNMISS"


# --- african_qualifier ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("doc, published, sentence, expected", [
    ("r5_043", "2013-01-22", "U.N. officials say an African intervention force now deploying in Mali could double "
     "from its envisioned 3,300 troops.", ("AFISMA", "African intervention force now deploying in Mali", "definite")),
    ("r5_043", "2013-01-22", "African Force for Mali Could Double in Size",
     ("AFISMA", "African Force for Mali", "definite")),
    ("r8_069", "2014-01-17", "France welcomes the increase in troop strength of MISCA [AFISM-CAR], the African force "
     "deployed in the Central African Republic, which will soon comprise more than 5,000 soldiers and police officers.",
     ("MISCA", "African force deployed in the Central African Republic", "definite")),
])
def test_african_qualifier(matcher, doc, published, sentence, expected):
    assert expected in found(matcher, sentence, published)


def test_a_region_is_not_the_african_organisations(matcher):
    text = "South African troops in the Democratic Republic of the Congo and Central African forces in Chad."
    assert [m for m in found(matcher, text, "2013-06") if m[2] == "definite"] == []


# --- a_force_is_not_observers, name_inside_description ----------------------------------------------------------
R5_002 = ("asked the Secretary of State for Foreign Affairs what representations Her Majesty's Government have made to "
          "the United Nations in connection with the functions of the United Nations Emergency International Force "
          "in Egypt, with particular reference to the fact that those functions are limited by the General Assembly "
          "Resolutions of 2nd and 5th November.")


def test_a_force_is_not_observers(matcher):
    assert ("UNEF I", "United Nations Emergency International Force in Egypt", "definite") in found(
        matcher, R5_002, "1956-11-26")
    # Observers are not a single force: "the UN observers in Egypt" is no definite description then.
    assert found(matcher, "the UN observers in Egypt", "1956-11-26")[0][2] == "description"


def test_name_inside_description(matcher):
    text = ("HMS Glasgow joined Australian-led forces operating in support of the UN mandated International Force in "
            "East Timor (INTERFET) from 18–30 September 1999.")  # r3_029
    assert found(matcher, text, "2000-01-10")[0] == ("INTERFET", "International Force in East Timor", "name")


# --- weak_acronym_by_named_host ---------------------------------------------------------------------------------
def test_weak_acronym_by_named_host(matcher):
    text = ("It transitioned from the first 90 days of the MIF, the multinational interim force, into the first 90 "
            "days of MINUSTAH, and then they redeployed.")  # r8_024, undated
    assert [m[0] for m in found(matcher, text, None)] == ["MIF", "MINUSTAH"]
    # Without a mission or a place of its host, MIF stays an abbreviation of something else.
    assert found(matcher, "the first 90 days of the MIF, and then they redeployed.", None) == []


# --- foreign_un_description -------------------------------------------------------------------------------------
@pytest.mark.parametrize("doc, published, sentence, expected", [
    ("r8_102", "2017", "o comando militar da Missão das Nações Unidas para a Estabilização no Haiti (MINUSTAH).",
     ("MINUSTAH", "Missão das Nações Unidas para a Estabilização no Haiti", "definite")),
    ("r8_057", None, "La principale mission de l’opération licorne est de soutenir l’ONUCI (opération des Nations "
     "Unies en Côte d’Ivoire) qui intervient en soutien des forces armées ivoiriennes.",
     ("UNOCI", "opération des Nations Unies en Côte d’Ivoire", "definite")),
])
def test_foreign_un_description(matcher, doc, published, sentence, expected):
    assert expected in found(matcher, sentence, published)


@pytest.mark.parametrize("text, may_hold_one", [
    ("o comando militar da Missão das Nações Unidas para a Estabilização no Haiti", True),
    ("opération des Nations\nUnies en Côte d’Ivoire", True),
    ("die Mission der Vereinten Nationen im Libanon", True),
    ("soutenir l’ONU au Mali", True),
    ("the UN mission in South Sudan and MONUSCO, UNOCI and UNOSOM", False),  # ONU and UNO inside acronyms
])
def test_foreign_descriptions_are_tried_only_where_the_un_is_named_in_another_language(matcher, text, may_hold_one):
    from pipeline.extract.mission_rules import names_un_in_another_language

    assert names_un_in_another_language(text) is may_hold_one
    # The scan without the foreign alternatives finds what the full one finds in a text that has no such name.
    if not may_hold_one:
        assert [m.group() for m in matcher._master_english.finditer(text)] == \
            [m.group() for m in matcher._master.finditer(text)]


def test_foreign_un_description_places_from_french_names(matcher):
    # "au Liban" is the place of UNIFIL's French name; a German place the reference does not write is unknown.
    assert found(matcher, "la mission des Nations unies au Liban", "2007")[0][:2] == (
        "UNIFIL", "mission des Nations unies au Liban")
    text = "Seit November 2011 beteiligt sich das Österreichische Bundesheer an der UNIFIL-Mission der Vereinten Nationen im Libanon"  # noqa: E501  r8_077
    assert [m[0] for m in found(matcher, text, None)] == ["UNIFIL"]


# --- shared_acronym_elsewhere -----------------------------------------------------------------------------------
def test_shared_acronym_elsewhere(matcher):
    text = ("Operation Artemis was a short-term European Union-led UN-authorised military mission to the Democratic "
            "Republic of the Congo in 2003. The deployment of EUFOR troops quickly decreased the conflict's "
            "intensity.")  # r4_008, undated
    assert (None, "EUFOR", "unresolved") in found(matcher, text, None)
    # An acronym whose missions share their host keeps its reading by date ("UNOSOM" in a text naming Kenya).
    assert found(matcher, "He served with UNOSOM and later in Kenya.", "1994")[0][:2] == ("UNOSOM II", "UNOSOM")
    # Where the document names one of the hosts, the host decides (existing behaviour).
    assert found(matcher, "EUFOR in the Central African Republic", "2014")[0][0] == "EUFOR RCA"


# --- definite_mission (for the contribution and event rules) ----------------------------------------------------
def test_definite_mission(matcher):
    from pipeline.extract.mission_descriptions import definite_mission

    when = PartialDate.parse
    assert definite_mission(matcher, frozenset({"UN"}), ("CYP",), when("1993-05-12")) == "UNFICYP"    # r3_031
    assert definite_mission(matcher, frozenset({"AU"}), ("SOM",), when("2015")) == "AMISOM"
    assert definite_mission(matcher, None, ("HTI",), when("2006")) is None          # no organisation (M1)
    assert definite_mission(matcher, frozenset({"UN"}), ("TLS",), when("1999-10")) is None  # UNAMET and UNTAET
    assert definite_mission(matcher, frozenset({"UN"}), ("TLS",), when("2003")) == "UNMISET"
    assert definite_mission(matcher, frozenset({"UN"}), ("EGY",), when("1956-11-26"), force=True) == "UNEF I"


# --- definite_description (sentence_definite, for the contribution and event rules) ------------------------------
def _definite_in(matcher, sentence: str, published: str) -> str | None:
    from pipeline.extract.countries import find_countries
    from pipeline.extract.mission_descriptions import sentence_definite

    spans = tuple((m.start, m.end) for m in matcher.find_mentions(sentence, PartialDate.parse(published)))
    return sentence_definite(matcher, sentence, 0, len(sentence), find_countries(sentence),
                             PartialDate.parse(published), spans)


def test_definite_description_in_the_sentence(matcher):
    # r1_010: "the UN mission" and a single host (Côte d'Ivoire, its capital Abidjan) at the date.
    text = ("Joint United Nations and Côte d'Ivoire forces today started patrolling the West African country's major "
            "city, Abidjan, to provide security of person and property, the UN mission said today.")
    assert _definite_in(matcher, text, "2004-12-15") == "UNOCI"
    # Two hosts in the sentence: no single one (r9_006-like "70 fresh troops from Togo ... arrived in Abeche").
    assert _definite_in(matcher, "The UN force said troops from Togo arrived in Chad and Sudan.", "2009-03-15") is None
    # No organisation: a place alone names no mission here (host_country is the contribution rules' fallback).
    assert _definite_in(matcher, "Troops started patrolling Abidjan on Monday.", "2004-12-15") is None


def test_definite_description_of_a_force_is_no_political_mission(matcher):
    # r9_017 (2005-04): "the Bangladeshi UN force commander ... visited ... Juba": South Sudan had no UN force then,
    # only the UN Mine Action Service (political), which a force or its troops are not.
    text = "The UN force commander visited Juba on 21 April."
    assert _definite_in(matcher, text, "2005-04-25") is None


def test_bare_description_names_no_mission():
    from pipeline.extract.mission_descriptions import bare_description

    assert bare_description(None, True, False)                  # "peacekeeping operations in Haiti and Liberia"
    assert not bare_description(frozenset({"UN"}), True, False)  # "UN operations in Cyprus, Cambodia and ..."
    assert not bare_description(None, True, True)               # "peacekeepers in Kuwait, Tajikistan, Georgia"
    assert not bare_description(None, False, False)             # a single place: resolved by its host


# --- chain_of_command (veto) -------------------------------------------------------------------------------------
@pytest.mark.parametrize("doc, published, sentence", [
    ("r3_029", "2000", "No Royal Navy vessels have operated directly under UN command in the last two years."),
    ("r5_015", "1995", "Some 840 personnel are deployed on peacekeeping operations under United Nations command."),
    ("r6_004", "1995", "Some 4,600 British personnel are serving in operations under UN command."),
    ("r5_001", "1956", "How many of them are now under United Nations command."),
])
def test_chain_of_command_is_not_the_united_nations_command(matcher, doc, published, sentence):
    assert [m for m in found(matcher, sentence, published) if m[0] == "UNC"] == []


def test_united_nations_command_by_name_stays(matcher):
    # r8_063: the Command itself, capitalised, in Korea.
    text = "The NZDF deploys 12 personnel in roles with United Nations Command in Korea."
    assert [m[0] for m in found(matcher, text, "2025")] == ["UNC"]


# --- assignments and deployments as description heads --------------------------------------------------------------
@pytest.mark.parametrize("doc, published, sentence, expected", [
    ("r10_043", "2018-01-10", "Sri Lanka Army Completes Its Commitment to UN Assignments in Mali",
     ("MINUSMA", "UN Assignments in Mali", "definite")),
    ("r10_044", "2023-01-27", "The 8th Sri Lankan (SRIMED) contingent already serving the UN assignment in South Sudan",
     ("UNMISS", "UN assignment in South Sudan", "definite")),
    # Its peacekeeping there too.
    ("r11_052", "2017", "“New Zealand’s contribution to United Nations peacekeeping in South Sudan is longstanding and "
                        "important",
     ("UNMISS", "United Nations peacekeeping in South Sudan", "definite")),
])
def test_un_assignment_in_a_place_is_its_mission(matcher, doc, published, sentence, expected):
    assert found(matcher, sentence, published) == [expected]


# --- glued_numeral ---------------------------------------------------------------------------------------------------
def test_glued_numeral_is_the_numbered_acronym(matcher):
    # r9_091: a list item writes the numeral glued to the acronym.
    text = "UNOSOMII the UN Protective Force (UNPROFOR), UN Operational Mission Somalia II,"
    assert ("UNOSOM II", "UNOSOMII", "acronym") in found(matcher, text, None)
    assert found(matcher, "He served with UNEFII and UNAVEMIII.", None) == [
        ("UNEF II", "UNEFII", "acronym"), ("UNAVEM III", "UNAVEMIII", "acronym")]
    # Only a numbered acronym that exists: UNMISS has no second one, UNAMI is itself a mission (Iraq).
    assert found(matcher, "UNMISSII", None) == []
    assert found(matcher, "UNAMI", "2010")[0][0] == "UNAMI"


# --- names people use (alias data, sources/reference/mission_aliases.csv), and other rules' words ----------------
@pytest.mark.parametrize("doc, published, sentence, expected", [
    ("r9_014", "2004-10-25", "The South Africans had been in the country serving in the African Union-mandated African "
                             "Mission in Burundi before ONUB took over.",
     ("AMIB", "African Mission in Burundi", "name")),
    ("r9_081", None, "deployed as military observers under the auspices of the United Nations Good Offices "
                     "Commission, during the Indonesian National Revolution.",
     ("UNGOC", "United Nations Good Offices Commission", "name")),
    ("r16_005", None, "The first peacekeeping forces, the Commonwealth of Independent States Collective Peacekeeping "
                      "Forces in Tajikistan, were organized in late 1993",
     ("CPKF", "Commonwealth of Independent States Collective Peacekeeping Forces in Tajikistan", "name")),
    # un_flagged_observers
    ("r8_014", None, "Six NZDF personnel are serving as United Nations armistice monitors in South Korea, including two "
                     "who are based along the Demilitarised Zone with North Korea.",
     ("UNCMAC", "United Nations armistice monitors in South Korea", "definite")),
    ("r9_090", "2018-05-29", "Apart from UNTSO, the NZDF currently contributes personnel to UN peacekeeping missions in "
                             "Mali, South Korea and South Sudan.",
     ("UNCMAC", "South Korea", "definite")),
    # name_without_place
    ("r13_010", "2004-06-25", "The United Nations assumed command of peacekeeping activities in Haiti during a "
                              "ceremony in Port-au-Prince today. The United Nations Stabilization Mission assumed "
                              "responsibility from the U.S.- led Multinational Interim Force.",
     ("MINUSTAH", "United Nations Stabilization Mission", "name")),
    ("r3_040", "1999", "UK now has 10,400 troops in Kosovo.\n\nOSCE Mission\n\n  The UK expects to supply around 10 "
                       "per cent of the approximately 450 international staff required for the OSCE Mission.",
     ("OMIK", "OSCE Mission", "name")),
    # any_preposition
    # UNAMIR's name says "for Rwanda"; r14_049 (2005) writes "in".
    ("r14_049", "2005-03-09", "The key role of both contingents, which came to be known as AUSMED, was to provide "
                              "health support for the United Nations Assistance Mission in Rwanda.",
     ("UNAMIR", "United Nations Assistance Mission in Rwanda", "name")),
    # UNFICYP's "in Cyprus" written "for Cyprus" (r7_002, 23 March 1964, four days before it began).
    ("r7_002", "1964-03-23", "asked the Secretary of State for Foreign Affairs whether the proposed United Nations "
                             "peace-keeping force for Cyprus has now been established",
     ("UNFICYP", "United Nations peace-keeping force for Cyprus", "name")),
])
def test_a_mission_in_other_words(matcher, doc, published, sentence, expected):
    assert expected in found(matcher, sentence, published)


# --- un_flagged_observers (cases in test_a_mission_in_other_words) ------------------------------------------------
def test_un_flagged_command_is_no_un_mission(matcher):
    # The Command itself (kind military) is not what "UN" monitors or missions in Korea name: only the Commission is.
    assert "UNC" not in {m[0] for m in found(matcher, "UN peacekeeping missions in South Korea", "2018")}


# --- regions_including, subdivision_of, own_mission_before_regional --------------------------------------------------
R11_049 = ("The ROK government currently has around 20 personnel dispatched to UN missions in major conflict re-\n"
           "               gions including India, Pakistan, Lebanon, South Sudan, and Western Sahara.")
R12_048 = ("Currently, 1100 Mongolian peacekeepers are serving in the UN Peacekeeping Missions to provide security and "
           "peacebuilding support in the world’s hot conflict zones including the Republic of South Sudan, Islamic "
           "Republic of Afghanistan, Abyei province of the Republic of Sudan, Yemen, Western Sahara, and the "
           "Democratic Republic of Congo, according to the General Staff of the Mongolian Armed Forces.")


@pytest.mark.parametrize("doc, published, sentence, expected", [
    # regions_including and, for Lebanon, own_mission_before_regional (UNIFIL, not UNTSO nor UNDOF).
    ("r11_049", "2020", R11_049, ["UNMOGIP", "UNMOGIP", "UNIFIL", "UNMISS", "MINURSO"]),
    # regions_including and subdivision_of ("Abyei province of the Republic of Sudan" is Abyei, Sudan no item).
    ("r12_048", "2021-05", R12_048, ["UNMISS", "UNAMA", "UNISFA", "UNMHA", "MINURSO", "MONUSCO"]),
])
def test_places_after_regions_including(matcher, doc, published, sentence, expected):
    assert [m[0] for m in found(matcher, sentence, published) if m[2] == "definite"] == expected


def test_own_mission_before_regional(matcher):
    # Lebanon had UNIFIL (its own), UNDOF (3 hosts) and UNTSO (5) in 2020: "the UN mission in Lebanon" is UNIFIL;
    # Israel had only regional ones (UNDOF, UNTSO): no single mission.
    assert found(matcher, "the UN mission in Lebanon", "2020")[0][::2] == ("UNIFIL", "definite")
    assert found(matcher, "the UN mission in Israel", "2020")[0][2] == "description"


# --- possessive_description ------------------------------------------------------------------------------------------
def test_possessive_description_with_any_few_words(matcher):
    # r12_040 (2018): the UN's missions, whatever few words describe them, then a list of places after a dash.
    text = ("Indian peacekeepers have been deployed in some of the UN’s most dangerous and challenging missions – in "
            "South Sudan, Congo, Mali, Central African Republic and ten other UN mission across the globe.")
    got = [m[0] for m in found(matcher, text, "2018") if m[2] == "definite"]
    assert got == ["UNMISS", "MONUSCO", "MINUSMA", "MINUSCA"]
    # Not the organisation's humanitarian or political work.
    assert found(matcher, "the UN's humanitarian operations in Yemen", "2020") == []


# --- description_own_year ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("doc, published, sentence, expected", [
    # r13_051 (2015): the year after the place; "the then Dutch East Indies", a former name.
    ("r13_051", "2015-09-14", "“Australia has a proud history in global peacekeeping having been part of the first "
                              "United Nations peacekeeping deployment to the then Dutch East Indies in 1947,” Mr Robert "
                              "said.",
     ("UNGOC", "United Nations peacekeeping deployment to the then Dutch East Indies", "definite")),
    # r10_048 (2017): the year between head and place is 1960's Congo, not MONUSCO's; so with "a ... mission".
    ("r10_048", "2017-09-10", "Egypt’s first contribution to UN peacekeeping was in 1960 in the Congo.",
     ("ONUC", "UN peacekeeping was in 1960 in the Congo", "definite")),
    ("r10_048", "2017-09-10", "Egypt’s first contribution to a UN peacekeeping mission was in 1960 in the Congo.",
     ("ONUC", "UN peacekeeping mission was in 1960 in the Congo", "definite")),
])
def test_description_at_its_own_year(matcher, doc, published, sentence, expected):
    assert found(matcher, sentence, published) == [expected]


def test_description_years_ago(matcher):
    # r14_010 (2008): "more than 40 years ago" is a mission begun by 1968, the host's only one then: ONUC, not MONUC.
    text = ("\"As it has done when it first deployed an Air Force squadron to support UN operations in the Congo more "
            "than 40 years ago, the Philippines is ready to heed the call of the UN")
    assert found(matcher, text, "2008-03-11") == [("ONUC", "UN operations in the Congo", "definite")]
    # "N years ago": the mission of that year (1964 for a text of 1994).
    assert found(matcher, "the UN force in Cyprus 30 years ago", "1994")[0][::2] == ("UNFICYP", "definite")


def test_description_own_year_not_a_span(matcher):
    # A span of years is no year of the description's own: the publication date decides.
    assert found(matcher, "the UN mission in Mali in 2010-2014", "2017-09-10")[0][0] == "MINUSMA"


# --- acronym_settles_description ---------------------------------------------------------------------------------------
def test_acronym_in_parentheses_settles_a_description(matcher):
    # r12_045 (undated list): the description alone would be MONUA (Angola 1997-1999); its acronym says UNAVEM III.
    text = "  • UN Verification Mission in Angola (UNAVEM III) 1995–1997\n"
    assert found(matcher, text, None) == [("UNAVEM III", "UN Verification Mission in Angola", "definite"),
                                          ("UNAVEM III", "UNAVEM III", "acronym")]


def test_ecomog_name_with_peace_is_no_peace_monitoring_group(matcher):
    # r13_047 (IRIN, 2000): ECOMOG's name as IRIN writes it (alias data), not Bougainville's Peace Monitoring Group.
    text = ("Nigeria, which provided the bulk of ECOMOG (Economic Community of West African States Peace Monitoring "
            "Group) troops in Sierra Leone, had informed the UN")
    assert {m[0] for m in found(matcher, text, "2000-01")} == {"ECOMOG"}


# --- name_without_place (cases in test_a_mission_in_other_words) ----------------------------------------------------
def test_name_without_place_needs_the_host_and_no_other_place(matcher):
    # No host named: nothing; several hosts named: the one active at the date.
    assert found(matcher, "The United Nations Stabilization Mission assumed responsibility.", "2004-06-25") == []
    both = "In Mali and Haiti, the United Nations Stabilization Mission took over."
    assert [m[0] for m in found(matcher, both, "2004-06-25") if m[2] == "name"] == ["MINUSTAH"]
    # r12_045: a place it does not know follows (misspelt Rwanda): not UNOMIL of the Liberia the page names.
    text = "  • UN Observer Mission for Rawanda (UNAMIR) 1993–1996\n  • UN Mission in Liberia (UNMIL)"
    assert "UNOMIL" not in {m[0] for m in found(matcher, text, None)}
    # The generic words of a name are no name ("UN Peacekeeping Force" is not UNFICYP's, even beside Cyprus).
    assert found(matcher, "The UN Peacekeeping Force left Cyprus.", "1990")[:1] != [("UNFICYP", "UN Peacekeeping Force",
                                                                                    "name")]


# --- name_of_another (veto) --------------------------------------------------------------------------------------------
def test_name_ending_a_longer_name_of_another_mission(matcher):
    # r15_050 (IRIN, 1999): ECOMOG's name as written ends in the words of Bougainville's Peace Monitoring Group.
    text = ("Nigeria announced on Wednesday it would withdraw 2,000 troops from the West African Peace Monitoring Group "
            "(ECOMOG) serving in Liberia")
    assert found(matcher, text, "1999-06") == [("ECOMOG", "ECOMOG", "acronym")]
    # Not after an article: the name and the acronym each stand (a writer's mismatch is not settled here).
    assert [m[0] for m in found(matcher, "The Peace Monitoring Group (ECOMOG) left.", "1999-06")] == ["PMG", "ECOMOG"]


# --- countries: a space after an apostrophe ------------------------------------------------------------------------------
def test_list_with_a_country_written_with_a_space_after_its_apostrophe(matcher):
    # r14_010 (2008): "Cote d' Ivoire" as written (countries._APOSTROPHE_ATOM) no longer ends the list.
    text = ("The Philippines is among the top 30 troop contributing countries with more than 660 military and police "
            "peacekeepers serving in UN missions in Afghanistan, Cote d' Ivoire, Darfur, Georgia, Haiti, Kosovo, "
            "Liberia, Nepal, Sudan and Timor Leste.")
    got = [m[0] for m in found(matcher, text, "2008-03-11") if m[2] == "definite"]
    assert got == ["UNAMA", "UNOCI", "UNAMID", "UNOMIG", "MINUSTAH", "UNMIK", "UNMIL", "UNMIN", "UNMIS", "UNMIT"]


# --- transposed_letters_first ------------------------------------------------------------------------------------------
def test_transposed_letters_first(matcher):
    # r14_001: "UNTEAS" swaps two letters of UNTAES and drops one of UNTEA (UNSF's other acronym): UNTAES.
    text = "it has continued its service in multiple missions including UNTEAS (Slovenia), UNIPTE/UNMIBH (Bosnia)"
    assert ("UNTAES", "UNTEAS", "fuzzy") in found(matcher, text, None)
    # No swap among several one-edit neighbours (UNAMID, UNMIK, UNMIL, UNMIS, UNMIT): still unresolved.
    assert found(matcher, "He served with UNMID.", None) == [(None, "UNMID", "unresolved")]
