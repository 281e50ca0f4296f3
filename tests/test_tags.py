"""TAGS lines from real cables, as cablemap's test suite quotes them.

Fixtures are the snippets of cablemap's tests (real cable text, cited by id);
expected values are what the text says, in our model's form.
"""

from __future__ import annotations

import cablegram
from cablegram import TagKind
from cablegram.cable import tags_in_context as read_in_context

# 09STATE11937: a visitor's name after OVIP, a continuation line
STATE11937 = """E.O. 12958: DECL: 02/05/2019
TAGS: OVIP CLINTON HILLARY PREL KPAL FR IR RS
NATO, UK, CN
SUBJECT: (U) Secreta"""

# 04ROME3708: free words in a blank-separated list
ROME3708 = """E.O. 12958: DECL: 06/01/2034
TAGS: MARR PREL ETTC EIND IT GLOBAL DEFENSE
SUBJECT: (C)"""

# 10TELAVIV386: the keyword misspelt
TELAVIV386 = """E.O. 12958: N/A
TAS: ECON, ETRD, IS, JO
SUBJECT: JORDAN/ISRAEL/QIZ QUARTE"""

# 05OTTAWA3726: a caption glued to the end of the list
OTTAWA3726 = """E.O. 12958: N/A
TAGS: ECON ETRD PGOV CA MX SIPDIS
SUBJECT: TRILATERAL REGULATORY COOPERATION MEETING UNDER
SPP: INFORMATION SHARING """

# 04ANKARA348: TAGS and SUBJECT glued to the E.O. line, mixed case
ANKARA348 = (
    "E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: turkish p.m. "
    "Erdogan goes to washington: how strong a leader in the face of strong challenges?\n"
)

# 04PANAMA586: run-on codes at the end of free words
PANAMA586 = """E.O. 12958: DECL: 03/10/2009
TAGS: MARR PREL PINS EWWT MOPS PM LABOR HUMAN RIGHTSPOLMIL
SUBJECT: PANAMA OFFERS BETTER HIGH-VALUE TRANSIT GUARANTEE
"""


def _codes(text: str) -> list[str]:
    return [t.code for t in cablegram.parse_cable(text).tags]


def test_ovip_visitor_is_a_person_tag_09STATE11937() -> None:
    tags = cablegram.parse_cable(STATE11937).tags
    assert [t.code for t in tags] == [
        "OVIP", "CLINTON, HILLARY", "PREL", "KPAL", "FR", "IR", "RS", "NATO", "UK", "CN"
    ]  # fmt: skip
    assert tags[1].kind is TagKind.PERSON
    assert STATE11937[tags[1].span.start : tags[1].span.end] == "CLINTON HILLARY"


def test_free_words_stay_together_04ROME3708() -> None:
    tags = cablegram.parse_cable(ROME3708).tags
    assert [t.code for t in tags] == ["MARR", "PREL", "ETTC", "EIND", "IT", "GLOBAL DEFENSE"]
    assert tags[-1].kind is TagKind.UNKNOWN


def test_misspelt_keyword_10TELAVIV386() -> None:
    assert _codes(TELAVIV386) == ["ECON", "ETRD", "IS", "JO"]


def test_caption_glued_to_tags_05OTTAWA3726() -> None:
    cable = cablegram.parse_cable(OTTAWA3726)
    assert [t.code for t in cable.tags] == ["ECON", "ETRD", "PGOV", "CA", "MX"]
    assert [c.name for c in cable.captions] == ["SIPDIS"]


def test_tags_glued_to_eo_line_mixed_case_04ANKARA348() -> None:
    cable = cablegram.parse_cable(ANKARA348)
    assert [t.code for t in cable.tags] == ["PREL", "PGOV", "PINS", "TU"]
    assert cable.subject.text.startswith("turkish p.m. Erdogan goes to washington")


