"""The benchmark corpora: our samples and template reports, or real reports, at any size.

``corpus(size)`` is deterministic. One unit (``size=1``) is the texts of
``samples/*/*.json`` plus as many reports written from the templates below; at
``size=N`` the samples come back N times, each copy with its reference date moved
(so date resolution is not served from a cache), and every template report is new.
``python benchmarks/corpus.py 10 > corpus.jsonl`` writes a corpus as a batch file.

``real_corpus(size)`` is the other corpus: the 160 reports of ``real/reports.jsonl``
(80 English, 80 French), written by hand as a news wire or a defence ministry would
(not from templates, so phrases repeat no more than in a feed). At ``size=N`` each
report comes back N times, each copy with its reference date moved by
``REAL_SHIFT_DAYS`` more days (the text is the same: only 1x shows every text once).
``python benchmarks/corpus.py 10 real`` writes it.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = Path(__file__).resolve().parent / "real" / "reports.jsonl"
#: Days the reference date of a real report moves per copy.
REAL_SHIFT_DAYS = 3


@dataclass(frozen=True)
class Doc:
    id: str
    lang: str
    text: str
    reference_date: str | None

    def to_json(self) -> str:
        obj = {"id": self.id, "text": self.text, "lang": self.lang, "reference_date": self.reference_date}
        return json.dumps(obj, ensure_ascii=False)


# (violator, violated) as the words each template needs
PAIRS = {
    "en": [
        ("Russian", "Estonian", "Estonia", "Saaremaa"),
        ("Russian", "Finnish", "Finland", "Porvoo"),
        ("Chinese", "Japanese", "Japan", "Okinawa"),
        ("Belarusian", "Polish", "Poland", "Bialowieza"),
        ("Russian", "Lithuanian", "Lithuania", "Druskininkai"),
        ("Chinese", "Taiwanese", "Taiwan", "Kinmen"),
    ],
    "fr": [
        ("russe", "estonien", "l'Estonie", "Saaremaa"),
        ("russe", "finlandais", "la Finlande", "Porvoo"),
        ("chinois", "japonais", "le Japon", "Okinawa"),
        ("bélarusse", "polonais", "la Pologne", "Białowieża"),
        ("russe", "lituanien", "la Lituanie", "Druskininkai"),
        ("russe", "letton", "la Lettonie", "Rēzekne"),
    ],
}
MODELS = ["Su-27", "Su-24", "MiG-31", "Il-20", "Mi-8", "Y-9", "An-26", "Tu-22M3"]
EN_NUMBERS = ["Two", "Three", "Four", "A pair of", "Several"]
FR_NUMBERS = ["Deux", "Trois", "Quatre", "Plusieurs"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre"]

TEMPLATES = {
    "en": [
        "{num} {vio} {model} fighter jets violated {ved} airspace near {place} on {day}, flying about "
        "{km} kilometres into its territory, the {ved} Defence Ministry said.",
        "A {vio} {model} reconnaissance aircraft entered {ved} airspace at {hh}:{mm} local time and "
        "stayed there for {mins} minutes, according to the armed forces of {state}.",
        "The {ved} military said a {vio} helicopter crossed the border for less than a minute on "
        "{month} {dom}, at an altitude of about {ft} feet.",
        "{vio} drones were spotted near the border twice last week, officials in {state} said.",
        "The ministry summoned the {vio} ambassador to protest against the incident.",
        "Weather over the Baltic Sea was calm and no shots were fired, the spokesman added.",
        "Talks on the matter are expected to resume in {month}.",
    ],
    "fr": [
        "{num} avions de chasse {vio} {model} ont violé {day} vers {hh} h {mm} l'espace aérien "
        "{ved} près de {place}, a annoncé l'armée.",
        "Un hélicoptère {vio} a pénétré d'environ {km} kilomètres dans l'espace aérien de {state} et "
        "y est resté près de {mins} minutes.",
        "Selon le ministère de la Défense, un avion de reconnaissance {vio} a franchi la frontière "
        "le {dom} {month} à une altitude de {ft} pieds.",
        "Des drones {vio}s ont été aperçus à plusieurs reprises près de la frontière, selon les autorités.",
        "Le ministère a convoqué l'ambassadeur {vio} pour protester contre cette violation.",
        "La météo était calme et aucun tir n'a eu lieu, a ajouté le porte-parole.",
        "Les discussions doivent reprendre en {month}.",
    ],
}


def load_samples() -> list[Doc]:
    docs = []
    for path in sorted((ROOT / "samples").glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        docs.append(Doc(str(data["id"]), data["lang"], data["text"], data.get("reference_date")))
    return docs


def template_report(rng: random.Random, lang: str, ident: str) -> Doc:
    vio, ved, state, place = rng.choice(PAIRS[lang])
    en = lang == "en"
    slots = {
        "num": rng.choice(EN_NUMBERS if en else FR_NUMBERS),
        "vio": vio,
        "ved": ved,
        "state": state,
        "place": place,
        "model": rng.choice(MODELS),
        "day": rng.choice(EN_DAYS if en else FR_DAYS),
        "month": rng.choice(EN_MONTHS if en else FR_MONTHS),
        "dom": rng.randint(1, 28),
        "hh": rng.randint(0, 23),
        "mm": f"{rng.randint(0, 59):02d}",
        "km": rng.choice(["1", "2", "3", "1.5" if en else "1,5", "12"]),
        "mins": rng.randint(1, 20),
        "ft": rng.choice(["3,000", "12,000", "25 000"] if en else ["3 000", "12 000", "800"]),
    }
    templates = TEMPLATES[lang]
    lead = rng.randrange(3)  # every report opens with an incident sentence
    rest = rng.sample(range(3, len(templates)), rng.randint(1, 3))
    text = " ".join(templates[i].format(**slots) for i in [lead, *rest])
    ref = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(1200))
    return Doc(ident, lang, text, ref.isoformat())


def corpus(size: int, start: int = 0, seed: int = 20240510) -> list[Doc]:
    """``size`` units of samples and template reports, always the same for a size.

    ``start`` numbers the first unit: ``corpus(10, start=10)`` is another corpus of
    the same size and make-up (for repeated timings that find no warm cache).
    """
    return list(iter_corpus(size, start, seed))


def iter_corpus(size: int, start: int = 0, seed: int = 20240510) -> Iterator[Doc]:
    samples = load_samples()
    if not samples:
        raise SystemExit("bench: no samples found under samples/")
    rng = random.Random(seed + start)
    for copy in range(start, start + size):
        for d in samples:
            ref = d.reference_date
            if ref and copy:
                ref = (dt.date.fromisoformat(ref) + dt.timedelta(days=copy)).isoformat()
            yield Doc(f"{d.id}#{copy}", d.lang, d.text, ref)
        for k in range(len(samples)):
            yield template_report(rng, "en" if k % 2 else "fr", f"tpl-{copy}-{k}")


def load_real() -> list[Doc]:
    docs = []
    with REAL.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                data = json.loads(line)
                docs.append(Doc(data["id"], data["lang"], data["text"], data.get("reference_date")))
    return docs


def real_corpus(size: int, start: int = 0, seed: int = 0) -> list[Doc]:
    """``size`` copies of the real reports; ``start`` numbers the first copy, as in
    ``corpus`` (``seed`` is unused: the corpus is fixed)."""
    return list(iter_real(size, start))


def iter_real(size: int, start: int = 0) -> Iterator[Doc]:
    reports = load_real()
    for copy in range(start, start + size):
        for d in reports:
            ref = d.reference_date
            if ref and copy:
                ref = (dt.date.fromisoformat(ref) + dt.timedelta(days=REAL_SHIFT_DAYS * copy)).isoformat()
            yield Doc(f"{d.id}#{copy}", d.lang, d.text, ref)


#: The corpora by name (``bench.py --corpus``): each ``(size, start=0) -> list[Doc]``.
CORPORA = {"templates": corpus, "real": real_corpus}


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    kind = sys.argv[2] if len(sys.argv) > 2 else "templates"
    for doc in iter_real(size) if kind == "real" else iter_corpus(size):
        print(doc.to_json())
