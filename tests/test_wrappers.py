"""Wrappers around real cables (H-1, H-23) and transmission-header checks.

Record dumps, repeated headers, csv rows and "Cable dated:" prefixes that sit
between the transmission header and the banner; banners with damaged marks;
a text that belongs to another cable than its header; cables without a banner.

The excerpts are verbatim from ../shared/corpus/cables/cablegate, except that
trailing blanks are stripped and long lines are cut at the length noted; a
backslash at a line end in this file is Python's continuation (the line is one in
the text), while ``\\`` is a backslash of the text itself and ``\t`` a tab.
"""

from __future__ import annotations

import datetime as dt

import cablegram
from cablegram import Classification, DatePrecision, DateSource
from cablegram.check.coverage import uncovered

# 06BOGOTA2076, lines 1-60 (long lines cut at 120 characters)
BOGOTA2076 = """VZCZCXYZ0000
OO RUEHWEB

DE RUEHBO #2076/01 0671600
ZNY SSSSS ZZH
O 081600Z MAR 06
FM AMEMBASSY BOGOTA
TO RUEHC/SECSTATE WASHDC IMMEDIATE 2888
INFO RUEHBR/AMEMBASSY BRASILIA 6605
RUEHCV/AMEMBASSY CARACAS 7292
RUEHLP/AMEMBASSY LA PAZ MAR LIMA 3335
RUEHZP/AMEMBASSY PANAMA 8838
RUEHQT/AMEMBASSY QUITO 3971
RUEHGL/AMCONSUL GUAYAQUIL 3483
RUEKJCS/SECDEF WASHDC
RUEAIIA/CIA WASHDC
RHEHNSC/NSC WASHDC
RUMIAAA/USCINCSO MIAMI FL
RUEAWJA/DEPT OF JUSTICE WASHDC

id: 55772
date: 3/8/2006 16:00
refid: 06BOGOTA2076
origin: Embassy Bogota
classification: SECRET
destination:
header:
VZCZCXYZ0000
OO RUEHWEB

DE RUEHBO #2076/01 0671600
ZNY SSSSS ZZH
O 081600Z MAR 06
FM AMEMBASSY BOGOTA
TO RUEHC/SECSTATE WASHDC IMMEDIATE 2888
INFO RUEHBR/AMEMBASSY BRASILIA 6605
RUEHCV/AMEMBASSY CARACAS 7292
RUEHLP/AMEMBASSY LA PAZ MAR LIMA 3335
RUEHZP/AMEMBASSY PANAMA 8838
RUEHQT/AMEMBASSY QUITO 3971
RUEHGL/AMCONSUL GUAYAQUIL 3483
RUEKJCS/SECDEF WASHDC
RUEAIIA/CIA WASHDC
RHEHNSC/NSC WASHDC
RUMIAAA/USCINCSO MIAMI FL
RUEAWJA/DEPT OF JUSTICE WASHDC

----------------- header ends ----------------

S E C R E T BOGOTA 002076

SIPDIS

SIPDIS

SOUTHCOM FOR POLAD

E.O. 12958: DECL: 03/08/2021
TAGS: PREL MARR MOPS PTER SNAR CO VE
SUBJECT: CUCUTA PERSPECTIVE ON COLOMBIA-VENEZUELAN BORDER
"""

# 06BERN1280, lines 1-32 (long lines cut at 120 characters)
BERN1280 = """VZCZCXRO4324
OO RUEHBC RUEHDBU RUEHDE RUEHFL RUEHKUK RUEHKW RUEHLA RUEHROV RUEHSR
DE RUEHSW #1280/01 1911451
ZNY CCCCC ZZH
O 101451Z JUL 06
FM AMEMBASSY BERN
TO RUEHC/SECSTATE WASHDC IMMEDIATE 2621
INFO RUCNIRA/IRAN COLLECTIVE PRIORITY
RUEHZL/EUROPEAN POLITICAL COLLECTIVE PRIORITY

2006-07-10 14:51:00\t06BERN1280\tEmbassy Bern\tCONFIDENTIAL\t\tVZCZCXRO4324\\
OO RUEHBC RUEHDBU RUEHDE RUEHFL RUEHKUK RUEHKW RUEHLA RUEHROV RUEHSR\\
DE RUEHSW #1280/01 1911451\\
ZNY CCCCC ZZH\\
O 101451Z JUL 06\\
FM AMEMBASSY BERN\\
TO RUEHC/SECSTATE WASHDC IMMEDIATE 2621\\
INFO RUCNIRA/IRAN COLLECTIVE PRIORITY\\
RUEHZL/EUROPEAN POLITICAL COLLECTIVE PRIORITY\tC O N F I D E N T I A L SECTION 01 OF 02 \
BERN 001280 \\
 \\
SIPDIS \\
 \\
SIPDIS \\
 \\
STATE FOR P - U/S BURNS \\
STATE ALSO FOR EUR, ISA, NEA \\
 \\
E.O. 12958: DECL: 07/10/2016 \\
TAGS: PREL KNNP PARM ETTC SZ
SUBJECT: IRAN: LARIJANI MEETS WITH SWISS FM CALMY-REY \\
 \\
Classified By: Charge d'Affaires Carol Urban, Reasons 1.4 b/d \\
"""

