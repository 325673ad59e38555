"""The incident layer on reports written for these tests (one phenomenon per case)."""

from __future__ import annotations

import dataclasses
from datetime import date, time

import pytest

import incidents
from incidents.model import RECORD_FIELDS, Bound, Category, Certainty, Incident, Zone


def parse(text: str, lang: str, ref: str | None = "2024-03-15") -> incidents.Report:
    return incidents.parse(text, lang=lang, reference_date=ref)


def only(text: str, lang: str, ref: str | None = "2024-03-15") -> Incident:
    report = parse(text, lang, ref)
    assert len(report.incidents) == 1, [i.to_dict() for i in report.incidents]
    return report.incidents[0]


# ---------------------------------------------------------------- one incident, every field
def test_french_wire_copy_gives_every_field() -> None:
    text = (
        "Jeudi vers 14 h 05, deux chasseurs russes Su-30 ont pénétré dans l'espace aérien "
        "lituanien près de Kybartai, jusqu'à une profondeur de 2,5 kilomètres, pendant "
        "trois minutes, a indiqué l'armée lituanienne."
    )
    inc = only(text, "fr")
    assert inc.aircraft_category is Category.AIRPLANE
    assert inc.aircraft_model == "Su-30"
    assert inc.aircraft_count == 2
    assert (inc.violator_state, inc.violated_state) == ("RU", "LT")
    assert inc.zone is Zone.AIRSPACE
    assert inc.date == date(2024, 3, 14)
    assert (inc.time, inc.time_approx) == (time(14, 5), True)
    assert (inc.depth_m, inc.depth_bound) == (2500, Bound.MAX)
    assert inc.duration_s == 180
    assert inc.location == "Kybartai"
    assert inc.certainty is Certainty.CONFIRMED


def test_english_report_with_units_and_bounds() -> None:
    text = (
        "A Russian Il-20 reconnaissance aircraft entered Estonian airspace near Vaindloo "
        "island on Tuesday at 11:42 local time, flying about 1.5 nautical miles into the "
        "country for less than a minute, the Estonian Defence Forces said."
    )
    inc = only(text, "en")
    assert inc.aircraft_model == "Il-20"
    assert inc.aircraft_role is not None and inc.aircraft_role.value == "reconnaissance"
    assert inc.date == date(2024, 3, 12)
    assert inc.time == time(11, 42) and inc.time_approx is False
    assert inc.depth_m == pytest.approx(2778.0)
    assert inc.depth_bound is Bound.APPROX
    assert (inc.duration_s, inc.duration_bound) == (60, Bound.MAX)
    assert inc.violated_state == "EE" and inc.violator_state == "RU"


# ---------------------------------------------------------------- several incidents
def test_two_crossings_in_one_paragraph_are_two_records() -> None:
    text = (
        "Selon Minsk, des avions lituaniens auraient franchi la frontière mardi. Vers 9 h 40, "
        "l'avion a survolé la frontière de la République de Biélorussie sur 800 mètres. "
        "À 10 h 15, l'hélicoptère a violé à deux reprises la frontière de l'État, "
        "parcourant jusqu'à 400 mètres."
    )
    found = parse(text, "fr").incidents
    assert [i.aircraft_category for i in found] == [Category.AIRPLANE, Category.HELICOPTER]
    assert [i.time for i in found] == [time(9, 40), time(10, 15)]
    assert all(i.violated_state == "BY" and i.violator_state == "LT" for i in found)
    assert all(i.date == date(2024, 3, 12) for i in found)
    assert found[1].repetitions == 2
    assert all(i.certainty is Certainty.ALLEGED for i in found)


def test_listed_aircraft_of_different_kinds_are_separate_records() -> None:
    text = (
        "A Turkish helicopter and two F-16 fighter jets violated Greek airspace near "
        "Rhodes on Monday, the Greek general staff said."
    )
    found = parse(text, "en").incidents
    assert sorted(i.aircraft_category.value for i in found) == ["airplane", "helicopter"]
    f16 = next(i for i in found if i.aircraft_model == "F-16")
    assert f16.aircraft_count == 2