def test_run_on_codes_split_only_into_real_codes_04PANAMA586() -> None:
    # "POLITICS" must never become PO LI TI CS; "RIGHTSPOLMIL" ends the keyword
    # HUMAN RIGHTS that HUMAN begins, then splits into the section keywords
    tags = cablegram.parse_cable(PANAMA586).tags
    assert [t.code for t in tags] == [
        "MARR", "PREL", "PINS", "EWWT", "MOPS", "PM", "LABOR", "HUMAN RIGHTS", "POL", "MIL"
    ]  # fmt: skip
    assert [t.kind for t in tags[-3:]] == [TagKind.KEYWORD] * 3
    assert [PANAMA586[t.span.start : t.span.end] for t in tags[-3:]] == [
        "HUMAN RIGHTS",
        "POL",
        "MIL",
    ]
    assert tags[6].kind is TagKind.UNKNOWN
    free = _codes("TAGS: PGOV PREL PM POLITICS FOREIGN POLICY\n")
    assert free[-1] == "POLITICS FOREIGN POLICY"


def test_trailing_comma_continues_the_list() -> None:
    # cablemap's generic case: "TAGS: something, \nhere"
    assert _codes("TAGS: something, \nhere") == ["SOMETHING", "HERE"]


def test_tag_kind_by_table_and_by_shape() -> None:
    assert cablegram.tag_kind("PREL") is TagKind.SUBJECT
    assert cablegram.tag_kind("YI") is TagKind.GEOGRAPHIC
    assert cablegram.tag_kind("NATO") is TagKind.ORGANIZATION
    assert cablegram.tag_kind("KWWW") is TagKind.PROGRAM  # K and three letters
    assert cablegram.tag_kind("OBAMA, BARACK") is TagKind.PERSON
    assert cablegram.tag_kind("THIS IS UNKNOWN") is TagKind.UNKNOWN


# 05SANJOSE2199: a code misspelt by one letter
SANJOSE2199 = """E.O. 12958: N/A
TAGS: PREL SCUL ETRD CS UNDESCO
SUBJECT: COSTA RICA: UNESCO DEMARCHE DELIVERED """

# 07BUENOSAIRES1673: "AGS:" (T lost) glued to the E.O. line
BUENOSAIRES1673 = "DECL: 08/22/2017 AGS: PGOV, PREL, ECON, SOCI, AR"


def test_misspelt_code_read_with_a_diagnostic_05SANJOSE2199() -> None:
    cable = cablegram.parse_cable(SANJOSE2199)
    assert [t.code for t in cable.tags] == ["PREL", "SCUL", "ETRD", "CS", "UNESCO"]
    last = cable.tags[-1]
    assert SANJOSE2199[last.span.start : last.span.end] == "UNDESCO"
    assert [d.code for d in cable.diagnostics if d.field == "TAGS line"] == ["tag-typo"]
    # a word that is no near miss stays as written
    assert _codes("TAGS: PREL GLOBAL\n") == ["PREL", "GLOBAL"]


def test_keyword_without_t_glued_07BUENOSAIRES1673() -> None:
    assert _codes(BUENOSAIRES1673) == ["PGOV", "PREL", "ECON", "SOCI", "AR"]


# ------------------------------------------------- keywords, persons, country names
#
# Free-text entries come from data/tag_keywords.csv (each row names the cables where
# the entry stands alone) and from the country names of geo_codes.csv.

# 05ROME3585, lines 7-9: three keywords in a row after the codes
ROME3585 = """E.O. 12958: DECL: 10/26/2015
TAGS: PREL PGOV CVIS IT ITALY NATIONAL ELECTIONS ITALIAN POLITICS IRAQI FREEDOM
SUBJECT: SCENESETTER FOR PM BERLUSCONI'S OCTOBER 31 MEETING
"""

# 09BEIJING2964, lines 21-23: a known visitor written without comma and initial
BEIJING2964 = """E.O. 12958: decl: 09/29/2029
TAGS: OVIP STEINBERG JAMES PREL MNUC SN CH KN
SUBJECT: DEPUTY SECRETARY STEINBERG'S XXXXXXXXXXXX MEETING WITH XXXXXXXXXXXX
"""

# 04SANAA3023, lines 7-9 (trailing blanks stripped): a keyword in two spellings
SANAA3023 = """E.O. 12958: DECL: 12/06/2014
TAGS: PREL PTER MARR PGOV KJUS PINR YM PARMS COUNTER TERRORISM
SUBJECT: YEMENI PRESIDENT SALEH WANTS WASHINGTON TRIP
"""

