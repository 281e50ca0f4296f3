"""pyparsing grammars, one module per block of a cable.

Grammars know nothing of the model: they return ``ParseResults`` with named
results and located sub-tokens; the cable core (:mod:`cablegram.cable`) turns
them into model objects.  No module here changes pyparsing's global state: whitespace
is pinned per element with :func:`pin_whitespace`.
"""

from cablegram.grammar._common import parse_whole

__all__ = ["parse_whole"]
