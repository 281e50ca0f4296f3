"""The parts of a body, each on real cables that show it: headings (on their own line,
under or between rules, glued to the paragraph before, wrapped, ``//COMMENT//``), the
paragraph each heading sits under, paragraph numbers and marks in their forms, sub-items,
comments in all their forms with their paragraph, signatures and footers glued to the
last sentence, and a second cable in one text.  The cables are those of the gold set
(``tests/gold/cables``), or excerpts of corpus cables."""

from __future__ import annotations

from pathlib import Path

import pytest

import cablegram
from cablegram import Cable
from cablegram.check.coverage import uncovered
from tests.gold import compare


def gold(cable_id: str) -> Cable:
    """A gold cable parsed as its readers read it (with the release's year)."""
    return compare.parse(cable_id)


def headings(cable: Cable) -> list[str]:
    return [h.text for h in cable.headings]


def paragraph(cable: Cable, number: str) -> cablegram.Paragraph:
    (found,) = [p for p in cable.paragraphs if p.number == number]
    return found


# ------------------------------------------------------------------- headings


def test_heading_over_a_rule_ends_the_paragraph_above_08RANGOON44() -> None:
    cable = gold("08RANGOON44")
    assert headings(cable) == [
        "Chinese Fed Up",
        "Control vs. Turmoil",
        "Meet the USDA, not the NLD",
    ]
    # paragraph 1 ends before the heading; 2 and 3 sit under it
    assert paragraph(cable, "1").text.endswith("from the negotiating table. End Summary.")
    assert [p.heading for p in cable.paragraphs[:4]] == [
        None,
        "Chinese Fed Up",
        "Chinese Fed Up",
        "Control vs. Turmoil",
    ]
    for heading in cable.headings:  # each heading's span holds its words and rule
        assert heading.text in heading.span.of(cable.raw)
    assert uncovered(cable) == []


def test_headings_glued_to_the_last_sentence_06BRASILIA2412() -> None:
    # "... not international delegates. End summary. Presidential Meeting" then a
    # blank line and paragraph 2: the heading's line break was lost
    cable = gold("06BRASILIA2412")
    assert headings(cable)[:2] == ["Presidential Meeting", "Bilateral Relations"]
    assert paragraph(cable, "1").text.endswith("End summary.")
    assert paragraph(cable, "2").heading == "Presidential Meeting"
    glued = [d for d in cable.diagnostics if d.code == "heading-glued"]
    assert [d.span.of(cable.raw).split()[0] for d in glued][:1] == ["Presidential"]


def test_heading_between_rules_glued_with_a_page_marker_10CAIRO141() -> None:
    # "... fueling sectarianism. ---- On-Going Detentions ---- CAIRO 00000141 003 OF 003"
    cable = gold("10CAIRO141")
    assert "On-Going Detentions" in headings(cable)
    assert paragraph(cable, "7").text.endswith("against anybody fueling sectarianism.")
    assert paragraph(cable, "8").heading == "On-Going Detentions"


def test_heading_wrapped_over_two_lines_09MONTERREY386() -> None:
    cable = gold("09MONTERREY386")
    assert headings(cable)[0] == (
        "Gunmen Attempt to Rescue Accomplices at Rush Hour on Major Highway"
    )


def test_heading_in_capitals_alone_before_a_paragraph_08TRIPOLI374() -> None:
    cable = gold("08TRIPOLI374")
    assert headings(cable)[:2] == [
        "GOL WANTS NUCLEAR REACTOR PLANT FOR CIVILIAN PURPOSES",
        "CLAIMS U.S. NUCLEAR COOPERATION WOULD NOT CONTRADICT PARALLEL EFFORTS WITH "
        "FRANCE & RUSSIA",
    ]
    assert paragraph(cable, "2").heading == headings(cable)[0]


def test_heading_with_a_number_first_and_a_rule_after_a_blank_09BOGOTA3093() -> None:
    cable = gold("09BOGOTA3093")
    assert "11 POINT PLAN FOR WAY FORWARD" in headings(cable)
    assert paragraph(cable, "3").heading == "11 POINT PLAN FOR WAY FORWARD"


def test_slashed_comment_heading_06MADRID324() -> None:
    cable = gold("06MADRID324")
    assert headings(cable) == ["SPAIN LABOR ISSUES", "COMMENT"]
    (comment,) = cable.comments
    assert comment.paragraph == "4"
    assert comment.text.startswith("Mendez was friendly and gregarious")


# ----------------------------------------------------- numbers, marks, sub-items


def test_number_glued_to_its_text_where_it_is_the_next_one_10CAIRO113() -> None:
    # 10CAIRO113: "3.Haggag noted ..." after paragraph 2
    text = (
        "UNCLAS CAIRO 000113\n\nSUBJECT: Egypt planning humanitarian response for Haiti\n\n"
        "¶1. Poloff delivered points.\n\n¶2. On Jan 21 MFA advised poloff.\n\n"
        "3.Haggag noted there are 28 Egyptian policemen in Haiti. MINIMIZE CONSIDERED SCOBEY\n"
    )
    cable = cablegram.parse_cable(text, year=2010)
    assert [p.number for p in cable.paragraphs] == ["1", "2", "3"]
    assert cable.paragraphs[2].text == "Haggag noted there are 28 Egyptian policemen in Haiti."
    assert cable.signature is not None and cable.signature.text == "SCOBEY"
    assert [f.text for f in cable.footer] == ["MINIMIZE CONSIDERED"]
    assert uncovered(cable) == []


