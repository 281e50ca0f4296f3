"""The seed cable 07OTTAWA2266 decodes completely and correctly."""

from __future__ import annotations

import datetime as dt
import json

import cablegram
from cablegram import Classification, Precedence

from .conftest import DATA


def test_golden_json(seed_text: str) -> None:
    cable = cablegram.parse_cable(seed_text, strict=True)
    expected = json.loads((DATA / "07OTTAWA2266.json").read_text(encoding="utf-8"))
    assert cablegram.to_dict(cable, raw=False) == expected


def test_seed_fields(seed_text: str) -> None:
    c = cablegram.parse_cable(seed_text)
    assert c.reference_id == "07OTTAWA2266"
    assert c.diagnostics == ()
    assert c.unparsed == ()
    t = c.transmission
    assert t is not None and t.transmission_id is not None
    assert t.transmission_id.value == "VZCZCXRO4780"
    assert t.routing is not None and t.routing.digraph == "OO"
    assert [ri.value for ri in t.routing.indicators] == ["RUEHGA", "RUEHHA", "RUEHQU", "RUEHVC"]
    assert t.station is not None
    assert (t.station.station, t.station.serial, t.station.julian_day, t.station.time) == (
        "RUEHOT",
        "2266",
        348,
        "2105",
    )
    assert t.security is not None
    assert (t.security.signal, t.security.characters) == ("ZNY", "CCCCC")
    assert t.security.classification is Classification.CONFIDENTIAL
    assert c.date == dt.datetime(2007, 12, 14, 21, 5, tzinfo=dt.timezone.utc)
    assert c.precedence is Precedence.IMMEDIATE
    assert c.origin is not None and c.origin.address == "AMEMBASSY OTTAWA"
    (to,) = c.recipients
    assert (to.routing_indicator, to.address, to.precedence, to.number) == (
        "RUEHC",
        "SECSTATE WASHDC",
        Precedence.IMMEDIATE,
        "7033",
    )
    assert len(c.info_recipients) == 11
    assert c.info_recipients[0].collective
    assert c.info_recipients[-1].address == "USMISSION USUN NEW YORK"
    assert c.classification is Classification.CONFIDENTIAL
    assert [cap.name for cap in c.captions] == ["SIPDIS", "CORRECTED COPY", "SIPDIS"]
    assert c.captions[1].note == "REF A Corrected"
    d = c.declassification
    assert d is not None and d.order == "12958" and d.date == dt.date(2017, 12, 14)
    assert [t.code for t in c.tags] == ["PREL", "PGOV", "YI", "CA"]
    assert c.subject is not None and c.subject.text == "CANADA ON KOSOVO"
    assert [(r.letter, r.cable_id) for r in c.references] == [
        ("A", "07STATE165486"),
        ("B", "07STATE165453"),
    ]
    cb = c.classified_by
    assert cb is not None
    assert (cb.name, cb.title, cb.reason_section, cb.reason_letters) == (
        "Scott Bellard",
        "PolMinCouns",
        "1.4",
        ("b", "d"),
    )
    assert [p.number for p in c.paragraphs] == ["1", "2", "3", "4"]
    assert all(p.marking is not None and p.marking.level == "C" for p in c.paragraphs)
    assert c.paragraphs[3].text.startswith("Hage added that Minister Bernier")
    assert [f.text for f in c.footer] == [
        "Visit our shared North American Partnership blog (Canada & Mexico) at "
        "<http://www.intelink.gov/communities/state/nap>"
    ]
    assert c.signature is None


def test_seed_crlf_and_tabs_keep_offsets(seed_text: str) -> None:
    crlf = seed_text.replace("\n", "\r\n").replace("FM AMEMBASSY", "FM\tAMEMBASSY")
    c = cablegram.parse_cable(crlf, strict=True)
    assert c.reference_id == "07OTTAWA2266"
    assert c.subject is not None
    assert crlf[c.subject.span.start : c.subject.span.end] == "SUBJECT: CANADA ON KOSOVO"
    assert c.origin is not None and c.origin.address == "AMEMBASSY OTTAWA"


def test_seed_pickles(seed_text: str) -> None:
    import pickle

    c = cablegram.parse_cable(seed_text)
    assert pickle.loads(pickle.dumps(c)) == c
