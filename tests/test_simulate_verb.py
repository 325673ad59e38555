"""An exercise described by a verb of simulating in the present or past ("che simula
la difesa dello spazio aereo alleato da incursioni di droni", "que simula la defensa
frente a incursiones", "которые имитируют отражение вторжений"): the crossings it
names are the scenario's, no crossing (HYPO cue of the clause; the participles
"simulato", "simulado" were listed, the finite verb and gerund were not). A crossing
told beside a simulation in another clause stays one. Lexicon: hypo in it, es, de,
ru, uk, pl."""

import pytest

import incidents

REF = "2025-03-07"

ROWS: list[tuple[str, str, int]] = [
    (
        "it",
        "Caccia italiani partecipano all'esercitazione in Lituania, che simula la difesa "
        "dello spazio aereo alleato da incursioni di droni.",
        0,
    ),
    ("it", "Gli equipaggi simulavano incursioni di droni nello spazio aereo polacco.", 0),
    (
        "es",
        "Aviones españoles participaron en el ejercicio en Lituania, que simula la defensa "
        "del espacio aéreo aliado frente a incursiones de drones.",
        0,
    ),
    (
        "ru",
        "Самолёты НАТО участвуют в учениях в Литве, которые имитируют отражение вторжений "
        "беспилотников в воздушное пространство альянса.",
        0,
    ),
    ("pl", "Piloci symulują wtargnięcie dronów w polską przestrzeń powietrzną.", 0),
    # negatives: a crossing of its own clause stays one
    (
        "it",
        "Un drone russo è entrato lunedì nello spazio aereo lituano mentre la NATO simulava un attacco.",
        1,
    ),
    ("es", "Un dron ruso entró el lunes en el espacio aéreo rumano mientras la OTAN simulaba un ataque.", 1),
]


@pytest.mark.parametrize(("lang", "text", "n"), ROWS)
def test_simulate_verb(lang: str, text: str, n: int) -> None:
    got = incidents.parse(text, lang=lang, reference_date=REF).incidents
    assert len(got) == n, [r.to_dict() for r in got]