# 02ANKARA8305, lines 1-9 (long lines cut at 400 characters)
ANKARA8305 = """P 151240Z NOV 02
FM AMEMBASSY ANKARA
TO SECSTATE WASHDC PRIORITY 6070
INFO AMCONSUL ADANA PRIORITY
AMCONSUL ISTANBUL PRIORITY

Cable dated:2002-11-15T12:40:00S E C R E T SECTION 01 OF 05 ANKARA 008305S/CT FOR \
REAPE.O. 12958: DECL: 11/14/2012 TAGS: PTER TU

¶1. (U) CLASSIFIED BY DCM ROBERT S. DEUTSCH; REASONS 1.5 (B) AND (D).
"""

# 03ISTANBUL1410, lines 1-16 (long lines cut at 120 characters)
ISTANBUL1410 = """This record is a partial extract of the original cable. \
The full text of the original cable is not available.

240549Z Sep 03

C O N F I D E N T I A L SECTION 01 OF 02 ISTANBUL 001410

SIPDIS


E.O. 12958: DECL: 09/11/2013
TAGS: PGOV PHUM TU
SUBJECT: WHOSE ISLAM? AK PARTI AND ISTANBUL ALEVIS


Classified By: CG David L. Arnett for reasons 1.5 (b) and (d).

"""

# 10ISLAMABAD428, lines 1-30 (long lines cut at 120 characters)
ISLAMABAD428 = """VZCZCXRO0810
OO RUEHLH RUEHPW
DE RUEHIL #0428/01 0541144
ZNY SSSSS ZZH
O 231144Z FEB 10
FM AMEMBASSY ISLAMABAD
TO RUEHC/SECSTATE WASHDC IMMEDIATE 7503
INFO RUEHBUL/AMEMBASSY KABUL PRIORITY 1523
RUEHLO/AMEMBASSY LONDON PRIORITY 2489
RUEHNE/AMEMBASSY NEW DELHI PRIORITY 6135
RUEHKP/AMCONSUL KARACHI PRIORITY 2946
RUEHLH/AMCONSUL LAHORE PRIORITY 8554
RUEHPW/AMCONSUL PESHAWAR PRIORITY 7611
RUEAIIA/CIA WASHINGTON DC PRIORITY
RHMFISS/HQ USCENTCOM MACDILL AFB FL PRIORITY
RUEKJCS/JOINT STAFF WASHINGTON DC PRIORITY
RHEHNSC/NSC WASHINGTON DC PRIORITY
RUEKJCS/SECDEF WASHINGTON DC PRIORITY
RUMICEA/USCENTCOM INTEL CEN MACDILL AFB FL PRIORITY

SS E C R E T SECTION 01 OF 03 ISLAMABAD 000428

SIPDIS

E.O. 12958: DECL: 02/16/2020
TAGS: PGOV PREL ECON ETRD IN PK
SUBJECT: SENATOR KERRY MEETS WITH PAKISTANI PRESIDENT
ZARDARI

REF: ISLAMABAD 399
"""

# 06AMMAN3564, lines 1-22 (long lines cut at 120 characters)
AMMAN3564 = """VZCZCXRO1868
PP RUEHBC RUEHDE RUEHKUK RUEHMOS
DE RUEHAM #3564 1410853
ZNY CCCCC ZZH
P 210853Z MAY 06
FM AMEMBASSY AMMAN
TO RUEHC/SECSTATE WASHDC PRIORITY 0506
INFO RUCNIRA/IRAN COLLECTIVE

O N F I D E N T I A L SECTION 01 OF 04 PARIS 004247

SIPDIS

DEPT ALSO FOR EUR/WE, DRL/IL, INR/EUC, EUR/ERA, EUR/PPD,
AND EB
DEPT OF COMMERCE FOR ITA
DEPT OF LABOR FOR ILAB

E.O. 12958: DECL: 04/07/2015
TAGS: PREL PGOV IR IZ JO
SUBJECT: SOCIALIST PARTY LEADER ON HOW PS-LED FRANCE WOULD
APPROACH U.S.: "NEITHER BLAIR NOR CHIRAC"
"""

# 09SANSALVADOR789, lines 1-20 (long lines cut at 120 characters)
SANSALVADOR789 = """VZCZCXYZ0000
OO RUEHWEB

DE RUEHSN #0789/01 2332211
ZNY SSSSS ZZH
O 212211Z AUG 09
FM AMEMBASSY SAN SALVADOR
TO RUEHC/SECSTATE WASHDC IMMEDIATE 1526
INFO RHEHNSC/NSC WASHINGTON DC IMMEDIATE

SIPDIS

E.O. 12958: DECL: 06/10/2019
TAGS: PGOV PREL ES
SUBJECT: FRIENDS OF MAURICIO: FUNES NEEDS YOUR HELP

Classified By: Charge d'Affaires, for reasons 1.4 (b) and (d)

¶1. (S) Summary: Leaders of the Friends of Mauricio movement,
XXXXXXXXXXXX, told us
"""

