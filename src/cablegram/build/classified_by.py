"""Build the Classified By line: who classified the cable (name, title, office) and
under which reason (section 1.4 / 1.5 and its letters)."""

from __future__ import annotations

import re

from cablegram import tables
from cablegram._text import squash
from cablegram.build._context import Context
from cablegram.errors import Severity
from cablegram.grammar import classified_by as g
from cablegram.model import ClassifiedBy


def build_classified_by(ctx: Context, start: int, end: int) -> tuple[ClassifiedBy | None, int]:
    """The Classified By line in ``view[start:end]`` and where it ends.

    When a lost newline glued body text to the reason ("... 1.4 (b) and (d). 1. (C)
    Summary: ..."), the line ends after the reason and the caller gets the rest back.
    """
    res = ctx.parse(g.CLASSIFIED_BY, start, end, field="Classified By line")
    if res is None:
        return None, end
    classifier = squash(res.get("classifier") or "").strip(" ,.;:")
    section = None
    letters: tuple[str, ...] = ()
    stop = end
    if "reason" in res:
        located = res["reason"]
        reason = located.value
        if reason.get("section"):
            section = re.sub(r"[\s/.]", "", reason["section"])
            section = f"{section[0]}.{section[1]}"
        letters = tuple(dict.fromkeys(x.lower() for x in reason.get("letters", [])))
        if "rest" in res and (section or letters):
            stop = start + res["rest"].locn_start
    if res.get("intro") is not None and not (section or letters):
        ctx.report(
            "classified-by-reason",
            f"reason not understood: {squash(ctx.view[start:end])!r}",
            field="Classified By line",
            span=ctx.span(start, end),
            severity=Severity.INFO,
        )
    name, title, office = split_classifier(classifier)
    span = ctx.span(start, stop)
    built = ClassifiedBy(
        name=name,
        title=title,
        office=office,
        reason_section=section,
        reason_letters=letters,
        text=squash(span.of(ctx.view)),
        span=span,
    )
    return built, stop


_NAME_WORD = re.compile(
    r"^(?:[A-Z][a-zA-Z'’-]+|[A-Z]\.|[A-Z]{2,}|Mc[A-Z][a-z]+|O'[A-Z][a-z]+|de|van|von|da|del|la|le)$"
)


_OFFICE_SYMBOL = re.compile(r"^[A-Z]{1,5}(?:/[A-Z]{1,5})+$")


def split_classifier(text: str) -> tuple[str | None, str | None, str | None]:
    """Split the classifier into name, title and office with the title vocabulary table.

    ``PolMinCouns Scott Bellard``, ``Robert P. Finn, Ambassador, Embassy Helsinki``,
    ``Charge d'Affaires, a.i., Robert P. Jackson``: comma parts made only of title
    words are the title, the first other part is the name (leading title words
    split off), and what follows the title is the office.
    """
    if not text:
        return None, None, None
    if text.lower().startswith("derived from"):
        return None, None, text
    text = re.sub(r"(?i)^classified +by *:? *", "", text)  # the keyword written twice
    parts = [p.strip() for p in re.split(r"\s*[,;]\s*", text) if p.strip()]
    titles = tables.classifier_titles()
    title_parts: list[str] = []
    name: str | None = None
    k = 0
    office_words: list[str] = []
    while k < len(parts) and name is None:
        words = parts[k].split()
        if not title_parts and not office_words:
            # a leading office symbol: "EEB/ESC/TFS Director Steve Bondy"
            while (
                len(words) > 1
                and _OFFICE_SYMBOL.match(words[0])
                and not _is_title_word(words[0], titles)
            ):
                office_words.append(words.pop(0))
        cut = 0
        while cut < len(words) and _is_title_word(words[cut], titles):
            cut += 1
        if cut == len(words):
            title_parts.append(parts[k])
        else:
            if cut:
                title_parts.append(" ".join(words[:cut]))
            name = " ".join(words[cut:])
        k += 1
    rest = parts[k:]
    if name is not None and not title_parts:
        while rest and all(_is_title_word(w, titles) for w in rest[0].split()):
            title_parts.append(rest.pop(0))
        if not title_parts and rest:
            title_parts.append(rest.pop(0))
    title = ", ".join(title_parts) or None
    office = ", ".join([" ".join(office_words)] * bool(office_words) + rest) or None
    if name is not None and title is None and not all(_NAME_WORD.match(w) for w in name.split()):
        # Not a name at all ("Political Section"): keep it as the title.
        return None, name, office
    return name, title, office


def _is_title_word(word: str, titles: frozenset[str]) -> bool:
    return word.strip(".:").lower() in titles
