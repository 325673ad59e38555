"""An aircraft named with a state's flag carrier belongs to that state ([ac_operator],
keyed by ISO code; [ac_carrier] the word of an airline before its name): "a Belavia
airliner", "a plane operated by Aeroflot", "un avion de la compagnie Belavia" (tables
of our own phrases). An airline named apart from an aircraft gives no state to it."""

from __future__ import annotations

from typing import Any

import pytest
from phrases import fields_of


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "A Belavia airliner was diverted to Vilnius.", [("airplane", "BY")]),
        ("en", "An Aeroflot plane turned back over the sea.", [("airplane", "RU")]),
        ("en", "A jet operated by Finnair was delayed.", [("airplane", "FI")]),
        ("en", "An airliner of the national carrier Aeroflot landed late.", [("airplane", "RU")]),
        ("en", "Two Turkish Airlines jets circled the airport.", [("airplane", "TR")]),
        ("fr", "Un avion de la compagnie Belavia a été dérouté.", [("airplane", "BY")]),
        ("fr", "Un appareil d'Aeroflot a fait demi-tour.", [("airplane", "RU")]),
        ("fr", "Un avion appartenant à Finnair a atterri.", [("airplane", "FI")]),
        ("fr", "Deux avions de la compagnie nationale Air Serbia ont atterri.", [("airplane", "RS")]),
        # negatives: the airline apart from the aircraft, a word that only looks like one
        ("en", "Belavia said a plane had been diverted.", [("airplane", None)]),
        ("en", "The plane landed after Aeroflot cancelled its flights.", [("airplane", None)]),
        ("en", "A plane of the airline landed late.", [("airplane", None)]),
        ("fr", "Selon Belavia, un avion a été dérouté.", [("airplane", None)]),
        ("fr", "Un avion de la compagnie a été dérouté.", [("airplane", None)]),
    ],
)
def test_flag_carrier_owner(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert fields_of(text, lang, "aircraft", "state") == expected
