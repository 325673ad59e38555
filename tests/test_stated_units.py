"""Units whose number is kept as stated: a heading or an angle in degrees ("heading
270°", "cap au 270°") and a share in percent are quantities with their number and unit
(no longer without a value); a Mach number written "M0.85" (one letter glued to a
decimal number) is a Mach speed, kept as stated, while "M2" or "M1 Abrams" are names
of arms and "5 M" a count in millions."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _of(text: str, lang: str, kind: str) -> list[tuple[Any, ...]]:
    return [(m.value, m.unit) for m in incidents.mentions(text, lang=lang) if m.kind == kind]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The intruder turned onto heading 270° and left.", [(270, "degree")]),
        ("en", "It banked 45 degrees towards the coast.", [(45, "degree")]),
        ("en", "The contact held bearing 090° for a minute.", [(90, "degree")]),
        ("fr", "L'avion a pris le cap au 270° vers la mer.", [(270, "degree")]),
        ("fr", "Il a viré de 30 degrés vers l'est.", [(30, "degree")]),
        ("fr", "Le trafic a baissé de 12 % cette année.", [(12, "percent")]),
        ("en", "Several degrees of freedom remain.", [(None, None)]),
    ],
)
def test_stated_units(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _of(text, lang, "quantity") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The jet was cruising at M0.85 over the sea.", [(0.85, "mach")]),
        ("en", "Its speed rose to M1.6 at FL350.", [(1.6, "mach")]),
        ("en", "The interceptor reached M0.92 on the climb.", [(0.92, "mach")]),
        ("fr", "Le chasseur volait à M0,9 au-dessus de la mer.", [(0.9, "mach")]),
        ("fr", "Le bombardier a accéléré jusqu'à M1,2.", [(1.2, "mach")]),
        ("fr", "L'appareil croisait à M0,78.", [(0.78, "mach")]),
        # a whole part of 2 or 3 after "M" is no area ("m2", "m3") before a decimal part
        ("en", "The interceptor reached M2.2 on the climb.", [(2.2, "mach")]),
        ("fr", "Le MiG-31 volait à M2,3.", [(2.3, "mach")]),
        # one letter, no decimal number glued: no Mach
        ("en", "The gunner fired an M2 machine gun.", []),
        ("en", "Two M1 Abrams tanks crossed the bridge.", []),
        ("en", "The ministry spent 5 M euros on radars.", []),
        ("fr", "Le soldat portait un M2.", []),
    ],
)
def test_mach_letter(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _of(text, lang, "speed") == expected
