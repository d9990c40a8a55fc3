# libgoedestart Python binding - dossier files.
# SPDX-License-Identifier: EUPL-1.2
"""Dossier XML (namespace ``urn:goedestart:dossier:1``, gs-dossier.h):
load a whole file, stream a file of any size family by family, and save
families in the canonical form (atomically when saving to a path).

>>> with load_dossier("families.xml") as d:          # doctest: +SKIP
...     for family in d:
...         print(family.id, family.municipality)

Errors are :class:`~goedestart.ParseError` (with ``file``, ``line`` and
``column`` of the offending element), :class:`~goedestart.GsIOError` and
the other :class:`~goedestart.GoedestartError` subclasses.
"""

import ctypes
import os
import weakref
from typing import Iterable, Iterator, List, Optional, Sequence, Union, overload

from . import _capi
from ._handle import Handle
from .errors import NotFoundError, Status, check
from .family import Family

_lib = _capi.lib

#: A file path (``str``, ``bytes`` or :class:`os.PathLike`).
PathLike = Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"]
#: What the loaders accept: a path, or the document itself as ``bytes``
#: (also ``bytearray``/``memoryview``).
Source = Union[PathLike, bytearray, memoryview]


def _path(path: PathLike) -> bytes:
    return os.fsencode(path)


def _is_data(source: object) -> bool:
    """Bytes-like sources are documents; ``str``/PathLike are paths.

    ``bytes`` counts as a document (a path given as bytes must be wrapped
    in :class:`pathlib.Path` or passed as ``str``)."""
    return isinstance(source, (bytes, bytearray, memoryview))


def _name(name: Optional[str]) -> Optional[bytes]:
    return None if name is None else name.encode("utf-8")


class Dossier(Handle):
    """The families of one dossier document, loaded whole (``gs_dossier``).

    A sequence of :class:`~goedestart.family.Family` in document order.
    The families are read-only views that live as long as the dossier;
    :meth:`take` hands one out as an independent family you own. Use
    :func:`load_dossier` to create one.
    """

    _free = _lib.gs_dossier_free

    def __init__(self, source: Source, name: Optional[str] = None) -> None:
        """Loads ``source``: a path, or the XML as bytes (``name`` is then
        used in error messages; default "memory").

        Raises:
            ParseError: not a valid dossier (file, line and column set).
            GsIOError: the file cannot be read.
        """
        out = _capi.gs_dossier_p()
        if _is_data(source):
            data = bytes(source)  # type: ignore[arg-type]
            check(_lib.gs_dossier_load_memory(ctypes.byref(out), data, len(data), _name(name)))
        else:
            check(_lib.gs_dossier_load_file(ctypes.byref(out), _path(source)))  # type: ignore
        super().__init__(out.value)
        # views by index, weakly: a view keeps its dossier alive, not the reverse
        self._views: "weakref.WeakValueDictionary[int, Family]" = weakref.WeakValueDictionary()

    def __len__(self) -> int:
        return int(_lib.gs_dossier_family_count(self._ptr))

    @overload
    def __getitem__(self, i: int) -> Family: ...

    @overload
    def __getitem__(self, i: slice) -> List[Family]: ...

    def __getitem__(self, i: Union[int, slice]) -> Union[Family, List[Family]]:
        """The ``i``-th family (a read-only view).

        Raises:
            IndexError: out of range.
            NotFoundError: the family was taken with :meth:`take`.
        """
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(f"family index {i} out of range ({n} families)")
        view = self._views.get(i)
        if view is not None and not view.closed:
            return view
        p = _lib.gs_dossier_family(self._ptr, i)
        if not p:
            raise NotFoundError(Status.ENOTFOUND, f"family {i} was taken from the dossier")
        view = Family._wrap(p, owner=self)
        self._views[i] = view
        return view

    def __iter__(self) -> Iterator[Family]:
        for i in range(len(self)):
            yield self[i]

    @property
    def root_is_family(self) -> bool:
        """Whether the document's root was a single ``family`` (an
        assessment of it then has root ``assessment``)."""
        return bool(_lib.gs_dossier_root_is_family(self._ptr))

    def index(self, family_id: str) -> int:  # type: ignore[override]
        """The index of the family with id ``family_id``.

        Raises:
            NotFoundError: no such family.
        """
        out = ctypes.c_size_t()
        check(_lib.gs_dossier_find_family(self._ptr, family_id.encode("utf-8"),
                                          ctypes.byref(out)))
        return out.value

    def find(self, family_id: str) -> Family:
        """The family with id ``family_id`` (a view).

        Raises:
            NotFoundError: no such family (or it was taken).
        """
        return self[self.index(family_id)]

    def take(self, i: int) -> Family:
        """Takes the ``i``-th family out of the dossier: you own it, it
        outlives the dossier and can be changed. The dossier's view of it is
        closed; other indices stay the same.

        Raises:
            InvalidArgumentError: out of range.
            NotFoundError: already taken.
        """
        if i < 0:
            i += len(self)
        out = _capi.gs_family_p()
        check(_lib.gs_dossier_take_family(self._ptr, i, ctypes.byref(out)))
        view = self._views.pop(i, None)
        if view is not None:
            view._closed_because = " (it was taken from its dossier)"
            view.close()
        return Family._wrap(out.value)

    def take_all(self) -> List[Family]:
        """Takes every family that is still in the dossier (see :meth:`take`)."""
        return [self.take(i) for i in range(len(self))
                if _lib.gs_dossier_family(self._ptr, i)]

    def __repr__(self) -> str:
        if self.closed:
            return "<Dossier (closed)>"
        return f"<Dossier of {len(self)} families>"


