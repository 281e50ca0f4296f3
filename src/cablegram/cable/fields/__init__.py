"""The text-header fields, one module each, and :data:`FIELDS`, the registry the header
reader (:mod:`cablegram.cable.header_fields`) loops over.

A field opens at its keyword (``layout.FIELD_AT_LINE`` at a line start,
``layout.FIELD_GLUED`` after a lost newline; the group name is the field's ``name``),
runs on over the lines its ``continues`` rule accepts, and is built by its ``build``
once the header is read.  Fields come in the order of :data:`FIELDS`; a keyword glued
into a field opens a later field only (or one that ``may_follow`` it).  The banner
(:mod:`.banner`) and the captions and handling lines (:mod:`.captions`) come before
the fields and have no keyword.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from cablegram._context import Context
from cablegram.cable.draft import FieldSpan, Header
from cablegram.cable.fields import classified_by, eo, references, subject, tags

#: Whether a line continues a field: ``continues(ctx, field, line_text, previous_blank)``.
Continues = Callable[[Context, FieldSpan, str, bool], bool]
#: Build a field into the header; returns where the body starts when text glued to
#: the field's end is the body (None: not in this field).
Build = Callable[..., "int | None"]


@attrs.frozen
class Field:
    """One text-header field."""

    #: The anchor's group name (``eo``, ``tags``, ``subject``, ``ref``, ``clby``).
    name: str
    #: What messages call it.
    label: str
    #: The header attribute the field fills.
    attribute: str
    #: Once: a second one is a repeated header (a wrapper block); else each one counts.
    once: bool
    continues: Continues
    build: Build
    #: Fields this one may follow although they come after it in :data:`FIELDS`.
    may_follow: tuple[str, ...] = ()

    def filled(self, header: Header) -> bool:
        return bool(getattr(header, self.attribute))


FIELDS: tuple[Field, ...] = (
    Field("eo", "E.O. line", "declassification", True, eo.continues, eo.build),
    Field("tags", "TAGS line", "tags", True, tags.continues, tags.build),
    Field("subject", "SUBJECT line", "subject", True, subject.continues, subject.build),
    Field(
        "ref",
        "REF list",
        "ref_blocks",
        False,
        references.continues,
        references.build,
        may_follow=("clby",),
    ),
    Field(
        "clby",
        "Classified By line",
        "classified_by",
        True,
        classified_by.continues,
        classified_by.build,
    ),
)
#: The fields by name.
BY_NAME = {field.name: field for field in FIELDS}
#: A field's place in the header.
ORDER = {field.name: k for k, field in enumerate(FIELDS)}
