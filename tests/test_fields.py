"""Field-by-field tests on small snippets copied from real Cablegate cables.

Each test is named after the cable its snippet comes from and checks one variant of one
field: the exact value and, where a token is read from the text, that the span points at it.

Every fixture is verbatim text of the cable in the shared corpus (``cablegate/<ID>.txt``):
the comment above it gives the line numbers, trailing blanks are stripped, a backslash at
the end of a source line joins it to the next (so the string still holds the real line), and
any real line cut short (at a word boundary) is named in the comment. Fixtures damaged on
purpose for the strict/lenient tests are built from a real one with ``.replace``.
"""

from __future__ import annotations

import datetime as dt

import pytest

import cablegram
from cablegram import (
    CableSyntaxError,
    Classification,
    Precedence,
    ReferenceKind,
    Span,
    TagKind,
)
from cablegram.check.coverage import uncovered

UTC = dt.timezone.utc


def src(text: str, obj: object) -> str:
    span = obj.span  # type: ignore[attr-defined]
    return text[span.start : span.end]


# ------------------------------------------------------------------ DE line (FL3)

# 07CAIRO1417, lines 1-32.
CAIRO1417 = """VZCZCXYZ0000
RR RUEHWEB

DE RUEHEGA #1417 1341423
ZNY CCCCC ZZH ZUI RUEWMCF7023 1341432
R 141423Z MAY 07
FM AMEMBASSY CAIRO
TO RUEHC/SECSTATE WASHDC0000
INFO ARAB ISRAELI COLLECTIVE
ARAB LEAGUE COLLECTIVE

C O N F I D E N T I A L CAIRO 001417

SIPDIS

SIPDIS

NSC FOR WATERS

E.O. 12958: DECL: 05/13/2017
TAGS: PREL PGOV KDEM EG
SUBJECT: PRESIDENTIAL SUCCESSION IN EGYPT

REF: A. CAIRO 671
\u00b6B. CAIRO 974
\u00b6C. 2006 CAIRO 2010

CLASSIFIED BY: AMBASSADOR FRANCIS J. RICCIARDONE,
FOR REASONS 1.4 (B) AND (D).

\u00b61. (C) SUMMARY AND INTRODUCTION: PRESIDENTIAL SUCCESSION IS
THE ELEPHANT IN THE ROOM OF EGYPTIAN POLITICS. DESPITE
"""


def test_de_line_without_part_07CAIRO1417() -> None:
    cable = cablegram.parse_cable(CAIRO1417)
    st = cable.transmission.station
    assert (st.station, st.serial, st.part, st.julian_day, st.time) == (
        "RUEHEGA",
        "1417",
        None,
        134,
        "1423",
    )
    assert src(CAIRO1417, st) == "DE RUEHEGA #1417 1341423"


# 06BEIRUT2703, lines 1-34.
BEIRUT2703 = """VZCZCXRO5344
OO RUEHAG RUEHBC RUEHDE RUEHKUK
DE RUEHLB #2703/01 2321519
ZNY SSSSS ZZH
O 201519Z AUG 06 ZDK
FM AMEMBASSY BEIRUT
TO RUEHC/SECSTATE WASHDC IMMEDIATE 5153
INFO RUEHEE/ARAB LEAGUE COLLECTIVE PRIORITY
RUCNMEM/EU MEMBER STATES COLLECTIVE PRIORITY
RHMFISS/CDR USCENTCOM MACDILL AFB FL PRIORITY
RHEHNSC/NSC WASHDC PRIORITY
RUEHNO/USMISSION USNATO PRIORITY 0130

S E C R E T SECTION 01 OF 03 BEIRUT 002703

SIPDIS

NOFORN
SIPDIS

NSC FOR ABRAMS/DORAN/SINGH/HARDING

E.O. 12958: DECL: 08/20/2026
TAGS: PREL KCRM PTER EFIN LE SY IS
SUBJECT: BRAINSTORMING WITH MARWAN AND NAYLA: HAVE KOFI
BRING NICOLAS MICHEL WITH HIM

Classified By: Jeffrey Feltman, Ambassador, per 1.4 (b) and (d).

SUMMARY
-------

\u00b61.  (S/NF)  Meeting together with the Ambassador on 8/20,
Marwan Hamadeh and Nayla Mouawad urged that Kofi Annan bring
"""


def test_de_line_with_part_06BEIRUT2703() -> None:
    cable = cablegram.parse_cable(BEIRUT2703)
    st = cable.transmission.station
    assert (st.station, st.serial, st.part, st.julian_day, st.time) == (
        "RUEHLB",
        "2703",
        "01",
        232,
        "1519",
    )
    assert "#2703/01" in src(BEIRUT2703, st)


# ------------------------------------------------------------ security line (FL4)

# 07TRIPOLI1055, lines 1-26.
TRIPOLI1055 = """VZCZCXRO8700
OO RUEHTRO
DE RUEHTRO #1055 3570934
ZNR UUUUU ZZH
O R 230934Z DEC 07
FM AMEMBASSY TRIPOLI
TO RUEHC/SECSTATE WASHDC IMMEDIATE 2948
INFO RUEHTRO/AMEMBASSY TRIPOLI 3388

UNCLAS TRIPOLI 001055

SIPDIS

SENSITIVE
SIPDIS

DEPT FOR NEA/RA

E.O. 12958: N/A
TAGS: KBCT PHUM AL ABLD ECON AMGT ASUP AFIN PREL LY
SUBJECT: LIBYA: SECTION 565 WAIVER OF PROHIBITION AGAINST CONTRACTING
WITH FIRMS COMPLYING WITH AL BOYCOTT REF: A) STATE 166398, B) 06 TRIPOLI 623, C) TRIPOLI 972

1.(SBU) The Government of Libya (GOL) does not maintain diplomatic relations with Israel. Local \
firms are required by national law to comply with the boycott, and would therefore not be able to \
sign the required U.S. certification without exposing themselves to civil and/or criminal \
penalties. Post accordingly requests a waiver of of the Arab League boycott certification.

2.(SBU) Post continues to raise the Arab League boycott issue in its meetings with the Ministry \
of Foreign Affairs and the Ministry of Economy and Trade. Most recently, in the fall, the Charge' \
pressed the MFA's Secretary for the Americas on the issue, noting that AL boycott language in \
Libyan contracts would undermine GOL efforts to attract U.S. business. The MFA official replied \
that the GOL and private entities are compelled by Libyan law stemming from the AL resolution to \
include language requiring compliance with the AL boycott
"""


def test_security_line_znr_uuuuu_07TRIPOLI1055() -> None:
    cable = cablegram.parse_cable(TRIPOLI1055)
    sec = cable.transmission.security
    assert (sec.signal, sec.characters, sec.signals) == ("ZNR", "UUUUU", ("ZZH",))
    assert sec.classification is Classification.UNCLASSIFIED
    assert src(TRIPOLI1055, sec) == "ZNR UUUUU ZZH"


def test_security_line_zny_sssss_06BEIRUT2703() -> None:
    cable = cablegram.parse_cable(BEIRUT2703)
    sec = cable.transmission.security
    assert (sec.signal, sec.characters, sec.signals) == ("ZNY", "SSSSS", ("ZZH",))
    assert sec.classification is Classification.SECRET
    assert cable.classification is Classification.SECRET


# 05REYKJAVIK520, lines 1-34.
REYKJAVIK520 = """VZCZCXYZ0004
PP RUEHWEB

DE RUEHRK #0520/01 3541612
ZNR UUUUU ZZH (CCY ADX723D5B MSI4387-623)
P 201612Z DEC 05
FM AMEMBASSY REYKJAVIK
TO RUEHC/SECSTATE WASHDC PRIORITY 2473
INFO RUEHNO/USMISSION USNATO 0164
RUEHNY/AMEMBASSY OSLO 0198
RUEHCP/AMEMBASSY COPENHAGEN 0273
RUCOPKB/COMICEDEFOR KEFLAVIK IC
RUCOPLF/NAS KEFLAVIK IC//NCIS//
REUILB/NCTC WASHINGTON DC

UNCLAS REYKJAVIK 000520

SIPDIS

SIPDIS
STATE FOR S/CT:RHONDA SHORE AND ED SALAZAR
OSLO FOR DATT
COPENHAGEN FOR LEGAT

C O R R E C T E D   C O P Y (PARAGRAPH 2 TEXT)

E.O. 12958: N/A
TAGS: PTER ASEC IC
SUBJECT:  ICELAND:  2005 COUNTRY REPORTS ON TERRORISM

REF:  STATE 193439 (NOTAL)
\u00b61.  The following text updates for 2005 the Iceland
country section of the 2004 Patterns of Global
Terrorism report:
"""


def test_security_line_parenthesised_note_05REYKJAVIK520() -> None:
    cable = cablegram.parse_cable(REYKJAVIK520)
    sec = cable.transmission.security
    assert sec.signals == ("ZZH", "(CCY ADX723D5B MSI4387-623)")
    assert sec.classification is Classification.UNCLASSIFIED
    assert "(CCY ADX723D5B MSI4387-623)" in src(REYKJAVIK520, sec)
    assert not cable.unparsed


def test_security_line_zui_signal_07CAIRO1417() -> None:
    cable = cablegram.parse_cable(CAIRO1417)
    sec = cable.transmission.security
    assert (sec.signal, sec.characters) == ("ZNY", "CCCCC")
    assert sec.signals[0] == "ZZH"
    assert " ".join(sec.signals[1:]) == "ZUI RUEWMCF7023 1341432"
    assert src(CAIRO1417, sec) == "ZNY CCCCC ZZH ZUI RUEWMCF7023 1341432"


