"""SUBJECT lines from real cables, as cablemap's test suite quotes them (real cable
text, cited by id where the suite names the cable)."""

from __future__ import annotations

import cablegram

# 08LONDON1991: REF glued to the last word of the subject
LONDON1991 = (
    "SUBJECT: (C/NF) WHO WOULD REPLACE GORDON BROWN AS UK PRIMEREF: A. LONDON 1939  B. LONDON 1704"
)

# 07CAIRO3126: Classified By glued to the last word of the subject
CAIRO3126 = (
    "SUBJECT: SCENESETTER FOR AMBASSADOR CROCKER’S VISIT TO CAIROClassified By: DEPUTY "
    "CHIEF OF MISSION STUART JONES. REASONS: 1.4 (B) and (D)\n1. (S) Welcome to Cairo."
)

# 08MANAMA117: the keyword lost its first letter
MANAMA117 = (
    "TAGS: PGOV PTER KISL ASEC BA\nUBJECT: BAHRAIN WILL FORMALLY REQUEST QATAR TO EXECUTE "
    "LEGAL JUDGMENT AGAINST KHALIFA AL SUBAIE REF: A. A) MANAMA 20 \n"
)

# 09CAIRO1945: the subject on its own line after a blank line
CAIRO1945 = (
    "\nSUBJECT:\n\nCooperation and Coordination Busts Fraud Ring\n"
    "1.(SBU) Summary: The Cairo Fraud Prevention Unit"
)

# 06BUENOSAIRES579: words hyphenated at the line end
BUENOSAIRES579 = """E.O. 12958: N/A
TAGS: KPAO OPRC KMDR PREL MEDIA REACTION
SUBJECT: MEDIA REACTION US PRESIDENT BUSH'S POPULARITY
RATING CHILEAN PRESIDENT MICHELE BACHELET'S
INAUGURATION CEREMONY RICE AND MORALES MEETING THE US-
LATIN AMERICAN RELATIONSHIP US-CHILEAN TIES US-
URUGUAYAN FTA USG AND ARGENTINA ON THE TRI-BORDER AREA
03/13/06

¶1. SUMMARY STATEMENT"""

# cablemap's test data: a mixed-case sentence after an upper-case subject
SWEDEN = """TAGS ENRG, EUN, ECON, EIND, KGHG, SENV, SW
SUBJECT: SWEDISH DEPUTY PM URGES SENIOR USG VISITS TO SWEDEN DURING
EU PRESIDENCY; WANTS TO LAUNCH U.S.-EU ALERNATIVE ENERGY PARTNERSHIP AT U.S.-EU SUMMIT
This is an Action request. Please see para 2.
"""


def _subject(text: str) -> str:
    subject = cablegram.parse_cable(text).subject
    assert subject is not None
    return subject.text


def test_ref_glued_to_last_word_08LONDON1991() -> None:
    cable = cablegram.parse_cable(LONDON1991, year=2008)
    assert cable.subject.text == "WHO WOULD REPLACE GORDON BROWN AS UK PRIME"
    assert cable.subject.marking.controls == ("NF",)
    assert [r.cable_id for r in cable.references] == ["08LONDON1939", "08LONDON1704"]


def test_classified_by_glued_to_last_word_07CAIRO3126() -> None:
    cable = cablegram.parse_cable(CAIRO3126)
    assert cable.subject.text == "SCENESETTER FOR AMBASSADOR CROCKER’S VISIT TO CAIRO"
    assert cable.classified_by.name == "STUART JONES"


def test_keyword_lost_first_letter_08MANAMA117() -> None:
    assert _subject(MANAMA117) == (
        "BAHRAIN WILL FORMALLY REQUEST QATAR TO EXECUTE LEGAL JUDGMENT AGAINST KHALIFA AL SUBAIE"
    )


def test_subject_after_blank_line_09CAIRO1945() -> None:
    assert _subject(CAIRO1945) == "Cooperation and Coordination Busts Fraud Ring"


def test_hyphen_at_line_end_joins_06BUENOSAIRES579() -> None:
    text = _subject(BUENOSAIRES579)
    assert "US-LATIN AMERICAN RELATIONSHIP US-CHILEAN TIES US-URUGUAYAN FTA" in text
    assert text.endswith("ON THE TRI-BORDER AREA 03/13/06")


def test_sentence_after_upper_case_subject_is_not_subject() -> None:
    assert _subject(SWEDEN).endswith("PARTNERSHIP AT U.S.-EU SUMMIT")


# 08BRASILIA93 (cablemap's test data): Classified By first, a handling line, then
# E.O., TAGS and SUBJECT
BRASILIA93 = """C O N F I D E N T I A L  BRASILIA 000093

Classified By: Ambassador Clifford Sobel.  Reason 1.5 (b) (d)

DEPARTMENT FOR WHA, M, T

E.O. 12958: DECL: 01/08/2018
TAGS: MASSMNUC NPT PARM PREL
SUBJECT: BRAZIL'S NUCLEAR SUBMARINE AMBITIONS

1. (U) This is n action request - see para 9.
"""


def test_handling_line_between_fields_08BRASILIA93() -> None:
    cable = cablegram.parse_cable(BRASILIA93, year=2008)
    assert cable.subject.text == "BRAZIL'S NUCLEAR SUBMARINE AMBITIONS"
    assert [h.text for h in cable.handling] == ["DEPARTMENT FOR WHA, M, T"]
    assert cable.classified_by.name == "Clifford Sobel"
    assert [t.code for t in cable.tags] == ["MASS", "MNUC", "NPT", "PARM", "PREL"]
    assert [p.number for p in cable.paragraphs] == ["1"]