# 10SHENYANG4, lines 1-22 (long lines cut at 120 characters)
SHENYANG4 = """VZCZCXRO2163
RR RUEHCN RUEHGH
DE RUEHSH #0004/01 0070012
ZNY SSSSS ZZH
R 070012Z JAN 10
FM AMCONSUL SHENYANG
TO RUEHC/SECSTATE WASHDC 8952
INFO RUEHOO/CHINA POSTS COLLECTIVE
RUEAIIA/CIA WASHDC 0247
RHMFISS/COMUSKOREA J2 SEOUL KOR
RUEKJCS/DIA WASHDC 0194
RUCGEVC/JOINT STAFF WASHDC 0137
RHEHAAA/NSC WASHDC
RUEKJCS/SECDEF WASHDC 0195

SE C R E T SECTION 01 OF 02 XXXXXXXXXXXX 000004

NOFORN

SIPDIS

DEPARTMENT FOR EAP/K, EAP/CM, INR
"""


# 07MOSCOW3012, lines 11-27 (long lines cut at 200 characters)
MOSCOW3012 = """C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 003012

SIPDIS

SIPDIS

E.O. 12958: DECL: 06/20/2017
TAGS: PGOV KDEM PHUM PINR RS
SUBJECT: AMBASSADOR'S INTRODUCTORY MEETING WITH CENTRAL
ELECTION COMMISSION CHAIRMAN CHUROV


Classifie...

C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 003012 SIPDIS SIPDIS E.O. 12958: DECL: \
06/20/2017 TAGS: PGOV KDEM PHUM PINR RS
Summary
¶1. (C) A very self-confident Central Election Commission (CEC) Chairman Vladimir \
Churov sketched for the Ambassador at their inaugural meeting June 19 an electoral \
process fully controlled by a CEC r
"""

# 10TRIPOLI56, lines 15-23 (long lines cut at 200 characters)
TRIPOLI56 = """UNCLAS TRIPOLI 000056

SENSITIVE SIPDIS STATE FOR NEA/MAG, HAITI TASK FORCE ONE E.O. 12958: N/A

TAGS: EAID ECON PGOV PREL PREF HA LY

SUBJECT: LIBYA SENDS HUMANITARIAN ASSISTANCE TO HAITI REF: STATE 4854

1.(SBU) Pol/Econ Chief delivered reftel demarche to Waddat Sarrah of the Libyan MFA's \
Americas Department January 19, expressing appreciation for Libya's generous \
contribution of medical equipment and
"""

# 10LONDON255, lines 15-20 (long lines cut at 300 characters)
LONDON255 = """ID:247169 Cable dated:2010-02-04T10:15:00C O N F I D E N T I A L LONDON \
000255NOFORNSIPDISPLEASE PASS TO EEB/TRAE.O. 12958: DECL: 02/03/2020TAGS: EAIR ECON EU \
SENV SP UK

Classified By: Kathleen Doherty, Economic Counselor for reasons 1.4 (b)
, (d)

¶1. (C/NF) Summary: The British government reiterated its view that the U.S. must lift \
some restrictions on foreign ownership of U.S. carriers in the U.S.-EU second stage air \
transport negotiations. UK officials at the Department for Transport noted they agreed \
to the first stage negotiations with t
"""

# 06SAOPAULO357, lines 23-35 (long lines cut at 200 characters)
SAOPAULO357 = """UNCLAS SECTION 01 OF 05 SAO PAULO 000357

SIPDIS

DEPT FOR WHA/BSC AND EB/TPP/IPE
STATE PASS TO USTR FOR MSULLIVAN/KLEZNY
NSC FOR SUE CRONIN
USDOC FOR 4332/ITA/MAC/WH/OLAC/JANDERSEN/ADRISCOLL/MWAR D
USDOC FOR 3134/USFCS/OIO/SHUPKA
DEPT OF TREASURY FOR FPARODI DOL FOR ILAB MMITTELHAUSER SENSITIVE SIPDIS
E.O. 12958: N/A
TAGS: ETRD EAGR ECIN KIPR PGOV PREL BR
SUBJECT: ITAMARATY NEGOTIATOR TALKS TRADE REF: BRASILIA 362
"""