# 05ROME902, lines 15-17 (trailing blanks stripped): a keyword, then a country's name
ROME902 = """E.O. 12958: DECL: 03/16/2015
TAGS: PREL MOPS PGOV IT IZ IRAQI FREEDOM AFGHANISTAN
SUBJECT: IRAQ/ITALY - TRANSCRIPT AND COMMENT ON
"""

# 04BRASILIA1954, lines 12-14 (trailing blanks stripped): embassy sections as tags
BRASILIA1954 = """E.O. 12958: N/A
TAGS: BEXP MCAP MARR BR POL MIL
 SUBJECT: LOCKHEED-MARTIN/EMBRAER CONTRACT
"""


def test_keywords_in_a_row_are_cut_apart_05ROME3585() -> None:
    tags = cablegram.parse_cable(ROME3585).tags
    assert [t.code for t in tags] == [
        "PREL", "PGOV", "CVIS", "IT",
        "ITALY NATIONAL ELECTIONS", "ITALIAN POLITICS", "IRAQI FREEDOM",
    ]  # fmt: skip
    assert all(t.kind is TagKind.KEYWORD for t in tags[4:])
    assert [ROME3585[t.span.start : t.span.end] for t in tags[4:]] == [
        "ITALY NATIONAL ELECTIONS",
        "ITALIAN POLITICS",
        "IRAQI FREEDOM",
    ]


def test_known_visitor_gets_the_full_name_09BEIJING2964() -> None:
    tags = cablegram.parse_cable(BEIJING2964).tags
    assert [t.code for t in tags] == [
        "OVIP",
        "STEINBERG, JAMES B.",
        "PREL",
        "MNUC",
        "SN",
        "CH",
        "KN",
    ]
    person = tags[1]
    assert person.kind is TagKind.PERSON
    assert BEIJING2964[person.span.start : person.span.end] == "STEINBERG JAMES"
    # a visitor not in the table keeps the two words as written
    other = BEIJING2964.replace("STEINBERG JAMES", "CARSON JOHNNIE")
    assert [t.code for t in cablegram.parse_cable(other).tags][1] == "CARSON, JOHNNIE"


def test_keyword_spelt_in_two_words_04SANAA3023() -> None:
    tags = cablegram.parse_cable(SANAA3023).tags
    assert tags[-1].code == "COUNTERTERRORISM"
    assert SANAA3023[tags[-1].span.start : tags[-1].span.end] == "COUNTER TERRORISM"


def test_country_name_after_a_keyword_05ROME902() -> None:
    tags = cablegram.parse_cable(ROME902).tags
    assert [(t.code, t.kind) for t in tags[-2:]] == [
        ("IRAQI FREEDOM", TagKind.KEYWORD),
        ("AFGHANISTAN", TagKind.GEOGRAPHIC),
    ]
    assert tags[-1].meaning == "Afghanistan"


def test_embassy_sections_are_keywords_04BRASILIA1954() -> None:
    tags = cablegram.parse_cable(BRASILIA1954).tags
    assert [(t.code, t.kind) for t in tags[-2:]] == [
        ("POL", TagKind.KEYWORD),
        ("MIL", TagKind.KEYWORD),
    ]
    assert cablegram.tag_kind("HUMAN RIGHTS") is TagKind.KEYWORD


def test_keyword_at_the_end_of_a_run_on_line_05SANAA1352() -> None:
    # a record dump's header lost its newlines; DOMESTIC POLITICS is one keyword
    text = (
        "S E C R E T SECTION 01 OF 02 SANAA 001352SIPDISE.O. 12958: DECL: 05/21/2015"
        "TAGS: PREL PGOV PTER PINR KMCA KMPI DOMESTIC POLITICS\n"
    )
    tags = cablegram.parse_cable(text).tags
    assert [(t.code, t.kind) for t in tags[-2:]] == [
        ("KMPI", TagKind.PROGRAM),
        ("DOMESTIC POLITICS", TagKind.KEYWORD),
    ]


