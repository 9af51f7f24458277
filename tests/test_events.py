"""Tests of pipeline.extract.events: sentences through the real extraction chain, rules on hand-built mentions,
and the seed documents against tests/data/gold/seeds/events.csv."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.extract.countries import find_countries
from pipeline.extract.dates import find_dates
from pipeline.extract.events import extract_events
from pipeline.extract.missions import MissionMatcher
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import CountryMention, DocumentContext, MissionMention, PartialDate, Sentence

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ROOT / "sources" / "documents"
GOLD = ROOT / "tests" / "data" / "gold" / "seeds" / "events.csv"


def _chain(text: str, published: PartialDate | None, matcher: MissionMatcher, doc_id: str = "doc"):
    """The real chain: sentences, countries, missions, dates, then events."""
    return extract_events(text, split_sentences(text), find_countries(text), matcher.find_mentions(text, published),
                          find_dates(text, published), DocumentContext(doc_id, published))


def _rows(events):
    return [(e.date.date.iso(), e.date.date.precision, e.event_type, e.actor_iso3, e.mission_acronym, e.is_planned)
            for e in events]


AUG = "2013-08-15"
MAY = "2013-05-23"
APR = "2013-04-25"
JUL = "2013-07-22"

CASES = [
    # --- deployments ---------------------------------------------------------------------------------------
    (AUG, "Nigeria deployed 1,200 troops to Mali in January.",
     [("2013-01", "month", "deployment", "NGA", None, False)]),
    (AUG, "Chinese peacekeepers of UNMISS arrived in Juba on 15 March 2012.",
     [("2012-03-15", "day", "deployment", "CHN", "UNMISS", False)]),
    (AUG, "Ghana joined UNIFIL in 1978.", [("1978", "year", "deployment", "GHA", "UNIFIL", False)]),
    (AUG, "Pakistan began contributing troops to UN missions in 1960.",
     [("1960", "year", "deployment", "PAK", None, False)]),
    (AUG, "The African Union deployed AMISOM in March 2007.",
     [("2007-03", "month", "deployment", None, "AMISOM", False)]),
    (AUG, "Indian troops have been serving in UNMISS since 2011.",
     [("2011", "year", "deployment", "IND", "UNMISS", False)]),
    (AUG, "Togo has contributed troops to AFISMA since January 2013.",
     [("2013-01", "month", "deployment", "TGO", "AFISMA", False)]),
    (MAY, "Bangladesh plans to send 500 more peacekeepers next year.",
     [("2014", "year", "deployment", "BGD", None, True)]),
    (AUG, "UNAMID was established in July 2007 and began operations on 31 December 2007.",
     [("2007-07", "month", "mandate", None, "UNAMID", False),
      ("2007-12-31", "day", "deployment", None, "UNAMID", False)]),
    # --- handovers -----------------------------------------------------------------------------------------
    (AUG, "On 1 July 2013, MINUSMA took over from AFISMA.",
     [("2013-07-01", "day", "handover", None, "MINUSMA", False)]),
    (AUG, "The transfer of authority from AFISMA to MINUSMA took place on 1 July 2013.",
     [("2013-07-01", "day", "handover", None, "MINUSMA", False)]),
    ("2014-10-01", "Burundian troops were re-hatted into MINUSCA on 15 September 2014.",
     [("2014-09-15", "day", "handover", "BDI", "MINUSCA", False)]),
    (AUG, "Yesterday, Egyptian peacekeepers took over a camp in El Geneina.",
     [("2013-08-14", "day", "handover", "EGY", None, False)]),
    (AUG, "China, which intervened in the conflict in January, hopes to hand over to MINUSMA in September.",
     [("2013-01", "month", "intervention", "CHN", None, False),
      ("2013-09", "month", "handover", "CHN", "MINUSMA", True)]),
    (APR, "The Council requested the Secretary-General to subsume AFISMA into MINUSMA, with the transfer of "
          "authority to take place on 1 July 2013.", [("2013-07-01", "day", "handover", None, "MINUSMA", True)]),
    (APR, "The Security Council today decided to establish MINUSMA, which will take over from AFISMA on 1 July.",
     [("2013-04-25", "day", "mandate", None, "MINUSMA", False),
      ("2013-07-01", "day", "handover", None, "MINUSMA", True)]),
    # --- pledges, mandates, appointments -----------------------------------------------------------------
    ("2014-10-01", "Rwanda pledged 850 police officers to MINUSCA in September 2014.",
     [("2014-09", "month", "pledge", "RWA", "MINUSCA", False)]),
    (AUG, "Egypt offered to send a battalion to UNAMID in 2012.", [("2012", "year", "pledge", "EGY", "UNAMID", False)]),
    (AUG, "In March 2013, the Netherlands committed 380 troops to MINUSMA.",
     [("2013-03", "month", "pledge", "NLD", "MINUSMA", False)]),
    (AUG, "The Security Council established UNMISS on 9 July 2011.",
     [("2011-07-09", "day", "mandate", None, "UNMISS", False)]),
    (AUG, "Security Council resolution 2085 (2012) of 20 December 2012 authorized the deployment of AFISMA.",
     [("2012-12-20", "day", "mandate", None, "AFISMA", False)]),
    ("2014-09-01", "General Babacar Gaye was appointed head of MINUSCA in August 2014.",
     [("2014-08", "month", "appointment", None, "MINUSCA", False)]),
    (AUG, "In 2004, Brazil took command of MINUSTAH.", [("2004", "year", "appointment", "BRA", "MINUSTAH", False)]),
    (AUG, "From 2007 to 2011, a Chinese general served as the commander of MINURSO.",
     [("2007", "year", "appointment", "CHN", "MINURSO", False)]),
    # --- withdrawals, interventions, attacks, other --------------------------------------------------------
    (AUG, "Ethiopian troops withdrew from Somalia in January 2009.",
     [("2009-01", "month", "withdrawal", "ETH", None, False)]),
    (MAY, "Chad will withdraw its troops from MISCA in April.",
     [("2014-04", "month", "withdrawal", "TCD", "MISCA", True)]),
    (AUG, "In 1999, Nigeria withdrew its contingent from ECOMOG.",
     [("1999", "year", "withdrawal", "NGA", "ECOMOG", False)]),
    (AUG, "Nigeria withdrew about 1,200 soldiers from Mali in July, citing security needs at home.",
     [("2013-07", "month", "withdrawal", "NGA", None, False)]),
    (AUG, "Kenya invaded southern Somalia in October 2011.",
     [("2011-10", "month", "intervention", "KEN", None, False)]),
    (APR, "Chad, which sent 2,000 soldiers in February, announced on 14 April that it would withdraw its forces.",
     [("2013-02", "month", "deployment", "TCD", None, False), ("2013-04-14", "day", "withdrawal", "TCD", None, True)]),
    (APR, "Speaking on 20 April, the French Foreign Minister said the drawdown would begin in late April.",
     [("2013-04", "month", "withdrawal", "FRA", None, True)]),
    (APR, "Last week, Nigerian troops arrived in Gao.", [("2013-04", "month", "deployment", "NGA", None, False)]),
    (JUL, "BAMAKO, Mali (AP) — A suicide bomber attacked a UN camp in northern Mali on Saturday.",
     [("2013-07-20", "day", "attack", None, None, False)]),
    (JUL, "Burkina Faso sent a battalion in March 2013, and Niger followed in April.",
     [("2013-03", "month", "deployment", "BFA", None, False), ("2013-04", "month", "deployment", "NER", None, False)]),
    (JUL, "On Tuesday, the head of UN peacekeeping told reporters that the UN would deploy helicopters in September.",
     [("2013-09", "month", "deployment", None, None, True)]),
    (AUG, "Two Senegalese peacekeepers were killed in an attack on 12 June 2013.",
     [("2013-06-12", "day", "attack", None, None, False)]),
    (AUG, "Three peacekeepers were killed by Nigerian troops on 20 May near Kidal.",
     [("2013-05-20", "day", "attack", "NGA", None, False)]),
    (MAY, "Rebels attacked a UN base in Kidal on Saturday.", [("2013-05-18", "day", "attack", None, None, False)]),
    (AUG, "On 18 March, a MINUSMA convoy was hit by an IED near Kidal.",
     [("2013-03-18", "day", "attack", None, "MINUSMA", False)]),
    (AUG, "The Security Council today unanimously extended the mandate of UNMISS until 30 November 2014.",
     [("2013-08-15", "day", "mandate", None, "UNMISS", False)]),
    (AUG, "The peace agreement was signed in Ouagadougou on 18 June 2013.",
     [("2013-06-18", "day", "other", None, None, False)]),
    # --- not events ----------------------------------------------------------------------------------------
    (AUG, "Jane Doe, The New York Times, October 25, 2012.", []),
    (AUG, "(Stockholm, Sweden: SIPRI, November 2009), p. 8.", []),
    (AUG, "See “Peacekeeping in Mali since 2013,” Journal of Peace Studies, p. 4.", []),
    (MAY, "NEW YORK, May 22 (Reuters) - China has offered troops.", []),
    (AUG, "Published: 14 August 2013.", []),
    (MAY, "Diplomats said on Monday that talks continue.", []),
    # a dated announcement of a sending is a pledge of that day (devset7 gold: "said on Aug. 24 France would deploy")
    (AUG, "The Netherlands announced on Monday it would send 380 troops to Mali.",
     [("2013-08-12", "day", "pledge", "NLD", None, True)]),
    (AUG, "China said in a statement on 5 June that it would deploy 395 troops.",
     [("2013-06-05", "day", "pledge", "CHN", None, True)]),
    (AUG, "Britain said on Tuesday it would increase its contingent in South Sudan.",
     [("2013-08-13", "day", "pledge", "GBR", None, True)]),
    (AUG, 'General Zhang Youxia in 2009 said: "The fires of war are burning."', []),
    (AUG, "China now has more than fifteen times as many peacekeepers as it had in 2000.", []),
    (AUG, "Beijing's 2004 expansion of the PLA's missions was significant.", []),
    (AUG, "According to the 2012 report, the mission has 5,000 troops.", []),
    (AUG, "The budget for 2013-2014 amounts to $602 million.", []),
    (AUG, "China today has 1,650 peacekeepers participating in UN missions.", []),
    (AUG, "In the 1990s, Canada deployed thousands of peacekeepers.", []),
    (AUG, "The Security Council extended the mandate of UNIFIL until 31 August 2014.", []),
    (AUG, "The commander, 45, was born in 1968.", []),
    (AUG, "In a letter sent on 3 May, the Secretary-General informed the Council.", []),
    (AUG, "The Council extended its condolences on 4 June.", []),
    (AUG, "Egypt participated in the meeting on 3 May.", []),
    (AUG, "Japan contributed $5 million to the fund in 2012.", []),
    # --- the same verbs with their peace-operations objects ------------------------------------------------
    (AUG, "Senegal sent 500 troops to Mali on 3 May.", [("2013-05-03", "day", "deployment", "SEN", None, False)]),
    (AUG, "Egypt participated in UN peacekeeping operations in 1960.",
     [("1960", "year", "deployment", "EGY", None, False)]),
    (AUG, "China established diplomatic relations with Mali in 1960.", [("1960", "year", "other", "CHN", None, False)]),
    ("2014-07-01", "The Council extended the mandate of MINUSMA on 25 June 2014.",
     [("2014-06-25", "day", "mandate", None, "MINUSMA", False)]),
    # --- more verbs of news and report language ---------------------------------------------------------
    ("2019-03-10", "Denmark decided in October 2018 to end its participation in MINUSMA.",
     [("2018-10", "month", "withdrawal", "DNK", "MINUSMA", False)]),
    ("2012-01-05", "UNMISS, which replaced the UN Mission in Sudan (UNMIS) on 9 July 2011, has grown quickly.",
     [("2011-07-09", "day", "handover", None, "UNMISS", False)]),
    ("2012-01-05", "The UN Mission in Haiti closed in June 1996 and was succeeded by UNSMIH.",
     [("1996-06", "month", "handover", None, "UNSMIH", False)]),
    ("2005-01-05", "The Security Council resolution creating the force was adopted in March 2004.",
     [("2004-03", "month", "mandate", None, None, False)]),
    ("2005-01-05", "Under resolution 1545, adopted in May, the operation will deploy 5,650 troops.",
     [("2004-05", "month", "mandate", None, None, False)]),
    ("2016-03-01", "Al-Shabaab fighters overran a base at El Adde in January, killing dozens of soldiers.",
     [("2016-01", "month", "attack", None, None, False)]),
    ("2013-02-01", "West African leaders agreed on 21 January to extend AFISMA by six months.",
     [("2013-01-21", "day", "mandate", None, "AFISMA", False)]),
    ("2016-05-01", "The European Union suspended its payments to AMISOM in March 2016.",
     [("2016-03", "month", "other", None, "AMISOM", False)]),
    ("2016-05-01", "The regional peacekeeping school in Bamako, inaugurated in 2009, trains 400 officers a year.",
     [("2009", "year", "other", "MLI", None, False)]),
    ("2016-05-01", "Officials opened a new training centre for peacekeepers in Nairobi on 3 April.",
     [("2016-04-03", "day", "other", None, None, False)]),
    ("2014-02-10", "Mongolia's second rotation, 300 soldiers bound for UNMISS, is scheduled for April.",
     [("2014-04", "month", "deployment", "MNG", "UNMISS", True)]),
    ("2010-02-01", "A Senegalese police unit first deployed to Darfur in 2009.12",
     [("2009", "year", "deployment", "SEN", None, False)]),
    # --- departures, arrivals and returns; today, weekdays and day-month dates -----------------------------
    (MAY, "A company of Ghanaian troops departed Accra for Juba today.",
     [("2013-05-23", "day", "deployment", "GHA", None, False)]),
    ("2022-06-01", "The remaining 300 Zambian soldiers will depart by 15 June.",
     [("2022-06-15", "day", "deployment", "ZMB", None, True)]),
    (MAY, "A contingent of Chinese engineers landed in Juba on Monday.",
     [("2013-05-20", "day", "deployment", "CHN", None, False)]),
    (MAY, "The last Dutch soldiers flew out of Gao. They landed early Tuesday at Eindhoven in the Netherlands.",
     [("2013-05-21", "day", "withdrawal", "NLD", None, False)]),
    (MAY, "Italian troops returned home from Lebanon on 2 May.",
     [("2013-05-02", "day", "withdrawal", "ITA", None, False)]),
    ("2023-07-02", "Ugandan troops vacated their base at Baledogle on 14 June.",
     [("2023-06-14", "day", "withdrawal", "UGA", None, False)]),
    ("2013-06-10", "Ten Brazilian officers left for Port-au-Prince on 2 June to join MINUSTAH.",
     [("2013-06-02", "day", "deployment", "BRA", "MINUSTAH", False)]),
    (MAY, "Nepalese soldiers left Lebanon on Friday after a year with UNIFIL.",
     [("2013-05-17", "day", "withdrawal", "NPL", "UNIFIL", False)]),
    # ceremonies are no events (the guide's events; real dev r11_048, r12_007, r12_008, r12_048)
    (MAY, "Pakistan paid tribute on Friday to the 150 Pakistani peacekeepers who died in UN service.", []),
    (MAY, "Bangladesh's army chief laid a wreath at the peacekeepers' memorial in Dhaka on Thursday morning.", []),
    # --- two dated events in one sentence ------------------------------------------------------------------
    (AUG, "Irish troops first deployed to Lebanon in 1978 with UNIFIL, and from 2013 with UNDOF on the Golan.",
     [("1978", "year", "deployment", "IRL", "UNIFIL", False), ("2013", "year", "deployment", "IRL", "UNDOF", False)]),
    ("2017-08-01", "Uruguay withdrew its battalion in March 2017, and Nepal brought home its last company in May 2017.",
     [("2017-03", "month", "withdrawal", "URY", None, False), ("2017-05", "month", "withdrawal", "NPL", None, False)]),
    ("2012-08-01", "Kabul protested after Pakistan, which had shelled the border, demanded in May that NATO forces "
                   "leave the country.",
     [("2012-05", "month", "other", "PAK", None, False)]),
    ("2024-03-01", "UNAMI has been cutting staff under a plan that ends with the departure of all personnel by the "
                   "end of December 2025.",
     [("2025-12", "month", "withdrawal", None, "UNAMI", True)]),
    # --- states are no events -----------------------------------------------------------------------------
    ("2019-06-01", "As of March 2019, Egypt had 3,000 personnel deployed in UN missions.", []),
    ("2020-09-01", "Rwanda had 5,200 troops and police deployed as of June 2020.", []),
    ("2020-09-01", "Women made up 8 percent of Zambia's deployed troops in 2019.", []),
    ("2021-01-14", "UNTSO, established in 1948, today numbers 150 military observers.",
     [("1948", "year", "mandate", None, "UNTSO", False)]),
    # --- the verb decides the type ------------------------------------------------------------------------
    ("2023-07-05", "The Security Council voted on 30 June to end the mission, and the peacekeepers must be gone by "
                   "31 December.",
     [("2023-06-30", "day", "mandate", None, None, False), ("2023-12-31", "day", "withdrawal", None, None, True)]),
    ("2017-08-01", "UNOCI closed in June 2017 after thirteen years in Côte d'Ivoire.",
     [("2017-06", "month", "withdrawal", None, "UNOCI", False)]),
    # --- "since YEAR" after contribute/participate + a mission ---------------------------------------------
    (AUG, "Fiji has contributed to UNDOF since 2006.", [("2006", "year", "deployment", "FJI", "UNDOF", False)]),
    (AUG, "Finland has participated in UNIFIL since 1982.", [("1982", "year", "deployment", "FIN", "UNIFIL", False)]),
    # --- the same words where they date no peace-operations event ------------------------------------------
    (MAY, "The plane left Bamako on Monday.", []),
    (MAY, "The storm left ten people dead on Monday.", []),
    (MAY, "He was on leave for two weeks in April.", []),
    (MAY, "The border with Niger was closed on Monday.", []),
    (MAY, "The Council adopted a presidential statement on 3 May.", []),
    (MAY, "The market opened higher on Monday.", []),
    (MAY, "Officials ended their visit to Bamako on Monday.", []),
    (MAY, "The minister extended his stay in Bamako on Monday.", []),
    (AUG, "Peru and Chile signed a border treaty that had been under negotiation since 2011.", []),
    # --- actors and missions that the sentence leaves implicit ---------------------------------------------
    ("2015-06-01", "Kenya sent 500 troops to AMISOM in 2014. Rebels attacked the force's base at Lamu in May.",
     [("2014", "year", "deployment", "KEN", "AMISOM", False), ("2015-05", "month", "attack", None, "AMISOM", False)]),
    ("2015-06-01", "Kenya sent 500 troops to AMISOM in 2014. The contingent is based in Kismayo, where the "
                   "mission opened a new base in June.",
     [("2014", "year", "deployment", "KEN", "AMISOM", False), ("2015-06", "month", "other", None, "AMISOM", False)]),
    ("2015-06-01", "Kenya deployed troops to AMISOM in 2014. Under resolution 2232, adopted in July, the force "
                   "will grow.", [("2014", "year", "deployment", "KEN", "AMISOM", False),
                                  ("2015-07", "month", "mandate", None, "AMISOM", True)]),
    ("2008-03-01", "AMIS was absorbed into UNAMID on 31 December 2007.",
     [("2007-12-31", "day", "handover", None, "UNAMID", False)]),
    # --- round two: more movements, decisions and states in other wording ---------------------------------
    ("2022-03-10", "The last Swedish troops departed Timbuktu on 2 March.",
     [("2022-03-02", "day", "withdrawal", "SWE", None, False)]),
    ("2022-03-10", "The Irish contingent returned to Dublin on 5 March after six months in Lebanon.",
     [("2022-03-05", "day", "withdrawal", "IRL", None, False)]),
    ("2022-03-10", "The last flight of Egyptian soldiers arrived in Cairo on Tuesday.",
     [("2022-03-08", "day", "withdrawal", "EGY", None, False)]),
    # A happening still to come is no event (guide; vetoes.future): real dev r5_034, r3_017, r5_017, r7_010.
    ("2022-03-10", "Kenya's police contingent is expected to arrive in Haiti in May.", []),
    ("2022-03-10", "On 3 March, an improvised explosive device struck a MINUSCA convoy near Bouar.",
     [("2022-03-03", "day", "attack", None, "MINUSCA", False)]),
    ("2022-08-01", "Mali ordered the spokesperson of MINUSMA to leave the country within 72 hours on 20 July.",
     [("2022-07-20", "day", "other", "MLI", "MINUSMA", False)]),
    ("2022-03-10", "UNMIK was established in June 1999 and remains in Kosovo today.",
     [("1999-06", "month", "mandate", None, "UNMIK", False)]),
    ("2022-11-10", "The Council will vote on the renewal of UNFICYP in January.",
     [("2023-01", "month", "mandate", None, "UNFICYP", True)]),
    ("2022-03-10", "The force was scaled down in 2019.", [("2019", "year", "withdrawal", None, None, False)]),
    ("2022-03-10", "The Peace and Security Council approved the deployment of the force in February.",
     [("2022-02", "month", "mandate", None, None, False)]),
    ("2022-03-10", "Bamako suspended all troop rotations of the mission on 14 July.",
     [("2021-07-14", "day", "other", "MLI", None, False)]),
    ("2024-06-28", "The Government of Japan decided on 14 June to dispatch two staff officers to UNMISS.",
     [("2024-06-14", "day", "deployment", "JPN", "UNMISS", False)]),
    ("2024-06-28", "The representative of Ghana said her country had deployed 870 troops to UNIFIL since 1978.",
     [("1978", "year", "deployment", "GHA", "UNIFIL", False)]),
    ("2024-06-28", "On 12 June, peacekeepers from Nepal completed the handover of the Kauda base.",
     [("2024-06-12", "day", "handover", "NPL", None, False)]),
    ("2024-06-28", "In March 2022, the government of Mali left the G5 Sahel force.",
     [("2022-03", "month", "withdrawal", "MLI", "FC-G5S", False)]),
    ("2024-06-28", "Uruguay cut its contingent in the DRC by half in 2022.",
     [("2022", "year", "withdrawal", "URY", None, False)]),
    ("2024-06-28", "Troops from Burundi have been in Somalia since 2007.",
     [("2007", "year", "deployment", "BDI", None, False)]),
    ("2024-06-28", "Senegal has been a troop contributor since 1960 and currently ranks 14th.",
     [("1960", "year", "deployment", "SEN", None, False)]),
    ("2024-06-28", "In 1999, Australia led the International Force East Timor.",
     [("1999", "year", "deployment", "AUS", "INTERFET", False)]),
    ("2024-06-28", "Elections are scheduled to take place in December.", []),  # vetoes.future (real dev r7_005)
    ("2009-08-01", "The force is expecting the arrival of a Senegalese FPU later this month.", []),  # r1_038
    ("2013-05-30", "Irish personnel are due to deploy into the mission area circa 15 June 2013.", []),  # r3_017
    ("2024-06-28", "The Security Council this morning extended the mandate of UNMISS until 30 April 2025.",
     [("2024-06-28", "day", "mandate", None, "UNMISS", False)]),
    ("2024-06-28", "The Security Council has been seized of the matter since 1991.", []),
    ("2014-10-01", "The African-led mission handed over to MINUSCA on 15 September 2014.",
     [("2014-09-15", "day", "handover", None, "MINUSCA", False)]),
    ("2023-05-10", "Born in 1965, General Diop joined the army in 1985.",
     [("1985", "year", "other", None, None, False)]),
    ("2023-05-10", "Talks on the withdrawal will open in Geneva on 15 May.", []),
    ("2023-05-10", "Chad has threatened to pull out of MINUSMA since 2017.", []),
    ("2023-08-01", "The decision came after Mali's government ordered a halt to all rotations on 14 July.",
     [("2023-07-14", "day", "other", "MLI", None, False)]),
    ("2023-05-10", "According to a UN report, attacks on peacekeepers increased in 2022.", []),
    ("2023-05-10", "Nigeria led ECOMOG in Liberia from 1990 to 1998.",
     [("1990", "year", "deployment", "NGA", "ECOMOG", False)]),
    ("2022-10-12", "Ireland welcomes the adoption today of Security Council resolution 2650 on UNIFIL.",
     [("2022-10-12", "day", "mandate", "IRL", "UNIFIL", False)]),
    ("2023-03-03", "The Nepali Army held a memorial service for the two peacekeepers on 20 January.", []),
    ("2022-10-12", "Irish troops serve with UNIFIL. Since the mission was established in March 1978, more than "
                   "30,000 Irish troops have served in Lebanon.",
     [("1978-03", "month", "mandate", None, "UNIFIL", False)]),
    # a statement that reports a completion dates it; one that announces a plan does not
    ("2022-03-10", "Uganda said on Monday it had completed the withdrawal of its troops from the border area.",
     [("2022-03-07", "day", "withdrawal", "UGA", None, False)]),
    # A withdrawal announced for later is also dated by the decision (issue 11: "a decision announced ... to
    # withdraw later"; the real dev gold dates Canada's, Poland's and Italy's announced withdrawals so).
    ("2022-03-10", "Uganda said on Monday it would complete the withdrawal by June.",
     [("2022-03-07", "day", "withdrawal", "UGA", None, True), ("2022-06", "month", "withdrawal", "UGA", None, True)]),
    ("2024-06-28", "Peacekeepers returned fire on Tuesday.", [("2024-06-25", "day", "attack", None, None, False)]),
    # --- round 3: a "when" clause with an event and no date of its own shares the date before it -------------
    ("2020-05-10", "Kenya deployed 900 soldiers to Somalia in 2012, when AMISOM took over from the AU force.",
     [("2012", "year", "deployment", "KEN", "AMISOM", False), ("2012", "year", "handover", None, "AMISOM", False)]),
    # a national battalion relieving another country's troops is a rotation, a deployment (kinds.unit_rotation, as
    # real dev r10_089 'they were replaced by soldiers from Croatia'): the "when" clause tells the same happening
    ("2020-05-10", "Nepal joined UNIFIL in 2006, when a Nepalese battalion replaced Polish troops there.",
     [("2006", "year", "deployment", "NPL", "UNIFIL", False)]),
    ("2020-05-10", "The Senegalese battalion had been patrolling since March 2018 when rebels were ousted.",
     [("2018-03", "month", "deployment", "SEN", None, False)]),
    ("2020-05-10", "Egypt sent 300 police to Mali in 2014, when MINUSMA took over from AFISMA and took over "
                   "its bases.",
     [("2014", "year", "deployment", "EGY", None, False), ("2014", "year", "handover", None, "MINUSMA", False)]),
    # the same type twice is one event
    ("2020-05-10", "Chad deployed troops to Mali in 2013, when France sent its own soldiers.",
     [("2013", "year", "deployment", "TCD", None, False)]),
    # --- a statement that announces a withdrawal dates the decision -------------------------------------------
    ("2018-04-12", "Sweden said on Tuesday it would withdraw its contingent from MINUSMA.",
     [("2018-04-10", "day", "withdrawal", "SWE", "MINUSMA", True)]),
    ("2018-04-12", "Benin will pull out its troops from the UN mission in Mali, its defence minister told "
                   "parliament on Wednesday.", [("2018-04-11", "day", "withdrawal", "BEN", "MINUSMA", True)]),
    ("2018-04-12", "Denmark on Monday announced a withdrawal of its special forces from Mali.",
     [("2018-04-09", "day", "withdrawal", "DNK", None, False)]),
    # an announced deployment stays a statement: it may not happen
    ("2018-04-12", "Ghana said on Tuesday the remaining 300 would be deployed soon.", []),
    # --- tallies of victims over a span are no events; attacks that go on are --------------------------------
    ("2018-04-12", "Twenty Chadian peacekeepers have been killed in Mali since 2014.", []),
    ("2018-04-12", "It is the deadliest mission, with more than 100 peacekeepers killed in hostile acts since 2013.",
     []),
    ("2018-04-12", "Armed groups have killed more than 500 civilians in the region since 2016.",
     [("2016", "year", "attack", None, None, False)]),
    ("2018-04-12", "The minister paid tribute to the 30 soldiers who have died in the service of UNMIL since 2003.", []),
    # --- a presence held since a date began then; a state in a year is no event -------------------------------
    ("2019-05-08", "Finland has had a continuous presence in UNIFIL since 1982.",
     [("1982", "year", "deployment", "FIN", "UNIFIL", False)]),
    ("2019-05-08", "Since June 2004, Uruguay has kept a battalion in the east of the Congo.",
     [("2004-06", "month", "deployment", "URY", None, False)]),
    ("2019-05-08", "Senegal, a contributor to UN peacekeeping since 1960, is sending another company.",
     [("1960", "year", "deployment", "SEN", None, False)]),
    ("2019-05-08", "Uruguay had 2,000 troops in the Congo in 2010.", []),
    # --- more verbs: rotating out, exiting, being posted, meetings, medals, days, outbreaks -------------------
    ("2019-05-08", "A Bangladeshi engineering company rotated out of Bunia in March.",
     [("2019-03", "month", "withdrawal", "BGD", None, False)]),
    ("2019-05-08", "UNAMID will exit Sudan by 30 June 2021, the Council decided.",
     [("2021-06-30", "day", "withdrawal", None, "UNAMID", True)]),
    ("2019-05-08", "Eight Kenyan staff officers were posted to UNMISS in January.",
     [("2019-01", "month", "deployment", "KEN", "UNMISS", False)]),
    ("2019-05-08", "The Council held its 850th meeting on 2 May 2019 on the situation in Somalia.",
     [("2019-05-02", "day", "other", None, None, False)]),
    ("2019-05-08", "Adopted at the 912th meeting held on 3 April 2019.",
     [("2019-04-03", "day", "other", None, None, False)]),
    ("2019-11-21", "Some 400 Malawian peacekeepers of MONUSCO were awarded the UN medal on Tuesday.", []),
    ("2019-11-21", "29 May marked the International Day of UN Peacekeepers.", []),
    ("2019-11-21", "The war in the east broke out in mid-2012.", [("2012", "year", "other", None, None, False)]),
    # --- a resolution's date dates its adoption; a capitalised noun inside a name is no trigger ---------------
    ("2019-11-21", "The Council recalled resolution 2348 (2017) of 31 March 2017 on MONUSCO.",
     [("2017-03-31", "day", "mandate", None, "MONUSCO", False)]),
    ("2019-11-21", "Troops of the Force Intervention Brigade paraded in Goma on Tuesday.", []),
    ("2019-11-21", "The Council recalled resolutions 2463 (2019) of 29 March 2019 and 2502 (2019).",
     [("2019-03-29", "day", "mandate", None, None, False)]),
    # --- a date that qualifies an event noun dates that event -------------------------------------------------
    ("2017-01-20", "Bozize, who seized power in a 2003 coup, fled the country.",
     [("2003", "year", "other", None, None, False)]),
    ("2017-01-20", "Protests followed the Nov. 27 election in the capital.",
     [("2016-11-27", "day", "other", None, None, False)]),
    ("2017-01-20", "The 2016 budget was approved.", []),
    # --- outbreaks: of a conflict (other), of fighting or violence (attack) -----------------------------------
    ("2017-01-20", "Heavy fighting erupted in Bangui in December 2013, killing hundreds.",
     [("2013-12", "month", "attack", None, None, False)]),
    ("2017-01-20", "The civil war in Liberia broke out in late 1989.", [("1989", "year", "other", None, None, False)]),
    ("2019-11-21", "Four Tanzanian peacekeepers lost their lives in an ambush near Beni in May.",
     [("2019-05", "month", "attack", None, None, False)]),
    ("2019-11-21", "More than 120 peacekeepers have lost their lives since 2013.", []),
    ("2019-11-21", "The 67 missions established since 1948 have cost billions.", []),
    # --- a notification is a statement; a law taking effect is a happening -------------------------------------
    ("2019-07-15", "Ukraine informed the Secretariat in May that it would withdraw its officers in August.",
     [("2019-05", "month", "withdrawal", "UKR", None, True), ("2019-08", "month", "withdrawal", "UKR", None, True)]),
    ("2019-11-21", "The new security law took effect in March last year.",
     [("2018-03", "month", "other", None, None, False)]),
    # --- two dates of one happening; a demand's deadline dates the departure ---------------------------------
    ("2023-01-20", "Burundi withdrew 1,000 of its soldiers from the mission in 2021 and 2022.",
     [("2021", "year", "withdrawal", "BDI", None, False)]),
    ("2023-06-20", "The Council asked the mission to complete the withdrawal of its troops by 30 June.",
     [("2023-06-30", "day", "withdrawal", None, None, True)]),
    ("2023-08-01", "Mali's junta demanded in June that the mission leave the country.",
     [("2023-06", "month", "other", "MLI", None, False)]),
    # --- round 3, second pass --------------------------------------------------------------------------------
    ("2017-01-20", "Chadian troops crossed into the Central African Republic on Monday.",
     [("2017-01-16", "day", "intervention", "TCD", None, False)]),
    ("2022-11-14", "Benin said in July it would suspend its participation in the mission.",
     [("2022-07", "month", "other", "BEN", None, True)]),
    ("2022-11-14", "Norway said earlier this year it would bring home its engineers a year early, in 2023.",
     [("2022", "year", "withdrawal", "NOR", None, True), ("2023", "year", "withdrawal", "NOR", None, True)]),
    ("2022-11-14", "Liberia plunged into civil war in December 1989, when fighting broke out in Nimba County.",
     [("1989-12", "month", "other", "LBR", None, False)]),
    ("2019-07-15", "Chile will withdraw its officers in August, ending a contribution that began in 2003.",
     [("2019-08", "month", "withdrawal", "CHL", None, True)]),
    # launching a mission starts its operations; approving or authorising it is the mandate
    ("2019-07-15", "ECOWAS formally launched its mission in Guinea-Bissau on 2 May.",
     [("2019-05-02", "day", "deployment", None, None, False)]),
    ("2019-07-15", "The AU Peace and Security Council approved the deployment of the mission on 20 April.",
     [("2019-04-20", "day", "mandate", None, None, False)]),
    # --- round 4 ----------------------------------------------------------------------------------------------
    # a legislature approving a sending is a pledge; the Security Council approving a mission is a mandate
    ("2021-03-02", "The sending of the engineers was approved by the Bundestag in February.",
     [("2021-02", "month", "pledge", None, None, False)]),
    ("2021-03-02", "The Senate voted on 12 February to send a medical unit to Mali.",
     [("2021-02-12", "day", "pledge", None, None, False)]),
    ("2021-03-02", "The operation, which was approved by the UN Security Council in January, has no troops yet.",
     [("2021-01", "month", "mandate", None, None, False)]),
    ("2021-03-02", "The Security Council voted unanimously in December to extend the mission.",
     [("2020-12", "month", "mandate", None, None, False)]),
    ("2021-03-02", "UNMIK was created in 1999 after the Kosovo war.",
     [("1999", "year", "mandate", None, "UNMIK", False)]),
    # a general who has commanded or headed a force since a date holds an appointment
    ("2021-03-02", "Senegal's General Sow has commanded the UN force in Mali since March 2019.",
     [("2019-03", "month", "appointment", "SEN", "MINUSMA", False)]),
    ("2021-03-02", "She has headed the mission since 2018.",
     [("2018", "year", "appointment", None, None, False)]),
    # defeating rebels is an intervention; hostages, explosive devices and a fallen town are attacks
    ("2021-03-02", "The brigade helped government forces defeat the rebels in November 2020.",
     [("2020-11", "month", "intervention", None, None, False)]),
    ("2021-03-02", "In January, 12 Fijian peacekeepers were seized by armed men near the border.",
     [("2021-01", "month", "attack", None, None, False)]),
    ("2021-03-02", "On Sunday, a supply convoy struck an improvised explosive device near Kidal.",
     [("2021-02-28", "day", "attack", None, None, False)]),
    ("2021-03-02", "In 2019 Beni fell to the rebels while peacekeepers stayed in their base.",
     [("2019", "year", "attack", None, None, False)]),
    # sent home is a withdrawal; ending a mission with several modifiers too
    ("2021-03-02", "In 2018, 40 Gabonese soldiers were sent home over abuse allegations.",
     [("2018", "year", "withdrawal", "GAB", None, False)]),
    ("2021-03-02", "The UN formally ended its 14-year military peacekeeping mission in Liberia on Friday.",
     [("2021-02-26", "day", "withdrawal", None, "UNMIL", False)]),
    # a unit bound for a foreign country leaves a home city: a deployment
    ("2021-03-02", "The second batch of the Indonesian contingent to Lebanon departed from Jakarta on Monday.",
     [("2021-03-01", "day", "deployment", "IDN", None, False)]),
    # a country taking over command from another is a handover
    ("2021-03-02", "Spain will take over command of the force from Italy in June.",
     [("2021-06", "month", "handover", "ESP", None, True)]),
    # a date as the adjective of an agreement or an earthquake dates that event
    ("2021-03-02", "The parties pledged to respect the 2015 Peace Agreement.",
     [("2015", "year", "other", None, None, False)]),
    ("2021-03-02", "Aid rose after the 2010 earthquake.",
     [("2010", "year", "other", None, None, False)]),
    # leaving a mission named in full is a withdrawal; a presence kept, had or provided since a date a deployment
    ("2021-03-02", "The last Irish troops left the United Nations Operation in Côte d'Ivoire in 2017.",
     [("2017", "year", "withdrawal", "IRL", "UNOCI", False)]),
    ("2021-03-02", "Uruguay has had an engineer company in the Congo since 2001.",
     [("2001", "year", "deployment", "URY", None, False)]),
    ("2021-09-02", "Fiji, which had provided the backbone of the force since 1978, withdrew in May.",
     [("1978", "year", "deployment", "FJI", None, False), ("2021-05", "month", "withdrawal", "FJI", None, False)]),
    ("2021-03-02", "Nepal began taking part in UN peacekeeping operations in 1958.",
     [("1958", "year", "deployment", "NPL", None, False)]),
    # an opening date reaches over the subject's noun phrase, participles and "after ..." clauses to the main verb
    ("2021-03-02", "On 4 February, a Rwandan infantry battalion, comprising 850 soldiers, was deployed to Bangui.",
     [("2021-02-04", "day", "deployment", "RWA", None, False)]),
    ("2021-03-02", "Since May 2014, shortly after the crisis began, Nepal has sent engineers to the mission.",
     [("2014-05", "month", "deployment", "NPL", None, False)]),
    # ... but not to a present state, nor from a possessive date ("today's transfer")
    ("2021-03-02", "Today, 2,100 Zambian peacekeepers, including 300 women, are deployed in four missions.", []),
    ("2021-03-02", "With today's transfer, the mission counts 5,000 troops, and Chad sent 300 more in January.",
     [("2021-01", "month", "deployment", "TCD", None, False)]),
    # air strikes intervene; equipment that arrives is no deployment
    ("2021-03-02", "On 2 February, NATO aircraft attacked a radar site near Tripoli.",
     [("2021-02-02", "day", "intervention", None, None, False)]),
    ("2021-03-02", "About 30 armoured vehicles arrived in Bamako last month.",
     [("2021-02", "month", "other", None, None, False)]),
    # members and an advance party move like troops
    ("2021-03-02", "The remaining 150 members will leave for Mali in early April.",
     [("2021-04", "month", "deployment", None, None, True)]),
    # an infobox line is about the article's operation (its first mission named), which the lead's nation leads
    # (actor.page_lead, mission.page_subject; real dev r4_004, r4_008, r4_013)
    ("2020-01-01", "= Unified Task Force =\n\nInfobox\n- Conflict: Operation Restore Hope\n- Date: 5 December 1992 – "
                   "4 May 1993, ()\n- Place: Somalia\n\nThe Unified Task Force (UNITAF), also known as Operation "
                   "Restore Hope, was a United States–led, United Nations–sanctioned coalition military force deployed "
                   "to Somalia.\n", [("1992-12-05", "day", "deployment", "USA", "UNITAF", False)]),
    ("2020-01-01", "= Operation Artemis =\n\nInfobox\n- Conflict: Operation Artemis\n- Date: 30 May 2003 – 1 "
                   "September 2003\n- Place: Ituri, Democratic Republic of the Congo\n\nOperation Artemis was a "
                   "short-term European Union-led UN-authorised military mission to the Democratic Republic of the "
                   "Congo, during the Ituri conflict.\n", [("2003-05-30", "day", "deployment", None, "ARTEMIS", False)]),
    ("2020-01-01", "= Operation Sangaris =\n\nInfobox\n- Commander1: François Hollande, General Francisco Soriano (5 "
                   "December 2013 - 17 June 2014)\n\nOperation Sangaris was a French military intervention in the "
                   "Central African Republic.\n", [("2013-12-05", "day", "appointment", "FRA", "SANGARIS", False)]),
    # handovers: the successor named further in the sentence (mission.successor, r4_045); a handover that names no
    # mission taking over is the focus mission's (mission.handover_focus, r4_021), not the one taken over (r1_044)
    ("2010-01-01", "On 15 December 2003 the EUFOR Concordia was replaced by an EU Police Mission, code-named EUPOL "
                   "PROXIMA, and the 400 EU soldiers were replaced by 200 EU police officers.",
     [("2003-12-15", "day", "handover", None, "EUPOL PROXIMA", False)]),
    ("2010-01-01", "Operation Althea, formally the European Union Force Bosnia and Herzegovina (EUFOR), is a military "
                   "deployment in Bosnia and Herzegovina. Operation Althea took command of the peacekeepers.\n\n"
                   "It replaced SFOR on 2 December 2004.",
     [("2004-12-02", "day", "handover", None, "EUFOR Althea", False)]),
    ("2010-01-01", "EUFOR left Chad. EUFOR had 3,700 troops.\n\nUN Military Force took over EUFOR on 15 March 2009",
     [("2009-03-15", "day", "handover", None, None, False)]),
    # an attack, intervention or a state's withdrawal named by a noun is background: a mission of its own phrase only
    # (mission.background_noun: r4_001; not what a mission was: r4_013)
    ("2020-01-01", "UNIFIL patrols the south. The mandate had to be adjusted twice, due to the Israeli invasion of "
                   "Lebanon in 1982 and after the Israeli withdrawal from Lebanon in 2000.",
     [("1982", "year", "intervention", "ISR", None, False), ("2000", "year", "withdrawal", "ISR", None, False)]),
    ("2020-06-01", "MINUSCA patrols Bouar. The attack on the MINUSCA camp near Bouar on 3 March killed two "
                   "peacekeepers.", [("2020-03-03", "day", "attack", None, "MINUSCA", False)]),
    ("2020-01-01", "Operation Sangaris was a French military intervention in the Central African Republic, from late "
                   "2013 till 2016.", [("2013", "year", "intervention", "FRA", "SANGARIS", False)]),
    # a "when" clause telling the same kind of happening is the same happening: its mission counts (r2_039)
    ("2000-01-01", "Japan's first substantial participation in a UN peacekeeping operation was in 1989, when 27 "
                   "electoral observers were dispatched to the United Nations Transition Assistance Group (UNTAG) in "
                   "Namibia.", [("1989", "year", "deployment", "JPN", "UNTAG", False)]),
    # a resolution only cited has no mission (mission.cited_resolution, r1_041, guide E1)
    ("2002-05-30", "The Council extended the mandate of UNDOF. Calls upon the parties concerned to implement "
                   "immediately its resolution 338 (1973) of 22 October 1973;",
     [("1973-10-22", "day", "other", None, None, False)]),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES)
def test_sentences_through_the_chain(published, text, expected, matcher):
    assert _rows(_chain(text, PartialDate.parse(published), matcher)) == expected


# ---------------------------------------------------------------------------------------------------------
# Rules on hand-built mentions (independent of the country and mission finders)
# ---------------------------------------------------------------------------------------------------------


def _sentences(text: str) -> list[Sentence]:
    """One sentence per '. '-separated piece (enough for these texts)."""
    out, start = [], 0
    for i, piece in enumerate(text.split(". ")):
        end = start + len(piece) + (1 if start + len(piece) < len(text) else 0)
        out.append(Sentence(i, start, end, text[start:end]))
        start = end + 1
    return out


def _country(text: str, surface: str, iso3: str, kind: str = "name", nth: int = 0) -> CountryMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return CountryMention(iso3, start, start + len(surface), surface, kind)


def _mission(text: str, surface: str, acronym: str, nth: int = 0) -> MissionMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return MissionMention(acronym, start, start + len(surface), surface, "acronym")


def _events(text, countries=(), missions=(), published=MAY, extra=None):
    pub = PartialDate.parse(published)
    ctx = DocumentContext("doc", pub, extra=extra or {})
    return extract_events(text, _sentences(text), sorted(countries, key=lambda c: c.start),
                          sorted(missions, key=lambda m: m.start), find_dates(text, pub), ctx)


def test_pronoun_takes_the_previous_sentence_subject():
    text = "China rejected UN missions for decades. It contributed its first peacekeepers in 1992."
    [event] = _events(text, [_country(text, "China", "CHN")])
    assert (event.date.surface, event.event_type, event.actor_iso3) == ("1992", "deployment", "CHN")
    assert event.sentence.index == 1


def test_pronoun_does_not_reach_a_sentence_far_before():
    first, second = "China rejected UN missions for decades.", "It contributed its first peacekeepers in 1992."
    text = first + " " * 400 + second
    start = len(first) + 400
    sentences = [Sentence(0, 0, len(first), first), Sentence(1, start, len(text), second)]
    pub = PartialDate.parse(MAY)
    [event] = extract_events(text, sentences, [_country(text, "China", "CHN")], [], find_dates(text, pub),
                             DocumentContext("doc", pub))
    assert (event.event_type, event.actor_iso3) == ("deployment", None)


def test_handover_to_un_peacekeepers_takes_the_focus_mission():
    text = "The UN force, MINUSMA, is being formed. France hopes to hand over to UN peacekeepers in July."
    [event] = _events(text, [_country(text, "France", "FRA")], [_mission(text, "MINUSMA", "MINUSMA")])
    assert (event.event_type, event.mission_acronym, event.is_planned) == ("handover", "MINUSMA", True)
    # the chain of rules that made the row: trigger rule, binding, actor, mission
    assert event.extractor == "events.v10:handover_handover+bind.clause+actor.clause_subject+mission.handover_to_un"


def test_handover_without_a_generic_un_reference_has_no_mission():
    text = "The UN force, MINUSMA, is being formed. France hopes to hand over to African troops in July."
    [event] = _events(text, [_country(text, "France", "FRA")], [_mission(text, "MINUSMA", "MINUSMA")])
    assert (event.event_type, event.mission_acronym) == ("handover", None)


def test_handover_skips_the_predecessor_after_from():
    text = "MINUSMA took over peacekeeping responsibilities from AFISMA on 1 July 2013."
    [event] = _events(text, missions=[_mission(text, "MINUSMA", "MINUSMA"), _mission(text, "AFISMA", "AFISMA")])
    assert (event.event_type, event.mission_acronym, event.actor_iso3) == ("handover", "MINUSMA", None)


def test_relative_clause_takes_the_entity_before_which():
    text = "China will send 400 peacekeepers to MINUSMA, which took over from AFISMA on 1 July 2013."
    missions = [_mission(text, "MINUSMA", "MINUSMA"), _mission(text, "AFISMA", "AFISMA")]
    [event] = _events(text, [_country(text, "China", "CHN")], missions, published="2013-07")
    assert (event.actor_iso3, event.mission_acronym, event.is_planned) == (None, "MINUSMA", False)


def test_mission_subject_acts_for_itself():
    """The guide's E6: a mission acts for itself, not for its organisation (the mission column names it)."""
    text = "AFISMA had been providing security since January 2013."
    [event] = _events(text, missions=[_mission(text, "AFISMA", "AFISMA")])
    assert (event.event_type, event.actor_iso3, event.actor_organisation, event.mission_acronym) == (
        "deployment", None, None, "AFISMA")
    assert event.extractor.endswith("+actor.clause_subject+actor.mission_for_itself+mission.subject")


