"""REF blocks from real cables: years before, after and glued to the serial, posts
spelt every which way, bullets of every style, and e-mails, telcons, reports and
manuals named between the cables.

Most excerpts are verbatim from ../shared/corpus/cables/cablegate, except that
trailing blanks are stripped; a backslash at a line end in this file is Python's
continuation, so the line is one in the text.  The excerpts marked *cablemap* are
the snippets of the named cables quoted by cablemap's test suite (heuer/cablemap,
BSD; ../shared/conformance/cases.jsonl), whose texts are not in the corpus.
"""

from __future__ import annotations

import cablegram
from cablegram import ReferenceKind
from cablegram.check.coverage import uncovered

CABLE = ReferenceKind.CABLE


def _refs(text: str, year: int) -> list[tuple[str | None, ReferenceKind, str | None]]:
    cable = cablegram.parse_cable(text, year=year)
    return [(r.letter, r.kind, r.cable_id or r.text) for r in cable.references]


def _src(text: str, obj: object) -> str:
    span = obj.span  # type: ignore[attr-defined]
    return text[span.start : span.end]


# ----------------------------------------------------------------- corpus excerpts

# 09PANAMA343, lines 27-33
PANAMA343 = """SUBJECT: GOP AUTHORIZES "GRAY HULLS" ACCESS TO PANAMA'S TTW

REF: A. A: PANAMA 00933/08
     ¶B. B: PANAMA 00332

Classified By: Ambassador Barbara J. Stephenson for reasons 1.4 (b) and
 (d)
"""
# 06THEHAGUE374, lines 24-31
THEHAGUE374 = """SUBJECT: NETHERLANDS/MUSLIM OUTREACH: MISSION SUCCESS
STORIES

REF: A. A. THE HAGUE 3128 (2005)
¶B. B. THE HAGUE 2870 (2005)
¶C. C. THE HAGUE 3331 (2005)

¶1. (SBU) SUMMARY: In August 2005, Post established an
"""
# 09SAOPAULO663, lines 29-31
SAOPAULO663 = """REF: SAO PAULO 653; SAO PAULO 433; SAO PAULO 421; BRASILIA 709 (08) SAO PAULO 542

CLASSIFIED BY: Thomas J. White, Consul General, State Department, Consul General;
"""
# 10CAIRO195, lines 21-27
CAIRO195 = """SUBJECT: FOREIGN WORKER AND LABOR PROBLEMS IN QIZ FACTORY

REF: 09CAIRO0561; 08CAIRO2528

CLASSIFIED BY: Donald Blome, Minister-Counselor, DOS, ECPO; REASON:
1.4(B), (D)

"""
# 10RIYADH184, lines 23-27
RIYADH184 = """SUBJECT: TWO FACES OF SAUDI ARABIA’S CLIMATE NEGOTIATING
POSITION
REF: A. 09DHAHRAN 201  B. 09RIYADH 1302  C. 09RIYADH 1397  D. 09RIYADH 1492  E. \
09RIYADH 1557  F. 09RIYADH 1642  G. RIYADH 103  H. SECSTATE 3080  I. SECSTATE 11182

Classified By: Ambassador James B. Smith for reasons 1.4 (b) and (d).
"""
# 09BELGRADE765, lines 27-29
BELGRADE765 = """SUBJECT: SERBIA IN THE WAKE OF VICE PRESIDENT BIDEN’S VISIT
REF: A) BELGRADE 725 B) BELGRADE743
CLASSIFIED BY: Jennifer Brush, Charge, US Department of State, US Embassy Belgrade; \
REASON: 1.4(B), (D)
"""
# 07ASMARA850, lines 30-37
ASMARA850 = """SUBJECT: ASMARA ASSASSINATION ATTEMPT: MORE DETAILS EMERGE

REF: A. A) 00821 ASMARA

¶B. B) 00838 ASMARA

Classified By: CDA Jennifer A. McIntyre, for reasons 1.4 (b)
and (d).
"""
# 08TEGUCIGALPA86, lines 30-37
TEGUCIGALPA86 = """SUBJECT: PETROCARIBE AS HONDURAN POLITICAL THEATER

REF: A. REF A: 07 TGG 1798
¶B. REF B: 07 TGG 1818
¶C. REF C: 08 TGG 0057
¶D. REF D: 08 TGG 0084

Classified By: Ambassador Charles Ford for reasons 1.4 (b) and (d)
"""
# 10KUALALUMPUR12, lines 22-28
KUALALUMPUR12 = """SUBJECT: MALAYSIA: UPDATE ON F-5 ENGINE SCANDAL

REF: A. 09 KL 1016 -- F-5 FOLLOW UP
     ¶B. 09 KL 1013 -- MALAYSIAN F-5 ENGINES CASE

Classified By: Political Counselor Brian D. McFeeters for reasons 1.4 b
 and d.
"""
# 07ADDISABABA3404, lines 32-32
ADDISABABA3404 = """SUBJECT: OGADEN: COUNTER INSURGENCY OPERATIONS HITTING A WALL, \
PART II REF: ADDIS 3365 Classified By: Political/Economic Section Chief Michael \
Gonzales for re asons 1.4 (B) and (D).
"""
# 10CAIRO177, lines 22-28
CAIRO177 = """SUBJECT: Sinai Update: Counter Smuggling and Floods

REF: SECDEF 122723; CAIRO IIR 6 899 0149 10; 2009 CAIRO 2394
2009 CAIRO 491

CLASSIFIED BY: Margaret Scobey, Ambassador, DOS, EXO; REASON: 1.4(B),
(D)
"""
# 07TALLINN375, lines 31-37
TALLINN375 = """SUBJECT: ESTONIA'S CYBER ATTACKS: LESSONS LEARNED

REF: A) TALLINN 366 B) LEE-GOLDSTEIN EMAIL 05/11/07
B) TALLINN 347

Classified By: Charge d'Affaires Jeff Goldstein for reasons 1.4 (b) & (
d)
"""
# 08STATE99666, lines 16-20
STATE99666 = """SUBJECT: CRITICAL EQUIPMENT NEEDS FOR IRAN,S NEW IR-2 CENTRIFUGE DESIGN

REF: A. STATE 021770B. STATE 039585C. STATE 052030

¶1. (U) This is an action request. Please see paragraph 3.
"""
# 09PANAMA881, lines 31-37
PANAMA881 = """SUBJECT: GOP Suspends Discussions with Security Firm Global CST

REF: PANAMA 829; PANAMA 879; BOGOTA 3483
STEPHENSON-BROWNFIELD E-MAILS

CLASSIFIED BY: GILMOUR, David, DCM, State, Embassy Panama; REASON:
1.4(B), (D)
"""
# 10CAIRO247, lines 22-28
CAIRO247 = """SUBJECT: DEMARCHE DELIVERED: MARCH UN HUMAN RIGHTS COUNCIL SESSION
PRIORITIES

REF: 10 STATE 16236; 10 TEL AVIV 432

CLASSIFIED BY: Stephen O'Dowd, Counselor, State, ECPO; REASON:
1.4(B), (D)
"""
# 10ABUJA215, lines 43-45
ABUJA215 = """SUBJECT: GOODLUCK JONATHAN REMAINS ACTING PRESIDENT OF NIGERIA
REF: ABUJA 207; FEB 24 A/S CARSON-AMB SANDERS TELCON
CLASSIFIED BY: Robin R. Sanders, Ambassador, STATE, EXEC; REASON: 1.4(A), (B), (D)
"""
# 66BUENOSAIRES2481, lines 30-35
BUENOSAIRES2481 = """SUBJECT:  EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS

REF: STATE 106206 CIRCULAR; STATE CA-3400 NOV 2, 1966


¶1.  PRESS REPORTS AND VARIETY EMBASSY SOURCES CONFIRM
"""
# 09STATE119085, lines 29-43
STATE119085 = """SUBJECT: WALK-IN GUIDANCE FOR 2009: HANDLING
FOREIGN NATIONAL WALK-INS, DEFECTORS, AND ASYLUM
SEEKERS

REF: (A) 08 STATE 061194
(B) 7 FAM 180
(C) 09 STATE 030541
(D) 04 STATE 061816
(E) 2 FAM 227
(F) 08 STATE 110175
(G) 09 STATE 110904
(H) 9 FAM 42.1 N4, PN2-5, and PN7

(U) Classified by: David Appleton, Director,
INR/CCS, Reason: 1.4 (c, d).
"""
# 08MADRID308, lines 25-38
MADRID308 = """SUBJECT: IRANIAN TIES OF SPANISH BANKS SANTANDER AND
SABADELL

REF: A. MADRID 286
¶B. MADRID 285
¶C. MADRID 289
¶D. MADRID 294
¶E. TD-314/40895-07
¶F. TD-314/57798-07

MADRID 00000000 001.2 OF 004


Classified By: Ambassador Eduardo Aguirre for reasons 1.4 (b) and (d)
"""
# 05SANJOSE2106, lines 9-16
SANJOSE2106 = """SUBJECT: ARTICLE 98 WORRIES REKINDLED IN COSTA RICA

REF: A. SAN JOSE 234

     ¶B. 04 SAN JOSE 2233
     ¶C. O4 SAN JOSE 443

Classified By: Charge Russell Frisbie for reasons 1.4 (a) and (d)
"""
# 10HANOI7, lines 19-24
HANOI7 = """SUBJECT: Vietnam Religious Freedom Update - The Case Against CPC
Re-Designation

REF: A) HANOI 5; HANOI 3; 09 HANOI 1398; 09 HANOI 1202; 09 HANOI 1182 09 HANOI 1084; 09 \
HANOI 873; 09 HANOI 859; 09 HANOI 839; 09 HANOI 713 09 HANOI 695; 09 HANOI 694

CLASSIFIED BY: Michael Michalak, Ambassador; REASON: 1.4(B), (D)
"""
# 06VATICAN83, lines 18-19
VATICAN83 = """SUBJECT: POPE TRAVELS TO POLAND: PART ONE
REF: A) 05 VATICAN 475 ET AL.; WARSAW 799 ET AL.; MARTIN - CURTIN, VAN CLEVE TELCONS
"""


