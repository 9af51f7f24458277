"""Write a deterministic synthetic corpus for the benchmarks: news stories, press releases and PDF-style reports.

    .venv/bin/python bench/make_corpus.py --mb 60 --out bench/corpus
    .venv/bin/python bench/make_corpus.py --docs 10000 --out bench/corpus10k
    .venv/bin/python bench/make_corpus.py --mb 20 --dense --out bench/corpus-dense

The corpus imitates what the pipeline reads in production, not the seed documents: most sentences are ordinary
news prose (politics, economy, weather, sport, health, technology) that names countries, capitals, figures and
dates but no peacekeeping at all; a minority of documents are about peacekeeping, and in those a minority of
sentences state contributions, deployments, mandates, handovers or casualties, in many shapes. Reports are
wrapped at PDF line widths with footnote markers glued to words, running headers and page numbers. A tenth of the
news stories are HTML pages. Everything comes from one seeded random generator, so the same arguments give the
same bytes (the files and ``manifest.csv``).

``--dense`` writes a corpus dense in peacekeeping language instead: every document concerns a peace operation and
half of its sentences (news, press releases and reports alike) state contributions, deployments, mandates,
handovers or casualties; the other half is the same ordinary prose. It is the text on which extraction is slowest
(the prefilter lets most of it through), for comparisons such as ``bench/spacy_compare.py``.

Stdlib only, so that it runs before anything else is installed. Hand-written vocabularies: the point is varied,
realistic language, not coverage of any reference list.
"""

from __future__ import annotations

import argparse
import csv
import html
import random
import shutil
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