# 08STATE88235, lines 1-24.
STATE88235 = """VZCZCXYZ0000
NN RUEHWEB

DE RUEHC #8235 2290841
ZNY CCCCC ZZH ZZK
O 160836Z AUG 08 ZFF4
FM SECSTATE WASHDC
TO RUEHHE/AMEMBASSY HELSINKI NIACT IMMEDIATE 0000
RUEHMO/AMEMBASSY MOSCOW NIACT IMMEDIATE 0000
RUEHFR/AMEMBASSY PARIS NIACT IMMEDIATE 0000
RUEHBS/USEU BRUSSELS IMMEDIATE
INFO RUEHVEN/USMISSION USOSCE IMMEDIATE 0000
RUEHSI/AMEMBASSY TBILISI IMMEDIATE 0000
RUEHNO/USMISSION USNATO IMMEDIATE 0000

C O N F I D E N T I A L STATE 088235

SIPDIS

E.O. 12958: DECL: 08/13/2018
TAGS: OSCE PREL PBTS GG RS
SUBJECT: TFGG01: ACTION REQUEST: DEMARCHE TO GAIN SUPPORT
FOR
ADDITIONAL OSCE MONITORS IN GEORGIA
"""


def test_security_line_zzk_on_niact_08STATE88235() -> None:
    cable = cablegram.parse_cable(STATE88235)
    sec = cable.transmission.security
    assert sec.signals == ("ZZH", "ZZK")
    assert cable.transmission.routing.digraph == "NN"


# ------------------------------------------------------------------- DTG (FL5)


def test_dtg_two_prosigns_07TRIPOLI1055() -> None:
    cable = cablegram.parse_cable(TRIPOLI1055)
    d = cable.dtg
    assert d.prosigns == ("O", "R")
    assert d.action_precedence is Precedence.IMMEDIATE
    assert d.info_precedence is Precedence.ROUTINE
    assert d.value == dt.datetime(2007, 12, 23, 9, 34, tzinfo=UTC)
    assert d.raw == "230934Z DEC 07"
    assert "O R 230934Z DEC 07" in src(TRIPOLI1055, d)


def test_dtg_trailing_zdk_06BEIRUT2703() -> None:
    cable = cablegram.parse_cable(BEIRUT2703)
    d = cable.dtg
    assert d.signals == ("ZDK",)
    assert d.value == dt.datetime(2006, 8, 20, 15, 19, tzinfo=UTC)
    assert src(BEIRUT2703, d).endswith("ZDK")


def test_dtg_trailing_zff4_and_niact_prosign_o_08STATE88235() -> None:
    cable = cablegram.parse_cable(STATE88235)
    d = cable.dtg
    assert d.signals == ("ZFF4",)
    assert d.prosigns == ("O",)
    assert d.action_precedence is Precedence.IMMEDIATE
    assert d.value == dt.datetime(2008, 8, 16, 8, 36, tzinfo=UTC)


# ------------------------------------------------------------------ addressees


def test_niact_immediate_addressees_08STATE88235() -> None:
    cable = cablegram.parse_cable(STATE88235)
    helsinki, moscow, paris, brussels = cable.recipients
    assert helsinki.routing_indicator == "RUEHHE"
    assert helsinki.address == "AMEMBASSY HELSINKI"
    assert helsinki.precedence is Precedence.NIACT_IMMEDIATE
    assert helsinki.number == "0000"
    assert src(STATE88235, helsinki).endswith("RUEHHE/AMEMBASSY HELSINKI NIACT IMMEDIATE 0000")
    assert moscow.precedence is Precedence.NIACT_IMMEDIATE
    assert (paris.routing_indicator, paris.address, paris.precedence) == (
        "RUEHFR",
        "AMEMBASSY PARIS",
        Precedence.NIACT_IMMEDIATE,
    )
    assert (brussels.address, brussels.precedence, brussels.number) == (
        "USEU BRUSSELS",
        Precedence.IMMEDIATE,
        None,
    )
    assert [a.address for a in cable.info_recipients] == [
        "USMISSION USOSCE",
        "AMEMBASSY TBILISI",
        "USMISSION USNATO",
    ]
    assert cable.origin.address == "SECSTATE WASHDC"


def test_addressee_number_glued_to_plad_07CAIRO1417() -> None:
    cable = cablegram.parse_cable(CAIRO1417)
    (to,) = cable.recipients
    assert (to.routing_indicator, to.address, to.number) == ("RUEHC", "SECSTATE WASHDC", "0000")


# 85BEIRUT1725, lines 1-21 (the whole cable; line 16 cut after its first sentence).
BEIRUT1725 = """R 201307Z MAR 85
FM AMEMBASSY BEIRUT
TO SECSTATE WASHDC 2276
INFO AMEMBASSY BERN

UNCLAS BEIRUT 01725 \\

E.O. 12356:DECL:OADR
TAGS: PTER PREL LE
SUBJECT:  FULL TEXT OF ISLAMIC JIHAD 17 MARCH STATEMENT

\u00b61.  AP PROVIDED EMBASSY WITH FULL TEXT OF ISLAMIC JIHAD STATEMENT AS TELEPHONED MARCH 17 TO \
REUTERS AND AFP.

\u00b62.  BEGIN TEXT:

"THE ISLAMIC JIHAD ORGANIZATION IN THE NAME OF GOD THE ALL MERCIFUL.
END TEXT.

\u00b63.  INDIVIDUAL TAKING CALL SAID IT WAS FROM THE "USUAL" MAN WHO CALLED, SPEAKING LEBANESE \
ACCENTED ARABIC, ABOUT 1900 ON MARCH 17.

BARTHOLOMEW
"""


def test_addressees_without_ri_85BEIRUT1725() -> None:
    cable = cablegram.parse_cable(BEIRUT1725)
    (to,) = cable.recipients
    assert (to.routing_indicator, to.address, to.number, to.precedence) == (
        None,
        "SECSTATE WASHDC",
        "2276",
        None,
    )
    assert src(BEIRUT1725, to).endswith("SECSTATE WASHDC 2276")
    (info,) = cable.info_recipients
    assert (info.routing_indicator, info.address) == (None, "AMEMBASSY BERN")
    assert cable.transmission is None or cable.transmission.station is None
    assert cable.reference_id == "85BEIRUT1725"


# 01STATE176819, lines 1-25.
STATE176819 = """P 110117Z OCT 01
FM SECSTATE WASHDC
TO AMEMBASSY PARIS PRIORITY
AMEMBASSY NEW DELHI PRIORITY
AMEMBASSY MOSCOW PRIORITY
AMEMBASSY TASHKENT PRIORITY
AMEMBASSY ANKARA PRIORITY
AMEMBASSY BERLIN PRIORITY
AMEMBASSY LONDON PRIORITY
AMEMBASSY ISLAMABAD PRIORITY
AMEMBASSY CANBERRA PRIORITY
AMEMBASSY TOKYO PRIORITY
AMEMBASSY ROME PRIORITY
AMEMBASSY BEIJING PRIORITY
AMEMBASSY DOHA PRIORITY
AMEMBASSY RIYADH PRIORITY
AMEMBASSY ASHGABAT PRIORITY
AMEMBASSY DUSHANBE PRIORITY
AMEMBASSY ALMATY PRIORITY
AMEMBASSY BISHKEK PRIORITY
INFO USMISSION USNATO PRIORITY
USMISSION USUN NEW YORK PRIORITY
AMCONSUL JEDDAH PRIORITY

C O N F I D E N T I A L STATE 176819
"""


def test_addressees_without_ri_with_precedence_01STATE176819() -> None:
    cable = cablegram.parse_cable(STATE176819)
    posts = ["PARIS", "NEW DELHI", "MOSCOW", "TASHKENT", "ANKARA", "BERLIN", "LONDON"]
    posts += ["ISLAMABAD", "CANBERRA", "TOKYO", "ROME", "BEIJING", "DOHA", "RIYADH"]
    posts += ["ASHGABAT", "DUSHANBE", "ALMATY", "BISHKEK"]
    assert [(a.routing_indicator, a.address, a.precedence) for a in cable.recipients] == [
        (None, f"AMEMBASSY {post}", Precedence.PRIORITY) for post in posts
    ]
    assert [a.address for a in cable.info_recipients] == [
        "USMISSION USNATO",
        "USMISSION USUN NEW YORK",
        "AMCONSUL JEDDAH",
    ]
    assert cable.reference_id == "01STATE176819"


def test_military_office_suffix_05REYKJAVIK520() -> None:
    cable = cablegram.parse_cable(REYKJAVIK520)
    nas = cable.info_recipients[4]
    assert (nas.routing_indicator, nas.address, nas.offices) == (
        "RUCOPLF",
        "NAS KEFLAVIK IC",
        ("NCIS",),
    )
    assert src(REYKJAVIK520, nas) == "RUCOPLF/NAS KEFLAVIK IC//NCIS//"
    assert cable.info_recipients[0].precedence is None
    assert cable.info_recipients[0].number == "0164"


# 09PARTO40301, lines 22-44 (the second, complete copy of the header and the body).
PARTO40301 = """VZCZCXRO9333
OO RUEHCD RUEHGD RUEHHO RUEHMC RUEHNG RUEHNL RUEHRD RUEHRS RUEHTM
DE RUCNAI #0003/01 0931728
ZNY CCCCC ZZH
O 031728Z APR 09
FM USDEL SECRETARY//MEXICO//
TO RUEHME/AMEMBASSY MEXICO IMMEDIATE
INFO RUEHC/SECSTATE WASHDC IMMEDIATE
RUEHXC/ALL US CONSULATES IN MEXICO COLLECTIVE PRIORITY
RHEHNSC/NSC WASHINGTON DC PRIORITY
RHEFHLC/DEPT OF HOMELAND SECURITY WASHINGTON DC PRIORITY
RUEHSP/AMEMBASSY PORT OF SPAIN PRIORITY
RUEKJCS/SECDEF WASHINGTON DC PRIORITY
RHMFISS/DEPT OF JUSTICE WASHINGTON DC PRIORITY

C O N F I D E N T I A L SECTION 01 OF 04 PARTO 040301

SIPDIS

E.O. 12958: DECL: 03/25/2019
TAGS: OVIP CLINTON HILLARY PREL SNAR MX
SUBJECT: (U)  Secretary Clinton's March 25 Conversation
with Mexican President Felipe Calderon
"""


