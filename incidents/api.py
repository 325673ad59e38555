"""Library entry points: ``parse``, ``mentions`` and the reusable ``Parser``."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from lark.exceptions import VisitError

from .errors import BadReferenceDateError, UnsupportedLanguageError
from .model import Diagnostic, Mention, Report, Severity
from .words import load_lexicon, supported_languages

#: Documents longer than this are parsed in part: a diagnostic says so.
MAX_CHARS = 2_000_000


def _ref_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise BadReferenceDateError(value) from None


def check_lang(lang: object) -> str:
    langs = supported_languages()
    if not isinstance(lang, str) or lang.lower() not in langs:
        raise UnsupportedLanguageError(lang, langs)
    return lang.lower()


class Parser:
    """A parser for one language; build once, call many times (and from threads)."""

    def __init__(self, lang: str = "en") -> None:
        from .scanner import Scanner

        self.lang = check_lang(lang)
        self.lexicon = load_lexicon(self.lang)
        self.scanner = Scanner(self.lexicon)

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        # rebuilt from its language on unpickling: the grammar cache makes that cheap
        return (Parser, (self.lang,))

    def mentions(self, text: str, reference_date: object = None) -> list[Mention]:
        """Every phrase the grammar recognises in ``text``, in text order."""
        ref = _ref_date(reference_date)
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        return self._mentions(text[:MAX_CHARS], ref)

    def _mentions(self, text: str, ref: dt.date | None) -> list[Mention]:
        from .dates import resolve
        from .transform import Built, PhraseTransformer, Reject

        transformer = PhraseTransformer(self.lexicon, text)

        def build(tree: Any, start: int, end: int) -> Mention | None:
            try:
                built = transformer.transform(tree)
            except VisitError as exc:
                if isinstance(exc.orig_exc, Reject):
                    return None
                return None
            except Reject:
                return None
            if not isinstance(built, Built):
                return None
            value = built.value
            extra = dict(built.extra)
            if built.kind == "date":
                info = extra.pop("date")
                value, precision = resolve(info, ref)
                extra["precision"] = precision
                extra["parts"] = info
            return Mention(
                built.kind, text[start:end], (start, end), value, built.unit, built.bound, built.low, extra
            )

        toks = self.scanner.tokens(text)
        return self.scanner.scan(text, toks, build)

    def parse(self, text: str, reference_date: object = None, id: str | None = None) -> Report:
        """The incidents of one report (empty when there are none; never raises on text)."""
        from .assemble import assemble

        ref = _ref_date(reference_date)
        ref_s = ref.isoformat() if ref else None
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        diags: list[Diagnostic] = []
        if len(text) > MAX_CHARS:
            diags.append(
                Diagnostic(
                    Severity.WARNING,
                    "W901",
                    f"document longer than {MAX_CHARS} characters: only the start was read",
                    (MAX_CHARS, len(text)),
                    *_line_col(text, MAX_CHARS),
                )
            )
            text = text[:MAX_CHARS]
        mentions = self._mentions(text, ref)
        incidents, more = assemble(text, mentions, self.lexicon, ref)
        return Report(tuple(incidents), tuple(diags + more), self.lang, ref_s, id)


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


_PARSERS: dict[str, Parser] = {}
_PLOCK = threading.Lock()


def get_parser(lang: str) -> Parser:
    """The shared parser of ``lang`` (built on first use)."""
    lang = check_lang(lang)
    with _PLOCK:
        parser = _PARSERS.get(lang)
        if parser is None:
            parser = _PARSERS[lang] = Parser(lang)
        return parser


def parse(text: str, lang: str = "en", reference_date: object = None, id: str | None = None) -> Report:
    """Parse one report into incident records; see ``Parser.parse``."""
    return get_parser(lang).parse(text, reference_date, id)


def mentions(text: str, lang: str = "en", reference_date: object = None) -> list[Mention]:
    """Phrase-level mentions of ``text``; see ``Parser.mentions``."""
    return get_parser(lang).mentions(text, reference_date)


line_col = _line_col
