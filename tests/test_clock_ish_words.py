"""An hour with "-ish" is about that hour, in digits or spelled: "at 5ish", "at
seven-ish", "around eleven-ish" (``clock_core``: ``(INT | n_small) T_ISH``); a part of
the day after it tells its half ("around 6ish in the evening" is 18:00, the hour being
no named one as noon is); a number over 24 with "-ish" is no hour ("forty-ish pilots")."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("The buzzing started at nine-ish near the depot.", ["09:00"]),
        ("Witnesses put it at around ten-ish.", ["10:00"]),
        ("A light was seen around 8ish in the evening.", ["20:00"]),
        ("Residents heard it at four-ish in the afternoon.", ["16:00"]),
        ("It came back at 3ish.", ["03:00"]),
        # no hour
        ("Some forty-ish pilots attended.", []),
        ("A thirty-ish officer briefed reporters.", []),
    ],
)
def test_clock_ish_words(text: str, times: list[str]) -> None:
    assert values_of(text, "en", "time") == times
