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


# 09LONDON2229, lines 1-14: a copy that starts at its INFO list, offices in parentheses
LONDON2229 = """INFO  LOG-00   EEB-00   AF-00    AID-00   AMAD-00  CIAE-00  INL-00
      DNI-00   DODE-00  DOTE-00  DS-00    EAP-00   FAAE-00  FBIE-00
      VCI-00   H-00     TEDE-00  INR-00   IO-00    LAB-01   L-00
      MOFM-00  MOF-00   VCIE-00  NSAE-00  NIMA-00  GIWI-00  FMPC-00
      SP-00    SSO-00   SS-00    NCTC-00  SCRS-00  DSCC-00  PRM-00
      DRL-00   SAS-00   FA-00    SRAP-00  SWCI-00  PESU-00  (
      GIWI-00  )  /001W

P 251529Z SEP 09
FM AMEMBASSY LONDON
TO SECSTATE WASHDC PRIORITY 3603
INFO EUROPEAN POLITICAL COLLECTIVE PRIORITY

C O N F I D E N T I A L LONDON 002229
"""

# 09STATE29700, lines 1-22: a code line above the block, the serial and the record's
# source between the block and DRAFTED BY
STATE29700 = """TED8265
ORIGIN DRL-00

INFO  LOG-00   AID-00   CIAE-00  INL-00   C-00     DODE-00  DS-00
      EAP-00   EUR-00   VCI-00   FO-00    H-00     TEDE-00  INR-00
      IO-00    LAB-01   L-00     MMP-00   MOFM-00  MOF-00   VCIE-00
      NSAE-00  OIC-00   PA-00    GIWI-00  P-00     FMPC-00  SSO-00
      SS-00    DSCC-00  PRM-00   G-00     NFAT-00  SAS-00   FA-00
      SWCI-00    /001R

029700
SOURCE: CBLEXCLS.009143
DRAFTED BY: DRL/AWH:O'SULLIVANSX -- 03/27/2009  202-647-8271
APPROVED BY: DRL/AWH:O'SULLIVANSX
EAP/CM: AGOODMAN
DRL/IRF: EKAO
P: MTESONE
G: JWINDON
D(S):PPARK
D(L: KFRIEDRICH
IO/RHS: AOSTERMEIER
"""


def test_offices_in_parentheses_09LONDON2229() -> None:
    cable = cablegram.parse_cable(LONDON2229)
    copy = cable.received_copy
    assert copy is not None
    assert len(copy.info) == 42 and copy.info[-1].office == "GIWI"
    assert (copy.total, copy.copy_mark) == (1, "W")
    assert cable.dtg is not None and cable.dtg.value == dt.datetime(
        2009, 9, 25, 15, 29, tzinfo=dt.timezone.utc
    )
    assert cable.origin is not None and cable.origin.address == "AMEMBASSY LONDON"
    assert cable.reference_id == "09LONDON2229"


def test_code_line_serial_and_source_around_the_block_09STATE29700() -> None:
    cable = cablegram.parse_cable(STATE29700)
    copy = cable.received_copy
    assert copy is not None
    assert (copy.kind, copy.action[0].office, len(copy.info)) == ("ORIGIN", "DRL", 36)
    assert copy.drafted_by == "DRL/AWH:O'SULLIVANSX -- 03/27/2009 202-647-8271"
    assert copy.approved_by is not None and copy.approved_by.startswith(
        "DRL/AWH:O'SULLIVANSX EAP/CM"
    )
    assert copy.span.start == 0  # the code line TED8265 is in the copy's span


