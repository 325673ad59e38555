"""A day of the month in words: ``[d_day]`` of each lexicon, keyed by its number, in
the form a date takes (French, Spanish, Italian and Portuguese count from the second day
on, German says "am zwölften", Russian, Polish and Ukrainian put the ordinal in the
genitive), after a tens word where the language says the day in two ("twenty-second",
"двадцать первого"). A day-precision date wherever a numeric day stands, and after "of"
("the first of June") or, ending its words, after the month and an article ("May the
third"). An ordinal before a noun ("the first aircraft", "le premier avion") and an
ordinal without a month are no date; a number word that is a day word too stays a
number without a month. At the end: a day and a month in digits with their dots.
"""

from __future__ import annotations

import pytest

from incidents.api import mentions

REF = "2025-06-20"  # a Friday


def _days(text: str, lang: str) -> list[str | None]:
    """The day-precision dates of ``text``."""
    return [
        m.value for m in mentions(text, lang, REF) if m.kind == "date" and m.extra.get("precision") == "day"
    ]


def _kinds(text: str, lang: str) -> list[tuple[str, object]]:
    return [(m.kind, m.value) for m in mentions(text, lang, REF)]


DAY_WORDS = [
    ("en", "The drone crossed the border on the first of June.", "2025-06-01"),
    ("en", "A jet entered the airspace on the twelfth of May 2024.", "2024-05-12"),
    ("en", "The incursion took place May the third, officials said.", "2025-05-03"),
    ("en", "It happened June the 2nd.", "2025-06-02"),
    ("en", "Two fighters came close on the 3rd of June.", "2025-06-03"),
    ("en", "The balloon was seen on April twenty-first.", "2025-04-21"),
    ("en", "A drone came on the twenty-second of May.", "2025-05-22"),
    ("fr", "Le premier mai, un drone a survolé la base.", "2025-05-01"),
    ("fr", "Le 1er mai, un drone a survolé la base.", "2025-05-01"),
    ("fr", "L'avion est entré dans l'espace aérien le trois juin.", "2025-06-03"),
    ("fr", "Un hélicoptère a été repéré le vingt et un mars 2024.", "2024-03-21"),
    ("fr", "Le vingt-deux mai, deux chasseurs ont été interceptés.", "2025-05-22"),
    ("es", "El primero de junio un dron cruzó la frontera.", "2025-06-01"),
    ("es", "Un caza entró en el espacio aéreo el tres de mayo.", "2025-05-03"),
    ("es", "El veintiuno de abril de 2024 se vio un globo.", "2024-04-21"),
    ("it", "Il primo giugno un drone ha sorvolato la base.", "2025-06-01"),
    ("it", "Un caccia è entrato nello spazio aereo il tre maggio.", "2025-05-03"),
    ("it", "Il primo di giugno un elicottero è stato avvistato.", "2025-06-01"),
    ("de", "Am zwölften April flog eine Drohne ein.", "2025-04-12"),
    ("de", "Ein Kampfjet verletzte am ersten Mai den Luftraum.", "2025-05-01"),
    ("de", "Am einundzwanzigsten März 2024 wurde ein Ballon gesichtet.", "2024-03-21"),
    ("pt", "No dia primeiro de maio um drone sobrevoou a base.", "2025-05-01"),
    ("pt", "Um caça entrou no espaço aéreo a três de junho.", "2025-06-03"),
    ("pt", "Em vinte e dois de maio um balão foi visto.", "2025-05-22"),
    ("ru", "Двенадцатого апреля беспилотник нарушил воздушное пространство.", "2025-04-12"),
    ("ru", "Самолёт был замечен первого мая.", "2025-05-01"),
    ("ru", "Двадцать первого марта 2024 года пролетел вертолёт.", "2024-03-21"),
    ("pl", "Dwunastego kwietnia dron naruszył przestrzeń powietrzną.", "2025-04-12"),
    ("pl", "Samolot zauważono pierwszego maja.", "2025-05-01"),
    ("pl", "Dwudziestego pierwszego marca przeleciał śmigłowiec.", "2025-03-21"),
    ("uk", "Дванадцятого квітня безпілотник порушив повітряний простір.", "2025-04-12"),
    ("uk", "Літак помітили першого травня.", "2025-05-01"),
    ("uk", "Двадцять першого березня пролетів гелікоптер.", "2025-03-21"),
    ("uk", "Дрон помітили п'ятнадцятого травня.", "2025-05-15"),
]


@pytest.mark.parametrize(("lang", "text", "day"), DAY_WORDS)
def test_a_day_in_words_is_a_date(lang: str, text: str, day: str) -> None:
    assert _days(text, lang) == [day]


