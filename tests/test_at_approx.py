"""A lead the lexicon lists both as "at" and as an approximation ([at] and [approx]):
Italian "verso le 22", Spanish "hacia las 10" carry the hour's article, so they tell a
time as "alle 22" does, even of a bare number, and are approximate as "vers" is; a
plain approximation before a bare number leaves it a number ("vers 10")."""

from __future__ import annotations

import pytest

import incidents
from incidents.words import load_lexicon


def _times(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.value, m.bound) for m in incidents.mentions(text, lang=lang) if m.kind == "time"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Il drone è entrato verso le 22.", [("22:00", "approx")]),
        ("Il drone è entrato intorno alle 15:40.", [("15:40", "approx")]),
        ("Il drone è entrato alle 22.", [("22:00", None)]),
    ],
)
def test_a_lead_both_at_and_approx_is_approximate(text: str, want: list[tuple[str, str | None]]) -> None:
    assert _times(text, "it") == want


@pytest.mark.parametrize(
    ("text", "hhmm"),
    [("hacia las 10", "10:00"), ("sobre las 22.30", "22:30"), ("poco antes de las 7", "07:00")],
)
def test_a_spanish_lead_with_the_hour_article_tells_the_time(text: str, hhmm: str) -> None:
    assert _times(text, "es") == [(hhmm, "approx")]


@pytest.mark.parametrize(
    ("text", "lang"),
    # ("vers 22.30" is a time: a dotted clock where the dot is no decimal mark, see
    # test_dotted_clock_led; "around 22.30" in English stays a number)
    [("vers 10", "fr"), ("around 22.30", "en"), ("around 10", "en"), ("cerca de 10 drones", "es")],
)
def test_other_approximations_leave_a_bare_number_alone(text: str, lang: str) -> None:
    assert not any(m.kind == "time" for m in incidents.mentions(text, lang=lang))


def test_no_french_or_english_lead_is_both() -> None:
    # the rule changes nothing where no form is in both classes
    for lang in ("en", "fr"):
        lex = load_lexicon(lang)
        assert not lex.folded_forms("AT") & lex.folded_forms("APPROX")