# ------------------------------------------------------- cablemap's snippets

# 06QUITO1920 (cablemap)
QUITO1920 = (
    "REF: A. QUITO 4525-91 \n \n     B. QUITO 1735 \n     C. QUITO 1905-03 \n"
    "     D. QUITO 0579 \n     E. QUITO 1973-91"
)
# 07KABUL1033 (cablemap)
KABUL1033 = (
    "Refs:  A) Kabul 936/935; B) Kabul 692/317/274/162; C) 06 Kabul \n"
    "5353/5194/4319 and previous \n "
)
# 06OTTAWA2420, 06SANTIAGO439, 08COTONOU369 (cablemap)
OTTAWA2420 = "REF: A. OTTAWA 2258 \n \n     ¶B. OTTAWA 1245 \n     ¶C. 05 0TTAWA 3518 "
SANTIAGO439 = "REF: A. STATE 3836 \n     ¶B. 05 SANTIAG0 465 \n     ¶C. 05 SANTIAGO 466 \n"
COTONOU369 = "REF: COTON0U 348 "
# 10OTTAWA79, 06PANAMA1518, 01VATICAN5095 (cablemap)
OTTAWA79 = "REF: 10-OTTAWA-57 "
PANAMA1518 = (
    "REF: A. PANAMA 651\n\n     ¶B. PANAMA 1213\n     ¶C. PANAMA 1293\n     ¶D. 2005PANAMA2342"
)
VATICAN5095 = (
    "SUBJECT: TFUS01: VATICAN POSITION ON RETALIATION AGAINST \nTERRORISTS \n \n"
    "REF: (99) ROME 2196 \n \n                       CONFIDENTIAL \n \n"
    "PAGE 02        VATICA  05095  281347Z \n(U) CLASSIFIED BY DCM"
)
# 05OTTAWA2105, 08KABUL85, 07MOSCOW1811, 06ULAANBAATAR881 (cablemap)
OTTAWA2105 = "Ref: [A] State 188314, 259032, [B] Ottawa 2285 "
KABUL85 = "Ref: A - Kabul 28 "
MOSCOW1811 = "REF: A. ST. PETERSBURG 75 \n      B. MOSCOW 510 "
ULAANBAATAR881 = "Ref: 870 Ulaanbaatar "
# 02HARARE81, 07BAGHDAD3708, 03KUWAIT2545, 03COLOMBO1516, 02VATICAN1975 (cablemap)
HARARE81 = "REFS: A) STATE (01) 201265, B) STATE (01) 213042,C) \n \nSTATE 02034 \n"
BAGHDAD3708 = "REF: BAGHDAD #3565 "
KUWAIT2545 = "REF: KUWAIT (C)02293 "
COLOMBO1516 = "REF: COLOMBO CABLES 0266 AND 02259 (2002)"
VATICAN1975 = (
    "SUBJECT: ENGAGING CATHOLIC CHURCH IN VENEZUELA \n \nREF: STATE: 73097 \n \nCLASSIFIED BY:"
)
# 02AMMAN5966, 02AMMAN2228 (cablemap)
AMMAN5966 = "REF: AMMAN 07718 99, AMMAN 05986 00, AMMAN 07718 01 "
AMMAN2228 = "REF: A. SECSTATE 51937 B. AMMAN 5049-01 "
# 08DUBLIN382, 05BRASILIA1466 (cablemap)
DUBLIN382 = "REF: INGALLS (S/CT) E-MAIL OF 04/15/2008 "
BRASILIA1466 = (
    "REF: A. STATE 43965 \n     ¶B. BRASILIA 1207 \n     ¶C. BRASILIA 1035 \n"
    "     ¶D. BRASILIA 1017 \n     ¶E. BRASILIA 660 \n     ¶F. BRASILIA 415 \n"
    "     ¶G. BRASILIA 223 \n     ¶H. USDEL SECRETARY TELEGRAMS 000005/000007/00004 \n"
    "     ¶I. (S/NF) TD-314/21795-05 11 APRIL 2005 \n"
    "     ¶J. (S/NF) TD-314/21753-05 11 APRIL2005. "
)
# 09SAOPAULO558, 05PANAMA555 (cablemap)
SAOPAULO558 = (
    "E.O. 12958: N/A \nTAGS: PINR PGOV PREL SNAR BR AVERY\n"
    "SUBJECT: WHAT HAPPENED TO THE PCC? \n \nREF: A. ASUNCION 701 (08) \n"
    "     ¶B. ASUNCION 338 (07) \n     ¶C. INCSR BRAZIL 2008 \n"
    "     ¶D. SAO PAULO 228 (08) \n     ¶E. SAO PAULO 66 (08) \n"
    "     ¶F. SAO PAULO 873 (07) \n     ¶G. SAO PAULO 447 (07) \n"
    "     ¶H. SAO PAULO 975 (06) \n     ¶I. SAO PAULO 526 (06) \n"
    "     ¶J. SAO PAULO 319 (06) \n \n¶1.  (SBU) Summary: For thre"
)
PANAMA555 = (
    "REF: A. 04 STATE 273089 \n     ¶B. 04 PANAMA 02153 \n     ¶C. PANAMA 00338 \n"
    "     ¶D. 04 PANAMA 00548 \n     ¶E. 04 PANAMA 00148 \n"
    "     ¶F. 2004 HUMAN RIGHTS REPORT FOR PANAMA \n     ¶G. PANAMA 00390 \n"
    "     ¶H. 04 PANAMA 02589 \n     ¶I. PANAMA 00088 \n     ¶J. 04 PANAMA 02613 "
)
# 10PORTAUPRINCE112, 07HONGKONG2480, 07HANOI73, 02ROME5601 (cablemap)
PORTAUPRINCE112 = "REF: PORT A 76; PORT A 100"
HONGKONG2480 = "REF: A) USDOC 05667 B)HK05511 "
HANOI73 = "REF: A) HO CHI MINH 10 B) 06 HCMC 1497 AND PREVIOUS "
ROME5601 = "REF: UNCLASS USDA FAS 57863 "


