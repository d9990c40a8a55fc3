# libgoedestart Python binding - packs, schedule and decision tables.
# SPDX-License-Identifier: EUPL-1.2
"""Packs (gs-pack.h, spec/formats.md "Pack"): the rule data of the library
- thirteen parameters, the schedule of signal moments and the DMN decision
tables ``care-need``, ``start-level`` and ``level-review`` (and any other
tables a region adds) - and an evaluator to test a pack's tables on inputs
of your choice.

>>> pack = Pack.default()
>>> pack.param("route.max")
5
>>> table = pack.decision("care-need")
>>> with table.evaluator() as ev:                     # doctest: +SKIP
...     result = ev.run(help_requested=True)

A pack is immutable and may be shared by threads; decisions belong to
their pack; an evaluator is used by one thread at a time.
"""

import ctypes
import dataclasses
import threading
from typing import Dict, List, Mapping, Optional, Tuple, Union

from . import _capi
from ._handle import Handle
from .codes import (Aggregation, Anchor, CareNeed, HitPolicy, Lang, LangLike, Phase, Setting,
                    Trigger, ValueType, optional)
from .dossier import PathLike, _path
from .errors import NotFoundError, check

_lib = _capi.lib

#: An input or output value of a decision table.
Value = Union[float, str, bool, None]


@dataclasses.dataclass(frozen=True)
class Moment:
    """A signal moment of the pack's schedule; offsets are days from the
    anchor (conception, birth, or for an indicated moment the date of the
    contact that triggers it)."""
    index: int
    id: str
    label_nl: str
    label_en: str
    phase: Phase
    setting: Setting
    anchor: Anchor
    open: int                        #: first day it can be held
    due: int                         #: the day it is due
    overdue: int                     #: last day it is due (overdue from the next day)
    close: int                       #: last day it can be held (missed after it)
    instruments: Tuple[str, ...]     #: instrument tokens, e.g. ("dmop-extended", "giz")
    condition: Optional[CareNeed]    #: applies only from this proposed care need on
    bds: Optional[str]               #: BDS JGZ contact code
    trigger: Trigger = Trigger.NONE  #: what triggers an indicated moment (anchor indication)

    def label(self, lang: LangLike = Lang.NL) -> str:
        """The label in ``lang``."""
        return self.label_en if Lang.coerce(lang) == Lang.EN else self.label_nl


@dataclasses.dataclass(frozen=True)
class DecisionInput:
    """An input column of a decision table."""
    name: str              #: the input expression, e.g. "giz_max" (the evaluator's name)
    type: ValueType
    values: str            #: allowed values as written (inputValues), "" when unrestricted


@dataclasses.dataclass(frozen=True)
class DecisionOutput:
    """An output column of a decision table."""
    name: str              #: e.g. "care_need"; "" for a single unnamed output
    type: ValueType


@dataclasses.dataclass(frozen=True)
class Rule:
    """A rule of a decision table, as written in the file."""
    index: int
    id: str                          #: e.g. "A-HELP" ("" when none)
    text_nl: Optional[str]           #: reason text (annotation ``nl``)
    text_en: Optional[str]           #: reason text (annotation ``en`` or description)
    inputs: Tuple[str, ...]          #: the unary test per input, e.g. ">= 1", "-"
    outputs: Tuple[str, ...]         #: the output literal per output

    def text(self, lang: LangLike = Lang.EN) -> Optional[str]:
        """The reason text in ``lang``."""
        return self.text_nl if Lang.coerce(lang) == Lang.NL else self.text_en