def test_a_mandate_with_a_mission_as_subject_is_the_councils():
    """The guide's E1: a mandate's actor is the UN (the Council) unless the text names another mandating party."""
    text = "UNTAC was established in February 1992."
    [event] = _events(text, missions=[_mission(text, "UNTAC", "UNTAC")])
    assert (event.event_type, event.actor_iso3, event.actor_organisation) == ("mandate", None, "UN")


def test_organisation_subject():
    text = "The African Union deployed troops to Somalia in March 2007."
    [event] = _events(text, [_country(text, "Somalia", "SOM")])
    assert (event.actor_iso3, event.actor_organisation, event.location_iso3) == (None, "AU", "SOM")


def test_evacuation_is_other():
    text = "In February 2011, the PLA deployed four aircraft to support the evacuation of nationals from Libya."
    [event] = _events(text, [_country(text, "PLA", "CHN", "armed_force"), _country(text, "Libya", "LBY")])
    assert (event.event_type, event.actor_iso3, event.extractor) == (
        "other", "CHN", "events.v10:other_evacuation+bind.clause+type.evacuation+actor.clause_subject+mission.none")


def test_span_keeps_its_end():
    text = "From 2007 to 2011, a PLA general served as the commander of MINURSO."
    [event] = _events(text, [_country(text, "PLA", "CHN", "armed_force")], [_mission(text, "MINURSO", "MINURSO")])
    assert (event.date.date.iso(), event.date.end_date.iso(), event.date.kind) == ("2007", "2011", "span")


