"""A lead the lexicon lists both as "at" and as an approximation ([at] and [approx]):
Italian "verso le 22" carries the hour's article, so it tells a time as "alle 22"
does and is approximate as "vers" is."""

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


def test_no_french_or_english_lead_is_both() -> None:
    # the rule changes nothing where no form is in both classes
    for lang in ("en", "fr"):
        lex = load_lexicon(lang)
        assert not lex.folded_forms("AT") & lex.folded_forms("APPROX")