# --------------------------------------------------------------------- years


def test_year_after_slash_09PANAMA343() -> None:
    cable = cablegram.parse_cable(PANAMA343, year=2009)
    a, b = cable.references
    assert (a.letter, a.year, a.serial, a.cable_id) == ("A", 2008, "00933", "08PANAMA933")
    assert _src(PANAMA343, a) == "PANAMA 00933/08"
    assert (b.letter, b.cable_id) == ("B", "09PANAMA332")


def test_year_after_hyphen_06QUITO1920() -> None:
    assert [cable_id for _, _, cable_id in _refs(QUITO1920, 2006)] == [
        "91QUITO4525",
        "06QUITO1735",
        "03QUITO1905",
        "06QUITO579",
        "91QUITO1973",
    ]
    assert [cable_id for _, _, cable_id in _refs(AMMAN2228, 2002)] == [
        "02STATE51937",
        "01AMMAN5049",
    ]


def test_year_in_parentheses_after_serial_06THEHAGUE374() -> None:
    assert _refs(THEHAGUE374, 2006) == [
        ("A", CABLE, "05THEHAGUE3128"),
        ("B", CABLE, "05THEHAGUE2870"),
        ("C", CABLE, "05THEHAGUE3331"),
    ]


def test_parenthesised_year_belongs_to_the_next_post_09SAOPAULO663() -> None:
    assert [cable_id for _, _, cable_id in _refs(SAOPAULO663, 2009)] == [
        "09SAOPAULO653",
        "09SAOPAULO433",
        "09SAOPAULO421",
        "09BRASILIA709",
        "08SAOPAULO542",
    ]


