"""pyparsing grammars, one module per block of a cable.

Grammars know nothing of the model: a block grammar (:class:`Grammar`) reads a
block into a :class:`Hit` of named values and located sub-matches; the cable core
(:mod:`cablegram.cable`) turns them into model objects.  Each block grammar is
written in pyparsing and compiled into one regex that reads the same texts the same
way (:mod:`cablegram.grammar._fast`).  No module here changes pyparsing's global
state: white space is pinned per element with ``pin_whitespace``.
"""

from cablegram.grammar._common import Grammar
from cablegram.grammar._fast import Hit

__all__ = ["Grammar", "Hit"]