# 02ROME3639, lines 1-22 and 108-158: a partial extract whose second section's copy is
# printed inside the text, with the only DTG of the cable
ROME3639 = """This record is a partial extract of the original cable. The full text of the original\
 cable is not available.

C O N F I D E N T I A L SECTION 01 OF 03 ROME 003639

SIPDIS

E.O. 12958: DECL: 07/19/2012
TAGS: PGOV ECON PINR ELAB ECON PINR ELAB ECON PINR ELAB IT EUN ITPGOV EUN ITPGOV EUN\
 ITALIAN POLITICS


SUBJECT: BOSSI ON ITALIAN POLITICS, DEVOLUTION, IMMIGRATION
AND THE EU


CLASSIFIED BY: A/DCM THOMAS COUNTRYMAN FOR REASONS 1.5 (B) AND (D)

                       CONFIDENTIAL

PAGE 02        ROME  03639  01 OF 03  231626Z
 ¶1. (SBU) SUMMARY: NORTHERN LEAGUE LEADER (AND MINISTER FOR
REFORM AND DEVOLUTION) BOSSI MET WITH THE AMBASSADOR JULY 17
FOR A WIDE-RANGING DISCUSSION OF ISSUES, INCLUDING DOMESTIC
SOUGHT TO GAIN THE LEGA'S ALLEGIANCE.  BOSSI SUGGESTED THAT
THE TITLE V REFORM WAS A LAST-DITCH EFFORT BY THE CENTER-LEFT
TO WOO HIS PARTY.  END NOTE.) THIS GAVE REGIONS SOMEWHAT MORE
CONTROL OVER SCHOOLS, HEALTH CARE AND LOCAL POLICE (VIGILI
URBANI), ALBEIT WITH CONSIDERABLE ONGOING CENTRAL GOVERNMENT
OVERSIGHT  IT WAS ONLY A SMALL STEP TOWARD DEVOLUTION,
HOWEVER.   THE NEXT STEP -- IN 2003 -- WILL BE TO CHANGE THE

                       CONFIDENTIAL

                           CONFIDENTIAL     PTQ4581

PAGE 01        ROME  03639  02 OF 03  231627Z
ACTION EUR-00

INFO  LOG-00   NP-00    AGRE-00  AID-00   ACQ-00   CA-01    CEA-01
      CIAE-00  COME-00  CTME-00  INL-00   DINT-00  DODE-00  DOTE-00
      PERC-00  SRPP-00  DS-00    EB-00    EXIM-01  E-00     FAAE-00
      FBIE-00  VC-00    FRB-00   H-01     TEDE-00  INR-00   INSE-00
      ITC-01   LAB-01   L-00     VCE-00   AC-01    DCP-01   NSAE-00
      NSCE-00  OCS-03   OMB-01   OPIC-01  PA-00    PM-00    PRS-00
      ACE-00   P-00     SP-00    IRM-00   SSO-00   STR-00   TRSE-00
      USIE-00  VO-03    PMB-00   DSCC-00  DRL-02   G-00     NFAT-00
      SAS-00     /018W
                  ------------------CF2A6B  231627Z /38
P 231625Z JUL 02
FM AMEMBASSY ROME
TO SECSTATE WASHDC PRIORITY 5040
INFO EU MEMBER STATES COLLECTIVE
AMCONSUL MILAN
AMCONSUL NAPLES
AMCONSUL FLORENCE

C O N F I D E N T I A L SECTION 02 OF 03 ROME 003639

SIPDIS

E.O. 12958: DECL: 07/19/2012
TAGS: PGOV ECON PINR ELAB ECON PINR ELAB ECON PINR ELAB IT EUN ITPGOV EUN ITPGOV EUN\
 ITALIAN POLITICS
SUBJECT: BOSSI ON ITALIAN POLITICS, DEVOLUTION, IMMIGRATION
AND THE EU

CONSTITUTIONAL COURT BY ADDING REGIONAL GOVERNMENT
REPRESENTATIVES TO THOSE FROM THE PARLIAMENT, PRESIDENT AND
                       CONFIDENTIAL

PAGE 02        ROME  03639  02 OF 03  231627Z
JUDICIARY.  THE THIRD STEP WILL BE TO TURN THE ITALIAN SENATE
INTO A FEDERALIST BODY.  ""THIS WILL BE A HISTORIC STEP IN THE
DEVELOPMENT OF A PRESIDENTIAL REPUBLIC. WE WILL DO IT IN OUR
LAST YEAR (2006), AS IT WILL REQUIRE IMMEDIATE ELECTIONS,"" HE
"""

