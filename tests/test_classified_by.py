"""Classified By lines from real cables: reasons written every which way, titles
and offices around the name, body text and REF lists glued on by lost newlines.

The excerpts are verbatim from ../shared/corpus/cables/cablegate, except that
trailing blanks are stripped and very long lines are cut where noted; a backslash
at a line end in this file is Python's continuation, so the line is one in the text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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


# 09STATE29700, lines 35-43 (long lines cut at 100 characters)
STATE29700 = """SUBJECT: REQUEST TO ASK EU COMMISSIONER FOR EXTERNAL
RELATIONS FERRARO-WALDNER TO RAISE CASE OF GAO ZHISHENG
WITH THE CHINESE

REF: BRUSSELS 000414

Classified By: DRL Karen Stewart for reasons 1.4 (b) and (d)

¶1. (U) This is an action request. See paragraph 3.
"""

# 06TAIPEI2921, lines 39-47 (long lines cut at 100 characters)
TAIPEI2921 = """SUBJECT: FOREIGN MINISTER HUANG ON HIS CENTRAL AMERICA
TRIP, FUTURE TAIWAN FOREIGN POLICY

REF: A. TAIPEI 02800
     ¶B. TAIPEI 133192

Classified By: AIT Director Stephen M. Young. Reason(s):
1.4 (B/D)

"""

# 07BAKU1268, lines 25-28 (long lines cut at 100 characters)
BAKU1268 = """SUBJECT: AZERBAIJAN: SOCAR REFRAINS FROM “GOING KAZAKH” ON
BP-LED CONSORTIUM
REF: BAKU 1224
Classified By: Ambasador Anne E. Derse, Reasons 1.4 (b,d)
"""

# 07LIMA2323, lines 76-80 (long lines cut at 100 characters)
LIMA2323 = """     ¶D. LIMA 2236

Classified By: Classified By:  A/DCM V. Wunder, for Reasons 1.4 (c,d)

¶1.  (C) Summary:  Ambassador Struble paid a cordial
"""

# 09ACCRA1070, lines 17-20 (long lines cut at 100 characters)
ACCRA1070 = """SUBJECT: COUNTER NARCOTICS HEAD DENIES POLITICS AT BOARD

Classified By: Charge d,Affaires Julie Furuta-Toy for reasons 1.4(b) an d (d).

"""

# 09BAGHDAD791, lines 16-19 (long lines cut at 100 characters)
BAGHDAD791 = """SUBJECT: CDA, CG AND PM DISCUSS EVOLVING SECURITY CONCERNS,
THE BUDGET, OIL CONTRACTS; CDA DELIVERS DEMARCHE ON CAMP ASHRAF
REF: A. SECSTATE 26167  B. BAGHDAD 00442
Classified By: Charge d’ Affairs Patricia Butenis for reasons 1.4 (b) a nd (d)
"""

# 08BERLIN1068, lines 19-28 (long lines cut at 100 characters)
BERLIN1068 = """Subject: (s) germany requests release of xxxxxxxxxxxx
nonpaper to the german criminal customs office (zka)

Ref: a. State 77660
b. Berlin 1000

Classified By: Global Affairs Unit Chief Don L. Brown for
reasons 1.4 (b) and (d).

¶1. (u) this is an action request. Please see para 4.
"""

# 09STATE97244, lines 31-37 (long lines cut at 100 characters)
STATE97244 = """SUBJECT: POTUS EUROPEAN-BASED MISSILE DEFENSE DECISION
(SECOND CORRECTED COPY OF STATE 96519)

REF: A. STATE 96519 B. STATE 96550

Classified By: T U/S Ellen O. Tauscher for Reasons 1.4 a,b,and d.

"""

# 07PARIS3956, lines 19-29 (long lines cut at 100 characters)
PARIS3956 = """SUBJECT: KOUCHNER EXPECTED TO MEET IRANIAN COUNTERPART AT
UNGA BUT NOT SARKOZY

REF: A. (A) PARIS POINTS 20 SEPTEMBER 2007

     ¶B. (B) PARIS 3668

