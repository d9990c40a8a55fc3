# libgoedestart Python binding - the one ctypes module.
# SPDX-License-Identifier: EUPL-1.2
"""Low-level ctypes declarations of the libgoedestart C API.

This is the only module that touches ctypes. It loads the shared library
and declares ``restype``/``argtypes`` for every public C function, in one
table per C header (module). The rest of the package wraps these raw calls
in Python types; nothing here has logic of its own.

The library is looked up, in order:

1. the path in the environment variable ``GOEDESTART_LIBRARY``
   (when set, it is the only candidate: a wrong path is an error, not a
   silent fall-back to another copy);
2. ``libgoedestart.so.0`` in :data:`goedestart._config.LIBDIR`, the library
   directory of the ``meson install`` that installed this package (``None``
   in the source tree and in a pip install);
3. ``ctypes.util.find_library("goedestart")`` (an installed copy known to
   ldconfig);
4. the soname ``libgoedestart.so.0`` (the dynamic loader's search path,
   e.g. ``LD_LIBRARY_PATH``);
5. ``libgoedestart.so.0`` next to this package (a bundled copy).

Conventions: opaque handles are ``void *`` (plain ints in Python, ``None``
for NULL); ``const char *`` results are ``c_char_p`` (bytes, copied at
once), except the length-delimited buffers (``gs_assessment_writer_pending``,
``gs_exporter_pending``, ``gs_summary_ids``), which are ``c_void_p`` and
read with their length; owned ``char **`` outputs are ``owned_str_p`` and
freed with ``gs_free`` by :func:`take_owned`; option structs are
:class:`ctypes.Structure` mirrors filled by the library's ``*_init``.

Adding a C function: add one line to the table of its header below (in
the header's order), then wrap it in the module's Python layer; the tests
(test_zz_exercised.py) fail until a test calls it.
"""

import ctypes
import ctypes.util
import os
from typing import Dict, Iterator, List, Optional, Sequence, Tuple, Type

from . import _config

SONAME = "libgoedestart.so.0"

# ---- C types shared by the tables ---------------------------------------

c_int = ctypes.c_int
c_size_t = ctypes.c_size_t
c_char_p = ctypes.c_char_p
c_double = ctypes.c_double
c_uint32 = ctypes.c_uint32
c_uint64 = ctypes.c_uint64
c_int32 = ctypes.c_int32
c_int64 = ctypes.c_int64
c_void_p = ctypes.c_void_p
POINTER = ctypes.POINTER

#: ``gs_status`` (an enum; 0 is GS_OK, errors are negative).
gs_status = c_int
#: ``gs_date``: days since 1970-01-01 (``int32_t``).
gs_date = c_int32
#: ``const gs_error *`` (opaque).
gs_error_p = c_void_p
c_int_p = POINTER(c_int)
c_size_t_p = POINTER(c_size_t)
c_double_p = POINTER(c_double)
gs_date_p = POINTER(gs_date)
#: ``char **``: an owned string handed out by the library (free with gs_free).
#: Declared as ``void **`` so the pointer survives to be freed.
owned_str_p = POINTER(c_void_p)

# Opaque handles. In Python they are plain ints (or None for NULL); the
# aliases only document which handle a parameter takes.
gs_family_p = c_void_p
gs_phases_p = c_void_p
gs_dossier_p = c_void_p
gs_dossier_reader_p = c_void_p
gs_dossier_writer_p = c_void_p
gs_pack_p = c_void_p
gs_decision_p = c_void_p
gs_evaluator_p = c_void_p
gs_catalog_p = c_void_p
gs_gaps_p = c_void_p
gs_assessment_p = c_void_p
gs_assessment_writer_p = c_void_p
gs_summary_p = c_void_p
gs_population_p = c_void_p
gs_labels_p = c_void_p
gs_survival_p = c_void_p
gs_indicators_p = c_void_p
gs_mapping_p = c_void_p
gs_exporter_p = c_void_p
#: ``const gs_family *const *``: an array of family handles.
gs_family_pp = POINTER(c_void_p)

#: ``gs_assess_callback``: ``int (*)(void *user_data, size_t index,
#: const gs_assessment *assessment)``.
gs_assess_callback = ctypes.CFUNCTYPE(c_int, c_void_p, c_size_t, c_void_p)

_Malloc = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)
_Realloc = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)
_Free = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)


class gs_allocator(ctypes.Structure):
    """``gs_allocator`` (versioned option struct, gs-common.h)."""

    _fields_ = [
        ("version", ctypes.c_uint),
        ("malloc", _Malloc),
        ("realloc", _Realloc),
        ("free", _Free),
        ("user_data", ctypes.c_void_p),
    ]


class gs_population_options(ctypes.Structure):
    """``gs_population_options`` (versioned option struct, gs-generate.h)."""

    _fields_ = [("version", ctypes.c_uint), ("seed", c_uint64), ("families", c_uint64),
                ("as_of", gs_date)]


class gs_survival_options(ctypes.Structure):
    """``gs_survival_options`` (versioned option struct, gs-survival.h)."""

    _fields_ = [("version", ctypes.c_uint), ("as_of", gs_date), ("horizon", c_int),
                ("group_by", c_int), ("min_group", c_int)]


class gs_indicators_options(ctypes.Structure):
    """``gs_indicators_options`` (versioned option struct, gs-indicators.h)."""

    _fields_ = [("version", ctypes.c_uint), ("from_", gs_date), ("to", gs_date),
                ("group_by", c_int), ("suppress_k", c_int), ("no_suppress", c_int)]


class gs_export_options(ctypes.Structure):
    """``gs_export_options`` (versioned option struct, gs-export.h)."""

    _fields_ = [("version", ctypes.c_uint), ("as_of", gs_date), ("horizon", c_int),
                ("format", c_int)]


# A declaration: (name, restype, argtypes).
Decl = Tuple[str, Optional[type], Sequence[type]]

# ---- gs-common.h: status, errors, memory, initialisation, version ------

