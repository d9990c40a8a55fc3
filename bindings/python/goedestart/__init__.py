# libgoedestart Python binding.
# SPDX-License-Identifier: EUPL-1.2
"""libgoedestart: the shared engine of Goede Start and SamenStarten.

A thin, typed layer over the C library (loaded with ctypes, see
:mod:`goedestart._capi`). Every decision is taken by the C library; this
package only converts: errors become :class:`GoedestartError` subclasses
carrying the library's message and position, dates are
:class:`datetime.date`, codes are :class:`enum.IntEnum` members, and every
object that holds C memory is a context manager.

Modules, one per area:

- :mod:`~goedestart.codes` - enumerations, tokens, labels, municipalities
- :mod:`~goedestart.family` - the family model (builder and accessors)
- :mod:`~goedestart.dossier` - dossier files: load, stream, save
- :mod:`~goedestart.phases` - life phases at a date
- :mod:`~goedestart.pack` - packs, schedule, decision tables, evaluator
- :mod:`~goedestart.catalog` - catalogues, routing, care-gap analysis
- :mod:`~goedestart.assessment` - the assessment and its XML
- :mod:`~goedestart.summary` - :func:`assess_many` for whole populations
- :mod:`~goedestart.generate` - the synthetic population generator
- :mod:`~goedestart.analytics` - survival analysis, indicators, research export
- :mod:`~goedestart.dates` - date arithmetic of the library

>>> import goedestart, datetime
>>> goedestart.dates.age_months(datetime.date(2024, 2, 29), datetime.date(2026, 2, 28))
23
"""

from . import _capi, analytics, codes, dates, generate
from .analytics import (Exporter, Indicators, Labels, Mapping, Survival, export_families,
                        indicators, survival)
from .assessment import (Advice, Assessment, AssessmentWriter, Need, Note, Reason, Route,
                         ScheduleInstance, assess, assess_each)
from .catalog import Catalog, Gap, Gaps, Offer, RouteResult, topic_applies
from .codes import (AdviceKind, Aggregation, Anchor, CareNeed, ChildWish, Concern, ConsultStatus,
                    DmopDomain, DmopRating, ExportFormat, FindingKind, GizArea, GoalStatus,
                    GroupBy, HitPolicy, Indicator, Kind, Lang, Level, MeldcodeDecision,
                    MomentStatus, Move, NoteKind,
                    OfferProblem, PhDimension, Phase, PregnancyOutcome, Province, ReviewOutcome,
                    Role, RouteCheck, Safety, Scope, Setting, SignalKind, Signaller, Strength,
                    SummaryColumn, SurvivalTest, Topic, Trigger, ValueType, ZrmDomain)
from .dossier import (Dossier, DossierReader, DossierWriter, load_dossier, load_families,
                      save_dossier)
from .errors import (EvaluationError, GoedestartError, GsIOError, InvalidArgumentError,
                     NotFoundError, OutOfMemoryError, ParseError, StateError, Status,
                     VersionError, check)
from .family import Family
from .generate import Population, write_population
from .pack import Decision, Evaluator, Pack
from .phases import LifePhases, PhaseSpan, life_phases
from .summary import AssessmentTable, assess_many

__all__ = [
    # errors
    "EvaluationError", "GoedestartError", "GsIOError", "InvalidArgumentError",
    "NotFoundError", "OutOfMemoryError", "ParseError", "StateError", "Status",
    "VersionError", "check",
    # modules and library
    "analytics", "codes", "dates", "generate", "library_path", "version", "version_number",
    # codes
    "AdviceKind", "Aggregation", "Anchor", "CareNeed", "ChildWish", "Concern", "ConsultStatus",
    "DmopDomain", "DmopRating", "ExportFormat", "FindingKind", "GizArea", "GoalStatus",
    "GroupBy", "HitPolicy", "Indicator", "Kind",
    "Lang", "Level", "MeldcodeDecision", "MomentStatus", "Move", "NoteKind", "OfferProblem",
    "PhDimension", "Phase", "PregnancyOutcome", "Province", "ReviewOutcome", "Role",
    "RouteCheck", "Safety", "Scope", "Setting", "SignalKind", "Signaller", "Strength",
    "SummaryColumn", "SurvivalTest", "Topic", "Trigger", "ValueType", "ZrmDomain",
    # objects
    "Advice", "Assessment", "AssessmentTable", "AssessmentWriter", "Catalog", "Decision",
    "Dossier", "DossierReader", "DossierWriter", "Evaluator", "Exporter", "Family", "Gap",
    "Gaps", "Indicators", "Labels", "LifePhases", "Mapping", "Need", "Note", "Offer", "Pack",
    "PhaseSpan", "Population", "Reason", "Route", "RouteResult", "ScheduleInstance",
    "Survival",
    # functions
    "assess", "assess_each", "assess_many", "export_families", "indicators", "life_phases",
    "load_dossier", "load_families", "save_dossier", "survival", "topic_applies",
    "write_population",
]


def version() -> str:
    """The version of the loaded C library, e.g. ``"0.1.0"``."""
    return _capi.text(_capi.lib.gs_version_string())


def version_number() -> int:
    """The loaded library's version as ``major * 10000 + minor * 100 + micro``."""
    return int(_capi.lib.gs_version_number())


def library_path() -> str:
    """Where the C library was loaded from."""
    return _capi.path


#: The package's version: the version of the loaded C library (the package
#: is released with the library and only wraps it, so the two are one
#: number; ``pyproject.toml`` carries the same one for pip).
__version__: str = version()
