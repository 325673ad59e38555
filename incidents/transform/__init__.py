"""Trees of the phrase grammar -> normalised values.

One Transformer per concern (numbers, time of day, dates, quantities, aircraft,
incident words), joined by inheritance into ``PhraseTransformer``. Leaves are
tokens whose ``value`` is the lexicon key of the word (or the text of a shape
token). A phrase the grammar accepts but whose values make no sense raises
``Reject`` and the scanner tries the next shorter reading.
"""

from __future__ import annotations

from ..words import Lexicon
from .aircraft import AircraftT
from .base import Built, Clock, Num, Reject, mypyc_attr, parse_digits
from .clock import TimeT
from .date import DateT
from .incident import IncidentT
from .numbers import NumberT
from .quantity import QuantityT

__all__ = ["Built", "Clock", "Num", "PhraseTransformer", "Reject", "parse_digits"]


@mypyc_attr(native_class=False)
class PhraseTransformer(NumberT, TimeT, DateT, QuantityT, AircraftT, IncidentT):
    """All phrase kinds of one language over one text.

    The scanner memoises phrase values (``phrase_cache``): a method may read
    ``self.text`` only within the phrase and one character either side of it, and a
    value must not hold text offsets, except for the start symbols in ``positional``
    (never memoised; "other_quantity" reads the words after "milles" for its kind;
    "duration" the words before a unit that is also an ordinal: "the forty-second time",
    and the digits after a unit of one letter: "an S-400"; "number_phrase" the ordinal
    ending glued to its digits: "the 31st").
    Values are shared between mentions: never mutate one.
    """

    phrase_cache = True
    refusals = (Reject,)  # what a method raises to refuse a reading (the scanner's STRICT)
    positional = frozenset(
        {
            "location",
            "date_phrase",
            "time_phrase",
            "quantity_list",
            "other_quantity",
            "duration",
            "number_phrase",
        }
    )

    def __init__(self, lexicon: Lexicon, text: str) -> None:
        super().__init__(visit_tokens=False)
        self.lexicon = lexicon
        self.text = text