# 09TRIPOLI63, lines 1-31 (long lines cut at 160 characters)
TRIPOLI63 = """From: CBPC, EACTAPP
Sent: Wednesday, January 28, 2009 12:33 PM
To: EACTTripoli
Subject: TRIPOLI 00000063 P CO 28-JAN-09 RISKY BUSINESS? AMERICAN
CONSTRUCTION FIRM ENTERS JOINT VENTURE WITH GOL [8466936]

CONFIDENTIAL

VZCZCXRO6748
PP RUEHROV
DE RUEHTRO #0063/01 0281042
ZNY CCCCC ZZH
P 281042Z JAN 09
FM AMEMBASSY TRIPOLI
TO RUEHC/SECSTATE WASHDC PRIORITY 4371
INFO RUEHXK/ARAB ISRAELI COLLECTIVE
RUEHLO/AMEMBASSY LONDON PRIORITY 0989
RUEHFR/AMEMBASSY PARIS PRIORITY 0676
RUEATRS/DEPT OF TREASURY WASHINGTON DC
RUEHTRO/AMEMBASSY TRIPOLI 4895

C O N F I D E N T I A L SECTION 01 OF 02 TRIPOLI 000063

SIPDIS

DEPT PLEASE PASS TO COMMERCE (MASON), DEPT FOR NEA/MAG, LONDON AND PARIS FOR NEA \
WATCHERS, CAIRO FOR TREASURY ATTACHE SEVERENS

E.O. 12958: DECL:  1/25/2019
TAGS: PREL ECON EFIN ETRD EPET ASEC CVIS LY

CLASSIFIED BY: Gene Cretz, Ambassador, U.S. Embassy Tripoli, U.S. Department of State. \
REASON: 1.4 (b), (d)
"""


# 09DOHA214, lines 1-50
DOHA214 = """\
Stephen H Rogerson  12/02/2009 11:08:08 AM  From  DB/Inbox:  Search
Results

Cable
Text:


S E C R E T        DOHA 00214
CXDOHA:
    ACTION: AMB
    INFO:   RSO RAO P/E OMC LEGATT DAO DCM

DISSEMINATION: AMB /1
CHARGE: PROG

APPROVED: AMB:JLABARON
DRAFTED: P/E:MZEBLEY
CLEARED: P/E: DFABRYCKY, P/E: RICE, DCM: MRATNEY

VZCZCDOI550
RR RUEHC RHMFISS RUEAIIA RHMFISS RULSSGG RHMFISS
RHEFDIA RHMFISS
DE RUEHDO #0214/01 0851341
ZNY SSSSS ZZH
R 261341Z MAR 09
FM AMEMBASSY DOHA
TO RUEHC/SECSTATE WASHDC 8904
INFO RHMFISS/DEPT OF ENERGY WASHINGTON DC//NNSA//
RUEAIIA/CIA WASHINGTON DC
RHMFISS/DEPT OF ENERGY WASHINGTON DC
RULSSGG/COMDT COGARD WASHINGTON DC
RHMFISS/DEPT OF HOMELAND SECURITY WASHINGTON DC
RHEFDIA/DIA WASHINGTON DC
RHMFISS/HQ USCENTCOM MACDILL AFB FL

S E C R E T SECTION 01 OF 05 DOHA 000214

NOFORN

S/CT FOR SHARRI R.  CLARK AND BRUCE AVERILL NEA/ARP FOR MATT BLONG DOE/NNSA FOR OFFICE OF  THE \
SECOND LINE OF DEFENSE U.S. COAST GUARD FOR ASSISTANT COMMANDANT FOR  MARINE SAFETY, SECURITY \
AND STEWARDSHIP

E.O. 12958: DECL: 01/29/2019

TAG: PTER, PREL, PGOV, ECON, ETTC, EAID, EFIN, EAGR, ASEC, KCIP, ENRG,  QA

SUBJECT: QATAR: 2009 CI/KR RESPONSE FOR S/CT

REF: A. SECSTATE 15113       B. DOHA 152 (08)      C. DOHA 75 (08)      D. DOHA 311 (07)

Classified By: Amb. LeBaron for Reasons 1.4 (b) and (d).
"""


def _codes(cable: cablegram.Cable) -> list[str]:
    return [d.code for d in cable.diagnostics]


def test_record_dump_with_repeated_header_06BOGOTA2076() -> None:
    cable = cablegram.parse_cable(BOGOTA2076)
    assert cable.reference_id == "06BOGOTA2076"
    assert cable.classification is Classification.SECRET
    (block,) = cable.wrapper
    assert block.text.startswith("id: 55772\ndate: 3/8/2006 16:00\nrefid: 06BOGOTA2076")
    assert block.text.endswith("----------------- header ends ----------------")
    assert BOGOTA2076[block.span.start : block.span.end] == block.text
    assert "text-before-banner" in _codes(cable)
    assert [t.code for t in cable.tags] == ["PREL", "MARR", "MOPS", "PTER", "SNAR", "CO", "VE"]
    assert not cable.unparsed


def test_csv_row_glued_before_banner_06BERN1280() -> None:
    cable = cablegram.parse_cable(BERN1280)
    assert cable.reference_id == "06BERN1280"
    assert (cable.banner.section.number, cable.banner.section.total) == (1, 2)
    (block,) = cable.wrapper
    assert block.text.startswith("2006-07-10 14:51:00\t06BERN1280\tEmbassy Bern\tCONFIDENTIAL")
    assert block.text.endswith("RUEHZL/EUROPEAN POLITICAL COLLECTIVE PRIORITY")
    assert cable.declassification.date == dt.date(2016, 7, 10)
    assert cable.subject.text == "IRAN: LARIJANI MEETS WITH SWISS FM CALMY-REY"
    assert cable.classified_by.name == "Carol Urban"
    assert not cable.unparsed