def test_years_after_serials_and_a_report_title_09SAOPAULO558() -> None:
    refs = _refs(SAOPAULO558, 2009)
    assert refs[:3] == [
        ("A", CABLE, "08ASUNCION701"),
        ("B", CABLE, "07ASUNCION338"),
        ("C", ReferenceKind.REPORT, "INCSR BRAZIL 2008"),
    ]
    assert [cable_id for _, _, cable_id in refs[3:]] == [
        "08SAOPAULO228",
        "08SAOPAULO66",
        "07SAOPAULO873",
        "07SAOPAULO447",
        "06SAOPAULO975",
        "06SAOPAULO526",
        "06SAOPAULO319",
    ]


def test_year_word_after_serial_02AMMAN5966() -> None:
    assert [cable_id for _, _, cable_id in _refs(AMMAN5966, 2002)] == [
        "99AMMAN7718",
        "00AMMAN5986",
        "01AMMAN7718",
    ]


def test_two_digit_year_in_parentheses_before_post_01VATICAN5095() -> None:
    cable = cablegram.parse_cable(VATICAN5095, year=2001)
    (ref,) = cable.references
    assert (ref.year, ref.cable_id) == (1999, "99ROME2196")
    assert _src(VATICAN5095, ref) == "(99) ROME 2196"


def test_letter_o_for_zero_in_year_05SANJOSE2106() -> None:
    assert _refs(SANJOSE2106, 2005) == [
        ("A", CABLE, "05SANJOSE234"),
        ("B", CABLE, "04SANJOSE2233"),
        ("C", CABLE, "04SANJOSE443"),
    ]


# ---------------------------------------------------------- glued and joined ids


def test_ids_written_whole_10CAIRO195() -> None:
    cable = cablegram.parse_cable(CAIRO195, year=2010)
    assert [r.cable_id for r in cable.references] == ["09CAIRO561", "08CAIRO2528"]
    assert [_src(CAIRO195, r) for r in cable.references] == ["09CAIRO0561", "08CAIRO2528"]


