# libgoedestart Python binding - optional pandas support.
# SPDX-License-Identifier: EUPL-1.2
"""pandas is optional: the ``to_pandas()`` methods import it on use and
say clearly what to do when it is missing."""

from typing import Any, Tuple


def require(what: str, instead: str) -> Tuple[Any, Any]:
    """``(numpy, pandas)``, or an ImportError naming ``what`` needs pandas
    and what to use ``instead``."""
    try:
        import numpy
        import pandas
    except ImportError:
        raise ImportError(
            f"{what} needs pandas, which is not installed (pip install pandas, or apt install "
            f"python3-pandas). Without it, {instead}") from None
    return numpy, pandas
