"""Numbers that only look like a clock or a duration (phrase layer):

- Polish "o" + a spelled cardinal alone is a count ("poinformowała o dwóch
  naruszeniach"): the Polish hour is told by an ordinal or digits ("o 2 w nocy", "o
  21.40" stay times) — [at_style] spelled_count;
- Portuguese "às 23h10 e às 23h45": the second time keeps its own "às" ("e às" is no
  longer one joining word; "entre as 14h e as 15h" stays one span);
- "for the forty-second time": a unit word that is also an ordinal ("second") hyphened
  to a word of tens after "the" is the ordinal (42nd), no 40 seconds;
- "the ratio stood at 1.25": a number with the decimal point after "at" right after a
  word of a level ([at_style] level) is that level, no 01:25.
"""

from __future__ import annotations

import pytest

import incidents

REF = "2025-10-29"


def _kinds(text: str, lang: str, kind: str) -> list[tuple[str, object]]:
    return [
        (m.text, m.value) for m in incidents.mentions(text, lang=lang, reference_date=REF) if m.kind == kind
    ]


@pytest.mark.parametrize(
    ("lang", "text", "times"),
    [
        # a spelled cardinal after Polish "o" is a count
        ("pl", "Dowództwo poinformowało o dwóch naruszeniach przestrzeni powietrznej.", []),
        ("pl", "Rzecznik mówił o trzech dronach nad Podlasiem.", []),
        ("pl", "Wojsko wspomniało o czterech balonach nad Suwałkami.", []),
        ("pl", "Ministerstwo poinformowało o pięciu śmigłowcach przy granicy.", []),
        # digits after "o" stay times
        ("pl", "Dron wleciał o 2 w nocy nad Białowieżą.", [("o 2 w nocy", "02:00")]),
        ("pl", "Balon przekroczył granicę o 21.40.", [("o 21.40", "21:40")]),
        # Portuguese: the second time keeps its "às"
        (
            "pt",
            "O drone foi avistado às 23h10 e às 23h45 perto de Chaves.",
            [("às 23h10", "23:10"), ("às 23h45", "23:45")],
        ),
        ("pt", "Os caças descolaram às 6h05 e às 6h40.", [("às 6h05", "06:05"), ("às 6h40", "06:40")]),
        (
            "pt",
            "Radares detetaram o balão às 14:20 e às 15:05.",
            [("às 14:20", "14:20"), ("às 15:05", "15:05")],
        ),
        ("pt", "O helicóptero sobrevoou a vila entre as 9h e as 10h.", [("entre as 9h e as 10h", "09:00")]),
        # en/fr controls: the same lists keep their leads
        (
            "en",
            "The drone was seen at 23:10 and at 23:45 near Narva.",
            [("at 23:10", "23:10"), ("at 23:45", "23:45")],
        ),
        (
            "fr",
            "Le drone a été vu à 23h10 et à 23h45 près de Narva.",
            [("à 23h10", "23:10"), ("à 23h45", "23:45")],
        ),
        # a level after "at"
        ("en", "The ratio stood at 1.25 at the end of the quarter.", []),
        ("en", "Losses were estimated at 2.40 per cent of output.", []),
        ("en", "The index peaked at 3.15 in spring.", []),
        ("en", "Turnover was valued at 4.50 in the last report.", []),
        # times after "at" without such a word stay times
        ("en", "The drone crossed the border at 9.40 near Narva.", [("at 9.40", "09:40")]),
        ("en", "The patrol left at 6.45.", [("at 6.45", "06:45")]),
        ("fr", "Le drone a franchi la frontière à 9.40.", [("à 9.40", "09:40")]),
        ("fr", "Le taux s'est établi à 1,25 à la fin du trimestre.", []),
        ("fr", "Les pertes ont été estimées à 2,40 pour cent.", []),
        ("fr", "L'indice a culminé à 3,15 au printemps.", []),
    ],
)
def test_times(lang: str, text: str, times: list[tuple[str, object]]) -> None:
    assert _kinds(text, lang, "time") == times


@pytest.mark.parametrize(
    ("lang", "text", "durations"),
    [
        ("en", "Russian jets crossed the line for the forty-second time this year.", []),
        ("en", "It was the twenty-second violation since spring.", []),
        ("en", "Officials counted the thirty-second overflight of the island.", []),
        ("en", "For the fifty-second time, the balloon drifted over the border.", []),
        # a duration stays one
        ("en", "The drone hovered for forty seconds over the base.", [("for forty seconds", 40.0)]),
        ("en", "The incursion lasted forty-two seconds.", [("lasted forty-two seconds", 42.0)]),
        ("fr", "Le drone est resté quarante secondes au-dessus de la base.", [("quarante secondes", 40.0)]),
        ("fr", "C'était la quarante-deuxième violation cette année.", []),
    ],
)
def test_durations(lang: str, text: str, durations: list[tuple[str, object]]) -> None:
    assert _kinds(text, lang, "duration") == durations