CORE: List[Decl] = [
    ("gs_error_last", gs_error_p, []),
    ("gs_error_code", gs_status, [gs_error_p]),
    ("gs_error_message", c_char_p, [gs_error_p]),
    ("gs_error_file", c_char_p, [gs_error_p]),
    ("gs_error_line", c_int, [gs_error_p]),
    ("gs_error_column", c_int, [gs_error_p]),
    ("gs_error_format", c_char_p, [gs_error_p]),
    ("gs_status_str", c_char_p, [gs_status]),
    ("gs_status_name", c_char_p, [gs_status]),
    ("gs_free", None, [c_void_p]),
    ("gs_allocator_init", None, [POINTER(gs_allocator)]),
    ("gs_set_allocator", gs_status, [POINTER(gs_allocator)]),
    ("gs_init", gs_status, []),
    ("gs_shutdown", None, []),
    ("gs_version_string", c_char_p, []),
    ("gs_version_number", c_int, []),
]

# ---- gs-date.h: calendar dates -------------------------------------------

DATES: List[Decl] = [
    ("gs_date_valid", c_int, [gs_date]),
    ("gs_date_from_ymd", gs_status, [gs_date_p, c_int, c_int, c_int]),
    ("gs_date_to_ymd", gs_status, [gs_date, c_int_p, c_int_p, c_int_p]),
    ("gs_date_parse", gs_status, [gs_date_p, c_char_p]),
    ("gs_date_format", gs_status, [gs_date, c_char_p, c_size_t]),
    ("gs_date_add_days", gs_status, [gs_date_p, gs_date, c_int32]),
    ("gs_date_add_years", gs_status, [gs_date_p, gs_date, c_int]),
    ("gs_date_diff", c_int32, [gs_date, gs_date]),
    ("gs_date_age_years", gs_status, [c_int_p, gs_date, gs_date]),
    ("gs_date_age_months", gs_status, [c_int_p, gs_date, gs_date]),
]

# ---- gs-codes.h: codes, tokens, labels, municipalities -------------

CODES: List[Decl] = [
    ("gs_code_token", c_char_p, [c_int, c_int]),
    ("gs_code_parse", gs_status, [c_int, c_char_p, c_int_p]),
    ("gs_code_label", c_char_p, [c_int, c_int, c_int]),
    ("gs_code_count", c_size_t, [c_int]),
    ("gs_code_at", c_int, [c_int, c_size_t]),
    ("gs_municipality_count", c_size_t, []),
    ("gs_municipality_code", c_char_p, [c_size_t]),
    ("gs_municipality_name", c_char_p, [c_size_t]),
    ("gs_municipality_province", c_char_p, [c_size_t]),
    ("gs_municipality_find", gs_status, [c_char_p, c_size_t_p]),
]

# ---- gs-family.h: the family model: builder and accessors ----------