def test_military_office_suffix_on_fm_09PARTO40301() -> None:
    cable = cablegram.parse_cable(PARTO40301)
    assert (cable.origin.address, cable.origin.offices) == ("USDEL SECRETARY", ("MEXICO",))
    assert src(PARTO40301, cable.origin).endswith("USDEL SECRETARY//MEXICO//")
    coll = cable.info_recipients[1]
    assert coll.collective is True
    assert coll.address == "ALL US CONSULATES IN MEXICO COLLECTIVE"
    assert cable.reference_id == "09PARTO40301"


# 07SANJOSE1106, lines 1-62.
SANJOSE1106 = """VZCZCXYZ0000
OO RUEHWEB

DE RUEHSJ #1106/01 1592238
ZNY CCCCC ZZH
O 082238Z JUN 07
FM AMEMBASSY SAN JOSE
TO RUEHC/SECSTATE WASHDC IMMEDIATE 8237
INFO RUEHZA/WHA CENTRAL AMERICAN COLLECTIVE PRIORITY
RUEHBJ/AMEMBASSY BEIJING PRIORITY 0127
RUEHIN/AIT TAIPEI PRIORITY 0069
XMT USSOCOM WO WASHINGTON DC

C O N F I D E N T I A L SAN JOSE 001106

SIPDIS

SIPDIS

DEPT FOR WHA/CEN, EAP, P AND D;
SOUTHCOM ALSO FOR FPA

E.O. 12958: DECL: 06/07/2017
TAGS: PREL PGOV TW XK CS
SUBJECT: COSTA RICA RECOGNIZES CHINA

REF: TAIPEI 001283 AND PREVIOUS

Classified By: ADCM Laurie Weitzenkorn per 1.4 (d).

\u00b61.  (C)  SUMMARY: On June 6, Costa Rica announced normalized
relations with China, ending ties with Taiwan dating back to
\u00b61944.  President Arias said the decision was based on
"fundamental realism," and he expressed hope that informal
relations could be retained with Taipei.  The announcement
capped months of secret negotiations, including a visit to
Beijing by Foreign Minister Stagno and Treasury Minister
Zuniga to sign an agreement on June 1.  The Taiwanese Embassy
here responded swiftly and negatively, lodging a strong
protest and ending all assistance.  Editorial and media
coverage has emphasized the prospective trade benefits,
recognized the long-term logic of improved ties with China,
and defended the GOCR's "soverign"decision, but criticized
Arias and Stagno for "lying" to the media about the
negotiations.  Behind the scenes, GOC officials sympathetic
to Taiwan or whose ministries depended on Taiwanese
assistance, specially Minister of Public Security Berrocal,
are very concerned about the short/no-notice (to them)
decision and the way it was made.  In our view, Arias's
decision is consistent with foreign policy he outlines in his
inaugural address;  may help Costa Rica gain the UNSC seat it
desperately wants for 2008-9, and was no doubt fueled by a
large (USD 430 million) air package the GOCR could not
refuse.  The fact that a very small circle of senior
officials around Arias were involved underscores that on
major foreign policy issues, he continues to call the shots.
END SUMMARY.

RUSH ANNOUNCEMENT CAPS SECRET NEGOTIATIONS
==========================================

\u00b62.  (U)  In a press conference on June 6, President Oscar
"""


def test_xmt_excluded_addressee_07SANJOSE1106() -> None:
    cable = cablegram.parse_cable(SANJOSE1106)
    assert [a.address for a in cable.excluded] == ["USSOCOM WO WASHINGTON DC"]
    assert src(SANJOSE1106, cable.excluded[0]).endswith("USSOCOM WO WASHINGTON DC")
    assert [a.address for a in cable.info_recipients] == [
        "WHA CENTRAL AMERICAN COLLECTIVE",
        "AMEMBASSY BEIJING",
        "AIT TAIPEI",
    ]


# ---------------------------------------------------------------------- banner


def test_banner_spaced_confidential_07CAIRO1417() -> None:
    cable = cablegram.parse_cable(CAIRO1417)
    b = cable.banner
    assert (b.classification, b.classification_raw, b.section, b.origin, b.serial) == (
        Classification.CONFIDENTIAL,
        "C O N F I D E N T I A L",
        None,
        "CAIRO",
        "001417",
    )
    assert src(CAIRO1417, b).startswith("C O N F I D E N T I A L CAIRO 001417")
    assert cable.reference_id == "07CAIRO1417"


# 04MADRID4827, lines 1-12 (line 1 is the archive's partial-extract note; no banner).
MADRID4827 = (
    "This record is a partial extract of the original cable. The full text of the original"
    " cable is not available.\n"
    """
SIPDIS

E.O. 12958: DECL: 12/22/2014
TAGS: PREL CU SP
SUBJECT: LOCAL NGO PRESSURES SPAIN ON CUBA HUMAN RIGHTS

Classified By: Political officer Ricardo Zuniga; reason 1.4 (D)

\u00b61. (C) Summary.  On 12/21, Poloff met with Rafael Rubio, head
of the Spanish NGO "Cuba en Transicion" (Cuba in Transition),
"""
)

# 08STATE43817, lines 1-22 (lower-cased by the archive; no banner, no security line).
STATE43817 = """O 250101Z APR 08
FM SECSTATE WASHDC
TO ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE IMMEDIATE
AMEMBASSY TRIPOLI IMMEDIATE

Sipdis


Sensitive

E.o. 12958: n/a
Tags: knnp, dprk, sy, iaea, parm, prel

Subject: syria's clandestine nuclear program

\u00b61. (U) This is an action request. Please see para 3.

-------
summary
-------

\u00b62. (SBU) On September 6, 2007, > destroyed a
"""


def test_classification_from_portion_marks_without_banner_04MADRID4827() -> None:
    cable = cablegram.parse_cable(MADRID4827)
    assert cable.banner is None
    assert cable.classification is Classification.CONFIDENTIAL
    found = [d for d in cable.diagnostics if d.code == "classification-from-markings"]
    assert len(found) == 1
    assert src(MADRID4827, found[0]) == "(C)"
    assert "banner-missing" in [d.code for d in cable.diagnostics]


def test_classification_highest_portion_mark_wins_08STATE43817() -> None:
    cable = cablegram.parse_cable(STATE43817)
    assert (cable.banner, cable.transmission) == (None, None)
    # (U) then (SBU): both unclassified; the Sensitive caption stays a caption.
    assert cable.classification is Classification.UNCLASSIFIED
    assert [c.name for c in cable.captions] == ["SIPDIS", "SENSITIVE"]
    secret = STATE43817.replace("(SBU)", "(S)")
    assert cablegram.parse_cable(secret).classification is Classification.SECRET


def test_classification_none_without_banner_or_marks_04MADRID4827() -> None:
    unmarked = MADRID4827.replace("(C) ", "")
    cable = cablegram.parse_cable(unmarked)
    assert cable.classification is None
    assert "classification-from-markings" not in [d.code for d in cable.diagnostics]


# 09TRIPOLI868, lines 19-29 (line 29 cut after "October 26").
TRIPOLI868 = """UNCLAS SECTION 01 OF 02 TRIPOLI 000868

NOFORN SIPDIS

DEPT FOR NEA/MAG E.O. 12958: N/A

TAGS: PREL PGOV LY UN

SUBJECT: FOREIGN MINISTER REQUESTS INVESTIGATION INTO ALLEGED U.S. MISTREATMENT OF \
SENIOR LIBYAN OFFICIAL TRIPOLI 00000868 001.2 OF 002

1.(S/NF) Summary: Foreign Minister Musa Kusa summoned the Ambassador to his office October 26
"""


def test_banner_wins_over_higher_portion_marks_09TRIPOLI868() -> None:
    # An UNCLAS banner over (S/NF) paragraphs: the banner is what the cable says.
    cable = cablegram.parse_cable(TRIPOLI868)
    assert cable.paragraphs[0].marking.level == "S"
    assert cable.classification is Classification.UNCLASSIFIED
    assert "classification-from-markings" not in [d.code for d in cable.diagnostics]


def test_banner_unclas_05REYKJAVIK520() -> None:
    cable = cablegram.parse_cable(REYKJAVIK520)
    b = cable.banner
    assert (b.classification, b.origin, b.serial) == (
        Classification.UNCLASSIFIED,
        "REYKJAVIK",
        "000520",
    )
    assert cable.reference_id == "05REYKJAVIK520"


def test_banner_section_01_of_03_06BEIRUT2703() -> None:
    cable = cablegram.parse_cable(BEIRUT2703)
    b = cable.banner
    assert (b.section.number, b.section.total) == (1, 3)
    assert src(BEIRUT2703, b.section) == "SECTION 01 OF 03"
    assert (b.origin, b.serial) == ("BEIRUT", "002703")
    assert cable.reference_id == "06BEIRUT2703"


