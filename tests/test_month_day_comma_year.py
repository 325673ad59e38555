"""A date told month first with its year after a comma ("October 3, 2024", "Oct. 3,
2024", "Friday, October 3, 2024") is of that year, not of the last such day before the
reference date; a number of other than four digits after the comma is no year
("October 3, 12 drones": a day, then a count)."""

from __future__ import annotations

import pytest

import incidents

REF = "2025-10-20"


def _dates(text: str, lang: str) -> list[tuple[str, object]]:
    found = incidents.mentions(text, lang=lang, reference_date=REF)
    return [(m.text, m.value) for m in found if m.kind == "date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drone crashed on October 3, 2024.", [("on October 3, 2024", "2024-10-03")]),
        ("Oct. 3, 2024", [("Oct. 3, 2024", "2024-10-03")]),
        ("On Friday, May 9, 2025, two jets crossed.", [("On Friday, May 9, 2025", "2025-05-09")]),
        ("On June 1, 2023 drones were seen.", [("On June 1, 2023", "2023-06-01")]),
        # no year after the comma
        ("On October 3, 12 drones were seen.", [("On October 3", "2025-10-03")]),
        ("October 3", [("October 3", "2025-10-03")]),
        ("October 3 2024", [("October 3 2024", "2024-10-03")]),
    ],
)
def test_month_day_comma_year(text: str, expected: list[tuple[str, object]]) -> None:
    assert _dates(text, "en") == expected


def test_the_count_after_the_day() -> None:
    found = incidents.mentions("On October 3, 12 drones were seen.", lang="en", reference_date=REF)
    assert [m.extra.get("count") for m in found if m.kind == "aircraft"] == [12]
