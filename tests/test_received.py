"""The received-copy header of 1966-2000 telegrams (format reference, section 5).

Fixtures: the PlusD text of 1974ATHENS02959 and 1973STATE097844 (incoming and
outgoing 1970s copies) and Cablegate's 90CAPETOWN97 and 10SANAA5 (a copy that
starts at its INFO block, without any PAGE line); verbatim, trailing blanks
stripped (see tests/test_classified_by.py for the conventions).
"""

from __future__ import annotations

import datetime as dt

import cablegram
from cablegram import Classification
from cablegram.check.coverage import uncovered

# 1974ATHENS02959_b, lines 1-30 (long lines cut at 200 characters)
ATHENS2959 = """LIMITED OFFICIAL USE

PAGE 01  ATHENS 02959  171944Z

11
ACTION EUR-25

INFO  OCT-01  EA-11  ISO-00  CIAE-00  COME-00  EB-11  INR-10

LAB-06  NSAE-00  RSC-01  SIL-01  USIA-15  DRC-01  NEA-14

/096 W
---------------------     064536
R 171600Z MAY 74
FM AMEMBASSY ATHENS
TO SECSTATE WASHDC 3410
INFO AMEMBASSY LONDON
AMEMBASSY CANBERRA
AMCONSUL THESSALONIKI


LIMITED OFFICIAL USE ATHENS 2959

E.O. 11652: N/A
TAGS: PINS, GR
SUBJECT: ARRESTS OF KALOUDIS AND AMBATIELOS

REF: STATE -097844

1. INQUIRIES MADE BY APPROPRIATE SECTION OF EMBASSY ON
"""

# 1973STATE097844_b, lines 1-27 (long lines cut at 200 characters)
STATE97844 = """LIMITED OFFICIAL USE

PAGE 01   STATE  097844

51
ORIGIN    SPM-01

INFO  OCT-01    EUR-25   ADP-00   RSC-01  /028  R

DRAFTED BY S/ PM: PPCLAXTON,  JR.
05/22/73   EXT 23262
APPROVED BY EUR/ WE: DWLOVING
---------------------       001415
P R 221828 Z MAY 73
FM SECSTATE WASHDC
TO  AMEMBASSY LUXEMBOURG PRIORITY
INFO  AMEMBASSY ROME


LIMITED OFFICIAL USE STATE 097844

E. O. 11652:  N/ A
TAGS:   SPOP  IT

SUBJECT:   INFORMATION TO FORMER SENATOR TYDINGS

1.   PLEASE INFORM TYDINGS HOTEL KONS AMBASSADOR VOLPE
"""

# 90CAPETOWN97, lines 1-30 (long lines cut at 200 characters)
CAPETOWN97 = """CONFIDENTIAL

PAGE 01        CAPE T  00097  01 OF 03  182017Z
ACTION AF-00

INFO  LOG-00   ADS-00   INR-05   EUR-00   SS-00    CIAE-00  DODE-00
      H-01     NSCE-00  NSAE-00  HA-09    L-03     TRSE-00  PM-10
      PA-01    OMB-01   INRE-00  USIE-00  SP-02    SNP-01   PRS-01
      P-02     T-01     /037 W
                    ------------------352654  200910Z /23
R 171512Z JAN 90
FM AMCONSUL CAPE TOWN
TO SECSTATE WASHDC 5365
INFO AMEMBASSY PRETORIA
AMCONSUL JOHANNESBURG
AMCONSUL DURBAN
AMEMBASSY LUSAKA
AMEMBASSY HARARE
AMEMBASSY LONDON
AMEMBASSY PARIS

C O N F I D E N T I A L SECTION 01 OF 03 CAPE TOWN 00097


LONDON FOR KOLKER, PARIS FOR FENDRICK

E.O. 12356:  DECL:  OADR
TAGS: PGOV PHUM SF
SUBJ:  ESSA MOOSA TALKS ABOUT MANDELA AND OTHER TOPICS

"""


def test_incoming_copy_1974ATHENS02959() -> None:
    cable = cablegram.parse_cable(ATHENS2959)
    copy = cable.received_copy
    assert copy is not None
    assert copy.classification_raw == "LIMITED OFFICIAL USE"
    assert (copy.page_station, copy.serial, copy.time) == ("ATHENS", "02959", "171944Z")
    assert copy.kind == "ACTION"
    assert [(o.office, o.copies) for o in copy.action] == [("EUR", 25)]
    assert len(copy.info) == 14 and copy.info[0].office == "OCT"
    # the INFO counts add up with ACTION to the total the copy prints
    assert sum(o.copies for o in copy.action + copy.info) == copy.total == 96
    assert copy.copy_mark == "W"
    assert copy.separator == "--------------------- 064536"
    assert cable.date == dt.datetime(1974, 5, 17, 16, 0, tzinfo=dt.timezone.utc)
    assert cable.origin.address == "AMEMBASSY ATHENS"
    assert [a.address for a in cable.info_recipients] == [
        "AMEMBASSY LONDON", "AMEMBASSY CANBERRA", "AMCONSUL THESSALONIKI"
    ]  # fmt: skip
    assert cable.classification is Classification.LIMITED_OFFICIAL_USE
    assert cable.reference_id == "74ATHENS2959"
    assert cable.document_number == "1974ATHENS02959"
    assert [t.code for t in cable.tags] == ["PINS", "GR"]
    assert not cable.unparsed


