"""A one-word hundreds, listed as a ten of hundreds ([n_tens] 200..900: "doscientos",
"двести", "dwieście", "duzentos", "двісті"), takes the tens after it ("doscientos
veinte" 220, "двести двадцать пять" 225) or, where the language joins them with "and",
after "and" ("duzentos e vinte" 220); a count of hundreds said with the noun ("две
сотни" 200, "п'ять сотень" 500) is a product. A ten after a ten that is no hundreds
("twenty thirty", "vingt trente") is two numbers; the noun alone ("сотні дронів") keeps
the group's reading (about a hundred)."""

from __future__ import annotations

import pytest

import incidents


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Se contaron doscientos veinte drones en una semana.", [(220, None)]),
        ("es", "Llegaron trescientos treinta y dos globos.", [(332, None)]),
        ("ru", "Было сбито двести двадцать пять беспилотников.", [(225, None)]),
        ("pl", "Odnotowano dwieście trzydzieści naruszeń.", [(230, None)]),
        ("pt", "Foram contados duzentos e vinte drones.", [(220, None)]),
        ("pt", "Chegaram trezentos balões.", [(300, None)]),
        ("uk", "Збито двісті двадцять дронів.", [(220, None)]),
        ("ru", "Запущены две сотни дронов.", [(200, None)]),
        ("uk", "Запущено п'ять сотень дронів.", [(500, None)]),
        ("en", "They counted two hundred and twenty drones.", [(220, None)]),
        ("fr", "On a compté deux cent vingt drones.", [(220, None)]),
        # a ten after a ten that is no hundreds: two numbers
        ("en", "The sequence read twenty thirty.", [(20, None), (30, None)]),
        ("fr", "La suite se lit vingt trente.", [(20, None), (30, None)]),
        ("uk", "Запущено сотні дронів.", [(100, "approx")]),
    ],
)
def test_hundreds_then_tens(lang: str, text: str, expected: list[tuple[object, ...]]) -> None:
    found = [m for m in incidents.mentions(text, lang=lang) if m.kind == "number"]
    assert [(m.value, m.bound) for m in found] == expected
