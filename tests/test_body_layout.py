"""Page and section markers inside a paragraph: the marker is recorded and blanked,
and the paragraph text reads across it when the text shows that the sentence goes
on; a marker between two blocks of text keeps them apart."""

from __future__ import annotations

import cablegram
from cablegram.check.coverage import uncovered

# 06BEIJING23571, lines 101-115: a SMART marker set off by blank lines in the middle
# of a sentence ("... agreements with" / marker / "those countries.")
BEIJING23571 = (
    "¶4. (C) XXXXXXXXXXXX responded that China is approaching the United\n"
    "States Government because the issue is directly relevant to\n"
    "counterterrorism and that while Google is a private company\n"
    'it operates in the United States "political and legal\n'
    'environment."  China is requesting the United States take\n'
    "action to prevent the information from being misused to cause\n"
    "damage to China, XXXXXXXXXXXX reiterated.  He offered that China\n"
    "had been in discussions with other countries with similar\n"
    "concerns about Google Earth.  However, XXXXXXXXXXXX refused to\n"
    "provide the names of the other countries, noting he was\n"
    "unable to share the information due to prior agreements with\n"
    "\n"
    "BEIJING 00023571  002 OF 002\n"
    "\n"
    "those countries.\n"
)


def test_smart_marker_between_blank_lines_mid_sentence_06BEIJING23571() -> None:
    cable = cablegram.parse_cable(BEIJING23571, year=2006)
    assert [m.text for m in cable.page_markers] == ["BEIJING 00023571  002 OF 002"]
    (p,) = cable.paragraphs
    assert p.number == "4"
    assert "\n" not in p.text
    assert p.text.endswith("due to prior agreements with those countries.")
    assert uncovered(cable) == []


# 09BEIJING2063, lines 104-114 (under its paragraph's number): the same with a
# capital after the marker ("... trying to undermine" / marker / "Xi as heir
# apparent."): 83 development cables; a title after a marker stays apart.
BEIJING2063 = (
    '¶6. (C) inevitable. Xi\'s role as PRC Vice President was "useless," \n'
    "Wang said, and there had only been one succession in Party \n"
    "history that went according to plan, the transfer of power \n"
    "from Jiang Zemin to Hu Jintao in 2002. Wang said that rumors \n"
    "continued to circulate that people were trying to undermine \n"
    "\n"
    "BEIJING 00002063 002 OF 002 \n"
    "\n"
    "\n"
    "Xi as heir apparent. Wang claimed that Xi's extended \n"
    "diplomatic visits to Mexico and five Latin American and \n"
)


def test_page_marker_mid_sentence_before_a_capital_09BEIJING2063() -> None:
    cable = cablegram.parse_cable(BEIJING2063, year=2009)
    (p,) = cable.paragraphs
    assert "\n" not in p.text
    assert "trying to undermine Xi as heir apparent." in p.text
    # a title after the marker is no part of the sentence before it
    titled = BEIJING2063.replace(
        "Xi as heir apparent. Wang", "Actions and Measures Going Forward\n\nWang"
    )
    (q,) = cablegram.parse_cable(titled, year=2009).paragraphs
    assert "undermine\n\nActions and Measures Going Forward" in q.text
    assert uncovered(cable) == []


# 08ADDISABABA286, lines 108-118: a SMART section line cuts its post's name to ten
# characters ("ADDIS ABAB", "BUENOS AIR", "USUN NEW Y": 37 development cables): the
# whole name is the marker's, and none of it stays in the paragraph.
ADDISABABA286 = (
    "¶4. (C) good decisions, has not incited violence.  A/S Frazer noted \n"
    "that it is difficult to have leverage over the opposition, \n"
    "since the natural leverage of a government is over another \n"
    "government, rather than an opposition group.  The United \n"
    " \n"
    "ADDIS ABAB 00000286  002 OF 005 \n"
    " \n"
    " \n"
    "States is advocating a message of accountability on all \n"
    "sides, both government and opposition.  A/S Frazer noted that \n"
)