# 08EFTOLONDON2883, lines 1-27 (the whole cable; line 24 cut after its first sentence).
EFTOLONDON2883 = """VZCZCXRO2959
PP RUEHROV
DE RUEHLO #2883 3221602
ZNY EEEEE ZZH
P 171602Z NOV 08
FM AMEMBASSY LONDON
TO RUEHC/SECSTATE WASHDC PRIORITY 0434
INFO RUCNFUR/DARFUR COLLECTIVE PRIORITY
RUEHNJ/AMEMBASSY NDJAMENA PRIORITY 0105
RUEHFR/AMEMBASSY PARIS PRIORITY 3317
RUEHBS/USEU BRUSSELS PRIORITY
RUCNDT/USMISSION USUN NEW YORK PRIORITY 1309

UNCLAS E F T O LONDON 002883

NOFORN
SENSITIVE
SIPDIS

E.O. 12958: DECL: 11/17/2018
TAGS: PREL KPKO MASS PINR CD CT SU FR UK
SUBJECT: MINURCAT/EUFOR: EARLY UK VIEWS ON THE MANDATE

\u00b61. (SBU/NF) Foreign Office contacts have informallly told us that the UK continues to \
question the need for a United Nations peacekeeping presence in the Central Africa Republic (CAR) \
and plans to advocate for the smallest force possible in the extension of the MINURCAT mandate, \
even as the UN force takes on EUFOR's responsibilities.

\u00b62. (SBU/NF) While HMG does not see a compelling reason for the PKO to continue in CAR, it \
is fully supportive of its role in Chad.  Under its "evidence-based approach to peacekeeping," \
HMG wants the MINURCAT renewal to have a clear mandate, including an exit strategy based on \
long-term planning.  The UK would like to see a greater emphasis on rule of law and less rebel \
chasing.  The main problem at present is banditry, and the UN operation should focus on \
establishing systems that bring the bandits to justice.  HMG welcomes greater P-3 coordination in \
the run-up to the MINURCAT mandate renewal.   Visit London's Classified Website: XXXXXXXXXXXX
TUTTLE
"""


def test_banner_unclas_efto_spaced_08EFTOLONDON2883() -> None:
    cable = cablegram.parse_cable(EFTOLONDON2883)
    b = cable.banner
    assert (b.classification, b.origin, b.serial) == (
        Classification.UNCLAS_EFTO,
        "LONDON",
        "002883",
    )
    assert cable.transmission.security.classification is Classification.UNCLAS_EFTO
    # WikiLeaks' id is the malformed 08EFTOLONDON2883; the real one has no EFTO.
    assert cable.reference_id == "08LONDON2883"
    assert cablegram.canonical_id("08EFTOLONDON2883") == "08LONDON2883"


# 08BERLIN643, lines 1-27.
BERLIN643 = """VZCZCXRO6021
PP RUEHDE
DE RUEHRL #0643 1371014
ZNY SSSSS ZZH
P 161014Z MAY 08
FM AMEMBASSY BERLIN
TO RUEHC/SECSTATE WASHDC PRIORITY 1230
INFO RUCNFRG/FRG COLLECTIVE
RUEHAD/AMEMBASSY ABU DHABI 0151
RUEHBM/AMEMBASSY BUCHAREST 0195
RUEHVB/AMEMBASSY ZAGREB 0154
RUEHDE/AMCONSUL DUBAI 0105

S e c r e t berlin 000643

Sipdis, isn/mtr, eur/ags and eur/pra

E.o. 12958: decl: 05/16/2033
Tags: parm, prel, ettc, mtcre, ksca, ir, gm
Subject: (s) germany requests information concerning
iranian procurement of xxxxxxxxxxxx test chamber

Ref: a. 07 state 75839
b. State 15220
c. Berlin 195
d. State 40087
e. Berlin 511
"""


def test_banner_lower_case_08BERLIN643() -> None:
    cable = cablegram.parse_cable(BERLIN643)
    b = cable.banner
    assert b.classification is Classification.SECRET
    assert b.classification_raw == "S e c r e t"
    assert b.serial == "000643"
    assert src(BERLIN643, b).startswith("S e c r e t berlin 000643")
    assert cable.reference_id == "08BERLIN643"


def test_banner_lower_case_origin_kept_as_written_08BERLIN643() -> None:
    assert cablegram.parse_cable(BERLIN643).banner.origin == "berlin"


# -------------------------------------------------------------------- captions


def test_captions_noforn_sensitive_sipdis_08EFTOLONDON2883() -> None:
    cable = cablegram.parse_cable(EFTOLONDON2883)
    assert [(c.name, c.known) for c in cable.captions] == [
        ("NOFORN", True),
        ("SENSITIVE", True),
        ("SIPDIS", True),
    ]
    assert [src(EFTOLONDON2883, c) for c in cable.captions] == ["NOFORN", "SENSITIVE", "SIPDIS"]


def test_captions_sipdis_twice_sensitive_between_07TRIPOLI1055() -> None:
    cable = cablegram.parse_cable(TRIPOLI1055)
    assert [c.name for c in cable.captions] == ["SIPDIS", "SENSITIVE", "SIPDIS"]
    assert [h.text for h in cable.handling] == ["DEPT FOR NEA/RA"]


def test_caption_corrected_copy_with_note_05REYKJAVIK520() -> None:
    cable = cablegram.parse_cable(REYKJAVIK520)
    corrected = [c for c in cable.captions if "CORRECTED" in c.name.replace(" ", "").upper()]
    assert len(corrected) == 1
    assert corrected[0].note is not None
    assert "PARAGRAPH 2 TEXT" in corrected[0].note
    assert src(REYKJAVIK520, corrected[0]).startswith("C O R R E C T E D")
    assert [h.text for h in cable.handling] == [
        "STATE FOR S/CT:RHONDA SHORE AND ED SALAZAR",
        "OSLO FOR DATT",
        "COPENHAGEN FOR LEGAT",
    ]


# ------------------------------------------------------------------- E.O. line


def test_eo_decl_mm_dd_yyyy_07CAIRO1417() -> None:
    d = cablegram.parse_cable(CAIRO1417).declassification
    assert (d.order, d.date, d.not_applicable) == ("12958", dt.date(2017, 5, 13), False)
    assert src(CAIRO1417, d) == "E.O. 12958: DECL: 05/13/2017"


def test_eo_not_applicable_07TRIPOLI1055() -> None:
    d = cablegram.parse_cable(TRIPOLI1055).declassification
    assert (d.order, d.date, d.not_applicable) == ("12958", None, True)
    assert src(TRIPOLI1055, d) == "E.O. 12958: N/A"


def test_eo_line_read_again_in_another_cable_keeps_its_own_spans_and_diagnostics() -> None:
    # The same E.O. line is read once per process and reused (half the release repeats
    # one): in a second cable it sits elsewhere, its two-digit year follows that
    # cable's DTG, and its problems are reported again with that cable's positions.
    line = "E.O. 12985: DECL: 02/30/15"  # an order typo and an impossible date
    text = CAIRO1417.replace("E.O. 12958: DECL: 05/13/2017", line)
    shifted = CAIRO1417.replace("E.O. 12958: DECL: 05/13/2017", "\n" + line)
    first, second = cablegram.parse_cable(text), cablegram.parse_cable(shifted)
    for written, cable in ((text, first), (shifted, second)):
        d = cable.declassification
        assert src(written, d) == line
        codes = [x for x in cable.diagnostics if x.field == "E.O. line"]
        assert [x.code for x in codes] == ["eo-order", "decl-date"]
        assert codes[1].span.of(written) == "02/30/15"
    assert second.declassification.span.start == first.declassification.span.start + 1
    two_digits = "E.O. 12958: DECL: 05/13/95"
    for year, expected in (("07", 2095), ("90", 1995), ("07", 2095)):
        text = CAIRO1417.replace("E.O. 12958: DECL: 05/13/2017", two_digits)
        cable = cablegram.parse_cable(text.replace("Z MAY 07", f"Z MAY {year}"))
        assert cable.declassification.date == dt.date(expected, 5, 13)


# 09ATHENS1685, lines 1-30.
ATHENS1685 = """VZCZCXRO8037
OO RUEHAG RUEHDBU RUEHFL RUEHKW RUEHLA RUEHNP RUEHROV RUEHSL
DE RUEHTH #1685/01 3381608
ZNY SSSSS ZZH
O R 041607Z DEC 09
FM AMEMBASSY ATHENS
TO RUEHC/SECSTATE WASHDC IMMEDIATE 1188
INFO EUROPEAN POLITICAL COLLECTIVE

S E C R E T SECTION 01 OF 04 ATHENS 001685

SIPDIS
DEPT PASS TO PRM/PIM:SUZANNE SHELDON
AMEMBASSY ANKARA PASS TO AMCONSUL ADANA
AMEMBASSY ASTANA PASS TO AMCONSUL ALMATY
AMEMBASSY BERLIN PASS TO AMCONSUL DUSSELDORF
AMEMBASSY BERLIN PASS TO AMCONSUL LEIPZIG
AMEMBASSY BELGRADE PASS TO AMEMBASSY PODGORICA
AMEMBASSY HELSINKI PASS TO AMCONSUL ST PETERSBURG
AMEMBASSY ATHENS PASS TO AMCONSUL THESSALONIKI
AMEMBASSY MOSCOW PASS TO AMCONSUL VLADIVOSTOK
AMEMBASSY MOSCOW PASS TO AMCONSUL YEKATERINBURG

E.O. 12958: DECL: 2019/12/04

TAGS: PGOV PREL PHUM PREF PTER SMIG KCRM GR

SUBJECT: Greece: New Government Tackles Migration and Asylum Issues

REF: A) ATHENS 315; B) ATHENS 1349; C) ATHENS 1641; D) ATHENS 2038
"""


def test_eo_decl_yyyy_mm_dd_09ATHENS1685() -> None:
    d = cablegram.parse_cable(ATHENS1685).declassification
    assert (d.order, d.date) == ("12958", dt.date(2019, 12, 4))
    assert "2019/12/04" in src(ATHENS1685, d)


# 07KAMPALA1449, lines 1-22.
KAMPALA1449 = """VZCZCXRO7503
RR RUEHRN RUEHROV
DE RUEHKM #1449/01 2570901
ZNY SSSSS ZZH
R 140901Z SEP 07
FM AMEMBASSY KAMPALA
TO RUEHC/SECSTATE WASHDC 9367
INFO RUCNIAD/IGAD COLLECTIVE
RUEHXR/RWANDA COLLECTIVE

S E C R E T SECTION 01 OF 04 KAMPALA 001449

SIPDIS

SIPDIS

EO 12958 DECL: 06/18/17
TAGS PGOV, PREL, UG, SU, CG, SO
SUBJECT: UGANDA: A/S FRAZER DISCUSSES LRA, CONGO, AND
SOMALIA WITH PRESIDENT MUSEVENI

Classified By: Ambassador Steven Browning for reasons 1.4 (b) and (d).
"""


