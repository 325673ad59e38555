"""``QUOTE_CUE``: a language's own opening quotes ("„" in German) begin a sentence
after a full stop, as '"' and '«' do in every language."""

from __future__ import annotations

import dataclasses

from incidents.incident.doc import Doc
from incidents.words import load_lexicon

TEXT = "Die Drohne flog weiter. „Um 4 Uhr war sie da“, schrieb das Heer."


def _sentence_starts(lexicon: object) -> list[int]:
    doc = Doc(TEXT, lexicon, None, [])  # type: ignore[arg-type]
    return [s.start for s in doc.seg.sentences.scopes]


def test_an_opening_quote_of_the_language_starts_a_sentence() -> None:
    lexicon = load_lexicon("en")
    classes = {k: v for k, v in lexicon.classes.items() if k != "QUOTE_CUE"}
    plain = dataclasses.replace(lexicon, classes=classes)
    assert _sentence_starts(plain) == [0]
    quoting = dataclasses.replace(plain, classes={**plain.classes, "QUOTE_CUE": {"open": ["„"]}})
    assert _sentence_starts(quoting) == [0, TEXT.index("„")]
