"""cablegram: diplomatic cables into typed, positioned, checkable data.

>>> import cablegram
>>> cable = cablegram.parse_cable(text)            # doctest: +SKIP
>>> cable.reference_id, cable.date, cable.subject.text  # doctest: +SKIP
"""

from __future__ import annotations

from cablegram.adapters.cables_csv import read_cables_csv
from cablegram.adapters.news import parse_news, parse_news_day
from cablegram.adapters.page import parse_page
from cablegram.adapters.sniff import parse, parse_file, sniff
from cablegram.adapters.wikileaks import parse_wikileaks_html
from cablegram.cable import parse_cable, parse_cables
from cablegram.cable import tag_kind as _tag_kind
from cablegram.document import Document, timeline
from cablegram.errors import (
    CablegramError,
    CableSyntaxError,
    Diagnostic,
    DocumentSyntaxError,
    DocumentTextError,
    InputTooLargeError,
    Severity,
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
from cablegram.text import clean_content, titlefy


def tag_kind(code: str) -> TagKind:
    """The kind of a TAGS code: subject, program, geographic, organisation, person
    or unknown (``tag_kind("PREL") is TagKind.SUBJECT``)."""
    return _tag_kind(code)[0]


__version__ = "0.1.0"


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
    "clean_content",
    "parse",
    "parse_cable",
    "parse_cables",
    "parse_file",
    "parse_news",
    "parse_news_day",
    "parse_page",
    "parse_wikileaks_html",
    "post_name",
    "read_cables_csv",
    "sniff",
    "tag_kind",
    "timeline",
    "titlefy",
    "to_dict",
    "to_json",
]
