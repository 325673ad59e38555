"""The denier as the accused violator in the languages beyond English and French (the
EN/FR table is ``tests/incident/denier_as_violator.toml``): a state or a state's
authority denying that a crossing into ANOTHER state's airspace took place is the one
accused of it; a state denying a crossing of its own airspace is the violated one."""

from __future__ import annotations

import pytest

import incidents

ROWS: list[tuple[str, str, str | None, str]] = [
    (
        "de",
        "Das belarussische Verteidigungsministerium bestritt, dass zwei Hubschrauber am Montag "
        "den litauischen Luftraum verletzt hätten.",
        "BY",
        "LT",
    ),
    (
        "es",
        "El Gobierno de Honduras negó que una avioneta militar hubiera sobrevolado territorio "
        "guatemalteco el martes.",
        "HN",
        "GT",
    ),
    ("pt", "A Venezuela negou ter violado o espaço aéreo da Guiana com dois caças Su-30.", "VE", "GY"),
    ("it", "Minsk ha smentito che un elicottero abbia violato lo spazio aereo lituano lunedì.", "BY", "LT"),
    (
        "ru",
        "В Минобороны Белоруссии опровергли, что два вертолёта нарушили воздушное пространство Литвы.",
        "BY",
        "LT",
    ),
    ("pl", "Mińsk zaprzeczył, jakoby dwa śmigłowce naruszyły litewską przestrzeń powietrzną.", "BY", "LT"),
    ("uk", "У Мінську заперечили, що гелікоптер порушив повітряний простір Литви.", "BY", "LT"),
    # negatives: the denier names its own airspace
    (
        "de",
        "Die polnische Armee bestritt, dass eine Drohne den polnischen Luftraum verletzt habe.",
        None,
        "PL",
    ),
    ("es", "El Ejército polaco negó que un dron hubiera violado el espacio aéreo polaco.", None, "PL"),
    (
        "ru",
        "В Минобороны Польши опровергли, что беспилотник нарушил воздушное пространство Польши.",
        None,
        "PL",
    ),
]


@pytest.mark.parametrize(("lang", "text", "violator", "violated"), ROWS)
def test_denier(lang: str, text: str, violator: str | None, violated: str) -> None:
    recs = [r.to_dict() for r in incidents.parse(text, lang=lang, reference_date="2025-05-16").incidents]
    assert len(recs) == 1, recs
    assert recs[0]["certainty"] == "denied"
    assert (recs[0]["violator_state"], recs[0]["violated_state"]) == (violator, violated)
