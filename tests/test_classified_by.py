"""Classified By lines from real cables: reasons written every which way, titles
and offices around the name, body text and REF lists glued on by lost newlines.

The excerpts are verbatim from ../shared/corpus/cables/cablegate, except that
trailing blanks are stripped and very long lines are cut where noted; a backslash
at a line end in this file is Python's continuation, so the line is one in the text.
"""

from __future__ import annotations

import cablegram
from cablegram import ReferenceKind

# 09RABAT1009, lines 29-50
RABAT1009 = """S E C R E T SECTION 01 OF 02 RABAT 001009

SIPDIS
NOFORN

STATE FOR AF, AF/W, NEA/MAG, AND INR/AA

E.O. 12958: DECL: 12/27/2019
TAGS: PINS PGOV PREL PINR GV MO
SUBJECT: GUINEA UPDATE: DADIS CAMARA TO LEAVE MOROCCO?

REF: RABAT 0988

RABAT 00001009 001.2 OF 002


Classified By: Charge d'Affaires, a.i., Robert P. Jackson for reasons 1
.4 (b) and (d).

¶1. (S) Summary: Moroccan Ministry of Foreign Affairs Chief
of Staff and Director General of Multilateral Relations
Nasser Bourita told the Charge on December 28 that the health
"""

# 09BERLIN978, lines 10-25
BERLIN978 = """C O N F I D E N T I A L SECTION 01 OF 02 BERLIN 000978

SIPDIS

E.O. 12958: DECL: 08/10/2019
TAGS: GM MARR MOPS NATO PREL RU ZB
SUBJECT: GERMANY REASSURES THE BALTS TO INCREASE MANEUVER
ROOM WITH RUSSIA

REF: BERLIN 806

Classified By: Acting Political Minister Counselor Stan Otto for reason
s 1.4 (c) and (d).

¶1. (C) SUMMARY: Germany continues to regard proposed NATO
contingency planning to defend the Balts against possible
"""

# 08CAIRO2135, lines 11-23 (long lines cut at 330 characters)
CAIRO2135 = """C O N F I D E N T I A L CAIRO 002135

SIPDIS

DRL/IRF FOR COFSKY; DRL/SEA

E.O. 12958: DECL: 09/30/2018
TAGS: PGOV PHUM PREL KIRF KDEM EG
SUBJECT: EGYPT REACTS TO 2008 RELIGIOUS FREEDOM REPORT

REF: SECSTATE 99226

Classified By: Minister-Counselor for Economic and Political Affairs William R.Stewart \
for Reasons 1.4(b) and (d). 1.(C) Summary: The release of the 2008 International \
Religious Freedom Report for Egypt (IRFR), which assessed that the GoE's respect for \
religious freedom declined, has elicited strong reactions in Egypt. Predictab
"""

# 08STATE18255, lines 15-30 (long lines cut at 300 characters)
STATE18255 = """S E C R E T STATE 018255

SIPDIS

NOFORN
SIPDIS

E.O. 12958: DECL: 02/22/2018
TAGS: EAIR ETRD ETTC IR KS PARM PREL UK
SUBJECT: REQUEST FOR KOREA TO HOLD CIVILIAN U.S.-ORIGIN
COMMERCIAL AIRCRAFT BOUND FOR IRAN

Classified By: Classified by EEB/ESC/TFS Director Steve Bondy for reasons 1.4 (b) and \
(d). 1. (U) This is a request for immediate action. Please see para 2.

¶2. (S/NF) Summary and Action Request: According to reporting, there are three Boeing \
747-400 aircraft owned by the UK's Balli Group currently undergoing maintenance in \
South Korea. We have strong reason to believe the aircraft are intended for delivery to \
Iranian civil airline Mahan Air. Delivery o

"""

