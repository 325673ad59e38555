"""Rule "zone-in-noun" (``rules.toml``): a noun of violation that names its zone (German
"Luftraumverletzung", verb key ``airspace_violation``) anchors a crossing when it is told
who did it (``AGENT_CUE``: "durch eine russische Drohne") or as an event
(``OCCUR_CUE``), with no zone phrase of its own. A toy language from a folder."""

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
    toylang.write(tmp_path, FILES)
    got = [
        [[r["violator_state"], r["violated_state"]] for r in rs] for rs in toylang.records(tmp_path, TEXTS)
    ]
    assert got == [[["RU", "LV"]], [["RU", "LV"]], []]
