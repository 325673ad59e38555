"""``[format] verb_last``: in a language whose verb may close its clause (German "ist
in den Luftraum geflogen"), a goal joined by its link word may stand before the verb.
A toy language from a temporary folder, with and without the setting."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FILES = {
    "zz.toml": """
[format]
{setting}

[n_digit]
1 = ["un"]

[d_month]
1 = ["janaro"]
2 = ["februaro"]
3 = ["marto"]
4 = ["aprilo"]
5 = ["majo"]
6 = ["junio"]
7 = ["julio"]
8 = ["augusto"]
9 = ["septembro"]
10 = ["oktobro"]
11 = ["novembro"]
12 = ["decembro"]

[d_weekday]
monday = ["lundo"]
tuesday = ["mardo"]
wednesday = ["merkredo"]
thursday = ["jaudo"]
friday = ["vendredo"]
saturday = ["sabato"]
sunday = ["dimanco"]
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


def _records(tmp_path: Path, setting: str, texts: list[str] = TEXTS) -> list[list[dict[str, object]]]:
    for name, text in FILES.items():
        (tmp_path / name).write_text(text.replace("{setting}", setting), encoding="utf-8")
    code = (
        "import incidents, json\n"
        f"texts = json.loads({json.dumps(texts)!r})\n"
        "print(json.dumps([incidents.parse(t, lang='zz').to_dict()['incidents'] for t in texts]))\n"
    )
    env = {**os.environ, "INCIDENTS_LEXICON_PATH": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out: list[list[dict[str, object]]] = json.loads(proc.stdout)
    return out


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