def test_location_is_the_object_of_the_verb_not_a_possessive():
    text = "Kenya invaded Somalia in October 2011. Kenya deployed troops in Kenya’s north in May 2012."
    countries = [_country(text, "Kenya", "KEN"), _country(text, "Somalia", "SOM"),
                 _country(text, "Kenya", "KEN", nth=1), _country(text, "Kenya", "KEN", nth=2)]
    assert [e.location_iso3 for e in _events(text, countries)] == ["SOM", None]


@pytest.mark.parametrize(
    ("text", "published", "planned"),
    [
        ("Senegal will deploy a battalion in 2014.", MAY, True),
        ("Senegal plans to deploy a battalion in 2014.", MAY, True),
        ("Senegal deployed a battalion in 2012.", MAY, False),
        ("Senegal deployed a battalion in 2014.", MAY, True),  # after publication: not yet happened
    ],
)
def test_planned(text, published, planned):
    [event] = _events(text, [_country(text, "Senegal", "SEN")], published=published)
    assert event.is_planned is planned


def test_thousands_separator_is_no_clause_boundary():
    text = "France deployed some 4,000 troops to Mali after 11 January, when Islamist fighters advanced."
    [event] = _events(text, [_country(text, "France", "FRA"), _country(text, "Mali", "MLI")], published=APR)
    assert (event.date.date.iso(), event.event_type, event.actor_iso3, event.location_iso3) == (
        "2013-01-11", "deployment", "FRA", "MLI")