def test_unknown_words_beside_a_keyword_stay_together() -> None:
    # cablemap's case: the keyword cut off leaves GAZA DISENGAGEMENT as one entry
    codes = _codes("TAGS: IS GAZA DISENGAGEMENT ISRAELI PALESTINIAN AFFAIRS\n")
    assert codes == ["IS", "GAZA DISENGAGEMENT", "ISRAELI PALESTINIAN AFFAIRS"]


def test_a_glued_word_splits_only_after_an_entry_it_ends() -> None:
    # RIGHTS + PHUM: the head must end an entry begun before it, the rest must be codes
    assert _codes("TAGS: PREL HUMAN RIGHTSPHUM\n") == ["PREL", "HUMAN RIGHTS", "PHUM"]
    assert _codes("TAGS: PREL HUMAN RIGHTSPOLITICS\n") == ["PREL", "HUMAN RIGHTSPOLITICS"]
    assert _codes("TAGS: PREL RIGHTSPHUM\n") == ["PREL", "RIGHTSPHUM"]


def test_connective_ties_a_phrase_05ISTANBUL329() -> None:
    # IN between the subject code TIP and the word TURKEY is English, not India
    text = "TAGS: TU BO MD PHUM KCRM PGOV KJUS TIP IN TURKEY\n"
    tags = cablegram.parse_cable(text).tags
    assert [t.code for t in tags][-2:] == ["KJUS", "TIP IN TURKEY"]
    assert text[tags[-1].span.start : tags[-1].span.end] == "TIP IN TURKEY"


def test_connective_after_a_country_code_is_a_country_03COLOMBO189() -> None:
    # CE IN: two countries (the subject is India's High Commissioner on Sri Lanka)
    codes = _codes("TAGS: PGOV PREL PTER PINR PARM CE IN ECONOMICS LTTE\n")
    assert codes[5:] == ["CE", "IN", "ECONOMICS", "LTTE"]
    # ... and IN before a code is India too
    assert _codes("TAGS: PREL TIP IN PK\n") == ["PREL", "TIP", "IN", "PK"]


def test_modifier_ties_the_keyword_after_it_05PANAMA388() -> None:
    # FOREIGN POL is POLITICS FOREIGN POLICY cut short, not FOREIGN + the section POL
    codes = _codes("TAGS: PGOV PREL PM POLITICS FOREIGN POLICY POL FOREIGN POL\n")
    assert codes == ["PGOV", "PREL", "PM", "POLITICS FOREIGN POLICY", "POL", "FOREIGN POL"]
    # 05PANAMA1818
    assert _codes("TAGS: PGOV PREL PM POL FOREIGN POL\n")[-2:] == ["POL", "FOREIGN POL"]
    # a modifier does not take a table code
    assert _codes("TAGS: FOREIGN PREL\n") == ["FOREIGN", "PREL"]


def test_names_alternating_surname_and_given_name_04PANAMA672() -> None:
    text = (
        "TAGS: CASC CJAN SNAR PHUM CU PM NOVO GUILLERMO REMON PEDRO JIMENEZ GASPAR "
        "CONSULAR AFFAIRS\n"
    )
    tags = cablegram.parse_cable(text).tags
    assert [(t.code, t.kind) for t in tags[6:]] == [
        ("NOVO, GUILLERMO", TagKind.PERSON),
        ("REMON, PEDRO", TagKind.PERSON),
        ("JIMENEZ, GASPAR", TagKind.PERSON),  # GASPAR is in no list: the pattern holds
        ("CONSULAR AFFAIRS", TagKind.KEYWORD),
    ]
    assert text[tags[7].span.start : tags[7].span.end] == "REMON PEDRO"


def test_names_need_known_given_names_in_their_place() -> None:
    # cablemap's case: ROOD JOHN CROS GERARD between keywords
    codes = _codes("TAGS: MEETINGS WITH AMBASSADOR NEW ZEALAND ROOD JOHN CROS GERARD ZANU-PF\n")
    assert codes[2:4] == ["ROOD, JOHN", "CROS, GERARD"]
    # a given name in a surname's place, or too few given names: free words
    assert _codes("TAGS: PREL JOHN ROOD GERARD CROS\n") == ["PREL", "JOHN ROOD GERARD CROS"]
    assert _codes("TAGS: PREL BLUE LAGOON WHITE JOHN\n") == ["PREL", "BLUE LAGOON WHITE JOHN"]
    # one pair alone is no person (too easily a title and a name)
    assert all(t.kind is not TagKind.PERSON for t in cablegram.parse_cable("TAGS: ROOD JOHN").tags)


