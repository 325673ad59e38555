"""The phrase transforms raise nothing but their refusals (``Reject``), and the
installed wheel, whose transforms mypyc compiles, reads phrases as these sources do.

A compiled method checks its annotations at run time: one that says ``Num`` but is
handed a digits token raises TypeError, which the scanner took for a refused reading
("2 hundred and 15" read as 200 and 15 by the wheel only). With the scanner's STRICT
(``INCIDENTS_STRICT=1``) such an error is raised instead. And mypyc compiled
``isinstance(x, _State)`` as a check for ``_State`` exactly, false for its subclass
``_Held`` ("Russian-occupied Crimea" lost its state, or the phrase raised).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_packaging import ROOT, installed_compiled_or_skip

import incidents
import incidents.scanner

#: (lang, text): numbers joined by "and" to digits or words, fractions, ranges, clocks,
#: dates, quantities and aircraft, in several languages
PHRASES = [
    ("en", "They counted 2 hundred and 15 flares over the bay."),
    ("en", "Some 4 thousand 6 hundred and 9 people were moved."),
    ("en", "one hundred and 7 balloons, then three hundred and forty"),
    ("en", "a million and a half, two and three quarters, 5 and a half hours"),
    ("en", "between 6 and 8 drones, 3-5 jets, twelve dozen shells"),
    ("en", "At 9:45 pm on 3 March 2024 a Su-30 flew 14 km into the zone at 2,500 ft."),
    ("en", "The two helicopters stayed for twenty minutes at about 300 metres."),
    ("en", "on the 21st of May, at half past seven, for an hour and a quarter"),
    ("fr", "Ils ont vu 5 cents et 12 ballons au-dessus du port."),
    ("fr", "deux mille 4 cents et 30 personnes, trois cents et un avions"),
    ("fr", "deux heures et quart, un million et demi, quatre et demi milliards"),
    ("fr", "Le 14 juillet 2023 vers 22 h 15, deux Rafale ont volé à 3 000 mètres."),
    ("fr", "entre trois et cinq drones, pendant une demi-heure, à 12 km de la côte"),
    # a place's holder ("Turkish-held", "administered by Japan"): _Held, a subclass of
    # _State, which compiled isinstance once took for no state
    ("en", "Two fighters crossed into Russian-occupied Crimea at dawn."),
    ("en", "A drone hovered over the Chinese-held island of Ruvo."),
    ("en", "Balloons drifted over the islets administered by Japan."),
    ("fr", "Un drone a survolé la ville sous contrôle turc."),
    ("fr", "Deux avions ont longé les îles administrées par la Chine."),
    ("de", "Am 2. April um 14:30 Uhr flogen zwei Drohnen 5 Kilometer weit."),
    ("es", "El 9 de junio, a las 23:10, tres aviones a 800 metros durante 10 minutos."),
    ("it", "Il 4 agosto alle 6:20 due elicotteri a 1.200 metri per mezz'ora."),
    ("pt", "Em 11 de outubro, às 17h05, quatro drones a 2 quilômetros."),
    ("pl", "15 marca o 8:40 dwa śmigłowce na wysokości 500 metrów przez kwadrans."),
    ("ru", "3 мая в 19:15 два вертолёта на высоте 700 метров в течение 20 минут."),
    ("uk", "7 червня о 10:50 три дрони на висоті 400 метрів протягом години."),
]


def _mentions(lang: str, text: str) -> list[list[object]]:
    found = incidents.mentions(text, lang=lang)
    return [[m.kind, m.text, list(m.span), m.value, m.unit, m.extra] for m in found]


def test_phrases_raise_only_refusals(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(incidents.scanner, "STRICT", True)
    for lang, text in PHRASES:
        _mentions(lang, text)  # raises what a transform raises other than Reject


def test_strict_raises_a_transformer_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    """STRICT lets through what is not a refusal (here a method's TypeError)."""
    from incidents.transform.numbers import NumberT

    def broken(self: NumberT, items: list[object]) -> object:
        raise TypeError("a transformer bug")

    monkeypatch.setattr(NumberT, "n_and", broken)
    monkeypatch.setattr(incidents.scanner, "STRICT", False)
    # (phrases of their own: a phrase's value, or its refusal, is memoised)
    found = incidents.mentions("They counted 2 hundred and 17 flares.", lang="en")
    assert 217 not in [m.value for m in found]  # refused, quietly
    monkeypatch.setattr(incidents.scanner, "STRICT", True)
    with pytest.raises(TypeError, match="a transformer bug"):
        incidents.mentions("They counted 2 hundred and 19 flares.", lang="en")


DUMP = """
import json, sys, incidents, incidents.transform.numbers
print(incidents.transform.numbers.__file__)
for lang, text in json.loads(sys.stdin.read()):
    ms = incidents.mentions(text, lang=lang)
    rows = [[m.kind, m.text, list(m.span), m.value, m.unit, m.extra] for m in ms]
    print(json.dumps(rows, ensure_ascii=False, sort_keys=True, default=str))
"""


def test_installed_compiled_transforms_read_as_the_sources(tmp_path: Path) -> None:
    installed_compiled_or_skip("transform", "the installed wheel's phrase transforms are not compiled")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["INCIDENTS_STRICT"] = "1"
    run = [sys.executable, "-c", DUMP]
    given = json.dumps(PHRASES)
    kw = {"env": env, "input": given, "capture_output": True, "text": True, "timeout": 300}
    installed = subprocess.run(run, cwd=tmp_path, **kw)  # type: ignore[call-overload]
    sources = subprocess.run(run, cwd=ROOT, **kw)  # type: ignore[call-overload]
    assert installed.returncode == 0, installed.stderr
    assert sources.returncode == 0, sources.stderr
    compiled_at, compiled_out = installed.stdout.split("\n", 1)
    source_at, source_out = sources.stdout.split("\n", 1)
    assert compiled_at.endswith((".so", ".pyd")) and source_at.endswith(".py")
    assert compiled_out == source_out