def test_no_dates_no_events():
    text = "China deployed troops to Mali."
    assert _events(text, [_country(text, "China", "CHN")]) == []
    assert extract_events("", [], [], [], [], DocumentContext("doc")) == []


def test_same_input_same_output():
    text = "France, which intervened in Mali in January, hopes to hand over to UN peacekeepers in July."
    countries = [_country(text, "France", "FRA"), _country(text, "Mali", "MLI")]
    assert _events(text, countries) == _events(text, countries)


# ---------------------------------------------------------------------------------------------------------
# Seed documents against the gold
# ---------------------------------------------------------------------------------------------------------


def _seed_predictions(matcher):
    manifest = list(csv.DictReader((DOCUMENTS / "manifest.csv").open(encoding="utf-8")))
    for row in manifest:
        text = (DOCUMENTS / row["file"]).read_text(encoding="utf-8")
        published = PartialDate.parse(row["published_date"]) if row["published_date"] else None
        yield row["source_name"], _chain(text, published, matcher, row["source_name"])


def _match(predicted: dict[str, list], gold: list[dict]) -> tuple[int, list[tuple]]:
    """The guide's rule: same document, same type, predicted date cut to the gold precision equal to the gold
    date; each gold row matches at most one predicted row. Returns (matches, matched pairs)."""
    pairs = []
    for doc, events in predicted.items():
        free = [g for g in gold if g["source_name"] == doc]
        for e in events:
            for g in free:
                if g["event_type"] == e.event_type and e.date.date.value.isoformat()[:len(g["date"])] == g["date"]:
                    pairs.append((e, g))
                    free.remove(g)
                    break
    return len(pairs), pairs