def test_number_glued_out_of_turn_ends_a_sentence_08STATE1265() -> None:
    # "... in the new U.S. demarche to China in paragraph" / "5.The U.S. demarche to
    # China in paragraph 5 should be left ..." after paragraph 3: no paragraph 5 there
    cable = gold("08STATE1265")
    assert [p.number for p in cable.paragraphs] == ["1", "2", "3", "4", "5", "6"]
    assert "5.The U.S. demarche to China" in paragraph(cable, "3").text
    # a REL list of nine countries is one mark
    mark = paragraph(cable, "5").marking
    assert mark is not None and mark.raw == "(S//REL AS, CA, FR, GM, IS, IT, JP, ROK, and UK)"


def test_mark_that_lost_its_parenthesis_07RIYADH367() -> None:
    cable = gold("07RIYADH367")
    mark = paragraph(cable, "7").marking
    assert mark is not None and (mark.raw, mark.level) == ("C)", "C")
    assert paragraph(cable, "7").text.startswith("Ambassador Oberwetter asked Prince Saud")


@pytest.mark.parametrize(
    ("line", "number", "mark"),
    [
        ("1. (C) Text of the paragraph.", "1", "(C)"),
        ("1.(S/NF) Text of the paragraph.", "1", "(S/NF)"),
        ("(C) 1. Text of the paragraph.", "1", "(C)"),
        ("¶1. (SBU) Text of the paragraph.", "1", "(SBU)"),
        ("12.(S//NF)Text of the paragraph.", "12", "(S//NF)"),
    ],
    ids=["plain", "glued-mark", "mark-first", "pilcrow", "glued-text"],
)
def test_paragraph_number_and_mark_forms(line: str, number: str, mark: str) -> None:
    text = f"CONFIDENTIAL OTTAWA 002266\n\nSUBJECT: X\n\n{line}\n"
    (found,) = cablegram.parse_cable(text, year=2007).paragraphs
    assert (found.number, found.marking.raw if found.marking else None) == (number, mark)
    assert found.text == "Text of the paragraph."


def test_sub_items_keep_their_lines_03ROME2045() -> None:
    # under POLITICAL SUPPORT, a list of "- " items on consecutive lines; the item
    # wrapped over two lines ("... INTELLIGENCE" / "TIES") stays one line of the text
    cable = gold("03ROME2045")
    (listed,) = [p for p in cable.paragraphs if "GOI OPPOSED EFFORTS" in p.text]
    assert listed.number is None and listed.heading == "POLITICAL SUPPORT"
    assert listed.text.split("\n")[:4] == [
        "- ITALY AGREED TO BE NAMED PUBLICLY AS COALITION MEMBER",
        "- GOI OPPOSED EFFORTS IN UN TO CRITICIZE U.S. IRAQ POLICY",
        "- GOI EXPELLED FOUR IRAQI OFFICIALS SUSPECTED OF INTELLIGENCE TIES",
        "- GOI MAINTAINED PARLIAMENTARY BACKING FOR IRAQ POLICY",
    ]


def test_dashed_items_set_apart_stay_apart_10CAIRO147() -> None:
    # "KEY POINTS", then "-- (C) ..." items between blank lines: one block each
    blocks = gold("10CAIRO147").paragraphs[0].text.split("\n\n")
    assert blocks[0] == "KEY POINTS"
    assert blocks[1] == (
        "-- (C) In meetings January 12-13, A/S Posner raised the issue of police "
        "brutality and prison conditions with senior GOE officials."
    )
    assert [b[:30] for b in blocks[2:4]] == [
        "-- (C) Interior Ministry State",
        "-- (C) MFA Deputy Assistant Mi",
    ]


def test_blocks_before_the_first_number_are_paragraphs_72TEHRAN1164() -> None:
    sample = list(cablegram.read_cables_csv(compare.HERE.parent / "data" / "cables_sample.csv"))
    cable = sample[1]
    assert [(p.number, p.text[:13]) for p in cable.paragraphs[:5]] == [
        (None, "COUNTRY TEAM."),
        (None, "BEGIN SUMMARY"),
        (None, "GENERAL AZIMI"),
        (None, "ACTION REQUES"),
        ("1", "ON FEB 24 CHA"),
    ]


# -------------------------------------------------------------------- comments


def test_comment_without_end_marker_runs_to_its_paragraph_end_75TEHRAN2069() -> None:
    cable = gold("75TEHRAN2069")
    (comment,) = cable.comments
    assert comment.paragraph == "3"
    assert paragraph(cable, "3").text.endswith(comment.text[-40:])
    assert "comment-unterminated" in [d.code for d in cable.diagnostics]


def test_comment_heading_takes_the_paragraphs_under_it_08ASTANA338() -> None:
    cable = gold("08ASTANA338")
    (comment,) = cable.comments
    assert comment.paragraph == "3"
    assert comment.text.startswith("What really appears to be at issue")
    assert comment.text.endswith(paragraph(cable, "6").text[-40:])


def test_several_comments_end_over_a_line_break_06THEHAGUE814() -> None:
    # "(Comment: Driessen ... cocaine unit. End" / "Comment.)": END and COMMENT on
    # two lines still close it
    cable = gold("06THEHAGUE814")
    assert [c.paragraph for c in cable.comments] == ["2", "3", "4", "11", "12"]
    assert cable.comments[0].text.endswith("the National Crime Squad Cocaine Unit.")


def test_end_summary_and_comment_closes_the_comment_08TBILISI1336() -> None:
    (comment,) = gold("08TBILISI1336").comments
    assert comment.paragraph == "3"
    assert comment.text.endswith("hold an EAC on August 8.")


def test_comment_and_action_request_opens_a_comment_02ROME1725() -> None:
    (comment,) = gold("02ROME1725").comments
    assert comment.paragraph == "4"
    assert comment.text.startswith("WE CANNOT BE CERTAIN WHETHER")


def test_comment_opener_inside_an_open_comment_opens_nothing_09BAGHDAD2569() -> None:
    (comment,) = gold("09BAGHDAD2569").comments
    assert comment.paragraph == "4"
    assert comment.text.endswith("involvement of an international organization.")