# 02VATICAN3692, lines 30-44: the same, its layout flattened
VATICAN3692 = """¶4. (C) TURNING TO THE MIDDLE EAST, VEGLIO OBSERVED THAT THE       CONFIDENTIAL
PAGE 04  VATICA 03692 01 OF 02 261100Z MUSLIM COUNTRIES POSED AN EVEN GREATER\
 CHALLENGE. VEGLIO, WHO RECENTLY RETURNED TO THE HOLY SEE AFTER SERVING AS NUNCIO IN\
 BEIRUT, ASSERTED THAT ISLAMIC FUNDAMENTALISM, CENTERED ON SUDAN, THREATENED THE GOOD\
 RELATIONSHIP THAT HAS HERETOFORE EXISTED BETWEEN CHRISTIANS AND MUSLIMS IN SUB-SAHARAN\
 AFRICA (REF B). HE WAS PARTICULARLY CONCERNED THAT THE YOUNGER, MO
CONFIDENTIAL
CONFIDENTIAL  PTQ3036
PAGE 01  VATICA 03692 02 OF 02 261100Z ACTION EUR-00
INFO LOG-00 NP-00 AF-00 AMAD-00 ACQ-00 CIAE-00 DODE-00   DS-00 FBIE-00 VC-00 TEDE-00\
 INR-00 VCE-00 AC-01  NEA-00  NSAE-00 ACE-00 SS-00 SA-00 DSCC-00 DRL-02  SAS-00  /003W \
     ------------------D08EDC 261100Z /38 R 261054Z JUL 02 FM AMEMBASSY VATICAN TO\
 SECSTATE WASHDC INFO ARAB ISRAELI COLLECTIVE EUROPEAN POLITICAL COLLECTIVE AMEMBASSY\
 ADDIS ABABA AMEMBASSY NEW DELHI
C O N F I D E N T I A L SECTION 02 OF 02 VATICAN 003692
SIPDIS
DEPT FOR EUR/WE (MENUTTI); DRL/IRF (FARR)
E.O. 12958: DECL: 07/25/2012 TAGS: PREL PGOV PHUM KIRF RS IN IS UP PGOV PHUM KIRF RS IN\
 IS UP VT VTPREL

-------------------------------------
UKRAINE AND INDIA: ISLANDS OF GROWTH
-------------------------------------
¶5. (C) ONLY IN UKRAINE AND INDIA ARE THE EASTERN RITE CHURCHES VIGOROUS AND GROWING,\
 DESPITE HINDRANCES, VEGLIO      CONFIDENTIAL
"""


def test_later_section_copy_inside_the_text_02ROME3639() -> None:
    cable = cablegram.parse_cable(ROME3639)
    assert [d.code for d in cable.diagnostics].count("section-copy-header") == 1
    (marker,) = [m for m in cable.page_markers if "ACTION EUR-00" in m.text]
    assert marker.text.startswith("CONFIDENTIAL")
    assert "PTQ4581" in marker.text and "SECTION 02 OF 03 ROME 003639" in marker.text
    assert marker.text.rstrip().endswith("AND THE EU")  # the repeated SUBJECT line
    text = " ".join(p.text for p in cable.paragraphs)
    assert "LOG-00" not in text and "AMEMBASSY" not in text and "SIPDIS" not in text
    assert "TO CHANGE THE" in text and "CONSTITUTIONAL COURT BY ADDING" in text
    # the DTG and FM line come from that copy: nothing above the text has them
    assert cable.dtg is not None and cable.dtg.value == dt.datetime(
        2002, 7, 23, 16, 25, tzinfo=dt.timezone.utc
    )
    assert cable.origin is not None and cable.origin.address == "AMEMBASSY ROME"
    assert "dtg-from-section-copy" in [d.code for d in cable.diagnostics]
    assert not uncovered(cable)


def test_flattened_section_copy_inside_the_text_02VATICAN3692() -> None:
    cable = cablegram.parse_cable(VATICAN3692)
    text = " ".join(p.text for p in cable.paragraphs)
    assert "LOG-00" not in text and "C O N F I D E N T I A L" not in text
    assert "ONLY IN UKRAINE AND INDIA" in text
    assert not uncovered(cable)
