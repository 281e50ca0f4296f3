"""Header parts issue 12 fixed, each on a real cable: station names where the routing
indicator table and the address on the line disagree, the DE line's station against
the FM line, banners with the year before the post, each TAGS code once."""

from __future__ import annotations

import cablegram
from cablegram.check.coverage import uncovered
from tests.gold import compare

# 10SANTIAGO1, lines 1-20: the table names RUEHQT "AMEMBASSY QUINTO" and RUEHPO
# "AMEMBASSY PARAMIARBO" (garbled); the lines say QUITO and PARAMARIBO
SANTIAGO1 = (
    "VZCZCXYZ0009\nOO RUEHWEB\n\nDE RUEHSG #0001/01 0052005\nZNR UUUUU ZZH\n"
    "O R 052004Z JAN 10\nFM AMEMBASSY SANTIAGO\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 0496\n"
    "INFO RUEHAC/AMEMBASSY ASUNCION\nRUEHPO/AMEMBASSY PARAMARIBO\nRUEHQT/AMEMBASSY QUITO\n"
    "RHMFISS/CDR USSOUTHCOM MIAMI FL\n\n"
    "UNCLAS SANTIAGO 000001\n\nSUBJECT: X\n\n1. (U) Text.\n"
)


def test_garbled_table_names_give_way_to_the_line_10SANTIAGO1() -> None:
    cable = cablegram.parse_cable(SANTIAGO1)
    stations = {a.routing_indicator: a.station_name for a in cable.info_recipients}
    assert stations["RUEHQT"] == "AMEMBASSY QUITO"
    assert stations["RUEHPO"] == "AMEMBASSY PARAMARIBO"
    assert stations["RUEHAC"] == "AMEMBASSY ASUNCION"


def test_shared_indicator_gives_no_station_name_10SANTIAGO1() -> None:
    # RHMFISS is HQ USCENTCOM in the table; the line addresses CDR USSOUTHCOM
    cable = cablegram.parse_cable(SANTIAGO1)
    (southcom,) = [a for a in cable.info_recipients if a.routing_indicator == "RHMFISS"]
    assert southcom.address == "CDR USSOUTHCOM MIAMI FL"
    assert southcom.station_name is None
    (said,) = [d for d in cable.diagnostics if d.code == "station-name-disagrees"]
    assert "HQ USCENTCOM" in said.message and said.span == southcom.span
    # where the table agrees with the line, it still fills in the name
    assert cable.recipients[0].station_name is not None
    assert cable.transmission is not None and cable.transmission.station is not None
    assert cable.transmission.station.station_name == "AMEMBASSY SANTIAGO"


def test_de_station_checked_against_the_sender() -> None:
    # 10SANTIAGO1's header with the DE line of another post's station
    text = SANTIAGO1.replace("DE RUEHSG #0001", "DE RUEHBO #0001")
    cable = cablegram.parse_cable(text)
    assert cable.transmission is not None and cable.transmission.station is not None
    assert cable.transmission.station.station_name is None  # Bogota is not Santiago
    assert "station-name-disagrees" in [d.code for d in cable.diagnostics]


def test_banner_with_the_year_before_the_post_75TEHRAN2069() -> None:
    # the banner form of some 1970s cables: "CONFIDENTIAL 75 <POST> <serial>"; the
    # cable has no DTG, the banner's year gives the id
    text = (
        "CONFIDENTIAL 75 TEHRAN 2069\n\nE.O. 11652: GDS\nTAGS: PINT IR\n"
        "SUBJECT: IRANIAN RESURGENCE PARTY CREATED BY SHAH\n\n1. SHAH'S STATEMENT.\nHELMS\n"
    )
    cable = cablegram.parse_cable(text)
    assert cable.banner is not None and cable.banner.year == 1975
    assert (cable.banner.origin, cable.banner.serial) == ("TEHRAN", "2069")
    assert cable.reference_id == "75TEHRAN2069"
    assert cable.classification is cablegram.Classification.CONFIDENTIAL
    sectioned = text.replace("CONFIDENTIAL 75", "CONFIDENTIAL SECTION 01 OF 02 75")
    banner = cablegram.parse_cable(sectioned).banner
    assert banner is not None and banner.section is not None
    assert (banner.section.number, banner.year) == (1, 1975)
    assert uncovered(cablegram.parse_cable(text)) == []


def test_tags_written_again_by_a_section_copy_03ROME2045() -> None:
    # "TAGS: PREL MARR MOPS IT MARR MOPS IT ... IZ IZPREL IZPREL ... IRAQI FREEDOM"
    cable = compare.parse("03ROME2045")
    assert [t.code for t in cable.tags] == [
        "PREL",
        "MARR",
        "MOPS",
        "IT",
        "IZ",
        "IRAQI FREEDOM",
    ]
    assert "tags-repeated" in [d.code for d in cable.diagnostics]
    assert uncovered(cable) == []