def test_year_glued_to_post_10RIYADH184() -> None:
    assert _refs(RIYADH184, 2010) == [
        ("A", CABLE, "09DHAHRAN201"),
        ("B", CABLE, "09RIYADH1302"),
        ("C", CABLE, "09RIYADH1397"),
        ("D", CABLE, "09RIYADH1492"),
        ("E", CABLE, "09RIYADH1557"),
        ("F", CABLE, "09RIYADH1642"),
        ("G", CABLE, "10RIYADH103"),
        ("H", CABLE, "10STATE3080"),
        ("I", CABLE, "10STATE11182"),
    ]


def test_serial_glued_to_post_09BELGRADE765() -> None:
    assert _refs(BELGRADE765, 2009) == [
        ("A", CABLE, "09BELGRADE725"),
        ("B", CABLE, "09BELGRADE743"),
    ]
    assert _refs(HONGKONG2480, 2007) == [
        ("A", CABLE, "07USDOC5667"),
        ("B", CABLE, "07HONGKONG5511"),
    ]


def test_hyphens_and_four_digit_year_glued_10OTTAWA79() -> None:
    assert _refs(OTTAWA79, 2010) == [(None, CABLE, "10OTTAWA57")]
    assert [cable_id for _, _, cable_id in _refs(PANAMA1518, 2006)] == [
        "06PANAMA651",
        "06PANAMA1213",
        "06PANAMA1293",
        "05PANAMA2342",
    ]


def test_serials_after_slashes_07KABUL1033() -> None:
    assert _refs(KABUL1033, 2007) == [
        ("A", CABLE, "07KABUL936"),
        ("A", CABLE, "07KABUL935"),
        ("B", CABLE, "07KABUL692"),
        ("B", CABLE, "07KABUL317"),
        ("B", CABLE, "07KABUL274"),
        ("B", CABLE, "07KABUL162"),
        ("C", CABLE, "06KABUL5353"),
        ("C", CABLE, "06KABUL5194"),
        ("C", CABLE, "06KABUL4319"),
    ]


def test_serial_before_post_07ASMARA850() -> None:
    cable = cablegram.parse_cable(ASMARA850, year=2007)
    assert [(r.letter, r.cable_id) for r in cable.references] == [
        ("A", "07ASMARA821"),
        ("B", "07ASMARA838"),
    ]
    assert _src(ASMARA850, cable.references[0]) == "00821 ASMARA"
    assert _refs(ULAANBAATAR881, 2006) == [(None, CABLE, "06ULAANBAATAR870")]


def test_words_and_marks_between_post_and_serial_02HARARE81() -> None:
    assert _refs(HARARE81, 2002)[:2] == [
        ("A", CABLE, "01STATE201265"),
        ("B", CABLE, "01STATE213042"),
    ]
    assert _refs(BAGHDAD3708, 2007) == [(None, CABLE, "07BAGHDAD3565")]
    assert _refs(KUWAIT2545, 2003) == [(None, CABLE, "03KUWAIT2293")]
    assert _refs(COLOMBO1516, 2003) == [
        (None, CABLE, "03COLOMBO266"),
        (None, CABLE, "02COLOMBO2259"),
    ]
    assert _refs(VATICAN1975, 2002) == [(None, CABLE, "02STATE73097")]


def test_one_digit_serials_10HANOI7() -> None:
    refs = _refs(HANOI7, 2010)
    assert refs[:3] == [
        ("A", CABLE, "10HANOI5"),
        ("A", CABLE, "10HANOI3"),
        ("A", CABLE, "09HANOI1398"),
    ]
    assert len(refs) == 12


# -------------------------------------------------------------------- posts


def test_short_names_of_posts_08TEGUCIGALPA86() -> None:
    assert [cable_id for _, _, cable_id in _refs(TEGUCIGALPA86, 2008)] == [
        "07TEGUCIGALPA1798",
        "07TEGUCIGALPA1818",
        "08TEGUCIGALPA57",
        "08TEGUCIGALPA84",
    ]
    assert _refs(HANOI73, 2007) == [
        ("A", CABLE, "07HOCHIMINHCITY10"),
        ("B", CABLE, "06HOCHIMINHCITY1497"),
    ]


def test_short_name_and_description_10KUALALUMPUR12() -> None:
    # the words after "--" describe the cable: no reference of their own
    assert _refs(KUALALUMPUR12, 2010) == [
        ("A", CABLE, "09KUALALUMPUR1016"),
        ("B", CABLE, "09KUALALUMPUR1013"),
    ]


def test_short_name_in_ref_glued_to_subject_07ADDISABABA3404() -> None:
    assert _refs(ADDISABABA3404, 2007) == [(None, CABLE, "07ADDISABABA3365")]


