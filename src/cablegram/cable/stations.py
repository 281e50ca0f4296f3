"""The station a routing indicator names, checked against the address on its line.

The routing-indicator table names one station per indicator, but an indicator may
serve several addressees (``RHMFISS`` relays for HQ USCENTCOM and for CDR USSOUTHCOM,
``RUEKJCS`` for the Joint Staff and for SECDEF), and the table itself has garbled
names (``AMEMBASSY QUINTO`` for RUEHQT, Quito).  The plain-language address on the
line is what the cable says: the table only fills in what the line does not say.

:func:`reconcile` gives the station name to keep:

- the table's name when it names what the address names: a distinctive word in
  common (``AMEMBASSY OTTAWA`` / ``AMEMBASSY OTTAWA``), or an acronym of the address
  spelled out by the table's words (``NSC WASHDC`` / ``... NATIONAL SECURITY COUNCIL
  ...``, ``DEA HQS`` / ``DRUG ENFORCEMENT ADMIN HQ``);
- the address itself when the table's place differs from it by a letter or two (a
  garbled name in the table: ``QUINTO`` / ``QUITO``, ``COLUMBO`` / ``COLOMBO``);
- None when they name different addressees, which the caller reports.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from cablegram import tables
from cablegram._cache import text_cache
from cablegram.ids import edit_distance

_WORD = re.compile(r"[A-Z][A-Z0-9]+")


class Reconciled(NamedTuple):
    """The station name to keep, and whether the table named another addressee."""

    name: str | None
    disagrees: bool


def _words(text: str) -> list[str]:
    return _WORD.findall(text.upper())


def _distinctive(words: list[str]) -> set[str]:
    """The words that name someone: not a kind of post or office, a small word or a
    place of many addressees (``data/station_generic_words.csv``)."""
    generic = tables.station_generic_words()
    return {w for w in words if w not in generic and len(w) > 1}


def _spells_out(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is the initials of a run of ``words`` (``NSC``: NATIONAL
    SECURITY COUNCIL; ``USDOC``: DEPT OF COMMERCE), with or without the small words,
    a leading ``US`` aside."""
    if acronym.startswith("US") and len(acronym) > 3:
        acronym = acronym[2:]
    every = "".join(w[0] for w in words)
    named = "".join(w[0] for w in words if w not in ("OF", "THE", "AND", "FOR"))
    return len(acronym) >= 2 and (acronym in every or acronym in named)


def _one_in_other(a: str, b: str) -> bool:
    """Whether one word holds the other (``SECSTATE`` / ``STATE``)."""
    return min(len(a), len(b)) >= 4 and (a in b or b in a)


def _near(a: str, b: str) -> bool:
    """Whether two words of four letters or more differ by one or two letters."""
    return min(len(a), len(b)) >= 4 and edit_distance(a, b, 2) <= 2


@text_cache(4096)
def _reconcile(pair: str) -> Reconciled:
    table_name, _, address = pair.partition("\n")
    table_words, address_words = _words(table_name), _words(address)
    table_set, address_set = _distinctive(table_words), _distinctive(address_words)
    if not address_set or not table_set or table_set & address_set:
        return Reconciled(table_name, False)
    if any(_spells_out(w, table_words) for w in address_set):
        return Reconciled(table_name, False)
    if any(_one_in_other(a, t) for a in address_set for t in table_set):
        return Reconciled(table_name, False)
    if any(_near(a, t) for a in address_set for t in table_set):
        return Reconciled(address, False)  # the table's name garbled: the line wins
    return Reconciled(None, True)


def reconcile(table_name: str | None, address: str) -> Reconciled:
    """The station name to keep for an indicator the table names ``table_name`` on a
    line whose address is ``address`` (see the module's docstring)."""
    if table_name is None:
        return Reconciled(None, False)
    return _reconcile(f"{table_name}\n{address}")