def test_eo_no_punctuation_two_digit_year_07KAMPALA1449() -> None:
    cable = cablegram.parse_cable(KAMPALA1449)
    d = cable.declassification
    assert (d.order_raw, d.order, d.date) == ("12958", "12958", dt.date(2017, 6, 18))
    assert src(KAMPALA1449, d) == "EO 12958 DECL: 06/18/17"


def test_eo_12356_oadr_85BEIRUT1725() -> None:
    d = cablegram.parse_cable(BEIRUT1725).declassification
    assert (d.order, d.date, d.not_applicable) == ("12356", None, False)
    assert "OADR" in d.text
    assert src(BEIRUT1725, d).startswith("E.O. 12356:DECL:OADR")


# 08LONDON2029, lines 1-20.
LONDON2029 = """VZCZCXRO2946
RR RUEHAG RUEHAST RUEHDA RUEHDF RUEHFL RUEHIK RUEHKW RUEHLA RUEHLN
RUEHLZ RUEHPOD RUEHROV RUEHSR RUEHVK RUEHYG
DE RUEHLO #2029/01 2171728
ZNR UUUUU ZZH
R 041728Z AUG 08
FM AMEMBASSY LONDON
TO RUEHC/SECSTATE WASHDC 9392
RHEBAAA/DEPT OF ENERGY WASHDC
RUEATRS/DEPT OF TREASURY WASHDC
INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE

UNCLAS SECTION 01 OF 02 LONDON 002029

SENSITIVE
SIPDIS

E.O. 12598:  N/A
TAGS: ENRG EPET PREL PGOV ECON SENV UK
SUBJECT: ENERGY'S ECONOMIC AND POLITICAL IMPACT ON THE UK
"""


def test_eo_misspelt_order_12598_08LONDON2029() -> None:
    d = cablegram.parse_cable(LONDON2029).declassification
    assert d.order_raw == "12598"
    assert d.order == "12958"
    assert d.not_applicable is True
    assert "12598" in src(LONDON2029, d)


# ------------------------------------------------------------------------ TAGS


def test_tags_space_separated_07CAIRO1417() -> None:
    tags = cablegram.parse_cable(CAIRO1417).tags
    assert [(t.code, t.kind) for t in tags] == [
        ("PREL", TagKind.SUBJECT),
        ("PGOV", TagKind.SUBJECT),
        ("KDEM", TagKind.PROGRAM),
        ("EG", TagKind.GEOGRAPHIC),
    ]
    assert [src(CAIRO1417, t) for t in tags] == ["PREL", "PGOV", "KDEM", "EG"]


def test_tags_comma_separated_no_colon_07KAMPALA1449() -> None:
    tags = cablegram.parse_cable(KAMPALA1449).tags
    assert [t.code for t in tags] == ["PGOV", "PREL", "UG", "SU", "CG", "SO"]
    assert [src(KAMPALA1449, t) for t in tags] == ["PGOV", "PREL", "UG", "SU", "CG", "SO"]


# 09STATE78274, lines 1-25.
STATE78274 = """VZCZCXRO7687
OO RUEHAG RUEHROV RUEHSL RUEHSR
DE RUEHC #8274/01 2090234
ZNY CCCCC ZZH
O P 280218Z JUL 09
FM SECSTATE WASHDC
TO RUEHTC/AMEMBASSY THE HAGUE IMMEDIATE 5813
INFO RUEHNO/USMISSION USNATO PRIORITY 0575
RUEHBUL/AMEMBASSY KABUL PRIORITY 2300
RUEHTV/AMEMBASSY TEL AVIV PRIORITY 8838
RUEHBW/AMEMBASSY BELGRADE PRIORITY 0186
RUCNDT/USMISSION USUN NEW YORK PRIORITY 7003
RUEHJM/AMCONSUL JERUSALEM PRIORITY 5334
EU MEMBER STATES COLLECTIVE PRIORITY

Tuesday, 28 July 2009, 02:18
C O N F I D E N T I A L SECTION 01 OF 03 STATE 078274
SIPDIS
EO 12958 DECL: 07/14/2019
TAGS OVIP (CLINTON, HILLARY), PGOV, PREL, KDEV, ECON,
NL, IS, SR
SUBJECT: (U) Secretary Clinton’s July 14 conversation
with Dutch Foreign Minister Verhagen
\u00b61. Classified by Bureau Assistant Secretary Philip H. Gordon. Reason: 1.4 (d)
\u00b62. (U) July 14; 2:45 p.m.; Washington, DC.
"""


def test_tags_person_tag_and_continuation_09STATE78274() -> None:
    tags = cablegram.parse_cable(STATE78274).tags
    codes = [t.code for t in tags]
    assert codes == ["OVIP", "CLINTON, HILLARY", "PGOV", "PREL", "KDEV", "ECON", "NL", "IS", "SR"]
    person = tags[1]
    assert person.kind is TagKind.PERSON
    assert "CLINTON, HILLARY" in src(STATE78274, person)


def test_tags_lower_case_08BERLIN643() -> None:
    tags = cablegram.parse_cable(BERLIN643).tags
    raw = ["parm", "prel", "ettc", "mtcre", "ksca", "ir", "gm"]
    assert [src(BERLIN643, t) for t in tags] == raw
    assert [t.code.upper() for t in tags] == ["PARM", "PREL", "ETTC", "MTCRE", "KSCA", "IR", "GM"]
    assert tags[0].kind is TagKind.SUBJECT
    assert tags[0].meaning is not None and tags[0].meaning.startswith("arms control")
    assert tags[3].kind is TagKind.ORGANIZATION
    assert tags[6].kind is TagKind.GEOGRAPHIC


# 02ROME1196, lines 1-15.
ROME1196 = """This record is a partial extract of the original cable. The full text of the \
original cable is not available.

Thursday, 07 March 2002, 10:13
C O N F I D E N T I A L SECTION 01 OF 02 ROME 001196
SIPDIS
C O R R E C T E D  C O P Y (ADDED INFO ADDEES)
DEPARTMENT FOR EUR/WE, EUR/PPD AND DRL
EO 12958 DECL: 03/05/2007
TAGS PHUM, OPRC, OPRC, OPRC, OPRC, IT, ITPHUM, ITPHUM, ITPHUM, HUMAN RIGHTS
SUBJECT: AS PREDICTED, ITALY’S HUMAN RIGHTS REPORT
GENERATES FODDER FOR DOMESTIC POLITICAL MILLS
REF: A. STATE 40721
 CONFIDENTIAL
PAGE 02 ROME 01196 01 OF 02 082030Z  B. ROME 1098  C. ROME 894  D. MYRIAD POST-DEPARTMENT E-MAILS \
FROM 10/01-02/02  E. ROME 348
CLASSIFIED BY: POL MINCOUNS THOMAS COUNTRYMAN, REASONS 1.5 (B) AND (D).
"""


def test_tags_run_on_itphum_02ROME1196() -> None:
    cable = cablegram.parse_cable(ROME1196, year=2002)
    tags = cable.tags
    # ITPHUM is the geo tag IT glued to PHUM: two tags, each spanning its part of the
    # run-on.  The line repeats OPRC four times and ITPHUM three times: each code is
    # kept once, where first written; the repeats are kept on the wrapper, with a note.
    assert [t.code for t in tags] == ["PHUM", "OPRC", "IT", "HUMAN RIGHTS"]
    assert tags[2].span == Span(ROME1196.index(" IT,") + 1, ROME1196.index(" IT,") + 3)
    run_on = ROME1196.index("ITPHUM")
    repeats = [b.span for b in cable.wrapper if b.span.start >= run_on - 30]
    for k in range(3):
        at = ROME1196.index("ITPHUM", run_on + 8 * k)
        assert (at, at + 2) in [(r.start, r.end) for r in repeats]  # IT of ITPHUM
        assert (at + 2, at + 6) in [(r.start, r.end) for r in repeats]  # PHUM of it
    assert [d.code for d in cable.diagnostics if d.code == "tags-repeated"] == ["tags-repeated"]
    assert tags[0].kind is TagKind.SUBJECT and tags[2].kind is TagKind.GEOGRAPHIC
    assert tags[-1].kind is TagKind.KEYWORD  # data/tag_keywords.csv
    assert cable.reference_id == "02ROME1196"
    assert uncovered(cable) == []


# --------------------------------------------------------------------- SUBJECT


def test_subject_continuation_line_06BEIRUT2703() -> None:
    s = cablegram.parse_cable(BEIRUT2703).subject
    assert s.text == (
        "BRAINSTORMING WITH MARWAN AND NAYLA: HAVE KOFI BRING NICOLAS MICHEL WITH HIM"
    )
    assert s.marking is None
    assert src(BEIRUT2703, s).startswith("SUBJECT: BRAINSTORMING")
    assert src(BEIRUT2703, s).rstrip().endswith("WITH HIM")


# 08LISBON2629, lines 1-27.
LISBON2629 = """VZCZCXRO0101
PP RUEHAG RUEHROV
DE RUEHLI #2629/01 2811054
ZNY SSSSS ZZH
P 071054Z OCT 08
FM AMEMBASSY LISBON
TO RUEHC/SECSTATE WASHDC PRIORITY 7064
INFO RUCNMEM/EU MEMBER STATES
RUEHCV/AMEMBASSY CARACAS 0087

S E C R E T SECTION 01 OF 02 LISBON 002629

NOFORN
SIPDIS

E.O. 12958: DECL: 10/01/2018
TAGS: PREL PGOV PO
SUBJECT: (S/NF) PORTUGAL: "WE KNOW CHAVEZ IS A CRAZY MAN
BUT..."

REF: A. LISBON 1155 (NOTAL)
\u00b6B. LISBON 2596

Classified By: Dana M. Brown, Pol-Econ Officer, Embassy Lisbon
Reason 1.4 (b) and (d)

\u00b61. (C) Summary: Hugo Chavez visited Portugal on September 27,
"""