# ---------------------------------------------------------------- anaphora and context
def test_the_aircraft_refers_back_to_the_helicopter() -> None:
    text = (
        "Un hélicoptère Mi-8 biélorusse a été repéré mardi près de Białowieża. "
        "L'appareil a pénétré d'environ un kilomètre dans l'espace aérien polonais."
    )
    inc = only(text, "fr")
    assert inc.aircraft_category is Category.HELICOPTER
    assert inc.aircraft_model == "Mi-8"
    assert (inc.violator_state, inc.violated_state) == ("BY", "PL")
    assert inc.depth_m == 1000 and inc.depth_bound is Bound.APPROX


def test_our_airspace_is_the_speakers_state() -> None:
    text = (
        "SEOUL - South Korea's military said two North Korean drones violated our airspace "
        "near Paju on Sunday."
    )
    inc = only(text, "en")
    assert (inc.violator_state, inc.violated_state) == ("KP", "KR")


# ---------------------------------------------------------------- what is not an incident
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two Russian bombers flew along the Norwegian coast but did not enter Norway's airspace."),
        ("en", "Eight Chinese aircraft entered Taiwan's air defence identification zone on Monday."),
        ("en", "A Russian Il-20 entered the Tallinn flight information region without a flight plan."),
        ("fr", "Le drone n'a pas pénétré dans l'espace aérien roumain, a précisé le ministère."),
        ("fr", "Deux avions russes ont longé la frontière finlandaise sans la franchir."),
        ("fr", "L'exercice prévoit des incursions simulées de drones dans l'espace aérien polonais."),
        ("en", "A missile struck a port less than 300 metres from the border with Romania."),
        ("en", "The bombers stayed in international airspace throughout the flight."),
        ("fr", "Le ministre a parlé de la défense aérienne lors d'une conférence à Riga."),
    ],
)
def test_negated_hypothetical_and_outside_phrasing_give_no_incident(lang: str, text: str) -> None:
    assert parse(text, lang).incidents == ()


def test_an_adiz_entry_is_not_a_violation_but_the_airspace_one_is() -> None:
    text = (
        "Six Chinese aircraft entered the ADIZ on Friday. One of them, a Y-9, then violated "
        "Taiwan's territorial airspace for two minutes."
    )
    inc = only(text, "en")
    assert inc.zone is Zone.AIRSPACE and inc.violated_state == "TW"
    assert inc.duration_s == 120


# ---------------------------------------------------------------- certainty
@pytest.mark.parametrize(
    ("lang", "text", "certainty"),
    [
        ("fr", "Des drones russes auraient pénétré dans l'espace aérien moldave lundi.", Certainty.ALLEGED),
        ("en", "Russian drones allegedly entered Moldovan airspace on Monday.", Certainty.ALLEGED),
        (
            "en",
            "According to Minsk, a Polish helicopter crossed into Belarusian airspace.",
            Certainty.ALLEGED,
        ),
        (
            "en",
            "Two Russian jets violated Finnish airspace on Friday, the Finnish Defence Ministry said.",
            Certainty.CONFIRMED,
        ),
        ("fr", "Un drone russe a violé l'espace aérien roumain lundi.", Certainty.REPORTED),
        (
            "en",
            "Turkish jets violated Greek airspace on Tuesday, according to Greek defence officials.",
            Certainty.CONFIRMED,
        ),
        (
            "fr",
            "Selon le ministère roumain de la Défense, un drone russe a pénétré dans son espace aérien.",
            Certainty.CONFIRMED,
        ),
        (
            "fr",
            "Selon le Daily Express, un drone russe a pénétré dans l'espace aérien roumain.",
            Certainty.ALLEGED,
        ),
    ],
)
def test_certainty(lang: str, text: str, certainty: Certainty) -> None:
    assert only(text, lang).certainty is certainty


# ---------------------------------------------------------------- validation
def test_impossible_clock_time_is_an_error_not_a_value() -> None:
    report = parse("À 25 h 70, un drone russe a violé l'espace aérien roumain.", "fr")
    codes = [d.code for d in report.diagnostics]
    assert "E101" in codes
    assert all(i.time is None for i in report.incidents)
    diag = next(d for d in report.diagnostics if d.code == "E101")
    assert (diag.line, diag.column) == (1, 1) and diag.span == (0, 9)