def test_cable_dated_prefix_glued_to_banner_02ANKARA8305() -> None:
    cable = cablegram.parse_cable(ANKARA8305)
    assert cable.reference_id == "02ANKARA8305"
    assert cable.classification is Classification.SECRET
    assert [w.text for w in cable.wrapper] == ["Cable dated:2002-11-15T12:40:00"]
    assert [t.code for t in cable.tags] == ["PTER", "TU"]
    assert cable.declassification.date == dt.date(2012, 11, 14)


def test_partial_extract_bare_dtg_mixed_case_month_03ISTANBUL1410() -> None:
    cable = cablegram.parse_cable(ISTANBUL1410)
    assert cable.date == dt.datetime(2003, 9, 24, 5, 49, tzinfo=dt.timezone.utc)
    assert cable.dtg.raw == "240549Z Sep 03"
    assert cable.reference_id == "03ISTANBUL1410"
    assert cable.wrapper[0].text.startswith("This record is a partial extract")


def test_banner_mark_doubled_first_letter_10ISLAMABAD428() -> None:
    cable = cablegram.parse_cable(ISLAMABAD428)
    assert cable.classification is Classification.SECRET
    assert cable.banner.classification_raw == "SS E C R E T"
    assert cable.reference_id == "10ISLAMABAD428"
    assert "banner-typo" in _codes(cable)


def test_text_of_another_cable_under_this_header_06AMMAN3564() -> None:
    # The page's header is AMMAN #3564, its text PARIS 004247 (with the banner's
    # first letter lost).  The text decides the id; the mismatch is reported.
    cable = cablegram.parse_cable(AMMAN3564)
    assert cable.classification is Classification.CONFIDENTIAL
    assert cable.reference_id == "06PARIS4247"
    (warning,) = [d for d in cable.diagnostics if d.code == "banner-header-mismatch"]
    assert warning.severity is cablegram.Severity.WARNING
    assert "AMMAN #3564" in warning.message


def test_no_banner_id_from_fm_post_and_de_serial_09SANSALVADOR789() -> None:
    cable = cablegram.parse_cable(SANSALVADOR789)
    assert cable.banner is None
    assert cable.reference_id == "09SANSALVADOR789"
    assert {"banner-missing", "reference-id-from-de"} <= set(_codes(cable))
    assert cable.classification is Classification.SECRET  # from ZNY SSSSS


def test_redacted_banner_origin_taken_from_fm_10SHENYANG4() -> None:
    cable = cablegram.parse_cable(SHENYANG4)
    assert cable.banner.origin == "XXXXXXXXXXXX"
    assert cable.reference_id == "10SHENYANG4"
    assert "banner-origin-redacted" in _codes(cable)
    assert [c.name for c in cable.captions] == ["NOFORN", "SIPDIS"]


def test_cut_copy_then_full_copy_fields_merged_07MOSCOW3012() -> None:
    # The page cuts the text at "Classifie..." and repeats banner to TAGS in full;
    # the subject exists only in the cut copy.
    cable = cablegram.parse_cable(MOSCOW3012, year=2007)
    assert "header-truncated-copy" in _codes(cable)
    assert cable.subject.text == (
        "AMBASSADOR'S INTRODUCTORY MEETING WITH CENTRAL ELECTION COMMISSION CHAIRMAN CHUROV"
    )
    assert [t.code for t in cable.tags] == ["PGOV", "KDEM", "PHUM", "PINR", "RS"]
    assert cable.wrapper[0].text.startswith("C O N F I D E N T I A L SECTION 01 OF 02")
    assert cable.wrapper[0].text.rstrip().endswith("Classifie...")
    assert cable.paragraphs[-1].number == "1"
    assert cable.reference_id == "07MOSCOW3012"


def test_captions_before_handling_and_glued_eo_10TRIPOLI56() -> None:
    cable = cablegram.parse_cable(TRIPOLI56, year=2010)
    assert [c.name for c in cable.captions] == ["SENSITIVE", "SIPDIS"]
    assert [h.text for h in cable.handling] == ["STATE FOR NEA/MAG, HAITI TASK FORCE ONE"]
    assert cable.declassification.not_applicable
    assert [r.cable_id for r in cable.references] == ["10STATE4854"]


def test_captions_run_together_10LONDON255() -> None:
    cable = cablegram.parse_cable(LONDON255, year=2010)
    assert cable.reference_id == "10LONDON255"
    assert [c.name for c in cable.captions] == ["NOFORN", "SIPDIS"]
    assert [h.text for h in cable.handling] == ["PLEASE PASS TO EEB/TRA"]
    assert cable.declassification.date == dt.date(2020, 2, 3)
    assert [t.code for t in cable.tags] == ["EAIR", "ECON", "EU", "SENV", "SP", "UK"]
    c = cable.classified_by
    assert (c.name, c.reason_letters) == ("Kathleen Doherty", ("b", "d"))


