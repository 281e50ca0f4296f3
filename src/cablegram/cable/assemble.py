"""The frozen :class:`~cablegram.model.Cable` from a finished draft."""

from __future__ import annotations

from cablegram._context import Context
from cablegram.cable.draft import Draft
from cablegram.model import Cable


def cable(ctx: Context, draft: Draft) -> Cable:
    header, body = draft.header, draft.body
    addressees = draft.addressees
    wrapper = sorted(
        [*draft.wrapper, *header.repeated, *header.signals], key=lambda b: b.span.start
    )
    return Cable(
        reference_id=draft.reference_id,
        date=draft.date,
        date_precision=draft.precision,
        classification=draft.classification,
        transmission=draft.transmission,
        received_copy=draft.received,
        dtg=draft.dtg,
        date_source=draft.source,
        origin=addressees["FM"][0] if addressees["FM"] else None,
        recipients=tuple(addressees["TO"]),
        info_recipients=tuple(addressees["INFO"]),
        excluded=tuple(addressees["XMT"]),
        banner=draft.banner,
        captions=tuple(header.captions),
        handling=tuple(header.handling),
        declassification=header.declassification,
        tags=header.tags,
        subject=header.subject,
        references=draft.references,
        classified_by=header.classified_by,
        headings=tuple(body.headings),
        paragraphs=tuple(body.paragraphs),
        summary=body.summary,
        comments=tuple(body.comments),
        signature=body.signature,
        footer=tuple(body.footer),
        page_markers=tuple(draft.address_pages + draft.page_markers),
        wrapper=tuple(wrapper),
        diagnostics=tuple(ctx.diagnostics),
        unparsed=tuple(ctx.unparsed),
        metadata=dict(draft.metadata or {}),
        raw=ctx.raw,
    )
