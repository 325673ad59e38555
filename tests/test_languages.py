"""A language is data only: a toy language added from a temporary folder of data
files (``$INCIDENTS_LEXICON_PATH``) parses, with the three data settings that serve
inflected languages and other scripts: stems ("aerspaco*"), elision and designators
written in another script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import incidents

# An invented language (Esperanto-like words): nothing in the package knows them.
TOY = {
    "zz.toml": """
[format]
decimal = ","
elision = { l = ["la"] }
designators = { Su = ["Сю"] }
designator_words = ["z"]

[n_digit]
1 = ["un"]
2 = ["du"]

[de]
de = ["de"]

[u_length]
km = ["kilometro*"]

[u_length_one]
km = ["kilometron"]

[u_duration_one]
minute = ["minuton"]

[for]
for = ["dum"]

[bound_min]
min = ["pli ol"]

[t_daypart]
night = ["nokte"]

[at_style]
daypart = ["nokte"]

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
airplane = ["aviadilo"]

[ac_cat_pl]
drone = ["virabeloj"]
airplane = ["aviadiloj"]
aircraft = ["aparatoj"]

[article_style]
unmarked = ["jes"]

[zone]
airspace = ["aerspaco*"]

[v_violate]
violate = ["malobservis"]

[v_move]
enter = ["eniris"]

[front_into_cue]
into = ["en"]
""",
    "zz.places.toml": """
[state]
EE = ["Estonio*"]

[demonym]
RU = ["rus*"]
""",
}

# each line: a text in the toy language, then what its one record must hold
CASES = [
    # stems: "rusaj" (rus*), "aerspacon" (aerspaco*), "Estonion" (Estonio*)
    (
        "Du rusaj virabeloj malobservis la aerspacon de Estonion 12 majo.",
        {
            "aircraft_category": "drone",
            "aircraft_count": 2,
            "violator_state": "RU",
            "violated_state": "EE",
            "date": "2025-05-12",
        },
    ),
    # elision ("l'aerspacon" is "la aerspacon") and a designator in another script
    (
        "Un Сю-27 aviadilo malobservis l'aerspacon de Estonio.",
        {
            "aircraft_category": "airplane",
            "aircraft_model": "Su-27",
            "aircraft_count": 1,
            "violated_state": "EE",
        },
    ),
    # a stem of a unit: "kilometrojn"
    (
        "Un aviadilo malobservis la aerspacon de Estonio, 3 kilometrojn.",
        {"aircraft_category": "airplane", "violated_state": "EE", "depth_m": 3000.0},
    ),
    # a unit word that is one of it (u_length_one), after a bound: "more than a kilometre"
    (
        "Un aviadilo malobservis la aerspacon de Estonio, pli ol kilometron.",
        {"aircraft_category": "airplane", "violated_state": "EE", "depth_m": 1000.0, "depth_bound": "min"},
    ),
    # a bare number after a part of the day listed under at_style "daypart" is a count
    (
        "Nokte 3 virabeloj malobservis la aerspacon de Estonio.",
        {"aircraft_category": "drone", "aircraft_count": 3, "time": None, "violated_state": "EE"},
    ),
    # no article (article_style "unmarked"): the drones named later are the generic "aparatoj"
    (
        "Aparatoj malobservis la aerspacon de Estonio. Du virabeloj estis malalte.",
        {"aircraft_category": "drone", "violated_state": "EE"},
    ),
    # a state told before its verb of entry, after a word of front_into_cue
    # (rules.toml "entered-fronted")
    (
        "En Estonion eniris du virabeloj.",
        {"aircraft_category": "drone", "aircraft_count": 2, "violated_state": "EE"},
    ),
    # a unit word that is one of it (u_duration_one), after "for": "for a minute"
    (
        "Un aviadilo malobservis la aerspacon de Estonio dum minuton.",
        {"aircraft_category": "airplane", "violated_state": "EE", "duration_s": 60.0},
    ),
]


def _run(folder: Path, code: str) -> str:
    env = {**os.environ, "INCIDENTS_LEXICON_PATH": str(folder)}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_a_toy_language_from_a_folder_of_data_files(tmp_path: Path) -> None:
    for name, text in TOY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    code = (
        "import incidents, json\n"
        f"texts = json.loads({json.dumps([t for t, _ in CASES])!r})\n"
        "ref = '2025-06-01'\n"
        "out = [incidents.parse(t, lang='zz', reference_date=ref).to_dict()['incidents'] for t in texts]\n"
        "print(json.dumps({'langs': incidents.supported_languages(), 'out': out}))\n"
    )
    got = json.loads(_run(tmp_path, code))
    assert "zz" in got["langs"]
    for (text, want), records in zip(CASES, got["out"], strict=True):
        assert len(records) == 1, (text, records)
        for field, value in want.items():
            assert records[0][field] == value, (text, field, records[0])


def test_a_designator_letter_that_is_a_word_matches_only_as_written(tmp_path: Path) -> None:
    """``designator_words``: "z" is a word of the toy language, so "z 9" is no Z-9."""
    for name, text in TOY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    code = (
        "import json\n"
        "from incidents.api import get_parser\n"
        "sc = get_parser('zz').scanner\n"
        "texts = ['Z-9', 'z 9', 'Сю-27', 'su 27']\n"
        "print(json.dumps([[list(t.types) for t in sc.tokens(s)] for s in texts]))\n"
    )
    got = json.loads(_run(tmp_path, code))
    assert got[0] == [["AC_MODEL"]]
    assert ["AC_MODEL"] not in got[1]
    # letters not listed keep matching in any case
    assert got[2] == [["AC_MODEL"]] and got[3] == [["AC_MODEL"]]


def test_without_the_folder_the_toy_language_is_unknown() -> None:
    assert "zz" not in incidents.supported_languages()
