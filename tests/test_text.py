"""titlefy and clean_content (cablegram.text), on real subjects and body texts.

Sources of the fixtures:

- ``titlefy[i]``: case ``test_utils_titlefy:_TEST_DATA[i]`` of the conformance suite
  taken from cablemap's tests (``shared/conformance/cases.jsonl``), input and
  expected output as given there; the cable it cites is named where it does;
- ``clean[...]``: the ``clean_content`` cases of the same suite
  (``test_utils_clean_content``: ``_TEST_DATA[i]`` or the ``data-clean`` file named);
- a cable id alone (``05CARACAS90``): the subject line of that Cablegate page (the
  ``page_subject`` of ``shared/corpus/cables/cablegate.csv``) or an excerpt of its
  text in ``shared/corpus/cables/``, copied here so that the tests run without it;
  the expected outputs of these are ours.
"""

from __future__ import annotations

import csv
import io
from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cablegram.text import clean_content, titlefy

# ---------------------------------------------------------------------- titlefy


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # titlefy[25] (08LONDON2822): TAGS codes (UK, MONUC) and a table acronym (DRC)
        (
            "DRC: UK FOCUSING ON POLITICAL SOLUTION, MAKING MONUC MORE RESPONSIVE AND FLEXIBLE",
            "DRC: UK Focusing on Political Solution, Making MONUC More Responsive and Flexible",
        ),
        # titlefy[33] (08PARIS1561): acronyms in parentheses
        (
            "WORKING WITH FRANCE TO ADVANCE A SOLUTION TO THE CONFLICT IN GEORGIA (UNSCR AND"
            " GAERC)",
            "Working With France to Advance a Solution to the Conflict in Georgia (UNSCR and"
            " GAERC)",
        ),
        # 05CARACAS90: USG comes from the corpus list of acronyms in title_words.csv
        (
            "ARCHBISHOP URGES MORE USG CRITICISM OF CHAVEZ",
            "Archbishop Urges More USG Criticism of Chavez",
        ),
        # titlefy[4]: acronyms on both sides of a hyphen and a slash
        (
            "COALITION TESTED AS US-EU TFTP/SWIFT AGREEMENT PASSES ON GERMAN ABSTENTION",
            "Coalition Tested as US-EU TFTP/SWIFT Agreement Passes on German Abstention",
        ),
        # titlefy[17] (09LONDON2569): dotted initials
        (
            "HMG STRESSES U.S.-UK COORDINATION ON AFGHANISTAN STRATEGY",
            "HMG Stresses U.S.-UK Coordination on Afghanistan Strategy",
        ),
        # 10CAIRO217: a plural acronym as the corpus writes it
        (
            "HUMAN RIGHTS NGOS FACE REGISTRATION QUANDRY",
            "Human Rights NGOs Face Registration Quandry",
        ),
        # 06SEOUL2238: DPRK (no vowel, and listed)
        (
            "ROK REACTIONS TO DPRK MISSILE LAUNCHES-DAY TWO",
            "ROK Reactions to DPRK Missile Launches-Day Two",
        ),
    ],
)
def test_titlefy_keeps_acronyms(subject: str, expected: str) -> None:
    assert titlefy(subject) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # titlefy[12] (06PARIS5974): WHO is an organisation tag, but here a pronoun
        (
            "FRENCH ELECTION 2007: NICOLAS SARKOZY -- THE CANDIDATE WHO MIGHT CHANGE FRANCE",
            "French Election 2007: Nicolas Sarkozy -- The Candidate Who Might Change France",
        ),
        # titlefy[9] (09BAKU744): NO is the FIPS code of Norway
        (
            '"LORDS OF THE MOUNTAINS" WILL FIGHT NO MORE FOREVER',
            '"Lords of the Mountains" Will Fight No More Forever',
        ),
        # 09BEIJING2731: XI is Xi Jinping, not a Roman numeral
        (
            "FOURTH PLENUM: XI NOT APPOINTED TO CMC; NO",
            "Fourth Plenum: Xi Not Appointed to CMC; No",
        ),
        # 08BEIJING1454: HU is the FIPS code of Hungary
        (
            "HU JINTAO IN CHARGE OF TIBET POLICY; LEADERSHIP",
            "Hu Jintao in Charge of Tibet Policy; Leadership",
        ),
        # 05SANJOSE2071: AID is an organisation tag
        ("COSTA RICA: FOOD AID AND THE WTO", "Costa Rica: Food Aid and the WTO"),
    ],
)
def test_titlefy_words_that_look_like_codes(subject: str, expected: str) -> None:
    assert titlefy(subject) == expected


