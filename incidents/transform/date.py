"""Date phrases -> canonical parts (resolved later by incidents.dates)."""

from __future__ import annotations

import re
from typing import Any

from lark import Token

from ..words import LazyPattern, Lexicon, fold
from .base import (
    Built,
    Num,
    PhraseParts,
    Reject,
    _first,
    mypyc_attr,
)

#: a word hyphened to the one before ("nuit-là": "là")
_HYPHENED = LazyPattern(r"-([^\W\d_]+)")


@mypyc_attr(native_class=False)
class DateT(PhraseParts):
    text: str
    lexicon: Lexicon

    def day_num(self, items: list[Any]) -> int:
        """A day of the month: digits ("3", "3rd") or a day word (``day_word``)."""
        return items[0] if isinstance(items[0], int) else int(str(items[0].value))

    def day_said(self, items: list[Any]) -> int:
        return self.day_num(items)

    def day_word(self, items: list[Any]) -> int:
        """A word of the lexicon's ``d_day`` table, whose key is its number ("twelfth",
        "douze", "двенадцатого": 12), after a tens word where the language says the
        day in two ("twenty" + "second", "dwudziestego" + "pierwszego": 20 + 1)."""
        return _day_of([t for t in items if isinstance(t, Token)])

    def year(self, items: list[Any]) -> int:
        return int(str(items[0].value))

    def d_weekday(self, items: list[Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for t in items:
            if t.type == "D_WEEKDAY":
                out["weekday"] = str(t.value)
            elif t.type == "D_LAST":
                out["last"] = True
            elif t.type == "T_DAYPART":
                out["daypart"] = str(t.value)
        return out

    def _date(self, items: list[Any], **kw: Any) -> Built:
        info: dict[str, Any] = {}
        for it in items:
            if isinstance(it, dict):
                info.update(it)
                if "ints" in it:
                    info["ints"] = list(it["ints"])
            elif isinstance(it, Token):
                if it.type == "D_MONTH":
                    info["month"] = str(it.value)
                elif it.type == "D_REL":
                    info["relative"] = str(it.value)
                elif it.type == "D_PART":
                    info["part"] = str(it.value)
                elif it.type == "NUMDATE":
                    info["numeric"] = str(it.value)
                elif it.type == "INT":
                    info.setdefault("ints", []).append(int(str(it.value)))
                elif it.type == "T_DAYPART":
                    info["daypart"] = str(it.value)
            elif isinstance(it, int):
                info.setdefault("ints", []).append(it)
        info.update(kw)
        also = info.pop("also_days", None)
        ints = info.pop("ints", [])
        if ints:
            if "month" in info:
                days = [i for i in ints if 1 <= i <= 31]
                years = [i for i in ints if i > 31]
                if days:
                    info["day"] = days[0]
                if years:
                    info["year"] = years[0]
                if len(ints) != len(days) + len(years) or len(days) > 1:
                    raise Reject("date numbers")
        if not (info.keys() & {"weekday", "month", "relative", "numeric"}):
            raise Reject("no date")
        if "month" in info and "day" not in info and "year" not in info and not kw.get("month_ok"):
            raise Reject("bare month")
        info.pop("month_ok", None)
        extra: dict[str, Any] = {"date": info}
        if also:
            extra["also_days"] = also
        return Built("date", None, extra=extra)

    def date_phrase(self, items: list[Any]) -> Built:
        inner = [it for it in items if isinstance(it, dict) and "_date" in it]
        lead = [t for t in items if isinstance(t, Token) and t.type == "IN"]
        if inner:
            return self._date([inner[0]["_date"]], month_ok=bool(lead) or inner[0]["month_ok"])
        return self._date(items, month_ok=bool(lead))

    def _inner(self, items: list[Any], month_ok: bool = False) -> dict[str, Any]:
        flat: list[Any] = []
        for it in items:
            flat.append(it)
        merged: dict[str, Any] = {}
        ints: list[int] = []
        for it in flat:
            if isinstance(it, dict):
                merged.update(it)
            elif isinstance(it, int):
                ints.append(it)
            elif isinstance(it, Token):
                key = {
                    "D_MONTH": "month",
                    "D_REL": "relative",
                    "D_PART": "part",
                    "NUMDATE": "numeric",
                    "T_DAYPART": "daypart",
                }.get(it.type)
                if key:
                    merged[key] = str(it.value)
                elif it.type == "INT":
                    ints.append(int(str(it.value)))
        if ints:
            merged["ints"] = ints
        return {"_date": merged, "month_ok": month_ok or self._after_month_lead(items)}

    def _after_month_lead(self, items: list[Any]) -> bool:
        """Is the phrase's first word right after a word that makes a bare month a date
        ([date_style] month_after: "since September", "depuis septembre", "seit Mai"),
        as "in" does? The month is then the most recent such month, as after "in"."""
        first = next((t for t in items if isinstance(t, Token)), None)
        forms = self.lexicon.classes.get("DATE_STYLE", {}).get("month_after", ())
        if first is None or not first.start_pos or not forms:
            return False
        end = first.start_pos
        while end and self.text[end - 1].isspace():
            end -= 1
        start = end
        while start and self.text[start - 1].isalpha():
            start -= 1
        return start < end < first.start_pos and fold(self.text[start:end]) in {fold(f) for f in forms}

    def date_dmy(self, items: list[Any]) -> Any:
        if any(isinstance(t, Token) and t.type == "PUNCT" and str(t.value) != "," for t in items):
            raise Reject("a weekday and its date are joined by a comma only")
        return self._inner(items)

    def date_mdy(self, items: list[Any]) -> Any:
        """ "October 3", "Friday, Oct. 3", "October 3, 2024": a year after a comma has
        four digits ("October 3, 12 drones" is a day, then a count)."""
        if isinstance(items[-1], Token) or not isinstance(items[-2], Token):
            return self.date_dmy(items)
        if items[-2].type == "PUNCT" and not 1000 <= items[-1] <= 9999:
            raise Reject("a year after a comma has four digits")
        return self.date_dmy(items)

    def date_month_art_day(self, items: list[Any]) -> Any:
        """ "May the third", "June the 1st": the day must end the phrase's words (a
        punctuation mark or the end of the text right after it), as an ordinal before
        a noun is no day ("In May the third drone ...")."""
        end = items[-1]
        after = self.text[end.end_pos : end.end_pos + 1]
        if after.isalnum() or after.isspace() or (after and after in "-‐‑"):
            raise Reject("an ordinal before a word")
        said = ("INT", "N_TENS", "D_DAY")
        day = _day_of([t for t in items if isinstance(t, Token) and t.type in said])
        dropped = (*said, "ART", "N_ORDSUF")
        kept = [it for it in items if not (isinstance(it, Token) and it.type in dropped)]
        return self.date_dmy([*kept, day])

    def date_day_month(self, items: list[Any]) -> Built:
        """ "am 31.05.", "le 31.05.", "31.05. um 14 Uhr": a day and a month written with
        their dots and no year, where the language's decimal mark is not the dot (so
        "31.05" is no number there). The month has two digits; the dot is the
        number's own and no digit follows it ("1.12.3" is no date), and a lead that is
        also the language's "at" of a time ("в 10.05", "у 10.05", "às 10.05") leaves it
        to the time."""
        num = next(t for t in items if isinstance(t, Token) and t.type == "NUMBER")
        dot = items[-1]
        m = re.fullmatch(r"(\d{1,2})\.(\d{2})", str(num.value))
        if self.lexicon.decimal == "." or m is None or str(dot.value) != "." or dot.start_pos != num.end_pos:
            raise Reject("no day.month.")
        if self.text[dot.end_pos : dot.end_pos + 1].isalnum():
            raise Reject("a dot inside a longer number")
        clock_leads = self.lexicon.folded_forms("AT")
        if any(fold(self.text[t.start_pos : t.end_pos]) in clock_leads for t in items[:-2]):
            raise Reject("a dotted clock after its lead")
        day, month = int(m.group(1)), int(m.group(2))
        months = list(self.lexicon.classes.get("D_MONTH", {}))
        if not (1 <= day <= 31 and 1 <= month <= len(months)):
            raise Reject("no such day or month")
        return self._date([{"month": months[month - 1]}, day])

    def date_day_slash(self, items: list[Any]) -> Built:
        """ "le 14/08", "no dia 17/08": a day and a month joined by a slash with no year,
        told after a lead (the article or the "in" of a date, the noun "day"), where the
        language writes a date's day first (``[date_style] day_first`` lists "/"). With
        no lead, in a language whose order is not said (English "8/14" or "14/8"), or for
        a common fraction ("1/2", "3/4"), the phrase is no date."""
        lead = [t for t in items if isinstance(t, Token) and t.type != "FRACTION_NUM"]
        if not lead or "/" not in self.lexicon.classes.get("DATE_STYLE", {}).get("day_first", ()):
            raise Reject("no day/month")
        if any(
            t.type == "U_DURATION" and str(t.value) != "day" or t.type == "ART" and str(t.value) == "pl"
            for t in lead
        ):
            raise Reject("a unit other than the day, or a plural article")
        after = re.match(r"\s*([^\W\d]+)", self.text[items[-1].end_pos :])
        only_in = all(t.type == "IN" for t in lead)
        if only_in and after and fold(after.group(1)) in self.lexicon.folded_forms("DE"):
            raise Reject("a share of a whole ('dans 9/10 des cas')")
        num = str(items[-1].value)
        day_s, month_s = num.split("/")
        day, month = int(day_s), int(month_s)
        months = list(self.lexicon.classes.get("D_MONTH", {}))
        if not (1 <= day <= 31 and 1 <= month <= len(months)) or len(day_s) > 2 or len(month_s) > 2:
            raise Reject("no such day or month")
        if day < month <= 4 and len(month_s) == 1:
            raise Reject("a common fraction")
        if only_in and len(month_s) == 1:
            raise Reject("after 'in' alone, a month of two digits ('en 24/7' is round the clock)")
        return self._date([{"month": months[month - 1]}, day])

    def date_day_of(self, items: list[Any]) -> Built:
        """ "on 14 of August", "le 14 d'août", "le 14 du mois d'août": a day in digits,
        "of" and its month, after a lead (the "in" of a date or an article); the noun
        between may only be the month's ("mois")."""
        if not (isinstance(items[0], Token) and items[0].type in ("IN", "ART")):
            raise Reject("no lead")
        tokens = [t for t in items if isinstance(t, Token)]
        if any((t.type, str(t.value)) == ("ART", "pl") for t in tokens) or any(
            t.type == "U_DURATION" and str(t.value) != "month" for t in tokens
        ):
            raise Reject("a plural article, or a unit other than the month")
        kept = [
            it for it in items if not (isinstance(it, Token) and it.type in ("IN", "ART", "DE", "U_DURATION"))
        ]
        return self._date(kept)

    def date_day_alone(self, items: list[Any]) -> Built:
        """ "le 14", "on the 22nd", "el día 3": a day of the month told with no month, after
        an article or the noun "day", where the language says so ([date_style] day_alone
        lists the keys of the articles that lead such a day, "def" for French "le", the
        ordinal endings it may take, "er" for "le 1er", "st", "nd", "rd", "th" for English
        "the 22nd", and "day" where the noun "day" may lead it, "el día 3", "no dia 3": a
        day with an ending not listed, "le 14e", is none; one without an ending needs a
        listed article or that noun, "the 14" is a count, "Day 3" of a war none in
        English). The month is the reference date's (``incidents.dates``)."""
        art = _first(items, "ART")
        suffix = _first(items, "N_ORDSUF")
        unit = _first(items, "U_DURATION")
        allowed = {fold(f) for f in self.lexicon.classes.get("DATE_STYLE", {}).get("day_alone", ())}
        if unit is not None and (str(unit.value) != "day" or "day" not in allowed):
            raise Reject("the noun of a unit before a number: a day only where the language says so")
        if art is not None and str(art.value) == "pl":
            raise Reject("a plural article ('los días 3 y 4')")
        if suffix is not None:
            told = fold(self.text[suffix.start_pos : suffix.end_pos]) in allowed
        else:
            told = unit is not None or (art is not None and fold(str(art.value)) in allowed)
        if not told:
            raise Reject("a day alone: not where the language says so")
        return Built("date", None, extra={"date": self._day_alone({}, items, subject=True)})

    def date_day_current(self, items: list[Any]) -> Built:
        """ "le 3 courant", "le 3 du mois en cours", "the 3rd inst.", "the 3rd of this
        month", "el día 3 del corriente", "the first of this month": a day of the month (digits, or
        the ``day_said`` of "the 3rd of May"), then the words of the month
        the text is written in (D_CURRENT), which end the date whatever follows ("le 3
        courant, deux hélicoptères ..."); a noun before the day is only "day" ("el día
        3"). The month is the reference date's (``incidents.dates``), as for a day alone."""
        art = _first(items, "ART")
        unit = _first(items, "U_DURATION")
        if art is not None and str(art.value) == "pl":
            raise Reject("a plural article ('les 3 et 4 courant' is a list)")
        if unit is not None and str(unit.value) != "day":
            raise Reject("the noun of a unit other than the day before the number")
        num = _first(items, "INT")
        said = next((it for it in items if isinstance(it, int)), None)
        day = said if num is None else int(str(num.value))
        if day is None or not 1 <= day <= 31 or num is not None and len(str(num.value)) > 2:
            raise Reject("no day of the month")
        return Built("date", None, extra={"date": {"day": day, "no_month": True}})

    def date_daypart_day(self, items: list[Any]) -> Built:
        """ "dans la matinée du 14", "le soir du 1er": a day with no month after a part of
        the day and a word of "of" that holds the article, where the language lists that
        word ([date_style] day_alone: French "du"). ("la nuit du 24 au 25" is left to the
        incident layer, which reads the hour told with it.)"""
        de = _first(items, "DE")
        allowed = {fold(f) for f in self.lexicon.classes.get("DATE_STYLE", {}).get("day_alone", ())}
        if de is None or fold(self.text[de.start_pos : de.end_pos]) not in allowed:
            raise Reject("a day after 'of' only where the language says so")
        suffix = _first(items, "N_ORDSUF")
        if suffix is not None and fold(self.text[suffix.start_pos : suffix.end_pos]) not in allowed:
            raise Reject("an ending the language does not list ('du 14e')")
        return Built("date", None, extra={"date": self._day_alone({}, items)})

    def date_rel_of(self, items: list[Any]) -> Built:
        """ "dans la journée de mardi", "dans la journée du 4 juillet": a word of a day
        counted from the report's ([d_rel] "dans la journée") then "of" and a day: the
        day named after it is the phrase's day, the first words only its part of it."""
        dropped = ("IN", "ART", "D_REL", "DE")
        return self.date_phrase([it for it in items if not (isinstance(it, Token) and it.type in dropped)])

    def date_weekday_day(self, items: list[Any]) -> Any:
        """ "dimanche 14", "Sunday the 14th", "le mardi 3,": a weekday and its day with no
        month, ending its words (``_day_ends``; "Sunday 14 drones" is a count): the date
        is the last such day that is that weekday (``incidents.dates``)."""
        if any(isinstance(t, Token) and t.type == "PUNCT" and str(t.value) != "," for t in items):
            raise Reject("a weekday and its day are joined by a comma only")
        weekday = next(it for it in items if isinstance(it, dict))
        if "daypart" in weekday or weekday.get("last"):
            raise Reject("'Sunday night 14', 'last Sunday 14': no day of the month")
        return {"_date": self._day_alone(weekday, items), "month_ok": False}

    def _day_alone(self, weekday: dict[str, Any], items: list[Any], subject: bool = False) -> dict[str, Any]:
        """The date of a day told with no month: the day, ending its words (a sign or
        the end of the text follows, or a word of a time's lead: "le 14 à 15 h", "on the
        22nd at noon", "le 3 vers midi"; "le 14 drones", "the 22nd Brigade" are none)."""
        num = _first(items, "INT")
        assert num is not None
        day = int(str(num.value))
        if not 1 <= day <= 31 or len(str(num.value)) > 2:
            raise Reject("no day of the month")
        last = items[-1]
        after = self.text[last.end_pos :].lstrip()
        if (
            after
            and (after[0].isalnum() or after[0] in "-‐‑")
            and not self._time_follows(after)
            and not (subject and self._count_follows(after))
            and not (subject and self._day_listed_after(after))
        ):
            raise Reject("a word after the day")
        return {**weekday, "day": day, "no_month": True}

    def _day_listed_after(self, after: str) -> bool:
        """Does ``after`` begin with a list word and another day of the month told alone
        ("le 9 et le 13", "on the 9th and the 13th", "le 9 et le 13 à 15 h"), that day
        told as one (a listed article or ending, [date_style] day_alone) and ending its
        words as a day alone does? Then the first is a day as well ("le 9 et le 13
        drones" is none)."""
        lex = self.lexicon
        allowed = {fold(f) for f in lex.classes.get("DATE_STYLE", {}).get("day_alone", ())}
        articles = lex.classes.get("ART", {}).items()
        arts = {fold(f) for key, forms in articles if fold(key) in allowed for f in forms}
        m = re.match(r"([^\W\d_]+|&)\s+(?:([^\W\d_]+)\s+)?([^\W\d_]+['’]?)\s*(\d{1,2})([^\W\d_]*)", after)
        if m is None or fold(m.group(1)) not in lex.folded_forms("AND"):
            return False
        lead, art, ending = m.group(2), fold(m.group(3).replace("’", "'")), fold(m.group(5))
        if lead is not None and fold(lead) not in lex.folded_forms("IN"):
            return False
        if art not in lex.folded_forms("ART") or not (art in arts or ending in allowed):
            return False
        if ending and ending not in allowed:
            return False
        rest = after[m.end() :].lstrip()
        return not rest or not (rest[0].isalnum() or rest[0] in "-‐‑") or self._time_follows(rest)

    def _count_follows(self, after: str) -> bool:
        """Does ``after`` begin with an article or a count of two or more, which no day's
        noun takes ("On the 14th two jets entered ...", "On the 14th a drone ...", "Le 14
        trois drones ..."; "the 2nd one", "the 22nd Brigade" go on with the day)?"""
        m = re.match(r"(\d+)\b|([^\W\d_]+)", after)
        if m is None:
            return False
        if m.group(1):
            return True
        word = fold(m.group(2))
        lex = self.lexicon
        if word in lex.folded_forms("ART") | lex.folded_forms("N_ART"):
            return True
        for cls in ("N_DIGIT", "N_TEEN", "N_TENS"):
            for key, forms in lex.classes.get(cls, {}).items():
                if int(key) >= 2 and word in {fold(f) for f in forms}:
                    return True
        return False

    def _time_follows(self, after: str) -> bool:
        """Does ``after`` begin with a time's lead ("à 15 h", "vers midi", "at noon") or a
        part of the day ("au soir", "dans la nuit", "in the morning")?"""
        words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", after[:60].replace("’", "'"))[:5]
        if not words:
            return False
        lex = self.lexicon
        if fold(words[0]) in lex.folded_forms("AT") | lex.folded_forms("APPROX"):
            return True
        parts = {re.sub(r"[-‐‑]", " ", f) for f in lex.folded_forms("T_DAYPART")}
        return any(fold(" ".join(words[:k])) in parts for k in range(1, len(words) + 1))

    def date_days(self, items: list[Any]) -> Any:
        """ "du 3 au 5 mars", "les 3 et 4 mars", "March 3-5": the first day (the
        phrase is read whole, so that its days are no range of counts)."""
        ints = [k for k, it in enumerate(items) if isinstance(it, int)]
        if len(ints) < 2 or not items[ints[0]] < items[ints[1]] <= 31:
            raise Reject("days")
        kept = [
            it
            for k, it in enumerate(items)
            if k != ints[1] and not (isinstance(it, Token) and it.type in ("TO", "HYPHEN", "DASH"))
        ]
        return self._inner(kept)

    def date_listed(self, items: list[Any]) -> Any:
        """ "3 and 5 May", "les 3, 5 et 7 mai", "May 3 and 5": the day told with the
        month is the phrase's; the others, bare days of the same month told before it
        (or after it, month first), are kept for the incident layer."""
        day = next(it for it in items if isinstance(it, int))
        others = [it for it in items if isinstance(it, Token) and it.type == "INT"]
        values = [int(str(o.value)) for o in others]
        month_first = isinstance(items[0], Token) and items[0].type == "D_MONTH"
        told = [day, *values] if month_first else [*values, day]
        if any(not 1 <= v <= 31 for v in values) or told != sorted(set(told)):
            raise Reject("listed days")  # in the order of the calendar, each once
        if any(t.type == "PUNCT" and str(t.value) != "," for t in items if isinstance(t, Token)):
            raise Reject("days are listed with commas")
        links = ("AND", "ART", "PUNCT")
        kept = [it for it in items if it not in others and not (isinstance(it, Token) and it.type in links)]
        inner = self._inner(kept)
        # no offsets in a memoised value: the other days, and on which side of the phrase's own
        side = "after" if month_first else "before"
        inner["_date"]["also_days"] = [(v, side) for v in values]
        return inner

    def date_month(self, items: list[Any]) -> Any:
        return self._inner(items, month_ok=True)

    def date_relative(self, items: list[Any]) -> Any:
        """ "hier", "ce soir", "this morning": a day counted from the report's. Not one
        told as that day by the particle hyphened to it ([d_distal]: "ce jour-là",
        "cette nuit-là"), which points back at a day told before."""
        ends = [it.end_pos for it in items if isinstance(it, Token) and it.end_pos is not None]
        if ends and self._distal_after(max(ends)):
            raise Reject("a day told as that day, not the report's")
        return self._inner(items)

    def _distal_after(self, end: int) -> bool:
        """Is the word hyphened right after ``end`` a particle of distance ("-là")?"""
        m = _HYPHENED.match(self.text, end)
        return m is not None and fold(m.group(1)) in self.lexicon.folded_forms("D_DISTAL")

    def date_ago(self, items: list[Any]) -> Any:
        """ "three days ago", "il y a deux semaines": a count of units back from the
        report's date, resolved by dateparser in English ("3 days ago"); with a word of
        the very day after it (D_EXACT: "il y a un an jour pour jour", "a year ago to
        the day") the day itself, months or years back."""
        num = next(it for it in items if isinstance(it, Num))
        unit = _first(items, "U_DURATION")
        if num.vague or unit is None or num.value != int(num.value) or not 0 < num.value < 1000:
            raise Reject("a vague or odd count")
        key = str(unit.value)
        key = "day" if key == "night" else key  # "il y a deux nuits": two days back
        if key not in ("day", "week", "month", "year"):
            raise Reject("not a count of days, weeks, months or years")
        n = int(num.value)
        info: dict[str, Any] = {"relative": f"{n} {key}{'s' if n > 1 else ''} ago"}
        if _first(items, "D_EXACT") is not None:
            info["exact"] = True  # "il y a un an jour pour jour": that very day
        return {"_date": info, "month_ok": False}

    def date_numeric(self, items: list[Any]) -> Any:
        return self._date(items)


def _day_of(tokens: list[Token]) -> int:
    """The day told by digits or day words, a tens word first where there are two:
    twenty or thirty and a day of one to nine, no more than 31."""
    values = [int(str(t.value)) for t in tokens]
    if len(values) == 2:
        tens, unit = values
        if tens not in (20, 30) or not 1 <= unit <= 9 or tens + unit > 31:
            raise Reject("no day of the month")
        return tens + unit
    return values[0]


# ----------------------------------------------------------------------- quantities
