"""Duration and number words (lexicon data):

- an adjective between a count and its unit does not change the amount told: "une
  bonne heure", "deux longues heures", "une petite heure", "a good hour" (DUR_EXTRA);
- "wk", "wks" are weeks;
- the Belgian and Swiss tens joined by "et": "septante et un" (71), "huitante et un"
  (81), "nonante et une" (91).
"""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "seconds"),
    [
        ("fr", "Le drone a tourné pendant une bonne heure.", [3600.0]),
        ("fr", "L'alerte a duré deux longues heures.", [7200.0]),
        ("fr", "Il a fallu une petite heure pour l'intercepter.", [3600.0]),
        ("fr", "deux petites minutes", [120.0]),
        ("en", "The balloon hovered for a good hour.", [3600.0]),
        ("en", "The exercise ran 3 wks.", [1814400.0]),
        ("en", "a 2-wk deployment", [1209600.0]),
        # no count, no duration
        ("fr", "une bonne partie du trajet", []),
        ("en", "a good part of the route", []),
    ],
)
def test_durations(lang: str, text: str, seconds: list[float]) -> None:
    assert values_of(text, lang, "duration") == seconds


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("septante et un", [71]),
        ("septante et une", [71]),
        ("huitante et un", [81]),
        ("nonante et une", [91]),
        ("soixante et onze", [71]),
        ("septante-cinq", [75]),
    ],
)
def test_tens_joined_by_et(text: str, values: list[float]) -> None:
    assert values_of(text, "fr", "number") == values
