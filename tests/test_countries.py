"""Tests for pipeline.extract.countries: exact mentions found in sentences, lookups and display names."""

from __future__ import annotations

import pytest

from pipeline.extract import countries
from pipeline.extract.countries import country_iso3, country_name, find_countries

# The 193 UN member states by a common English name.
UN_MEMBER_STATES = {
    "Afghanistan": "AFG", "Albania": "ALB", "Algeria": "DZA", "Andorra": "AND", "Angola": "AGO",
    "Antigua and Barbuda": "ATG", "Argentina": "ARG", "Armenia": "ARM", "Australia": "AUS", "Austria": "AUT",
    "Azerbaijan": "AZE", "Bahamas": "BHS", "Bahrain": "BHR", "Bangladesh": "BGD", "Barbados": "BRB",
    "Belarus": "BLR", "Belgium": "BEL", "Belize": "BLZ", "Benin": "BEN", "Bhutan": "BTN", "Bolivia": "BOL",
    "Bosnia and Herzegovina": "BIH", "Botswana": "BWA", "Brazil": "BRA", "Brunei": "BRN", "Bulgaria": "BGR",
    "Burkina Faso": "BFA", "Burundi": "BDI", "Cabo Verde": "CPV", "Cambodia": "KHM", "Cameroon": "CMR",
    "Canada": "CAN", "Central African Republic": "CAF", "Chad": "TCD", "Chile": "CHL", "China": "CHN",
    "Colombia": "COL", "Comoros": "COM", "Republic of the Congo": "COG", "Costa Rica": "CRI",
    "Côte d'Ivoire": "CIV", "Croatia": "HRV", "Cuba": "CUB", "Cyprus": "CYP", "Czechia": "CZE",
    "North Korea": "PRK", "Democratic Republic of the Congo": "COD", "Denmark": "DNK", "Djibouti": "DJI",
    "Dominica": "DMA", "Dominican Republic": "DOM", "Ecuador": "ECU", "Egypt": "EGY", "El Salvador": "SLV",
    "Equatorial Guinea": "GNQ", "Eritrea": "ERI", "Estonia": "EST", "Eswatini": "SWZ", "Ethiopia": "ETH",
    "Fiji": "FJI", "Finland": "FIN", "France": "FRA", "Gabon": "GAB", "Gambia": "GMB", "Georgia": "GEO",
    "Germany": "DEU", "Ghana": "GHA", "Greece": "GRC", "Grenada": "GRD", "Guatemala": "GTM", "Guinea": "GIN",
    "Guinea-Bissau": "GNB", "Guyana": "GUY", "Haiti": "HTI", "Honduras": "HND", "Hungary": "HUN",
    "Iceland": "ISL", "India": "IND", "Indonesia": "IDN", "Iran": "IRN", "Iraq": "IRQ", "Ireland": "IRL",
    "Israel": "ISR", "Italy": "ITA", "Jamaica": "JAM", "Japan": "JPN", "Jordan": "JOR", "Kazakhstan": "KAZ",
    "Kenya": "KEN", "Kiribati": "KIR", "Kuwait": "KWT", "Kyrgyzstan": "KGZ", "Laos": "LAO", "Latvia": "LVA",
    "Lebanon": "LBN", "Lesotho": "LSO", "Liberia": "LBR", "Libya": "LBY", "Liechtenstein": "LIE",
    "Lithuania": "LTU", "Luxembourg": "LUX", "Madagascar": "MDG", "Malawi": "MWI", "Malaysia": "MYS",
    "Maldives": "MDV", "Mali": "MLI", "Malta": "MLT", "Marshall Islands": "MHL", "Mauritania": "MRT",
    "Mauritius": "MUS", "Mexico": "MEX", "Micronesia": "FSM", "Monaco": "MCO", "Mongolia": "MNG",
    "Montenegro": "MNE", "Morocco": "MAR", "Mozambique": "MOZ", "Myanmar": "MMR", "Namibia": "NAM",
    "Nauru": "NRU", "Nepal": "NPL", "Netherlands": "NLD", "New Zealand": "NZL", "Nicaragua": "NIC",
    "Niger": "NER", "Nigeria": "NGA", "North Macedonia": "MKD", "Norway": "NOR", "Oman": "OMN",
    "Pakistan": "PAK", "Palau": "PLW", "Panama": "PAN", "Papua New Guinea": "PNG", "Paraguay": "PRY",
    "Peru": "PER", "Philippines": "PHL", "Poland": "POL", "Portugal": "PRT", "Qatar": "QAT",
    "South Korea": "KOR", "Moldova": "MDA", "Romania": "ROU", "Russia": "RUS", "Rwanda": "RWA",
    "Saint Kitts and Nevis": "KNA", "Saint Lucia": "LCA", "Saint Vincent and the Grenadines": "VCT",
    "Samoa": "WSM", "San Marino": "SMR", "Sao Tome and Principe": "STP", "Saudi Arabia": "SAU",
    "Senegal": "SEN", "Serbia": "SRB", "Seychelles": "SYC", "Sierra Leone": "SLE", "Singapore": "SGP",
    "Slovakia": "SVK", "Slovenia": "SVN", "Solomon Islands": "SLB", "Somalia": "SOM", "South Africa": "ZAF",
    "South Sudan": "SSD", "Spain": "ESP", "Sri Lanka": "LKA", "Sudan": "SDN", "Suriname": "SUR",
    "Sweden": "SWE", "Switzerland": "CHE", "Syria": "SYR", "Tajikistan": "TJK", "Thailand": "THA",
    "Timor-Leste": "TLS", "Togo": "TGO", "Tonga": "TON", "Trinidad and Tobago": "TTO", "Tunisia": "TUN",
    "Türkiye": "TUR", "Turkmenistan": "TKM", "Tuvalu": "TUV", "Uganda": "UGA", "Ukraine": "UKR",
    "United Arab Emirates": "ARE", "United Kingdom": "GBR", "Tanzania": "TZA", "United States": "USA",
    "Uruguay": "URY", "Uzbekistan": "UZB", "Vanuatu": "VUT", "Venezuela": "VEN", "Vietnam": "VNM",
    "Yemen": "YEM", "Zambia": "ZMB", "Zimbabwe": "ZWE",
}

