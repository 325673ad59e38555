"""Drones of no state flying over a site (an airport, an air base, a plant: SITE_CUE
key "site" between the verb and the place's name), with no word of where they came
from in the sentence, are a case for the site's police, not a crossing into the state
the gazetteer gives the town ("Droni non identificati hanno sorvolato l'aeroporto di
Aalborg"). Aircraft of a state, a word of direction ("from Belarus"), a town flown over
with no site word, or an airspace entered keep the crossing. Switched on by data
(record._site_only; site_cue in de, es, it, pl, pt, ru, uk): English and French have
no such words yet and keep their readings."""

import pytest

import incidents

REF = "2025-09-26"

ROWS: list[tuple[str, str, int]] = [
    (
        "it",
        "Alcuni droni hanno sorvolato ieri sera l'aeroporto di Aalborg, che è rimasto chiuso.",
        0,
    ),
    ("it", "Nella notte droni hanno sorvolato la base aerea di Karup, ha riferito la polizia danese.", 0),
    ("de", "Unbekannte Drohnen überflogen in der Nacht den Flughafen Aalborg, teilte die Polizei mit.", 0),
    ("es", "Varios drones sobrevolaron anoche el aeropuerto de Billund, según la policía danesa.", 0),
    ("pt", "Drones não identificados sobrevoaram ontem à noite o aeroporto de Aalborg.", 0),
    ("pl", "Niezidentyfikowane drony przeleciały w nocy nad lotniskiem w Aalborgu.", 0),
    ("ru", "Неизвестные беспилотники ночью пролетели над аэропортом Ольборга, сообщила полиция.", 0),
    ("uk", "Невідомі дрони вночі пролетіли над аеропортом Ольборга, повідомила поліція.", 0),
    # negatives: aircraft of a state, a word of direction, a town with no site word,
    # an airspace entered
    ("it", "Un drone russo ha sorvolato nella notte l'aeroporto di Aalborg.", 1),
    ("it", "Droni non identificati hanno sorvolato nella notte la città di Aalborg.", 1),
    ("it", "Un drone è entrato nello spazio aereo danese e ha sorvolato l'aeroporto di Aalborg.", 1),
    ("de", "Eine russische Drohne überflog am Donnerstag den Flughafen Aalborg.", 1),
    ("es", "Un dron ruso sobrevoló anoche el aeropuerto de Billund.", 1),
]


@pytest.mark.parametrize(("lang", "text", "n"), ROWS)
def test_site_flown_over(lang: str, text: str, n: int) -> None:
    got = incidents.parse(text, lang=lang, reference_date=REF).incidents
    assert len(got) == n, [r.to_dict() for r in got]
