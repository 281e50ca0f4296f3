"""The cable core: one parse of one cable, as named stages over one draft
(:mod:`cablegram.cable.pipeline`).

Only what this module exports is for use outside the core.
"""

from cablegram.cable.collapsed import is_collapsed
from cablegram.cable.fields.tag_words import tag_kind
from cablegram.cable.fields.tags import tags_in_context
from cablegram.cable.pipeline import STAGES, parse_cable, parse_cables

__all__ = ["STAGES", "is_collapsed", "parse_cable", "parse_cables", "tag_kind", "tags_in_context"]