def test_seed_documents_meet_the_targets(matcher):
    gold = list(csv.DictReader(GOLD.open(encoding="utf-8")))
    predicted = dict(_seed_predictions(matcher))
    matched, pairs = _match(predicted, gold)
    n_predicted = sum(len(v) for v in predicted.values())
    assert matched / len(gold) >= 0.9, "recall"
    assert matched / n_predicted >= 0.8, "precision"
    # Attributes of matched rows: actors and missions agree with the gold.
    agree_actor = sum((e.actor_iso3 or "") == g["actor_iso3"] for e, g in pairs)
    agree_mission = sum((e.mission_acronym or "") == g["mission"] for e, g in pairs)
    assert agree_actor / matched >= 0.9
    assert agree_mission / matched >= 0.9


def test_boundary_word_starting_a_longer_word_is_no_trigger():
    # "But" opens "Butter" and "buttressed": the scan must neither crash nor cut a clause there.
    text = "Butter prices rose in Juba in May 2014. But the buttressed camp held, and Rwanda deployed 200 troops in June 2014."
    sentences = split_sentences(text)
    ctx = DocumentContext("t", PartialDate.parse("2014-07-01"))
    events = extract_events(text, sentences, find_countries(text), [], find_dates(text, ctx.published), ctx)
    assert [(e.date.date.iso(), e.event_type, e.actor_iso3) for e in events] == [("2014-06", "deployment", "RWA")]