def test_verb_comment_opens_nothing() -> None:
    text = (
        "UNCLAS OTTAWA 002266\n\nSUBJECT: X\n\n1. (U) The minister declined to comment. "
        "He left.\n\n2. (U) Comment: He will be back. End comment.\n"
    )
    cable = cablegram.parse_cable(text, year=2007)
    assert [(c.paragraph, c.text) for c in cable.comments] == [("2", "He will be back.")]


# --------------------------------------------------------- signature and footer


def test_mixed_case_name_glued_to_the_last_sentence_04BRASILIA2017() -> None:
    cable = gold("04BRASILIA2017")
    assert cable.signature is not None and cable.signature.text == "Danilovich"
    assert paragraph(cable, "14").text.endswith("coordinated with Consulate Rio.")


def test_web_site_footer_and_name_glued_to_the_last_paragraph_08LONDON2107() -> None:
    cable = gold("08LONDON2107")
    assert cable.signature is not None and cable.signature.text == "TUTTLE"
    assert [f.text for f in cable.footer] == ["Visit London's Classified Website: XXXXXXXXXXXX"]
    assert paragraph(cable, "4").text.endswith("opting to return to Tbilisi.")
    assert uncovered(cable) == []


def test_footer_between_rules_of_asterisks_07MANAMA962() -> None:
    cable = gold("07MANAMA962")
    assert cable.signature is not None and cable.signature.text == "ERELI"
    (footer,) = cable.footer
    assert "Visit Embassy Manama's Classified Website: XXXXXXXXXXXX" in footer.text
    assert cable.paragraphs[-1].text.endswith("before committing to support the resolution.")


def test_release_debris_after_the_signature_02ROME1725() -> None:
    cable = gold("02ROME1725")
    assert cable.signature is not None and cable.signature.text == "SEMBLER"
    assert [f.text for f in cable.footer][-3:] == [
        ">",
        "2002ROME01725 - Classification: CONFIDENTIAL",
        '"',
    ]


def test_quote_mark_after_the_signature_is_footer_06KATHMANDU2587() -> None:
    cable = gold("06KATHMANDU2587")
    assert cable.signature is not None and cable.signature.text == "MORIARTY"
    assert [f.text for f in cable.footer] == ['"']
    assert uncovered(cable) == []


# ------------------------------------------------------ two cables in one text

# 09BERN279, lines 41-60: the end of the Bern cable, then the Cotonou cable's record
# line and transmission header, glued on by a dump of the release
BERN279 = (
    "VZCZCXYZ0003\nPP RUEHWEB\n\nDE RUEHSW #0279 1870731\nZNY SSSSS ZZH\n"
    "P 060731Z JUL 09\nFM AMEMBASSY BERN\nTO SECSTATE WASHDC PRIORITY 5925\n\n"
    "S E C R E T BERN 000279 \n \nSUBJECT: (S) FURTHER INFORMATION \n \n"
    "¶1.  (S) On July 3, State Secretariat for Economic Affairs \n"
    "Missile Technology Control Regime. \nCARTER \n\n"
    "215201\t2009-07-06 10:01:00\t09COTONOU278\tEmbassy Cotonou\tUNCLASSIFIED\t\t"
    "VZCZCXRO6872\\\nPP RUEHMA RUEHPA\\\nDE RUEHCO #0278 1871001\\\nZNR UUUUU ZZH\\\n"
    "P 061001Z JUL 09\\\nFM AMEMBASSY COTONOU\\\nTO RUEHC/SECSTATE WASHDC PRIORITY 1003\\\n"
    "INFO RUEHZK/ECOWAS COLLECTIVE\tUNCLAS COTONOU 000278 \\\n \\\n"
    "SUBJECT: BENIN: POLICE INTERCEPTS 11 ALLEGED TRAFFICKING VICTIMS \\\n \\\n"
    "¶1. (U) Summary: text of the second cable. \\\nREED \\\n"
)


def test_second_cable_is_not_read_into_the_first_09BERN279() -> None:
    cable = cablegram.parse_cable(BERN279)
    assert cable.reference_id == "09BERN279"
    assert cable.signature is not None and cable.signature.text == "CARTER"
    assert [p.number for p in cable.paragraphs] == ["1"]
    assert "COTONOU" not in " ".join(p.text for p in cable.paragraphs)
    (embedded,) = [d for d in cable.diagnostics if d.code == "embedded-cable"]
    assert embedded.span.of(cable.raw).startswith("215201\t2009-07-06")
    assert cable.unparsed == ()
    assert cable.wrapper[-1].span == embedded.span  # the rest is kept, as a wrapper block
    assert uncovered(cable) == []


def test_parse_cables_reads_each_cable_09BERN279() -> None:
    first, second = cablegram.parse_cables(BERN279)
    assert (first.reference_id, second.reference_id) == ("09BERN279", "09COTONOU278")
    assert second.origin is not None and second.origin.address == "AMEMBASSY COTONOU"
    assert second.signature is not None and second.signature.text == "REED"
    offset = int(second.metadata["offset"])
    assert BERN279[offset:].startswith("215201\t")
    assert second.raw == BERN279[offset:]
    assert [d.code for d in first.diagnostics if d.code == "embedded-cable"] == []


def test_a_copy_of_the_own_header_is_no_second_cable() -> None:
    # 09BERN279 repeats its own record line and DE line before its banner
    text = (
        "VZCZCXYZ0003\nDE RUEHSW #0279 1870731\nFM AMEMBASSY BERN\nTO SECSTATE WASHDC\n\n"
        "2009-07-06 07:31:00\t09BERN279\tEmbassy Bern\tSECRET\t\tVZCZCXYZ0003\\\n"
        "DE RUEHSW #0279 1870731\\\n\tS E C R E T BERN 000279 \\\n \\\nSUBJECT: X \\\n"
        "¶1.  (S) Text. \\\nCARTER \\\n"
    )
    assert [c.reference_id for c in cablegram.parse_cables(text, year=2009)] == ["09BERN279"]


