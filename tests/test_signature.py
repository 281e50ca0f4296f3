"""The signature and the trailer lines after it, from the ends of real cables as
cablemap's test suite quotes them (cited by id where the suite names the cable)."""

from __future__ import annotations

import pytest

import cablegram
from cablegram.check.coverage import uncovered

# 78TEHRAN389: the classification repeated and the NARA review stamp
TEHRAN389 = """AMOUZEGAR IN EFFORT TO REVERSE RELATIVE LIBERALIZATION OF
RECENT MONTHS.

SULLIVAN

CONFIDENTIAL

Declassified/Released US Department of State EO Systematic
Review 30 JUN 2006
"""

# cablemap test data: SIPDIS after the signature
SIPDIS_AFTER = """EMBASSY GROUNDS AND WAS NOT HINDERED IN HIS OBSERVATIONS.
RICKERT


CONFIDENTIAL

SIPDIS
"""

# cablemap test data: hash marks after the signature
HASHES = """IMAGE WHILE PROCEEDING WITH BUSINESS AS USUAL.

GILLESPIE##
"""

# cablemap test data: an upper-case text with the signature after END OF TEXT
END_OF_TEXT = """     DIPLOMATIC SECURITY WHICH COMPILED THIS
     REPORT.  END OF TEXT. BAKER


UNCLASSIFIED
"""

# 04CARACAS1540: NNNN and a partner's footer
CARACAS1540 = """of this support will last only as long as the cash flows.
(Drafted: PAS: Victoria Alvarado.)
SHAPIRO


NNNN

      2004CARACA01540 - UNCLASSIFIED"""

# 02ROME1748: the classification, a stray ">" and a partner's footer
ROME1748 = """RABTA FOR ILLICIT B/CW PRODUCTION.
SEMBLER

                          SECRET

>
 2002ROME01748 - Classification: SECRET"""


@pytest.mark.parametrize(
    ("text", "signer", "trailers"),
    [
        (TEHRAN389, "SULLIVAN", 3),
        (SIPDIS_AFTER, "RICKERT", 2),
        (HASHES, "GILLESPIE", 1),  # the "##" glued to the name: a footer mark
        (END_OF_TEXT, "BAKER", 1),
        (CARACAS1540, "SHAPIRO", 2),
        (ROME1748, "SEMBLER", 3),
    ],
    ids=["78TEHRAN389", "sipdis", "hashes", "end-of-text", "04CARACAS1540", "02ROME1748"],
)
def test_signature_before_trailers(text: str, signer: str, trailers: int) -> None:
    cable = cablegram.parse_cable(text, year=2000)
    assert cable.signature is not None
    assert cable.signature.text == signer
    assert text[cable.signature.span.start : cable.signature.span.end] == signer
    assert len(cable.footer) == trailers
    assert signer not in cable.paragraphs[-1].text
    assert uncovered(cable) == []


def test_closing_phrase_stays_in_the_paragraph() -> None:
    cable = cablegram.parse_cable(END_OF_TEXT, year=2000)
    assert cable.paragraphs[-1].text.endswith("REPORT. END OF TEXT.")


# 1973STATE097844 (PlusD): the signature after several blanks, then the PlusD
# trailer lines
STATE097844_END = """3.   IF UNREACHABLE HOTEL HE HAS ELEVEN A. M.  APPOINTMENT
WEDNESDAY WITH MINISTER FOREIGN AFFAIRS.    PORTER


LIMITED OFFICIAL USE
NMAFVVZCZ





*** Current Handling Restrictions ***   n/a
***  Current Classification ***   LIMITED OFFICIAL USE
"""

# 1977KINSHA07917 (History Lab): the signature after a quoted message's end
KINSHA07917_END = """INVOLVED IN ALMOST EVERYTHING OF IMPORTANCE IN SHABA. NEEDLESS TO SAY, WE ARE \
KEEPING LOW PROFILE.


BORG UNQTE:CUTLER
"""


def test_signature_after_blanks_and_plusd_trailers_1973STATE097844() -> None:
    cable = cablegram.parse_cable(STATE097844_END, year=1973)
    assert cable.signature.text == "PORTER"
    assert [f.text for f in cable.footer] == [
        "LIMITED OFFICIAL USE",
        "NMAFVVZCZ",
        "*** Current Handling Restrictions *** n/a",
        "*** Current Classification *** LIMITED OFFICIAL USE",
    ]
    assert cable.paragraphs[-1].text.endswith("MINISTER FOREIGN AFFAIRS.")


def test_signature_after_unqte_1977KINSHA07917() -> None:
    cable = cablegram.parse_cable(KINSHA07917_END, year=1977)
    assert cable.signature.text == "CUTLER"