class Pack(Handle):
    """A loaded pack (``gs_pack``): use :meth:`default`, :meth:`load` or
    :meth:`from_memory`. Immutable; may be shared by threads.

    Closing a pack closes the decisions, evaluators and assessments that
    read it.
    """

    _free = _lib.gs_pack_free
    _shared: Optional["Pack"] = None
    _shared_lock = threading.Lock()

    def __init__(self, ptr: int) -> None:
        """Wraps an owned ``gs_pack *`` (internal; use the class methods)."""
        super().__init__(ptr)
        self._moments: Optional[List[Moment]] = None

    @classmethod
    def default(cls) -> "Pack":
        """A new copy of the default pack ``gs-default`` compiled into the
        library (works with no files installed)."""
        out = _capi.gs_pack_p()
        check(_lib.gs_pack_load_default(ctypes.byref(out)))
        return cls(out.value)

    @classmethod
    def shared_default(cls) -> "Pack":
        """One default pack per process, created on first use and never
        closed: what :func:`~goedestart.assess` uses when no pack is given."""
        with cls._shared_lock:
            if cls._shared is None or cls._shared.closed:
                cls._shared = cls.default()
            return cls._shared

    @classmethod
    def load(cls, path: PathLike) -> "Pack":
        """Loads a pack file and the decisions file it names (relative to
        the pack's directory).

        Raises:
            ParseError: invalid content, with file, line and column.
            GsIOError: a file cannot be read.
            VersionError: an unsupported DMN version.
        """
        out = _capi.gs_pack_p()
        check(_lib.gs_pack_load_file(ctypes.byref(out), _path(path)))
        return cls(out.value)

    @classmethod
    def from_memory(cls, pack_xml: Union[bytes, str], dmn_xml: Union[bytes, str],
                    name: Optional[str] = None) -> "Pack":
        """Loads a pack from its XML and its DMN document (``name`` is used
        in error messages; default "memory").

        Raises:
            ParseError: invalid content, with line and column.
        """
        p = pack_xml.encode("utf-8") if isinstance(pack_xml, str) else bytes(pack_xml)
        d = dmn_xml.encode("utf-8") if isinstance(dmn_xml, str) else bytes(dmn_xml)
        out = _capi.gs_pack_p()
        check(_lib.gs_pack_load_memory(ctypes.byref(out), p, len(p), d, len(d),
                                       None if name is None else name.encode("utf-8")))
        return cls(out.value)

    # ---- identity and parameters ----------------------------------------------------

    @property
    def id(self) -> str:
        """The pack's id, e.g. ``"gs-default"``."""
        return _capi.text(_lib.gs_pack_id(self._ptr))

    @property
    def version(self) -> str:
        """The pack's version, e.g. ``"2026.1"``."""
        return _capi.text(_lib.gs_pack_version(self._ptr))

    def title(self, lang: LangLike = Lang.NL) -> str:
        """The pack's title in ``lang`` (falls back to the other language)."""
        return _capi.text(_lib.gs_pack_title(self._ptr, Lang.coerce(lang)))

    @property
    def decisions_file(self) -> str:
        """The file name of the pack's decisions document (its ``href``)."""
        return _capi.text(_lib.gs_pack_decisions_file(self._ptr))

    @property
    def sha256(self) -> str:
        """SHA-256 of the pack's content (pack bytes, then decisions bytes),
        64 lowercase hex digits; every assessment records it."""
        return _capi.text(_lib.gs_pack_sha256(self._ptr))

    @staticmethod
    def param_names() -> List[str]:
        """The names of the pack parameters, in the order of formats.md."""
        return [_capi.text(_lib.gs_pack_param_name(i)) for i in range(_lib.gs_pack_param_count())]

    def param(self, name: str) -> int:
        """The value of a parameter (days or years): the pack's, or the
        default when the pack does not set it.

        Raises:
            NotFoundError: unknown parameter name.
        """
        out = ctypes.c_int()
        check(_lib.gs_pack_param(self._ptr, name.encode("utf-8"), ctypes.byref(out)))
        return out.value

    @property
    def params(self) -> Dict[str, int]:
        """Every parameter with its value, in the order of formats.md."""
        return {n: self.param(n) for n in self.param_names()}

    # ---- schedule ----------------------------------------------------------------

    def _moment(self, i: int) -> Moment:
        p = self._ptr
        instruments = _capi.text(_lib.gs_pack_moment_instruments(p, i))
        return Moment(i, _capi.text(_lib.gs_pack_moment_id(p, i)),
                      _capi.text(_lib.gs_pack_moment_label(p, i, Lang.NL)),
                      _capi.text(_lib.gs_pack_moment_label(p, i, Lang.EN)),
                      Phase(_lib.gs_pack_moment_phase(p, i)),
                      Setting(_lib.gs_pack_moment_setting(p, i)),
                      Anchor(_lib.gs_pack_moment_anchor(p, i)),
                      int(_lib.gs_pack_moment_open(p, i)), int(_lib.gs_pack_moment_due(p, i)),
                      int(_lib.gs_pack_moment_overdue(p, i)),
                      int(_lib.gs_pack_moment_close(p, i)),
                      tuple(instruments.split()),
                      optional(CareNeed, _lib.gs_pack_moment_condition(p, i)),
                      _capi.opt_text(_lib.gs_pack_moment_bds(p, i)),
                      Trigger(_lib.gs_pack_moment_trigger(p, i)))

    @property
    def moments(self) -> List[Moment]:
        """The signal moments of the schedule, in document order."""
        if self._moments is None:
            self._moments = [self._moment(i) for i in range(_lib.gs_pack_moment_count(self._ptr))]
        return list(self._moments)

    def moment(self, moment_id: str) -> Moment:
        """The moment with id ``moment_id``, e.g. ``"jgz-8w"``.

        Raises:
            NotFoundError: the schedule has no such moment.
        """
        out = ctypes.c_size_t()
        check(_lib.gs_pack_moment_find(self._ptr, moment_id.encode("utf-8"), ctypes.byref(out)))
        return self._moment(out.value)

    # ---- decision tables ---------------------------------------------------------

    @property
    def decisions(self) -> List["Decision"]:
        """Every decision table of the decisions file, in document order."""
        p = self._ptr
        return [Decision(_lib.gs_pack_decision_at(p, i), self)
                for i in range(_lib.gs_pack_decision_count(p))]

    def decision(self, id_or_name: str) -> "Decision":
        """A decision table by its decision id, else by its name.

        Raises:
            NotFoundError: no such table.
        """
        out = _capi.gs_decision_p()
        check(_lib.gs_decision_find(self._ptr, id_or_name.encode("utf-8"), ctypes.byref(out)))
        return Decision(out.value, self)

    def __repr__(self) -> str:
        if self.closed:
            return "<Pack (closed)>"
        return f"<Pack {self.id} {self.version}>"


