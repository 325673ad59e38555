"""Counts and measures told by a word of their own, in every language (tables of our
own sentences; each phenomenon is a mechanism switched on by lexicon data):

- ``[n_mixed]``: one word worth a whole and a half ("półtora", "полтора",
  "anderthalb") is an exact 1.5, like "one and a half" or "un kilomètre et demi";
  only an approximation word makes it approximate.
- a noun the lexicon lists in the singular and the plural class alike ("caccia",
  "Bomber", "Hubschrauber") tells no number: a count or an article does ("due caccia",
  "un caccia", "il caccia" one, "i caccia" several: ``[art] pl``); with neither, the count
  is not told. A plural article makes any phrase plural ("les Rafale", "los F-16").
  Where the language lists its adjective endings (``[format] adjective_singular``,
  ``adjective_plural``), an adjective tells it too: "российский БПЛА" one,
  "российские БПЛА" several, "caccia russo" one.
- a noun listed as a category and as a role noun ("bombers", "avions de chasse",
  "cazas") gives both, whichever class the scanner read it as.
- ``[ac_pair]``: a pair of aircraft is two ("a pair of fighters", "une paire de
  chasseurs", "ein Paar Kampfjets", "eine Rotte"), also where the pair word is an
  approximate group of other things and stands with no article ("пара истребителей",
  but "пару минут" stays about two minutes); "a couple of", "un paio di", "ein paar",
  "parę" are vague (no count told).
- a model in quotation marks or parentheses ("«Орлан-10»", "„Shahed“", '"Orlan-10"')
  is part of its aircraft phrase: it keeps the nationality told before it.
"""

from __future__ import annotations

from typing import Any

import pytest

import incidents

REF = "2025-06-01"


def _measure(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [
        (m.kind, m.value, m.bound)
        for m in incidents.mentions(text, lang=lang)
        if m.kind in ("distance", "duration")
    ]


def _records(text: str, lang: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = incidents.parse(text, lang=lang, reference_date=REF).to_dict()["incidents"]
    return out


# ---------------------------------------------------------------- one and a half
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("one and a half kilometres", "en", ("distance", 1500.0, None)),
        ("a mile and a half", "en", ("distance", 2414.016, None)),
        ("about one and a half miles", "en", ("distance", 2414.016, "approx")),
        ("un kilomètre et demi", "fr", ("distance", 1500.0, None)),
        ("environ un kilomètre et demi", "fr", ("distance", 1500.0, "approx")),
        ("une minute et demie", "fr", ("duration", 90.0, None)),
        ("una milla y media", "es", ("distance", 2414.016, None)),
        ("półtora kilometra", "pl", ("distance", 1500.0, None)),
        ("półtorej minuty", "pl", ("duration", 90.0, None)),
        ("około półtora kilometra", "pl", ("distance", 1500.0, "approx")),
        ("ponad półtora kilometra", "pl", ("distance", 1500.0, "min")),
        ("полтора километра", "ru", ("distance", 1500.0, None)),
        ("полторы минуты", "ru", ("duration", 90.0, None)),
        ("около полутора километров", "ru", ("distance", 1500.0, "approx")),
        ("до полутора километров", "ru", ("distance", 1500.0, "max")),
        ("полторы тысячи метров", "ru", ("distance", 1500.0, None)),
        ("півтора кілометра", "uk", ("distance", 1500.0, None)),
        ("близько півтора кілометра", "uk", ("distance", 1500.0, "approx")),
        ("anderthalb Kilometer", "de", ("distance", 1500.0, None)),
        ("eineinhalb Minuten", "de", ("duration", 90.0, None)),
        ("etwa anderthalb Kilometer", "de", ("distance", 1500.0, "approx")),
    ],
)
def test_one_and_a_half_is_exact(text: str, lang: str, want: tuple[str, float, str | None]) -> None:
    assert _measure(text, lang) == [want]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A Russian drone flew one and a half kilometres into Estonian airspace.", "en"),
        ("Un drone russe a pénétré d'un kilomètre et demi dans l'espace aérien estonien.", "fr"),
        ("Rosyjski dron wleciał na półtora kilometra w głąb przestrzeni powietrznej Estonii.", "pl"),
        ("Российский беспилотник залетел на полтора километра в воздушное пространство Эстонии.", "ru"),
        ("Eine russische Drohne drang anderthalb Kilometer tief in den estnischen Luftraum ein.", "de"),
    ],
)
def test_one_and_a_half_depth_is_exact(text: str, lang: str) -> None:
    got = _records(text, lang)
    assert [(r["depth_m"], r["depth_bound"]) for r in got] == [(1500, "exact")]


