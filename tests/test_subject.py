"""SUBJECT lines from real cables, as cablemap's test suite quotes them (real cable
text, cited by id where the suite names the cable)."""

from __future__ import annotations

import cablegram
from cablegram.check.coverage import uncovered

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


# 08BUENOSAIRES568, lines 22-36 (trailing blanks stripped): a double-spaced subject
BUENOSAIRES568 = """\
TREASURY FOR LTRAN AND MMALLOY
PASS USTR FOR DUCKWORTH
USDOC FOR 4322/ITA/MAC/OLAC/PEACHER

E.O. 12958: N/A
TAGS: ENRG EEPET ECON PREL PGOV AR VZ BR EC
SUBJECT: ARGENTINA: PLANNING MINISTER DE VIDO ON ARGENTNE TIES WITH

U.S., VENEZUELA, AND DOMESTIC STRATEGY TO LAUNCH NEW INFRASTRUCTURE

AND ""SOCIAL PACT"" INITIATIVES



REF:  Buenos Aires 496, 407, 356, 288, 230, 07 BsAs 1892
"""


def test_subject_goes_on_after_blank_lines_08BUENOSAIRES568() -> None:
    # "... TIES WITH" cannot end a subject, and "AND ..." cannot start a line of its own
    cable = cablegram.parse_cable(BUENOSAIRES568, year=2008)
    assert cable.subject.text == (
        "ARGENTINA: PLANNING MINISTER DE VIDO ON ARGENTNE TIES WITH U.S., VENEZUELA, AND "
        'DOMESTIC STRATEGY TO LAUNCH NEW INFRASTRUCTURE AND ""SOCIAL PACT"" INITIATIVES'
    )
    assert [h.text for h in cable.handling] == [
        "TREASURY FOR LTRAN AND MMALLOY",
        "PASS USTR FOR DUCKWORTH",
        "USDOC FOR 4322/ITA/MAC/OLAC/PEACHER",
    ]
    assert [r.serial for r in cable.references][:1] == ["496"]


# 07MOSCOW1974, lines 17-32 (trailing blanks stripped): a header cut by the page
# ("PUTI...") and given again in full on one line
MOSCOW1974 = """\
C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 001974

SIPDIS

SIPDIS

STATE FOR STAS, EUR/RUS, EUR/ACE, OES/STC
OSTP FOR MARBURGER
BERLIN FOR HAGEN

E.O. 12958: DECL: 04/30/2017
TAGS: KIPR KPAO TBIO RS
SUBJECT: RUSSIAN SCIENCE: PUTI...
C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 001974 SIPDIS SIPDIS STATE FOR STAS, \
EUR/RUS, EUR/ACE, OES/STC OSTP FOR MARBURGER BERLIN FOR HAGEN E.O. 12958: DECL: \
04/30/2017 TAGS: KIPR KPAO TBIO RS

Classified By: EST Counselor Daniel O'Grady for reason 1.4(d)
"""

# 07MOSCOW1704, as cablemap's test_reader_subject quotes it (_TEST_DATA[36]): the cut
# copy has no banner of its own
MOSCOW1704 = (
    "E.O. 12958: DECL: 04/13/2017 \nTAGS: KIPR KNNP KPAO TBIO PREL RS\nSUBJECT: RUSSIAN "
    "SCIEN...\nC O N F I D E N T I A L MOSCOW 001704 SIPDIS SIPDIS STATE FOR EUR/RUS "
    "(GUHA), EUR/ACE, OES/STC (DAUGHARTY) OSTP FOR MARBURGER BERLIN FOR HAGEN E.O. 12958: "
    "DECL: 04/13/2017 TAGS: KIPR KNNP KPAO TBIO PREL RS\n\nClassified By: ES"
)


def test_banner_after_cut_subject_ends_it_07MOSCOW1974() -> None:
    cable = cablegram.parse_cable(MOSCOW1974, year=2007)
    assert cable.subject.text == "RUSSIAN SCIENCE: PUTI..."
    assert "header-truncated-copy" in [d.code for d in cable.diagnostics]
    assert cable.classified_by.name == "Daniel O'Grady"
    assert uncovered(cable) == []


