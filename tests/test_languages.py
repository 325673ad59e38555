"""A language is data only: a toy language added from a temporary folder of data
files (``$INCIDENTS_LEXICON_PATH``) parses, with the data settings that serve
inflected languages and other scripts: stems ("aerspaco*"), elision, designators
written in another script and a state in the genitive after its zone."""

from __future__ import annotations

import json
from pathlib import Path

import toylang

import incidents

# An invented language (Esperanto-like words): nothing in the package knows them.
TOY = {
    "zz.toml": """
[format]
decimal = ","
elision = { l = ["la"] }
designators = { Su = ["Сю"] }
genitive_states = true
word_designators = ["z"]

[n_digit]
1 = ["un"]
2 = ["du"]

[de]
de = ["de"]

# "je" is "at" as often as "in" ("je 2008"): a time only of a clock shape, and of a
# dotted clock alone ("je 15.20") where [at_style] dotted lists it
[at]
at = ["je"]

[at_style]
weak = ["je"]
dotted = ["je"]
daypart = ["nokte"]

[approx]
approx = ["cirkaux"]

[approx_style]
dotted = ["cirkaux"]

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

[ac_role_n]
fighter = ["cxasisto", "cxasistoj"]

[zone]
airspace = ["aerspaco*"]

# adjectives before their noun: a demonym after a zone is the next noun's
[zone_style]
demonym_before = ["jes"]

[v_violate]
violate = ["malobservis"]

[cue_authority]
authority = ["ministerio"]

[v_noun]
violation = ["malobservo"]

# a negation told after its violation noun ("нарушения границы не допущено")
[neg_after_cue]
none = ["ne okazis"]

[v_move]
enter = ["eniris"]

[front_into_cue]
into = ["en"]
""",
    "zz.places.toml": """
[state]
EE = ["Estonio*"]
LV = ["Latvio*"]

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
    # a state right after its zone owns it (genitive_states), not the
    # state named before ("Latvio")
    (
        "Latvio: du rusaj virabeloj malobservis la aerspacon Estonion.",
        {"aircraft_category": "drone", "violator_state": "RU", "violated_state": "EE"},
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
    return toylang.run(folder, code)


def test_a_toy_language_from_a_folder_of_data_files(tmp_path: Path) -> None:
    toylang.write(tmp_path, TOY)
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


def test_a_violation_noun_denied_after_it_is_no_crossing(tmp_path: Path) -> None:
    toylang.write(tmp_path, TOY)
    texts = [
        "Du rusaj virabeloj: malobservo de la aerspaco de Estonio.",
        "Du rusaj virabeloj: malobservo de la aerspaco de Estonio ne okazis.",
        # a later denial cancels the crossing told before it in its paragraph
        "Du rusaj virabeloj malobservis la aerspacon de Estonio. Malobservo de la aerspaco ne okazis.",
    ]
    code = (
        "import incidents, json\n"
        f"texts = json.loads({json.dumps(texts)!r})\n"
        "print(json.dumps([len(incidents.parse(t, lang='zz').incidents) for t in texts]))\n"
    )
    assert json.loads(_run(tmp_path, code)) == [1, 0, 0]


def test_a_dotted_clock_after_a_lead_the_language_lists_is_a_time(tmp_path: Path) -> None:
    toylang.write(tmp_path, TOY)
    texts = ["je 15.20", "cirkaux 00.25", "je 2008", "je 15", "15.20"]
    code = (
        "import incidents, json\n"
        f"texts = json.loads({json.dumps(texts)!r})\n"
        "out = [[m.value for m in incidents.mentions(t, lang='zz') if m.kind == 'time'] for t in texts]\n"
        "print(json.dumps(out))\n"
    )
    assert json.loads(_run(tmp_path, code)) == [["15:20"], ["00:25"], [], [], []]


def test_a_designator_letter_that_is_a_word_matches_only_as_written(tmp_path: Path) -> None:
    """``word_designators``: "z" is a word of the toy language, so "z 9" is no Z-9."""
    toylang.write(tmp_path, TOY)
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


def test_depth_cue_tells_a_depth_where_an_offset_word_follows(tmp_path: Path) -> None:
    # "3 kilometrojn de la aerspacon" (3 km of the airspace): "de" after a distance is an
    # offset ("3 km from X") unless a DEPTH_CUE says into what the distance goes
    offset = '\n[offset_cue]\noffset = ["de"]\n'
    for code, extra in (("zy", offset + '\n[depth_cue]\ninto = ["de la aerspaco*"]\n'), ("zx", offset)):
        for name, text in TOY.items():
            if name == "zz.incident.toml":
                text += extra
            toylang.write(tmp_path, {name: text}, code)
    code = (
        "import incidents, json\n"
        "t = 'Du rusaj virabeloj malobservis 3 kilometrojn de la aerspacon de Estonio.'\n"
        "depth = lambda l: [i['depth_m'] for i in incidents.parse(t, lang=l).to_dict()['incidents']]\n"
        "print(json.dumps({l: depth(l) for l in ('zy', 'zx')}))\n"
    )
    got = json.loads(_run(tmp_path, code))
    assert got == {"zy": [3000.0], "zx": [None]}


def test_plural_endings_count_several_role_nouns(tmp_path: Path) -> None:
    # "cxasistoj" (fighters): with plural_endings = ["j"] a role noun so ending tells
    # several aircraft (no count); without the setting it reads as one
    for code, extra in (("zy", 'plural_endings = ["j"]\n'), ("zx", "")):
        for name, text in TOY.items():
            if name == "zz.toml":
                text = text.replace("[format]\n", "[format]\n" + extra, 1)
            toylang.write(tmp_path, {name: text}, code)
    code = (
        "import incidents, json\n"
        "t = 'Rusaj cxasistoj malobservis la aerspacon de Estonio.'\n"
        "count = lambda l: [i['aircraft_count'] for i in incidents.parse(t, lang=l).to_dict()['incidents']]\n"
        "print(json.dumps({l: count(l) for l in ('zy', 'zx')}))\n"
    )
    got = json.loads(_run(tmp_path, code))
    assert got == {"zy": [None], "zx": [1]}


def test_a_state_after_an_authority_is_its_state(tmp_path: Path) -> None:
    toylang.write(tmp_path, TOY)
    code = (
        "import incidents, json\n"
        "out = [(m.text, m.extra['state']) for m in incidents.mentions('ministerio Estonion', lang='zz')\n"
        "       if m.kind == 'source']\n"
        "print(json.dumps(out))\n"
    )
    assert json.loads(_run(tmp_path, code)) == [["ministerio Estonion", "EE"]]


def test_a_demonym_after_a_zone_is_not_its_state_where_adjectives_come_first(tmp_path: Path) -> None:
    toylang.write(tmp_path, TOY)
    code = (
        "import incidents, json\n"
        "found = incidents.mentions('la aerspacon rusaj virabeloj', lang='zz')\n"
        "out = [(m.text, m.extra['state']) for m in found if m.kind == 'zone']\n"
        "print(json.dumps(out))\n"
    )
    assert json.loads(_run(tmp_path, code)) == [["aerspacon", None]]


def test_an_aircraft_of_a_state_s_force_is_that_state_s(tmp_path: Path) -> None:
    toylang.write(tmp_path, TOY)
    code = (
        "import incidents, json\n"
        "found = incidents.mentions('un virabelo ministerio Estonion', lang='zz')\n"
        "print(json.dumps([m.extra['state'] for m in found if m.kind == 'aircraft']))\n"
    )
    assert json.loads(_run(tmp_path, code)) == ["EE"]


def test_only_a_language_that_sets_it_reads_a_state_after_its_zone() -> None:
    from incidents.words import load_lexicon

    assert "STATE_OF" not in load_lexicon("en").classes
    assert "STATE_OF" not in load_lexicon("fr").classes