def test_altitude_above_thirty_km_is_an_error() -> None:
    report = parse("A Russian jet violated Polish airspace on Monday at an altitude of 150,000 feet.", "en")
    assert "E204" in [d.code for d in report.diagnostics]
    assert all(i.altitude_m is None for i in report.incidents)


def test_a_date_after_the_reference_date_is_an_error() -> None:
    report = parse("A Russian drone violated Romanian airspace on 20 March 2024.", "en", "2024-03-15")
    assert "E206" in [d.code for d in report.diagnostics]
    assert all(i.date is None for i in report.incidents)


def test_incident_without_violated_state_warns() -> None:
    report = parse("A drone violated the airspace on Monday.", "en")
    assert "W210" in [d.code for d in report.diagnostics]


def test_implausible_depth_is_not_kept() -> None:
    report = parse("A Russian jet penetrated 900 km into Finnish airspace on Monday.", "en")
    assert "W202" in [d.code for d in report.diagnostics]
    assert all(i.depth_m is None for i in report.incidents)


# ---------------------------------------------------------------- the records themselves
def test_records_are_frozen_typed_and_speak_the_contract() -> None:
    inc = only("Un drone russe a violé l'espace aérien roumain lundi sur 3 km.", "fr")
    with pytest.raises(dataclasses.FrozenInstanceError):
        inc.depth_m = 1.0  # type: ignore[misc]
    out = inc.to_dict()
    assert tuple(out) == RECORD_FIELDS
    assert out["aircraft_category"] == "drone" and isinstance(out["span"], list)
    s, e = out["span"]
    assert 0 <= s < e
    for start, end in out["evidence"].values():
        assert s <= start < end


def test_pint_quantities_in_the_python_api() -> None:
    inc = only("A Russian jet entered Finnish airspace, flying 2 nautical miles into it.", "en")
    assert inc.depth is not None
    assert float(inc.depth.to("nautical_mile").magnitude) == pytest.approx(2.0)
    assert inc.duration is None


def test_prose_without_incident_is_an_empty_report() -> None:
    report = parse("Le ministre a rencontré ses homologues à Bruxelles.", "fr")
    assert report.incidents == () and report.to_dict()["incidents"] == []


def test_unsupported_language_is_a_clear_error() -> None:
    with pytest.raises(incidents.UnsupportedLanguageError, match="supported: en, fr"):
        incidents.parse("text", lang="xx")


def test_dateline_and_statement_dates_are_not_the_crossing_date() -> None:
    text = (
        "RIGA, March 15 (Reuters) - A Russian helicopter crossed into Latvian airspace "
        "on March 13, the Latvian armed forces said on Thursday."
    )
    assert only(text, "en").date == date(2024, 3, 13)


def test_a_closure_duration_is_not_the_stay() -> None:
    text = (
        "Des ballons lancés depuis le Bélarus ont pénétré samedi dans l'espace aérien "
        "lituanien, provoquant la fermeture de l'aéroport de Vilnius pendant trois heures."
    )
    inc = only(text, "fr")
    assert inc.duration_s is None
    assert (inc.violator_state, inc.violated_state) == ("BY", "LT")


@pytest.mark.parametrize(
    ("lang", "text", "violator", "violated"),
    [
        ("en", "Officials said a drone entered Polish airspace from Belarus early on Monday.", "BY", "PL"),
        (
            "fr",
            "Selon l'armée sud-coréenne, des ballons lancés par la Corée du Nord ont franchi "
            "la ligne de démarcation militaire lundi.",
            "KP",
            "KR",
        ),
    ],
)
def test_origin_phrases_name_the_violator(lang: str, text: str, violator: str, violated: str) -> None:
    inc = only(text, lang)
    assert (inc.violator_state, inc.violated_state) == (violator, violated)