def test_titlefy_abbreviation_before_a_period_only() -> None:
    # 07BEIJING1668 (DR. = doctor) and 05SANJOSE1740 (CAFTA-DR, Dominican Republic)
    assert titlefy("WU YI INTERVENES AS DR. GAO CASE LAYS BARE").startswith(
        "Wu Yi Intervenes as Dr. "
    )
    assert titlefy("PRESIDENT PACHECO COMMENTS ON CAFTA-DR") == (
        "President Pacheco Comments on CAFTA-DR"
    )


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # titlefy[2]: small words lower case inside, capitalised at the start
        (
            "BACK TO THE FUTURE? QADHAFI CALLS FOR DRAMATIC SOCIO-ECONOMIC CHANGE IN GPC SPEECH",
            "Back to the Future? Qadhafi Calls for Dramatic Socio-Economic Change in GPC Speech",
        ),
        # titlefy[7] (09BERLIN1162): a phrase starts after a colon
        (
            "GERMANY'S NEXT FOREIGN MINISTER?: THE WORLD ACCORDING TO FDP CHAIRMAN GUIDO"
            " WESTERWELLE",
            "Germany's Next Foreign Minister?: The World According to FDP Chairman Guido"
            " Westerwelle",
        ),
        # titlefy[6] (09BERLIN1360): and after a dash standing alone
        ("THE NEW GERMAN CABINET - AN OVERVIEW", "The New German Cabinet - An Overview"),
        # titlefy[15] (07TRIPOLI949): the article "a" inside a title
        (
            "SLOW PROGRESS ON ITALY-LIBYA COLONIAL COMPENSATION TREATY A SIGN OF GOL'S"
            ' "CORSAIR MENTALITY"',
            "Slow Progress on Italy-Libya Colonial Compensation Treaty a Sign of GOL's"
            ' "Corsair Mentality"',
        ),
        # titlefy[16] (09TRIPOLI363): longer prepositions are capitalised
        (
            "SLA/U CAN NEGOTIATE ONLY WITH ASSURANCES THAT JEM AND KHARTOUM WILL ALSO LAY DOWN"
            " ARMS",
            "SLA/U Can Negotiate Only With Assurances That JEM and Khartoum Will Also Lay Down"
            " Arms",
        ),
    ],
)
def test_titlefy_small_words(subject: str, expected: str) -> None:
    assert titlefy(subject) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # titlefy[0]: each part of a compound is a word
        (
            'MISSILE TECHNOLOGY CONTROL REGIME (MTCR): "BROKERING CONTROLS IN THE UNITED'
            ' STATES ON DUAL-USE ITEMS"',
            'Missile Technology Control Regime (MTCR): "Brokering Controls in the United'
            ' States on Dual-Use Items"',
        ),
        # titlefy[34] (05PANAMA1205): acronym before a hyphen, a Roman numeral, and the
        # trailing blank stripped
        (
            "PANAMA AND CUBA: NSC-DIRECTED REVIEW REGARDING SUSPENSION OF TITLE III OF THE"
            " LIBERTAD ACT ",
            "Panama and Cuba: NSC-Directed Review Regarding Suspension of Title III of the"
            " Libertad Act",
        ),
        # 08TUNIS299 and 09BEIJING2494: small words inside a compound stay small
        (
            "SWISS: BEN ALI SON-IN-LAW WANTED RESIDENCY",
            "Swiss: Ben Ali Son-in-Law Wanted Residency",
        ),
        (
            "PRC/IRAN: CHINA IN WAIT-AND-SEE MODE BILATERALLY",
            "PRC/Iran: China in Wait-and-See Mode Bilaterally",
        ),
        # titlefy[20] (01VATICAN1261): a double hyphen starts a phrase
        ("DROC--VATICAN DEMARCHE", "DROC--Vatican Demarche"),
    ],
)
def test_titlefy_hyphens_and_slashes(subject: str, expected: str) -> None:
    assert titlefy(subject) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # titlefy[3]: possessive after a name
        (
            "WESTERWELLE'S SURGE CLINCHES BLACK-YELLOW IN GERMANY; MERKEL GAINS SECOND TERM",
            "Westerwelle's Surge Clinches Black-Yellow in Germany; Merkel Gains Second Term",
        ),
        # titlefy[27] (06BRASILIA694): possessive after an acronym, a contraction
        (
            "VARIG'S DOWNWARD SPIRAL: WE'LL PAY YOU LATER",
            "VARIG's Downward Spiral: We'll Pay You Later",
        ),
        # titlefy[23] (07TUNIS1489): a verb ending after an acronym
        (
            "THE PNG'ING OF SUHA ARAFAT: MANY RUMORS, FEW FACTS",
            "The PNG'ing of Suha Arafat: Many Rumors, Few Facts",
        ),
        # titlefy[29] (09SEOUL59): the typographic apostrophe
        (
            "ROK’S FOREIGN POLICY TOWARD THE NEIGHBORS: NORTH KOREA, JAPAN, CHINA AND RUSSIA",
            "ROK’s Foreign Policy Toward the Neighbors: North Korea, Japan, China and Russia",
        ),
        # titlefy[11] (08LONDON2899): a name after a one-letter prefix
        (
            "COTE D'IVOIRE: UK ON ELECTIONS, DDR, AND RE-ENERGIZING THE PROCESS",
            "Cote D'Ivoire: UK on Elections, DDR, and Re-Energizing the Process",
        ),
        # titlefy[10] (06HAVANA8633): a contraction inside quotes
        (
            '"IF YOU DON\'T HAVE YOUR HEALTH..." (AILMENTS AMONG THE CASTRO CLAN)',
            '"If You Don\'t Have Your Health..." (Ailments Among the Castro Clan)',
        ),
        # 06NAIROBI1090: WON is not looked up as a code
        (
            "JUSTICE MINISTER WON'T QUESTION POLICE RAID",
            "Justice Minister Won't Question Police Raid",
        ),
        # 08CAIRO2187: an apostrophe inside an Arabic name
        (
            "AL-GAMA'AT AL-ISLAMIYA: CONCERNS REGARDING POSSIBLE REVOCATION",
            "Al-Gama'at Al-Islamiya: Concerns Regarding Possible Revocation",
        ),
    ],
)
def test_titlefy_apostrophes(subject: str, expected: str) -> None:
    assert titlefy(subject) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # titlefy[32] (08BRASILIA1252): ordinal ending
        (
            "63RD UN GENERAL ASSEMBLY: BRAZILIAN PRIORITIES",
            "63rd UN General Assembly: Brazilian Priorities",
        ),
        # 08ANKARA1423: a task-force code with digits stays as written
        (
            "TFGG01: TURKEY'S REACTION TO GEORGIA/SOUTH OSSETIA",
            "TFGG01: Turkey's Reaction to Georgia/South Ossetia",
        ),
        # 09CAIRO1930: a cable id in a subject that ran on into the REF line
        (
            "DEFICIT FINANCING AND DEBT MANAGEMENT REF: 08CAIRO2408",
            "Deficit Financing and Debt Management Ref: 08CAIRO2408",
        ),
        # titlefy[24] (08LONDON1761): dates
        (
            "CWS/BWC: CLOSE ALLIES MEETING, JUNE 17-18, 2008",
            "CWS/BWC: Close Allies Meeting, June 17-18, 2008",
        ),
        # 08ISLAMABAD3791: a Mc name from the corpus's spellings
        (
            "PM GILANI TELLS CODEL MCCAIN PAKISTAN WILL ACT",
            "PM Gilani Tells Codel McCain Pakistan Will Act",
        ),
    ],
)
def test_titlefy_codes_and_numbers(subject: str, expected: str) -> None:
    assert titlefy(subject) == expected