# 07SANJOSE2070, lines 44-50, with the heading's rule doubled (a fuzz mutant): a rule
# left over between a heading and the next paragraph is the paragraph's, not lost
SANJOSE2070 = (
    "UNCLAS SAN JOSE 002070\n\nSUBJECT: CAFTA\n\n"
    "1. (U) In our view, prospects are slim.  END SUMMARY. \n \n"
    "================= \nGLACIAL MECHANICS \n================= \n \n================= \n \n"
    "2. (U) In order to understand the challenges facing the \nG38, it is helpful. \n"
    "\n=====================\n"
)


def test_stray_rules_stay_covered_07SANJOSE2070() -> None:
    cable = cablegram.parse_cable(SANJOSE2070, year=2007)
    assert headings(cable) == ["GLACIAL MECHANICS"]
    assert [p.number for p in cable.paragraphs] == ["1", "2"]
    assert paragraph(cable, "2").text.startswith("In order to understand")
    assert [f.text for f in cable.footer] == ["====================="]
    assert uncovered(cable) == []


def test_word_broken_at_its_hyphen_is_joined_06BEIJING22825() -> None:
    # 06BEIJING22825, lines 107-109: "DG Wu said an inter-" / "department group"
    # (225 line ends of the corpus break a word at its hyphen): the raw span keeps
    # both parts, the text joins them, the hyphen kept and no blank
    text = (
        "UNCLAS BEIJING 022825\n\nSUBJECT: X\n\n1. (SBU) Summary: a well-\nknown "
        'plan. End summary.\n\n2. (SBU) "Reeducation-Through-Labor" is necessary in '
        'China, and\nis "very likely to stay." DG Wu said an inter-\n'
        "department group continues to work on ICCPR\nratification.\n"
    )
    cable = cablegram.parse_cable(text, year=2006)
    first, second = cable.paragraphs
    assert first.text == "Summary: a well-known plan. End summary."
    assert second.text.endswith(
        "DG Wu said an inter-department group continues to work on ICCPR ratification."
    )
    assert "inter-\ndepartment" in second.span.of(cable.raw)
    assert cable.summary is not None and cable.summary.text == "a well-known plan."
    assert uncovered(cable) == []


def test_pdf_page_lines_are_markers_07BOGOTA1165(tmp_path: Path) -> None:
    # 07BOGOTA1165 as a PDF printout carries it: cp1252, CRLF, a "Page 2 of 3" line
    # between two lines of paragraph 2
    raw = (
        "UNCLAS BOGOTA 001165 \r\n\r\nSUBJECT: COLOMBIA REQUESTS SUPPORT \r\n\r\n"
        "¶1.  This is an action request (see paragraphs 2 and 4). \r\n\r\n"
        "¶2.  We received a request from the Colombian Ministry of \r\n"
        "Page 2 of 3\r\n"
        "Foreign Affairs for support for their candidate. \r\nDRUCKER\r\n"
    ).encode("cp1252")
    path = tmp_path / "07BOGOTA1165.txt"
    path.write_bytes(raw)
    cable = cablegram.parse(path)
    assert isinstance(cable, cablegram.Cable)
    assert [d.code for d in cable.diagnostics][:1] == ["encoding-fallback"]
    assert [m.text for m in cable.page_markers] == ["Page 2 of 3"]
    assert paragraph(cable, "2").text == (
        "We received a request from the Colombian Ministry of Foreign Affairs for "
        "support for their candidate."
    )
    assert cable.signature is not None and cable.signature.text == "DRUCKER"
    assert uncovered(cable) == []


# 08TRIPOLI819: a body that lost its line breaks, every paragraph and heading on one
# line after two blanks (the middles of the paragraphs cut here); the family of the
# 2008 Tripoli cables of the release (08TRIPOLI430, 08TRIPOLI467, 08TRIPOLI889, ...)
TRIPOLI819_BODY = (
    "VZCZCXRO5492\n"
    "OO RUEHFL RUEHKW RUEHLA RUEHROV RUEHSR\n"
    "DE RUEHTRO #0819/01 2881719\n"
    "ZNY CCCCC ZZH\n"
    "O 141719Z OCT 08\n"
    "FM AMEMBASSY TRIPOLI\n"
    "TO RUEHC/SECSTATE WASHDC IMMEDIATE 3993\n"
    "INFO RUEHTU/AMEMBASSY TUNIS IMMEDIATE 0627\n"
    "RUEHEG/AMEMBASSY CAIRO IMMEDIATE 1237\n"
    "RUEHAS/AMEMBASSY ALGIERS IMMEDIATE 0775\n"
    "RUEHRB/AMEMBASSY RABAT IMMEDIATE 0719\n"
    "RUEHZL/EUROPEAN POLITICAL COLLECTIVE\n"
    "RHEHAAA/NSC WASHINGTON DC\n"
    "RUEHTRO/AMEMBASSY TRIPOLI 4514\n"
    "\n"
    "C O N F I D E N T I A L SECTION 01 OF 02 TRIPOLI 000819 \n"
    " \n"
    "SIPDIS \n"
    " \n"
    "E.O. 12958: DECL:  10/14/2018 \n"
    "TAGS: PHUM PGOV PREL FR LY SZ DA\n"
    "SUBJECT: SELF-DESCRIBED REGIME CRITIC IDRISS BOUFAYED RELEASED \n"
    " \n"
    "1. (C)  Summary: Regime critic Idriss Boufayed, who was sentenced to 25 years in"
    " prison in June and who is suffering from cancer, has been r [...] ted that he w"
    "as essentially let go to avoid criticism of the regime if he were to succumb to "
    "cancer while still in the GOL's custody.  End summary.  BOUFAYED RETURNS HOME  2"
    ". (C) Libyan opposition website Libya al-Mustaqbal reported October 8 that Libya"
    'n authorities allowed detained regime critic Dr. Idriss B [...]  system" and mee'
    "ting with an official from a foreign government, and was sentenced to 25 years i"
    "n prison (details ref B).  MAY SEEK TO TRAVEL ABROAD FOR MEDICAL TREATMENT  3. ("
    "C) xxxxxxxxxxxx said Boufayed, whose medical condition was described by family m"
    'embers as "poor", was considering whether to try to tr [...] est of Hannibal al-'
    "Qadhafi (ref C), son of Muammar al-Qadhafi, could hamper those efforts.  EU CONT"
    "EMPLATES FURTHER ACTION; HRSL URGES ACTION TO RELEASE OTHER PRISONERS  "
    "4. (C) French and British diplomats told us the petition is being considered.\n"
)