# 09BRASILIA193, lines 28-41 (long lines cut at 200 characters)
BRASILIA193 = """C O N F I D E N T I A L BRASILIA 000193

SIPDIS

STATE FOR WHA, IIP

E.O. 12958: DECL: 12/08/2018
TAGS: PREL ETTC KTIA TSPA TPHY NASA UP RS BR
SUBJECT: UKRAINE REQUESTS USG SUPPORT FOR UKRAINIAN-BRAZILIAN SPACE LAUNCH JOINT \
VENTURE AT ALCANTARA
Classified By: Deputy Chief of Mission Lisa Kubiske, Reason 1.4 (b) and (d) REF: A) \
STATE 3691,
B) 2008 BRASILIA 1652

¶1. (C) On February 6, 2009, Environment, Science and Technology, and Health (ESTH) \
Counselor and Assistant Air Attache delivered the USG response (REFTEL A) to the \
Ukrainian proposal (REFTEL B) to he

"""


def _src(text: str, obj: object) -> str:
    span = obj.span  # type: ignore[attr-defined]
    return text[span.start : span.end]


def test_reason_section_split_over_two_lines_09RABAT1009() -> None:
    c = cablegram.parse_cable(RABAT1009, year=2009).classified_by
    assert c is not None
    assert (c.name, c.title, c.office) == ("Robert P. Jackson", "Charge d'Affaires, a.i.", None)
    assert (c.reason_section, c.reason_letters) == ("1.4", ("b", "d"))
    assert _src(RABAT1009, c).endswith("for reasons 1\n.4 (b) and (d).")


def test_reason_word_split_over_two_lines_09BERLIN978() -> None:
    cable = cablegram.parse_cable(BERLIN978, year=2009)
    c = cable.classified_by
    assert c is not None
    assert (c.name, c.title) == ("Stan Otto", "Acting Political Minister Counselor")
    assert (c.reason_section, c.reason_letters) == ("1.4", ("c", "d"))
    assert not [d for d in cable.diagnostics if d.code == "classified-by-reason"]


def test_paragraph_glued_to_reason_08CAIRO2135() -> None:
    cable = cablegram.parse_cable(CAIRO2135, year=2008)
    c = cable.classified_by
    assert c is not None
    assert c.name == "William R.Stewart"
    assert c.title == "Minister-Counselor for Economic and Political Affairs"
    assert (c.reason_section, c.reason_letters) == ("1.4", ("b", "d"))
    assert _src(CAIRO2135, c).endswith("for Reasons 1.4(b) and (d).")
    (p,) = cable.paragraphs
    assert (p.number, p.marking.level) == ("1", "C")
    assert p.text.startswith("Summary: The release of the 2008 International Religious Freedom")
    assert cable.summary is not None
    assert cable.summary.text.startswith("The release of the 2008")
    assert not cable.unparsed


def test_keyword_twice_office_symbol_glued_paragraph_08STATE18255() -> None:
    cable = cablegram.parse_cable(STATE18255, year=2008)
    c = cable.classified_by
    assert c is not None
    assert (c.name, c.title, c.office) == ("Steve Bondy", "Director", "EEB/ESC/TFS")
    assert (c.reason_section, c.reason_letters) == ("1.4", ("b", "d"))
    assert [(p.number, p.text[:40]) for p in cable.paragraphs] == [
        ("1", "This is a request for immediate action. "),
        ("2", "Summary and Action Request: According to"),
    ]


def test_ref_list_glued_after_reason_09BRASILIA193() -> None:
    cable = cablegram.parse_cable(BRASILIA193, year=2009)
    c = cable.classified_by
    assert c is not None
    assert (c.name, c.title) == ("Lisa Kubiske", "Deputy Chief of Mission")
    assert (c.reason_section, c.reason_letters) == ("1.4", ("b", "d"))
    assert "REF" not in c.text
    refs = cable.references
    assert [(r.letter, r.kind, r.cable_id) for r in refs] == [
        ("A", ReferenceKind.CABLE, "09STATE3691"),
        ("B", ReferenceKind.CABLE, "08BRASILIA1652"),
    ]
    assert [p.number for p in cable.paragraphs] == ["1"]
    assert not cable.unparsed