def test_a_denial_governing_the_claim_is_denied_a_denial_elsewhere_makes_it_alleged() -> None:
    denied = only(
        "Minsk on Tuesday denied that two of its helicopters had crossed the Polish border on Monday.",
        "en",
    )
    assert denied.certainty is Certainty.DENIED and denied.violator_state == "BY"
    contested = only(
        "Ankara said a Russian Su-24 had violated Turkish airspace on Tuesday. Moscow denied it.", "en"
    )
    assert contested.certainty is Certainty.ALLEGED


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("en", "A Russian drone was detected in Romanian airspace on Saturday.", 1),
        ("fr", "Un drone russe a été repéré dans l'espace aérien roumain samedi.", 1),
        ("en", "A drone was spotted near the Polish border on Sunday.", 0),
        ("en", "Radar detected a Russian aircraft around the Gimpo airspace, officials said.", 0),
    ],
)
def test_detection_counts_only_inside_the_airspace(lang: str, text: str, found: int) -> None:
    assert len(parse(text, lang).incidents) == found


def test_the_violated_state_speaking_confirms() -> None:
    inc = only("Poland said a Russian cruise missile violated its airspace on Sunday for 39 seconds.", "en")
    assert inc.certainty is Certainty.CONFIRMED and inc.violated_state == "PL"
    assert inc.duration_s == 39


def test_an_earlier_crossing_on_another_day_is_its_own_record() -> None:
    text = (
        "A Russian drone violated Polish airspace on Thursday, the army said. It was the "
        "second such incident this month after a Russian missile entered Polish airspace on March 3."
    )
    found = parse(text, "en").incidents
    assert [i.date for i in found] == [date(2024, 3, 14), date(2024, 3, 3)]


# ---------------------------------------------------------------- sent into, days listed
@pytest.mark.parametrize(
    ("text", "lang", "violator", "violated"),
    [
        ("Minsk said Lithuania had launched balloons into Belarusian airspace on Sunday.", "en", "LT", "BY"),
        ("Selon Vilnius, la Biélorussie a envoyé des ballons dans l'espace aérien lituanien.", "fr", "BY", "LT"),  # noqa: E501
    ],
)
def test_aircraft_sent_into_an_airspace_is_a_crossing(
    text: str, lang: str, violator: str, violated: str
) -> None:
    inc = only(text, lang)
    assert inc.aircraft_category is Category.BALLOON
    assert (inc.violator_state, inc.violated_state) == (violator, violated)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Poland sent two F-16 fighters to patrol its airspace on Monday.", "en"),
        ("Romania launched an investigation after a drone fell near the border.", "en"),
        ("La Pologne a envoyé deux F-16 pour protéger son espace aérien.", "fr"),
    ],
)
def test_sending_aircraft_elsewhere_is_no_crossing(text: str, lang: str) -> None:
    assert parse(text, lang).incidents == ()


def test_days_listed_after_the_verb_are_one_crossing_each() -> None:
    text = (
        "A Russian Il-20 entered Estonian airspace on 3 March, and again on 5 March "
        "and 9 March, the Estonian Defence Forces said on Tuesday."
    )
    report = parse(text, "en")
    assert [i.date for i in report.incidents] == [date(2024, 3, 3), date(2024, 3, 5), date(2024, 3, 9)]
    assert {(i.aircraft_model, i.violator_state, i.violated_state) for i in report.incidents} == {
        ("Il-20", "RU", "EE")
    }


def test_a_period_of_days_is_one_crossing() -> None:
    text = "Un Il-20 russe est entré dans l'espace aérien estonien entre le 3 mars et le 5 mars."
    assert [i.date for i in parse(text, "fr").incidents] == [date(2024, 3, 3)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two Russian Tu-95 bombers flew several hundred metres into Dutch airspace on Monday.", "en"),
        ("Deux Tu-95 russes ont pénétré de quelques centaines de mètres dans l'espace aérien belge.", "fr"),
        ("A Russian drone flew a few kilometres into Polish airspace on Monday.", "en"),
    ],
)
def test_a_vague_distance_is_no_depth(text: str, lang: str) -> None:
    inc = only(text, lang)
    assert inc.depth_m is None and inc.depth_bound is None