Classified By: Acting Political Minister-Counselor Andrew Young for rea
sons 1.4. (b), (d).

¶1.  (C)  During a September 19 call on French MFA
"""

# 09BERLIN1106, lines 17-23 (long lines cut at 100 characters)
BERLIN1106 = """SUBJECT: CHANCELLOR ANGELA "TEFLON" MERKEL TAKES LIMELIGHT
AS FDP WAITS IN THE WINGS

Classified By: MINISTER COUNSELOR FOR POLITICAL AFFAIRS GEORGE GLASS FO
R REASONS 1.4 (B) AND (D)

SUMMARY
"""

# 08SANJOSE762, lines 20-30 (long lines cut at 100 characters)
SANJOSE762 = """SUBJECT: DEMARCHE RESPONSE: COSTA RICA OPPOSES ABKHAZ AND
SOUTH OSSETIAN PARTICIPATION IN FORMAL UNSC MEETINGS ON
GEORGIA

REF: A. WHA/CEN-SAN JOSE EMAIL
     ¶B. STATE 100791

Classified By: Classified by Pol-Economic Counselor David E. Henifin pe
r 1.4(d)

¶1.  (C) On September 15, in a pull aside during local
"""

# 05BRASILIA1067, lines 12-16 (long lines cut at 100 characters)
BRASILIA1067 = """SUBJECT: PRESIDENTIAL CHIEF OF STAFF OF DIRCEU ON FTAA AND POTENTIAL COMPULSORY \
LICENSING OF PHARMAC

REF: BRASILIA 1017
Classified By: AMB. DANILOVICH BASED UPON REASON 1.4(B)

"""

# 06TELAVIV4032, lines 39-42 (long lines cut at 100 characters)
TELAVIV4032 = """SUBJECT: USSC DAYTON RAISES RAFAH, AMA AND BADR BRIGADE WITH ISA DISKIN

Classified By: Charge d’Affaires Gene A. Cretz. E.O. 12958 Reason 1.4 (B/D).

"""

# 09MADRID71, lines 31-40 (long lines cut at 100 characters)
MADRID71 = """SUBJECT: SPAIN: DEPARTING AMBASSADOR'S INSIGHTS ON ENGAGING
GOS LEADERSHIP

REF: A. 08 MADRID 1359
¶B. 08 MADRID 518

Classified By: Charge d'Affaires Arnold A. Chacon for reasons 1.4 (b) a
nd (d)

¶1. (C) SUMMARY: Ambassador Aguirre conducted a series of
"""

# 09RIODEJANEIRO329, lines 22-27 (long lines cut at 100 characters)
RIODEJANEIRO329 = """SUBJECT: COUNTER-INSURGENCY DOCTRINE COMES TO RIO'S FAVELAS

Classified By: Principal Officer Dennis W. Hearne. Reasons (1.4 b,d)

SUMMARY

"""

# 05ANKARA4456, lines 9-15 (long lines cut at 100 characters)
ANKARA4456 = """SUBJECT: TURKEY'S SOUTHEAST: ALEVI COMMUNITIES SEEK HIGHER
PROFILE

Classified By: (U) Polcounselor John Kunstadter; reasons: E.O. 12958 1.
4 (b,d).

¶1. (U) This is a Consulate Adana cable.
"""

# 07COLOMBO728, lines 37-40 (long lines cut at 100 characters)
COLOMBO728 = """SUBJECT: SRI LANKA: GSL COMPLICITY IN PARAMILITARY
FACTIONS’ HUMAN RIGHTS ABUSES
REF: A. COLOMBO 591  B. COLOMBO 561  C. COLOMBO 463  D. COLOMBO 460  E. 2006 COLOMBO \
2056  F. 2006 C
Classified By: Ambassador Robert O. Blake, Jr., for reasons 1.4(b, d)
"""

# 08USNATO453, lines 31-38 (long lines cut at 100 characters)
USNATO453 = """EO 12958 DECL: 12/04/2018
TAGS PREL, PGOV, MOPS, MARR, NATO, PTER, PINR, AF, PK, IN
SUBJECT: ALLIES FIND BRIEFING ON AFGHANISTAN NIE “GLOOMY,”
BUT FOCUS ON RECOMMENDATIONS TO IMPROVE SITUATION
USNATO 00000453 001.2 OF 005
Classified By: Charge d’Affaires W. Scott Reid III. Reasons 1.4 (b), ( c), (d).