def test_digit_zero_for_letter_o_in_post_06OTTAWA2420() -> None:
    assert _refs(OTTAWA2420, 2006)[2] == ("C", CABLE, "05OTTAWA3518")
    assert _refs(SANTIAGO439, 2006)[1] == ("B", CABLE, "05SANTIAGO465")
    assert _refs(COTONOU369, 2008) == [(None, CABLE, "08COTONOU348")]


def test_abbreviated_saint_07MOSCOW1811() -> None:
    assert _refs(MOSCOW1811, 2007) == [
        ("A", CABLE, "07STPETERSBURG75"),
        ("B", CABLE, "07MOSCOW510"),
    ]


def test_post_abbreviated_to_a_letter_10PORTAUPRINCE112() -> None:
    assert _refs(PORTAUPRINCE112, 2010) == [
        (None, CABLE, "10PORTAUPRINCE76"),
        (None, CABLE, "10PORTAUPRINCE100"),
    ]


def test_agencies_that_send_cables_10CAIRO177() -> None:
    cable = cablegram.parse_cable(CAIRO177, year=2010)
    assert [(r.kind, r.cable_id or r.text) for r in cable.references] == [
        (CABLE, "10SECDEF122723"),
        (ReferenceKind.REPORT, "CAIRO IIR 6 899 0149 10"),
        (CABLE, "09CAIRO2394"),
        (CABLE, "09CAIRO491"),
    ]
    assert _src(CAIRO177, cable.references[1]) == "CAIRO IIR 6 899 0149 10"
    assert _refs(ROME5601, 2002) == [(None, CABLE, "02USDAFAS57863")]


# ------------------------------------------------------------------ bullets


def test_letter_repeated_on_a_new_line_07TALLINN375() -> None:
    assert _refs(TALLINN375, 2007) == [
        ("A", CABLE, "07TALLINN366"),
        ("B", ReferenceKind.EMAIL, "LEE-GOLDSTEIN EMAIL 05/11/07"),
        ("B", CABLE, "07TALLINN347"),
    ]


def test_bullets_glued_to_serials_08STATE99666() -> None:
    assert _refs(STATE99666, 2008) == [
        ("A", CABLE, "08STATE21770"),
        ("B", CABLE, "08STATE39585"),
        ("C", CABLE, "08STATE52030"),
    ]


def test_bracketed_and_dashed_bullets_05OTTAWA2105() -> None:
    # "State 188314, 259032": two cables of the Department under bullet A
    assert _refs(OTTAWA2105, 2005) == [
        ("A", CABLE, "05STATE188314"),
        ("A", CABLE, "05STATE259032"),
        ("B", CABLE, "05OTTAWA2285"),
    ]
    assert _refs(KABUL85, 2008) == [("A", CABLE, "08KABUL28")]


# ----------------------------------------------------- documents beside cables


def test_emails_on_the_line_after_the_cables_09PANAMA881() -> None:
    cable = cablegram.parse_cable(PANAMA881, year=2009)
    assert [(r.kind, r.cable_id or r.text) for r in cable.references] == [
        (CABLE, "09PANAMA829"),
        (CABLE, "09PANAMA879"),
        (CABLE, "09BOGOTA3483"),
        (ReferenceKind.EMAIL, "STEPHENSON-BROWNFIELD E-MAILS"),
    ]
    assert not uncovered(cable)


def test_tel_aviv_is_no_telcon_10CAIRO247() -> None:
    assert _refs(CAIRO247, 2010) == [
        (None, CABLE, "10STATE16236"),
        (None, CABLE, "10TELAVIV432"),
    ]


def test_cable_and_telcon_split_at_semicolon_10ABUJA215() -> None:
    assert _refs(ABUJA215, 2010) == [
        (None, CABLE, "10ABUJA207"),
        (None, ReferenceKind.TELCON, "FEB 24 A/S CARSON-AMB SANDERS TELCON"),
    ]


def test_cables_and_telcons_in_one_item_06VATICAN83() -> None:
    assert _refs(VATICAN83, 2006) == [
        ("A", CABLE, "05VATICAN475"),
        ("A", CABLE, "06WARSAW799"),
        ("A", ReferenceKind.TELCON, "MARTIN - CURTIN, VAN CLEVE TELCONS"),
    ]


def test_date_is_no_further_serial_66BUENOSAIRES2481() -> None:
    assert _refs(BUENOSAIRES2481, 1966) == [(None, CABLE, "66STATE106206")]


def test_foreign_affairs_manual_is_a_book_09STATE119085() -> None:
    refs = _refs(STATE119085, 2009)
    assert [(letter, kind) for letter, kind, _ in refs] == [
        ("A", CABLE),
        ("B", ReferenceKind.BOOK),
        ("C", CABLE),
        ("D", CABLE),
        ("E", ReferenceKind.BOOK),
        ("F", CABLE),
        ("G", CABLE),
        ("H", ReferenceKind.BOOK),
    ]
    assert refs[1][2] == "7 FAM 180"