def test_subject_marking_kept_apart_08LISBON2629() -> None:
    s = cablegram.parse_cable(LISBON2629).subject
    assert s.text == 'PORTUGAL: "WE KNOW CHAVEZ IS A CRAZY MAN BUT..."'
    assert (s.marking.level, s.marking.controls, s.marking.raw) == ("S", ("NF",), "(S/NF)")
    assert src(LISBON2629, s.marking) == "(S/NF)"


def test_subject_lower_case_marking_08BERLIN643() -> None:
    s = cablegram.parse_cable(BERLIN643).subject
    assert s.text == (
        "germany requests information concerning iranian procurement of xxxxxxxxxxxx test chamber"
    )
    assert s.marking.level == "S"
    assert src(BERLIN643, s.marking) == "(s)"


# ------------------------------------------------------------------------- REF


def test_ref_letters_dot_and_pilcrow_four_digit_year_07CAIRO1417() -> None:
    refs = cablegram.parse_cable(CAIRO1417).references
    assert [(r.letter, r.year, r.origin, r.serial, r.cable_id) for r in refs] == [
        ("A", None, "CAIRO", "671", "07CAIRO671"),
        ("B", None, "CAIRO", "974", "07CAIRO974"),
        ("C", 2006, "CAIRO", "2010", "06CAIRO2010"),
    ]
    assert all(r.kind is ReferenceKind.CABLE for r in refs)
    assert src(CAIRO1417, refs[2]) == "2006 CAIRO 2010"


def test_ref_letters_paren_semicolons_09ATHENS1685() -> None:
    refs = cablegram.parse_cable(ATHENS1685).references
    assert [(r.letter, r.cable_id) for r in refs] == [
        ("A", "09ATHENS315"),
        ("B", "09ATHENS1349"),
        ("C", "09ATHENS1641"),
        ("D", "09ATHENS2038"),
    ]
    assert src(ATHENS1685, refs[3]) == "ATHENS 2038"


def test_ref_glued_to_subject_two_digit_year_07TRIPOLI1055() -> None:
    cable = cablegram.parse_cable(TRIPOLI1055)
    assert cable.subject.text == (
        "LIBYA: SECTION 565 WAIVER OF PROHIBITION AGAINST CONTRACTING "
        "WITH FIRMS COMPLYING WITH AL BOYCOTT"
    )
    refs = cable.references
    assert [(r.letter, r.year, r.cable_id) for r in refs] == [
        ("A", None, "07STATE166398"),
        ("B", 2006, "06TRIPOLI623"),
        ("C", None, "07TRIPOLI972"),
    ]
    assert src(TRIPOLI1055, refs[1]) == "06 TRIPOLI 623"


def test_ref_lower_case_letters_two_digit_year_08BERLIN643() -> None:
    refs = cablegram.parse_cable(BERLIN643).references
    assert [(r.letter, r.cable_id) for r in refs] == [
        ("A", "07STATE75839"),
        ("B", "08STATE15220"),
        ("C", "08BERLIN195"),
        ("D", "08STATE40087"),
        ("E", "08BERLIN511"),
    ]


# 03THEHAGUE2597, lines 33-48 (the second, complete copy of the body).
THEHAGUE2597 = """C O N F I D E N T I A L THE HAGUE 002597

SIPDIS

S/WCI FOR PROSPER

E.O. 12958: DECL: 10/10/2013
TAGS: PREL KAWC LI NL
SUBJECT: DUTCH PUSH FOR TAYLOR TO FACE SPECIAL COURT FOR
SIERRA LEONE

REF: A. RICHARD-WITMER EMAIL 10/9

\u00b6B. WITMER-HOLLIDAY EMAILS 9-22 THRU 10-7

Classified By: PolCouns Mary E. Daly reasons 1.5 (b)
"""


def test_ref_email_kind_03THEHAGUE2597() -> None:
    cable = cablegram.parse_cable(THEHAGUE2597, year=2003)
    refs = cable.references
    assert [(r.letter, r.kind, r.cable_id) for r in refs] == [
        ("A", ReferenceKind.EMAIL, None),
        ("B", ReferenceKind.EMAIL, None),
    ]
    assert src(THEHAGUE2597, refs[0]).startswith("RICHARD-WITMER EMAIL 10/9")
    assert cable.reference_id == "03THEHAGUE2597"


# 05SANJOSE2435, lines 1-16.
SANJOSE2435 = """This record is a partial extract of the original cable. The full text of the \
original cable is not available.

UNCLAS SAN JOSE 002435

SIPDIS

DEPT FOP DS/IP/WHA AND DS/IP/FPO

E.O. 12958: N/A
TAGS: ASEC
SUBJECT: ARMED ROBBERY AND SHOOTING AT SHOPPING CENTER NEAR
EMBASSY

REF: WILKINS/CARTER TELCON 10/17/2005

\u00b61.  On 17 October at approximately 1300 hours, a hardware
"""


def test_ref_telcon_kind_05SANJOSE2435() -> None:
    cable = cablegram.parse_cable(SANJOSE2435, year=2005)
    (ref,) = cable.references
    assert (ref.letter, ref.kind, ref.cable_id) == (None, ReferenceKind.TELCON, None)
    assert src(SANJOSE2435, ref) == "WILKINS/CARTER TELCON 10/17/2005"
    assert cable.subject.text == ("ARMED ROBBERY AND SHOOTING AT SHOPPING CENTER NEAR EMBASSY")


def test_ref_notal_08LISBON2629() -> None:
    refs = cablegram.parse_cable(LISBON2629).references
    assert [(r.letter, r.cable_id, r.notal) for r in refs] == [
        ("A", "08LISBON1155", True),
        ("B", "08LISBON2596", False),
    ]
    assert src(LISBON2629, refs[0]) == "LISBON 1155"
    assert LISBON2629[refs[0].span.end :].startswith(" (NOTAL)")


# 04BRASILIA2863, lines 1-13.
BRASILIA2863 = """This record is a partial extract of the original cable. The full text of the \
original cable is not available.

C O N F I D E N T I A L SECTION 01 OF 03 BRASILIA 002863

SIPDIS

E.O. 12958: DECL: 11/21/2014
TAGS: PREL BR MARR MOPS UNSC POL MIL
SUBJECT: BRAZIL-HAITI: READOUT OF PRESIDENTIAL ENVOY'S ASSESSMENTS, 22 NOVEMBER 2004

REF: A. BRASILIA 2799 AND 2764
\u00b6B. PORT AU PRINCE 2325
Classified By: POLITICAL COUNSELOR DENNIS W. HEARNE. REASONS: 1.4 (B)(D )
"""


def test_ref_and_continuation_serial_04BRASILIA2863() -> None:
    cable = cablegram.parse_cable(BRASILIA2863, year=2004)
    ids = [r.cable_id for r in cable.references]
    assert ids == ["04BRASILIA2799", "04BRASILIA2764", "04PORTAUPRINCE2325"]


def test_ref_and_previous_07SANJOSE1106() -> None:
    refs = cablegram.parse_cable(SANJOSE1106).references
    assert [(r.origin, r.serial, r.cable_id) for r in refs] == [
        # TAIPEI and AITTAIPEI number one series (see ids.canonical_id); the
        # canonical station is AITTAIPEI (Cablegate lists this cable as 07TAIPEI1283).
        ("AITTAIPEI", "001283", "07AITTAIPEI1283"),
    ]


# --------------------------------------------------------------- Classified By


def test_classified_by_title_before_name_07CAIRO1417() -> None:
    c = cablegram.parse_cable(CAIRO1417).classified_by
    assert (c.name, c.title, c.reason_section, c.reason_letters) == (
        "FRANCIS J. RICCIARDONE",
        "AMBASSADOR",
        "1.4",
        ("b", "d"),
    )
    assert src(CAIRO1417, c).endswith("FOR REASONS 1.4 (B) AND (D).")


def test_classified_by_name_then_title_06BEIRUT2703() -> None:
    c = cablegram.parse_cable(BEIRUT2703).classified_by
    assert (c.name, c.title, c.reason_section, c.reason_letters) == (
        "Jeffrey Feltman",
        "Ambassador",
        "1.4",
        ("b", "d"),
    )


# 06REYKJAVIK187, lines 1-25.
REYKJAVIK187 = """VZCZCXYZ0002
PP RUEHWEB

DE RUEHRK #0187/01 1461806
ZNY CCCCC ZZH (CCY ADXD604CA MSI1461 640A)
P 261806Z MAY 06 ZFF4
FM AMEMBASSY REYKJAVIK
TO RUEHC/SECSTATE WASHDC PRIORITY 2780
INFO RUEHNO/USMISSION USNATO PRIORITY 0218

C O N F I D E N T I A L REYKJAVIK 000187

SIPDIS

C O R R E C T E D  C O P Y:  QUOTATION AND APOSTROPHE SIGNS
    CORRECTED THROUGHOUT TEXT

SIPDIS

E.O. 12958: DECL: 05/25/2016
TAGS: MARR PREL KPAO ECA IIP IC
SUBJECT: ICELANDIC ACADEMIC CLAIMS U.S. BASE SHUTDOWN TIED
TO FORMER PM ODDSSON,S RETIREMENT

Classified By: DCM Philip Kosnett    Reason: 1.5d
"""


def test_classified_by_reason_15_glued_letter_06REYKJAVIK187() -> None:
    cable = cablegram.parse_cable(REYKJAVIK187)
    c = cable.classified_by
    assert (c.name, c.title, c.reason_section, c.reason_letters) == (
        "Philip Kosnett",
        "DCM",
        "1.5",
        ("d",),
    )
    assert cable.dtg.signals == ("ZFF4",)