¶1. (S/REL NATO) Summary. National Intelligence Officer (NiO) for South Asia, Dr. Peter \
Lavoy, brief
"""

# 07BEIJING1840, lines 26-33 (long lines cut at 100 characters)
BEIJING1840 = """SUBJECT: ZHEJIANG PARTY SECRETARY TOUTS ECONOMIC SUCCESSES
AND WORK TOWARDS RULE OF LAW AT AMBASSADOR’S DINNER
REF: A. BEIJING 1672
 ¶B. BEIJING 1760

Classified By: AMBASSADOR CLARK T. RANDT, JR., REASONS 1.4 B AND D.

¶1. (C) Summary. Zhejiang Province Communist Party Secretary Xi Jinping, a contender to \
succeed Pres
"""

# 09ANKARA1084, lines 21-28 (long lines cut at 100 characters)
ANKARA1084 = """SUBJECT: TURKEY-IRAN BORDER: A TALE OF TWO CUSTOMS POSTS

REF: A. 08 ANKARA 1837
     ¶B. 08 ISTANBUL 540

Classified By: A/DCM Daniel O,Grady for reason 1.4(d).

1.(S/NF) This information is being sent in cable format at the request of a visiting \
analyst. The re
"""

# 07PARIS3668, lines 18-26 (long lines cut at 100 characters)
PARIS3668 = """SUBJECT: FRENCH MFA READOUT ON AUGUST 23 TEHRAN VISIT BY
ELYSEE ADVISER RICHIER AND MFA DAS GELLET

REF: PARIS 3645 (NOTAL)

Classified By: Classified By: Political Minister-Counselor Josiah Rosen
blatt for reasons 1.4. (b) and (d).

¶1.  (C)  Summary:  The GOF took a hard line during an August
"""

# 09KABUL3068, lines 21-27 (long lines cut at 100 characters)
KABUL3068 = """SUBJECT: AHMED WALI KARZAI AND GOVERNOR WEESA ON GOVERNANCE
IN KANDAHAR

Classified By: Interagency Provincial Affairs Deputy Coordinator Hoyt Y
ee for reasons 1.4 (b) and (d)

¶1. (C) Summary: in a lengthy and cordial introductory meeting
"""

# 09BAGHDAD383, lines 20-28 (long lines cut at 100 characters)
BAGHDAD383 = """SUBJECT: IRAQI SHI'A PARLIAMENTARIAN PAINTS DIRE PICTURE OF
IRANIAN RELIGIOUS INFLUENCE

REF: BAGHDAD 342

Classified By: Minister-Counselor for Political Military Affairs Michae
l Corbin for reasons 1.4 (b, d).

¶1. (S) Summary: Ayad Jamaleddin, a Council of
"""

# 09KABUL3890, lines 20-28 (long lines cut at 100 characters)
KABUL3890 = """SUBJECT: KANDAHAR POLITICS COMPLICATE U.S. OBJECTIVES IN AFGHANISTAN

REF: A. KABUL 3748
¶B. KABUL 3595

Classified By: Coordinator Director for Development and Economic Affair
s E. Anthony Wayne, reasons 1.4 (b) and (d)

¶1. (C) Summary: As we step up engagement with GIRoA
"""

# 06BEIJING22825, lines 21-30 (long lines cut at 100 characters)
BEIJING22825 = """SUBJECT: BEIJING HUMAN RIGHTS WATCHERS DISCUSS EU HR
DIALOGUE; RAISE TIBET SHOOTING INCIDENT

REF: BEIJING 21795


Classified By: Classified by Political Internal Unit Chief Susan
Thornton. Reasons 1.4 (b) and (d).

