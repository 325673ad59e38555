"""Words at the edge of a phrase. A dash opening the text, then a space, is a minus
sign before a bare number ("- 10 k", "- 1.200.000") but a list's bullet before a number
followed by a word: a day ("- 4 March: ...", "- 12 mars – ..."), a count ("- 2 drones
..."). A particle hyphened after a day ("ce jour-là") makes it a day told before."""

from __future__ import annotations

import pytest

import incidents


@pytest.mark.parametrize(
    ("lang", "text", "kind", "told"),
    [
        ("en", "- 4 March: a drone crossed into Latvia.", "date", ["4 March"]),
        ("en", "- 2 drones were seen near the border.", "number", ["2"]),
        ("en", "- 12 Feb – Romania reported a drone.", "date", ["12 Feb"]),
        ("fr", "- 4 mars : un drone est entré en Lettonie.", "date", ["4 mars"]),
        ("fr", "- 3 drones ont été vus près de la frontière.", "number", ["3"]),
        ("fr", "- 12 février – la Roumanie a signalé un drone.", "date", ["12 février"]),
        # a sign still: a bare number or one with a one-letter multiplier
        ("en", "- 10  k", "number", ["- 10  k"]),
        ("fr", "- 1.200.000", "number", ["- 1.200.000"]),
        ("en", "- 7", "number", ["- 7"]),
    ],
)
def test_bullet_not_sign(lang: str, text: str, kind: str, told: list[str]) -> None:
    assert [m.text for m in incidents.mentions(text, lang=lang) if m.kind == kind] == told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Deux drones ont violé l'espace aérien cette nuit-là.", []),
        ("Ce jour-là, un drone a survolé la ville.", []),
        ("ce soir-là", []),
        ("Deux drones ont violé l'espace aérien cette nuit.", ["cette nuit"]),
        ("hier soir", ["hier soir"]),
    ],
)
def test_distal_day_is_no_report_day(text: str, told: list[str]) -> None:
    """French "ce jour-là", "cette nuit-là" point back at a day told before: no day of
    the report's ("cette nuit", "hier soir" stay)."""
    assert [m.text for m in incidents.mentions(text, lang="fr") if m.kind == "date"] == told