FAMILY: List[Decl] = [
    ("gs_family_new", gs_status, [POINTER(gs_family_p), c_char_p, c_char_p, gs_date]),
    ("gs_family_free", None, [gs_family_p]),
    ("gs_family_clone", gs_status, [POINTER(gs_family_p), gs_family_p]),
    ("gs_family_equal", c_int, [gs_family_p, gs_family_p]),
    ("gs_family_set_child_wish", gs_status, [gs_family_p, c_int]),
    ("gs_family_add_caregiver", gs_status, [gs_family_p, c_char_p, c_int]),
    ("gs_family_add_pregnancy", gs_status, [gs_family_p, c_char_p, c_char_p, gs_date, gs_date,
                                            c_int, c_char_p]),
    ("gs_family_add_child", gs_status, [gs_family_p, c_char_p, gs_date, c_char_p]),
    ("gs_family_set_caregiver_birth_year", gs_status, [gs_family_p, c_char_p, c_int]),
    ("gs_family_set_child_gestational_age", gs_status, [gs_family_p, c_char_p, c_int]),
    ("gs_family_set_child_birth_weight", gs_status, [gs_family_p, c_char_p, c_int]),
    ("gs_family_add_contact", gs_status, [gs_family_p, c_char_p, gs_date, c_char_p, c_int, c_int,
                                          c_char_p]),
    ("gs_family_add_finding", gs_status, [gs_family_p, c_char_p, c_int, c_int, c_int]),
    ("gs_family_add_zrm", gs_status, [gs_family_p, c_char_p, c_char_p, c_int, c_int]),
    ("gs_family_add_signal", gs_status, [gs_family_p, c_char_p, c_char_p, c_int, c_int, c_int,
                                         gs_date]),
    ("gs_family_add_conclusion", gs_status, [gs_family_p, gs_date, c_int, c_int, c_char_p]),
    ("gs_family_add_goal", gs_status, [gs_family_p, c_char_p, c_int, gs_date, gs_date, c_int,
                                       gs_date]),
    ("gs_family_add_action", gs_status, [gs_family_p, c_char_p, c_char_p, c_int, c_char_p, gs_date,
                                         gs_date, c_int, c_int]),
    ("gs_family_add_review", gs_status, [gs_family_p, c_char_p, gs_date, c_int]),
    ("gs_family_add_meldcode_step", gs_status, [gs_family_p, c_int, gs_date, c_int]),
    ("gs_family_finish", gs_status, [gs_family_p]),
    ("gs_family_is_finished", c_int, [gs_family_p]),
    ("gs_family_id", c_char_p, [gs_family_p]),
    ("gs_family_municipality", c_char_p, [gs_family_p]),
    ("gs_family_enrolled", gs_date, [gs_family_p]),
    ("gs_family_child_wish", c_int, [gs_family_p]),
    ("gs_family_caregiver_count", c_size_t, [gs_family_p]),
    ("gs_family_caregiver_id", c_char_p, [gs_family_p, c_size_t]),
    ("gs_family_caregiver_role", c_int, [gs_family_p, c_size_t]),
    ("gs_family_caregiver_birth_year", c_int, [gs_family_p, c_size_t]),
    ("gs_family_pregnancy_count", c_size_t, [gs_family_p]),
    ("gs_family_pregnancy_id", c_char_p, [gs_family_p, c_size_t]),
    ("gs_family_pregnancy_caregiver", c_char_p, [gs_family_p, c_size_t]),
    ("gs_family_pregnancy_due", gs_date, [gs_family_p, c_size_t]),
    ("gs_family_pregnancy_ended", gs_date, [gs_family_p, c_size_t]),
    ("gs_family_pregnancy_outcome", c_int, [gs_family_p, c_size_t]),
    ("gs_family_pregnancy_child", c_char_p, [gs_family_p, c_size_t]),
    ("gs_family_child_count", c_size_t, [gs_family_p]),
    ("gs_family_child_id", c_char_p, [gs_family_p, c_size_t]),
    ("gs_family_child_born", gs_date, [gs_family_p, c_size_t]),
    ("gs_family_child_pregnancy", c_char_p, [gs_family_p, c_size_t]),
    ("gs_family_child_gestational_age", c_int, [gs_family_p, c_size_t]),
    ("gs_family_child_birth_weight", c_int, [gs_family_p, c_size_t]),
    ("gs_family_contact_count", c_size_t, [gs_family_p]),
    ("gs_family_contact_id", c_char_p, [gs_family_p, c_size_t]),
    ("gs_family_contact_date", gs_date, [gs_family_p, c_size_t]),
    ("gs_family_contact_moment", c_char_p, [gs_family_p, c_size_t]),
    ("gs_family_contact_setting", c_int, [gs_family_p, c_size_t]),
    ("gs_family_contact_by", c_int, [gs_family_p, c_size_t]),
    ("gs_family_contact_subject", c_char_p, [gs_family_p, c_size_t]),
    ("gs_family_finding_count", c_size_t, [gs_family_p, c_size_t]),
    ("gs_family_finding_kind", c_int, [gs_family_p, c_size_t, c_size_t]),
    ("gs_family_finding_item", c_int, [gs_family_p, c_size_t, c_size_t]),
    ("gs_family_finding_value", c_int, [gs_family_p, c_size_t, c_size_t]),
    ("gs_family_finding_caregiver", c_char_p, [gs_family_p, c_size_t, c_size_t]),
    ("gs_family_finding_signal_id", c_char_p, [gs_family_p, c_size_t, c_size_t]),
    ("gs_family_finding_signal_kind", c_int, [gs_family_p, c_size_t, c_size_t]),
    ("gs_family_finding_resolved", gs_date, [gs_family_p, c_size_t, c_size_t]),
    ("gs_family_conclusion_count", c_size_t, [gs_family_p]),
    ("gs_family_conclusion_date", gs_date, [gs_family_p, c_size_t]),
    ("gs_family_conclusion_care_need", c_int, [gs_family_p, c_size_t]),
    ("gs_family_conclusion_proposed", c_int, [gs_family_p, c_size_t]),
    ("gs_family_conclusion_reason", c_char_p, [gs_family_p, c_size_t]),
    ("gs_family_meldcode_step_count", c_size_t, [gs_family_p]),
    ("gs_family_meldcode_step_n", c_int, [gs_family_p, c_size_t]),
    ("gs_family_meldcode_step_date", gs_date, [gs_family_p, c_size_t]),
    ("gs_family_meldcode_step_decision", c_int, [gs_family_p, c_size_t]),
    ("gs_family_goal_count", c_size_t, [gs_family_p]),
    ("gs_family_goal_id", c_char_p, [gs_family_p, c_size_t]),
    ("gs_family_goal_topic", c_int, [gs_family_p, c_size_t]),
    ("gs_family_goal_opened", gs_date, [gs_family_p, c_size_t]),
    ("gs_family_goal_target", gs_date, [gs_family_p, c_size_t]),
    ("gs_family_goal_status", c_int, [gs_family_p, c_size_t]),
    ("gs_family_goal_closed", gs_date, [gs_family_p, c_size_t]),
    ("gs_family_action_count", c_size_t, [gs_family_p, c_size_t]),
    ("gs_family_action_id", c_char_p, [gs_family_p, c_size_t, c_size_t]),
    ("gs_family_action_level", c_int, [gs_family_p, c_size_t, c_size_t]),
    ("gs_family_action_offer", c_char_p, [gs_family_p, c_size_t, c_size_t]),
    ("gs_family_action_start", gs_date, [gs_family_p, c_size_t, c_size_t]),
    ("gs_family_action_end", gs_date, [gs_family_p, c_size_t, c_size_t]),
    ("gs_family_action_warm_handover", c_int, [gs_family_p, c_size_t, c_size_t]),
    ("gs_family_action_responsible", c_int, [gs_family_p, c_size_t, c_size_t]),
    ("gs_family_review_count", c_size_t, [gs_family_p, c_size_t, c_size_t]),
    ("gs_family_review_date", gs_date, [gs_family_p, c_size_t, c_size_t, c_size_t]),
    ("gs_family_review_outcome", c_int, [gs_family_p, c_size_t, c_size_t, c_size_t]),
]

# ---- gs-phases.h: life phases --------------------------------------

PHASES: List[Decl] = [
    ("gs_phases_new", gs_status, [POINTER(gs_phases_p), gs_family_p, gs_date, gs_pack_p]),
    ("gs_phases_free", None, [gs_phases_p]),
    ("gs_phases_count", c_size_t, [gs_phases_p]),
    ("gs_phases_code", c_int, [gs_phases_p, c_size_t]),
    ("gs_phases_subject", c_char_p, [gs_phases_p, c_size_t]),
    ("gs_phases_from", gs_date, [gs_phases_p, c_size_t]),
    ("gs_phases_until", gs_date, [gs_phases_p, c_size_t]),
    ("gs_phases_first_1000_days", c_int, [gs_phases_p]),
    ("gs_phases_in_programme", c_int, [gs_phases_p]),
]

# ---- gs-dossier.h: dossier files: load, stream, save ---------------

DOSSIER: List[Decl] = [
    ("gs_dossier_load_file", gs_status, [POINTER(gs_dossier_p), c_char_p]),
    ("gs_dossier_load_memory", gs_status, [POINTER(gs_dossier_p), c_char_p, c_size_t, c_char_p]),
    ("gs_dossier_free", None, [gs_dossier_p]),
    ("gs_dossier_family_count", c_size_t, [gs_dossier_p]),
    ("gs_dossier_family", gs_family_p, [gs_dossier_p, c_size_t]),
    ("gs_dossier_root_is_family", c_int, [gs_dossier_p]),
    ("gs_dossier_find_family", gs_status, [gs_dossier_p, c_char_p, c_size_t_p]),
    ("gs_dossier_take_family", gs_status, [gs_dossier_p, c_size_t, POINTER(gs_family_p)]),
    ("gs_dossier_reader_open_file", gs_status, [POINTER(gs_dossier_reader_p), c_char_p]),
    ("gs_dossier_reader_open_memory", gs_status, [POINTER(gs_dossier_reader_p), c_char_p, c_size_t,
                                                  c_char_p]),
    ("gs_dossier_reader_next", gs_status, [gs_dossier_reader_p, POINTER(gs_family_p)]),
    ("gs_dossier_reader_root_is_family", c_int, [gs_dossier_reader_p]),
    ("gs_dossier_reader_free", None, [gs_dossier_reader_p]),
    ("gs_dossier_save_memory", gs_status, [gs_family_pp, c_size_t, c_int, owned_str_p, c_size_t_p]),
    ("gs_dossier_save_file", gs_status, [gs_family_pp, c_size_t, c_int, c_char_p]),
    ("gs_dossier_writer_open", gs_status, [POINTER(gs_dossier_writer_p), c_char_p]),
    ("gs_dossier_writer_add", gs_status, [gs_dossier_writer_p, gs_family_p]),
    ("gs_dossier_writer_close", gs_status, [gs_dossier_writer_p]),
    ("gs_dossier_writer_free", None, [gs_dossier_writer_p]),
]

