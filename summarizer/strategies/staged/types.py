"""The typed verdicts of the staged rules: a claim's status and whether its mover is an armed force.

Both are `StrEnum`s, so a value compares equal to its old string ("movement", "yes"), formats as
that string in learned feature names and JSON, and the rules' outputs do not change.
"""

from __future__ import annotations

from enum import StrEnum


class ClaimStatus(StrEnum):
    """What a movement verb with its mover reports (set by `candidates.find_moves`)."""

    MOVEMENT = "movement"  # happened or under way: becomes a movement item
    PLAN = "plan"  # offered, ordered, planned, permitted: a key event, not a move
    PAST = "past"  # an earlier move told as background: a key event
    NEGATED = "negated"  # "no troops crossed": material for a denial
    QUOTED = "quoted"  # speech about moves ("every battalion the juntas move"), not a report
    PRESENCE = "presence"  # stative ("troops are stationed"): no move
    NO_MOVER = "no_mover"  # a movement verb without a mover
    VETOED = "vetoed"  # a learned selector overruled the rules' movement


class ArmedVerdict(StrEnum):
    """Is the mover an armed force? (set by `armed.armed_status`)."""

    YES = "yes"
    NO = "no"
    MAYBE = "maybe"  # ambiguous head in a military sentence: the article or a model question settles it
    WEAK = "weak"  # ambiguous head without military context: usable only by a denial