N, D, C, F = "name", "demonym", "capital", "armed_force"

CASES = [
    # plain names, possessives, glued footnotes, brackets
    ("China has offered to send more than 500 soldiers.", [("CHN", "China", N)]),
    ("China’s peacekeeping contingent will grow.", [("CHN", "China", N)]),
    ("China's UN mission did not answer.", [("CHN", "China", N)]),
    ("in UN PKOs,7 more than China,7 had", [("CHN", "China", N)]),
    ("troops from (China) and [Brazil]", [("CHN", "China", N), ("BRA", "Brazil", N)]),
    ("the United States, Russia, Britain and France", [
        ("USA", "United States", N), ("RUS", "Russia", N), ("GBR", "Britain", N), ("FRA", "France", N)]),
    # longest match wins
    ("UN Mission in South Sudan (UNMISS)", [("SSD", "South Sudan", N)]),
    ("Sudan and South Sudan signed.", [("SDN", "Sudan", N), ("SSD", "South Sudan", N)]),
    ("Papua New Guinea and Guinea sent observers.", [("PNG", "Papua New Guinea", N), ("GIN", "Guinea", N)]),
    ("Guinea-Bissau and Equatorial Guinea", [("GNB", "Guinea-Bissau", N), ("GNQ", "Equatorial Guinea", N)]),
    ("Niger and Nigeria", [("NER", "Niger", N), ("NGA", "Nigeria", N)]),
    ("Nigerien and Nigerian soldiers", [("NER", "Nigerien", D), ("NGA", "Nigerian", D)]),
    ("the Central African Republic and the Dominican Republic", [
        ("CAF", "Central African Republic", N), ("DOM", "Dominican Republic", N)]),
    ("the Democratic Republic of the Congo", [("COD", "Democratic Republic of the Congo", N)]),
    ("the Democratic Republic of the\nCongo", [("COD", "Democratic Republic of the\nCongo", N)]),
    ("Dominica and Dominican Republic", [("DMA", "Dominica", N), ("DOM", "Dominican Republic", N)]),
    ("South Africa and South African troops", [("ZAF", "South Africa", N), ("ZAF", "South African", D)]),
    ("the Republic of Korea and the Democratic People's Republic of Korea", [
        ("KOR", "Republic of Korea", N), ("PRK", "Democratic People's Republic of Korea", N)]),
    ("People’s Republic of China", [("CHN", "People’s Republic of China", N)]),
    ("Northern Ireland and Ireland", [("GBR", "Northern Ireland", N), ("IRL", "Ireland", N)]),
    # variants of names
    ("Ivory Coast, Côte d'Ivoire, Cote d’Ivoire", [
        ("CIV", "Ivory Coast", N), ("CIV", "Côte d'Ivoire", N), ("CIV", "Cote d’Ivoire", N)]),
    ("Darfur, Cote d' Ivoire and Haiti", [("CIV", "Cote d' Ivoire", N), ("HTI", "Haiti", N)]),  # r14_010
    ("DR Congo, DRC and Congo-Kinshasa", [("COD", "DR Congo", N), ("COD", "DRC", N), ("COD", "Congo-Kinshasa", N)]),
    ("Republic of Congo and Congo-Brazzaville", [("COG", "Republic of Congo", N), ("COG", "Congo-Brazzaville", N)]),
    ("South Korea and North Korea", [("KOR", "South Korea", N), ("PRK", "North Korea", N)]),
    ("Great Britain, the UK and the U.K.", [("GBR", "Great Britain", N), ("GBR", "UK", N), ("GBR", "U.K.", N)]),
    ("The U.S. and the US and the USA.", [("USA", "U.S.", N), ("USA", "US", N), ("USA", "USA", N)]),
    ("the US-led coalition", [("USA", "US", N)]),
    ("America pledged funds.", [("USA", "America", N)]),
    ("Iran, Syria, Laos, Viet Nam and Vietnam", [
        ("IRN", "Iran", N), ("SYR", "Syria", N), ("LAO", "Laos", N), ("VNM", "Viet Nam", N), ("VNM", "Vietnam", N)]),
    ("the Czech Republic, Czechia, Turkey and Türkiye", [
        ("CZE", "Czech Republic", N), ("CZE", "Czechia", N), ("TUR", "Turkey", N), ("TUR", "Türkiye", N)]),
    ("The Gambia, Cabo Verde and Cape Verde", [
        ("GMB", "Gambia", N), ("CPV", "Cabo Verde", N), ("CPV", "Cape Verde", N)]),
    ("Eswatini, formerly Swaziland", [("SWZ", "Eswatini", N), ("SWZ", "Swaziland", N)]),
    ("Burma, now Myanmar", [("MMR", "Burma", N), ("MMR", "Myanmar", N)]),
    ("East Timor or Timor-Leste", [("TLS", "East Timor", N), ("TLS", "Timor-Leste", N)]),
    ("Holland and the Netherlands", [("NLD", "Holland", N), ("NLD", "Netherlands", N)]),
    ("the UN Mission for the Referendum in Western Sahara", [("ESH", "Western Sahara", N)]),
    ("UNMIK in Kosovo", [("XKX", "Kosovo", N)]),
    ("Palestine, the State of Palestine and Taiwan", [
        ("PSE", "Palestine", N), ("PSE", "State of Palestine", N), ("TWN", "Taiwan", N)]),
    ("the Vatican and the Holy See", [("VAT", "Vatican", N), ("VAT", "Holy See", N)]),
    ("St. Kitts and Nevis, St Lucia and Trinidad & Tobago", [
        ("KNA", "St. Kitts and Nevis", N), ("LCA", "St Lucia", N), ("TTO", "Trinidad & Tobago", N)]),
    ("Bolivia, Tanzania and Moldova", [("BOL", "Bolivia", N), ("TZA", "Tanzania", N), ("MDA", "Moldova", N)]),
    # demonyms
    ("Nepali and Nepalese peacekeepers", [("NPL", "Nepali", D), ("NPL", "Nepalese", D)]),
    ("Bangladeshi, Indian and Pakistani units", [
        ("BGD", "Bangladeshi", D), ("IND", "Indian", D), ("PAK", "Pakistani", D)]),
    ("Rwandan, Ethiopian and Ghanaian battalions", [
        ("RWA", "Rwandan", D), ("ETH", "Ethiopian", D), ("GHA", "Ghanaian", D)]),
    ("Senegalese, Burkinabe, Chadian and Togolese troops", [
        ("SEN", "Senegalese", D), ("BFA", "Burkinabe", D), ("TCD", "Chadian", D), ("TGO", "Togolese", D)]),
    ("At least 155 of the Chinese troops", [("CHN", "Chinese", D)]),
    ("French, British, American and German officers", [
        ("FRA", "French", D), ("GBR", "British", D), ("USA", "American", D), ("DEU", "German", D)]),
    ("Dutch, Swedish, Norwegian and Finnish staff", [
        ("NLD", "Dutch", D), ("SWE", "Swedish", D), ("NOR", "Norwegian", D), ("FIN", "Finnish", D)]),
    ("Japanese, South Korean and Korean engineers", [
        ("JPN", "Japanese", D), ("KOR", "South Korean", D), ("KOR", "Korean", D)]),
    ("Congolese and South Sudanese refugees", [("COD", "Congolese", D), ("SSD", "South Sudanese", D)]),
    ("Argentine and Argentinian troops, Filipino and Philippine units", [
        ("ARG", "Argentine", D), ("ARG", "Argentinian", D), ("PHL", "Filipino", D), ("PHL", "Philippine", D)]),
    ("Sri Lankan and New Zealand medics", [("LKA", "Sri Lankan", D), ("NZL", "New Zealand", N)]),
    ("850 Rwandans and 200 Pakistanis", [("RWA", "Rwandans", D), ("PAK", "Pakistanis", D)]),
    ("troops from Chad and France, and 300 Nepalese.", [
        ("TCD", "Chad", N), ("FRA", "France", N), ("NPL", "Nepalese", D)]),
    ("Chinese and Russian contingents", [("CHN", "Chinese", D), ("RUS", "Russian", D)]),
    # demonyms used as language names
    ("French-speaking countries such as Senegal", [("SEN", "Senegal", N)]),
    ("The report is available in French.", []),
    ("in Arabic, Chinese, English, French, Russian and Spanish.", []),
    ("said in French, adding that Senegal", [("SEN", "Senegal", N)]),
    ("two Frenchmen, three Germans and the Swiss", [
        ("FRA", "Frenchmen", D), ("DEU", "Germans", D), ("CHE", "Swiss", D)]),
    ("Basotho and Filipinos", [("LSO", "Basotho", D), ("PHL", "Filipinos", D)]),
    ("Turkish Cypriot leaders met Greek Cypriot ones", [("CYP", "Turkish Cypriot", D), ("CYP", "Greek Cypriot", D)]),
    # capitals
    ("This will mark the first time Beijing has deployed infantry.", [("CHN", "Beijing", C)]),
    ("Beijing’s intentions worried Washington.", [("CHN", "Beijing", C), ("USA", "Washington", C)]),
    ("New Delhi, Islamabad, Dhaka and Kathmandu agreed", [
        ("IND", "New Delhi", C), ("PAK", "Islamabad", C), ("BGD", "Dhaka", C), ("NPL", "Kathmandu", C)]),
    ("talks in Addis Ababa and Kigali", [("ETH", "Addis Ababa", C), ("RWA", "Kigali", C)]),
    ("the Kremlin said", [("RUS", "Kremlin", C)]),
    ("the Rome Statute and the Paris Agreement", []),
    ("the Doha Document for Peace in Darfur", []),
    ("the Stockholm International Peace Research Institute", []),
    ("the Treaty of Paris", []),
    ("the Washington Post reported", []),
    ("a Nairobi-based agency said Nairobi agreed", [("KEN", "Nairobi", C)]),
    # armed forces
    ("a security force from the People’s Liberation Army (PLA)", [
        ("CHN", "People’s Liberation Army", F), ("CHN", "PLA", F)]),
    ("the PLA Navy and the PLA Air Force", [("CHN", "PLA Navy", F), ("CHN", "PLA Air Force", F)]),
    ("The PLA’s security force in Mali", [("CHN", "PLA", F), ("MLI", "Mali", N)]),
    ("the Nepali Army and the Nepal Army", [("NPL", "Nepali Army", F), ("NPL", "Nepal Army", F)]),
    ("the Bangladesh Army, the Indian Army and the Pakistan Army", [
        ("BGD", "Bangladesh Army", F), ("IND", "Indian Army", F), ("PAK", "Pakistan Army", F)]),
    ("the Japan Self-Defense Forces (JSDF)", [("JPN", "Japan Self-Defense Forces", F), ("JPN", "JSDF", F)]),
    ("Self-Defence Forces engineers", [("JPN", "Self-Defence Forces", F)]),
    ("the Rwanda Defence Force (RDF)", [("RWA", "Rwanda Defence Force", F), ("RWA", "RDF", F)]),
    ("the ENDF, the UPDF, the KDF and the SANDF", [
        ("ETH", "ENDF", F), ("UGA", "UPDF", F), ("KEN", "KDF", F), ("ZAF", "SANDF", F)]),
    ("the Bundeswehr and the Tatmadaw", [("DEU", "Bundeswehr", F), ("MMR", "Tatmadaw", F)]),
    ("the Forces armées maliennes (FAMa)", [("MLI", "Forces armées maliennes", F), ("MLI", "FAMa", F)]),
    ("the Ghana Armed Forces", [("GHA", "Ghana Armed Forces", F)]),
    ("the Indonesian National Armed Forces (TNI)", [("IDN", "Indonesian National Armed Forces", F), ("IDN", "TNI", F)]),
    ("the Korean Armed Forces", [("KOR", "Korean Armed Forces", F)]),
    ("the Royal Thai Army", [("THA", "Royal Thai Army", F)]),
    ("the Uganda People’s Defence Forces", [("UGA", "Uganda People’s Defence Forces", F)]),
    ("the Indian army", [("IND", "Indian army", F)]),
    ("Royal Dutch Shell", [("NLD", "Dutch", D)]),
    ("the Royal Moroccan Armed Forces", [("MAR", "Royal Moroccan Armed Forces", F)]),
    ("the South Sudan People's Defence Forces (SSPDF)", [
        ("SSD", "South Sudan People's Defence Forces", F), ("SSD", "SSPDF", F)]),
    ("the Lebanese Armed Forces (LAF) and the Congolese National Police", [
        ("LBN", "Lebanese Armed Forces", F), ("LBN", "LAF", F), ("COD", "Congolese National Police", F)]),
    # not countries
    ("More than 6,500 African troops are in the west African nation.", []),
    ("European, Asian, Arab, Western, Nordic, Scandinavian and Balkan states", []),
    ("Latin America and South America, Latin American officers", []),
    ("Latin Americans and Americans", [("USA", "Americans", D)]),
    ("the Gulf states and the Middle East", []),
    ("china plates, a roast turkey and a hanging chad", []),
    ("BUS, STATUS, focus, IN, ME, OR", []),
    ("a pledge of US$5 million", []),
    ("New York and New Jersey", []),
    ("the Indian Ocean and the South China Sea", []),
    ("the Niger Delta and Lake Chad", []),
    ("the island of New Guinea", []),
    ("the Free Syrian Army", []),
    ("the Economic Community of Central African States", []),
    ("Georgia and Jersey", [("GEO", "Georgia", N)]),
    ("Niger State in Nigeria", [("NGA", "Nigeria", N)]),
    ("a West Indian cricketer", []),
    ("a Family Reunion Programme on Réunion", [("REU", "Réunion", N)]),
    # newspapers, airlines and other things named after a country
    ("China Daily and the Sudan Tribune reported", []),
    ("an Ethiopian Airlines flight", []),
    ("the Voice of America and the Times of India", []),
    ("the PLA Daily said", []),
    ("a Kenya Airways plane and the Bank of China", []),
    # UN contingent codes
    ("BANBAT-1 and NEPBATT relieved the INDFPU", [("BGD", "BANBAT", F), ("NPL", "NEPBATT", F), ("IND", "INDFPU", F)]),
    ("the PAKENGR and CHINMEDCOY", [("PAK", "PAKENGR", F), ("CHN", "CHINMEDCOY", F)]),
    # layout: line breaks inside a name, but not paragraph breaks
    ("the Central African\nRepublic", [("CAF", "Central African\nRepublic", N)]),
    ("Guinea-\nBissau", [("GNB", "Guinea-\nBissau", N)]),
    ("Guinea\u2011Bissau and Timor\u2010Leste", [("GNB", "Guinea\u2011Bissau", N), ("TLS", "Timor\u2010Leste", N)]),
    ("South\xa0Sudan", [("SSD", "South\xa0Sudan", N)]),
    ("Iran (Islamic Republic of) and Venezuela (Bolivarian Republic of)", [
        ("IRN", "Iran (Islamic Republic of)", N), ("VEN", "Venezuela (Bolivarian Republic of)", N)]),
    ("South\n\nSudan", [("SDN", "Sudan", N)]),
    ("South  \t Sudan", [("SSD", "South  \t Sudan", N)]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_find_countries(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    found = find_countries(sentence)
    assert [(m.iso3, m.surface, m.kind) for m in found] == expected
    for m in found:
        assert sentence[m.start:m.end] == m.surface


def test_offsets_sorted_and_non_overlapping() -> None:
    text = "In January 2012, China deployed a guard unit to the UN Mission in South Sudan (UNMISS)."
    found = find_countries(text)
    assert [(m.iso3, m.start, m.end) for m in found] == [("CHN", 17, 22), ("SSD", 66, 77)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Congo sent troops.", ["COD"]),
    ("Congo-Brazzaville: Congo sent Congolese troops.", ["COG", "COG", "COG"]),
    ("Brazzaville says Congo will help.", ["COG", "COG"]),
    ("The DRC and Congo-Brazzaville; Congo said.", ["COD", "COG", "COD"]),
])
def test_bare_congo_resolved_per_document(text: str, expected: list[str]) -> None:
    assert [m.iso3 for m in find_countries(text)] == expected


def test_empty_text() -> None:
    assert find_countries("") == []


def test_long_blank_runs_do_not_backtrack() -> None:
    # PDF layout text: a country-word prefix followed by a huge run of blanks must fail in linear time.
    text = "United" + " " * 200_000 + "Nations, South" + " " * 200_000 + "of China"
    assert [(m.iso3, m.surface) for m in find_countries(text)] == [("CHN", "China")]


def test_alias_file_rejects_unknown_kind(tmp_path) -> None:
    bad = tmp_path / "aliases.csv"
    bad.write_text("surface,iso3,kind,note\nNarnia,NAR,kingdom,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="aliases.csv: unknown kind 'kingdom' for 'Narnia'"):
        countries._read_aliases(bad)


def test_alias_file_rejects_country_without_code(tmp_path) -> None:
    bad = tmp_path / "aliases.csv"
    bad.write_text("surface,iso3,kind,note\nNarnia,,name,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="'Narnia' \\(name\\) must have an ISO3 code iff it is a country"):
        countries._read_aliases(bad)


def test_alias_file_codes_are_known() -> None:
    codes = {iso3 for _surface, iso3, _kind in countries._read_aliases() if iso3}
    assert codes - set(countries._DISPLAY_NAMES) == set()


@pytest.mark.parametrize("name", sorted(UN_MEMBER_STATES))
def test_every_un_member_state_resolves(name: str) -> None:
    iso3 = UN_MEMBER_STATES[name]
    assert country_iso3(name) == iso3
    assert [(m.iso3, m.surface) for m in find_countries(f"Troops from {name}, they said.")] == [(iso3, name)]


def test_un_member_list_is_complete() -> None:
    assert len(set(UN_MEMBER_STATES.values())) == 193


def test_every_un_member_state_has_a_demonym() -> None:
    demonyms = {iso3 for iso3, kind in countries._LEXICON.values() if kind == "demonym"}
    # "Dominican" is read as the Dominican Republic (DOM) and "Congolese" per document (COD by default), so
    # Dominica and the Republic of the Congo have no demonym of their own.
    assert set(UN_MEMBER_STATES.values()) - demonyms == {"DMA", "COG"}


@pytest.mark.parametrize(("name", "expected"), [
    ("China", "CHN"), ("Chinese", "CHN"), ("Beijing", "CHN"), ("PLA", "CHN"),
    ("People's Liberation Army", "CHN"), ("People’s Liberation Army", "CHN"),
    ("the Netherlands", "NLD"), ("The Gambia", "GMB"), ("China’s", "CHN"), ("China,7", "CHN"),
    ("  South Sudan ", "SSD"), ("CHINA", "CHN"), ("south sudan", "SSD"), ("Nepal Army", "NPL"),
    ("Cote d'Ivoire", "CIV"), ("Congo, The Democratic Republic of the", "COD"), ("Kosovo", "XKX"),
    ("U.S.", "USA"), ("US", "USA"), ("CHN", "CHN"), ("XKX", "XKX"), ("Ivorian", "CIV"),
    ("Bolivia (Plurinational State of)", "BOL"), ("Netherlands (Kingdom of the)", "NLD"),
    ("Congo, Dem. Rep.", "COD"), ("Congo, Rep.", "COG"), ("Gambia, The", "GMB"), ("Virgin Islands (U.S.)", "VIR"),
    ("us", None), ("usa", None), ("Latin America", None), ("African", None), ("Jersey", None),
    ("New York", None), ("Atlantis", None), ("", None),
])
def test_country_iso3(name: str, expected: str | None) -> None:
    assert country_iso3(name) == expected


@pytest.mark.parametrize(("iso3", "expected"), [
    ("CHN", "China"), ("SSD", "South Sudan"), ("COD", "Democratic Republic of the Congo"),
    ("COG", "Republic of the Congo"), ("KOR", "South Korea"), ("PRK", "North Korea"), ("RUS", "Russia"),
    ("IRN", "Iran"), ("VNM", "Vietnam"), ("TZA", "Tanzania"), ("XKX", "Kosovo"), ("PSE", "Palestine"),
    ("TWN", "Taiwan"), ("GBR", "United Kingdom"), ("USA", "United States"), ("chn", "China"),
])
def test_country_name(iso3: str, expected: str) -> None:
    assert country_name(iso3) == expected


def test_country_name_unknown_code() -> None:
    with pytest.raises(KeyError, match="unknown ISO 3166-1 alpha-3 country code: 'ZZZ'"):
        country_name("ZZZ")


def test_every_code_found_has_a_name() -> None:
    codes = {iso3 for iso3, _kind in countries._LEXICON.values() if iso3 is not None}
    assert all(country_name(code) for code in codes)


@pytest.mark.parametrize(("text", "expected"), [
    # A factbox line labelled by a country's name in capitals.
    ("BANGLADESH - Has offered up to 2,000 troops.", [("BANGLADESH", "BGD", "name")]),
    ("GHANA and INDIA - Have battalions in UNIFIL.", [("GHANA", "GHA", "name"), ("INDIA", "IND", "name")]),
    ("Contributors:\nSOUTH AFRICA: 1,200\n\u2022 CHAD \u2013 1,400", [("SOUTH AFRICA", "ZAF", "name"),
                                                                     ("CHAD", "TCD", "name")]),
    # Capitals that are no country's name, a dateline's city, and capitals inside a sentence are not labels.
    ("NOTE - figures are rounded.", []),
    ("KHARTOUM, Nov. 24 (Xinhua) -- An advance team arrived.", []),
    ("The report said CHAD - not Niger - would send troops.", [("Niger", "NER", "name")]),
])
def test_country_names_in_capitals_label_lines(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(m.surface, m.iso3, m.kind) for m in find_countries(text)] == expected
