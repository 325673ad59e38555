"""The per-document building of the incident layer (word tokens, cues, list marks)
gives what the plainer ways it replaced gave: these compare them on texts of our own."""

from __future__ import annotations

import re

import pytest

from incidents.api import get_parser
from incidents.incident.cues import Cue, Cues, Word, _accents_agree, _cue_trie, words_of
from incidents.incident.segment import _item_marks
from incidents.scanner import _fold, shape_lexer
from incidents.words import TRANSPARENT

TEXTS = [
    ("en", "Two Russian jets entered Estonian airspace near Vaindloo; they stayed for a minute."),
    ("en", "The drone flew back into Polish air-space, officials said: it was not armed."),
    ("fr", "Un hélicoptère est entré dans l'espace aérien letton près de Rēzekne, a-t-il déclaré."),
    ("fr", "Jusqu'à présent, l'appareil n'est pas entré ; il est resté au-dessus de la mer."),
    ("ru", "Самолёт нарушил воздушное пространство Эстонии в районе острова Вайндло."),
    ("pl", "Dron uzbrojony w rakiety wleciał w polską przestrzeń powietrzną - podało wojsko."),
    ("uk", "Російський гелікоптер порушив повітряний простір України на північному кордоні."),
    ("de", "Zwei Kampfjets drangen in den estnischen Luftraum ein.\n- 3. Mai: ein Flug\n2) noch einer"),
]


def _old_words(text: str) -> list[Word]:
    return [
        Word(start, end, _fold(text[start:end]), kind)
        for kind, start, end in shape_lexer().split(text)
        if kind != "APOS"
    ]


def _old_cues(words: list[Word], lang: str, text: str) -> dict[str, list[Cue]]:
    """The cues found by walking from every word of the words without hyphens."""
    root = _cue_trie(get_parser(lang).lexicon)
    solid = [w for w in words if w.kind not in TRANSPARENT]
    out: dict[str, list[Cue]] = {}
    for i in range(len(solid)):
        node = root
        j = i
        while j < len(solid):
            nxt = node.step(solid[j].folded)
            if nxt is None:
                break
            node, j = nxt, j + 1
            for cls, key, spelled in node.found:
                if _accents_agree(solid[i:j], spelled, text):
                    out.setdefault(cls, []).append(Cue(cls, key, solid[i].start, solid[j - 1].end))
    return out


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_words_and_cues(lang: str, text: str) -> None:
    words = words_of(text)
    assert words == _old_words(text)
    assert shape_lexer().surfaces(text) == [text[s:e] for _, s, e in shape_lexer().split(text)]
    assert Cues(words, get_parser(lang).lexicon, text).by_class.as_dict() == _old_cues(words, lang, text)


_OLD_ITEM_MARK = re.compile(r"[;:](?!\d)|^[ \t]*(?:[-–—•*]|\d{1,2}[.)])(?=[ \t])", re.MULTILINE)


@pytest.mark.parametrize(
    "text",
    [
        "Two flights: at 10:05 a jet; at 15:40 a drone.",
        "Statement:\n- 4 June, near X;\n  • 5 June\n2. 6 June\n3) 7 June\n-no bullet\n12.5 km",
        "- a list from the first line: one; two",
        "",
    ],
)
def test_item_marks(text: str) -> None:
    old = [Cue("ITEM_MARK", m.group(0), m.start(), m.end()) for m in _OLD_ITEM_MARK.finditer(text)]
    assert _item_marks(text) == old