# ---- gs-pack.h: packs, schedule, decision tables, evaluator --------

PACK: List[Decl] = [
    ("gs_pack_load_file", gs_status, [POINTER(gs_pack_p), c_char_p]),
    ("gs_pack_load_memory", gs_status, [POINTER(gs_pack_p), c_char_p, c_size_t, c_char_p, c_size_t,
                                        c_char_p]),
    ("gs_pack_load_default", gs_status, [POINTER(gs_pack_p)]),
    ("gs_pack_free", None, [gs_pack_p]),
    ("gs_pack_id", c_char_p, [gs_pack_p]),
    ("gs_pack_version", c_char_p, [gs_pack_p]),
    ("gs_pack_title", c_char_p, [gs_pack_p, c_int]),
    ("gs_pack_decisions_file", c_char_p, [gs_pack_p]),
    ("gs_pack_sha256", c_char_p, [gs_pack_p]),
    ("gs_pack_param_count", c_size_t, []),
    ("gs_pack_param_name", c_char_p, [c_size_t]),
    ("gs_pack_param", gs_status, [gs_pack_p, c_char_p, c_int_p]),
    ("gs_pack_moment_count", c_size_t, [gs_pack_p]),
    ("gs_pack_moment_find", gs_status, [gs_pack_p, c_char_p, c_size_t_p]),
    ("gs_pack_moment_id", c_char_p, [gs_pack_p, c_size_t]),
    ("gs_pack_moment_label", c_char_p, [gs_pack_p, c_size_t, c_int]),
    ("gs_pack_moment_phase", c_int, [gs_pack_p, c_size_t]),
    ("gs_pack_moment_setting", c_int, [gs_pack_p, c_size_t]),
    ("gs_pack_moment_anchor", c_int, [gs_pack_p, c_size_t]),
    ("gs_pack_moment_trigger", c_int, [gs_pack_p, c_size_t]),
    ("gs_pack_moment_open", c_int, [gs_pack_p, c_size_t]),
    ("gs_pack_moment_due", c_int, [gs_pack_p, c_size_t]),
    ("gs_pack_moment_overdue", c_int, [gs_pack_p, c_size_t]),
    ("gs_pack_moment_close", c_int, [gs_pack_p, c_size_t]),
    ("gs_pack_moment_instruments", c_char_p, [gs_pack_p, c_size_t]),
    ("gs_pack_moment_condition", c_int, [gs_pack_p, c_size_t]),
    ("gs_pack_moment_bds", c_char_p, [gs_pack_p, c_size_t]),
    ("gs_pack_decision_count", c_size_t, [gs_pack_p]),
    ("gs_pack_decision_at", gs_decision_p, [gs_pack_p, c_size_t]),
    ("gs_decision_find", gs_status, [gs_pack_p, c_char_p, POINTER(gs_decision_p)]),
    ("gs_decision_id", c_char_p, [gs_decision_p]),
    ("gs_decision_name", c_char_p, [gs_decision_p]),
    ("gs_decision_hit_policy", c_int, [gs_decision_p]),
    ("gs_decision_aggregation", c_int, [gs_decision_p]),
    ("gs_decision_input_count", c_size_t, [gs_decision_p]),
    ("gs_decision_input_name", c_char_p, [gs_decision_p, c_size_t]),
    ("gs_decision_input_type", c_int, [gs_decision_p, c_size_t]),
    ("gs_decision_input_values", c_char_p, [gs_decision_p, c_size_t]),
    ("gs_decision_output_count", c_size_t, [gs_decision_p]),
    ("gs_decision_output_name", c_char_p, [gs_decision_p, c_size_t]),
    ("gs_decision_output_type", c_int, [gs_decision_p, c_size_t]),
    ("gs_decision_rule_count", c_size_t, [gs_decision_p]),
    ("gs_decision_rule_id", c_char_p, [gs_decision_p, c_size_t]),
    ("gs_decision_rule_text", c_char_p, [gs_decision_p, c_size_t, c_int]),
    ("gs_decision_rule_input_text", c_char_p, [gs_decision_p, c_size_t, c_size_t]),
    ("gs_decision_rule_output_text", c_char_p, [gs_decision_p, c_size_t, c_size_t]),
    ("gs_evaluator_new", gs_status, [POINTER(gs_evaluator_p), gs_decision_p]),
    ("gs_evaluator_free", None, [gs_evaluator_p]),
    ("gs_evaluator_set_number", gs_status, [gs_evaluator_p, c_char_p, c_double]),
    ("gs_evaluator_set_string", gs_status, [gs_evaluator_p, c_char_p, c_char_p]),
    ("gs_evaluator_set_bool", gs_status, [gs_evaluator_p, c_char_p, c_int]),
    ("gs_evaluator_set_null", gs_status, [gs_evaluator_p, c_char_p]),
    ("gs_evaluator_clear", None, [gs_evaluator_p]),
    ("gs_evaluator_run", gs_status, [gs_evaluator_p]),
    ("gs_evaluator_match_count", c_size_t, [gs_evaluator_p]),
    ("gs_evaluator_match_rule", c_size_t, [gs_evaluator_p, c_size_t]),
    ("gs_evaluator_has_result", c_int, [gs_evaluator_p]),
    ("gs_evaluator_result_count", c_size_t, [gs_evaluator_p]),
    ("gs_evaluator_result_rule", c_size_t, [gs_evaluator_p, c_size_t]),
    ("gs_evaluator_result_type", c_int, [gs_evaluator_p, c_size_t, c_size_t]),
    ("gs_evaluator_result_number", c_double, [gs_evaluator_p, c_size_t, c_size_t]),
    ("gs_evaluator_result_string", c_char_p, [gs_evaluator_p, c_size_t, c_size_t]),
    ("gs_evaluator_result_bool", c_int, [gs_evaluator_p, c_size_t, c_size_t]),
    ("gs_evaluator_aggregate", gs_status, [gs_evaluator_p, c_size_t, c_double_p]),
]

