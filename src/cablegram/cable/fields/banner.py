"""The classification banner: ``C O N F I D E N T I A L SECTION 01 OF 02 OTTAWA 002266``.

The banner names the classification, the section, the origin and the serial; the
reference id is derived from it (:mod:`cablegram.cable.derive`).  Finding the banner
(on its line, further down, glued, in a repeated copy) is :mod:`cablegram.cable.copies`'s.
"""

from __future__ import annotations

import re

from cablegram import tables
from cablegram._context import Context
from cablegram.errors import Severity
from cablegram.grammar import Hit
from cablegram.grammar import header as g
from cablegram.ids import century_year
from cablegram.model import Banner, Classification, Section

# A cheap test before the banner grammar; first letters may be lost or doubled.
_BANNER_HINT = re.compile(
    r"(?i) *(?:C{0,2} ?O ?N ?F|S{0,2} ?E ?C ?R|U{0,2} ?N ?C ?L|T{0,2} ?O ?P ?S|L ?I ?M)"
)


def match_banner(line: str) -> Hit | None:
    """The banner that is the whole of ``line`` (with the text after it), or None."""
    if not _BANNER_HINT.match(line):
        return None
    return g.BANNER.match(line)


def _banner_classification(key: str) -> tuple[str, bool] | None:
    """The classification of a banner mark, and whether its first letter was lost
    or doubled on the way (``ONFIDENTIAL``, ``SSECRET``, ``UUNCLAS``)."""
    forms = tables.classification_banner_forms()
    if key in forms:
        return forms[key], False
    for form, name in forms.items():
        if key == form[0] + form or key == form[1:]:
            return name, True
    return None


def build_banner(ctx: Context, start: int, end: int) -> tuple[Banner, int] | None:
    """The banner on ``view[start:end]`` and the offset where its trailing text starts."""
    res = match_banner(ctx.view[start:end])
    if res is None:
        return None
    mark = res["mark"] or ""
    name = _banner_classification(mark.replace(" ", "").upper())
    if name is not None and name[1]:
        ctx.report(
            "banner-typo",
            f"classification {mark!r} read as {name[0]}",
            field="banner",
            span=ctx.span(start, start + len(mark)),
            severity=Severity.INFO,
        )
    section = None
    written = res.get("section")
    if written:
        loc = ctx.view.find(written, start)
        section = Section(
            number=int(res["section_n"] or ""),
            total=int(res["section_m"] or ""),
            span=ctx.span(loc, loc + len(written)),
        )
    head = ctx.view[start:end]
    origin, serial = res["origin"] or "", res["serial"] or ""
    serial_at = start + _group_end(head, origin, serial)
    tosec = res.get("tosec") or None
    rest_at = serial_at
    if tosec:
        rest_at = ctx.view.find(tosec, serial_at) + len(tosec)
    banner = Banner(
        classification=Classification(name[0]) if name else None,
        classification_raw=mark,
        section=section,
        origin=" ".join(origin.split()),
        serial=serial,
        tosec=" ".join(tosec.split()) if tosec else None,
        span=ctx.span(start, rest_at),
        year=century_year(written_year) if (written_year := res.get("year")) else None,
    )
    if name is None:
        ctx.report(
            "banner-classification",
            f"unknown classification {mark!r}",
            field="banner",
            span=banner.span,
        )
    return banner, rest_at


def _group_end(line: str, origin: str, serial: str) -> int:
    at = line.find(origin)
    at = line.find(serial, at + len(origin))
    return at + len(serial)