def test_titlefy_redaction_is_upper_case_in_a_lower_case_text() -> None:
    # titlefy[1]
    assert titlefy(
        "germany requests release of xxxxxxxxxxxx nonpaper to the german criminal customs office"
    ) == ("Germany Requests Release of XXXXXXXXXXXX Nonpaper to the German Criminal Customs Office")


@pytest.mark.parametrize(
    "subject",
    [
        "Mexico’s Latin American Unity Summit -- Back to the Future?",  # titlefy[8]
        "Economists Warn UK's Economic Recovery Is Fragile",  # titlefy[19]
        "Scenesetter for DoD Visit to El Salvador, March 8-9",  # titlefy[26]
        "Scenesetter for Ex-IM Chairman Fred Hochberg",  # titlefy[30]
    ],
)
def test_titlefy_keeps_a_subject_already_in_title_case(subject: str) -> None:
    assert titlefy(subject) == subject


def test_titlefy_of_nothing() -> None:
    assert titlefy("") == ""
    assert titlefy("  \n ") == ""


def test_title_words_table_is_well_formed() -> None:
    data = resources.files("cablegram.data").joinpath("title_words.csv").read_text("utf-8")
    rows = list(csv.DictReader(io.StringIO(data)))
    keys = [row["spelling"].upper() for row in rows]
    assert len(keys) == len(set(keys))
    kinds = {"small", "word", "abbreviation", "acronym", "form"}
    for row in rows:
        assert row["kind"] in kinds, row
        assert row["evidence"], row
        if row["kind"] == "small":
            assert row["spelling"].islower(), row
        if row["kind"] == "acronym":
            assert row["spelling"].isupper(), row