def test_numbers_and_headings_after_two_blanks_in_a_body_on_one_line_08TRIPOLI819() -> None:
    cable = cablegram.parse_cable(TRIPOLI819_BODY, year=2008)
    assert [p.number for p in cable.paragraphs] == ["1", "2", "3", "4"]
    assert [p.marking.level if p.marking else None for p in cable.paragraphs] == ["C"] * 4
    # the heading before 2 and before 4; not the one after "(details ref B)." (its
    # sentence end is read as none)
    assert [h.text for h in cable.headings] == [
        "BOUFAYED RETURNS HOME",
        "EU CONTEMPLATES FURTHER ACTION; HRSL URGES ACTION TO RELEASE OTHER PRISONERS",
    ]
    assert [p.heading for p in cable.paragraphs] == [
        None,
        "BOUFAYED RETURNS HOME",
        "BOUFAYED RETURNS HOME",
        "EU CONTEMPLATES FURTHER ACTION; HRSL URGES ACTION TO RELEASE OTHER PRISONERS",
    ]
    # a redacted name after the mark: "3. (C) xxxxxxxxxxxx said"
    assert cable.paragraphs[2].text.startswith("xxxxxxxxxxxx said Boufayed")
    # the heading the reader misses stays at the end of the paragraph before it
    assert cable.paragraphs[1].text.endswith(
        "(details ref B). MAY SEEK TO TRAVEL ABROAD FOR MEDICAL TREATMENT"
    )
    assert uncovered(cable) == []


def test_a_number_after_two_blanks_in_a_sentence_opens_nothing_unexpected() -> None:
    # two blanks before a number that is not the one expected next: no paragraph
    text = "1. (C) The talks began.  See  7. Nothing else happened.\n"
    cable = cablegram.parse_cable(text, year=2008)
    assert [p.number for p in cable.paragraphs] == ["1"]


# 08BUENOSAIRES129, lines 64-78: a double-spaced body where an acronym in parentheses
# starts a line of a sentence; 42 development cables had a paragraph opened there
BUENOSAIRES129_BODY = (
    "UNCLAS BUENOS AIRES 000129\n\nSIPDIS\n\nSUBJECT: ARGENTINA: VIEWS OF THE NEW GOVERNMENT\n\n"
    "\u00b62.  (SBU) Interlocutors were also fairly united in their \n\n"
    "views on the challenges facing the government: controlling \n\n"
    "inflation and wages and dealing with public security concerns \n\n"
    "related to rampant street crime.  Many noted that the new \n\n"
    "government has yet to break out of the short-term framework \n\n"
    "for policy-making which characterized Nestor Kirchner's \n\n"
    "government and suggested that Cristina Fernandez de Kirchner \n\n"
    "(CFK) had yet to demonstrate that she will govern in a manner \n\n"
    "distinct from that of her husband.  End Summary. \n\n \n\n"
    "\u00b63.  (SBU) The following are highlights of individual \n\n"
    "meetings with the people we saw. \n"
)


def test_an_acronym_first_on_a_line_opens_no_paragraph_08BUENOSAIRES129() -> None:
    cable = cablegram.parse_cable(BUENOSAIRES129_BODY, year=2008)
    assert [(p.number, p.marking.raw if p.marking else None) for p in cable.paragraphs] == [
        ("2", "(SBU)"),
        ("3", "(SBU)"),
    ]
    assert "Kirchner (CFK) had yet to demonstrate" in cable.paragraphs[0].text
    assert "marking-syntax" not in [d.code for d in cable.diagnostics]
    # a real mark first on a line still opens its paragraph
    marked = BUENOSAIRES129_BODY.replace("(CFK) had yet", "(C) Had yet")
    assert [p.marking.raw for p in cablegram.parse_cable(marked).paragraphs if p.marking] == [
        "(SBU)",
        "(C)",
        "(SBU)",
    ]


# 08PARIS988, its last lines: the signature, then the cable's own transmission header
# again (a dump of the release; 07PARIS3193, 07PARIS3740 and 08PARIS2212 alike)
PARIS988_END = (
    "VZCZCXRO2010\nOO RUEHAG RUEHBC RUEHDE RUEHKUK RUEHROV\nDE RUEHFR #0988/01 1441337\n"
    "ZNY CCCCC ZZH\nO 231337Z MAY 08\nFM AMEMBASSY PARIS\n"
    "TO RUEHC/SECSTATE WASHDC IMMEDIATE 3125\n\n"
    "C O N F I D E N T I A L SECTION 01 OF 02 PARIS 000988\n\nSIPDIS\n\n"
    "SUBJECT: LEBANON: FRENCH VIEWS\n\n1. (C) The last paragraph: a free Lebanon. \n\n"
    "STAPLETON \n\n"
    "VZCZCXRO2010\nOO RUEHAG RUEHBC RUEHDE RUEHKUK RUEHROV\nDE RUEHFR #0988/01 1441337\n"
    "ZNY CCCCC ZZH\nO 231337Z MAY 08\nFM AMEMBASSY PARIS\n"
    "TO RUEHC/SECSTATE WASHDC IMMEDIATE 3125\nINFO RHEHNSC/NSC WASHINGTON DC IMMEDIATE\n"
    "RUCNMEM/EU MEMBER STATES PRIORITY\n"
)


