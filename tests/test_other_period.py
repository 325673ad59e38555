"""A crossing told in a month of its own that does not hold the day of the crossing
told before it is another crossing, in the languages beyond English and French (the
EN/FR table is ``tests/incident/month_of_another_crossing.toml``)."""

from __future__ import annotations

import pytest

import incidents

ROWS: list[tuple[str, str, list[tuple[str | None, int | str | None]]]] = [
    (
        "de",
        "Ein russischer Kampfjet verletzte am Montag den lettischen Luftraum. Im August 2023 "
        "verletzten russische Flugzeuge dreimal den lettischen Luftraum.",
        [("2025-03-10", None), ("2023-08-01", 3)],
    ),
    (
        "es",
        "Un caza ruso violó el lunes el espacio aéreo letón. En agosto de 2023, aviones rusos "
        "violaron tres veces el espacio aéreo letón.",
        [("2025-03-10", None), ("2023-08-01", 3)],
    ),
    (
        "it",
        "Un caccia russo ha violato lunedì lo spazio aereo lettone. Nell'agosto 2023 aerei russi "
        "hanno violato tre volte lo spazio aereo lettone.",
        [("2025-03-10", None), ("2023-08-01", 3)],
    ),
    (
        "pt",
        "Um caça russo violou na segunda-feira o espaço aéreo da Letônia. Em agosto de 2023, aviões "
        "russos violaram três vezes o espaço aéreo letão.",
        [("2025-03-10", None), ("2023-08-01", 3)],
    ),
    (
        "ru",
        "Российский истребитель в понедельник нарушил воздушное пространство Латвии. В августе 2023 "
        "года российские самолёты три раза нарушали воздушное пространство Латвии.",
        [("2025-03-10", None), ("2023-08-01", 3)],
    ),
    (
        "pl",
        "Rosyjski myśliwiec naruszył w poniedziałek przestrzeń powietrzną Łotwy. W sierpniu 2023 "
        "roku rosyjskie samoloty trzykrotnie naruszały łotewską przestrzeń powietrzną.",
        [("2025-03-10", None), ("2023-08-01", 3)],
    ),
    (
        "uk",
        "Російський винищувач у понеділок порушив повітряний простір Латвії. У серпні 2023 року "
        "російські літаки тричі порушували повітряний простір Латвії.",
        [("2025-03-10", None), ("2023-08-01", 3)],
    ),
    # negative: the month holds the day told before
    (
        "de",
        "Ein russischer Kampfjet verletzte am 10. März den lettischen Luftraum. Im März drang das "
        "Flugzeug zwei Minuten lang in den lettischen Luftraum ein.",
        [("2025-03-10", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), ROWS)
def test_other_period(lang: str, text: str, want: list[tuple[str | None, int | str | None]]) -> None:
    recs = [r.to_dict() for r in incidents.parse(text, lang=lang, reference_date="2025-03-14").incidents]
    assert [(r["date"], r["repetitions"]) for r in recs] == want