¶1. (C) Summary: The 22nd round of the China-EU human
"""

# 08LONDON2968, lines 27-32 (long lines cut at 100 characters)
LONDON2968 = """SUBJECT: PAKISTAN: MILIBAND'S "POSITIVE" NOVEMBER 25 VISIT

REF: LONDON 2961

Classified By: PolMinCons Greg Berry, reasons 1.4 (b/d).

"""

# 08MANAMA410, lines 19-24 (long lines cut at 100 characters)
MANAMA410 = """SUBJECT: P5 PLUS 1 REFRESHED PACKAGE FOR IRAN

REF: STATE 63960

Classified By: Classifed by CDA Christopher Henzel for reasons 1.4 (b) and (d).

"""

# 09MEXICO2556, lines 51-56 (long lines cut at 100 characters)
MEXICO2556 = """SUBJECT: MEXICO'S ATTORNEY GENERAL MAY BE ON HIS WAY OUT
 Classified By: Confidential by Political Minister Gustavo Delgado.
Reason: 1.4 (b),(d).

¶1. (C) Attorney General (PGR) Eduardo Medina Mora,
oft-rumored to be up for replacement, appears to be on his
"""

# 08CARACAS420, lines 18-25 (long lines cut at 100 characters)
CARACAS420 = """SUBJECT: EMBASSY STRATEGIC COMMUNICATIONS PLAN --
COUNTERING CHAVEZ' ANTI-AMERICANISM


Classified By: CLASSIFIED CONFIDENTIAL BY ACTING DCM
ROBERT RICHARD DOWNES FOR REASON 1.4 (d).

¶1. (U) This is an action request - see paragraph 12.
"""

# 10BUENOSAIRES55, lines 41-49 (long lines cut at 100 characters)
BUENOSAIRES55 = """SUBJECT: Argentina: Economy Minister Says Debt Swap On Track



REF: BUENOS AIRES 25



CLASSIFIED BY: Martinez, Vilma, Ambassador; REASON: 1.4(B), (D)
"""

# 08THEHAGUE680, lines 17-22 (long lines cut at 100 characters)
THEHAGUE680 = """SUBJECT: NETHERLANDS/GEORGIA: SEEKING "BALANCED" NAC
STATEMENT

REF: SECSTATE 85678

Classified By: Political Economic Cou...
"""

# 08VILNIUS657, lines 18-20 (long lines cut at 100 characters)
VILNIUS657 = """SUBJECT: TFGG01: LITHUANIA SUPPORTS NAC LANGUAGE ON GEORGIA

REF: STATE 85678 Classified By: CDA Damian R. Leader for reasons 1.4 (b) and (d)
"""

# 10USNATO35, lines 30-38 (long lines cut at 100 characters)
USNATO35 = """SUBJECT: NATO AGREES TO DO CONTINGENCY PLANNING FOR THE
BALTIC STATES

REF: IMSWM-0028-2010

Classified By: D/Political Advisor A. "Hoot" Baez. Reasons: 1.4 (b) an
d (d).

¶1. (S/REL NATO) On January 22, NATO's Military Committee
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


# The next two cables are not in the corpus: their excerpts are the inputs of the
# conformance cases that cite them (cablemap's test data, ../shared/conformance,
# test_reader_classified_by:_TEST_DATA[78] and [14]), trailing blanks stripped.

# 09STATE75025
STATE75025 = """
Classified By: Special Representative for Afghanistan and Pakistan
Richard C. Holbrooke

1.  (U)  This is an action request; see paragraph 4.
"""

# 96NAIROBI6573
NAIROBI6573 = """
1.  CLASSIFIED BY AMBASSADOR TO SUDAN TIMOTHY CARNEY.
REASON 1.5(D).
"""


def _by(text: str) -> cablegram.ClassifiedBy:
    cable = cablegram.parse_cable(text)
    assert not cable.unparsed
    c = cable.classified_by
    assert c is not None
    return c


def _fields(text: str) -> tuple[object, ...]:
    c = _by(text)
    return (c.name, c.title, c.office, c.reason_section, c.reason_letters)


# -- titles and offices before the name ----------------------------------------