def test_the_own_header_copied_at_the_end_is_a_wrapper_08PARIS988() -> None:
    cable = cablegram.parse_cable(PARIS988_END)
    assert cable.reference_id == "08PARIS988"
    assert cable.signature is not None and cable.signature.text == "STAPLETON"
    assert cable.paragraphs[-1].text == "The last paragraph: a free Lebanon."
    assert cable.wrapper[-1].text.startswith("VZCZCXRO2010\nOO RUEHAG")
    assert "header-copy-at-end" in [d.code for d in cable.diagnostics]
    assert len(cable.info_recipients) == 0  # the copy's INFO lines are not the cable's
    assert uncovered(cable) == []
    # another cable's header after it is still another cable (09BERN279)
    head, copy = PARIS988_END.rsplit("VZCZCXRO2010", 1)
    other = head + "VZCZCXRO2010" + copy.replace("#0988/01", "#0999/01")
    assert "embedded-cable" in [d.code for d in cablegram.parse_cable(other).diagnostics]


# 09LONDON2780, lines 26-32: a heading that goes on from the one before it, with an
# ellipsis first (24 development cables: "...But Two Concerns", "... BUT HOW MUCH
# REAL MOVEMENT?")
LONDON2780_BODY = (
    "C O N F I D E N T I A L LONDON 002780\n\nSIPDIS\n\nSUBJECT: CAMERON ON AFGHANISTAN\n\n"
    "Positive About Afghanistan... ----------------------------------------\n\n"
    "2.(C/NF) Ambassador Susman met with Conservative Party leader David Cameron.\n\n"
    " ...But Two Concerns -------------------\n\n"
    "3.(C/NF) Cameron stated that he has two specific concerns about the mission.\n"
)


def test_a_heading_that_opens_with_an_ellipsis_09LONDON2780() -> None:
    cable = cablegram.parse_cable(LONDON2780_BODY, year=2009)
    assert [h.text for h in cable.headings] == [
        "Positive About Afghanistan...",
        "...But Two Concerns",
    ]
    assert [p.heading for p in cable.paragraphs] == [
        "Positive About Afghanistan...",
        "...But Two Concerns",
    ]
    # three dots alone are no heading
    assert not cablegram.cable.titles.looks_like_heading("...")


# A title over its rule may end with initials and their period ("FOR U.S.": 47
# development cables) or trail off with an ellipsis ("Succession in Place...", some
# 50): neither period ends a sentence. Excerpts verbatim, trailing blanks kept with
# explicit "\n"; the banner and SUBJECT lines are added to make each a cable.

BRUSSELS524_BODY = (
    "C O N F I D E N T I A L BRUSSELS 000524\n\nSIPDIS\n\nSUBJECT: BELLINGER VISIT\n\n"
    "15. (C) Both sides agreed that the U.S. and EU needed to consult \n"
    "further in order to avoid a train wreck at the Human Rights \n"
    "Commission on this. \n\n"
    "------------------------------------ \n"
    "EUROPEAN REACTIONS POSITIVE FOR U.S. \n"
    "------------------------------------ \n\n"
    "16. (C) COMMENT: By and large, Bellinger's European \n"
    "interlocutors responded very positively to his visit. \n"
)
MADRID113_BODY = (
    "C O N F I D E N T I A L MADRID 000113\n\nSIPDIS\n\nSUBJECT: MOD VISIT\n\n"
    "1. (C) Summary: Cuesta raised an incident during a port call in Barcelona, Gaza arms\n"
    "smuggling, and so-called Guantanamo flights. End summary.\n\n"
    "MOD Visit to U.S.\n-----------------\n\n"
    "2. (C) Cuesta said MOD Carme Chacon hoped to visit Washington\n"
)
BEIJING2063_BODY = (
    "C O N F I D E N T I A L BEIJING 002063\n\nSIPDIS\n\nSUBJECT: SUCCESSION\n\n"
    "1. (C) Summary: Three years out, however, this succession scenario \n"
    "was by no means guaranteed, contacts contended, as a number \n"
    "of factors could cause Xi to stumble. End Summary. \n\n"
    "Tense, but Stable, Succession in Place... \n"
    "------------------------------------------ \n\n"
    "2. (C) Echoing views we have heard from a number of contacts \n"
)
MEXICO2460_BODY = (
    "C O N F I D E N T I A L MEXICO 002460\n\nSIPDIS\n\nSUBJECT: PRI CAMPAIGN\n\n"
    "1. (C) Summary: determine its future.  End summary. \n \n"
    "A Flawed Candidate... \n---------------------- \n \n"
    "2.  (C) Outside observers -- and an increasing number of PRI \n \n"
    "...While Pursuing a Dubious Strategy... \n"
    "---------------------------------------- \n \n"
    "3.  (C) Party contacts have shared with us their criticism of \n"
)


@pytest.mark.parametrize(
    ("text", "title", "number"),
    [
        (BRUSSELS524_BODY, "EUROPEAN REACTIONS POSITIVE FOR U.S.", "16"),
        (MADRID113_BODY, "MOD Visit to U.S.", "2"),
        (BEIJING2063_BODY, "Tense, but Stable, Succession in Place...", "2"),
    ],
    ids=["06BRUSSELS524", "09MADRID113", "09BEIJING2063"],
)
def test_a_ruled_title_ending_in_initials_or_an_ellipsis(
    text: str, title: str, number: str
) -> None:
    cable = cablegram.parse_cable(text, year=2009)
    assert headings(cable) == [title]
    assert paragraph(cable, number).heading == title
    # the title is not left at the end of the paragraph above it
    above = paragraph(cable, str(int(number) - 1))
    assert title not in above.text


