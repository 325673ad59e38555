"""``FROM_CUE``: a state told as where the aircraft came from (German "Drohnen aus
Belarus sind ... geflogen") is not who sent them, though it stands before the verb of
sending. A toy language from a temporary folder, with and without the class."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FILES = {
    "zz.toml": """
[format]
decimal = ","

[n_digit]
2 = ["du"]

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


def _violators(tmp_path: Path, from_cue: str) -> list[object]:
    for name, text in FILES.items():
        (tmp_path / name).write_text(text.replace("{from_cue}", from_cue), encoding="utf-8")
    code = (
        "import incidents, json\n"
        f"texts = json.loads({json.dumps(TEXTS)!r})\n"
        "out = [incidents.parse(t, lang='zz').to_dict()['incidents'] for t in texts]\n"
        "print(json.dumps([[r['violator_state'] for r in rs] for rs in out]))\n"
    )
    env = {**os.environ, "INCIDENTS_LEXICON_PATH": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out: list[object] = json.loads(proc.stdout)
    return out


def test_a_state_after_a_from_word_is_no_sender(tmp_path: Path) -> None:
    assert _violators(tmp_path, '[from_cue]\nfrom = ["el"]') == [["BY"], [None]]


def test_without_the_class_it_is_the_sender(tmp_path: Path) -> None:
    assert _violators(tmp_path, "") == [["BY"], ["BY"]]
