"""The Russian adjective "следующий" ("next": "на следующий день", "на следующие
сутки") is no participle of a verb of flying: read as one, it anchored a second,
identical record beside the crossing's own verb. Lexicon: ru.incident.toml v_move
fly (no "следующ*"; "следовал", "следуя", "следовавший" stay)."""

import pytest

import incidents

REF = "2025-07-18"

ROWS: list[tuple[str, list[dict[str, object]]]] = [
    (
        "На следующий день российский вертолёт Ми-8 на две минуты вошёл в воздушное пространство Эстонии.",
        [{"aircraft_category": "helicopter", "violated_state": "EE", "duration_s": 120}],
    ),
    (
        "В понедельник беспилотник залетел в воздушное пространство Латвии. "
        "На следующие сутки ещё один дрон пересёк границу Литвы.",
        [{"violated_state": "LV", "date": "2025-07-14"}, {"violated_state": "LT", "date": "2025-07-15"}],
    ),
    # a verb of following a course still flies
    (
        "Во вторник российский самолёт Ил-20, следовавший без транспондера, "
        "вошёл в воздушное пространство Эстонии.",
        [{"aircraft_model": "Il-20", "violated_state": "EE", "date": "2025-07-15"}],
    ),
]


@pytest.mark.parametrize(("text", "expect"), ROWS)
def test_next_is_no_flight(text: str, expect: list[dict[str, object]]) -> None:
    got = [r.to_dict() for r in incidents.parse(text, lang="ru", reference_date=REF).incidents]
    assert len(got) == len(expect), got
    for want, rec in zip(expect, got, strict=True):
        for field, value in want.items():
            assert rec[field] == value, (field, rec)