def test_titles_that_trail_off_and_go_on_06MEXICO2460() -> None:
    cable = cablegram.parse_cable(MEXICO2460_BODY, year=2006)
    assert headings(cable) == ["A Flawed Candidate...", "...While Pursuing a Dubious Strategy..."]
    assert [p.heading for p in cable.paragraphs] == [None, *headings(cable)]
    # a line that ends a sentence over a rule is still no title
    assert not cablegram.cable.titles.short("They met the Ambassador.")


# A number and a parenthesis at the start of a line right under a line of text, with
# no mark, is an amount or a list item run over the lines ("(approximately USD" /
# "260) per night"; "1) Bechtel (American), 2) ACS (Spanish), and" / "3) Sacyr"): it
# opens a paragraph only as the number expected next, or a list's first. After a
# blank line such a number may restart the numbering (a press summary's articles
# after its index, 09TOKYO1441). Excerpts verbatim, trailing blanks with "\n".

KUWAIT3201_BODY = (
    "UNCLAS KUWAIT 003201\n\nSIPDIS\n\nSUBJECT: VISIT\n\n"
    "2. Please apply for Iraq clearance through Embassy Baghdad. \n \n"
    "3. Hotel reservations have been made for 15 and 16 Aug, at the \n"
    "Radisson SAS at the rate of 66.000 KD plus 15% (approximately USD \n"
    "260) per night for single rooms, which includes a buffet breakfast. \n"
    "The per diem rate for Kuwait is USD 260 plus M&IE of USD 96 for a \n \n"
    "4. Please advise.\n"
)
PANAMA519_BODY = (
    "C O N F I D E N T I A L PANAMA 000519\n\nSIPDIS\n\nSUBJECT: CANAL BIDS\n\n"
    "3. (C) Three consortia submitted bids and are led by the\n"
    "following firms: 1) Bechtel (American), 2) ACS (Spanish), and\n"
    "3) Sacyr (Spanish). According to a representative from the\n"
    "Canal Expansion Project Advisor (American firm CH2MHill),\n\n"
    "4. (C) The bids were opened.\n"
)


@pytest.mark.parametrize(
    ("text", "inside"),
    [(KUWAIT3201_BODY, "USD 260) per night"), (PANAMA519_BODY, "and 3) Sacyr")],
    ids=["06KUWAIT3201", "09PANAMA519"],
)
def test_a_number_run_over_from_the_line_above_opens_no_paragraph(text: str, inside: str) -> None:
    cable = cablegram.parse_cable(text, year=2007)
    assert [p.number for p in cable.paragraphs] == ["2", "3", "4"][-len(cable.paragraphs) :]
    assert inside in " ".join(paragraph(cable, "3").text.split())


def test_numbers_restart_after_a_blank_line_09TOKYO1441() -> None:
    text = (
        "UNCLAS TOKYO 001441\n\nSIPDIS\n\nSUBJECT: JAPANESE MORNING PRESS HIGHLIGHTS\n\n"
        "1) Prime Minister's daily schedule (Nikkei)\n"
        "2) Under Secretary Flournoy in press conference (Yomiuri)\n"
        "3) Flournoy acknowledges some adjustments possible (Yomiuri)\n\n"
        "Articles:\n\n"
        "1) Prime Minister's schedule, June 25\n\n"
        "2) U.S. under secretary of defense says China concerned\n"
    )
    cable = cablegram.parse_cable(text, year=2009)
    assert [p.number for p in cable.paragraphs if p.number] == ["1", "2", "3", "1", "2"]


# A number whose period is lost before its mark ("1 (C) The President", "7 (C)
# Balkenende": 20 development cables) opens the paragraph expected next. Excerpts
# verbatim (06BOGOTA10197, lines 25-30; 04THEHAGUE1833, lines 135-140).
BOGOTA10197_BODY = (
    "C O N F I D E N T I A L BOGOTA 010197\n\nSIPDIS\n\n"
    "SUBJECT: UPDATE ON DRUMMOND GAS DISCOVERY \n\n"
    "Classified By: CDA MILTON DRUCKER FOR REASONS 1.4(B) AND (D) \n\n"
    "1 (C) The President of Drummond Coal Colombia, Augusto \n"
    "Jimenez recently met with embassy officials to give an update \n"
    "on Drummond gas and coal projects in Colombia. He also \n\n"
    "2. (C) Drummond said the discovery was large.\n"
)
THEHAGUE1833_BODY = (
    "C O N F I D E N T I A L THE HAGUE 001833\n\nSIPDIS\n\nSUBJECT: TURKEY\n\n"
    "6. (C) Balkenende said the EU should name \n"
    "specific steps with the clear understanding that a date would \n"
    "be set as soon as they are accomplished. \n\n"
    "7 (C) Balkenende reiterated that the EU must not rewrite the \n"
    "rules to help or hinder Turkey's bid for accession -- a deal \n"
    "is a deal. Talk of offering the Turks a privileged \n"
)


def test_a_number_without_its_period_before_a_mark_06BOGOTA10197_04THEHAGUE1833() -> None:
    first = cablegram.parse_cable(BOGOTA10197_BODY, year=2006).paragraphs[0]
    assert (first.number, first.marking.level) == ("1", "C")
    assert first.text.startswith("The President of Drummond")
    cable = cablegram.parse_cable(THEHAGUE1833_BODY, year=2004)
    assert [p.number for p in cable.paragraphs] == ["6", "7"]
    assert paragraph(cable, "7").text.startswith("Balkenende reiterated")
    # altered: a number out of turn is no paragraph's (it stays in paragraph 6)
    out_of_turn = THEHAGUE1833_BODY.replace("7 (C) Balkenende", "9 (C) Balkenende")
    assert [p.number for p in cablegram.parse_cable(out_of_turn, year=2004).paragraphs] == ["6"]