# 75TEHRAN2069: the NARA stamp broken over two lines at another place
TEHRAN2069_END = """WHILE ADDING SEVERAL DISADVANTAGES BOTH DOMESTICALLY AND INTERNATIONALLY.


HELMS

Declassified/Released US Department of State EO
Systematic Review 05 JUL 2006"""


def test_signature_before_nara_stamp_75TEHRAN2069() -> None:
    cable = cablegram.parse_cable(TEHRAN2069_END, year=1975)
    assert cable.signature.text == "HELMS"
    assert len(cable.footer) == 2


# A name glued to the last sentence of an upper-case text with no period of its own
# is the signature: the received copy reflowed its lines and lost the line break.

# 1973STATE057534 (History Lab), lines 17-21: then the PlusD trailer lines
STATE057534_END = (
    "2. IF YOU THINK IT APPROPRIATE, YOU MAY WISH TO ADVISE THE UKDEL THAT WE HAVE "
    "RECEIVED AND ARE CURRENTLY ANALYZING REPORTING THROUGH MARCH 15 ON REF. B COMPUTER. "
    "ROGERS\n"
    "\n"
    "\n"
    "*** Current Handling Restrictions *** n/a\n"
    "*** Current Classification *** CONFIDENTIAL\n"
)

# 1978STATE116253 (History Lab), line 7: at the very end of the text
STATE116253_END = (
    "FOR PARAMARIBO: NTSB ACCREDITED REPRESENTATIVE IS ROBERT BURGIN. DE MIRANDA OFFERED "
    "MAKE HOTEL RESERVATIONS FOR PARTICIPATING PERSONNEL -- REQUEST EMBASSY CONFIRM. "
    "CHRISTOPHER\n"
)

# 07ROME290, lines 35-36 (line 35 cut at 100 characters): after END ACTION REQUEST
ROME290_END = (
    "¶4.  Post requests the following:  clarification on the current status of the ACTA "
    "proposal, clarifi\n"
    "END ACTION REQUEST. SPOGLI\n"
)

# 09CAIRO1226, lines 22-25 (long lines cut at 100 characters): after a redacted
# paragraph, then a "..." trailer
CAIRO1226_END = (
    "2.(U) On June 21, The Egyptian Initiative for Personal Rights (EIPR) released a "
    "statement welcoming \n"
    "\n"
    "3.(C) XXXXXXXXXXXX SCOBEY\n"
    "   ...\n"
)


@pytest.mark.parametrize(
    ("text", "signer", "last"),
    [
        (STATE057534_END, "ROGERS", "ON REF. B COMPUTER."),
        (STATE116253_END, "CHRISTOPHER", "REQUEST EMBASSY CONFIRM."),
        (ROME290_END, "SPOGLI", "END ACTION REQUEST."),
        (CAIRO1226_END, "SCOBEY", "XXXXXXXXXXXX"),
    ],
    ids=["1973STATE057534", "1978STATE116253", "07ROME290", "09CAIRO1226"],
)
def test_bare_name_after_the_last_sentence(text: str, signer: str, last: str) -> None:
    cable = cablegram.parse_cable(text, year=2000)
    assert cable.signature is not None
    assert cable.signature.text == signer
    assert text[cable.signature.span.start : cable.signature.span.end] == signer
    assert cable.paragraphs[-1].text.endswith(last)
    assert uncovered(cable) == []


# 1979VICTOR01578 (History Lab), lines 10-13: the signature line (16) left out, the
# text ends with a sentence of two upper-case words and its period: no signature
VICTOR01578_CUT = (
    "4. (C) WE ARE NOT SURE HOW TO PROCEED FROM THIS POINT. OBVIOUSLY, WE HAVE NO RIGHT "
    "OF CONSULAR ACCESS, BUT DO WE HAVE RIGHT/RESPONSIBILITY TO ASK POLICE OR FOREIGN "
    "MINISTRY FORMALLY FOR EXPLANATION OF DOOKLEY'S ARREST? FYI, LOCAL CHAUFFEUR OF UK "
    "HIGH COMMISSION WAS AMONG THOSE DETAINED BY GOS IN APRIL AND RELEASED IN JULY, "
    "1978. CHARGE WILL CONSULT HIGH COMMISSION AS TO HOW THAT SITUATION WAS HANDLED.\n"
    "\n"
    "\n"
    "5. (U) REQUEST GUIDANCE.\n"
)


def test_last_sentence_with_its_period_is_no_signature_1979VICTOR01578() -> None:
    cable = cablegram.parse_cable(VICTOR01578_CUT, year=1979)
    assert cable.signature is None
    assert cable.paragraphs[-1].text == "REQUEST GUIDANCE."


