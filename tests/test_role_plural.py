"""``AC_ROLE_N_PL``: a role noun whose plural no English or French ending tells
(German "Kampfflugzeuge") is plural by its class: several aircraft, their number not
told. A toy language from a temporary folder of data files."""

from __future__ import annotations

from pathlib import Path

import toylang

FILES = {
    "zz.toml": """
[format]
decimal = ","

[n_digit]
1 = ["un"]
2 = ["du"]

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
    toylang.write(tmp_path, FILES)
    got = toylang.records(tmp_path, TEXTS)
    assert [len(r) for r in got] == [1, 1, 1]
    assert [(r[0]["aircraft_role"], r[0]["aircraft_count"]) for r in got] == [
        ("fighter", None),
        ("fighter", 2),
        ("fighter", 1),
    ]