# ---------------------------------------------------------------- pairs
@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("A pair of Russian fighters violated Estonian airspace.", "en", 2),
        ("Two pairs of Russian fighters violated Estonian airspace.", "en", 4),
        ("A couple of Russian drones violated Estonian airspace.", "en", None),
        ("Une paire de chasseurs russes a violé l'espace aérien estonien.", "fr", 2),
        ("Deux paires de chasseurs russes ont violé l'espace aérien estonien.", "fr", 4),
        ("Une dizaine de drones russes ont violé l'espace aérien estonien.", "fr", 10),
        ("Пара российских истребителей нарушила воздушное пространство Эстонии.", "ru", 2),
        ("Пару российских истребителей заметили в воздушном пространстве Эстонии.", "ru", 2),
        ("Две пары российских истребителей нарушили воздушное пространство Эстонии.", "ru", 4),
        ("Десяток российских дронов нарушил воздушное пространство Эстонии.", "ru", 10),
        ("Пара російських винищувачів порушила повітряний простір Естонії.", "uk", 2),
        ("Para rosyjskich myśliwców naruszyła przestrzeń powietrzną Estonii.", "pl", 2),
        ("Parę rosyjskich dronów naruszyło przestrzeń powietrzną Estonii.", "pl", None),
        ("Ein Paar russischer Kampfjets hat den estnischen Luftraum verletzt.", "de", 2),
        ("Eine Rotte russischer Kampfjets hat den estnischen Luftraum verletzt.", "de", 2),
        ("Ein paar russische Kampfjets haben den estnischen Luftraum verletzt.", "de", None),
        ("Una coppia di caccia russi ha violato lo spazio aereo estone.", "it", 2),
        ("Un paio di droni russi hanno violato lo spazio aereo estone.", "it", None),
        ("Una pareja de cazas rusos violó el espacio aéreo estonio.", "es", 2),
        ("Uma dupla de caças russos violou o espaço aéreo estoniano.", "pt", 2),
    ],
)
def test_a_pair_is_two(text: str, lang: str, count: int | None) -> None:
    assert [r["aircraft_count"] for r in _records(text, lang)] == [count]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A pair of binoculars was found near the Estonian border.", "en"),
        ("Une paire de jumelles a été retrouvée près de la frontière estonienne.", "fr"),
        ("Пару часов спустя пограничники нашли обломки.", "ru"),
    ],
)
def test_a_pair_of_something_else_is_no_aircraft(text: str, lang: str) -> None:
    assert not any(m.kind == "aircraft" for m in incidents.mentions(text, lang=lang))


def test_a_pair_word_with_a_unit_stays_approximate() -> None:
    assert _measure("пару минут", "ru") == [("duration", 120.0, "approx")]


# ---------------------------------------------------------------- quoted models
@pytest.mark.parametrize(
    ("text", "lang", "model", "violator"),
    [
        ('A Russian "Orlan-10" drone violated Estonian airspace.', "en", "Orlan-10", "RU"),
        ("A Russian 'Orlan-10' drone violated Estonian airspace.", "en", "Orlan-10", "RU"),
        ('Two Russian "Su-27" fighters violated Estonian airspace.', "en", "Su-27", "RU"),
        ('A drone "Orlan-10" of unknown origin violated Estonian airspace.', "en", "Orlan-10", None),
        ("Un drone russe « Orlan-10 » a violé l'espace aérien estonien.", "fr", "Orlan-10", "RU"),
        ("Un drone russe de type «Orlan-10» a violé l'espace aérien estonien.", "fr", "Orlan-10", "RU"),
        ("Un drone « Orlan-10 » a violé l'espace aérien estonien.", "fr", "Orlan-10", None),
        ("Le blog (B2) dit que deux chasseurs russes ont violé l'espace aérien letton.", "fr", None, "RU"),
        ("Российский беспилотник «Орлан-10» нарушил воздушное пространство Эстонии.", "ru", "Orlan-10", "RU"),
        ("Российский дрон типа „Орлан-10“ нарушил воздушное пространство Эстонии.", "ru", "Orlan-10", "RU"),
        ("Російський безпілотник «Орлан-10» порушив повітряний простір Естонії.", "uk", "Orlan-10", "RU"),
        ("Rosyjski dron „Orlan-10” naruszył przestrzeń powietrzną Estonii.", "pl", "Orlan-10", "RU"),
        ("Eine russische Drohne vom Typ „Shahed“ verletzte den estnischen Luftraum.", "de", "Shahed", "RU"),
    ],
)
def test_a_quoted_model_keeps_its_nationality(text: str, lang: str, model: str, violator: str | None) -> None:
    got = _records(text, lang)
    assert [(r["aircraft_model"], r["violator_state"]) for r in got] == [(model, violator)]