def test_captions_at_end_of_handling_line_06SAOPAULO357() -> None:
    cable = cablegram.parse_cable(SAOPAULO357, year=2006)
    assert [c.name for c in cable.captions] == ["SIPDIS", "SENSITIVE", "SIPDIS"]
    assert cable.handling[-1].text == "DEPT OF TREASURY FOR FPARODI DOL FOR ILAB MMITTELHAUSER"
    assert len(cable.handling) == 6


def test_subject_from_mail_wrapper_09TRIPOLI63() -> None:
    # no SUBJECT line in the cable; the embassy mail wrapper gives it, and the
    # transmission header after the wrapper is read
    cable = cablegram.parse_cable(TRIPOLI63)
    assert cable.subject.text == (
        "RISKY BUSINESS? AMERICAN CONSTRUCTION FIRM ENTERS JOINT VENTURE WITH GOL"
    )
    assert "subject-from-wrapper" in _codes(cable)
    assert cable.reference_id == "09TRIPOLI63"
    assert cable.transmission.station.serial == "0063"
    assert cable.origin.address == "AMEMBASSY TRIPOLI"
    assert cable.wrapper[0].text.startswith("From: CBPC, EACTAPP")
    assert cable.wrapper[0].text.endswith("[8466936]\n\nCONFIDENTIAL")


def test_department_mail_wrapper_around_post_copy_09DOHA214() -> None:
    # The mail wrapper's first line runs on to "Results"; the post's copy (5-digit
    # banner, CXDOHA: distribution block, APPROVED/DRAFTED/CLEARED) comes before the
    # transmission header, which is the cable's.
    cable = cablegram.parse_cable(DOHA214)
    (block,) = cable.wrapper
    assert block.text.startswith("Stephen H Rogerson  12/02/2009 11:08:08 AM  From  DB/Inbox:")
    assert block.text.endswith("CLEARED: P/E: DFABRYCKY, P/E: RICE, DCM: MRATNEY")
    assert "post-copy-wrapper" in _codes(cable)
    assert cable.transmission.transmission_id.value == "VZCZCDOI550"
    assert cable.date == dt.datetime(2009, 3, 26, 13, 41, tzinfo=dt.timezone.utc)
    assert cable.origin.address == "AMEMBASSY DOHA"
    assert len(cable.info_recipients) == 7
    assert (cable.banner.section.number, cable.banner.serial) == (1, "000214")
    assert cable.reference_id == "09DOHA214"
    assert cable.subject.text == "QATAR: 2009 CI/KR RESPONSE FOR S/CT"
    assert cable.classified_by.name == "LeBaron"
    assert uncovered(cable) == []


# 08TRIPOLI686, lines 1-16: an embassy mail wrapper whose subject is glued before From:
TRIPOLI686 = """TRIPOLI 00000686 R UN 02-SEP-08 LIBYA FURTHER PRIVATIZES FUEL DISTRIBUTION\
 [7982233]From: CBPC, EACTAPP [EACTAPP@state.sgov.gov]
Sent: Tuesday, September 02, 2008 5:33 PM
To: EACTTripoli
Subject: TRIPOLI 00000686 R UN 02-SEP-08 LIBYA FURTHER PRIVATIZES FUEL DISTRIBUTION\
 [7982233]

UNCLAS

VZCZCXRO3309
RR RUEHTRO
DE RUEHTRO #0686 2461508
ZNR UUUUU ZZH
R 021508Z SEP 08
FM AMEMBASSY TRIPOLI
TO RUEHC/SECSTATE WASHDC 3843
INFO RUCPDOC/DEPT OF COMMERCE WASHINGTON DC
RHMFIUU/DEPT OF ENERGY WASHINGTON DC
"""

# 08TRIPOLI126, lines 1-16: the same wrapper starting at Sent:
TRIPOLI126 = """Sent: Monday, February 18, 2008 9:42 PM
To: EACTTripoli(Main State Room 2530)
Subject: TRIPOLI 00000126 R UN 18-FEB-08 WAHDA BANK PRIVATIZATION BID
WON BY JORDAN-BASED ARAB BANK [7039621]

UNCLAS

VZCZCXRO0782
RR RUEHTRO
DE RUEHTRO #0126 0491942
ZNR UUUUU ZZH
R 181942Z FEB 08
FM AMEMBASSY TRIPOLI
TO RUEHC/SECSTATE WASHDC 3095
INFO RUCPDOC/DEPT OF COMMERCE WASHINGTON DC
RUEATRS/DEPT OF TREASURY WASHINGTON DC
"""

# 09TRIPOLI14, lines 1-9: a printout's "Telegram" glued to the heading
TRIPOLI14 = """TelegramUNCLASSIFIED   TRIPOLI   00000014
VZCZCXRO4145
PP RUEHTRO
DE RUEHTRO #0014 0111527
ZNR UUUUU ZZH
P R 111527Z JAN 09
FM AMEMBASSY TRIPOLI
TO RUEHC/SECSTATE WASHDC PRIORITY 4306
INFO RUEHEG/AMEMBASSY CAIRO 1373
"""


