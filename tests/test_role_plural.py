"""``AC_ROLE_N_PL``: a role noun whose plural no English or French ending tells
(German "Kampfflugzeuge") is plural by its class: several aircraft, their number not
told. A toy language from a temporary folder of data files."""

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
[ac_role_n]
fighter = ["batalaviadilo"]

[ac_role_n_pl]
fighter = ["batalaviadiloj"]

[zone]
airspace = ["aerspaco"]

[v_violate]
violate = ["malobservis"]
""",
    "zz.places.toml": """
[demonym]
RU = ["rusa"]
EE = ["estona"]
""",
}

TEXTS = [
    "Rusa batalaviadiloj malobservis la estona aerspaco.",
    "Du rusa batalaviadiloj malobservis la estona aerspaco.",
    "Rusa batalaviadilo malobservis la estona aerspaco.",
]


def test_a_plural_role_noun_is_several_aircraft(tmp_path: Path) -> None:
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    code = (
        "import incidents, json\n"
        f"texts = json.loads({json.dumps(TEXTS)!r})\n"
        "print(json.dumps([incidents.parse(t, lang='zz').to_dict()['incidents'] for t in texts]))\n"
    )
    env = {**os.environ, "INCIDENTS_LEXICON_PATH": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    assert [len(r) for r in got] == [1, 1, 1]
    assert [(r[0]["aircraft_role"], r[0]["aircraft_count"]) for r in got] == [
        ("fighter", None),
        ("fighter", 2),
        ("fighter", 1),
    ]