# ---------------------------------------------------------------- singular = plural
@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Two Russian bombers violated Estonian airspace.", "en", 2),
        ("A Russian bomber violated Estonian airspace.", "en", 1),
        ("Russian aircraft violated Estonian airspace.", "en", None),
        # English "the" tells no number either (French "le"/"les" do)
        ("The Russian aircraft violated Estonian airspace.", "en", None),
        ("An unidentified aircraft violated Estonian airspace.", "en", 1),
        ("Deux Rafale français ont violé l'espace aérien estonien.", "fr", 2),
        ("Les Rafale français ont violé l'espace aérien estonien.", "fr", None),
        ("Le Rafale français a violé l'espace aérien estonien.", "fr", 1),
        ("L'avion russe a violé l'espace aérien estonien.", "fr", 1),
        ("Due caccia russi hanno violato lo spazio aereo estone.", "it", 2),
        ("Un caccia russo ha violato lo spazio aereo estone.", "it", 1),
        ("Il caccia russo ha violato lo spazio aereo estone.", "it", 1),
        ("I caccia russi hanno violato lo spazio aereo estone.", "it", None),
        ("Caccia russi hanno violato lo spazio aereo estone.", "it", None),
        ("Tre caccia intercettori russi hanno violato lo spazio aereo estone.", "it", 3),
        ("Zwei russische Bomber haben den estnischen Luftraum verletzt.", "de", 2),
        ("Ein russischer Bomber hat den estnischen Luftraum verletzt.", "de", 1),
        ("Der russische Bomber hat den estnischen Luftraum verletzt.", "de", 1),
        ("Die russischen Bomber haben den estnischen Luftraum verletzt.", "de", None),
        ("Russische Bomber haben den estnischen Luftraum verletzt.", "de", None),
        ("Russische Hubschrauber haben den estnischen Luftraum verletzt.", "de", None),
        ("Zwei russische Hubschrauber haben den estnischen Luftraum verletzt.", "de", 2),
        ("Die russische Drohne hat den estnischen Luftraum verletzt.", "de", 1),
        ("Los F-16 turcos violaron el espacio aéreo griego.", "es", None),
        ("El F-16 turco violó el espacio aéreo griego.", "es", 1),
        ("Os F-16 turcos violaram o espaço aéreo grego.", "pt", None),
    ],
)
def test_a_noun_of_either_number_counts_by_its_words(text: str, lang: str, count: int | None) -> None:
    assert [r["aircraft_count"] for r in _records(text, lang)] == [count]


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Российский БПЛА нарушил воздушное пространство Эстонии.", "ru", 1),
        ("Российские БПЛА нарушили воздушное пространство Эстонии.", "ru", None),
        ("Три российских БПЛА нарушили воздушное пространство Эстонии.", "ru", 3),
        ("БПЛА нарушил воздушное пространство Эстонии.", "ru", None),
        ("Російський БПЛА порушив повітряний простір Естонії.", "uk", 1),
        ("Російські БПЛА порушили повітряний простір Естонії.", "uk", None),
        ("Rosyjski BSP naruszył przestrzeń powietrzną Estonii.", "pl", 1),
        ("Dwa rosyjskie BSP naruszyły przestrzeń powietrzną Estonii.", "pl", 2),
        ("Caccia russo viola lo spazio aereo estone.", "it", 1),
        ("Caccia russi violano lo spazio aereo estone.", "it", None),
        ("Russian drones violated Estonian airspace.", "en", None),
        ("Un drone russe a violé l'espace aérien estonien.", "fr", 1),
    ],
)
def test_an_adjective_tells_the_number_of_a_noun_of_either(text: str, lang: str, count: int | None) -> None:
    assert [r["aircraft_count"] for r in _records(text, lang)] == [count]


# ---------------------------------------------------------------- category and role
@pytest.mark.parametrize(
    ("text", "lang", "role"),
    [
        ("Two Russian bombers violated Estonian airspace.", "en", "bomber"),
        ("Three Belarusian fighter jets crossed into Latvian airspace.", "en", "fighter"),
        ("Russian warplanes violated Estonian airspace.", "en", None),
        ("A Russian plane violated Estonian airspace.", "en", None),
        ("Deux avions de chasse russes ont violé l'espace aérien estonien.", "fr", "fighter"),
        ("Un bombardier russe a violé l'espace aérien estonien.", "fr", "bomber"),
        ("Un avion russe a violé l'espace aérien estonien.", "fr", None),
        ("Dos cazas rusos violaron el espacio aéreo estonio.", "es", "fighter"),
        ("Due aerei da caccia russi hanno violato lo spazio aereo estone.", "it", "fighter"),
        ("Dois caças russos violaram o espaço aéreo estoniano.", "pt", "fighter"),
        ("Два російські бомбардувальники порушили повітряний простір Естонії.", "uk", "bomber"),
        ("Dwa rosyjskie myśliwce naruszyły przestrzeń powietrzną Estonii.", "pl", "fighter"),
        ("Para rosyjskich bombowców naruszyła przestrzeń powietrzną Estonii.", "pl", "bomber"),
        ("Dwa rosyjskie samoloty naruszyły przestrzeń powietrzną Estonii.", "pl", None),
    ],
)
def test_a_category_noun_that_is_a_role_noun_gives_its_role(text: str, lang: str, role: str | None) -> None:
    assert [r["aircraft_role"] for r in _records(text, lang)] == [role]
