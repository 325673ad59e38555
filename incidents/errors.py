"""One root for the library's errors; each also inherits the matching builtin."""

from __future__ import annotations


class IncidentsError(Exception):
    """Root of every error this library raises on purpose."""


class UnsupportedLanguageError(IncidentsError, ValueError):
    def __init__(self, lang: object, supported: tuple[str, ...]) -> None:
        self.lang = lang
        self.supported = supported
        super().__init__(f"unsupported language {lang!r}; supported: {', '.join(supported)}")


class BadReferenceDateError(IncidentsError, ValueError):
    def __init__(self, value: object) -> None:
        self.value = value
        super().__init__(f"bad reference date {value!r}; expected YYYY-MM-DD")