def test_about_a_hundred_is_a_value_hundreds_is_not() -> None:
    (about,) = [m for m in incidents.mentions("une centaine de mètres", "fr") if m.kind == "distance"]
    (many,) = [m for m in incidents.mentions("des centaines de mètres", "fr") if m.kind == "distance"]
    assert (about.value, about.bound, about.get("vague")) == (100, "approx", None)
    assert (many.value, many.get("vague")) == (100, True)


def test_the_time_of_a_closure_is_not_the_time_of_the_crossing() -> None:
    closed = only(
        "Vilnius airport was closed between 21:05 and 22:40 after balloons from Belarus "
        "entered Lithuanian airspace, the crisis centre said.",
        "en",
    )
    assert closed.time is None and closed.duration_s is None
    told = only("The airport was closed after balloons entered Lithuanian airspace at 21:30.", "en")
    assert told.time == time(21, 30)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two Russian Tu-95 bombers flew north, with one of them violating Japanese airspace.", "en"),
        ("Deux Su-24 russes longeaient la frontière. L'un d'eux a violé l'espace aérien estonien.", "fr"),
    ],
)
def test_one_of_them_is_one_of_the_aircraft_named_before(text: str, lang: str) -> None:
    inc = only(text, lang)
    assert inc.aircraft_category is Category.AIRPLANE
    assert inc.aircraft_count == 1
    assert inc.aircraft_model in ("Tu-95", "Su-24") and inc.violator_state == "RU"


def test_one_of_them_with_no_aircraft_before_is_no_aircraft() -> None:
    assert parse("Officials said one of them crossed the border into Polish airspace.", "en").incidents == ()


def test_a_designator_with_a_plural_s_is_several_aircraft() -> None:
    inc = only("Turkish F-16s violated Greek national airspace on Tuesday.", "en")
    assert (inc.aircraft_model, inc.aircraft_count) == ("F-16", None)
    assert only("Two Su-24s violated Greek airspace.", "en").aircraft_count == 2
    (drone,) = [m for m in incidents.mentions("The drone's camera was found.", "en") if m.kind == "aircraft"]
    assert drone.text == "The drone" and not drone.get("plural")


def test_the_second_clause_of_a_sentence_has_its_own_day_and_place() -> None:
    text = (
        "The Chinese balloon entered US airspace north of the Aleutian Islands on January 28 "
        "and crossed into Canadian airspace on January 30."
    )
    first, second = parse(text, "en", "2023-02-05").incidents
    assert (first.violated_state, first.date, first.location) == ("US", date(2023, 1, 28), "Aleutian Islands")
    assert (second.violated_state, second.date, second.location) == ("CA", date(2023, 1, 30), None)


def test_a_bracketed_list_details_the_aircraft_before_it() -> None:
    text = "Four Russian fighter jets (two Su-27s and two Su-24s) briefly violated Swedish airspace."
    report = parse(text, "en")
    assert [(i.aircraft_model, i.aircraft_count, i.violator_state) for i in report.incidents] == [
        ("Su-27", 2, "RU"),
        ("Su-24", 2, "RU"),
    ]


def test_the_source_is_who_speaks_not_who_is_named() -> None:
    text = (
        "Romania's defence ministry confirmed on Saturday that fragments of a drone similar to those "
        "used by the Russian army were found on its territory, after it entered Romanian airspace."
    )
    assert only(text, "en").source == "Romania's defence ministry"


def test_a_capital_naming_the_airspace_is_the_place() -> None:
    inc = only("Seoul sent drones into the Pyongyang airspace on October 3.", "en", "2024-10-11")
    assert (inc.violator_state, inc.violated_state, inc.location) == ("KR", "KP", "Pyongyang")


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Two Chinese J-16s crossed the median line of the Taiwan Strait on Monday.", "en", "Taiwan Strait"),
        ("Deux J-16 chinois ont franchi la ligne médiane du détroit de Taïwan.", "fr", "détroit de Taïwan"),
    ],
)
def test_the_place_a_zone_lies_in_is_the_location(text: str, lang: str, place: str) -> None:
    inc = only(text, lang)
    assert (inc.zone, inc.violated_state, inc.location) == (Zone.MEDIAN_LINE, "TW", place)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia could send drones into Polish airspace, analysts warned.", "en"),
        ("Russian drones might enter Moldovan airspace again, the minister said.", "en"),
        ("The airline said the flight entered Polish airspace at 10:15 and landed in Warsaw.", "en"),
    ],
)
def test_a_possibility_or_a_flight_of_nobody_is_no_incident(text: str, lang: str) -> None:
    assert parse(text, lang).incidents == ()


