"""``FROM_CUE``: a state told as where the aircraft came from (German "Drohnen aus
Belarus sind ... geflogen") is not who sent them, though it stands before the verb of
sending. A toy language from a temporary folder, with and without the class."""

from __future__ import annotations

from pathlib import Path

import toylang

FILES = {
    "zz.toml": """
[format]
decimal = ","

[n_digit]
2 = ["du"]

""",
    "zz.incident.toml": """
[ac_cat_pl]
drone = ["virabeloj"]

[zone]
airspace = ["aerspaco"]

[v_move]
fly = ["flugis"]

[into_cue]
into = ["en"]

{from_cue}
""",
    "zz.places.toml": """
[state]
BY = ["Belaruso"]

[demonym]
PL = ["pola"]
""",
}

TEXTS = [
    "Belaruso flugis du virabeloj en pola aerspaco.",
    "Du virabeloj el Belaruso flugis en pola aerspaco.",
]


def _violators(tmp_path: Path, from_cue: str) -> list[list[object]]:
    toylang.write(tmp_path, {name: text.replace("{from_cue}", from_cue) for name, text in FILES.items()})
    return [[r["violator_state"] for r in rs] for rs in toylang.records(tmp_path, TEXTS)]


def test_a_state_after_a_from_word_is_no_sender(tmp_path: Path) -> None:
    assert _violators(tmp_path, '[from_cue]\nfrom = ["el"]') == [["BY"], [None]]


def test_without_the_class_it_is_the_sender(tmp_path: Path) -> None:
    assert _violators(tmp_path, "") == [["BY"], ["BY"]]