def test_intelligence_reports_08MADRID308() -> None:
    assert _refs(MADRID308, 2008)[4:] == [
        ("E", ReferenceKind.REPORT, "TD-314/40895-07"),
        ("F", ReferenceKind.REPORT, "TD-314/57798-07"),
    ]
    assert _refs(PANAMA555, 2005)[5] == (
        "F",
        ReferenceKind.REPORT,
        "2004 HUMAN RIGHTS REPORT FOR PANAMA",
    )


def test_marking_after_a_bullet_is_no_paragraph_05BRASILIA1466() -> None:
    refs = _refs(BRASILIA1466, 2005)
    assert refs[-2:] == [
        ("I", ReferenceKind.REPORT, "(S/NF) TD-314/21795-05 11 APRIL 2005"),
        ("J", ReferenceKind.REPORT, "(S/NF) TD-314/21753-05 11 APRIL2005."),
    ]


def test_office_symbol_is_no_marking_08DUBLIN382() -> None:
    cable = cablegram.parse_cable(DUBLIN382, year=2008)
    assert [(r.kind, r.text) for r in cable.references] == [
        (ReferenceKind.EMAIL, "INGALLS (S/CT) E-MAIL OF 04/15/2008")
    ]
    assert not cable.paragraphs


# 04RIODEJANEIRO1105 and 04HANOI652 (cablemap's test data): a blank line inside an
# item of the REF list
RIO1105 = (
    "SUBJECT: BRZAIL'S MINAS GERAIS:  PT INCUMBENT COULD \nWIN A TIGHT RACE IN BRAZIL'S "
    "THIRD CITY \n \nRefs:  (A) Rio de Janeiro 00190  (B) Rio de Janeiro \n \n00723  (C) "
    "Brasilia 01392 \n \n1.  (U)  SUMMARY"
)
HANOI652 = (
    "SUBJECT:  INPUT FOR 2004 TIP REPORT - VIETNAM \n \nREFS:  A. STATE 7869 B. 03 HANOI "
    "3232 C. 03 HANOI 3288 D. 03 \n \nHANOI 2323 E. HANOI 336 F. HCMC 196 \n \n¶1. Mission "
    "Viet "
)


def test_blank_line_inside_an_item_04RIODEJANEIRO1105() -> None:
    refs = cablegram.parse_cable(RIO1105, year=2004).references
    assert [r.cable_id for r in refs] == [
        "04RIODEJANEIRO190",
        "04RIODEJANEIRO723",
        "04BRASILIA1392",
    ]


def test_blank_line_before_the_rest_of_the_list_04HANOI652() -> None:
    cable = cablegram.parse_cable(HANOI652, year=2004)
    assert [r.cable_id for r in cable.references][-3:] == [
        "03HANOI2323",
        "04HANOI336",
        "04HOCHIMINHCITY196",
    ]
    assert cable.paragraphs[0].text.startswith("Mission Viet")


# cablemap: 05TAIPEI4305's REF block, broken after the bullet D) by a blank line
TAIPEI4305 = (
    "SUBJECT: Port of Kaohsiung Sixth Container Terminal Faces \nNew Obstacles \n \n"
    "Ref:  Ref A) Taipei 3393 B) Taipei 03793 C) Taipei 03856 D) \n \n"
    "Taipei 03196 E) Taipei 03197 F) Taipei 03525 \n \n1. (U) Summary"
)


def test_bullet_left_open_before_a_blank_line_05TAIPEI4305() -> None:
    cable = cablegram.parse_cable(TAIPEI4305, year=2005)
    assert [(r.letter, r.cable_id) for r in cable.references] == [
        ("A", "05TAIPEI3393"),
        ("B", "05TAIPEI3793"),
        ("C", "05TAIPEI3856"),
        ("D", "05TAIPEI3196"),
        ("E", "05TAIPEI3197"),
        ("F", "05TAIPEI3525"),
    ]
    assert cable.paragraphs[0].text == "Summary"


# cablemap: 02COLOMBO2314's REF block, its later bullets behind a dash
COLOMBO2314 = (
    "Refs:  (A) Colomobo 2304 \n \n-      (B) State 240035 \n-      (C) State 240015 "
    "\n \n1. (C) Text"
)


def test_bullets_behind_a_dash_after_a_blank_line_02COLOMBO2314() -> None:
    cable = cablegram.parse_cable(COLOMBO2314, year=2002)
    assert _refs(COLOMBO2314, 2002) == [
        ("A", CABLE, "02COLOMBO2304"),
        ("B", CABLE, "02STATE240035"),
        ("C", CABLE, "02STATE240015"),
    ]
    assert cable.paragraphs[0].text == "Text"
    assert not uncovered(cable)