def test_classified_by_two_lines_office_08LISBON2629() -> None:
    c = cablegram.parse_cable(LISBON2629).classified_by
    assert (c.name, c.title, c.office) == ("Dana M. Brown", "Pol-Econ Officer", "Embassy Lisbon")
    assert (c.reason_section, c.reason_letters) == ("1.4", ("b", "d"))
    assert src(LISBON2629, c).endswith("Reason 1.4 (b) and (d)")


def test_classified_by_numbered_paragraph_09STATE78274() -> None:
    cable = cablegram.parse_cable(STATE78274)
    c = cable.classified_by
    assert c is not None
    assert (c.name, c.title) == ("Philip H. Gordon", "Bureau Assistant Secretary")
    assert (c.reason_section, c.reason_letters) == ("1.4", ("d",))


def test_classified_by_reasons_1_5_upper_02ROME1196() -> None:
    c = cablegram.parse_cable(ROME1196, year=2002).classified_by
    assert (c.name, c.reason_section, c.reason_letters) == (
        "THOMAS COUNTRYMAN",
        "1.5",
        ("b", "d"),
    )


# ------------------------------------------------------------------ paragraphs


def test_paragraph_marking_c_07CAIRO1417() -> None:
    (p,) = cablegram.parse_cable(CAIRO1417).paragraphs
    assert (p.number, p.marking.level, p.marking.controls) == ("1", "C", ())
    assert src(CAIRO1417, p.marking) == "(C)"
    assert p.text.startswith("SUMMARY AND INTRODUCTION: PRESIDENTIAL SUCCESSION IS")


def test_paragraph_marking_s_nf_06BEIRUT2703() -> None:
    paras = cablegram.parse_cable(BEIRUT2703).paragraphs
    (p,) = [p for p in paras if p.number == "1"]
    assert (p.marking.level, p.marking.controls, p.marking.raw) == ("S", ("NF",), "(S/NF)")
    assert src(BEIRUT2703, p.marking) == "(S/NF)"
    assert p.text.startswith("Meeting together with the Ambassador on 8/20,")


def test_paragraph_marking_sbu_no_space_07TRIPOLI1055() -> None:
    paras = cablegram.parse_cable(TRIPOLI1055).paragraphs
    assert [(p.number, p.marking.level) for p in paras] == [("1", "SBU"), ("2", "SBU")]
    assert paras[0].text.startswith("The Government of Libya (GOL)")
    assert src(TRIPOLI1055, paras[0].marking) == "(SBU)"


def test_paragraph_marking_sbu_nf_08EFTOLONDON2883() -> None:
    paras = cablegram.parse_cable(EFTOLONDON2883).paragraphs
    assert [(p.number, p.marking.level, p.marking.controls) for p in paras] == [
        ("1", "SBU", ("NF",)),
        ("2", "SBU", ("NF",)),
    ]


# 07KABUL2249, lines 42-60 and 203-212 (the second, complete copy of the body).
KABUL2249 = (
    # lines 42-60
    """S E C R E T SECTION 01 OF 03 KABUL 002249

SIPDIS

NOFORN
SIPDIS

STATE FOR SCA/FO DAS GASTRIGHT, SCA/A, S/CRS, SA/PB, S/CT,
EUR/RPM
STATE PASS TO USAID FOR AID/ANE, AID/DCHA/DG
NSC PASS FOR AHARRIMAN
OSD FOR SHIVERS
CENTCOM FOR CG CJTF-82, POLAD, JICCENT

E.O. 12958: DECL: 07/10/2017
TAGS: PREL PGOV PTER ASEC MARR AF IR
SUBJECT: PRT URUZGAN: CHORA LEADERS SPEAK TO AFGHAN
INDEPENDENT HUMAN RIGHTS COMMISSION

"""
    # lines 203-212
    """\u00b68. (C/REL NATO/AUS) Local leaders claimed that people
traveling through Chora from Gizab district told them that
Iranians were training Taliban fighters in Gizab. One person
well known to the PRT said the training camp was in Beirai
(phonetic), a village in a Hazara area of Gizab, but the
tribal leaders were unable to provide more specific
information. (Note: Gizab has been under Taliban control
since March 2006; there is no GOA presence there, and no
Afghan or international forces have attempted to address this
problem to date. End Note)
"""
)


def test_paragraph_marking_c_rel_nato_07KABUL2249() -> None:
    (p,) = cablegram.parse_cable(KABUL2249, year=2007).paragraphs
    assert p.number == "8"
    assert (p.marking.level, p.marking.controls) == ("C", ("REL NATO/AUS",))
    assert src(KABUL2249, p.marking) == "(C/REL NATO/AUS)"


# ------------------------------------------------- summary, signature, footer


def test_summary_end_summary_07SANJOSE1106() -> None:
    cable = cablegram.parse_cable(SANJOSE1106)
    assert cable.summary is not None
    assert cable.summary.text.startswith("On June 6, Costa Rica announced normalized")
    assert "END SUMMARY" not in cable.summary.text
    assert "dating back to 1944." in cable.summary.text
    assert cable.summary.text.endswith("he continues to call the shots.")
    assert "relations with China, ending ties" in src(SANJOSE1106, cable.summary)


def test_signature_08EFTOLONDON2883() -> None:
    cable = cablegram.parse_cable(EFTOLONDON2883)
    assert cable.signature.text == "TUTTLE"
    assert src(EFTOLONDON2883, cable.signature) == "TUTTLE"


def test_signature_after_unnumbered_1985_85BEIRUT1725() -> None:
    cable = cablegram.parse_cable(BEIRUT1725)
    assert cable.signature.text == "BARTHOLOMEW"
    assert cable.paragraphs[0].number == "1"
    assert cable.paragraphs[0].marking is None


# 04OTTAWA3115, lines 1-17 and 314-331.
OTTAWA3115 = (
    # lines 1-17
    """This record is a partial extract of the original cable. The full text of the original \
cable is not available.

S E C R E T SECTION 01 OF 04 OTTAWA 003115

SIPDIS

NOFORN

NSC FOR NSA RICE

E.O. 12958: DECL: 11/17/2009
TAGS: CA PGOV PREL
SUBJECT: SCENESETTER FOR PRESIDENT BUSH,S VISIT TO CANADA,
NOVEMBER 30 - DECEMBER 1, 2004

Classified By: Ambassador Cellucci, reasons 1.4 (b) (d)

"""
    # lines 314-331
    """\u00b624. (U) Canada formally ratified the Kyoto Accord at the end
of 2002, despite vocal opposition from some provincial
governments and industries.  While political approaches to
the climate change issue have differed between the U.S. and
Canada, practical cooperation has been close.  In 2002, we
signed agreements on Renewable Energy and Climate Science,
and formed a bilateral Working Group on Climate Change.  Few
Canadians understand just how much we do on climate change,
reducing U.S. efforts only to Kyoto.  Canada participates in
several U.S.-led multilateral initiatives, such as the Carbon
Sequestration Leadership Forum and the International
Partnership for the Hydrogen Economy.  We expect that they
will soon join the Methane to Markets Partnership.

Visit Canada's Classified Web Site at
http://www.state.sgov.gov/p/wha/ottawa

CELLUCCI
"""
)


def test_footer_visit_classified_web_site_04OTTAWA3115() -> None:
    cable = cablegram.parse_cable(OTTAWA3115, year=2004)
    assert len(cable.footer) == 1
    footer = cable.footer[0]
    assert footer.text.startswith("Visit Canada's Classified Web Site at")
    assert "http://www.state.sgov.gov/p/wha/ottawa" in src(OTTAWA3115, footer)
    assert cable.signature.text == "CELLUCCI"
    assert "Visit" not in cable.paragraphs[-1].text


# ----------------------------------------------------------------- page markers

# 06BERN141, lines 15-31 and 55 (line 55 cut after its first sentence).
BERN141 = (
    # lines 15-31
    """C O N F I D E N T I A L SECTION 01 OF 04 BERN 000141

SIPDIS

SIPDIS

STATE FOR S/CT, EB, EUR/AGS

FBI FOR OFFICE OF INTERNATIONAL OPERATIONS
TREASURY FOR OFAC

E.O. 12958: DECL: 01/20/2016
TAGS: PTER PARM ETTC SZ
SUBJECT: SWISS COUNTERTERRORISM OVERVIEW - SCENESETTER FOR  FBI DIRECTOR MUELLER  REF: A. BERN \
100  B. BERN 10  C. 2005 BERN 1865

Classified By: Pol/Econ Counselor Eric Sandberg, Reasons 1.4 b/d

"""
    # line 55
    """7.(U) The Muslim population in Switzerland has grown rapidly  BERN 00000141 003.2 OF 004   \
in the last two decades, now reaching around 310,000, or 4.3 percenQ the Swiss population.
"""
)


def test_smart_page_marker_mid_paragraph_06BERN141() -> None:
    cable = cablegram.parse_cable(BERN141, year=2006)
    (m,) = cable.page_markers
    assert m.text == "BERN 00000141 003.2 OF 004"
    assert src(BERN141, m) == "BERN 00000141 003.2 OF 004"
    (p,) = cable.paragraphs
    assert "00000141" not in p.text
    assert "grown rapidly" in p.text and "in the last two decades" in p.text


# 08TRIPOLI12, lines 17-30 (line 30 cut after its first sentence).
TRIPOLI12 = """S E C R E T SECTION 01 OF 02 TRIPOLI 000012

SIPDIS

SIPDIS

DEPT FOR NEA/MAG

E.O. 12958: DECL:  4/9/2028
TAGS: PREL PGOV KTFN KNNP PARM ETTC EFIN IR IZ LE LY
SUBJECT: GOL TELLS IRANIAN VP IT OPPOSES IRAN RESOLUTION, SHARES
"IDENTICAL" VIEWS ON IRAQ, ISRAEL-PALESTINE & LEBANON REF: LONDON 0070 TRIPOLI 00000012 001.2 OF \
002 CLASSIFIED BY: William B. Milam, Charge d'Affaires, U.S. Embassy Tripoli, Dept of State. \
REASON: 1.4 (b), (d)

1.(S) Summary: An Iranian delegation led by First Vice-President Davoudi, the highest ranking \
Iranian official to visit in 25 years, recently concluded a number of cooperation agreements in \
Tripoli.
"""


