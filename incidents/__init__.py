"""incidents: airspace-incident reports -> typed, validated incident records.

>>> import incidents
>>> report = incidents.parse(text, lang="fr", reference_date="2023-09-29")
>>> [i.to_dict() for i in report.incidents]
"""

from __future__ import annotations

from .api import Parser, get_parser, mentions, parse
from .errors import BadReferenceDateError, IncidentsError, UnsupportedLanguageError
from .frame import to_dataframe
from .model import Diagnostic, Incident, Mention, Report
from .units import get_registry, set_registry
from .words import supported_languages

#: the one version source (pyproject.toml reads it from here)
__version__ = "0.1.0"

__all__ = [
    "BadReferenceDateError",
    "Diagnostic",
    "Incident",
    "IncidentsError",
    "Mention",
    "Parser",
    "Report",
    "UnsupportedLanguageError",
    "__version__",
    "get_parser",
    "get_registry",
    "mentions",
    "parse",
    "set_registry",
    "supported_languages",
    "to_dataframe",
]
