# libgoedestart Python binding - ownership of C objects.
# SPDX-License-Identifier: EUPL-1.2
"""The base class of every Python object that wraps a C object.

Rules it enforces (gs-common.h, "Lifetimes" of each header):

- An object that **owns** its C object frees it exactly once: on
  :meth:`Handle.close`, on leaving a ``with`` block, or - as a fall-back -
  when it is garbage-collected (``__del__``).
- An object that **borrows** from others (an assessment reads its family,
  pack and catalogue; a family view reads its dossier; an evaluator reads
  its pack) keeps Python references to them, so they cannot be collected
  first, and registers itself as their *dependent*: closing an owner
  closes its dependents first, the order the C library requires. Using a
  closed object raises :class:`ValueError` instead of touching freed
  memory.
"""

import weakref
from typing import Any, Callable, Iterable, Optional, TypeVar

T = TypeVar("T", bound="Handle")


class Handle:
    """A Python object holding a C object (internal base class).

    Subclasses set :attr:`_free` to the C destructor (or leave it ``None``
    for objects that only borrow) and call :meth:`_borrow` for every
    object whose memory the C object reads.
    """

    #: The C destructor, e.g. ``lib.gs_pack_free``; ``None``: nothing to free.
    _free: Optional[Callable[[int], None]] = None

    def __init__(self, ptr: int, owned: bool = True) -> None:
        if not ptr:
            raise ValueError(f"{type(self).__name__}: NULL handle")
        self._p: Optional[int] = ptr
        self._owned = owned
        self._deps: Optional["weakref.WeakValueDictionary[int, Handle]"] = None
        self._borrowed: tuple = ()
        self._closed_because = ""

    # ---- lifetime -------------------------------------------------------------

    @property
    def _ptr(self) -> int:
        """The C pointer; raises :class:`ValueError` once closed."""
        p = self._p
        if p is None:
            raise ValueError(f"{type(self).__name__} is closed{self._closed_because}")
        return p

    @property
    def closed(self) -> bool:
        """Whether the C object has been released (or invalidated)."""
        return self._p is None

    def _borrow(self, *owners: Optional["Handle"]) -> None:
        """Records that this object reads memory of ``owners`` (``None`` items
        are skipped): they stay alive while it lives, and closing one of
        them closes this object first."""
        kept = []
        for owner in owners:
            if owner is None:
                continue
            owner._ptr  # noqa: B018 - raises when the owner is closed
            if owner._deps is None:
                owner._deps = weakref.WeakValueDictionary()
            owner._deps[id(self)] = self
            kept.append(owner)
        self._borrowed = self._borrowed + tuple(kept)

    def _unborrow(self) -> None:
        for owner in self._borrowed:
            if owner._deps is not None:
                owner._deps.pop(id(self), None)
        self._borrowed = ()

    def _close_dependents(self, because: str) -> None:
        deps = self._deps
        if deps:
            for dep in list(deps.values()):
                dep._closed_because = because
                dep.close()
            deps.clear()

    def close(self) -> None:
        """Releases the C object now (idempotent).

        Objects that borrow from this one (see the class documentation) are
        closed first.
        """
        p = self._p
        if p is None:
            return
        self._close_dependents(f" (its {type(self).__name__.lower()} was closed)")
        self._p = None
        self._unborrow()
        if self._owned and self._free is not None:
            self._free(p)

    def __enter__(self: T) -> T:
        self._ptr  # noqa: B018 - entering a closed object is an error
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:
        # The fall-back: deterministic code uses close() or ``with``. At
        # interpreter exit the library may already be unloaded; then the
        # process is ending anyway.
        try:
            self.close()
        except Exception:  # noqa: BLE001
            pass


def pointers(objects: Iterable[Handle], what: str) -> "list[int]":
    """The live pointers of ``objects``; a clear error for a closed one."""
    out = []
    for i, obj in enumerate(objects):
        if not isinstance(obj, Handle):
            raise TypeError(f"{what}[{i}] is a {type(obj).__name__}, not a {what[:-1]}")
        p = obj._p
        if p is None:
            raise ValueError(f"{what}[{i}] is closed")
        out.append(p)
    return out