# A summary's end marker with no period glued before a title and its rule ends the
# summary, not the title's words (08USNATO276, 09BISHKEK700, 09CAIRO2133): the
# heading is the words after it. Excerpts verbatim (the end of a paragraph's line).
USNATO276_BODY = (
    "C O N F I D E N T I A L USNATO 000276\n\nSIPDIS\n\nSUBJECT: GEORGIA\n\n"
    "1. (C) SUMMARY: On the other hand, Poland--a strong supporter of NATO MAP--had "
    "argued that the crisis only reinforced the need for the NAC to travel to the region. "
    "END SUMMARY Emergency NAC Idea Floated, but Rejected "
    "---------------------------------------- \n\n"
    "2. (C) On August 8, the Czech Mission contacted Charge Weinrod, proposing that\n"
)
CAIRO2133_BODY = (
    "C O N F I D E N T I A L CAIRO 002133\n\nSIPDIS\n\nSUBJECT: EGYPT\n\n"
    "1. (C) SUMMARY: Aboul Gheit named Iran -- its continued use of proxies Hezbollah and "
    "Hamas -- as the most serious regional threats. END SUMMARY ---------------- "
    "Regional Threats ----------------\n"
    "2.(C) Aboul Gheit began the meeting with an overview of the many regional threats.\n"
)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (USNATO276_BODY, "Emergency NAC Idea Floated, but Rejected"),
        (CAIRO2133_BODY, "Regional Threats"),
    ],
    ids=["08USNATO276", "09CAIRO2133"],
)
def test_an_end_marker_before_a_glued_title_ends_the_summary(text: str, title: str) -> None:
    cable = cablegram.parse_cable(text, year=2009)
    assert headings(cable)[:1] == [title]
    assert paragraph(cable, "2").heading == title
    assert cable.summary is not None
    assert cable.summary.text.endswith("regional threats." if "CAIRO" in text else "region.")
    assert uncovered(cable) == []


# A rule the release wrapped ends in a loose dash or two ("------ -"): the title
# glued between such rules to a paragraph's line is still a heading (10CAIRO23, 74
# development cables), and a rule of single dashes too ("- - - Title - - -- - -",
# 08BRASILIA1325). Excerpts verbatim, paragraph 2 cut after its first sentence.
CAIRO23_BODY = (
    "UNCLAS CAIRO 000023\n\nSIPDIS\n\nSUBJECT: EGYPT ECONOMIC NEWS\n\n"
    "¶1. (U) The following are notable economic news stories that appeared over the past "
    "week in the Egyptian press: --------------------------------------------- - Port Said "
    "to Continue Operating as a Free Zone --------------------------------------------- -\n\n"
    "2.(U) President Mubarak announced during his visit to Port Said that the governorate "
    "would continue to operate as a free zone for the foreseeable future.\n"
)
BRASILIA1325_BODY = (
    "UNCLAS BRASILIA 001325\n\nSIPDIS\n\nSUBJECT: USTDA VISIT\n\n"
    "19. (U) Brazil prefers to start discussions first with\n\n"
    "- - - - - - - - - - - - - Infrastructure Cooperation - - - - - - - - -- - - \n\n"
    "20. (U) The USTDA Regional Director for Latin America and the Caribbean had an\n"
)


@pytest.mark.parametrize(
    ("text", "title", "number"),
    [
        (CAIRO23_BODY, "Port Said to Continue Operating as a Free Zone", "2"),
        (BRASILIA1325_BODY, "Infrastructure Cooperation", "20"),
    ],
    ids=["10CAIRO23", "08BRASILIA1325"],
)
def test_titles_between_wrapped_rules(text: str, title: str, number: str) -> None:
    cable = cablegram.parse_cable(text, year=2010)
    assert headings(cable) == [title]
    assert paragraph(cable, number).heading == title
    above = cable.paragraphs[0]
    assert "---" not in above.text and title not in above.text
    assert uncovered(cable) == []


# A body whose line breaks were lost under an intact header: titles between rules
# and the numbered paragraphs after them on one line ("------- SUMMARY ------- 1. (C)
# ... End summary. ------ TIMOSHENKO TO MEET PUTIN ------ 2. (C) MFA"): a number after
# a rule opens the paragraph expected next, and the title between the rules before it
# is its heading (48 development cables, 09MOSCOW105 from 1 paragraph to 14).
# Excerpt verbatim from 09MOSCOW105's body line, cut inside paragraphs 1 and 2.
MOSCOW105_BODY = (
    "C O N F I D E N T I A L MOSCOW 000105\n\nSIPDIS\n\nSUBJECT: GOR MOTIVATIONS IN THE "
    "GAS CRISIS\n\n"
    "------- SUMMARY ------- 1. (C) Although PMs Putin and Timoshenko are set to meet "
    "January 17 in Moscow, MFA and Gazprom officials downplay expectations for a "
    "breakthrough. End summary. ------------------------ TIMOSHENKO TO MEET PUTIN "
    "------------------------ 2. (C) MFA Second CIS Director Viktor Sorokin confirmed on "
    "January 15\n"
)


def test_titles_and_numbers_on_a_body_line_that_lost_its_breaks_09MOSCOW105() -> None:
    cable = cablegram.parse_cable(MOSCOW105_BODY, year=2009)
    assert [p.number for p in cable.paragraphs] == ["1", "2"]
    assert headings(cable) == ["SUMMARY", "TIMOSHENKO TO MEET PUTIN"]
    assert paragraph(cable, "2").heading == "TIMOSHENKO TO MEET PUTIN"
    assert paragraph(cable, "1").text.endswith("End summary.")
    assert paragraph(cable, "2").text.startswith("MFA Second CIS Director")
    assert uncovered(cable) == []
