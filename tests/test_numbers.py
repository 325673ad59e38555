"""Numbers: one expected value, many FR/EN spellings; and what is no number."""

from __future__ import annotations

import pytest

from incidents.api import mentions


def numbers(text: str, lang: str) -> list[float]:
    return [m.value for m in mentions(text, lang) if m.kind == "number"]


NBSP, NNBSP = "\u00a0", "\u202f"

SAME_NUMBER = {
    1500: [
        ("fr", "1 500"),
        ("fr", f"1{NBSP}500"),
        ("fr", f"1{NNBSP}500"),
        ("fr", "1.500"),
        ("fr", "mille cinq cents"),
        ("fr", "1,5 mille"),
        ("en", "1,500"),
        ("en", "1500"),
        ("en", "one thousand five hundred"),
        ("en", "fifteen hundred"),
        ("en", "1.5 thousand"),
        ("en", "1.5k"),
    ],
    2.5: [
        ("fr", "2,5"),
        ("fr", "deux virgule cinq"),
        ("fr", "deux et demi"),
        ("en", "2.5"),
        ("en", "two point five"),
        ("en", "two and a half"),
    ],
    90: [("fr", "quatre-vingt-dix"), ("fr", "nonante"), ("en", "ninety"), ("fr", "90")],
    300: [("fr", "trois cents"), ("en", "three hundred"), ("en", "3 hundred")],
    77: [("fr", "soixante-dix-sept"), ("fr", "soixante dix-sept"), ("en", "seventy-seven")],
    12: [("en", "a dozen"), ("fr", "une douzaine")],
    1_250_000: [
        ("fr", "1,25 million"),
        ("en", "1.25 million"),
        ("en", "a million and a quarter"),
        ("fr", "un million deux cent cinquante mille"),
    ],
    -12: [("fr", "moins 12"), ("en", "minus twelve"), ("en", "-12")],
    0.75: [("fr", "trois quarts"), ("en", "three quarters"), ("en", "3/4")],
    103.5: [("en", "one hundred and three and a half")],
    1_674_200.5: [("en", "1,674,200.5"), ("fr", "1 674 200,5"), ("fr", "1.674.200,5")],
}


@pytest.mark.parametrize(
    ("expected", "lang", "text"),
    [(exp, lang, text) for exp, rows in SAME_NUMBER.items() for lang, text in rows],
)
def test_number_spellings(expected: float, lang: str, text: str) -> None:
    assert any(abs(v - expected) < 1e-9 for v in numbers(text, lang)), numbers(text, lang)


def test_approximate_counts() -> None:
    (m,) = [m for m in mentions("une dizaine", "fr") if m.kind == "number"]
    assert (m.value, m.bound) == (10, "approx")
    (m,) = [m for m in mentions("une cinquantaine", "fr") if m.kind == "number"]
    assert (m.value, m.bound) == (50, "approx")


def test_and_joins_only_below_a_scale() -> None:
    # "two and three" is two numbers, not five
    assert numbers("two and three", "en") == [2, 3]


def test_ratio_above_one_is_no_fraction() -> None:
    assert 1.6 not in numbers("huit sur cinq", "fr")


NO_NUMBER = [("en", "I'm here"), ("en", "in April"), ("fr", "M. Dupont")]


@pytest.mark.parametrize(("lang", "text"), NO_NUMBER)
def test_no_number(lang: str, text: str) -> None:
    assert numbers(text, lang) == []