def test_office_acronym_before_the_name_09STATE29700() -> None:
    # an upper-case word before a mixed-case name is an office or a title
    assert _fields(STATE29700) == ("Karen Stewart", None, "DRL", "1.4", ("b", "d"))


def test_office_and_title_before_the_name_06TAIPEI2921() -> None:
    assert _fields(TAIPEI2921) == ("Stephen M. Young", "Director", "AIT", "1.4", ("b", "d"))


def test_unknown_words_before_the_title_word_08BERLIN1068() -> None:
    # the name follows the last title word; "for" on its own line is the reason's
    assert _fields(BERLIN1068)[:2] == ("Don L. Brown", "Global Affairs Unit Chief")


def test_office_symbol_and_single_letter_office_09STATE97244() -> None:
    assert _fields(STATE97244) == ("Ellen O. Tauscher", "T U/S", None, "1.4", ("a", "b", "d"))


def test_title_words_run_together_08LONDON2968_05ANKARA4456() -> None:
    assert _fields(LONDON2968)[:2] == ("Greg Berry", "PolMinCons")
    assert _fields(ANKARA4456)[:2] == ("John Kunstadter", "Polcounselor")


def test_misspelt_title_07BAKU1268() -> None:
    assert _fields(BAKU1268)[:2] == ("Anne E. Derse", "Ambasador")


def test_surname_close_to_a_title_word_stays_the_name_07LIMA2323() -> None:
    # "Wunder" is one letter from "under" but no name follows it
    assert _fields(LIMA2323)[:2] == ("V. Wunder", "A/DCM")


def test_title_word_as_surname_after_an_initial_08VILNIUS657() -> None:
    # "Leader" is a title word, but a name does not end in an initial
    assert _fields(VILNIUS657)[:2] == ("Damian R. Leader", "CDA")


def test_place_after_a_connector_is_not_the_name_09STATE75025_96NAIROBI6573() -> None:
    assert _fields(STATE75025)[:2] == (
        "Richard C. Holbrooke",
        "Special Representative for Afghanistan and Pakistan",
    )
    assert _fields(NAIROBI6573)[:2] == ("TIMOTHY CARNEY", "AMBASSADOR TO SUDAN")


# -- Charge d'Affaires written every which way ---------------------------------


def test_charge_d_comma_affaires_09ACCRA1070() -> None:
    # "," typed for "'"; the reason's "and" split as "an d"
    assert _fields(ACCRA1070) == (
        "Julie Furuta-Toy",
        "Charge d'Affaires",
        None,
        "1.4",
        ("b", "d"),
    )


def test_charge_d_space_affairs_09BAGHDAD791() -> None:
    assert _fields(BAGHDAD791)[:2] == ("Patricia Butenis", "Charge d’Affairs")


def test_comma_for_apostrophe_in_the_name_09ANKARA1084() -> None:
    assert _fields(ANKARA1084)[:2] == ("Daniel O'Grady", "A/DCM")


# -- the reason glued onto the name --------------------------------------------


def test_reason_word_broken_over_two_lines_07PARIS3956() -> None:
    c = _by(PARIS3956)
    assert (c.name, c.reason_section, c.reason_letters) == ("Andrew Young", "1.4", ("b", "d"))


def test_for_broken_over_two_lines_09BERLIN1106() -> None:
    c = _by(BERLIN1106)
    assert (c.name, c.title) == ("GEORGE GLASS", "MINISTER COUNSELOR FOR POLITICAL AFFAIRS")
    assert (c.reason_section, c.reason_letters) == ("1.4", ("b", "d"))


def test_per_broken_over_two_lines_08SANJOSE762() -> None:
    # "Classified by" written again, and "pe\nr 1.4(d)"
    assert _fields(SANJOSE762) == (
        "David E. Henifin",
        "Pol-Economic Counselor",
        None,
        "1.4",
        ("d",),
    )


def test_based_upon_reason_05BRASILIA1067() -> None:
    assert _fields(BRASILIA1067) == ("DANILOVICH", "AMB.", None, "1.4", ("b",))