def test_narrative_year_in_a_text_without_a_publication_date(matcher):
    # Real dev r4_026, r4_050, r4_016 (encyclopaedia articles, no publication date): a day or month written without
    # a year is in the year of the last date before it that writes one (ev.anaphora.with_narrative_years).
    text = ("UNIFIL troops were deployed in south Lebanon in March 1978. Two years later the force was still there. "
            "On 6 April, the SLA attacked Irish troops of UNIFIL at At Tiri.")
    assert [(r[0], r[2]) for r in _rows(_chain(text, None, matcher))] == [("1978-03", "deployment"),
                                                                        ("1978-04-06", "attack")]
    # With a publication date the date finder resolves it already; nothing is added.
    dated = _rows(_chain(text, PartialDate.parse(AUG), matcher))
    assert ("2013-04-06", "attack") in [(r[0], r[2]) for r in dated]


@pytest.mark.parametrize(("text", "expected"), [
    # bind.STATEMENT_RULES reported_pledge and announced_act (real dev r2_001, r5_025, r6_013, r3_039, r4_013): the
    # date and the type of the act a dated statement announces (its actor is the actor rules' business).
    ("III Corps announced today that a company-sized task force from the 13th Sustainment Command will deploy "
     "about 60 soldiers to the Sinai.", [("2013-05-23", "pledge")]),
    ("The Government of Pakistan has decided to deploy a brigade of 4,000 troops to the UN Mission in Sierra "
     "Leone (UNAMSIL), a UN spokesman announced today.", [("2013-05-23", "pledge")]),
    # (one row per country that offers: actor.co_actor, E6, as real dev r6_013's gold has)
    ("The AU Commissioner said Thursday that Burkina Faso and Nigeria have offered troops for the mission.",
     [("2013-05-23", "pledge"), ("2013-05-23", "pledge")]),
    ("On 26 February, the Government announced the deployment of the Lead Armoured Battle Group to Macedonia.",
     [("2013-02-26", "deployment")]),
    ("On 30 October 2016, France announced it was officially ending Operation Sangaris.",
     [("2016-10-30", "withdrawal")]),
    # A quoted offer before "said" is talk reported, not the pledge (seed 000's gold has no row for it).
    ('"China has offered between 500 and 600 soldiers," said one senior diplomat yesterday.', []),
    ("The minister said on Monday that the troops were safe.", []),
])
def test_what_a_dated_statement_announces(text, expected, matcher):
    assert [(r[0], r[2]) for r in _rows(_chain(text, PartialDate.parse(MAY), matcher))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # triggers.mission_start, checked by checks.mission_start (real dev r4_012 r4_045 r4_050 r2_003 r5_049)
    ("Operation Barkhane is an anti-insurgent operation in the Sahel, which commenced 1 August 2014.",
     [("2014-08-01", "deployment")]),
    ("The first TIPH mission operated from 8 May to 8 August 1994.", [("1994-05-08", "deployment")]),
    ("The Kosovo Force, or KFOR, mission has existed since 1999.", [("1999", "deployment")]),
    ("The talks started on 8 May 1994.", []),
    # triggers.presence_since: a part taken since a date (real dev r8_111, r8_065, r8_108); no 'since' date, no event
    ("Since 1960, Pakistan has been actively involved in most of the UN Peacekeeping missions.",
     [("1960", "deployment")]),
    ("NATO has been leading a peace support operation in Kosovo since June 1999.", [("1999-06", "deployment")]),
    ("Our police have been involved in that role over such a long period of time.", []),
    # the modifier veto spares a gerund named as a noun, "the signing of" (r2_020 r2_046 r4_050)
    ("The negotiations resulted in the signing of the Oslo II Accord on 28 September 1995.",
     [("1995-09-28", "other")]),
    # other: background happenings (guide E3; real dev r4_024 r2_046 r1_041 r7_003 r5_012)
    ("The Congo descended into chaos after it became independent from Belgium on 30 June 1960.",
     [("1960-06-30", "other")]),
    ("In January 2011, a referendum on the secession of Southern Sudan was held.", [("2011-01", "other")]),
    ("An Agreement on Disengagement was reached on 31 May 1974 between Israeli and Syrian forces.",
     [("1974-05-31", "other")]),
    ("Peace talks between the factions broke down on 11 December.", [("2012-12-11", "other")]),
    # Japan's term of law for a dispatch, in the Cabinet Office's tables (r2_044 r2_038)
    ("PKO July 1999 International Peace Cooperation Assignment in East Timor", [("1999-07", "deployment")]),
    # kinds.violence: fighting between armed groups and hostilities that break out are other (guide E3; r4_013
    # r7_003), violence that erupts an attack
    ("In October 2013, fighting broke out between Seleka elements and self-defence militias.", [("2013-10", "other")]),
    ("On 6 October 1973 hostilities broke out again in the Middle East.", [("1973-10-06", "other")]),
    ("Fighting erupted in Juba in July 2016.", [("2016-07", "attack")]),
    # arrive: people in uniform that reach a place (r4_024); a secretary-general reaching a city is nothing
    ("The first UN troops reached the Congo on 15 July 1960.", [("1960-07-15", "deployment")]),
    ("The Secretary-General reached New York on 3 May 1960.", []),
    # a list of office holders, the country in parentheses (the UN's fact sheets, r6_019): appointments
    ("Special Representative of the Secretary-General\nMohamed Sahnoun (Algeria) April 1992 - November 1992\n"
     "Jonathan T. Howe (United States) March 1993 - [see UNOSOM II]\n",
     [("1992-04", "appointment"), ("1993-03", "appointment")]),
    # vetoes._EVENT_NOUN_AFTER: a year that qualifies a famine or a collapse dates it (guide E3, E4; r4_004)
    ("UNOSOM I had been deployed in April 1992 in response to the 1992 famine.",
     [("1992-04", "deployment"), ("1992", "other")]),
])
def test_event_shapes_of_the_real_dev_split(text, expected, matcher):
    assert [(r[0], r[2]) for r in _rows(_chain(text, PartialDate.parse(MAY), matcher))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # bind.past_verb: in a document that names a mission, a dated clause with no trigger is dated by its past
    # verb (guide E3; real dev r3_050 r4_039 r5_038 r2_044 r2_007)
    ("The North Atlantic Council agreed on 16 April 2003 to significantly expand NATO's support to ISAF.",
     [("2003-04-16", "other")]),
    ("The Joint Control Commission was a peacekeeping force. It was disbanded on October 10, 2008.",
     [("2008-10-10", "other")]),
    ("UNISFA deployed to Abyei. A 21-year conflict between the north and south ended in 2005.",
     [("2005", "other")]),
    ("UNMIT was set up in 2006. In 1974, Portugal abandoned its sovereignty over Timor-Leste.",
     [("2006", "mandate"), ("1974", "other")]),
    ("Burundi also airlifted a seventh battalion into the Central African Republic in December 2013, as part of "
     "MISCA.", [("2013-12", "deployment")]),
    # a state is no happening, nor a participle that is an adjective, nor a deadline (r4_048 r4_028)
    ("The Sri Lanka Monitoring Mission (SLMM) existed from 2002 to 2008.", []),
    ("UNMIL's formed police unit of 2007 stood in Monrovia.", []),
    ("UNMIL was to reduce its authorized strength by 30 June 2016.", []),
])
def test_dated_past_verbs_in_a_document_about_a_mission(text, expected, matcher):
    assert [(r[0], r[2]) for r in _rows(_chain(text, PartialDate.parse(MAY), matcher))] == expected