# ----------------------------------------------------------- readings in context


def _tags(line: str) -> tuple[cablegram.Tag, ...]:
    return cablegram.parse_cable(f"TAGS: {line}\n").tags


def test_au_beside_african_countries_is_the_african_union() -> None:
    # 08TRIPOLI680's list (line 28); 09TRIPOLI570's (post Libya, no other country)
    tags = read_in_context(
        _tags("OVIP, PGOV, PREL, PHUM, ECON, KDEM, PTER, KISL, AU, SU,"), "LY", None
    )
    (au,) = [t for t in tags if t.code == "AU"]
    assert (au.kind, au.meaning) == (TagKind.ORGANIZATION, "African Union")
    (au,) = read_in_context(_tags("PREL AU LY"), "LY", None)[1:2]
    assert au.meaning == "African Union"


def test_au_beside_european_countries_stays_austria() -> None:
    # 08TRIPOLI597 (European oil companies in Libya), 09CAIRO1429 (IRENA's seat),
    # 09VIENNA1058 (post in Austria)
    for line, post in [
        ("ECON EINV EPET NO SP FR AU LY", "LY"),
        ("ENRG KGHG SENV PGOV PREL EG GM AU TC", "EG"),
        ("PREL AU", "AU"),
    ]:
        (au,) = [t for t in read_in_context(_tags(line), post, None) if t.code == "AU"]
        assert (au.kind, au.meaning) == (TagKind.GEOGRAPHIC, "Austria"), line


def test_visitor_initials_from_the_subject_07SAOPAULO212() -> None:
    # cablemap's snippet of 07SAOPAULO212
    tags = read_in_context(
        _tags("OVIP BUSH GEORGE PREL PGOV SOCI EPET KTIA BR"),
        "BR",
        "VISIT OF PRESIDENT GEORGE W. BUSH TO SAO PAULO, BRAZIL",
    )
    assert tags[1].code == "BUSH, GEORGE W."
    # no initials in the subject: the tag is left as written
    tags = read_in_context(_tags("OVIP BUSH GEORGE PREL"), "BR", "PRESIDENT BUSH VISITS")
    assert tags[1].code == "BUSH, GEORGE"


# 07KUWAIT624 as cablemap's test quotes it: a keyword broken over the line end
KUWAIT624 = """E.O. 12958: N/A
TAGS: OREP AMGT ASEC AFIN GM IZ IC KU COUNTRY
CLEARANCE
SUBJECT: KUWAIT GRANTS COUNTRY CLEARANCE FOR CODEL BOND
(MAY 3-7) """


def test_keyword_broken_over_the_line_end_07KUWAIT624() -> None:
    cable = cablegram.parse_cable(KUWAIT624)
    assert [t.code for t in cable.tags][-2:] == ["KU", "COUNTRY CLEARANCE"]
    last = cable.tags[-1]
    assert KUWAIT624[last.span.start : last.span.end] == "COUNTRY\nCLEARANCE"
    assert cable.subject.text.startswith("KUWAIT GRANTS COUNTRY CLEARANCE")
    # a word that makes no keyword with the next line does not pull it in
    other = KUWAIT624.replace("CLEARANCE\n", "CLEARING\n", 1)
    assert [t.code for t in cablegram.parse_cable(other).tags][-1] == "COUNTRY"


def test_long_country_name_and_no_code_read_into_its_words() -> None:
    # the longest names have 5 words and more; SAINT is one edit from the code AINT
    # but a word of a name, not a misspelt code
    tags = cablegram.parse_cable("TAGS: PREL VC SAINT VINCENT AND THE GRENADINES\n").tags
    assert [(t.code, t.kind) for t in tags[2:]] == [
        ("SAINT VINCENT AND THE GRENADINES", TagKind.GEOGRAPHIC)
    ]
    assert _codes("TAGS: PREL, MOPPS\n") == ["PREL", "MOPS"]
