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


# 06NAIROBI1077: a partial extract, no DTG, no year: the release has NAIROBI 1077 of
# three years; its DECL date is twenty years after March 2006, not ten
NAIROBI1077 = (
    "This record is a partial extract of the original cable. The full text of the "
    "original cable is not available.\n\n"
    "C O N F I D E N T I A L SECTION 01 OF 02 NAIROBI 001077 \n \nSIPDIS \n \n"
    "E.O. 12958: DECL: 03/08/2026 \nTAGS: PGOV PHUM PINS PINR KE\n"
    "SUBJECT: MUSYOKA: LIES, LOVERS, AND MERCENARIES IN KENYA'S \nPOLITICS \n \n"
    "REF: (A) NAIROBI 945 (B) NAIROBI 988 \n \n"
    "Classified By: PolCouns Michael J. Fitzpatrick, Reasons 1.4 (B) and (D) \n. \n \n"
    "\u00b61. (C) SUMMARY: Opposition politician Kalonzo Musyoka privately sees sabotage.\n"
)


def test_an_id_without_year_by_a_declassification_term_of_20_years_06NAIROBI1077() -> None:
    from cablegram import tables

    # 06 and 07 both of March: only a term of whole years tells them apart
    assert tables.release_ids("NAIROBI1077") == (
        ("06NAIROBI1077", 3),
        ("07NAIROBI1077", 3),
        ("09NAIROBI1077", 6),
    )
    cable = cablegram.parse_cable(NAIROBI1077)
    assert cable.reference_id == "06NAIROBI1077"
    assert [r.cable_id for r in cable.references] == ["06NAIROBI945", "06NAIROBI988"]
    # a DECL date that fits no term leaves the id undecided, said
    undecided = cablegram.parse_cable(NAIROBI1077.replace("03/08/2026", "07/08/2027"))
    assert undecided.reference_id is None
    assert "reference-id-ambiguous" in [d.code for d in undecided.diagnostics]