NO_DAY = [
    ("en", "The first aircraft crossed the border."),
    ("en", "In May the third drone crossed the border."),
    ("en", "It was the first time."),
    ("en", "first"),
    ("fr", "Le premier avion a franchi la frontière en mai."),
    ("fr", "Trois drones ont été vus en juin."),
    ("es", "El primer dron cruzó la frontera en mayo."),
    ("es", "Tres aviones entraron en junio."),
    ("it", "Il primo drone è entrato a maggio."),
    ("de", "Die ersten Drohnen kamen im Mai."),
    ("de", "Der erste Jet flog ein."),
    ("pt", "O primeiro drone entrou em maio."),
    ("ru", "Первый самолёт пересёк границу в мае."),
    ("ru", "Пилот первого самолёта не ответил."),
    ("pl", "Pilot pierwszego drona nie odpowiedział."),
    ("uk", "Пілот першого літака не відповів."),
    # number words that are day words too stay numbers without a month
    ("fr", "Vingt-quatre drones ont été abattus."),
    ("en", "A twenty-second flight over the base."),
]


@pytest.mark.parametrize(("lang", "text"), NO_DAY)
def test_an_ordinal_without_its_month_is_no_day(lang: str, text: str) -> None:
    assert _days(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "kind", "value"),
    [
        ("fr", "Vingt-quatre personnes ont vu le drone.", "number", 24),
        ("fr", "vingt-trois ou vingt-quatre", "number", 24),
        ("en", "A twenty-second flight over the base.", "duration", 20.0),
        ("es", "Tres personas vieron el dron en junio.", "number", 3),
    ],
)
def test_day_words_stay_numbers_without_a_month(lang: str, text: str, kind: str, value: object) -> None:
    assert (kind, value) in _kinds(text, lang)


# A day and a month with their dots and no year ("am 31.05.", "le 31.05."), in the
# languages whose decimal mark is the comma: resolved against the reference date like
# "31 May". A dotted clock after its "at" ("в 10.05", "o 21.40", "às 10.05"), a decimal
# in English, a version number ("1.12.3") stay what they are.
DAY_MONTH_DOTS = [
    ("de", "Die Drohne wurde am 31.05. gesichtet.", "2025-05-31"),
    ("de", "Das geschah am 31.05.", "2025-05-31"),
    ("de", "Am 03.06. flog ein Jet ein.", "2025-06-03"),
    ("fr", "Le drone a été aperçu le 31.05.", "2025-05-31"),
    ("fr", "Un avion est entré le 03.06. au matin.", "2025-06-03"),
    ("pl", "Dron wleciał w dniu 31.05.", "2025-05-31"),
    ("ru", "Беспилотник был замечен 03.06.", "2025-06-03"),
    ("uk", "Дрон помітили 31.05.", "2025-05-31"),
    ("it", "Il drone è stato visto il 31.05.", "2025-05-31"),
    # a date the reference has not reached yet: the year before
    ("de", "Die Drohne wurde am 24.12. gesichtet.", "2024-12-24"),
    # with a year, as before
    ("de", "Die Drohne wurde am 31.05.2023. gesichtet.", "2023-05-31"),
]


@pytest.mark.parametrize(("lang", "text", "day"), DAY_MONTH_DOTS)
def test_day_and_month_with_their_dots(lang: str, text: str, day: str) -> None:
    assert _days(text, lang) == [day]


def test_day_and_month_then_a_time() -> None:
    kinds = _kinds("Am 31.05. um 14 Uhr flog eine Drohne ein.", "de")
    assert ("date", "2025-05-31") in kinds and ("time", "14:00") in kinds


@pytest.mark.parametrize(
    ("lang", "text", "kind", "value"),
    [
        ("ru", "Дрон пролетел в 10.05.", "time", "10:05"),
        ("ru", "Самолёт появился в 15.20.", "time", "15:20"),
        ("pl", "Dron przeleciał o 21.40.", "time", "21:40"),
        ("pt", "O drone passou às 10.05.", "time", "10:05"),
        ("de", "Die Drohne kam um 10.05 Uhr.", "time", "10:05"),
        ("en", "The index rose to 12.05.", "number", 12.05),
    ],
)
def test_dotted_clocks_and_decimals_stay(lang: str, text: str, kind: str, value: object) -> None:
    assert _days(text, lang) == []
    assert (kind, value) in _kinds(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Version 1.12.3 wurde installiert."),
        ("de", "Die Adresse ist 1.2.3.4."),
        ("de", "Der Wert lag bei 31.13."),
        ("fr", "La version 2.10.1 est sortie."),
        ("ru", "Коэффициент вырос в 1.5."),
        ("en", "The drone flew on 31.05."),
    ],
)
def test_no_day_and_month_there(lang: str, text: str) -> None:
    assert _days(text, lang) == []
