"""``NEG_AFTER_CUE``: a negation that closes the clause after its verb (German
"verletzte den Luftraum nicht") blocks the crossing; after a noun only the forms keyed
"none" do ("eine Verletzung habe es nicht gegeben"). A toy language from a temporary
folder of data files, with and without the class."""

from __future__ import annotations

from pathlib import Path

import toylang

FILES = {
    "zz.toml": """
[format]
decimal = ","

[n_digit]
1 = ["un"]

""",
    "zz.incident.toml": """
[ac_cat]
drone = ["virabelo"]

[ac_adj]
military = ["ne identigita"]

[zone]
airspace = ["aerspaco"]

[v_violate]
violate = ["malobservis"]

[v_noun]
violation = ["malobservo"]

{neg_after}
""",
    "zz.places.toml": """
[demonym]
RU = ["rusa"]
EE = ["estona"]
""",
}

NEG_AFTER = """
[neg_after_cue]
not = ["ne"]
none = ["ne okazis"]
"""

TEXTS = [
    # negated after the verb; after it, but past the comma; inside a phrase
    "Un rusa virabelo malobservis la estona aerspaco ne.",
    "Un rusa virabelo malobservis la estona aerspaco, la armeo ne komentis.",
    "La estona aerspaco malobservis un rusa ne identigita virabelo.",
    # after a noun: the event denied ("none"), or another verb negated ("not")
    "Un rusa virabelo. Malobservo de la estona aerspaco ne okazis.",
    "Un rusa virabelo. Malobservo de la estona aerspaco ne vidita.",
]


def _counts(tmp_path: Path, neg_after: str) -> list[int]:
    toylang.write(tmp_path, {name: text.replace("{neg_after}", neg_after) for name, text in FILES.items()})
    return [len(rs) for rs in toylang.records(tmp_path, TEXTS)]


def test_a_negation_after_the_verb_blocks_the_crossing(tmp_path: Path) -> None:
    assert _counts(tmp_path, NEG_AFTER) == [0, 1, 1, 0, 1]


def test_without_the_class_nothing_changes(tmp_path: Path) -> None:
    assert _counts(tmp_path, "") == [1, 1, 1, 1, 1]