# 08REYKJAVIK23, lines 21-27
REYKJAVIK23 = (
    "REF:  A) State 16319; B) Reykjavik 00020; C) State 15111; and D) \n \nState 13716 \n \n"
    "Classified by Ambassador Carol van Voorst for reasons 1.4 (b) and (d). \n \n"
    "¶1.  (C) Foreign Minister Ingibjorg Solrun Gisladottir told the \n"
)
# 09TRIPOLI872, lines 19-21 (the REF glued to the subject ends in a mark)
TRIPOLI872 = (
    "SUBJECT: DEMARCHE DELIVERED: 64TH UN GENERAL ASSEMBLY, THIRD COMMITTEE, 2009 "
    "PRIORITIES REF: STATE 109397 (U) \n\nPost delivered reftel demarche to the "
    "International Organizations Office on October 26. CRETZ\n"
)
# 09CAIRO2351, lines 22-24 (the REF line runs into a heading's numeral)
CAIRO2351 = (
    "REF: STATE 97309 Per REFTEL, the 2009-2010 International Narcotics Control Strategy "
    "Report for Egypt, Part 1, follows below: I. \n\nSUMMARY The Arab Republic of Egypt is "
    "not a major producer\n"
)


def test_open_bullet_goes_on_past_a_blank_line_08REYKJAVIK23() -> None:
    cable = cablegram.parse_cable(REYKJAVIK23, year=2008)
    assert [(r.letter, r.cable_id) for r in cable.references][-1] == ("D", "08STATE13716")
    assert cable.classified_by is not None


def test_a_mark_or_a_numeral_is_no_open_bullet_09TRIPOLI872_09CAIRO2351() -> None:
    tripoli = cablegram.parse_cable(TRIPOLI872, year=2009)
    assert [r.cable_id for r in tripoli.references] == ["09STATE109397"]
    assert tripoli.paragraphs[0].text.startswith("Post delivered reftel demarche")
    cairo = cablegram.parse_cable(CAIRO2351, year=2009)
    assert cairo.paragraphs and cairo.paragraphs[0].text.startswith("SUMMARY The Arab")


# 06REYKJAVIK120, lines 22-25: the keyword in mixed case with the letter before the colon
REYKJAVIK120 = (
    "Ref A: Reykjavik 107 \nRef B: Reykjavik 108 \n \n"
    "¶1. (SBU) Summary:  The Government and news media of Iceland, \n"
)
# 08PARIS137, lines 26-30: "reftel" at a line start is the sentence's word
PARIS137 = (
    "REF: 08 STATE 07089 \n \nPolitical Minister Counselor Josiah Rosenblatt delivered \n"
    "reftel demarche to A/S-equivalent for the Americas Daniel \n"
    "Parfait on January 24.  Parfait responded that France will \n"
)
# 07BRASILIA2185, line 28: the SBU caption glued to the REF line
BRASILIA2185 = (
    "REF: UNVIE VIEN 641 This cable is sensitive but unclassified. Please protect "
    "accordingly. Not for internet distribution. \n\n"
    "¶1. (SBU) On November 7, 2007, per REFTEL ESTHOff met with the Deputy Head\n"
)
# 07TRIPOLI993, line 21: the body glued after an e-mail's date
TRIPOLI993 = (
    "RENEWABLE ENERGY CONFERENCE REF: A) STATE 138248, B) GODFREY-LAWSON E-MAIL "
    "11/21/2007 Per reftel, Post requests that Libya be added to the list of invitees.\n"
)


def test_mixed_case_keyword_before_a_letter_06REYKJAVIK120() -> None:
    cable = cablegram.parse_cable(REYKJAVIK120, year=2006)
    assert [r.cable_id for r in cable.references] == ["06REYKJAVIK107", "06REYKJAVIK108"]


def test_lower_case_reftel_starts_no_ref_block_08PARIS137() -> None:
    cable = cablegram.parse_cable(PARIS137, year=2008)
    assert [r.cable_id for r in cable.references] == ["08STATE7089"]
    (paragraph,) = cable.paragraphs
    assert paragraph.text.startswith("Political Minister Counselor Josiah Rosenblatt delivered")
    assert "Parfait on January 24." in paragraph.text


def test_sbu_caption_glued_to_the_ref_line_07BRASILIA2185() -> None:
    cable = cablegram.parse_cable(BRASILIA2185, year=2007)
    assert [r.text for r in cable.references] == ["UNVIE VIEN 641"]
    (caption,) = [c for c in cable.captions if c.name == "SENSITIVE BUT UNCLASSIFIED"]
    assert BRASILIA2185[caption.span.start : caption.span.end].startswith("This cable is")
    assert cable.paragraphs[0].text.startswith("On November 7, 2007")
    assert not uncovered(cable)


def test_body_glued_after_an_email_date_07TRIPOLI993() -> None:
    cable = cablegram.parse_cable(TRIPOLI993, year=2007)
    assert [(r.letter, r.kind, r.cable_id or r.text) for r in cable.references] == [
        ("A", CABLE, "07STATE138248"),
        ("B", ReferenceKind.EMAIL, "GODFREY-LAWSON E-MAIL 11/21/2007"),
    ]
    assert cable.paragraphs[0].text.startswith("Per reftel, Post requests")
