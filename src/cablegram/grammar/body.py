"""Body: paragraph starts, portion markings, summaries, comments, page markers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pyparsing as pp

from cablegram.grammar import vocabulary as v
from cablegram.grammar._common import LazyPatterns, LinePattern, top

#: This module's patterns, compiled when first used (see :class:`LazyPatterns`).
_lazy = LazyPatterns(globals())

#: What may follow a portion mark's level: controls of up to six letters each, set off
#: by blanks, slashes, commas or dashes (``S//REL AS, CA, FR, GM, IS, IT, JP, ROK, and
#: UK``); "(C O R R E C T E D C O P Y - MODIFIED PARAGRAPH MARKING)" is none.
_CONTROLS = r"[A-Za-z]{0,6}(?:[ /,-]+[A-Za-z]{1,6}){0,16} *"
#: A numbered paragraph at the start of a line, as a pattern (on the view, so ``¶`` and ``[1](#)``
#: are already blanks): ``1. (C) Text``, ``2a. Text``, ``12.(S/NF)Text``.
PARAGRAPH_START_PATTERN = (
    r" *(?P<number>\d{1,3}(?:[A-Za-z](?=\.))?)[.)](?= |\(|$) *"
    rf"(?P<marking>\( *{v.portion_levels(lower=True)}(?![A-Za-z]{{3}}){_CONTROLS}\)"
    # the mark's "(" lost: "7. C) Ambassador ..." (07RIYADH367)
    rf"|{v.portion_levels()}\)(?= ))?"
)
PARAGRAPH_START: re.Pattern[str]
_lazy.add("PARAGRAPH_START", "^" + PARAGRAPH_START_PATTERN, re.MULTILINE)
#: The same, searched for in a text: the first numbered paragraph after a place.
PARAGRAPH_LINE = LinePattern(PARAGRAPH_START_PATTERN)
#: A number glued to its paragraph's first word (``3.Haggag noted``, ``2.(C)Text``);
#: trusted only where it is the number the paragraphs before lead one to expect.
GLUED_START: re.Pattern[str]
_lazy.add(
    "GLUED_START",
    r"^ *(?P<number>\d{1,3})\.(?=[A-Z][a-z]|[A-Z]{2}|\()"
    rf"(?P<marking>\( *{v.portion_levels()}(?![A-Za-z]{{3}}){_CONTROLS}\))? *",
    re.MULTILINE,
)
#: A number and a mark with the number's period lost: ``7 (C) Minister Verhagen``
#: (16 development cables); trusted only where it is the number expected next.
NUMBER_MARK_START: re.Pattern[str]
_lazy.add(
    "NUMBER_MARK_START",
    r"^ *(?P<number>\d{1,3}) +"
    rf"(?P<marking>\( *{v.portion_levels()}(?![A-Za-z]{{3}}){_CONTROLS}\))(?= ) *",
    re.MULTILINE,
)
#: A paragraph's number glued to the end of the sentence before it where a line break
#: was lost: "... by DFID.  2. DFID contacts" (09LONDON2131), "... he said. 10. (SBU)
#: Comment:" (08BRASILIA640); or after two blanks, the mark of a lost line break in a
#: body that lost them all (a heading before it: "... FOREIGN FIGHTERS  3. (C) P/E
#: Chief", 08TRIPOLI430); taken only where it is the number expected next.  (The first
#: blank comes first in the pattern, the sentence end behind it, so the regex engine
#: looks only at blanks.)  Or after a rule: a heading between rules before it
#: ("... summary. ------ TIMOSHENKO TO MEET PUTIN ------ 2. (C) MFA", 08BUENOSAIRES1150).
MIDLINE_START: re.Pattern[str]
_lazy.add(
    "MIDLINE_START",
    r"(?: (?<=[.!?\"')\]] )| (?<=[-=]{3} )| (?= )) *(?P<number>\d{1,3})\. +"
    rf"(?P<marking>\( *{v.portion_levels()}(?![A-Za-z]{{3}}){_CONTROLS}\) +)?"
    # a capital, a quote or a mark first; or a redacted name ("3. (C) xxxxxxxxxxxx said")
    r"(?=[A-Z\"(]|[xX]{4})",
)
#: The portion mark written before the number: ``(C) 1. Text``.
MARK_FIRST_START: re.Pattern[str]
_lazy.add(
    "MARK_FIRST_START",
    rf"^ *(?P<marking>\({v.portion_levels()}(?![A-Za-z]{{3}}){_CONTROLS}\)) *"
    r"(?P<number>\d{1,3})\.(?= ) *",
    re.MULTILINE,
)
#: An unnumbered paragraph that opens with a marking: ``(C) Ambassador met ...``.
MARKED_START: re.Pattern[str]
_lazy.add(
    "MARKED_START",
    rf"^ *(?P<marking>\({v.portion_levels()}(?![A-Za-z]{{3}}){_CONTROLS}\))(?= )",
    re.MULTILINE,
)

_CONTROL = pp.Regex(
    r"(?i)REL(?: +TO)? +[A-Z]{2,6}(?:(?: *, *| +AND +| +| */ *)[A-Z]{2,6}(?![A-Z]))*"
)
_ENTIRE = pp.Regex(r"(?i)ENTIRE +TEXT")("entire")
MARKING = top(
    pp.Regex(r"\(? *")
    # the State Department's levels (SBU-N: SBU NOFORN), else any short code, which
    # the builder checks against the table
    + pp.Regex(rf"(?i)SBU-N|{v.portion_levels()}|[A-Z]{{1,4}}(?=[ /)-])")("level")
    + pp.ZeroOrMore(
        # the separator may be a blank alone, which the skipped white space took:
        # then it matches empty, right after that blank ("(C NF)"); "(SE)" fails
        pp.Suppress(pp.Regex(r" *(?://?|-|,) *|(?<= )"))
        + (_ENTIRE | _CONTROL("controls*") | pp.Regex(r"[A-Za-z]+")("controls*"))
    )
    + pp.Regex(r" *\)")
    + pp.StringEnd(),
    "portion marking",
)

SUMMARY_START: re.Pattern[str]
_lazy.add(
    "SUMMARY_START",
    r"(?i)(?<![A-Z])(?:BEGIN +)?SUMM?A?R?Y"
    r"(?: +AND +(?:COMMENT|ACTION +REQUEST|INTRODUCTION|TABLE +OF +CONTENTS)|/COMMENT)?"
    r" *(?:[:.=-]|$|(?=\n))",
)
SUMMARY_END: re.Pattern[str]
_lazy.add(
    "SUMMARY_END",
    r"(?i)\bEND\s+(?:OF\s+)?SUMM?A?R?Y(?:\s+AND\s+(?:COMMENT|INTRODUCTION)|/COMMENT)?\b *\.?",
)
#: A heading set off by rules inside a paragraph ("... -------- Training --------").
RULED_HEADING: re.Pattern[str]
_lazy.add("RULED_HEADING", r"[ \t]+[-=]{4,}")
#: A comment's opener: ``COMMENT:``, ``Comment.``, ``(Comment:``, ``BEGIN COMMENT``, a
#: post's ``Embassy comment:``; where it may stand is the builder's to check.
COMMENT_START: re.Pattern[str]
_lazy.add(
    "COMMENT_START",
    r"(?i)(?<![A-Z])\(?(?:BEGIN +|(?:EMBASSY|POST|MISSION|CONSULATE|USNATO|USEU) +|SUMMARY +AND +)?"
    r"COMMENTS?(?: +AND +(?:ACTION +REQUESTS?|RECOMMENDATIONS?|ANALYSIS))?"
    r" *(?:[:./-]|(?= *\n)|$)",
)
COMMENT_END: re.Pattern[str]
_lazy.add(
    "COMMENT_END",
    # "END COMMENT", "END OF COMMENT", "END SUMMARY AND COMMENT", "End embassy comment"
    r"(?i)\bEND\s+(?:OF\s+)?(?:SUMMARY\s+AND\s+|(?:EMBASSY|POST|MISSION)\s+)?COMMENTS?\b"
    r" *\.? *\)?",
)

#: SMART-era section markers where sections were joined: ``TRIPOLI 00000765 001.2 OF 003``.
#: Searched from the serial (a literal-led pattern is fast); the post name before it
#: is taken with :data:`SMART_PAGE_POST` on the text just before the match.
SMART_PAGE: re.Pattern[str]
_lazy.add("SMART_PAGE", r"(?<!\d)\d{8} +\d{3}(?:\.\d)? +(?:OF|of) +\d{3}(?!\d)")
#: ... in capitals, or in a mixed-case text one or two capitalised words
#: (``Sanaa 00002274 002 of 002``, 09SANAA2274).
SMART_PAGE_POST: re.Pattern[str]
_lazy.add(
    "SMART_PAGE_POST", r"(?:[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3}|[A-Z][a-z]+(?: [A-Z][a-z]+)?) $"
)
#: Received-copy page headers: ``PAGE 02 STATE 015113 182333Z``, with the
#: classification word before them (:data:`PAGE_CLASS_WORD`) when it is there.
OLD_PAGE: re.Pattern[str]
_lazy.add(
    "OLD_PAGE", r"PAGE +\d{2} +[A-Z][A-Z .]{1,12}? +\d{5,6}(?: +\d{2} +OF +\d{2})?(?: +\d{6}Z)?"
)
#: A PDF page's furniture on a line of its own: ``Page 2 of 4``, ``- 3 -``.
PDF_PAGE = LinePattern(
    r"[ \t]*(?:page +\d{1,3}(?: +of +\d{1,3})?|- +\d{1,3} +-)[ \t]*$", re.IGNORECASE
)
PAGE_CLASS_WORD: re.Pattern[str]
_lazy.add("PAGE_CLASS_WORD", v.classification_words() + r"\s+$")

#: The SBU handling statement on a line of its own, between the header and the first
#: paragraph: ``SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY.`` (06SAOPAULO751).
SBU_STATEMENT: re.Pattern[str]
_lazy.add(
    "SBU_STATEMENT",
    r"(?i) *(?:\((?:U|SBU)\) *)?SENSITIVE +BUT +UNCLASSIFIED\b[ .,-]*"
    r"(?:(?:PLEASE +)?(?:PROTECT|HANDLE) +ACCORDINGLY|ENTIRE +TEXT)?[ .]*",
)

# Headings ---------------------------------------------------------------------
#: A rule on a line of its own: ``--------``, ``=======``, ``- - - - -``, ``_____``.
RULE_LINE: re.Pattern[str]
_lazy.add("RULE_LINE", r"^(?=(?: *[-=_*~]){3})[-=_*~ ]+$")
_RULE = r"(?=[-=_*~/]{2}|[-=] +[-=])(?:[-=_*~/]{2,}|[-=])(?: +(?:[-=_*~/]{2,}|[-=]))*"
#: A heading between rules on its line: ``------- SUMMARY -------``, ``-- Economy --``.
RULED_LINE: re.Pattern[str]
_lazy.add(
    "RULED_LINE",
    # a rule's pieces: runs of rule characters, or single dashes ("- - - - Title - -"),
    # two characters at least; a rule of dashes may end in a loose dash ("------- -",
    # the release wrapped it); the asterisks of "**** * Missing Section 002 * ****"
    # are no rule's
    rf"^ *(?P<rule>{_RULE}|(?:[-=*] ){{2,}}) *"
    # the words end in a character no rule has, or a "/" after a letter (tried
    # there, not at every piece; "http://.../manama/ *****")
    r"(?P<text>[^-=_*~/ ](?:.*?(?:[^-=_*~/ ]|[A-Za-z]/))?)"
    rf" *(?:{_RULE}|(?: [-=*]){{2,}}) *$",
)
#: A heading with a rule after it on its line: ``Why Engage Syria? ------------``.
RULE_AFTER: re.Pattern[str]
#: (Its words end in a character no rule has: a line of rule pieces that ends in a
#: word is then tried at its words' end, not at every piece.)
_lazy.add(
    "RULE_AFTER",
    r"^ *(?P<text>[A-Za-z0-9\"'(](?:.*?[^-=_ ])?) +[-=_]{4,}(?: +[-=_]+)* *$",
)
#: A heading glued to the end of the paragraph before it where a line break was lost:
#: ``... End summary. -------- Training --------``, ``... with us. Venezuela -------``.
GLUED_HEADING: re.Pattern[str]
_lazy.add(
    "GLUED_HEADING",
    r"(?<=[.!?:\"')\]]) +(?:[-=]{3,}(?: +[-=]+)* *"
    r"(?P<ruled>[^-=\s](?:[^-=\n]|-(?!-))*?) *[-=]{3,}"
    r"|(?P<text>[A-Z][^.!?\n]{0,80}?) +[-=]{4,})(?: +[-=]+)* *$",
)
#: A part's name glued to the end of the paragraph before it, with no rule: "... to be
#: determined. Comment" (then a blank line and the next paragraph).
GLUED_NAME: re.Pattern[str]
_lazy.add(
    "GLUED_NAME",
    r"(?<=[.!?\"')\]]) +(?P<text>(?:Embassy |Post |EMBASSY |POST )?(?:Comment|COMMENT)S?"
    r"|Summary|SUMMARY) *:? *$",
)
#: Sub-items inside a paragraph, each starting a line of its text: ``-- ``, ``- ``,
#: ``* ``, ``A. ``, ``a) ``, ``(1) ``, ``(a) ``, ``ii. ``.
SUB_ITEM: re.Pattern[str]
_lazy.add(
    "SUB_ITEM", r" *(?:-{1,3}|[*\u2022]|[A-Za-z][.)]|\(?\d{1,2}\)|\([A-Za-z]\)|[ivx]{1,4}[.)]) +\S"
)

#: A database record of the cable appended after it, with its abstract under it:
#: ``0 10/19/2009 4598 PARM,PREL,MNUC,IR (S) GERMANY PLANNING TO ...`` (09BERLIN1297).
RECORD_TRAILER = LinePattern(
    r" *\d{1,7} +\d{1,2}/\d{1,2}/\d{4} +\d{1,7} +"
    r"[A-Z][A-Z0-9-]{1,9}(?:, *[A-Z][A-Z0-9-]{1,9})+ .*$"
)
#: Footer lines before the signature.
FOOTER_LINE: re.Pattern[str]
_lazy.add("FOOTER_LINE", r"(?i)^ *MINIMIZE CONSIDERED\.? *$")
#: First line of a post's web-site footer, which may run on over a few lines:
#: "Visit Mexico City's Classified Web Site at" / "http://www.state.sgov.gov/...".
FOOTER_START: re.Pattern[str]
_lazy.add(
    "FOOTER_START",
    r"(?i)^ *(?:please +)?visit\b.*(?:https?://|www\.|classified|blog|web ?site|web +page)",
)

# End of the text -------------------------------------------------------------
#: A signature on a line of its own: ``BELLARD``, ``Wilkins``, ``XXXXXXXXXXXX``.
#: What a dump of the release left after the name on its line: a date
#: (``SOBEL 2008-01-08``, ``STEVENS 0 12/23/2007``) or the end of transmission
#: (``SCOBEY NNNN End Cable Text``): kept as footer, not part of the name.
RELEASE_DEBRIS = r"(?:\d{4}-\d{2}-\d{2}|0 \d{1,2}/\d{1,2}/\d{4}|NNNN(?: +End Cable Text)?)"
_AFTER_NAME = rf"(?: +{RELEASE_DEBRIS})? *$"
SIGNATURE: re.Pattern[str]
_lazy.add(
    "SIGNATURE",
    r"^ *(?P<sig>(?:[A-Z][A-Za-z'’.-]*|X{4,}|(?:van|de|von|da)(?= +[A-Z]))"
    r"(?: +(?:[A-Z][A-Za-z'’.-]*|van|de|von|da|X{4,})){0,3}) *\.? *#* *\"?" + _AFTER_NAME,
)
#: A signature glued to the last sentence of a mixed-case text: ``... 2008. WILKINS``,
#: ``... terrorism.” BURNS``, ``[Tripoli Post, 2/21/2009] CRETZ``, or with no blank
#: after a sentence (``... the Vatican table.ROONEY``, ``by February 12.SCOBEY``).
GLUED_SIGNATURE: re.Pattern[str]
_lazy.add(
    "GLUED_SIGNATURE",
    r"(?:(?<=[.!?\"')\]”’]) +|(?<=[a-z0-9]\.))"
    r"(?P<sig>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,})?)\.? *#*" + _AFTER_NAME,
)
# In upper-case texts a glued signature is only trusted after a closing phrase.
CLOSING_SIGNATURE: re.Pattern[str]
_lazy.add(
    "CLOSING_SIGNATURE",
    r"(?:(?i:END +(?:OF +)?(?:TEXT|COMMENT|SUMMARY|MESSAGE)|MINIMIZE +CONSIDERED)\.? +"
    r"|UNQTE *:? *"  # the end of a quoted message: "BORG UNQTE:CUTLER"
    r"|\. {3,})"  # several blanks after the last sentence: a lost newline
    r"(?P<sig>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,})?) *\.? *#*" + _AFTER_NAME,
)
# A name in mixed case glued to the last sentence of the text: "... Consulate Rio.
# Danilovich", "... (reftel E) Scobey"; one or two capitalised words, no sentence of
# their own.
TITLED_SIGNATURE: re.Pattern[str]
_lazy.add(
    "TITLED_SIGNATURE",
    r"(?:(?<=[.!?)])|(?<=[.!?][\"'”’)])) +"
    r"(?P<sig>(?:Ma?c)?[A-Z][a-z'’-]{2,}(?: (?:Ma?c)?[A-Z][a-z'’-]{2,})?) *#*" + _AFTER_NAME,
)
# A name glued to the last sentence with no period of its own ("... OF OUR EFFORTS.
# NICHOLSON", "... END TALKING POINTS. RICE") or after a redaction run ("3.(C)
# XXXXXXXXXXXX SCOBEY"): a sentence ends with a period, so a word after the last
# one is no sentence of the text, even in an upper-case text.
BARE_SIGNATURE: re.Pattern[str]
_lazy.add(
    "BARE_SIGNATURE",
    r"(?:(?<=[.!?\"')*])|(?<=X{4})) +"
    r"(?P<sig>(?!X{4})[A-Z][A-Z'’-]{2,}(?: (?!X{4})[A-Z][A-Z'’-]{2,})?) *#*" + _AFTER_NAME,
)
# "END SUMMARY." at the end of a text is no signature, nor a closing quote mark,
# transmission word or the classification.
CLOSING_WORDS: re.Pattern[str]
_lazy.add(
    "CLOSING_WORDS",
    r"(?:END|MINIMIZE|QUOTE|UNQUOTE|QTE|UNQTE|NNNN|SIPDIS|THANKS?|REGARDS|SINCERELY|"
    + v.classification_words()
    + r")\b",
)
# Lines after the text proper: transmission trailers, the classification repeated,
# a caption, partner and archive stamps, communications-center notes.
TRAILER: re.Pattern[str]
_lazy.add(
    "TRAILER",
    r"^ *(?:NNNN|BT|#\d{3,4}|SIPDIS|[>.\"]+|[-=_*]{3,}"
    r"|[-=*]{3,} *(?:CABLE ENDS|END OF (?:CABLE|MESSAGE|TEXT)) *[-=*]{3,}"
    r"|" + v.classification_words() + r"(?: *//? *[A-Z ]+)?"
    r"|\d{4}[A-Z]{3,6}\d{5} +- +.*"  # "2004CARACA01540 - UNCLASSIFIED"
    r"|Declassified/Released US Department of State(?: EO(?: Systematic)?)?"
    r"|(?:Systematic )?Review \d{1,2} [A-Z]{3} \d{4}"
    r"|NOTE BY [A-Z/]+:.*|NOTE: NOT PASSED TO .*"
    # PlusD: the transmission's end and the archive's current markings
    r"|NMAFVVZCZ|(?:\*{3} *)?Current (?:Handling Restrictions|Classification) *\*{3}.*"
    r") *$",
)

if not TYPE_CHECKING:
    __getattr__ = _lazy.get