def test_executive_order_before_the_reason_06TELAVIV4032() -> None:
    assert _fields(TELAVIV4032)[:3] == ("Gene A. Cretz", "Charge d’Affaires", None)


def test_and_of_the_letters_split_over_two_lines_09MADRID71() -> None:
    c = _by(MADRID71)
    assert (c.name, c.reason_letters) == ("Arnold A. Chacon", ("b", "d"))
    assert _src(MADRID71, c).endswith("reasons 1.4 (b) a\nnd (d)")


def test_reason_in_parentheses_09RIODEJANEIRO329() -> None:
    assert _fields(RIODEJANEIRO329) == (
        "Dennis W. Hearne",
        "Principal Officer",
        None,
        "1.4",
        ("b", "d"),
    )


# -- suffixes --------------------------------------------------------------------


def test_jr_after_a_comma_07COLOMBO728_07BEIJING1840() -> None:
    assert _fields(COLOMBO728)[:2] == ("Robert O. Blake, Jr.", "Ambassador")
    assert _fields(BEIJING1840)[:2] == ("CLARK T. RANDT, JR.", "AMBASSADOR")


def test_roman_numeral_suffix_08USNATO453() -> None:
    assert _fields(USNATO453)[:2] == ("W. Scott Reid III", "Charge d’Affaires")


# -- words broken at the end of a line -----------------------------------------


def test_name_broken_at_the_line_end_07PARIS3668_09KABUL3068_09BAGHDAD383() -> None:
    # the piece after the break starts with a small letter: one word
    assert _by(PARIS3668).name == "Josiah Rosenblatt"
    assert _by(KABUL3068).name == "Hoyt Yee"
    assert _by(BAGHDAD383).name == "Michael Corbin"


def test_title_broken_at_the_line_end_09KABUL3890() -> None:
    assert _fields(KABUL3890)[:2] == (
        "E. Anthony Wayne",
        "Coordinator Director for Development and Economic Affairs",
    )


def test_words_of_a_name_on_two_lines_stay_two_06BEIJING22825() -> None:
    assert _fields(BEIJING22825)[:2] == ("Susan Thornton", "Political Internal Unit Chief")


# -- the keyword again, surname first, nickname, a line cut short ---------------


def test_keyword_written_again_08MANAMA410_09MEXICO2556_08CARACAS420() -> None:
    assert _fields(MANAMA410)[:2] == ("Christopher Henzel", "CDA")
    assert _fields(MEXICO2556)[:2] == ("Gustavo Delgado", "Political Minister")
    assert _fields(CARACAS420)[:2] == ("ROBERT RICHARD DOWNES", "ACTING DCM")


def test_surname_first_10BUENOSAIRES55() -> None:
    assert _fields(BUENOSAIRES55) == ("Martinez, Vilma", "Ambassador", None, "1.4", ("b", "d"))


def test_nickname_in_quotes_10USNATO35() -> None:
    assert _fields(USNATO35)[:2] == ('A. "Hoot" Baez', "D/Political Advisor")


def test_line_cut_short_in_a_title_word_08THEHAGUE680() -> None:
    assert _fields(THEHAGUE680)[:2] == (None, "Political Economic Cou")


def _misspelt_by_brute_force(key: str) -> bool:
    """Whether ``key`` is one edit (two from 8 letters on) from a fuzzy title word
    of its buckets, every candidate's distance computed."""
    from cablegram.cable.fields import classifier

    if len(key) < classifier._FUZZY_MIN - 1 or not key.isalpha():
        return False
    index = classifier._fuzzy_titles()
    buckets = {*index.get(key[0], ()), *index.get(key[1], ()), *index.get("_" + key[0], ())}
    return any(
        abs(len(word) - len(key)) <= (limit := 1 if len(word) < 8 else 2)
        and classifier._edits(key, word, limit) <= limit
        for word in buckets
    )