def test_outgoing_copy_drafted_approved_1973STATE097844() -> None:
    cable = cablegram.parse_cable(STATE97844)
    copy = cable.received_copy
    assert copy is not None
    assert copy.kind == "ORIGIN"
    assert [(o.office, o.copies) for o in copy.action] == [("SPM", 1)]
    assert (copy.total, copy.copy_mark) == (28, "R")
    assert sum(o.copies for o in copy.action + copy.info) == 28
    assert copy.drafted_by == "S/ PM: PPCLAXTON, JR. 05/22/73 EXT 23262"
    assert copy.approved_by == "EUR/ WE: DWLOVING"
    assert cable.document_number == "1973STATE097844"
    assert cable.declassification.not_applicable
    assert not cable.unparsed


def test_1990_copy_section_and_hex_separator_90CAPETOWN97() -> None:
    cable = cablegram.parse_cable(CAPETOWN97)
    copy = cable.received_copy
    assert copy is not None
    assert (copy.page_station, copy.serial) == ("CAPE T", "00097")
    assert (copy.section.number, copy.section.total) == (1, 3)
    assert copy.separator == "------------------352654 200910Z /23"
    assert (copy.total, copy.copy_mark) == (37, "W")
    assert sum(o.copies for o in copy.action + copy.info) == 37
    assert cable.reference_id == "90CAPETOWN97"
    assert cable.document_number == "1990CAPETO00097"
    assert len(cable.info_recipients) == 7


# 10SANAA5, lines 1-20
SANAA5 = """\
INFO  LOG-00   MFA-00   CCO-00   CIAE-00  INL-00   DNI-00   PERC-00
      DHSE-00  TEDE-00  INR-00   CAC-00   MOFM-00  MOF-00   M-00
      NEA-00   DCP-00   OIG-00   P-00     SCT-00   DOHS-00  FMPC-00
      SP-00    IRM-00   SSO-00   SS-00    NCTC-00  ASDS-00  CBP-00
      ECA-00   DSCC-00  SAS-00   FA-00    SANA-00    /000W

R 041336Z JAN 10
FM AMEMBASSY SANAA
TO SECSTATE WASHDC 3477

S E C R E T SANAA 000005


NOFORN

DEPT FOR DS/IP/NEA, DS/IP/ITA, DS/ICI/PII, S/CT, NEA/EX,
NEA/ARP, SES-O, DS COMMAND CENTER

E.O. 12958: DECL: 01/01/2020
TAGS: ASEC AEMR YM
"""


def test_copy_without_page_line_starts_at_info_block_10SANAA5() -> None:
    # no class word, PAGE line or separator: the INFO block closed by its total
    # and copy mark ("/000W") is the copy
    cable = cablegram.parse_cable(SANAA5)
    copy = cable.received_copy
    assert copy is not None
    assert (copy.page_station, copy.serial, copy.time, copy.section) == (None, None, None, None)
    assert (copy.kind, copy.action) == (None, ())
    assert [o.office for o in copy.info[:3]] == ["LOG", "MFA", "CCO"]
    assert len(copy.info) == 33
    assert (copy.total, copy.copy_mark, copy.separator) == (0, "W", None)
    assert SANAA5[copy.span.start : copy.span.end].endswith("SANA-00    /000W")
    assert cable.date == dt.datetime(2010, 1, 4, 13, 36, tzinfo=dt.timezone.utc)
    assert cable.origin.address == "AMEMBASSY SANAA"
    assert [a.address for a in cable.recipients] == ["SECSTATE WASHDC"]
    assert cable.info_recipients == ()
    assert cable.reference_id == "10SANAA5"
    assert cable.document_number is None  # no serial without a page line
    assert uncovered(cable) == []


def test_office_list_without_its_total_is_no_copy() -> None:
    # cut before "/000W", the office list is not known to be whole: not read as a copy
    text = SANAA5.replace("    SANA-00    /000W", "    SANA-00")
    cable = cablegram.parse_cable(text)
    assert cable.received_copy is None
    assert uncovered(cable) == []