def test_no_past_verb_row_in_a_document_that_names_no_mission(matcher):
    # The same clause in a text about no peace operation gives nothing (as the made-up news negatives above).
    assert _rows(_chain("A 21-year conflict between the north and south ended in 2005.", PartialDate.parse(MAY),
                        matcher)) == []


@pytest.mark.parametrize(("text", "expected"), [
    # statement.official_statement: a dated statement of the Secretary-General, the Council, a president, a prime
    # minister or a government is a happening (real dev r5_012 r5_001 r5_016 r3_043)
    ("The Secretary-General reported to the Security Council on 6 January.", [("2013-01-06", "other")]),
    ("On 28th November, the Secretary-General stated that a total of approximately 4,500 officers and men had been "
     "accepted.", [("2012-11-28", "other")]),
    ("The Prime Minister subsequently stated in July 2010 that the process of bringing British troops home could "
     "begin in 2011.", [("2010-07", "other")]),
    # a spokesman or a minister saying something is talk reported, no happening
    ("A UN spokesman said on Monday that the talks went well.", []),
    ("The minister said on Monday that the troops were safe.", []),
])
def test_dated_statements_of_officials(text, expected, matcher):
    assert [(r[0], r[2]) for r in _rows(_chain(text, PartialDate.parse(MAY), matcher))] == expected