class Decision(Handle):
    """One compiled decision table of a pack (``gs_decision``; borrowed
    from the pack, immutable)."""

    def __init__(self, ptr: int, pack: Pack) -> None:
        super().__init__(ptr, owned=False)
        self._borrow(pack)
        self.pack = pack

    @property
    def id(self) -> str:
        """The decision's id ("" when none)."""
        return _capi.text(_lib.gs_decision_id(self._ptr))

    @property
    def name(self) -> str:
        """The decision's name ("" when none)."""
        return _capi.text(_lib.gs_decision_name(self._ptr))

    @property
    def hit_policy(self) -> HitPolicy:
        """The table's hit policy."""
        return HitPolicy(_lib.gs_decision_hit_policy(self._ptr))

    @property
    def aggregation(self) -> Aggregation:
        """The aggregation of a COLLECT table (NONE otherwise)."""
        return Aggregation(_lib.gs_decision_aggregation(self._ptr))

    @property
    def inputs(self) -> List[DecisionInput]:
        """The input columns."""
        p = self._ptr
        return [DecisionInput(_capi.text(_lib.gs_decision_input_name(p, i)),
                              ValueType(_lib.gs_decision_input_type(p, i)),
                              _capi.text(_lib.gs_decision_input_values(p, i)))
                for i in range(_lib.gs_decision_input_count(p))]

    @property
    def outputs(self) -> List[DecisionOutput]:
        """The output columns (at least one)."""
        p = self._ptr
        return [DecisionOutput(_capi.text(_lib.gs_decision_output_name(p, i)),
                               ValueType(_lib.gs_decision_output_type(p, i)))
                for i in range(_lib.gs_decision_output_count(p))]

    def rule(self, index: int) -> Rule:
        """The rule at ``index`` (table order)."""
        p = self._ptr
        if not 0 <= index < _lib.gs_decision_rule_count(p):
            raise IndexError(f"rule index {index} out of range")
        n_in = _lib.gs_decision_input_count(p)
        n_out = _lib.gs_decision_output_count(p)
        return Rule(index, _capi.text(_lib.gs_decision_rule_id(p, index)),
                    _capi.opt_text(_lib.gs_decision_rule_text(p, index, Lang.NL)),
                    _capi.opt_text(_lib.gs_decision_rule_text(p, index, Lang.EN)),
                    tuple(_capi.text(_lib.gs_decision_rule_input_text(p, index, k))
                          for k in range(n_in)),
                    tuple(_capi.text(_lib.gs_decision_rule_output_text(p, index, k))
                          for k in range(n_out)))

    @property
    def rules(self) -> List[Rule]:
        """The rules in table order."""
        return [self.rule(i) for i in range(_lib.gs_decision_rule_count(self._ptr))]

    def evaluator(self) -> "Evaluator":
        """A new evaluator of this table (all inputs null)."""
        return Evaluator(self)

    def evaluate(self, inputs: Optional[Mapping[str, Value]] = None,
                 **kw: Value) -> "EvaluationResult":
        """Evaluates the table once on ``inputs`` (a mapping and/or keyword
        arguments; inputs not given are null). See :meth:`Evaluator.run`."""
        with self.evaluator() as ev:
            return ev.run(inputs, **kw)

    def __repr__(self) -> str:
        if self.closed:
            return "<Decision (closed)>"
        return f"<Decision {self.id or self.name} {self.hit_policy.name}>"


