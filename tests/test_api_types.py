"""The Python API's types: pint quantities that mix with the caller's, dates and
times as ``datetime`` objects (JSON unchanged), typed reference dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pint
import pytest

import incidents
from incidents import Incident, Report
from incidents.model import Bound, Category, Precision

ROOT = Path(__file__).resolve().parent.parent
FR = (
    "Jeudi vers 15 h 20, deux Su-27 russes ont pénétré de 2 à 3 km dans l'espace aérien estonien "
    "pendant 5 à 10 minutes à une altitude de 8 000 pieds, selon l'armée."
)


@pytest.fixture
def incident() -> Incident:
    (inc,) = incidents.parse(FR, lang="fr", reference_date="2024-05-10").incidents
    return inc


@pytest.fixture
def own_registry() -> Iterator[pint.UnitRegistry]:  # type: ignore[type-arg]
    ureg = pint.UnitRegistry()
    incidents.set_registry(ureg)
    try:
        yield ureg
    finally:
        incidents.set_registry(None)


def test_quantities_mix_with_the_application_registry(incident: Incident) -> None:
    app = pint.get_application_registry()
    assert incident.depth is not None
    total = incident.depth + app.Quantity(1, "m")
    assert total.to("m").magnitude == pytest.approx(3001)
    assert isinstance(incident.depth.magnitude, float)
    assert (incident.depth > app.Quantity(1, "nmi")) is True  # 3 km > 1.852 km
    assert incident.duration is not None
    assert (incident.duration + app.Quantity(1, "min")).to("s").magnitude == pytest.approx(660)


def test_low_ends_and_speed_are_quantities_too(incident: Incident) -> None:
    assert incident.depth_bound == Bound.RANGE and incident.depth_low is not None
    assert incident.depth_low.to("km").magnitude == pytest.approx(2)
    assert incident.duration_low is not None and incident.duration_low.to("min").magnitude == pytest.approx(5)
    assert incident.altitude is not None and incident.altitude.to("ft").magnitude == pytest.approx(8000)
    assert incident.altitude_low is None
    inc = Incident(speed_m_s=250.0, speed_bound=Bound.RANGE, speed_low_m_s=200.0)
    assert inc.speed is not None and inc.speed.to("km/h").magnitude == pytest.approx(900)
    assert inc.speed_low is not None and inc.speed_low.magnitude == 200.0
    assert Incident().speed is None and Incident().depth_low is None


def test_a_registry_the_user_passes(incident: Incident, own_registry: pint.UnitRegistry) -> None:  # type: ignore[type-arg]
    assert incidents.get_registry() is own_registry
    depth = incident.depth
    assert depth is not None
    assert (depth + own_registry.Quantity(500, "m")).to("km").magnitude == pytest.approx(3.5)
    with pytest.raises(ValueError, match="different registries"):
        _ = depth + pint.get_application_registry().Quantity(1, "m")


def test_pint_loads_only_when_a_quantity_is_asked_for() -> None:
    probe = (
        "import sys, incidents\n"
        "(inc,) = incidents.parse(" + repr(FR) + ", lang='fr').incidents\n"
        "before = 'pint' in sys.modules\n"
        "inc.depth\n"
        "print(before, 'pint' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.stdout.split() == ["False", "True"], out.stderr


def test_dates_and_times_are_datetime_objects_json_unchanged(incident: Incident) -> None:
    assert incident.date == dt.date(2024, 5, 9) and incident.date_precision == Precision.DAY
    assert incident.time == dt.time(15, 20) and incident.time_approx is True
    record = incident.to_dict()
    assert (record["date"], record["time"], record["time_utc"]) == ("2024-05-09", "15:20", None)
    assert json.loads(json.dumps(record)) == record


def test_the_constructor_takes_the_contracts_strings() -> None:
    inc = Incident(date="2024-05-10", time="15:20", time_utc="13:20", aircraft_category="drone")  # type: ignore[arg-type]
    assert inc.date == dt.date(2024, 5, 10)
    assert (inc.time, inc.time_utc) == (dt.time(15, 20), dt.time(13, 20))
    assert inc.aircraft_category is Category.DRONE
    same = Incident(
        date=dt.date(2024, 5, 10),
        time=dt.time(15, 20),
        time_utc=dt.time(13, 20),
        aircraft_category=Category.DRONE,
    )
    assert inc == same
    assert dataclasses.replace(inc, span=(1, 2)).date == dt.date(2024, 5, 10)
    assert Incident(date=dt.datetime(2024, 5, 10, 8, 0)).date == dt.date(2024, 5, 10)
    for bad in ({"date": "10/05/2024"}, {"time": "25:00"}, {"time": "3:20"}, {"zone": "sea"}):
        with pytest.raises(ValueError):
            Incident(**bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("ref", ["2024-05-10", dt.date(2024, 5, 10), dt.datetime(2024, 5, 10, 23, 59)])
def test_reference_date_takes_a_date_or_a_string(ref: dt.date | str) -> None:
    report = incidents.parse(FR, lang="fr", reference_date=ref)
    assert report.reference_date == dt.date(2024, 5, 10)
    assert report.to_dict()["reference_date"] == "2024-05-10"
    assert report.incidents[0].date == dt.date(2024, 5, 9)  # "jeudi" before Friday 10 May
    assert Report(reference_date="2024-05-10").reference_date == dt.date(2024, 5, 10)  # type: ignore[arg-type]