def test_mail_wrapper_subject_glued_to_from_08TRIPOLI686_08TRIPOLI126() -> None:
    for text, day, serial in ((TRIPOLI686, 2, "0686"), (TRIPOLI126, 18, "0126")):
        cable = cablegram.parse_cable(text)
        assert cable.dtg is not None and cable.dtg.value.day == day
        assert cable.origin is not None and cable.origin.address == "AMEMBASSY TRIPOLI"
        assert cable.transmission is not None
        assert cable.wrapper and cable.wrapper[0].text.splitlines()[-1] == "UNCLAS"
        assert serial in cable.wrapper[0].text


def test_telegram_glued_to_the_heading_09TRIPOLI14() -> None:
    cable = cablegram.parse_cable(TRIPOLI14)
    assert cable.dtg is not None and cable.dtg.value.day == 11
    assert [w.text for w in cable.wrapper] == ["TelegramUNCLASSIFIED   TRIPOLI   00000014"]
    assert [d.code for d in cable.diagnostics if d.code == "heading-before-header"]


# 08KABUL3025, lines 1-53: a copy cut after its TAGS line, the cable's record dump,
# then the whole header again
KABUL3025 = """VZCZCXRO5683
RR RUEHPW
DE RUEHBUL #3025/01 3251310
ZNR UUUUU ZZH
R 201310Z NOV 08
FM AMEMBASSY KABUL
TO RUEHC/SECSTATE WASHDC 6183
INFO RUCNAFG/AFGHANISTAN COLLECTIVE
RUEKJCS/OSD WASHINGTON DC
RUEKJCS/JOINT STAFF WASHINGTON DC
RHMFIUU/HQ USCENTCOM MACDILL AFB FL
RHEHAAA/NATIONAL SECURITY COUNCIL WASHINGTON DC
RUEAIIA/CIA WASHINGTON DC
RHEFDIA/DIA WASHINGTON DC

UNCLAS SECTION 01 OF 02 KABUL 003025

DEPARTMENT FOR SCA/FO, SCA/A, EUR/RPM
STATE PASS TO AID FOR ASIA/SCAA
NSC FOR WOOD
OSD FOR WILKES
CENTCOM FOR CG CSTC-A, CG CJTF-101 POLAD

SENSITIVE
SIPDIS

E.O. 12958: N/A
TAGS: PGOV PREL ETRD EFIN AF

179235
2008-11-20
08KABUL3025

Embassy Kabul
UNCLASSIFIED//FOR OFFICIAL USE ONLY
08KABUL841
UNCLAS SECTION 01 OF 02 KABUL 003025
DEPARTMENT FOR SCA/FO, SCA/A, EUR/RPM
STATE PASS TO AID FOR ASIA/SCAA
NSC FOR WOOD
OSD FOR WILKES
CENTCOM FOR CG CSTC-A, CG CJTF-101 POLAD
SENSITIVE
SIPDIS
E.O. 12958: N/A

TAGS: PGOV PREL ETRD EFIN AF

SUBJECT: KUNDUZ GOVERNOR NERVOUS AS SECURITY TRENDS NEGATIVE

REF: KABUL 841

¶1. (SBU) SUMMARY: Although the violence in Kunduz Province has not
"""


def test_cut_copy_ended_by_its_own_record_dump_08KABUL3025() -> None:
    cable = cablegram.parse_cable(KABUL3025)
    assert cable.subject is not None
    assert cable.subject.text == "KUNDUZ GOVERNOR NERVOUS AS SECURITY TRENDS NEGATIVE"
    assert [r.cable_id for r in cable.references] == ["08KABUL841"]
    assert cable.paragraphs[0].text.startswith("SUMMARY: Although the violence")
    (cut,) = [w for w in cable.wrapper if "179235" in w.text]
    assert cut.text.startswith("UNCLAS SECTION 01 OF 02 KABUL 003025")
    assert "header-truncated-copy" in [d.code for d in cable.diagnostics]
    assert not uncovered(cable)


# 07LIMA1862, lines 20-84: a copy cut inside its REF list ("LIMA 4968 (0.."), the
# cable's "key: value" record, then the whole header again
LIMA1862 = """UNCLAS LIMA 001862

SIPDIS

SENSITIVE
SIPDIS

E.O. 12958: N/A
TAGS: PTER PGOV PINR SNAR PE
SUBJECT: CLOCK TICKING FOR GARCIA IN THE HIGHLANDS

REF: A. LIMA 4516 (06)

     ¶B. LIMA 248 (06)
     ¶C. LIMA 37 (05)
     ¶D. LIMA 4968 (0..
id: 109673
date: 5/24/2007 17:21
refid: 07LIMA1862
origin: Embassy Lima
classification: UNCLASSIFIED//FOR OFFICIAL USE ONLY
destination: 07LIMA4516
header:
VZCZCXYZ0000
PP RUEHWEB

DE RUEHPE #1862/01 1441721
ZNR UUUUU ZZH
P 241721Z MAY 07
FM AMEMBASSY LIMA
TO RUEHC/SECSTATE WASHDC PRIORITY 5592
INFO RUEHBO/AMEMBASSY BOGOTA 4682
RUEHBR/AMEMBASSY BRASILIA 7353
RUEHCV/AMEMBASSY CARACAS 0417
RUEHLP/AMEMBASSY LA PAZ MAY QUITO 1231
RUEHSG/AMEMBASSY SANTIAGO 1294
RUEAIIA/CIA WASHDC
RHMFIUU/CDR USSOUTHCOM MIAMI FL
RUEABND/DEA HQS WASHDC
RHEFDIA/DIA WASHDC
RHEHOND/DIRONDCP WASHDC


----------------- header ends ----------------

UNCLAS LIMA 001862

SIPDIS

SENSITIVE
SIPDIS

E.O. 12958: N/A
TAGS: PTER PGOV PINR SNAR PE
SUBJECT: CLOCK TICKING FOR GARCIA IN THE HIGHLANDS

REF: A. LIMA 4516 (06)

     ¶B. LIMA 248 (06)
     ¶C. LIMA 37 (05)
     ¶D. LIMA 4968 (03)

--------
Summary:
--------
"""