def load_dossier(source: Source, name: Optional[str] = None) -> Dossier:
    """Loads a whole dossier (a path, or the XML as bytes) - at most 256 MiB
    and 1,000,000 families; use :class:`DossierReader` beyond.

    Raises:
        ParseError: not a valid dossier; its ``file``, ``line`` and
            ``column`` point at the offending element.
        GsIOError: the file cannot be read.
    """
    return Dossier(source, name)


def load_families(source: Source, name: Optional[str] = None) -> List[Family]:
    """Loads a whole dossier and returns its families as independent
    :class:`~goedestart.family.Family` objects you own."""
    with Dossier(source, name) as d:
        return d.take_all()


class DossierReader(Handle):
    """Streams a dossier of any size, one family at a time, in flat memory
    (``gs_dossier_reader``).

    Iterating yields :class:`~goedestart.family.Family` objects you own.
    After an error inside one family (schema, semantic rule, duplicate id)
    the iteration raises :class:`~goedestart.ParseError`; calling
    ``next()`` again continues with the following family, so a validator can
    report every bad family. After an error in the XML itself every later
    call fails again.

    Args:
        source: a path, or the XML as bytes (copied).
        name: name used in error messages for bytes (default "memory").
    """

    _free = _lib.gs_dossier_reader_free

    def __init__(self, source: Source, name: Optional[str] = None) -> None:
        out = _capi.gs_dossier_reader_p()
        if _is_data(source):
            data = bytes(source)  # type: ignore[arg-type]
            check(_lib.gs_dossier_reader_open_memory(ctypes.byref(out), data, len(data),
                                                     _name(name)))
        else:
            check(_lib.gs_dossier_reader_open_file(ctypes.byref(out),
                                                   _path(source)))  # type: ignore[arg-type]
        super().__init__(out.value)

    @property
    def root_is_family(self) -> bool:
        """Whether the root element is a single ``family``."""
        return bool(_lib.gs_dossier_reader_root_is_family(self._ptr))

    def __iter__(self) -> "DossierReader":
        return self

    def __next__(self) -> Family:
        out = _capi.gs_family_p()
        check(_lib.gs_dossier_reader_next(self._ptr, ctypes.byref(out)))
        if not out.value:
            raise StopIteration
        return Family._wrap(out.value)


def _family_array(families: Sequence[Family]) -> "ctypes.Array[ctypes.c_void_p]":
    arr = (ctypes.c_void_p * len(families))()
    for i, f in enumerate(families):
        if not isinstance(f, Family):
            raise TypeError(f"families[{i}] is a {type(f).__name__}, not a Family")
        arr[i] = f._ptr
    return arr


def save_dossier(families: Union[Family, Iterable[Family]],
                 path: Optional[PathLike] = None) -> Optional[bytes]:
    """Writes families as a canonical dossier document.

    A single :class:`~goedestart.family.Family` gives a document with root
    ``family``; an iterable gives root ``dossiers``. The families must be
    finished. With ``path`` the file is written atomically (a temporary
    file in the same directory, flushed and renamed; on failure the old file
    is untouched) and ``None`` is returned; without, the document is
    returned as UTF-8 bytes.

    Raises:
        InvalidArgumentError: no family, or an unfinished one.
        GsIOError: the file cannot be written (the old one is untouched).
    """
    single = isinstance(families, Family)
    fams: List[Family] = [families] if single else list(families)  # type: ignore[list-item]
    arr = _family_array(fams)
    if path is not None:
        check(_lib.gs_dossier_save_file(arr, len(fams), int(single), _path(path)))
        return None
    out = ctypes.c_void_p()
    n = ctypes.c_size_t()
    check(_lib.gs_dossier_save_memory(arr, len(fams), int(single), ctypes.byref(out),
                                      ctypes.byref(n)))
    return _capi.take_owned(out, n.value)


class DossierWriter(Handle):
    """Writes a ``dossiers`` file of any size, family by family
    (``gs_dossier_writer``).

    The content goes to a temporary file beside ``path``; only
    :meth:`commit` puts it in place. Used as a context manager it commits
    when the block ends normally and discards everything when it ends with
    an exception::

        with DossierWriter("out.xml") as w:
            for family in families:
                w.add(family)

    :meth:`close` without :meth:`commit` discards the file.

    Raises:
        GsIOError: the directory is not writable.
    """

    _free = _lib.gs_dossier_writer_free

    def __init__(self, path: PathLike) -> None:
        out = _capi.gs_dossier_writer_p()
        check(_lib.gs_dossier_writer_open(ctypes.byref(out), _path(path)))
        super().__init__(out.value)
        self.committed = False

    def add(self, family: Family) -> None:
        """Appends a finished family (not kept).

        Raises:
            InvalidArgumentError: the family is not finished (nothing
                written). After GsIOError or OutOfMemoryError the writer
                can only be closed.
        """
        check(_lib.gs_dossier_writer_add(self._ptr, family._ptr))

    def commit(self) -> None:
        """Finishes the document, flushes it to disk and renames it over the
        target; then frees the writer.

        Raises:
            InvalidArgumentError: no family was added (nothing committed).
            GsIOError: the target is untouched.
        """
        try:
            check(_lib.gs_dossier_writer_close(self._ptr))
            self.committed = True
        finally:
            self.close()

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None and not self.closed:
            self.commit()
        else:
            self.close()


__all__ = ["Dossier", "DossierReader", "DossierWriter", "PathLike", "Source",
           "load_dossier", "load_families", "save_dossier"]