@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_misspelt_title_words_found_through_deletions_as_by_brute_force(
    data: st.DataObject,
) -> None:
    from cablegram.cable.fields import classifier

    words = sorted(w for ws in classifier._fuzzy_titles().values() for w in ws)
    key = list(data.draw(st.sampled_from(words)))
    for _ in range(data.draw(st.integers(0, 3))):  # delete, insert, change, swap
        at = data.draw(st.integers(0, max(0, len(key) - 2)))
        op = data.draw(st.sampled_from("dics"))
        letter = data.draw(st.sampled_from("abcdeilmnorstu"))
        if op == "d" and len(key) > 1:
            del key[at]
        elif op == "i":
            key.insert(at, letter)
        elif op == "c":
            key[at] = letter
        elif op == "s" and len(key) > 1:
            key[at], key[at + 1] = key[at + 1], key[at]
    text = "".join(key)
    assert classifier._misspelt.__wrapped__(text) == _misspelt_by_brute_force(text)


# -- a reason's "(" at the end of its line -----------------------------------------
# The line breaks after the "(" of a lettered reason, with a blank before the break
# (18 development cables; 13 of them lost the letter after the break, and the rest
# of the reason became a paragraph). The excerpts keep that blank: "( \n".

# 09MOSCOW3010, lines 14-26: the first letter after the break
MOSCOW3010 = (
    "C O N F I D E N T I A L SECTION 01 OF 03 MOSCOW 003010\n\nSIPDIS\n\n"
    "E.O. 12958: DECL: 12/14/2019\nTAGS: PGOV PREL KNNP IAEA RS IR\n"
    "SUBJECT: MOSCOW'S INCREASING FRUSTRATION WITH TEHRAN\n\n"
    "Classified By: Acting Political M/C David Kostelancik for reasons 1.4 ( \n"
    "b) and (d).\n\n"
    "¶1.  (C)  Summary:  Official GOR reports and media have\n"
    "pronounced the Russian-Iranian relationship healthy and\n"
)
# 09TELAVIV1184, lines 11-24: after a comma, the last letter after the break
TELAVIV1184 = (
    "S E C R E T SECTION 01 OF 03 TEL AVIV 001184\n\nSIPDIS\n\n"
    "E.O. 12958: DECL: 06/02/2019\nTAGS: PREL PGOV KNNP IR KWBG EG IS\n"
    "SUBJECT: CODELS ACKERMAN AND CASEY MEETINGS WITH PRIME\nMINISTER NETANYAHU\n\n"
    "Classified By: Deputy Chief of Mission Luis G. Moreno, Reason 1.4 (b),( \n"
    "d)\n\n"
    "¶1.  (S) Summary.  CODEL Ackerman and Casey met separately May\n"
    "26 and 27 with Prime Minister Binyamin Netanyahu.  The Prime\n"
)
# 05THEHAGUE2651, lines 19-23 under a banner: capitals, "AND (" before the break
THEHAGUE2651 = (
    "C O N F I D E N T I A L THE HAGUE 002651\n\nSIPDIS\n\n"
    "Classified By: CHARGE D'AFFAIRES CHAT BLAKEMAN FOR REASONS 1.4(B) AND ( \n"
    "D).\n\n"
    "¶1. (C) SUMMARY: The GONL is fully trying at the national and\n"
    "local levels to combat Islamic extremism on Dutch soil. The\n"
)


def test_reason_letter_after_a_line_break_09MOSCOW3010_09TELAVIV1184_05THEHAGUE2651() -> None:
    for text, name in (
        (MOSCOW3010, "David Kostelancik"),
        (TELAVIV1184, "Luis G. Moreno"),
        (THEHAGUE2651, "CHAT BLAKEMAN"),
    ):
        cable = cablegram.parse_cable(text)
        c = _by(text)
        assert (c.name, c.reason_section, c.reason_letters) == (name, "1.4", ("b", "d"))
        assert _src(text, c).endswith(("(d).", "( \nd)", "( \nD)."))
        # the rest of the reason is no paragraph: the body opens with paragraph 1
        assert [p.number for p in cable.paragraphs] == ["1"]
        assert cable.paragraphs[0].marking is not None


# -- the reason past a blank line, written twice, after a lost colon, with a plus ----
# Excerpts from the line of Classified By to paragraph 1, trailing blanks kept
# where a line ends in one (written with an explicit "\n").

