"""A prime glued to digits is feet ("1,500' AGL", "800′ MSL", "between 500' and 900'"):
not where it closes a quotation opened with a single mark ("the 'Zapad 2025' drill"),
nor as minutes of arc after degrees ("54° 12' N"), nor after a designator's digits
("'Orlan-10'"), nor in "the 1990's". French reads
the mark too ("à 1 500' sol"). A double prime is inches ("a 12'' pod", "20″")."""

from __future__ import annotations

import pytest

from tests.phrases import values_of

FT = 0.3048


@pytest.mark.parametrize(
    ("lang", "text", "distances"),
    [
        ("en", "The helicopter crossed at 1,500' AGL.", [pytest.approx(1500 * FT)]),
        ("en", "A drone was seen at 800′ MSL near the base.", [pytest.approx(800 * FT)]),
        ("en", "The balloon descended to 3000'.", [pytest.approx(3000 * FT)]),
        ("en", "The glider flew between 500' and 900' AGL.", [pytest.approx(900 * FT)]),
        # a double prime is inches
        ("en", "The drone carried a 12'' camera pod.", [pytest.approx(12 * 0.0254)]),
        ("en", "Its rotor is 20″ across.", [pytest.approx(20 * 0.0254)]),
        ("en", "Troops rehearsed the 'Northern Shield 2025' drill.", []),
        ("en", "The drone was last seen at 54° 12' N.", []),
        ("en", "A Russian 'Orlan-10' drone crossed the border.", []),
        ("en", "Such flights were rare in the 1990's.", []),
        ("fr", "L'hélicoptère est passé à 1 500' sol.", [pytest.approx(1500 * FT)]),
        ("fr", "Un drone a été vu à 800′ au-dessus de la base.", [pytest.approx(800 * FT)]),
        ("fr", "Le planeur volait à 2 000' au-dessus de la mer.", [pytest.approx(2000 * FT)]),
        ("fr", "L'exercice 'Bouclier 2025' a commencé.", []),
    ],
)
def test_feet_prime(lang: str, text: str, distances: list[object]) -> None:
    assert values_of(text, lang, "distance") == distances