@dataclasses.dataclass(frozen=True)
class Result:
    """One entry of a table's result list: the rule and its outputs by
    output name (in output order)."""
    rule: int                          #: the rule's index in the table
    rule_id: str
    outputs: Dict[str, Value]

    @property
    def value(self) -> Value:
        """The first (for single-output tables: the only) output."""
        return next(iter(self.outputs.values()))


@dataclasses.dataclass(frozen=True)
class EvaluationResult:
    """What one run of a decision table gave."""
    matches: Tuple[int, ...]           #: matching rules (indices), table order
    has_result: bool                   #: a chosen rule, a non-empty list or an aggregate
    results: Tuple[Result, ...]        #: the result list (see gs_evaluator_result_count)
    aggregates: Tuple[Optional[float], ...]  #: COLLECT SUM/COUNT/MIN/MAX per output

    @property
    def result(self) -> Optional[Result]:
        """The single result of a single-hit table, else the first."""
        return self.results[0] if self.results else None


class Evaluator(Handle):
    """Evaluates one decision table on caller-supplied inputs
    (``gs_evaluator``). One thread at a time. All inputs start as null; a
    null input matches only ``-``.

    >>> ev = Pack.default().decision("care-need").evaluator()   # doctest: +SKIP
    >>> ev.set("help_requested", True)                           # doctest: +SKIP
    >>> ev.run().result.value                                    # doctest: +SKIP
    'additional-care'
    """

    _free = _lib.gs_evaluator_free

    def __init__(self, decision: Decision) -> None:
        out = _capi.gs_evaluator_p()
        check(_lib.gs_evaluator_new(ctypes.byref(out), decision._ptr))
        super().__init__(out.value)
        self._borrow(decision)
        self.decision = decision

    def set_number(self, name: str, value: float) -> None:
        """Sets every input named ``name`` to a number.

        Raises:
            NotFoundError: the table has no such input.
        """
        check(_lib.gs_evaluator_set_number(self._ptr, name.encode("utf-8"), float(value)))

    def set_string(self, name: str, value: str) -> None:
        """Sets every input named ``name`` to a string."""
        check(_lib.gs_evaluator_set_string(self._ptr, name.encode("utf-8"),
                                           value.encode("utf-8")))

    def set_bool(self, name: str, value: bool) -> None:
        """Sets every input named ``name`` to a boolean."""
        check(_lib.gs_evaluator_set_bool(self._ptr, name.encode("utf-8"), int(bool(value))))

    def set_null(self, name: str) -> None:
        """Sets every input named ``name`` to null."""
        check(_lib.gs_evaluator_set_null(self._ptr, name.encode("utf-8")))

    def set(self, name: str, value: Value) -> None:
        """Sets an input from a Python value: ``bool``, ``int``/``float``,
        ``str`` (an enum member of :mod:`goedestart.codes` gives its number;
        pass ``.token`` for the token) or ``None``."""
        if value is None:
            self.set_null(name)
        elif isinstance(value, bool):
            self.set_bool(name, value)
        elif isinstance(value, (int, float)):
            self.set_number(name, value)
        elif isinstance(value, str):
            self.set_string(name, value)
        else:
            raise TypeError(f"input {name!r}: cannot use a {type(value).__name__}")

    def clear(self) -> None:
        """Sets every input to null and forgets the last results."""
        _lib.gs_evaluator_clear(self._ptr)

    def _value(self, k: int, o: int) -> Value:
        p = self._ptr
        t = _lib.gs_evaluator_result_type(p, k, o)
        if t == ValueType.NUMBER:
            v = float(_lib.gs_evaluator_result_number(p, k, o))
            return int(v) if v.is_integer() else v
        if t == ValueType.STRING:
            return _capi.text(_lib.gs_evaluator_result_string(p, k, o))
        if t == ValueType.BOOL:
            return bool(_lib.gs_evaluator_result_bool(p, k, o))
        return None

    def run(self, inputs: Optional[Mapping[str, Value]] = None,
            **kw: Value) -> EvaluationResult:
        """Sets the given inputs (others keep their values) and evaluates.

        Raises:
            EvaluationError: a UNIQUE table with two matches, an ANY table
                with conflicting outputs, an input outside its allowed
                values or of the wrong type (the message names the table
                and rules).
            NotFoundError: an input name the table does not have.
        """
        for name, value in {**(inputs or {}), **kw}.items():
            self.set(name, value)
        p = self._ptr
        check(_lib.gs_evaluator_run(p))
        decision = self.decision
        dp = decision._ptr
        out_names = [o.name for o in decision.outputs]
        matches = tuple(int(_lib.gs_evaluator_match_rule(p, k))
                        for k in range(_lib.gs_evaluator_match_count(p)))
        results = []
        for k in range(_lib.gs_evaluator_result_count(p)):
            rule = int(_lib.gs_evaluator_result_rule(p, k))
            results.append(Result(rule, _capi.text(_lib.gs_decision_rule_id(dp, rule)),
                                  {n: self._value(k, o) for o, n in enumerate(out_names)}))
        aggregates: Tuple[Optional[float], ...] = ()
        if decision.aggregation != Aggregation.NONE:
            aggregates = tuple(self.aggregate(o) for o in range(len(out_names)))
        return EvaluationResult(matches, bool(_lib.gs_evaluator_has_result(p)),
                                tuple(results), aggregates)

    def aggregate(self, output: int = 0) -> Optional[float]:
        """The aggregate of a COLLECT table with SUM, COUNT, MIN or MAX
        after :meth:`run`; ``None`` when there is none (SUM, MIN and MAX of
        no match).

        Raises:
            InvalidArgumentError: the table does not aggregate.
        """
        out = ctypes.c_double()
        try:
            check(_lib.gs_evaluator_aggregate(self._ptr, output, ctypes.byref(out)))
        except NotFoundError:
            return None
        return out.value


__all__ = ["Decision", "DecisionInput", "DecisionOutput", "EvaluationResult", "Evaluator",
           "Moment", "Pack", "Result", "Rule", "Value"]