# ---- gs-catalog.h: catalogues, routing, care-gap analysis ----------

CATALOG: List[Decl] = [
    ("gs_catalog_load_file", gs_status, [POINTER(gs_catalog_p), c_char_p]),
    ("gs_catalog_load_memory", gs_status, [POINTER(gs_catalog_p), c_char_p, c_size_t, c_char_p]),
    ("gs_catalog_load_default", gs_status, [POINTER(gs_catalog_p)]),
    ("gs_catalog_free", None, [gs_catalog_p]),
    ("gs_catalog_id", c_char_p, [gs_catalog_p]),
    ("gs_catalog_version", c_char_p, [gs_catalog_p]),
    ("gs_catalog_sha256", c_char_p, [gs_catalog_p]),
    ("gs_catalog_valid_from", gs_date, [gs_catalog_p]),
    ("gs_catalog_note", c_char_p, [gs_catalog_p, c_int]),
    ("gs_catalog_municipality_count", c_size_t, [gs_catalog_p]),
    ("gs_catalog_municipality_code", c_char_p, [gs_catalog_p, c_size_t]),
    ("gs_catalog_municipality_name", c_char_p, [gs_catalog_p, c_size_t]),
    ("gs_catalog_municipality_province", c_int, [gs_catalog_p, c_size_t]),
    ("gs_catalog_province_of", c_int, [gs_catalog_p, c_char_p]),
    ("gs_catalog_find_municipality", gs_status, [gs_catalog_p, c_char_p, c_size_t_p]),
    ("gs_catalog_municipality_former_count", c_size_t, [gs_catalog_p, c_size_t]),
    ("gs_catalog_municipality_former_code", c_char_p, [gs_catalog_p, c_size_t, c_size_t]),
    ("gs_catalog_municipality_former_name", c_char_p, [gs_catalog_p, c_size_t, c_size_t]),
    ("gs_catalog_municipality_former_until", gs_date, [gs_catalog_p, c_size_t, c_size_t]),
    ("gs_catalog_find_former", gs_status, [gs_catalog_p, c_char_p, c_size_t_p, c_size_t_p]),
    ("gs_catalog_offer_count", c_size_t, [gs_catalog_p]),
    ("gs_catalog_find_offer", gs_status, [gs_catalog_p, c_char_p, c_size_t_p]),
    ("gs_catalog_offer_id", c_char_p, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_name", c_char_p, [gs_catalog_p, c_size_t, c_int]),
    ("gs_catalog_offer_provider", c_char_p, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_level", c_int, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_scope", c_char_p, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_scope_kind", c_int, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_indication", c_int, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_topic_count", c_size_t, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_topic", c_int, [gs_catalog_p, c_size_t, c_size_t]),
    ("gs_catalog_offer_topics", c_uint32, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_phase_count", c_size_t, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_phase", c_int, [gs_catalog_p, c_size_t, c_size_t]),
    ("gs_catalog_offer_phases", c_uint32, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_min_age_months", c_int, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_max_age_months", c_int, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_valid_from", gs_date, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_valid_to", gs_date, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_url", c_char_p, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_phone", c_char_p, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_first_child", c_int, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_max_caregiver_age", c_int, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offer_max_gestational_weeks", c_int, [gs_catalog_p, c_size_t]),
    ("gs_catalog_offers_matching", gs_status, [gs_catalog_p, c_char_p, c_int, c_int, c_int,
                                               gs_date, c_size_t_p, c_size_t, c_size_t_p]),
    ("gs_catalog_route", gs_status, [gs_catalog_p, c_char_p, c_int, c_int, c_uint32, c_int,
                                     gs_date, c_size_t_p, c_size_t, c_size_t_p, c_int_p, c_int_p]),
    ("gs_topic_applies", c_int, [c_int, c_int]),
    ("gs_gaps_compute", gs_status, [POINTER(gs_gaps_p), gs_catalog_p, c_char_p, gs_date, c_uint32]),
    ("gs_gaps_free", None, [gs_gaps_p]),
    ("gs_gaps_on", gs_date, [gs_gaps_p]),
    ("gs_gaps_flags", c_uint32, [gs_gaps_p]),
    ("gs_gaps_municipality_count", c_size_t, [gs_gaps_p]),
    ("gs_gaps_municipality_code", c_char_p, [gs_gaps_p, c_size_t]),
    ("gs_gaps_municipality_name", c_char_p, [gs_gaps_p, c_size_t]),
    ("gs_gaps_municipality_province", c_int, [gs_gaps_p, c_size_t]),
    ("gs_gaps_cell", c_int, [gs_gaps_p, c_size_t, c_int, c_int, c_int]),
    ("gs_gaps_count", c_size_t, [gs_gaps_p]),
    ("gs_gaps_gap", gs_status, [gs_gaps_p, c_size_t, c_size_t_p, c_int_p, c_int_p, c_int_p]),
    ("gs_gaps_write_xml", gs_status, [gs_gaps_p, owned_str_p, c_size_t_p]),
    ("gs_gaps_write_csv", gs_status, [gs_gaps_p, owned_str_p, c_size_t_p]),
]

# ---- gs-assess.h: the assessment and its writer --------------------

ASSESS: List[Decl] = [
    ("gs_assessment_new", gs_status, [POINTER(gs_assessment_p)]),
    ("gs_assessment_free", None, [gs_assessment_p]),
    ("gs_assess", gs_status, [POINTER(gs_assessment_p), gs_family_p, gs_date, gs_pack_p,
                              gs_catalog_p]),
    ("gs_assess_into", gs_status, [gs_assessment_p, gs_family_p, gs_date, gs_pack_p, gs_catalog_p]),
    ("gs_assess_many", gs_status, [gs_family_pp, c_size_t, gs_date, gs_pack_p, gs_catalog_p,
                                   gs_assess_callback, c_void_p]),
    ("gs_assess_file", gs_status, [c_char_p, gs_date, gs_pack_p, gs_catalog_p, gs_assess_callback,
                                   c_void_p]),
    ("gs_assessment_family", gs_family_p, [gs_assessment_p]),
    ("gs_assessment_as_of", gs_date, [gs_assessment_p]),
    ("gs_assessment_phase_count", c_size_t, [gs_assessment_p]),
    ("gs_assessment_phase_code", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_phase_subject", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_phase_from", gs_date, [gs_assessment_p, c_size_t]),
    ("gs_assessment_phase_until", gs_date, [gs_assessment_p, c_size_t]),
    ("gs_assessment_first_1000_days", c_int, [gs_assessment_p]),
    ("gs_assessment_in_programme", c_int, [gs_assessment_p]),
    ("gs_assessment_moment_count", c_size_t, [gs_assessment_p]),
    ("gs_assessment_moment_id", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_moment_label", c_char_p, [gs_assessment_p, c_size_t, c_int]),
    ("gs_assessment_moment_phase", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_moment_subject", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_moment_trigger", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_moment_open", gs_date, [gs_assessment_p, c_size_t]),
    ("gs_assessment_moment_due", gs_date, [gs_assessment_p, c_size_t]),
    ("gs_assessment_moment_overdue", gs_date, [gs_assessment_p, c_size_t]),
    ("gs_assessment_moment_close", gs_date, [gs_assessment_p, c_size_t]),
    ("gs_assessment_moment_status", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_moment_done", gs_date, [gs_assessment_p, c_size_t]),
    ("gs_assessment_fact_count", c_size_t, [gs_assessment_p]),
    ("gs_assessment_fact_name", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_fact_type", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_fact_int", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_fact_value", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_care_need", c_int, [gs_assessment_p]),
    ("gs_assessment_reason_count", c_size_t, [gs_assessment_p]),
    ("gs_assessment_reason_rule", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_reason_table", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_reason_text", c_char_p, [gs_assessment_p, c_size_t, c_int]),
    ("gs_assessment_need_count", c_size_t, [gs_assessment_p]),
    ("gs_assessment_need_topic", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_need_severity", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_need_level", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_need_level_rule", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_need_level_text", c_char_p, [gs_assessment_p, c_size_t, c_int]),
    ("gs_assessment_need_new_goal", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_need_route_count", c_size_t, [gs_assessment_p, c_size_t]),
    ("gs_assessment_need_route_offer", c_size_t, [gs_assessment_p, c_size_t, c_size_t]),
    ("gs_assessment_need_route_fallback", c_int, [gs_assessment_p, c_size_t, c_size_t]),
    ("gs_assessment_need_route_check", c_int, [gs_assessment_p, c_size_t, c_size_t]),
    ("gs_assessment_need_gap_from", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_need_gap_to", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_offer_id", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_offer_name", c_char_p, [gs_assessment_p, c_size_t, c_int]),
    ("gs_assessment_offer_provider", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_offer_level", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_offer_scope", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_offer_indication", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_count", c_size_t, [gs_assessment_p]),
    ("gs_assessment_advice_kind", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_goal", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_action", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_offer", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_problem", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_review", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_move", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_level", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_rule", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_rule_text", c_char_p, [gs_assessment_p, c_size_t, c_int]),
    ("gs_assessment_advice_since", gs_date, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_date", gs_date, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_agreed", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_proposed_now", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_route_count", c_size_t, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_route_offer", c_size_t, [gs_assessment_p, c_size_t, c_size_t]),
    ("gs_assessment_advice_route_fallback", c_int, [gs_assessment_p, c_size_t, c_size_t]),
    ("gs_assessment_advice_route_check", c_int, [gs_assessment_p, c_size_t, c_size_t]),
    ("gs_assessment_advice_step", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_safety", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_concerns", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_priorities", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_text", c_char_p, [gs_assessment_p, c_size_t, c_int]),
    ("gs_assessment_advice_gap_from", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_advice_gap_to", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_conversation_start", c_int, [gs_assessment_p]),
    ("gs_assessment_note_count", c_size_t, [gs_assessment_p]),
    ("gs_assessment_note_kind", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_note_date", gs_date, [gs_assessment_p, c_size_t]),
    ("gs_assessment_note_contact", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_note_finding", c_int, [gs_assessment_p, c_size_t]),
    ("gs_assessment_note_item", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_note_caregiver", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_note_moment", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_note_municipality", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_note_successor", c_char_p, [gs_assessment_p, c_size_t]),
    ("gs_assessment_note_text", c_char_p, [gs_assessment_p, c_size_t, c_int]),
    ("gs_assessment_write_xml", gs_status, [gs_assessment_p, c_int, owned_str_p, c_size_t_p]),
    ("gs_assessment_writer_new", gs_status, [POINTER(gs_assessment_writer_p), c_int, c_int]),
    ("gs_assessment_writer_add", gs_status, [gs_assessment_writer_p, gs_assessment_p]),
    ("gs_assessment_writer_end", gs_status, [gs_assessment_writer_p]),
    ("gs_assessment_writer_pending", c_void_p, [gs_assessment_writer_p, c_size_t_p]),
    ("gs_assessment_writer_clear", None, [gs_assessment_writer_p]),
    ("gs_assessment_writer_free", None, [gs_assessment_writer_p]),
]

# ---- gs-summary.h: the compact population table (bulk assessment) ---

SUMMARY: List[Decl] = [
    ("gs_summary_from_families", gs_status, [POINTER(gs_summary_p), gs_family_pp, c_size_t,
                                             gs_date, gs_pack_p, gs_catalog_p]),
    ("gs_summary_from_file", gs_status, [POINTER(gs_summary_p), c_char_p, gs_date, gs_pack_p,
                                         gs_catalog_p]),
    ("gs_summary_free", None, [gs_summary_p]),
    ("gs_summary_rows", c_size_t, [gs_summary_p]),
    ("gs_summary_column_data", c_void_p, [gs_summary_p, c_int]),
    ("gs_summary_family_id", c_char_p, [gs_summary_p, c_size_t]),
    ("gs_summary_municipality", c_char_p, [gs_summary_p, c_size_t]),
    ("gs_summary_ids", c_void_p, [gs_summary_p, c_size_t_p]),
]

# ---- gs-generate.h: the synthetic population generator ---------------

GENERATE: List[Decl] = [
    ("gs_population_options_init", None, [POINTER(gs_population_options)]),
    ("gs_population_new", gs_status, [POINTER(gs_population_p), POINTER(gs_population_options)]),
    ("gs_population_next", gs_status, [gs_population_p, POINTER(gs_family_p)]),
    ("gs_population_free", None, [gs_population_p]),
    ("gs_population_generate", gs_status, [POINTER(gs_population_options), c_char_p]),
]

# ---- gs-survival.h: label tables, Kaplan-Meier curves and tests ------

SURVIVAL: List[Decl] = [
    ("gs_labels_new", gs_status, [POINTER(gs_labels_p)]),
    ("gs_labels_set", gs_status, [gs_labels_p, c_char_p, c_char_p]),
    ("gs_labels_load_csv_file", gs_status, [POINTER(gs_labels_p), c_char_p]),
    ("gs_labels_load_csv_memory", gs_status, [POINTER(gs_labels_p), c_char_p, c_size_t, c_char_p]),
    ("gs_labels_get", c_char_p, [gs_labels_p, c_char_p]),
    ("gs_labels_count", c_size_t, [gs_labels_p]),
    ("gs_labels_free", None, [gs_labels_p]),
    ("gs_survival_options_init", None, [POINTER(gs_survival_options)]),
    ("gs_survival_new", gs_status, [POINTER(gs_survival_p), POINTER(gs_survival_options),
                                    gs_catalog_p, gs_labels_p]),
    ("gs_survival_add", gs_status, [gs_survival_p, gs_family_p]),
    ("gs_survival_add_file", gs_status, [gs_survival_p, c_char_p]),
    ("gs_survival_add_observation", gs_status, [gs_survival_p, c_char_p, c_int, c_int, c_uint64]),
    ("gs_survival_finish", gs_status, [gs_survival_p]),
    ("gs_survival_free", None, [gs_survival_p]),
    ("gs_survival_group_count", c_size_t, [gs_survival_p]),
    ("gs_survival_group_name", c_char_p, [gs_survival_p, c_size_t]),
    ("gs_survival_group_subjects", c_uint64, [gs_survival_p, c_size_t]),
    ("gs_survival_group_events", c_uint64, [gs_survival_p, c_size_t]),
    ("gs_survival_group_included", c_int, [gs_survival_p, c_size_t]),
    ("gs_survival_group_median", c_int, [gs_survival_p, c_size_t]),
    ("gs_survival_summary_median", c_double, [gs_survival_p, c_size_t]),
    ("gs_survival_summary_lower", c_double, [gs_survival_p, c_size_t]),
    ("gs_survival_summary_upper", c_double, [gs_survival_p, c_size_t]),
    ("gs_survival_km_count", c_size_t, [gs_survival_p, c_size_t]),
    ("gs_survival_km_time", c_int, [gs_survival_p, c_size_t, c_size_t]),
    ("gs_survival_km_at_risk", c_uint64, [gs_survival_p, c_size_t, c_size_t]),
    ("gs_survival_km_events", c_uint64, [gs_survival_p, c_size_t, c_size_t]),
    ("gs_survival_km_censored", c_uint64, [gs_survival_p, c_size_t, c_size_t]),
    ("gs_survival_km_survival", c_double, [gs_survival_p, c_size_t, c_size_t]),
    ("gs_survival_km_se", c_double, [gs_survival_p, c_size_t, c_size_t]),
    ("gs_survival_km_lower", c_double, [gs_survival_p, c_size_t, c_size_t]),
    ("gs_survival_km_upper", c_double, [gs_survival_p, c_size_t, c_size_t]),
    ("gs_survival_test_count", c_size_t, [gs_survival_p]),
    ("gs_survival_test_kind", c_int, [gs_survival_p, c_size_t]),
    ("gs_survival_test_name", c_char_p, [gs_survival_p, c_size_t]),
    ("gs_survival_test_chisq", c_double, [gs_survival_p, c_size_t]),
    ("gs_survival_test_df", c_int, [gs_survival_p, c_size_t]),
    ("gs_survival_test_p", c_double, [gs_survival_p, c_size_t]),
    ("gs_survival_write_km_csv", gs_status, [gs_survival_p, owned_str_p, c_size_t_p]),
    ("gs_survival_write_tests_csv", gs_status, [gs_survival_p, owned_str_p, c_size_t_p]),
    ("gs_survival_write_summary_csv", gs_status, [gs_survival_p, owned_str_p, c_size_t_p]),
    ("gs_survival_write_subjects_csv", gs_status, [gs_survival_p, owned_str_p, c_size_t_p]),
]

# ---- gs-indicators.h: process indicators -------------------------------

INDICATORS: List[Decl] = [
    ("gs_indicator_id", c_char_p, [c_int]),
    ("gs_indicator_description", c_char_p, [c_int, c_int]),
    ("gs_indicator_count", c_size_t, []),
    ("gs_indicators_options_init", None, [POINTER(gs_indicators_options)]),
    ("gs_indicators_new", gs_status, [POINTER(gs_indicators_p), POINTER(gs_indicators_options),
                                      gs_pack_p, gs_catalog_p]),
    ("gs_indicators_add", gs_status, [gs_indicators_p, gs_family_p]),
    ("gs_indicators_add_file", gs_status, [gs_indicators_p, c_char_p]),
    ("gs_indicators_finish", gs_status, [gs_indicators_p]),
    ("gs_indicators_compute", gs_status, [POINTER(gs_indicators_p), gs_family_pp, c_size_t,
                                          POINTER(gs_indicators_options), gs_pack_p, gs_catalog_p]),
    ("gs_indicators_free", None, [gs_indicators_p]),
    ("gs_indicators_family_count", c_uint64, [gs_indicators_p]),
    ("gs_indicators_row_count", c_size_t, [gs_indicators_p]),
    ("gs_indicators_row_group", c_char_p, [gs_indicators_p, c_size_t]),
    ("gs_indicators_row_indicator", c_int, [gs_indicators_p, c_size_t]),
    ("gs_indicators_row_numerator", c_int64, [gs_indicators_p, c_size_t]),
    ("gs_indicators_row_denominator", c_int64, [gs_indicators_p, c_size_t]),
    ("gs_indicators_row_value", c_double, [gs_indicators_p, c_size_t]),
    ("gs_indicators_row_flags", c_uint32, [gs_indicators_p, c_size_t]),
    ("gs_indicators_write_csv", gs_status, [gs_indicators_p, owned_str_p, c_size_t_p]),
    ("gs_indicators_write_xml", gs_status, [gs_indicators_p, owned_str_p, c_size_t_p]),
]

# ---- gs-export.h: pseudonymised research export and its mapping --------

EXPORT: List[Decl] = [
    ("gs_mapping_new", gs_status, [POINTER(gs_mapping_p)]),
    ("gs_mapping_load_file", gs_status, [POINTER(gs_mapping_p), c_char_p]),
    ("gs_mapping_load_memory", gs_status, [POINTER(gs_mapping_p), c_char_p, c_size_t, c_char_p]),
    ("gs_mapping_save_memory", gs_status, [gs_mapping_p, owned_str_p, c_size_t_p]),
    ("gs_mapping_save_file", gs_status, [gs_mapping_p, c_char_p]),
    ("gs_mapping_free", None, [gs_mapping_p]),
    ("gs_mapping_family_count", c_size_t, [gs_mapping_p]),
    ("gs_mapping_child_count", c_size_t, [gs_mapping_p]),
    ("gs_mapping_family_pseudonym", c_char_p, [gs_mapping_p, c_char_p]),
    ("gs_mapping_family_shift", gs_status, [gs_mapping_p, c_char_p, c_int_p]),
    ("gs_mapping_child_pseudonym", c_char_p, [gs_mapping_p, c_char_p, c_char_p]),
    ("gs_export_options_init", None, [POINTER(gs_export_options)]),
    ("gs_exporter_new", gs_status, [POINTER(gs_exporter_p), POINTER(gs_export_options),
                                    gs_mapping_p, gs_pack_p]),
    ("gs_exporter_add", gs_status, [gs_exporter_p, gs_family_p]),
    ("gs_exporter_add_file", gs_status, [gs_exporter_p, c_char_p]),
    ("gs_exporter_end", gs_status, [gs_exporter_p]),
    ("gs_exporter_pending", c_void_p, [gs_exporter_p, c_size_t_p]),
    ("gs_exporter_clear", None, [gs_exporter_p]),
    ("gs_exporter_row_count", c_uint64, [gs_exporter_p]),
    ("gs_exporter_free", None, [gs_exporter_p]),
    ("gs_export_families", gs_status, [gs_family_pp, c_size_t, POINTER(gs_export_options),
                                       gs_mapping_p, gs_pack_p, owned_str_p, c_size_t_p]),
]


#: Every table, by the header it mirrors. New modules add their table here.
TABLES: Dict[str, List[Decl]] = {
    "gs-common.h": CORE,
    "gs-date.h": DATES,
    "gs-codes.h": CODES,
    "gs-family.h": FAMILY,
    "gs-phases.h": PHASES,
    "gs-dossier.h": DOSSIER,
    "gs-pack.h": PACK,
    "gs-catalog.h": CATALOG,
    "gs-assess.h": ASSESS,
    "gs-summary.h": SUMMARY,
    "gs-generate.h": GENERATE,
    "gs-survival.h": SURVIVAL,
    "gs-indicators.h": INDICATORS,
    "gs-export.h": EXPORT,
}

# ---- constants mirrored from the headers (macros ctypes cannot see) -----

#: ``GS_DATE_NONE``: an absent optional date.
GS_DATE_NONE = -(2 ** 31)
#: ``GS_DATE_BUFSIZE``: "YYYY-MM-DD" and a NUL.
GS_DATE_BUFSIZE = 11
#: ``GS_ALLOCATOR_VERSION``.
GS_ALLOCATOR_VERSION = 1
#: ``GS_GAPS_APPLICABLE_ONLY`` (gs_gaps_compute flag).
GS_GAPS_APPLICABLE_ONLY = 1
#: ``GS_DOSSIER_MAX_FAMILIES``: most families a whole-file dossier load accepts.
GS_DOSSIER_MAX_FAMILIES = 1000000
#: ``(size_t)-1``: "no such index" from the route accessors.
SIZE_MAX = ctypes.c_size_t(-1).value


# ---- loading ---------------------------------------------------------------

def _candidates() -> Iterator[str]:
    env = os.environ.get("GOEDESTART_LIBRARY")
    if env:
        yield env
        return
    if _config.LIBDIR:
        yield os.path.join(_config.LIBDIR, SONAME)
    found = ctypes.util.find_library("goedestart")
    if found:
        yield found
    yield SONAME
    yield os.path.join(os.path.dirname(os.path.abspath(__file__)), SONAME)


def _load(loader: Type[ctypes.CDLL] = ctypes.CDLL) -> ctypes.CDLL:
    errors = []
    for candidate in _candidates():
        try:
            return loader(candidate)
        except OSError as e:
            errors.append(f"{candidate}: {e}")
    raise ImportError("cannot load libgoedestart (set GOEDESTART_LIBRARY to its path): "
                      + "; ".join(errors))


def _declare(cdll: ctypes.CDLL) -> None:
    missing = []
    for table in TABLES.values():
        for name, restype, argtypes in table:
            try:
                fn = getattr(cdll, name)
            except AttributeError:
                missing.append(name)
                continue
            fn.restype = restype
            fn.argtypes = list(argtypes)
    if missing:
        raise ImportError(f"{cdll._name} lacks {', '.join(missing)}: the library is older "
                          "than this binding")


#: The loaded library, with every function declared.
lib: ctypes.CDLL = _load()
_declare(lib)

#: The path (or name) the library was loaded from.
path: str = lib._name


def text(value: Optional[bytes]) -> str:
    """Decodes a borrowed ``const char *`` result (UTF-8; NULL gives "")."""
    return value.decode("utf-8") if value is not None else ""


def opt_text(value: Optional[bytes]) -> Optional[str]:
    """Decodes a borrowed ``const char *`` result; NULL gives ``None``."""
    return value.decode("utf-8") if value is not None else None


def take_owned(ptr: c_void_p, length: int) -> bytes:
    """Copies ``length`` bytes of an owned buffer handed out through a
    ``char **`` out-parameter and frees it with ``gs_free``."""
    try:
        return ctypes.string_at(ptr.value, length) if ptr.value else b""
    finally:
        lib.gs_free(ptr)