# ---------------------------------------------------------------- clean_content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clean[data-clean/clean-paragraph-class.txt]
        (
            "1. (C) Content 1\n2. (SBU) Content 2\n3. (SBU/N) Content 3\n",
            "Content 1\nContent 2\nContent 3\n",
        ),
        # clean[data-clean/malformed-paragraph-class.txt]: the mark lost its "("
        (
            "1. C) Content 1\n2. SBU) Content 2\n3. SBU/N) Content 3\n",
            "Content 1\nContent 2\nContent 3\n",
        ),
        # clean[data-clean/paragraph-without-class.txt]
        ("1. Content 1\n2. Content 2\n3. Content 3\n", "Content 1\nContent 2\nContent 3\n"),
        # 00HARARE5461: the WikiLeaks pilcrow before the number
        (
            "¶1. (C) ACCORDING TO A SENIOR MDC ADVISOR, THE OPPOSITION PARTY\n",
            "ACCORDING TO A SENIOR MDC ADVISOR, THE OPPOSITION PARTY\n",
        ),
        # 09TRIPOLI363: no space after the number
        (
            "2.(C) In a May 3 meeting with Poloff, SLA/U representatives",
            "In a May 3 meeting with Poloff, SLA/U representatives",
        ),
        # 08REYKJAVIK46: a mark without a number
        (
            "(C)  Ambassador spoke March 31 to Political Director Gretta",
            "Ambassador spoke March 31 to Political Director Gretta",
        ),
    ],
)
def test_clean_content_removes_paragraph_prefixes(text: str, expected: str) -> None:
    assert clean_content(text) == expected


def test_clean_content_turns_rules_into_empty_lines() -> None:
    # clean[data-clean/header.txt]
    text = (
        "1. (C) Content 1\n2. (SBU) Content 2\n3. (SBU/N) Content 3\n-------\nHeading\n"
        "-------\n4. (U) More content here\n"
    )
    expected = "Content 1\nContent 2\nContent 3\n\nHeading\n\nMore content here\n"
    assert clean_content(text) == expected


def test_clean_content_removes_section_lines() -> None:
    # clean[data-clean/section.txt]: a line of its own, with one of its empty lines
    text = (
        "1. (C) Content 1\n2. (SBU) Content 2\n3. (SBU/N) Content 3\n\n"
        "BLA 0000001 003.2 OF 39\n\n4. (U) Below section 4\n"
    )
    assert clean_content(text) == "Content 1\nContent 2\nContent 3\n\nBelow section 4\n"
    # 09TRIPOLI363: inside a line, with the post name before it
    text = (
        "talks in Doha planned for the same timeframe. TRIPOLI 00000363 002.2 OF 002\n\n"
        "6.(C) Comment: After a month of setbacks"
    )
    expected = "talks in Doha planned for the same timeframe.\n\nAfter a month of setbacks"
    assert clean_content(text) == expected


