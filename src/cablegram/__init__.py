"""cablegram: diplomatic cables into typed, positioned, checkable data.

>>> import cablegram
>>> cable = cablegram.parse_cable(text)            # doctest: +SKIP
>>> cable.reference_id, cable.date, cable.subject.text  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from cablegram.cable import parse_cable, parse_cables
from cablegram.cable import tag_kind as _tag_kind
from cablegram.display import show
from cablegram.document import Document, timeline
from cablegram.errors import (
    CablegramError,
    CableSyntaxError,
    Diagnostic,
    DocumentSyntaxError,
    DocumentTextError,
    InputTooLargeError,
    Severity,
    SourceError,
    UnknownFormatError,
)
from cablegram.export import SCHEMA_VERSION, to_dict, to_json
from cablegram.ids import canonical_id
from cablegram.model import (
    Addressee,
    Banner,
    Breadcrumb,
    Cable,
    Caption,
    Change,
    Classification,
    ClassifiedBy,
    Comment,
    DatePrecision,
    DateSource,
    DateTimeGroup,
    Declassification,
    HandlingLine,
    Link,
    Marking,
    NewsDay,
    NewsItem,
    NewsSource,
    OfficeCount,
    Page,
    PageLayout,
    PageMarker,
    Paragraph,
    Precedence,
    ReceivedCopy,
    Reference,
    ReferenceKind,
    RelatedItem,
    RoutingIndicator,
    RoutingLine,
    Section,
    SecurityLine,
    StationLine,
    Subject,
    Tag,
    TagKind,
    TextBlock,
    Transmission,
    TransmissionId,
    Unparsed,
)
from cablegram.span import Span
from cablegram.tables import post_name

if TYPE_CHECKING:
    from cablegram.adapters.cables_csv import read_cables_csv
    from cablegram.adapters.news import parse_news, parse_news_day
    from cablegram.adapters.page import parse_page
    from cablegram.adapters.sniff import parse, parse_file, sniff
    from cablegram.adapters.wikileaks import parse_wikileaks_html
    from cablegram.corpus import CorpusReader, read
    from cablegram.frames import citations, dataframes, write
    from cablegram.load import from_dict, from_json, schema
    from cablegram.text import clean_content, titlefy

#: The readers of the other formats, and the text helpers, load when first used:
#: ``import cablegram`` loads the cable core alone (and stays quick to import).
_LAZY = {
    "read_cables_csv": "cablegram.adapters.cables_csv",
    "parse_news": "cablegram.adapters.news",
    "parse_news_day": "cablegram.adapters.news",
    "parse_page": "cablegram.adapters.page",
    "parse": "cablegram.adapters.sniff",
    "parse_file": "cablegram.adapters.sniff",
    "sniff": "cablegram.adapters.sniff",
    "parse_wikileaks_html": "cablegram.adapters.wikileaks",
    "read": "cablegram.corpus",
    "dataframes": "cablegram.frames",
    "write": "cablegram.frames",
    "citations": "cablegram.frames",
    "from_dict": "cablegram.load",
    "from_json": "cablegram.load",
    "schema": "cablegram.load",
    "CorpusReader": "cablegram.corpus",
    "clean_content": "cablegram.text",
    "titlefy": "cablegram.text",
}
#: Subpackages and modules reached as attributes (``cablegram.adapters``).
_SUBMODULES = frozenset({"adapters", "text", "cli", "check", "corpus", "frames", "load"})


#: The installed version (``pyproject.toml``'s, from the package metadata).
__version__: str


def _version() -> str:
    """The installed distribution's version: ``pyproject.toml`` is its one source.
    Read from the package metadata when first asked for: ``importlib.metadata`` takes
    some 25 ms to import, so ``import cablegram`` does not load it (as with the lazy
    modules above)."""
    package_metadata = importlib.import_module("importlib.metadata")
    try:
        return str(package_metadata.version("cablegram"))
    except package_metadata.PackageNotFoundError:  # a source tree never installed
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        globals()[name] = value = _version()
        return value
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f"cablegram.{name}")
    raise AttributeError(f"module 'cablegram' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBMODULES, "__version__"})


def tag_kind(code: str) -> TagKind:
    """The kind of a TAGS code: subject, program, geographic, organisation, person
    or unknown (``tag_kind("PREL") is TagKind.SUBJECT``)."""
    return _tag_kind(code)[0]


__all__ = [
    "SCHEMA_VERSION",
    "Addressee",
    "Banner",
    "Breadcrumb",
    "Cable",
    "CableSyntaxError",
    "CablegramError",
    "Caption",
    "Change",
    "Classification",
    "ClassifiedBy",
    "Comment",
    "CorpusReader",
    "DatePrecision",
    "DateSource",
    "DateTimeGroup",
    "Declassification",
    "Diagnostic",
    "Document",
    "DocumentSyntaxError",
    "DocumentTextError",
    "HandlingLine",
    "InputTooLargeError",
    "Link",
    "Marking",
    "NewsDay",
    "NewsItem",
    "NewsSource",
    "OfficeCount",
    "Page",
    "PageLayout",
    "PageMarker",
    "Paragraph",
    "Precedence",
    "ReceivedCopy",
    "Reference",
    "ReferenceKind",
    "RelatedItem",
    "RoutingIndicator",
    "RoutingLine",
    "Section",
    "SecurityLine",
    "Severity",
    "SourceError",
    "Span",
    "StationLine",
    "Subject",
    "Tag",
    "TagKind",
    "TextBlock",
    "Transmission",
    "TransmissionId",
    "UnknownFormatError",
    "Unparsed",
    "__version__",
    "canonical_id",
    "citations",
    "clean_content",
    "dataframes",
    "from_dict",
    "from_json",
    "parse",
    "parse_cable",
    "parse_cables",
    "parse_file",
    "parse_news",
    "parse_news_day",
    "parse_page",
    "parse_wikileaks_html",
    "post_name",
    "read",
    "read_cables_csv",
    "schema",
    "show",
    "sniff",
    "tag_kind",
    "timeline",
    "titlefy",
    "to_dict",
    "to_json",
    "write",
]
