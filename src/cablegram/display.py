"""How a document looks: a one-line ``repr``, a terminal summary, and HTML for
Jupyter (``_repr_html_``): a header card and the text with every decoded field
marked by its span and each paragraph's marking shown as a badge.

The HTML is self-contained (its style inline, no script, nothing fetched) and every
text in it is escaped.  This module reads documents by their attributes only: the
model calls it, it never imports the model.
"""

from __future__ import annotations

import heapq
import html
import itertools
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

#: The style of every fragment: scoped under ``.cg``, nothing global.
STYLE = """<style>
.cg{font:13px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1d2330;max-width:980px}
.cg .card{border:1px solid #d0d7e2;border-radius:8px;padding:10px 14px;margin:4px 0 10px;
background:#f7f9fc}
.cg .card h3{margin:0 0 6px;font-size:15px}
.cg .card table{border-collapse:collapse}
.cg .card th{text-align:left;color:#5a6577;font-weight:600;padding:1px 12px 1px 0;
vertical-align:top;white-space:nowrap}
.cg .card td{padding:1px 0}
.cg .cls{display:inline-block;padding:0 6px;border-radius:4px;font-weight:700;font-size:12px;
color:#fff;background:#6b7585}
.cg .cls-S,.cg .cls-SECRET,.cg .cls-TS{background:#b3261e}
.cg .cls-C,.cg .cls-CONFIDENTIAL{background:#1f5fbf}
.cg .cls-U,.cg .cls-UNCLASSIFIED,.cg .cls-SBU,.cg .cls-LOU{background:#2e7d32}
.cg .tag{display:inline-block;border:1px solid #c5cedb;border-radius:4px;padding:0 4px;
margin:0 3px 2px 0;background:#fff}
.cg .tag small{color:#5a6577}
.cg pre{white-space:pre-wrap;word-wrap:break-word;font:12px/1.5 ui-monospace,Menlo,Consolas,
monospace;border:1px solid #e1e6ee;border-radius:8px;padding:10px 12px;background:#fff}
.cg mark{border-radius:3px;padding:0 1px;color:inherit}
.cg mark.header{background:#e3ecff}
.cg mark.field{background:#fff1c2}
.cg mark.heading{background:#e6f4ea;font-weight:700}
.cg mark.signature{background:#f3e5f5}
.cg mark.marking{background:#b3261e;color:#fff;font-weight:700;padding:0 4px;border-radius:4px}
.cg mark.layout{background:#eceff3;color:#6b7585}
.cg mark.problem{background:#ffd6d6;text-decoration:underline wavy #b3261e}
.cg .list{border-collapse:collapse;width:100%}
.cg .list th,.cg .list td{border-bottom:1px solid #e1e6ee;padding:3px 8px;text-align:left;
vertical-align:top}
.cg .list th{background:#f0f3f8}
.cg .list td:nth-child(3){white-space:nowrap}
</style>"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _day(value: Any) -> str:
    if value is None:
        return "undated"
    return str(value.date() if hasattr(value, "date") and callable(value.date) else value)


def _level(classification: Any) -> str:
    return classification.value if classification is not None else "unclassified?"


# ------------------------------------------------------------------ one line


def cable_repr(cable: Any) -> str:
    """``<Cable 07OTTAWA2266 2007-12-14 CONFIDENTIAL 'CANADA ON KOSOVO' 4 ¶>``."""
    subject = cable.subject.text if cable.subject is not None else None
    title = repr(subject[:60] + "…" if subject and len(subject) > 61 else subject)
    level = cable.classification.value if cable.classification is not None else None
    return (
        f"<Cable {cable.reference_id or '?'} {_day(cable.date)} {level or '?'} {title} "
        f"{len(cable.paragraphs)} ¶>"
    )


def document_repr(doc: Any) -> str:
    """``<Page page:canada-kosovo-relations 2009-04-01 'Canada-Kosovo Relations'>``."""
    title = doc.title or ""
    title = title[:60] + "…" if len(title) > 61 else title
    name = type(doc).__name__
    return f"<{name} {doc.doc_id or '?'} {_day(doc.date)} {title!r}>"


# ------------------------------------------------------------------ terminal


def cable_summary(cable: Any) -> str:
    """A few lines for a terminal: who wrote to whom when, about what, and what the
    body holds."""
    lines = [
        "  ".join(
            part
            for part in (
                cable.reference_id or "(no id)",
                f"{cable.date:%Y-%m-%d %H:%M} UTC" if cable.date is not None else "undated",
                _level(cable.classification),
                cable.precedence.value if cable.precedence is not None else "",
            )
            if part
        )
    ]
    sender = cable.origin.address if cable.origin is not None else None
    to = [a.address for a in cable.recipients]
    if sender or to:
        more = f" (+{len(cable.info_recipients)} info)" if cable.info_recipients else ""
        lines.append(f"From {sender or '?'} to {', '.join(to) or '?'}{more}")
    if cable.subject is not None:
        lines.append(f"Subject: {cable.subject.text}")
    if cable.tags:
        lines.append("Tags: " + ", ".join(_tag_text(t) for t in cable.tags))
    if cable.references:
        refs = "  ".join(
            f"{r.letter + '. ' if r.letter else ''}{r.cable_id or r.text}" for r in cable.references
        )
        lines.append(f"Refs: {refs}")
    decl = cable.declassification
    if decl is not None and (decl.date or decl.codes):
        lines.append(f"Declassify: {decl.date or ', '.join(decl.codes)}")
    lines.append(_body_line(cable))
    if cable.signature is not None:
        lines.append(f"Signature: {cable.signature.text}")
    return "\n".join(lines)


def _tag_text(tag: Any) -> str:
    return f"{tag.code} ({tag.meaning})" if tag.meaning else tag.code


def _body_line(cable: Any) -> str:
    levels: dict[str, int] = {}
    for paragraph in cable.paragraphs:
        if paragraph.marking is not None and paragraph.marking.level:
            levels[paragraph.marking.level] = levels.get(paragraph.marking.level, 0) + 1
    marked = ", ".join(f"{level} {count}" for level, count in levels.items())
    parts = [f"Paragraphs: {len(cable.paragraphs)}" + (f" ({marked})" if marked else "")]
    if cable.summary is not None:
        parts.append("summary")
    if cable.comments:
        parts.append(f"{len(cable.comments)} comment{'s' if len(cable.comments) > 1 else ''}")
    problems = sum(1 for d in cable.diagnostics if d.severity.value == "error")
    if problems:
        parts.append(f"{problems} error{'s' if problems > 1 else ''}")
    return "; ".join(parts)


# ------------------------------------------------------------------ HTML


def cable_html(cable: Any) -> str:
    """A header card and the marked text of ``cable``."""
    rows: list[tuple[str, str]] = []
    if cable.date is not None:
        rows.append(("Date", _e(f"{cable.date:%Y-%m-%d %H:%M} UTC ({cable.date_source.value})")))
    if cable.precedence is not None:
        rows.append(("Precedence", _e(cable.precedence.value)))
    if cable.origin is not None:
        rows.append(("From", _e(cable.origin.address)))
    if cable.recipients:
        rows.append(("To", _e(", ".join(a.address for a in cable.recipients))))
    if cable.info_recipients:
        rows.append(("Info", _e(", ".join(a.address for a in cable.info_recipients))))
    if cable.captions:
        rows.append(("Captions", _e(", ".join(c.name for c in cable.captions))))
    if cable.declassification is not None:
        rows.append(("E.O.", _e(cable.declassification.text or "")))
    if cable.tags:
        rows.append(("Tags", "".join(_tag_html(t) for t in cable.tags)))
    if cable.references:
        rows.append(("Refs", _e("  ".join(r.cable_id or r.text for r in cable.references))))
    badge = _badge(cable.classification.value if cable.classification is not None else None)
    head = f"{badge} {_e(cable.reference_id or '(no id)')}"
    subject = cable.subject.text if cable.subject is not None else ""
    return _page(head, subject, rows, cable.raw, _cable_marks(cable))


def document_html(doc: Any) -> str:
    """A header card and the text of a page or news item, its fields marked."""
    rows = [("Date", _e(f"{_day(doc.date)} ({doc.date_precision.value})"))] if doc.date else []
    if doc.source:
        rows.append(("Source", _e(doc.source)))
    return _page(_e(doc.doc_id or type(doc).__name__), doc.title or "", rows, doc.raw, _marks(doc))


#: A document's fields that are no part of its text to mark.
_NOT_MARKED = frozenset({"raw", "diagnostics", "unparsed", "items", "metadata"})
#: Fields marked as headings.
_HEADINGS = frozenset({"heading", "headline", "headings", "breadcrumbs"})


def _marks(doc: Any) -> list[Mark]:
    """A mark for every value of a page or news item read from its text (a value
    with a span), named after its field; its problems too."""
    marks: list[Mark] = []
    for field in attrs.fields(type(doc)):
        if field.name in _NOT_MARKED:
            continue
        value = getattr(doc, field.name)
        kind = "heading" if field.name in _HEADINGS else "field"
        for part in value if isinstance(value, tuple) else (value,):
            span = getattr(part, "span", None)
            if span is not None and span.end > span.start:
                marks.append((span.start, span.end, kind, field.name.replace("_", " ")))
    for problem in (*doc.diagnostics, *doc.unparsed):
        if problem.span is not None and problem.span.end > problem.span.start:
            marks.append((problem.span.start, problem.span.end, "problem", "problem"))
    return marks


def documents_html(docs: Sequence[Any]) -> str:
    """A compact table of documents: kind, id, date, classification, title."""
    body = "".join(
        "<tr>"
        f"<td>{_e(d.kind)}</td><td>{_e(d.doc_id or '')}</td><td>{_e(_day(d.date))}</td>"
        f"<td>{_badge(_classification_of(d))}</td><td>{_e(d.title or '')}</td>"
        "</tr>"
        for d in docs
    )
    head = "<tr><th>kind</th><th>id</th><th>date</th><th>class.</th><th>title</th></tr>"
    return f"{STYLE}<div class='cg'><table class='list'>{head}{body}</table></div>"


def _classification_of(doc: Any) -> str | None:
    value = getattr(doc, "classification", None)
    return value.value if value is not None else None


def _badge(level: str | None) -> str:
    if level is None:
        return ""
    short = {"SECRET": "S", "CONFIDENTIAL": "C", "UNCLASSIFIED": "U"}.get(level, level)
    return f"<span class='cls cls-{_e(short.split('/')[0])}'>{_e(level)}</span>"


def _tag_html(tag: Any) -> str:
    meaning = f" <small>{_e(tag.meaning)}</small>" if tag.meaning else ""
    return f"<span class='tag'>{_e(tag.code)}{meaning}</span>"


def _page(
    head: str, title: str, rows: Iterable[tuple[str, str]], text: str, marks: list[Mark]
) -> str:
    table = "".join(f"<tr><th>{_e(k)}</th><td>{v}</td></tr>" for k, v in rows)
    return (
        f"{STYLE}<div class='cg'><div class='card'><h3>{head} {_e(title)}</h3>"
        f"<table>{table}</table></div><pre>{marked_text(text, marks)}</pre></div>"
    )


#: A mark on the text: [start, end), its CSS class, its tooltip.
Mark = tuple[int, int, str, str]


def _cable_marks(cable: Any) -> list[Mark]:
    marks: list[Mark] = []

    def add(part: Any, kind: str, what: str) -> None:
        span = getattr(part, "span", None)
        if part is not None and span is not None and span.end > span.start:
            marks.append((span.start, span.end, kind, what))

    transmission = cable.transmission
    if transmission is not None:
        add(transmission, "header", "transmission header")
    add(cable.dtg, "header", "date-time group")
    for role, people in (("from", [cable.origin]), ("to", cable.recipients)):
        for person in people:
            add(person, "header", role)
    for person in (*cable.info_recipients, *cable.excluded):
        add(person, "header", "info / excluded")
    add(cable.banner, "field", "classification banner")
    for caption in cable.captions:
        add(caption, "field", "caption")
    add(cable.declassification, "field", "E.O. line")
    for tag in cable.tags:
        add(tag, "field", f"TAGS {tag.code}")
    add(cable.subject, "field", "subject")
    for reference in cable.references:
        add(reference, "field", f"REF {reference.cable_id or ''}")
    add(cable.classified_by, "field", "classified by")
    for heading in cable.headings:
        add(heading, "heading", "heading")
    for paragraph in cable.paragraphs:
        if paragraph.marking is not None:
            add(paragraph.marking, "marking", f"paragraph {paragraph.number or ''} marking")
    add(cable.signature, "signature", "signature")
    for block in (*cable.footer, *cable.page_markers, *cable.wrapper):
        add(block, "layout", type(block).__name__)
    for problem in cable.unparsed:
        add(problem, "problem", "unparsed")
    return marks


def marked_text(text: str, marks: list[Mark]) -> str:
    """``text`` escaped, each mark's stretch wrapped in ``<mark>``: where marks
    overlap the smallest one wins (a REF item inside the REF block).  One sweep over
    the marks' ends: time in proportion to their number times its logarithm."""
    marks = sorted(m for m in marks if 0 <= m[0] < m[1] <= len(text))
    bounds = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    active: list[tuple[int, int, Mark]] = []  # (size, order, mark): the smallest on top
    out: list[str] = []
    k = 0
    for start, end in itertools.pairwise(bounds):
        while k < len(marks) and marks[k][0] <= start:
            heapq.heappush(active, (marks[k][1] - marks[k][0], k, marks[k]))
            k += 1
        while active and active[0][2][1] <= start:  # ended before this stretch
            heapq.heappop(active)
        piece = _e(text[start:end])
        if not active:
            out.append(piece)
            continue
        mark = active[0][2]
        out.append(f"<mark class='{mark[2]}' title='{_e(mark[3])}'>{piece}</mark>")
    return "".join(out)


class Shown:
    """Documents to look at together (:func:`cablegram.show`): a compact table in
    Jupyter, one line each in a terminal."""

    def __init__(self, docs: Iterable[Any]) -> None:
        self.docs = list(docs)

    def __repr__(self) -> str:
        return "\n".join(repr(doc) for doc in self.docs)

    def _repr_html_(self) -> str:
        return documents_html(self.docs)


def show(docs: Iterable[Any]) -> Shown:
    """``docs`` as a compact table in a notebook (kind, id, date, classification,
    title), one line each in a terminal; a single document shows itself."""
    return Shown(docs)