# 06BUENOSAIRES350: "for Reasons", a blank line, the reason on its own line
BUENOSAIRES350 = (
    "C O N F I D E N T I A L BUENOS AIRES 000350\n\nSIPDIS\n\n"
    "Classified By: Ambassador Lino Gutierrez for Reasons \n\n1.4 (b) and (d). \n\n \n\n"
    "¶1.  (C) Summary: In a wide-ranging discussion\n"
)
# 09NAPLES69: no reason on the line, then "REASON:" past a blank, the body under it
NAPLES69 = (
    "C O N F I D E N T I A L SECTION 01 OF 05 NAPLES 000069\n\nSIPDIS\n\n"
    "CLASSIFIED BY: J. Patick Truhn, Consul General, AmConGen Naples.\n\n"
    "REASON: 1.4 (b), (d)\n"
    "¶1. (C) Summary: As host to an important U.S. Navy base,\n"
)
# 08BEIJING647 and 09STATE32931: the section written again before the second letter
BEIJING647 = (
    "S E C R E T BEIJING 000647\n\nSIPDIS\n\n"
    "Classified By: DCM Daniel Piccutu for Reasons 1.5 (b) and 1.5 (d).\n\n"
    "1.(S) Summary: Ministry of Foreign Affairs (MFA) contacts with Post\n"
)
STATE32931 = (
    "UNCLAS STATE 032931\n\nSIPDIS\n\n"
    "Classified By: Robert Mikulak, Dir., ISN/CB Reason: 1.4 (c) and 1.4 (d)\n\n"
    "1.(U) This message provides guidance for the U.S. delegation\n"
)
# 06MEXICO5210: the colon after REASONS on the next line, before the section
MEXICO5210 = (
    "C O N F I D E N T I A L MEXICO 005210\n\nSIPDIS\n\n"
    "Classified By: POLITICAL MINISTER-COUNSELOR CHARLES V. BARCLAY, REASONS \n"
    ": 1.4(B/D). \n \n"
    "¶1.  (C) Summary:  Developments unfolding this week, and\n"
)
# 09MAPUTO713: letters joined by a plus
MAPUTO713 = (
    "S E C R E T MAPUTO 000713\n\nSIPDIS\n\n"
    "Classified By: Charge d'Affaires Todd C.Chapman, Reasons 1.4(b+d) \n\n"
    "¶1. (S/NF) Summary: Large-scale narcotics shipments pass\n"
)


def test_reason_on_its_own_line_past_a_blank_06BUENOSAIRES350_09NAPLES69() -> None:
    for text, name, last in (
        (BUENOSAIRES350, "Lino Gutierrez", "1.4 (b) and (d)."),
        (NAPLES69, "J. Patick Truhn", "REASON: 1.4 (b), (d)"),
    ):
        cable = cablegram.parse_cable(text)
        c = _by(text)
        assert (c.name, c.reason_section, c.reason_letters) == (name, "1.4", ("b", "d"))
        assert _src(text, c).endswith(last)
        assert [p.number for p in cable.paragraphs] == ["1"]
        assert not cable.headings


def test_section_written_again_08BEIJING647_09STATE32931() -> None:
    assert _fields(BEIJING647)[3:] == ("1.5", ("b", "d"))
    assert _fields(STATE32931)[3:] == ("1.4", ("c", "d"))
    for text in (BEIJING647, STATE32931):
        assert [p.number for p in cablegram.parse_cable(text).paragraphs] == ["1"]


def test_colon_of_the_reason_word_on_the_next_line_06MEXICO5210() -> None:
    c = _by(MEXICO5210)
    assert (c.name, c.reason_section, c.reason_letters) == ("CHARLES V. BARCLAY", "1.4", ("b", "d"))
    codes = [d.code for d in cablegram.parse_cable(MEXICO5210).diagnostics]
    assert "classified-by-reason" not in codes


def test_letters_joined_by_a_plus_09MAPUTO713() -> None:
    assert _fields(MAPUTO713)[3:] == ("1.4", ("b", "d"))