def test_cut_copy_ended_by_its_own_record_07LIMA1862() -> None:
    cable = cablegram.parse_cable(LIMA1862, year=2007)
    assert [(r.letter, r.cable_id) for r in cable.references] == [
        ("A", "06LIMA4516"),
        ("B", "06LIMA248"),
        ("C", "05LIMA37"),
        ("D", "03LIMA4968"),
    ]
    (cut,) = [w for w in cable.wrapper if "refid: 07LIMA1862" in w.text]
    assert cut.text.startswith("UNCLAS LIMA 001862")
    assert "header-truncated-copy" in [d.code for d in cable.diagnostics]
    assert not uncovered(cable)


# -- the date line of a newspaper's cable page ----------------------------------------
# Partial extracts and flattened datasets copied from a newspaper's cable pages open
# with the page's date line, which is the DTG's day and time: "Monday, 26 July 2004,
# 07:22" over the banner (8 development cables), or glued to it when the newlines
# are lost (5 flattened renderings). Excerpts verbatim (04DUBLIN1101, lines 1-12 cut
# after the Classified By line; 09BAKU478's rendering, its first 174 characters).
DUBLIN1101 = """This record is a partial extract of the original cable. The full text of the \
original cable is not available.

Monday, 26 July 2004, 07:22
C O N F I D E N T I A L SECTION 01 OF 02 DUBLIN 001101
SIPDIS
DEPT FOR S/P AND EUR/UBI; NSC FOR VOLKER
EO 12958 DECL: 07/07/2014
TAGS EI, PGOV, PINR, PREL, PTER, UK, EUN, NIPP
SUBJECT: NORTHERN IRELAND - IRISH PM TELLS SPECIAL ENVOY
REISS THAT IRISH AND BRITS READY FOR ONE FINAL PUSH TO CLOSE A DEAL
REF: LONDON 4943
Classified By: AMBASSADOR JAMES KENNY PER 1.4 (B) AND (D)
"""
BAKU478_FLATTENED = (
    "Friday, 12 June 2009, 12:11S E C R E T SECTION 01 OF 03 BAKU 000478 SIPDIS EO 12958 "
    "DECL: 06/03/2019 TAGS PREL, PTER, SNAR, ENRG, ELTN, AJ, PK, TU, TX, IR BAKU 00000478  "
    "001.2 OF 003 SUBJECT: IRAN VIEW FROM BAKU: VIOLENCE IN BALUCHISTAN"
)


def test_page_date_line_dates_a_partial_extract_04DUBLIN1101() -> None:
    cable = cablegram.parse_cable(DUBLIN1101)
    assert cable.date == dt.datetime(2004, 7, 26, 7, 22, tzinfo=dt.timezone.utc)
    assert cable.date_source is DateSource.WRAPPER
    assert cable.date_precision is DatePrecision.MINUTE
    assert cable.reference_id == "04DUBLIN1101"
    codes = [d.code for d in cable.diagnostics]
    assert "date-from-wrapper" in codes and "dtg-missing" not in codes
    assert "Monday, 26 July 2004, 07:22" in [w.text for w in cable.wrapper]


def test_page_date_line_glued_to_the_banner_09BAKU478_flattened() -> None:
    cable = cablegram.parse_cable(BAKU478_FLATTENED)
    assert cable.date == dt.datetime(2009, 6, 12, 12, 11, tzinfo=dt.timezone.utc)
    assert cable.reference_id == "09BAKU478"
    # without the line the id still comes from the release's index, but no date
    bare = cablegram.parse_cable(BAKU478_FLATTENED.replace("Friday, 12 June 2009, 12:11", ""))
    assert bare.date is None


def test_page_date_line_with_the_wrong_weekday_is_no_date() -> None:
    # altered: 26 July 2004 was a Monday, so a "Sunday" line is not that day's
    cable = cablegram.parse_cable(DUBLIN1101.replace("Monday, 26", "Sunday, 26"))
    assert cable.date is None
    assert cable.date_source is None