def test_clean_content_removes_page_headers() -> None:
    # 1974ATHENS02959 (PlusD): foot and head of the page between two lines of a paragraph
    text = (
        "OF PRIOR TRADE UNION AFFILIATION BUT BECAUSE OF THEIR\nLIMITED OFFICIAL USE\n\n"
        "LIMITED OFFICIAL USE\n\nPAGE 02  ATHENS 02959  171944Z\n\n"
        "ACKNOWLEDGED COMMUNIST PARTY AFFILIATIONS, FACT CONFIRMED\n"
    )
    expected = (
        "OF PRIOR TRADE UNION AFFILIATION BUT BECAUSE OF THEIR\n"
        "ACKNOWLEDGED COMMUNIST PARTY AFFILIATIONS, FACT CONFIRMED\n"
    )
    assert clean_content(text) == expected
    # 00HARARE5461: the header joined to the text that follows it
    text = (
        "POLITICAL PARTIES. THE CHALLENGE, HE SAID, IS  CONFIDENTIAL\n"
        "PAGE 02 HARARE 05461 02 OF 02 271459Z CONVINCING ZANU-PF AND THE MDC\n"
    )
    expected = "POLITICAL PARTIES. THE CHALLENGE, HE SAID, IS  \nCONVINCING ZANU-PF AND THE MDC\n"
    assert clean_content(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clean[data-clean/sipdis.txt] and clean[data-clean/sipdis2.txt]
        ("1. (C) DCM \n[...]\n\nSIPDIS\nAfter Sipdis content", "DCM \n[...]\nAfter Sipdis content"),
        ("1. (C) DCM \n[...]\n\nSIPDIS\nNot SIPDIS", "DCM \n[...]\nNot SIPDIS"),
        # 09TRIPOLI363: the header's SIPDIS line with its blank lines
        (
            "TRIPOLI 000363 \n \nSIPDIS \n \nNDJAMENA PLEASE PASS TO SE GRATION",
            "TRIPOLI 000363 \n \nNDJAMENA PLEASE PASS TO SE GRATION",
        ),
    ],
)
def test_clean_content_removes_sipdis_lines(text: str, expected: str) -> None:
    assert clean_content(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clean[data-clean/summary.txt], summary2.txt, summary3.txt
        ("1. (C) Summary. President [.\n..]. End Summary.\n", "President [.\n..]. \n"),
        (
            "1. (C) Summary and action request. President [.\n..]. End Summary.\n",
            "President [.\n..]. \n",
        ),
        (
            "1. (C) Summary and comment. President [.\n..]. End Summary and Comment.\n",
            "President [.\n..]. \n",
        ),
        # clean[data-clean/comment.txt]
        (
            "11. (C) Comment: Progress Line 1\nLine 2.  End Comment. \nLine 3\n",
            "Progress Line 1\nLine 2.  \nLine 3\n",
        ),
        # 09MOSCOW1730: "comment" inside a sentence is not a marker
        (
            "¶8. (S/NF) When asked about their working relationship with their Cuban"
            " counterparts, GOR officials declined to comment. BEYRLE",
            "When asked about their working relationship with their Cuban counterparts, GOR"
            " officials declined to comment. BEYRLE",
        ),
    ],
)
def test_clean_content_removes_summary_and_comment_markers(text: str, expected: str) -> None:
    assert clean_content(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gentlexxx", "gentle"),  # clean[_TEST_DATA[0]]
        ("xx", ""),  # clean[_TEST_DATA[1]]
        # 00HARARE5461: the WikiLeaks redaction in capitals
        ("SHORTLY AFTER OUR DISCUSSION WITH XXXXXXXXXXXX,", "SHORTLY AFTER OUR DISCUSSION WITH ,"),
        # ExxonMobil is written 48 times in the corpus: two x inside a word stay
        ("ExxonMobil and Foxx", "ExxonMobil and Foxx"),
    ],
)
def test_clean_content_removes_redaction_runs(text: str, expected: str) -> None:
    assert clean_content(text) == expected


def test_clean_content_keeps_plain_text() -> None:
    text = "Line one.\n\n  Line two, indented.  \n"
    assert clean_content(text) == text
    assert clean_content("") == ""


# ------------------------------------------------------------------- properties

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
PIECES = st.sampled_from(
    [
        "1. (C) ",
        "¶2. ",
        "SIPDIS",
        "-------",
        "PAGE 02 STATE 015113 182333Z",
        "TRIPOLI 00000765 001.2 OF 003",
        "Summary: ",
        "End Comment. ",
        "xxx",
        "D'",
        "'S",
        "--",
        "-",
        "/",
        "US",
        "OF",
        "WHO",
        "\n",
        " ",
        "A",
        "x",
        "63RD",
    ]
)
MIXED = st.lists(st.one_of(PIECES, TEXT), max_size=30).map("".join)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(TEXT, MIXED))
def test_titlefy_never_raises_and_keeps_the_words(text: str) -> None:
    result = titlefy(text)
    assert len(result.split()) == len(text.split())


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(TEXT, MIXED))
def test_clean_content_never_raises(text: str) -> None:
    assert isinstance(clean_content(text), str)