def test_cut_copy_without_banner_gives_the_subject_07MOSCOW1704() -> None:
    cable = cablegram.parse_cable(MOSCOW1704)
    assert cable.subject.text == "RUSSIAN SCIEN..."
    assert (cable.banner.origin, cable.banner.serial) == ("MOSCOW", "001704")
    assert [t.code for t in cable.tags] == ["KIPR", "KNNP", "KPAO", "TBIO", "PREL", "RS"]
    codes = [d.code for d in cable.diagnostics]
    assert "text-before-banner" in codes and "header-truncated-copy" in codes
    assert uncovered(cable) == []


# 09CAIRO226, lines 20-22 (line 22 cut at 330 characters): the SBU caption and the
# first paragraph glued to the subject
CAIRO226 = """\
E.O. 12958: N/A
TAGS: TBIO KFLU KSTH PGOV ECON KSCA EAGR EG
SUBJECT:EGYPT'S 55th BIRD FLU VICTIM, ANOTHER CHILD Sensitive but Unclassified. Please \
handle accordingly. (SBU) On February 8, 2009, Egypt's Ministry of Health and Population \
(MOHP) announced the country's 55th human avian influenza (AI) victim: a 1 and 1/2 year \
old boy from the Minya Governorate's
"""

# 09BRASILIA1412, line 21 (trailing blank stripped): the caption alone after the subject
BRASILIA1412 = (
    "SUBJECT: Brazil: Scenesetter - Economic Partnership Dialogue December 14 SENSITIVE BUT "
    "UNCLASSIFIED\n"
)


def test_sbu_caption_and_paragraph_glued_to_subject_09CAIRO226() -> None:
    cable = cablegram.parse_cable(CAIRO226, year=2009)
    assert cable.subject.text == "EGYPT'S 55th BIRD FLU VICTIM, ANOTHER CHILD"
    (caption,) = cable.captions
    assert (caption.name, caption.note) == (
        "SENSITIVE BUT UNCLASSIFIED",
        "Please handle accordingly",
    )
    assert CAIRO226[caption.span.start : caption.span.end] == (
        "Sensitive but Unclassified. Please handle accordingly."
    )
    (p,) = cable.paragraphs
    assert p.marking.level == "SBU"
    assert p.text.startswith("On February 8, 2009, Egypt's Ministry of Health")
    assert uncovered(cable) == []


def test_sbu_caption_at_subject_end_09BRASILIA1412() -> None:
    cable = cablegram.parse_cable(BRASILIA1412, year=2009)
    assert cable.subject.text == "Brazil: Scenesetter - Economic Partnership Dialogue December 14"
    assert [(c.name, c.note) for c in cable.captions] == [("SENSITIVE BUT UNCLASSIFIED", None)]
    assert uncovered(cable) == []


# 09LONDON2347, lines 23-26: the second subject line ends in Classified By (lost newline)
LONDON2347 = (
    "SUBJECT: HOST NATION SENSITIVITY SURVEY: USN PLAN TO \n"
    "HOMEPORT SUBMARINE TENDER TO DIEGO GARCIA  Classified By: Political Counselor Robin "
    "Quinville, for reasons 1.4 b and d  \n\n"
    "¶1. (C) COMUSEUCOM has requested a host nation sensitivity survey.\n"
)
# 08LONDON2917: ... and with a REF list between them
LONDON2917 = (
    "SUBJECT: NIGERIA: HMG TO CHALLENGE RULING ON IBORI EVIDENCE \n"
    "INADMISSIBLE REF: A. LONDON 2882 B. LONDON 2499 Classified By: Political Counselor "
    "Jim Donegan for reasons 1.4 b and d \n\n¶1. (C) The Crown Prosecution Service (CPS)\n"
)


def test_subject_line_with_glued_fields_in_mixed_case_09LONDON2347() -> None:
    # the mixed-case classifier glued to the line does not stop the subject
    cable = cablegram.parse_cable(LONDON2347)
    assert cable.subject.text == (
        "HOST NATION SENSITIVITY SURVEY: USN PLAN TO HOMEPORT SUBMARINE TENDER TO DIEGO GARCIA"
    )
    assert cable.classified_by.name == "Robin Quinville"
    assert cable.paragraphs[0].text.startswith("COMUSEUCOM has requested")
    cable = cablegram.parse_cable(LONDON2917, year=2008)
    assert cable.subject.text.endswith("IBORI EVIDENCE INADMISSIBLE")
    assert [r.cable_id for r in cable.references] == ["08LONDON2882", "08LONDON2499"]
    assert cable.classified_by.name == "Jim Donegan"
    assert not uncovered(cable)