def test_smart_page_marker_on_ref_line_08TRIPOLI12() -> None:
    cable = cablegram.parse_cable(TRIPOLI12, year=2008)
    assert [m.text for m in cable.page_markers] == ["TRIPOLI 00000012 001.2 OF 002"]
    assert [(r.origin, r.serial, r.text) for r in cable.references] == [
        ("LONDON", "0070", "LONDON 0070")
    ]
    assert cable.subject.text == (
        "GOL TELLS IRANIAN VP IT OPPOSES IRAN RESOLUTION, SHARES "
        '"IDENTICAL" VIEWS ON IRAQ, ISRAEL-PALESTINE & LEBANON'
    )
    c = cable.classified_by
    assert (c.name, c.reason_section, c.reason_letters) == ("William B. Milam", "1.4", ("b", "d"))


# ------------------------------------------------------------- partial extracts

# 05MADRID109, lines 1-17.
MADRID109 = """This record is a partial extract of the original cable. The full text of the \
original cable is not available.

C O N F I D E N T I A L MADRID 000109

SIPDIS

E.O. 12958: DECL: 01/11/2015
TAGS: PREL MARR AF SP NATO
SUBJECT: SPAIN: NO DECISION YET ON ISAF STAGE II
CONTRIBUTION

REF: STATE 02743

Classified By: CHARGE D'AFFAIRS BOB MANZANARES; REASON 1.4 (B) AND (D).

\u00b61. (C) Poloff delivered reftel points to Deputy National
Security Adviser Maria Jesus Alonso on 1/11, following up on
"""


def test_partial_extract_no_header_05MADRID109() -> None:
    cable = cablegram.parse_cable(MADRID109, year=2005)
    assert cable.transmission is None
    assert cable.dtg is None
    assert cable.banner.origin == "MADRID"
    assert cable.reference_id == "05MADRID109"
    assert cable.subject.text == "SPAIN: NO DECISION YET ON ISAF STAGE II CONTRIBUTION"
    assert [r.cable_id for r in cable.references] == ["05STATE2743"]
    assert [t.code for t in cable.tags] == ["PREL", "MARR", "AF", "SP", "NATO"]
    assert cable.tags[-1].kind is TagKind.ORGANIZATION
    assert len(cable.wrapper) == 1
    assert src(MADRID109, cable.wrapper[0]).startswith("This record is a partial extract")


# ------------------------------------------------------- backslash line endings

# 05BOGOTA9257, lines 8-28.
BOGOTA9257 = """\tS E C R E T SECTION 01 OF 02 BOGOTA 009257 \\
 \\
SIPDIS \\
 \\
NOFORN \\
 \\
E.O. 12958: DECL: 09/30/2015 \\
TAGS: PGOV PTER SOCI CO ELN ELN FARC
SUBJECT: RECONCILIATION COMMISSION CONFIRMS PEACE PROCESS \\
WITH GUERRILLAS STALLED \\
 \\
 \\
Classified By: Ambassador William B. Wood; reasons 1.4 \\
(b) and (d) \\
 \\
------- \\
Summary \\
------- \\
 \\
\u00b61. (C) XXXXXXXXXXXX discussed the status of the Catholic Church's role in peace \\
talks between guerrilla groups and the Colombian government. \\
"""


def test_backslash_line_ends_05BOGOTA9257() -> None:
    cable = cablegram.parse_cable(BOGOTA9257, year=2005)
    b = cable.banner
    assert (b.classification, b.origin, b.serial) == (Classification.SECRET, "BOGOTA", "009257")
    assert (b.section.number, b.section.total) == (1, 2)
    assert [c.name for c in cable.captions] == ["SIPDIS", "NOFORN"]
    assert cable.declassification.date == dt.date(2015, 9, 30)
    assert cable.subject.text == (
        "RECONCILIATION COMMISSION CONFIRMS PEACE PROCESS WITH GUERRILLAS STALLED"
    )
    c = cable.classified_by
    assert (c.name, c.reason_section, c.reason_letters) == ("William B. Wood", "1.4", ("b", "d"))
    assert "\\" not in cable.paragraphs[0].text
    assert cable.reference_id == "05BOGOTA9257"


# ------------------------------------------------------ strict versus lenient

# 07CAIRO1417 with the DTG line damaged (time group lost its minutes).
CAIRO1417_BAD_DTG = CAIRO1417.replace("R 141423Z MAY 07", "R 1414Z MAY 07")


def test_bad_dtg_lenient_keeps_cable_07CAIRO1417() -> None:
    cable = cablegram.parse_cable(CAIRO1417_BAD_DTG)
    assert cable.dtg is None
    assert any(d.severity is cablegram.Severity.ERROR for d in cable.diagnostics)
    assert cable.origin.address == "AMEMBASSY CAIRO"
    assert any("1414Z MAY 07" in u.text for u in cable.unparsed)
    assert cable.banner.serial == "001417"
    assert [t.code for t in cable.tags] == ["PREL", "PGOV", "KDEM", "EG"]


def test_bad_dtg_strict_raises_07CAIRO1417() -> None:
    with pytest.raises(CableSyntaxError) as info:
        cablegram.parse_cable(CAIRO1417_BAD_DTG, strict=True)
    assert info.value.line == 6
    assert "1414Z MAY 07" in info.value.line_text


# 06BEIRUT2703 with the DE line's serial damaged.
BEIRUT2703_BAD_DE = BEIRUT2703.replace("DE RUEHLB #2703/01 2321519", "DE RUEHLB #27O3/01 2321519")


def test_bad_de_line_lenient_06BEIRUT2703() -> None:
    cable = cablegram.parse_cable(BEIRUT2703_BAD_DE)
    assert cable.transmission.station is None
    assert cable.diagnostics
    assert any("#27O3/01" in u.text for u in cable.unparsed)
    assert cable.dtg.value == dt.datetime(2006, 8, 20, 15, 19, tzinfo=UTC)


def test_bad_de_line_strict_raises_06BEIRUT2703() -> None:
    with pytest.raises(CableSyntaxError) as info:
        cablegram.parse_cable(BEIRUT2703_BAD_DE, strict=True)
    assert info.value.line == 3
    assert info.value.line_text == "DE RUEHLB #27O3/01 2321519"


# 07KAMPALA1449 with an impossible DECL date (month 18).
KAMPALA1449_BAD_DECL = KAMPALA1449.replace("DECL: 06/18/17", "DECL: 18/06/17")


def test_bad_decl_date_lenient_07KAMPALA1449() -> None:
    cable = cablegram.parse_cable(KAMPALA1449_BAD_DECL)
    assert cable.declassification is not None
    assert cable.declassification.date is None
    assert "18/06/17" in cable.declassification.raw
    assert cable.diagnostics


# 07CAIRO1417 with the security characters damaged.
CAIRO1417_BAD_SECURITY = CAIRO1417.replace("ZNY CCCCC ZZH ZUI", "ZNY CC9CC ZZH ZUI")


def test_bad_security_line_lenient_07CAIRO1417() -> None:
    cable = cablegram.parse_cable(CAIRO1417_BAD_SECURITY)
    assert cable.transmission.security is None
    # the fixture ends inside the summary paragraph: the summary is unterminated
    assert [d.field for d in cable.diagnostics] == ["security line", "summary"]
    assert [u.text for u in cable.unparsed] == ["ZNY CC9CC ZZH ZUI RUEWMCF7023 1341432"]
    assert cable.dtg.value == dt.datetime(2007, 5, 14, 14, 23, tzinfo=UTC)
    assert cable.classification is Classification.CONFIDENTIAL


def test_bad_security_line_strict_raises_07CAIRO1417() -> None:
    with pytest.raises(CableSyntaxError) as info:
        cablegram.parse_cable(CAIRO1417_BAD_SECURITY, strict=True)
    assert (info.value.line, info.value.column) == (5, 1)
    assert info.value.line_text == "ZNY CC9CC ZZH ZUI RUEWMCF7023 1341432"
    assert info.value.field == "security line"


def test_well_formed_strict_equals_lenient_07KAMPALA1449() -> None:
    strict = cablegram.parse_cable(KAMPALA1449, strict=True)
    lenient = cablegram.parse_cable(KAMPALA1449)
    assert strict == lenient
    assert not [d for d in lenient.diagnostics if d.severity is cablegram.Severity.ERROR]


# 00TELAVIV4462 (cablemap's test data): a corrected-copy caption set off by dashes
# that mentions the Classified By line
TELAVIV4462 = (
    "C O N F I D E N T I A L TEL AVIV 004462 \n \n- - C O R R E C T E D  C O P Y - - "
    "CLASSIFIED BY LINE ADDED \n \nE.O. 12958: DECL: 08/24/05 \nTAGS: KWBG, PTER, PGOV, "
    "PREL, IS \nSUBJECT: BIN LADIN CONNECTION IN GAZA FOUND PUZZLING; \nCONNECTION TO "
    "HAMAS QUESTIONED \n \nCLASSIFIED BY DCM PSIMONS PER 1.5 (B) AND (D) \n \n "
)


def test_corrected_copy_caption_with_dashes_00TELAVIV4462() -> None:
    cable = cablegram.parse_cable(TELAVIV4462, year=2000)
    (caption,) = cable.captions
    assert (caption.name, caption.note) == ("CORRECTED COPY", "CLASSIFIED BY LINE ADDED")
    c = cable.classified_by
    assert (c.name, c.title, c.reason_section) == ("PSIMONS", "DCM", "1.5")
