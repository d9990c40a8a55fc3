# libgoedestart Python binding - where the C library was installed.
# SPDX-License-Identifier: EUPL-1.2
"""Install-time facts for :mod:`goedestart._capi`.

This copy belongs to the source tree and to ``pip install bindings/python``:
it knows no install location, so the library is found through
``GOEDESTART_LIBRARY``, ldconfig or the loader's search path.
``meson install`` installs a generated copy instead (from
``bindings/python/_config.py.in``) that names the library directory of the
same install, so the installed package finds the installed
``libgoedestart.so.0`` with nothing set.
"""

from typing import Optional

#: The directory ``meson install`` put ``libgoedestart.so.0`` in, or ``None``.
LIBDIR: Optional[str] = None
