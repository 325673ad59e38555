"""``[format] verb_last``: in a language whose verb may close its clause (German "ist
in den Luftraum geflogen"), a goal joined by its link word may stand before the verb.
A toy language from a temporary folder, with and without the setting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import toylang

FILES = {
    "zz.toml": """
[format]
{setting}

[n_digit]
1 = ["un"]

""",
    "zz.incident.toml": """
[ac_cat]
drone = ["virabelo"]

[zone]
airspace = ["aerspaco"]

[v_move]
fly = ["flugis"]
detect = ["vidita"]

[inside_cue]
in = ["en"]

[over_cue]
over = ["super"]
""",
    "zz.places.toml": """
[state]
EE = ["Estonio"]

[demonym]
RU = ["rusa"]
EE = ["estona"]
""",
}

# the verb last: seen inside, flown over a state; and the verb first, as every
# language reads it
TEXTS = [
    "Un rusa virabelo en estona aerspaco vidita.",
    "Un rusa virabelo super Estonio flugis.",
    "Un rusa virabelo flugis super Estonio.",
]


def _records(tmp_path: Path, setting: str, texts: list[str] = TEXTS) -> list[list[dict[str, Any]]]:
    toylang.write(tmp_path, {name: text.replace("{setting}", setting) for name, text in FILES.items()})
    return toylang.records(tmp_path, texts)


def test_verb_last_reads_a_linked_goal_before_the_verb(tmp_path: Path) -> None:
    got = _records(tmp_path, "verb_last = true")
    for text, records in zip(TEXTS, got, strict=True):
        assert len(records) == 1, (text, records)
        assert records[0]["violator_state"] == "RU" and records[0]["violated_state"] == "EE", records[0]


def test_without_the_setting_the_goal_comes_after_the_verb(tmp_path: Path) -> None:
    # "flown in Estonian airspace" told verb last is read only with the setting (a
    # zone before a verb of seeing, or a flight over a state, other rules read anyway)
    text = "Un rusa virabelo en estona aerspaco flugis."
    assert _records(tmp_path, "", [text]) == [[]]
    (record,) = _records(tmp_path, "verb_last = true", [text])[0]
    assert record["violated_state"] == "EE"
    assert len(_records(tmp_path, "", TEXTS[2:])[0]) == 1  # the verb first, as every language reads it