def test_section_line_with_its_post_name_cut_short_08ADDISABABA286() -> None:
    cable = cablegram.parse_cable(ADDISABABA286, year=2008)
    assert [m.text for m in cable.page_markers] == ["ADDIS ABAB 00000286  002 OF 005"]
    (p,) = cable.paragraphs
    assert "ADDIS" not in p.text
    assert "The United States is advocating" in p.text
    assert uncovered(cable) == []


# 03ROME2045, lines 43-53: a received copy's page break in the middle of a paragraph:
# the classification at the foot of page 2, a blank line, the header of page 3
ROME2045 = (
    "¶1.  (C) SUMMARY.  ITALY ANSWERED THE CALL TO ASSIST THE \n"
    "COALITION WIN THE WAR IN IRAQ.  THE GOI MADE A STRATEGIC \n"
    "CHOICE TO KEEP ITS POLICY ALIGNED WITH THE U.S. AND STUCK TO \n"
    "IT, DESPITE INTENSE INTERNAL POLITICAL PRESSURE TO FOLD. \n"
    "                       CONFIDENTIAL \n"
    " \n"
    "PAGE 03        ROME  02045  01 OF 06  121721Z \n"
    "ITALY DID NOT SHY AWAY FROM THIS CHOICE, AGREEING TO BE NAMED \n"
    "PUBLICLY AS A COALITION MEMBER.  TOP OFFICIALS SPOKE OUT \n"
    "REPEATEDLY AND FORCEFULLY ON THE NEED TO ENSURE IRAQI \n"
    "COMPLIANCE WITH UN RESOLUTIONS.  THEY STOOD UP FOR OUR \n"
)


def test_blank_line_inside_a_page_header_is_no_paragraph_break_03ROME2045() -> None:
    cable = cablegram.parse_cable(ROME2045, year=2003)
    (m,) = cable.page_markers
    assert m.text.split("\n")[-1] == "PAGE 03        ROME  02045  01 OF 06  121721Z"
    (p,) = cable.paragraphs
    assert "\n" not in p.text
    assert "PRESSURE TO FOLD. ITALY DID NOT SHY AWAY" in p.text
    assert "CONFIDENTIAL" not in p.text
    assert uncovered(cable) == []


# 06BRASILIA117, lines 71-75: a marker between a paragraph and the heading after it
BRASILIA117 = (
    "¶11. (SBU) In response to a question by Senator Martinez, Amorim shared his view "
    "that Bolivian president-elect Evo Morales had rightly chosen to work through the "
    "democratic process. Amorim recounted that he and President Lula had met with "
    "Morales on a number of occasions since 2002, always encouraging him to work for "
    "change following a democratic course. Amorim expressed surprise that Morales had "
    "been successful so quickly on the electoral front. Despite his general support for "
    "Morales, Amorim acknowledged that unchecked nationalism on the part of Morales "
    "could be problematic; noting substantial Brazilian investments in Bolivia and the "
    "countries' 3200 kilometer shared border. Amorim emphasized the need for Morales to "
    "govern in a moderate manner that encourages investment and trade. \n"
    "\n"
    "BRASILIA 00000117 003 OF 004 \n"
    "\n"
    "Another Pitch for Mercosul-US Negotiations "
    "-------------------------------------------- \n"
)


def test_marker_between_blocks_keeps_them_apart_06BRASILIA117() -> None:
    cable = cablegram.parse_cable(BRASILIA117, year=2006)
    assert [m.text for m in cable.page_markers] == ["BRASILIA 00000117 003 OF 004"]
    (p,) = cable.paragraphs
    # the heading after the marker ends the paragraph and is a heading of its own
    assert p.text.endswith("encourages investment and trade.")
    (heading,) = cable.headings
    assert heading.text == "Another Pitch for Mercosul-US Negotiations"
    assert heading.span.of(cable.raw).startswith("Another Pitch")
    assert uncovered(cable) == []
