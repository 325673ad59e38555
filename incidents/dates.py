"""Resolving a date phrase isolated by the grammar.

The transformer turns a phrase into canonical parts (weekday, day, month, year,
relative day) keyed in English whatever the report's language. Month and weekday
names are numbered by the lexicon's own tables (``d_month``, ``d_weekday``, listed
in calendar order), and days, months and weekdays are then plain date arithmetic.
dateparser resolves what is left: the relative phrases ("yesterday", "three days
ago", "last month") and years not written with four digits, against the
reference date, with the language pinned, ``PREFER_DATES_FROM='past'`` and the
period it returns respected (a month stays a month). It is imported at its first
use only, and it is not thread-safe: calls are serialised.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .words import Lexicon

_LOCK = threading.Lock()


@dataclass(frozen=True, eq=False, repr=False)
class Calendar:
    """The numbers of the canonical month and weekday names of a lexicon.

    ``months`` maps "january" to 1 ... "december" to 12; ``weekdays`` maps "monday"
    to 0 ... "sunday" to 6, as ``datetime.date.weekday`` counts.
    """

    months: Mapping[str, int]
    weekdays: Mapping[str, int]

    @classmethod
    def of(cls, lexicon: Lexicon) -> Calendar:
        """Number the keys of the lexicon's ``d_month`` and ``d_weekday`` tables in the
        order the data files list them (January and Monday first).

        :raises ValueError: a table without exactly 12 months or 7 weekdays
        """
        months = list(lexicon.classes.get("D_MONTH", {}))
        weekdays = list(lexicon.classes.get("D_WEEKDAY", {}))
        if len(months) != 12 or len(weekdays) != 7:
            raise ValueError(
                f"lexicon {lexicon.lang!r}: d_month must list 12 months and d_weekday 7 days, "
                f"in calendar order (found {len(months)} and {len(weekdays)})"
            )
        return cls(
            MappingProxyType({name: number for number, name in enumerate(months, start=1)}),
            MappingProxyType({name: number for number, name in enumerate(weekdays)}),
        )


@functools.lru_cache(maxsize=1)
def _parser_cls() -> Any:
    from dateparser.date import DateDataParser  # type: ignore[import-untyped, unused-ignore]

    return DateDataParser


@functools.lru_cache(maxsize=4096)
def _resolve(phrase: str, base: dt.date | None) -> tuple[str, str] | None:
    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": [],
    }
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    with _LOCK:
        parser = _parser_cls()(languages=["en"], settings=settings)
        data = parser.get_date_data(phrase)
    if data is None or data.date_obj is None:
        return None
    period = data.period or "day"
    precision = period if period in ("month", "year") else "day"
    return data.date_obj.date().isoformat(), precision


#: Relative phrases that name a month: resolved against the reference date itself.
_MONTHS_RELATIVE = frozenset({"this month", "last month"})
_MONTHS_AGO = ("month ago", "months ago", "year ago", "years ago")


def _same_day_back(phrase: str, base: dt.date) -> tuple[str | None, str | None]:
    """ "il y a un an jour pour jour", "two months ago to the day": the day of ``base``
    that many months or years back (None where that day does not exist: a 29 February
    a year back, a 31st in a month of 30 days)."""
    n, unit = phrase.split()[:2]
    months = int(n) * (12 if unit.startswith("year") else 1)
    total = base.year * 12 + base.month - 1 - months
    try:
        return dt.date(total // 12, total % 12 + 1, base.day).isoformat(), "day"
    except ValueError:
        return None, None


#: A Monday: relative phrases are resolved once per weekday against this week.
_CANON_MONDAY = dt.date(2001, 1, 1)


def _relative(phrase: str, base: dt.date) -> tuple[str, str] | None:
    """A phrase that depends only on the weekday of ``base`` ("yesterday", "2 days
    ago"): dateparser resolves it once per weekday, then it is shifted."""
    canon = _CANON_MONDAY + dt.timedelta(days=base.weekday())
    res = _resolve(phrase, canon)
    if res is None:
        return None
    shift = dt.date.fromisoformat(res[0]) - canon
    return (base + shift).isoformat(), res[1]


def _weekday_before(weekday: int, base: dt.date, ahead: int) -> str:
    """The last day named ``weekday`` strictly before ``base`` + ``ahead`` days (what
    dateparser answers for "thursday" or "last thursday" with dates preferred from
    the past), found in one step: ``base`` + ``ahead`` itself may lie past 9999-12-31
    while the day found does not."""
    back = (base.weekday() + ahead - weekday - 1) % 7 + 1
    return (base + dt.timedelta(days=ahead - back)).isoformat()


def _in_year(day: int | None, month: str, year: int, calendar: Calendar) -> str | None:
    """The date of "17 july 2024": the month's number comes from the lexicon, the day
    and year are arithmetic (None where that day does not exist: "29 february 2023",
    "31 june"). Years of four digits only; others go to dateparser whole."""
    if not 1000 <= year <= 9999:
        res = _resolve(f"{day} {month} {year}" if day is not None else f"{month} {year}", None)
        return res[0] if res else None
    number = calendar.months.get(month)
    if number is None:
        return None
    try:
        return dt.date(year, number, 1 if day is None else day).isoformat()
    except ValueError:
        return None


class DateOutOfRange(ValueError):
    """A relative date that falls before 0001-01-01 or after 9999-12-31."""


def resolve(
    info: dict[str, Any], reference: dt.date | None, calendar: Calendar
) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, precision) for the canonical parts of a date phrase, month and
    weekday names numbered by ``calendar``.

    :raises DateOutOfRange: the date lies outside ``datetime.date``'s range ("hier"
        said on 0001-01-01, "last Friday" on 0001-01-02)
    """
    try:
        return _resolve_parts(info, reference, calendar)
    except OverflowError:
        raise DateOutOfRange(f"date out of range from {reference}") from None


def _resolve_parts(
    info: dict[str, Any], reference: dt.date | None, calendar: Calendar
) -> tuple[str | None, str | None]:
    if "numeric" in info:
        return _numeric(str(info["numeric"]))
    if "relative" in info:
        if reference is None:
            return None, None
        phrase = str(info["relative"])
        if info.get("exact") and phrase.endswith(_MONTHS_AGO):
            return _same_day_back(phrase, reference)
        if phrase in _MONTHS_RELATIVE or phrase.endswith(_MONTHS_AGO):
            # month arithmetic: against the reference date itself
            return _resolve(phrase, reference) or (None, None)
        return _relative(phrase, reference) or (None, None)
    if info.get("no_month"):
        return _day_of_month(int(info["day"]), info.get("weekday"), reference, calendar)
    month = info.get("month")
    if month:
        day, year = info.get("day"), info.get("year")
        if year is None:
            if reference is None:
                return None, None
            # the most recent such day or month not after the reference date
            for y in (reference.year, reference.year - 1):
                found = _in_year(day, month, y, calendar)
                if found is not None and found <= reference.isoformat():
                    return found, "day" if day is not None else "month"
            return None, None
        found = _in_year(day, month, int(year), calendar)
        if found is None:
            return None, None
        return found, "day" if day is not None else "month"
    weekday = info.get("weekday")
    if weekday:
        if reference is None:
            return None, None
        number = calendar.weekdays.get(weekday)
        if number is None:
            return None, None
        # the report's own day counts: "jeudi" published on a Thursday is that day;
        # "jeudi dernier" is the one before
        return _weekday_before(number, reference, 0 if info.get("last") else 1), "day"
    return None, None


#: How many months back a day told with no month is looked for: the reference date's
#: month and the two before it (a weekday with a day that none of them has is no date).
_MONTHS_BACK = 3


def _day_of_month(
    day: int, weekday: str | None, reference: dt.date | None, calendar: Calendar
) -> tuple[str | None, str | None]:
    """ "le 14", "on the 22nd", "dimanche 14": the last day ``day`` of a month that is not
    after the reference date (the reference date's own month, or the one before when
    that day is still to come), and with a weekday the last such day that is that
    weekday, within ``_MONTHS_BACK`` months; None when there is none."""
    if reference is None:
        return None, None
    number = calendar.weekdays.get(weekday) if weekday else None
    if weekday and number is None:
        return None, None
    year, month = reference.year, reference.month
    for _ in range(_MONTHS_BACK):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            found = None  # "le 31" in a month of 30 days: the month before
        if found is not None and found <= reference:
            if number is None:
                return found.isoformat(), "day"
            if found.weekday() == number:
                return found.isoformat(), "day"
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        if year < 1:
            break
    return None, None


def _numeric(text: str) -> tuple[str | None, str | None]:
    import re

    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        parts = [int(p) for p in re.split(r"[/.]", text)]
        d, mo, y = parts
        if mo > 12 and d <= 12:
            d, mo = mo, d
        if y < 100:
            y += 2000 if y < 70 else 1900
    try:
        return dt.date(y, mo, d).isoformat(), "day"
    except ValueError:
        return None, None