@pytest.mark.parametrize(
    ("last_line", "name"),
    [
        # no blank between the last sentence and the name (06VATICAN83, 08MANAMA528)
        ("an important place at the Vatican table.ROONEY", "ROONEY"),
        ("in Bahrain and in the Gulf.HENZEL", "HENZEL"),
        # a curly closing quote before it (07IRANRPODUBAI23, 10COLOMBO32)
        ("government in fighting against terrorism.\u201d BURNS", "BURNS"),
        ("against Sri Lanka and its \u201cwar heroes.\u201d BUTENIS", "BUTENIS"),
        # after a date's period, a bracket, a parenthesis, a closing phrase in mixed case
        ("the Egyptian delegation by February 12.SCOBEY", "SCOBEY"),  # 09CAIRO200
        ("companies. [Tripoli Post, 2/21/2009] CRETZ", "CRETZ"),  # 09TRIPOLI221
        ("the Eritrean refugee community. (reftel E) Scobey", "Scobey"),  # 09CAIRO1852
        ("serious security threats. End Comment MATHIEU", "MATHIEU"),  # 10WINDHOEK7
    ],
)
def test_a_name_glued_to_the_last_sentence_is_the_signature(last_line: str, name: str) -> None:
    text = (
        "UNCLAS ROME 000123\n\nSUBJECT: A TEST\n\n1. (U) The first paragraph reads as "
        "it should, with the end of the text on its last line.\n\n2. (U) The second one "
        f"is the last, and it says so; it has {last_line}\n"
    )
    cable = cablegram.parse_cable(text, year=2008)
    assert cable.signature is not None and cable.signature.text == name
    assert not cable.paragraphs[-1].text.endswith(name)
    # not a name in capitals inside the sentence: "the U.S.A. team"
    other = text.replace(last_line, "a meeting with the U.S.A")
    assert cablegram.parse_cable(other, year=2008).signature is None


@pytest.mark.parametrize(
    ("last_line", "name", "debris"),
    [
        ("STEVENS 0 12/23/2007", "STEVENS", "0 12/23/2007"),  # 07TRIPOLI1055, on its own line
        ("SOBEL 2008-01-08", "SOBEL", "2008-01-08"),  # 08BRASILIA43
        # glued to the last sentence (08CAIRO2100, 06MOSCOW3335)
        (
            "to the region later this year. SCOBEY NNNN End Cable Text",
            "SCOBEY",
            "NNNN End Cable Text",
        ),
        ("while they know they are in a position. BURNS 2006-03-31", "BURNS", "2006-03-31"),
    ],
)
def test_what_a_dump_left_after_the_name_is_footer(last_line: str, name: str, debris: str) -> None:
    text = (
        "UNCLAS ROME 000123\n\nSUBJECT: A TEST\n\n1. (U) The only paragraph reads as it "
        f"should, and its sentences end where they should.\n\n{last_line}\n"
    )
    cable = cablegram.parse_cable(text, year=2008)
    assert cable.signature is not None and cable.signature.text == name
    assert [f.text for f in cable.footer] == [debris]
    assert uncovered(cable) == []


# A post's web-site footer glued to the last sentence, the drafter's name right after
# the site's address or its redaction (24 development cables, London, Manama, Ankara):
# the name is the signature, the footer ends before it. Excerpts verbatim (the end of
# the last line), a banner and paragraph number added.
@pytest.mark.parametrize(
    ("tail", "signer", "footer_end"),
    [
        (
            "who have no experience with Westinghouse or GE designs.  Visit London's "
            "Classified Website: XXXXXXXXXXXX LeBaron",
            "LeBaron",
            "Classified Website: XXXXXXXXXXXX",
        ),
        (
            "Bahrain will host the June meeting. End Note.) Visit Embassy Manama's Classified "
            "Website: http://www.tate.sgov.gov/p/nea/manama/ HENZEL",
            "HENZEL",
            "/p/nea/manama/",
        ),
    ],
    ids=["08LONDON2027", "08MANAMA329"],
)
def test_signature_after_a_glued_web_site_footer(tail: str, signer: str, footer_end: str) -> None:
    text = (
        "C O N F I D E N T I A L LONDON 002027\n\nSIPDIS\n\n12. (C) The French regulators " + tail
    )
    cable = cablegram.parse_cable(text + "\n", year=2008)
    assert cable.signature is not None and cable.signature.text == signer
    (footer,) = cable.footer
    assert footer.text.startswith("Visit ") and footer.text.endswith(footer_end)
    assert not cable.paragraphs[-1].text.endswith(signer)
