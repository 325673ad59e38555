"""Rule "zone-in-noun" (``rules.toml``): a noun of violation that names its zone (German
"Luftraumverletzung", verb key ``airspace_violation``) anchors a crossing when it is told
who did it (``AGENT_CUE``: "durch eine russische Drohne") or as an event
(``OCCUR_CUE``), with no zone phrase of its own. A toy language from a folder."""

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

[v_noun]
airspace_violation = ["aerspacmalobservo"]

[agent_cue]
by = ["per"]

[occur_cue]
occur = ["okazis"]
""",
    "zz.places.toml": """
[state]
LV = ["Latvio"]

[demonym]
RU = ["rusa"]
""",
}

TEXTS = [
    "Latvio raportis aerspacmalobservo per un rusa virabelo.",
    "Un rusa virabelo super Latvio. La aerspacmalobservo okazis lundo.",
    # neither told who did it nor told as an event
    "Latvio parolis pri aerspacmalobservo kaj un rusa virabelo.",
]


def test_a_noun_naming_its_zone_anchors_with_its_agent(tmp_path: Path) -> None:
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    code = (
        "import incidents, json\n"
        f"texts = json.loads({json.dumps(TEXTS)!r})\n"
        "out = [incidents.parse(t, lang='zz').to_dict()['incidents'] for t in texts]\n"
        "print(json.dumps([[(r['violator_state'], r['violated_state']) for r in rs] for rs in out]))\n"
    )
    env = {**os.environ, "INCIDENTS_LEXICON_PATH": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    assert got == [[["RU", "LV"]], [["RU", "LV"]], []]