def test_office_holders_take_the_country_of_their_line(matcher):
    # actor.page_lead: a fact sheet's list of office holders, the country in parentheses (real dev r6_019)
    text = ("Special Representative of the Secretary-General\nMohamed Sahnoun (Algeria) April 1992 - November 1992\n"
            "Ismat Kittani (Iraq) November 1992 - March 1993\nJonathan T. Howe (United States) March 1993 - [see "
            "UNOSOM II]\n")
    assert [(r[0], r[2], r[3]) for r in _rows(_chain(text, PartialDate.parse(MAY), matcher))] == [
        ("1992-04", "appointment", "DZA"), ("1992-11", "appointment", "IRQ"), ("1993-03", "appointment", "USA")]


def test_the_secretary_generals_statement_is_the_uns(matcher):
    # actor.un_speaker (real dev r5_012 r5_001 r5_016)
    text = "The Secretary-General reported to the Security Council on 6 January."
    assert [(e.event_type, e.actor_iso3, e.actor_organisation)
            for e in _chain(text, PartialDate.parse(MAY), matcher)] == [("other", None, "UN")]


@pytest.mark.parametrize(("text", "expected"), [
    # date_veto.plan_deadline: the 'by' date of an infinitive (real dev r3_043 r6_009 r5_012)
    ("Then in July 2010 Poland stated its intent to complete its withdrawal by 2015.", [("2010-07", "withdrawal")]),
    ("The withdrawal of the Irish contingent was to have been completed by October 2004.", []),
    # a withdrawal completed by a date is one
    ("All 35 ADF personnel were withdrawn from Iraq by 30 July 2009.", [("2009-07-30", "withdrawal")]),
    # date_veto.context_field: an infobox's 'Partof' and 'Casualties' fields (real dev r4_005 r4_010)
    ("= INTERFET =\n\n- Partof: the Indonesian invasion of East Timor and the 1999 East Timorese crisis\n", []),
])
def test_plan_deadlines_and_context_fields(text, expected, matcher):
    assert [(r[0], r[2]) for r in _rows(_chain(text, PartialDate.parse(MAY), matcher))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # bind.past_verb in a document that speaks of peacekeeping without naming a mission (real dev r3_052 r1_026)
    ("On 8 November 2006, the Senate referred the matter of Australia's involvement in peacekeeping operations to "
     "the Senate Standing Committee on Foreign Affairs, Defence and Trade.", [("2006-11-08", "other")]),
    ("The campaign honours peacekeepers. Launched in 2018, it has highlighted the contributions of more than 52 "
     "Member States.", [("2018", "other")]),
    # a hyphenated past verb (r3_011); a capitalised -ed word inside a clause is a name, no verb
    ("Peacekeeping was discussed. It was re-affirmed by the Prime Minister on 11th May.", [("2013-05-11", "other")]),
    ("Peacekeeping was discussed. General Mohammed on 11th May.", []),
])
def test_dated_past_verbs_in_a_document_about_peacekeeping(text, expected, matcher):
    assert [(r[0], r[2]) for r in _rows(_chain(text, PartialDate.parse(MAY), matcher))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # doc_veto.coarser_duplicate: one happening, kept at its most precise date (real dev r4_024 r4_031)
    ("The United Nations Operation in the Congo (ONUC) was a United Nations peacekeeping force which was deployed "
     "in the Republic of the Congo in 1960. The first ONUC troops reached the Congo on 15 July 1960.",
     [("1960-07-15", "deployment")]),
    ("On July 9, 2011, the Hanbit Unit was dispatched from South Korea to UNMISS in South Sudan. It was dispatched "
     "to UNMISS in 2011.", [("2011-07-09", "deployment")]),
    # two background happenings of one year, with no mission, are two (r2_044)
    ("UNMIT was set up in 2006. In 1974, Portugal abandoned its sovereignty. In May 1974, a coup took place.",
     [("2006", "mandate"), ("1974", "other"), ("1974-05", "other")]),
])
def test_coarser_duplicates(text, expected, matcher):
    assert [(r[0], r[2]) for r in _rows(_chain(text, PartialDate.parse(MAY), matcher))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # mission.only_mission: an attack on people in uniform in a document about one mission (real dev r5_007)
    ("Irish troops serve with UNIFIL. On 7 March this year Irish troops came under fire in the village of Braasheet.",
     [("2013-03-07", "attack", "UNIFIL")]),
    # not an attack on others ("a Georgian police lorry was blown up", r4_039)
    ("UNIFIL patrols the south. On 1 May, rebels attacked a village near Tskhinvali.", [("2013-05-01", "attack", None)]),
])
def test_attacks_on_a_documents_one_mission(text, expected, matcher):
    assert [(r[0], r[2], r[4]) for r in _rows(_chain(text, PartialDate.parse(MAY), matcher))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # type.battle: a battle that took place or ended is an attack (real dev r4_027 r4_026)
    ("AMISOM held El Adde. The Battle of El Adde took place on 15 January 2016.", [("2016-01-15", "attack")]),
    ("UNIFIL held At Tiri. The battle ended on 12 April when the Dutch contingent employed TOW missiles.",
     [("2013-04-12", "attack")]),
    # talks that took place are other (r5_013)
    ("UNPROFOR patrols Bosnia. The latest round of talks took place on 18 January.", [("2013-01-18", "other")]),
])
def test_battles(text, expected, matcher):
    assert [(r[0], r[2]) for r in _rows(_chain(text, PartialDate.parse(MAY), matcher))] == expected


def test_the_councils_dated_call_is_the_uns(matcher):
    # statement.official_statement, the speaker a few words before (real dev r7_003)
    text = "The Security Council held several urgent meetings and on 22 October called for a cease-fire."
    assert [(e.date.date.iso(), e.event_type, e.actor_organisation)
            for e in _chain(text, PartialDate.parse(MAY), matcher)] == [("2012-10-22", "other", "UN")]


@pytest.mark.parametrize(("text", "expected"), [
    # doc_veto.restated: the same type, mission, actor and date told again (real dev r5_047 r4_004 r5_034)
    ("UNITAF was a United States-led force. On 5 December 1992, US forces deployed to Somalia with UNITAF. The US "
     "deployed its marines to UNITAF on 5 December 1992.", [("1992-12-05", "deployment", "USA")]),
    # another actor, another row
    ("Nigeria offered troops to UNAMID on 2 August 2007. Egypt offered troops to UNAMID on 2 August 2007.",
     [("2007-08-02", "pledge", "NGA"), ("2007-08-02", "pledge", "EGY")]),
])
def test_restated_happenings(text, expected, matcher):
    assert [(r[0], r[2], r[3]) for r in _rows(_chain(text, PartialDate.parse(MAY), matcher))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # bind.past_verb: 'landed' is a deployment (devset7 d7_05; as 'airlifted', real dev r2_007)
    ("UNIFIL grew. The first of the Italian troops landed at Tyre on 2 May.", [("2013-05-02", "deployment")]),
    # statement.official_statement: the Secretary-General's announced appointment is an appointment (devset7 d7_04)
    ("The Secretary-General on 9 May announced the appointment of Major General Guillermo Pablo Ríos of Argentina "
     "as Head of Mission of UNMOGIP.", [("2013-05-09", "appointment")]),
])
def test_landings_and_announced_appointments(text, expected, matcher):
    assert [(r[0], r[2]) for r in _rows(_chain(text, PartialDate.parse(MAY), matcher))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ev.participation: a past verb that starts or ends a country's participation named before it is a deployment
    # or a withdrawal (real dev r8_007, r5_051, r8_015, r9_081); with another subject it stays other (r5_038 above,
    # r9_021)
    ("UNMISS grew. Operation ASLAN formally commenced on 23 September 2011.", [("2011-09-23", "deployment")]),
    ("The NNSC was set up in Korea. In 1953, Polish military personnel took part in the work of the NNSC.",
     [("1953", "deployment")]),
    ("ISAF grew. The NZ Provincial Reconstruction Team closed in April 2013.", [("2013-04", "withdrawal")]),
    ("UNMEE deployed. The conflict between Eritrea and Ethiopia began in May 1998.", [("1998-05", "other")]),
])
def test_participation_started_or_ended_by_a_past_verb(text, expected, matcher):
    assert [(r[0], r[2]) for r in _rows(_chain(text, PartialDate.parse(MAY), matcher))] == expected
