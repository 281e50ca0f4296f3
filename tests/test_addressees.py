"""Address blocks as cablemap's test suite quotes them from real cables: blocks
without a DTG before them, page headers inside them, XMT exclusions."""

from __future__ import annotations

import cablegram
from cablegram import Precedence

# 08BEIJING332: the block starts the fragment, no DTG line before it
BEIJING332 = """FM AMEMBASSY BEIJING
TO RUEHC/SECSTATE WASHDC IMMEDIATE 4696
INFO RUEHOO/CHINA POSTS COLLECTIVE"""

# 08STATE23763: a page header on the TO line (H-4)
STATE23763 = """FM SECSTATE WASHDC
TO PAGE 02        STATE   023763  071504Z
AMEMBASSY NEW DELHI PRIORITY
INFO MISSILE TECHNOLOGY CONTROL REGIME COLLECTIVE PRIORITY"""

# 89STATE401887: XMT excludes a post from the collective above it
STATE401887 = """O P 190243Z DEC 89
FM SECSTATE WASHDC
TO ALL AMERICAN REPUBLIC DIPLOMATIC POSTS IMMEDIATE
ALL OECD CAPITALS
AMEMBASSY MOSCOW IMMEDIATE
AMEMBASSY TOKYO IMMEDIATE
AMEMBASSY MANAGUA
INFO ALL DIPLOMATIC AND CONSULAR POSTS PRIORITY
XMT USINT HAVANA"""


def test_block_without_dtg_at_start_08BEIJING332() -> None:
    cable = cablegram.parse_cable(BEIJING332)
    assert cable.origin.address == "AMEMBASSY BEIJING"
    (to,) = cable.recipients
    assert (to.routing_indicator, to.address, to.precedence, to.number) == (
        "RUEHC", "SECSTATE WASHDC", Precedence.IMMEDIATE, "4696"
    )  # fmt: skip
    (info,) = cable.info_recipients
    assert (info.address, info.collective) == ("CHINA POSTS COLLECTIVE", True)


def test_page_header_on_to_line_08STATE23763() -> None:
    cable = cablegram.parse_cable(STATE23763)
    assert [a.address for a in cable.recipients] == ["AMEMBASSY NEW DELHI"]
    assert [a.address for a in cable.info_recipients] == [
        "MISSILE TECHNOLOGY CONTROL REGIME COLLECTIVE"
    ]
    (page,) = cable.page_markers
    assert page.text == "PAGE 02        STATE   023763  071504Z"


def test_xmt_excludes_from_collective_above_89STATE401887() -> None:
    cable = cablegram.parse_cable(STATE401887)
    assert len(cable.recipients) == 5
    (info,) = cable.info_recipients
    assert info.address == "ALL DIPLOMATIC AND CONSULAR POSTS"
    assert info.excluded == ("USINT HAVANA",)
    assert [a.address for a in cable.excluded] == ["USINT HAVANA"]


def test_fm_in_a_body_is_not_an_address() -> None:
    # H-2: "FM" at a line start after the header is the foreign minister
    text = "UNCLAS STATE 000001\nSUBJECT: TEST\n\n1. (U) TEXT.\nFM Fischer is eager to talk.\n"
    cable = cablegram.parse_cable(text, year=2005)
    assert cable.origin is None
    assert "FM Fischer is eager to talk." in cable.paragraphs[-1].text