def test_could_have_is_an_allegation() -> None:
    inc = only("A Russian drone could have entered Polish airspace on Monday.", "en")
    assert inc.certainty is Certainty.ALLEGED


def test_each_clause_counts_its_own_repetitions() -> None:
    text = "Turkish jets violated Greek airspace 41 times, while two Turkish helicopters violated it twice."
    jets, helicopters = parse(text, "en").incidents
    assert (jets.aircraft_category, jets.repetitions) == (Category.AIRPLANE, 41)
    assert (helicopters.aircraft_category, helicopters.repetitions) == (Category.HELICOPTER, 2)


def test_the_owner_of_the_aircraft_is_not_the_source() -> None:
    text = (
        "One Y-9 intelligence-gathering aircraft of the Chinese People's Liberation Army violated "
        "the territorial airspace of Japan off the Danjo Islands."
    )
    inc = only(text, "en")
    assert inc.source is None and (inc.violator_state, inc.violated_state) == ("CN", "JP")


def test_a_crossing_told_after_the_aircraft_left_is_another_one() -> None:
    text = (
        "Un avion de patrouille russe Il-38 a pénétré dans l'espace aérien japonais au nord de Rebun. "
        "Après avoir quitté l'espace aérien japonais, l'appareil y est entré à nouveau "
        "pendant environ 40 secondes."
    )
    first, second = parse(text, "fr").incidents
    assert (first.aircraft_model, second.aircraft_model) == ("Il-38", "Il-38")
    assert second.duration_s == 40


def test_leaving_told_with_the_first_crossing_does_not_split_it() -> None:
    text = (
        "A Russian missile entered Polish airspace for nearly three minutes before turning back "
        "into Ukraine. It travelled about 40 kilometres into Polish airspace."
    )
    inc = only(text, "en")
    assert (inc.duration_s, inc.depth_m) == (180, 40000)


def test_the_speaker_next_to_said_is_the_source() -> None:
    text = (
        "A Russian missile entered Polish airspace on Friday, Poland's chief of the general staff, "
        "General Wiesław Kukuła, said."
    )
    assert only(text, "en").source == "General Wiesław Kukuła"
    fr = "Deux drones ont survolé le territoire moldave, a déclaré le ministère de la Défense."
    assert only(fr, "fr").source == "le ministère de la Défense"


def test_who_sent_the_aircraft_before_the_crossing_is_the_violator() -> None:
    text = "Minsk a accusé la Lituanie d'avoir lancé des ballons qui auraient pénétré dans son espace aérien."
    inc = only(text, "fr")
    assert (inc.violator_state, inc.violated_state, inc.certainty) == ("LT", "BY", Certainty.ALLEGED)


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("A Russian Ka-27 helicopter violated Lithuanian airspace near Nida, LRT reported.", "en", "LRT"),
        ("Un hélicoptère russe a brièvement violé l'espace aérien lituanien, a rapporté LRT.", "fr", "LRT"),
        (
            "A Turkish CN-235 violated Greek airspace, the Hellenic National Defence General Staff "
            "(GEETHA) said.",
            "en",
            "Hellenic National Defence General Staff",
        ),
    ],
)
def test_an_acronym_is_a_source_where_it_speaks(text: str, lang: str, source: str) -> None:
    assert only(text, lang).source == source


def test_an_acronym_that_does_not_speak_is_no_source() -> None:
    inc = only("A Russian MiG-31 carrying a KH-47 missile violated Estonian airspace on Monday.", "en")
    assert inc.source is None


def test_an_authority_that_declined_to_comment_does_not_confirm() -> None:
    text = (
        "A Russian Il-20 violated Estonian airspace in September, the broadcaster ERR reported. "
        "The Estonian Defence Forces declined to comment."
    )
    assert only(text, "en").certainty is Certainty.REPORTED