# (name, demonym, capital)
COUNTRIES = [
    ("China", "Chinese", "Beijing"), ("India", "Indian", "New Delhi"), ("Bangladesh", "Bangladeshi", "Dhaka"),
    ("Pakistan", "Pakistani", "Islamabad"), ("Rwanda", "Rwandan", "Kigali"), ("Nepal", "Nepalese", "Kathmandu"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"), ("Ghana", "Ghanaian", "Accra"), ("Senegal", "Senegalese", "Dakar"),
    ("Egypt", "Egyptian", "Cairo"), ("Indonesia", "Indonesian", "Jakarta"), ("France", "French", "Paris"),
    ("Ireland", "Irish", "Dublin"), ("Norway", "Norwegian", "Oslo"), ("Brazil", "Brazilian", "Brasilia"),
    ("Uruguay", "Uruguayan", "Montevideo"), ("Togo", "Togolese", "Lome"), ("Chad", "Chadian", "N'Djamena"),
    ("Nigeria", "Nigerian", "Abuja"), ("Kenya", "Kenyan", "Nairobi"), ("Germany", "German", "Berlin"),
    ("Italy", "Italian", "Rome"), ("the Netherlands", "Dutch", "The Hague"), ("Sweden", "Swedish", "Stockholm"),
    ("Morocco", "Moroccan", "Rabat"), ("Tanzania", "Tanzanian", "Dodoma"), ("Zambia", "Zambian", "Lusaka"),
    ("Cambodia", "Cambodian", "Phnom Penh"), ("Mongolia", "Mongolian", "Ulaanbaatar"), ("Fiji", "Fijian", "Suva"),
    ("Jordan", "Jordanian", "Amman"), ("Malaysia", "Malaysian", "Kuala Lumpur"), ("Japan", "Japanese", "Tokyo"),
    ("Canada", "Canadian", "Ottawa"), ("Argentina", "Argentine", "Buenos Aires"), ("Peru", "Peruvian", "Lima"),
    ("Poland", "Polish", "Warsaw"), ("Spain", "Spanish", "Madrid"), ("Burkina Faso", "Burkinabe", "Ouagadougou"),
    ("Niger", "Nigerien", "Niamey"), ("Cameroon", "Cameroonian", "Yaounde"), ("South Africa", "South African",
                                                                              "Pretoria"),
]
# (acronym, full name, host country, a town of the host country)
MISSIONS = [
    ("MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali", "Mali", "Gao"),
    ("UNMISS", "United Nations Mission in South Sudan", "South Sudan", "Malakal"),
    ("MONUSCO", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
     "the Democratic Republic of the Congo", "Goma"),
    ("UNIFIL", "United Nations Interim Force in Lebanon", "Lebanon", "Naqoura"),
    ("MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the Central African "
                "Republic", "the Central African Republic", "Bangui"),
    ("UNAMID", "African Union-United Nations Hybrid Operation in Darfur", "Sudan", "El Fasher"),
    ("UNFICYP", "United Nations Peacekeeping Force in Cyprus", "Cyprus", "Nicosia"),
    ("MINURSO", "United Nations Mission for the Referendum in Western Sahara", "Western Sahara", "Laayoune"),
    ("UNDOF", "United Nations Disengagement Observer Force", "Syria", "Camp Faouar"),
    ("UNISFA", "United Nations Interim Security Force for Abyei", "Sudan", "Abyei"),
    ("MINUSTAH", "United Nations Stabilization Mission in Haiti", "Haiti", "Port-au-Prince"),
    ("UNMIL", "United Nations Mission in Liberia", "Liberia", "Monrovia"),
    ("UNOCI", "United Nations Operation in Cote d'Ivoire", "Cote d'Ivoire", "Abidjan"),
    ("AMISOM", "African Union Mission in Somalia", "Somalia", "Mogadishu"),
]
PERSONNEL = ["troops", "soldiers", "peacekeepers", "police officers", "military observers", "staff officers",
             "engineers", "medical staff", "infantry", "personnel", "blue helmets", "formed police units"]
UNITS = ["battalion", "engineering company", "level-2 hospital", "helicopter unit", "formed police unit",
         "transport company", "quick reaction force", "signals company"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PEOPLE = ["Maria Santos", "Ahmed Diallo", "Li Wei", "John Carter", "Fatima Nour", "Pierre Lambert",
          "Anna Kowalski", "Kofi Mensah", "Rahul Sharma", "Elena Petrova", "David Okafor", "Sofia Rossi"]
ROLES = ["finance minister", "prime minister", "opposition leader", "central bank governor", "health minister",
         "spokesman for the interior ministry", "analyst at a Nairobi think tank", "economist", "foreign minister"]
PUBLISHERS = ["Reuters", "AFP", "Associated Press", "Xinhua", "PTI", "The Guardian", "Al Jazeera", "BBC News",
              "Daily Nation", "Le Monde (English edition)"]
COMPANIES = ["Kestrel Mining", "Sunbelt Telecom", "Orion Airlines", "Delta Cement", "Harbor Shipping",
             "Nova Pharma", "Atlas Motors", "Greenfield Agro"]
SPORTS_TEAMS = ["the national football team", "the under-21 side", "the Olympic rowing squad", "the cricket team"]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
                11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty"}
COMMODITIES = ["cocoa", "coffee", "copper", "crude oil", "gold", "cotton", "maize", "natural gas"]


class Writer:
    """Sentences of every kind, filled from the vocabularies with one seeded generator."""

    def __init__(self, rng: random.Random):
        self.r = rng

    # -- slot fillers ---------------------------------------------------------------------------------------
    def country(self) -> tuple[str, str, str]:
        return self.r.choice(COUNTRIES)

    def figure(self, low: int = 2, high: int = 5000) -> str:
        n = self.r.randint(low, high)
        if n >= 1000 and self.r.random() < 0.8:
            return f"{n:,}"
        if n in NUMBER_WORDS and self.r.random() < 0.4:
            return NUMBER_WORDS[n]
        return str(n)

    def money(self) -> str:
        unit = self.r.choice(["million", "billion"])
        return f"${self.r.randint(1, 950)}.{self.r.randint(0, 9)} {unit}"

    def pct(self) -> str:
        return f"{self.r.randint(0, 40)}.{self.r.randint(0, 9)} percent"

    def day(self, published: date) -> str:
        d = published - timedelta(days=self.r.randint(0, 900))
        form = self.r.random()
        if form < 0.4:
            return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
        if form < 0.6:
            return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        if form < 0.8:
            return f"in {MONTHS[d.month - 1]} {d.year}"
        return self.r.choice(["on " + self.r.choice(WEEKDAYS), "last week", "yesterday", "earlier this month",
                              f"in {d.year}", "last year", f"since {d.year}"])

    def qualifier(self) -> str:
        return self.r.choice(["", "", "about ", "more than ", "nearly ", "some ", "at least ", "up to ",
                              "approximately ", "around "])

    # -- ordinary prose: countries, figures and dates, but no peacekeeping ------------------------------------
    def ordinary(self, published: date) -> str:
        r = self.r
        c, dem, cap = self.country()
        c2, dem2, cap2 = self.country()
        person, role = r.choice(PEOPLE), r.choice(ROLES)
        templates = (
            lambda: f"{c}'s central bank raised its benchmark rate by {r.randint(25, 300)} basis points "
                    f"{self.day(published)}, citing inflation of {self.pct()}.",
            lambda: f"Parliament in {cap} voted {r.randint(100, 300)} to {r.randint(10, 99)} to approve a budget of "
                    f"{self.money()} for the coming year.",
            lambda: f"Heavy rains in the north of {c} displaced {self.qualifier()}{self.figure(200, 90000)} families, "
                    f"the national disaster agency said {self.day(published)}.",
            lambda: f"\"We will not accept these conditions,\" {person}, the {role}, told reporters in {cap}.",
            lambda: f"Exports of {r.choice(COMMODITIES)} from {c} rose {self.pct()} in the first quarter compared "
                    f"with a year earlier, customs data showed.",
            lambda: f"{r.choice(COMPANIES)} said it would cut {self.figure(50, 4000)} jobs and close "
                    f"{self.figure(2, 12)} plants in {c} by the end of {published.year + 1}.",
            lambda: f"The {dem} and {dem2} leaders met in {cap2} {self.day(published)} to discuss trade, energy and "
                    f"migration.",
            lambda: f"Temperatures in {cap} reached {r.randint(30, 47)} degrees Celsius, the highest since records "
                    f"began in {r.randint(1880, 1960)}.",
            lambda: f"{c} beat {c2} {r.randint(0, 5)}-{r.randint(0, 4)} in a World Cup qualifier watched by "
                    f"{self.figure(8000, 80000)} fans.",
            lambda: f"Health officials reported {self.figure(10, 9000)} new cases of cholera in {c} "
                    f"{self.day(published)}, bringing the total this year to {self.figure(1000, 90000)}.",
            lambda: f"Shares of {r.choice(COMPANIES)} fell {self.pct()} after the company reported a quarterly loss of "
                    f"{self.money()}.",
            lambda: f"The election commission said turnout was {self.pct()}, with {self.figure(1000, 9000000)} ballots "
                    f"cast at {self.figure(100, 30000)} polling stations.",
            lambda: f"{person} resigned as {role} on {r.choice(WEEKDAYS)} after {r.randint(2, 14)} months in office.",
            lambda: f"A new railway between {cap} and the port city will carry {self.figure(2, 40)} million tonnes of "
                    f"freight a year once it opens in {published.year + r.randint(1, 4)}.",
            lambda: f"{c} and {c2} signed an agreement on fishing rights that had been under negotiation since "
                    f"{r.randint(1995, published.year - 1)}.",
            lambda: f"Officials expect the harvest of {r.choice(COMMODITIES)} to fall by a third because of the "
                    "drought.",
            lambda: f"The IMF approved a loan of {self.money()} to {c} to support its balance of payments.",
            lambda: f"{SPORTS_TEAMS[r.randrange(len(SPORTS_TEAMS))].capitalize()} of {c} arrived in {cap2} for a "
                    f"{r.randint(3, 10)}-day training camp.",
            lambda: f"About {self.figure(2, 90)} percent of households in rural {c} have no access to electricity, "
                    f"according to the World Bank.",
            lambda: f"Police in {cap} arrested {self.figure(3, 300)} protesters who had blocked the main road to the "
                    f"airport, witnesses said.",
            lambda: f"The {dem} government said it had vaccinated {self.figure(10000, 4000000)} children against "
                    f"measles since {MONTHS[r.randrange(12)]}.",
            lambda: f"Software developers in {cap} launched a mobile payment service that already has "
                    f"{self.figure(1000, 900000)} users.",
            lambda: f"Opposition parties called for a general strike, saying fuel prices had doubled in "
                    f"{r.randint(2, 11)} months.",
            lambda: f"The court adjourned the trial until {MONTHS[r.randrange(12)]} {r.randint(1, 28)} to allow the "
                    f"defence more time.",
            lambda: "Analysts said the decision was unlikely to change the government's course before the elections.",
            lambda: "The ministry did not respond to a request for comment.",
            lambda: "Talks are expected to resume next week.",
        )
        return templates[r.randrange(len(templates))]()

    # -- peacekeeping sentences of many shapes -------------------------------------------------------------
    def peacekeeping(self, published: date, mission: tuple[str, str, str, str]) -> str:
        r = self.r
        acr, name, host, town = mission
        c, dem, cap = self.country()
        kind = r.choice(PERSONNEL)
        n = self.figure(10, 3000)
        q = self.qualifier()
        unit = r.choice(UNITS)
        when = self.day(published)
        templates = (
            lambda: f"{c} has offered to send {q}{n} {kind} to the UN mission in {host}, diplomats said {when}.",
            lambda: f"{q.capitalize()}{n} {dem} {kind} are currently serving with {acr}.",
            lambda: f"{c} will deploy a {n}-strong {unit} to {acr} {when}, the defence ministry said.",
            lambda: f"The {name} ({acr}) took over from the previous force on {MONTHS[r.randrange(12)]} "
                    f"{r.randint(1, 28)}.",
            lambda: f"The Security Council extended the mandate of {acr} until {MONTHS[r.randrange(12)]} "
                    f"{published.year + 1}.",
            lambda: f"Two peacekeepers were killed and {self.figure(2, 12)} wounded when their convoy hit a mine near "
                    f"{town} {when}.",
            lambda: f"{c} withdrew its {n} {kind} from {acr} {when}, citing security concerns.",
            lambda: f"The first contingent of {q}{n} {dem} {kind} arrived in {town} {when}.",
            lambda: f"{c} currently has {q}{n} {kind} in UN peacekeeping missions around the world.",
            lambda: f"Since {r.randint(1990, 2010)}, {c} has sent more than {self.figure(1000, 40000)} {kind} to UN "
                    f"operations.",
            lambda: f"{acr} has an authorized strength of {self.figure(5000, 20000)} troops and "
                    f"{self.figure(500, 2000)} police.",
            lambda: f"\"Our {kind} in {host} are doing remarkable work,\" the {dem} ambassador said.",
            lambda: f"{c} pledged a {unit} and {n} {kind} for {acr} at the summit in {cap}.",
            lambda: f"The {dem} contingent with {acr} includes {n} {kind} and a {unit}.",
            lambda: f"Some {n} {kind} from {c} and {self.figure(10, 900)} from {self.country()[0]} will join the "
                    f"mission in {host} {when}.",
            lambda: f"{acr} peacekeepers evacuated {self.figure(20, 400)} civilians from {town} after the attack.",
            lambda: f"UN officials said the mission in {host} was still short of {q}{n} {kind} and "
                    f"{self.figure(2, 20)} helicopters.",
            lambda: f"{c} has between {n} and {self.figure(3001, 4000)} {kind} deployed with the {name}.",
            lambda: f"The UN force in {host}, which numbers {self.figure(3000, 15000)}, will be reinforced by a "
                    f"{dem} {unit} of {n} {kind}.",
            lambda: f"{dem} troop contributions to {acr} stood at {q}{n} {when}, down from "
                    f"{self.figure(3001, 6000)} a year earlier.",
            lambda: f"A {n}-member {dem} contingent is expected to rotate into {town} {when}.",
            lambda: f"{c} contributes {n} troops, {self.figure(10, 200)} police and {self.figure(2, 30)} military "
                    f"observers to peacekeeping operations.",
            lambda: f"The ministry of defence of {c} said it would keep its {unit} with {acr} until the end of the "
                    f"mandate.",
            lambda: f"Le Conseil de securite a renouvele le mandat de la {acr} jusqu'au 30 juin "
                    f"{published.year + 1}.",
        )
        return templates[r.randrange(len(templates))]()


def _paragraphs(w: Writer, n_sentences: int, published: date, mission, pk_share: float) -> list[str]:
    r = w.r
    sentences = [w.peacekeeping(published, mission) if mission and r.random() < pk_share else w.ordinary(published)
                 for _ in range(n_sentences)]
    paras, i = [], 0
    while i < len(sentences):
        k = r.randint(1, 4)
        paras.append(" ".join(sentences[i:i + k]))
        i += k
    return paras


# Share of peacekeeping sentences in the documents that concern a peace operation: (news, press release, report);
# in a dense corpus every document concerns one, and half of its sentences are about it.
PK_SHARES = {False: (0.3, 0.35, 0.12), True: (0.5, 0.5, 0.5)}


def news(w: Writer, published: date, mission, pk_share: float = 0.3) -> tuple[str, str]:
    r = w.r
    city = w.country()[2].upper()
    title = (f"{w.country()[0]} offers troops for {mission[0]}" if mission and r.random() < 0.5
             else f"{w.country()[0]} {r.choice(['budget vote', 'floods', 'election', 'rate decision', 'strike'])}")
    paras = _paragraphs(w, r.randint(8, 45), published, mission, pk_share=pk_share)
    paras[0] = f"{city}, {MONTHS[published.month - 1]} {published.day} ({r.choice(PUBLISHERS)}) - {paras[0]}"
    if r.random() < 0.5:
        paras.insert(r.randint(1, len(paras)), r.choice(["More From This Section", "Advertisement",
                                                          "Read more:", "Related coverage"]))
    return title, "\n".join(paras) + "\n"


def press_release(w: Writer, published: date, mission, pk_share: float = 0.35) -> tuple[str, str]:
    r = w.r
    number = f"SC/{r.randint(9000, 16000)}"
    title = f"Security Council Press Statement on {mission[2] if mission else w.country()[0]}"
    head = [f"{number}", f"{published.day} {MONTHS[published.month - 1]} {published.year}", "", title, ""]
    paras = _paragraphs(w, r.randint(10, 40), published, mission, pk_share=pk_share)
    return title, "\n".join(head + paras + ["", "* *** *"]) + "\n"


def report(w: Writer, published: date, mission, pk_share: float = 0.12) -> tuple[str, str]:
    """A PDF text layer: wrapped lines, footnote markers glued to words, running headers and page numbers."""
    r = w.r
    title = f"{w.country()[1]} Policy Review {published.year}/{r.randint(1, 40)}"
    paras = _paragraphs(w, r.randint(120, 900), published, mission, pk_share=pk_share)
    width = r.randint(88, 104)
    lines: list[str] = []
    note = 0
    for p in paras:
        words = p.split(" ")
        ends = [i for i, word in enumerate(words) if word[-1:] in ".,)"] or [len(words) - 1]
        for i in sorted(r.sample(ends, min(len(ends), r.randint(0, 2)))):
            note += 1  # a footnote marker glued to punctuation: "the country.12", "(MINUSMA),3 which"
            words[i] += str(note)
        lines.extend(" " + line + " " for line in textwrap.wrap(" ".join(words), width))
        lines.append(" ")
    out, page = [], 1
    for i in range(0, len(lines), 48):
        out.append(f"{title}".center(width))
        out.extend(lines[i:i + 48])
        out.append(f"Page {page}".rjust(width))
        out.append("\f" if r.random() < 0.3 else "")
        page += 1
    return title, "\n".join(out) + "\n"


def as_html(title: str, text: str, published: date) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            f"<meta property=\"article:published_time\" content=\"{published.isoformat()}\"></head>\n"
            f"<body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav>\n<article><h1>"
            f"{html.escape(title)}</h1>\n{body}\n</article>\n<footer>Copyright {published.year}</footer>"
            f"</body></html>\n")


def document(rng: random.Random, index: int, dense: bool = False) -> tuple[str, str, dict]:
    """One document: (file name, content, manifest row); ``dense``: one about a peace operation, dense in its
    language."""
    w = Writer(rng)
    published = date(2005, 1, 1) + timedelta(days=rng.randrange(20 * 365))
    about_mission = rng.random() < 0.35 or dense
    mission = rng.choice(MISSIONS) if about_mission else None
    shares = PK_SHARES[dense]
    roll = rng.random()
    if roll < 0.6:
        kind, (title, text) = "news", news(w, published, mission, shares[0])
    elif roll < 0.8:
        kind, (title, text) = "press release", press_release(w, published, mission, shares[1])
    else:
        kind, (title, text) = "report", report(w, published, mission, shares[2])
    name = f"doc{index:07d}"
    ext = ".txt"
    if kind == "news" and rng.random() < 0.1:
        text, ext = as_html(title, text, published), ".html"
    row = {"source_name": name, "file": f"docs/{index // 1000:04d}/{name}{ext}", "title": title,
           "publisher": rng.choice(PUBLISHERS), "url": f"https://example.org/{kind.replace(' ', '-')}/{name}",
           "published_date": published.isoformat(), "date_precision": "day", "language": "en",
           "notes": f"synthetic {kind}"}
    return row["file"], text, row


MANIFEST_COLUMNS = ("source_name", "file", "title", "publisher", "url", "published_date", "date_precision",
                    "language", "notes")


def make_corpus(out: Path, megabytes: float | None = None, documents: int | None = None, seed: int = 5,
                start: int = 0, dense: bool = False) -> tuple[int, int]:
    """Write documents ``start``, ``start+1``... until ``megabytes`` of text or ``documents`` files, and the manifest.

    Document ``i`` depends only on ``seed`` and ``i``, so a larger corpus extends a smaller one and one more
    document can be added to an existing corpus (``start=N, documents=1``). ``dense``: every document about a peace
    operation (see the module's docstring). Returns (documents, bytes) written.
    """
    if megabytes is None and documents is None:
        raise ValueError("give megabytes or documents")
    out.mkdir(parents=True, exist_ok=True)
    manifest = out / "manifest.csv"
    rows = []
    if start and manifest.exists():
        with manifest.open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
    limit = int(megabytes * 1_000_000) if megabytes is not None else None
    n_bytes = 0
    i = start
    while (limit is None or n_bytes < limit) and (documents is None or i - start < documents):
        rel, text, row = document(random.Random(f"{seed}:{i}"), i, dense)
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        n_bytes += len(data)
        rows.append(row)
        i += 1
    with manifest.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return i - start, n_bytes


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size = p.add_mutually_exclusive_group(required=True)
    size.add_argument("--mb", type=float, help="write documents until this many megabytes of text")
    size.add_argument("--docs", type=int, help="write this many documents")
    p.add_argument("--out", type=Path, default=Path("bench/corpus"))
    p.add_argument("--seed", type=int, default=5)
    p.add_argument("--start", type=int, default=0,
                   help="index of the first document; >0 appends to the folder's manifest")
    p.add_argument("--dense", action="store_true",
                   help="every document about a peace operation, half of its sentences in its language")
    p.add_argument("--clean", action="store_true", help="remove the output folder first")
    args = p.parse_args(argv)
    if args.clean and args.out.exists():
        shutil.rmtree(args.out)
    n, n_bytes = make_corpus(args.out, args.mb, args.docs, args.seed, args.start, args.dense)
    print(f"wrote {n} documents, {n_bytes / 1e6:.1f} MB, into {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
