"""The pydantic models of the brief, per the output contract (docs/CONTRACT.md).

Two layers live here:

* the *draft* models (`CountDraft`, `MovementDraft`, ...) are the wire shape an
  LLM is asked to fill: the contract's fields and nothing else, so the schema a
  grammar or a tool call carries stays small;
* the *grounded* models (`Count`, `Movement`, ..., `Brief`) extend the drafts
  with what the library adds after validation: character offsets of the
  evidence, alignment status, number checks, denial targets, metadata.

Validators encode the contract's rules, so an invalid reply from a model is
rejected here and re-asked with the error message.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = "1.0"

Qualifier = Literal["exactly", "at_least", "at_most", "about", "range", "unspecified"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


def _blank_to_none(value: object) -> object:
    """Models often write "" or "unknown" where the contract wants null."""
    if isinstance(value, str) and value.strip().lower() in {"", "null", "none", "n/a", "unknown"}:
        return None
    return value


class CountDraft(_Model):
    """How many, and how the text hedges it (the contract's qualifier table)."""

    value: int | None = Field(None, ge=0, description="the number; null for a range or unspecified")
    low: int | None = Field(None, ge=0, description="lower bound, only for a range")
    high: int | None = Field(None, ge=0, description="upper bound, only for a range")
    qualifier: Qualifier = Field(description="how the text hedges the number")
    unit: str = Field(description='what is counted: "fighters", "troops", "people killed"')

    @model_validator(mode="after")
    def _qualifier_agrees_with_numbers(self) -> CountDraft:
        q = self.qualifier
        if q == "range":
            if self.low is None or self.high is None:
                raise ValueError("a range count needs both low and high")
            if self.low > self.high:
                raise ValueError(f"range low {self.low} is greater than high {self.high}")
            if self.value is not None:
                raise ValueError("a range count has value null; put the bounds in low and high")
        elif q == "unspecified":
            if self.value is not None or self.low is not None or self.high is not None:
                raise ValueError("an unspecified count ('hundreds', 'dozens') has value, low and high null")
        else:
            if self.value is None:
                raise ValueError(f"a count qualified {q!r} needs a value")
            if self.low is not None or self.high is not None:
                raise ValueError("low and high are set only for a range")
        return self


class MovementDraft(_Model):
    """One distinct claim that an armed force moved."""

    actor: str = Field(min_length=1, description="who moved, as the article names them")
    actor_affiliation: str | None = Field(None, description='who backs them, when stated ("Iran-backed")')
    origin: str | None = Field(None, description="where from")
    destination: str | None = Field(None, description="where to")
    route: str | None = Field(None, description="how, when stated")
    count: CountDraft | None = Field(None, description="how many; null when no quantity is given")
    time: str | None = Field(None, description="when, as stated")
    purpose: str | None = Field(None, description="why, when stated")
    sources: list[str] = Field(default_factory=list, description="who reports it; empty for the article's own voice")
    evidence: str = Field(min_length=1, description="a verbatim quote from the article that states the move")

    _nullable = field_validator(
        "actor_affiliation", "origin", "destination", "route", "time", "purpose", mode="before"
    )(_blank_to_none)

    @field_validator("sources", mode="before")
    @classmethod
    def _drop_blank_sources(cls, value: object) -> object:
        if isinstance(value, list):
            return [s for s in value if isinstance(s, str) and s.strip()]
        return value

    @field_validator("evidence")
    @classmethod
    def _evidence_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("evidence must quote the article")
        return value


class DenialDraft(_Model):
    """A denial or dispute of a claim in the article."""

    denier: str = Field(min_length=1, description="who denies or disputes")
    what: str = Field(min_length=1, description="what is denied, and which movement(s) it targets")
    targets: list[int] = Field(
        default_factory=list,
        description="0-based indexes into movements of the movements this denial disputes",
    )
    evidence: str = Field(min_length=1, description="a verbatim quote from the article")

    @field_validator("targets")
    @classmethod
    def _targets_non_negative(cls, value: list[int]) -> list[int]:
        if any(t < 0 for t in value):
            raise ValueError("targets are 0-based indexes and cannot be negative")
        return sorted(set(value))


class CasualtyDraft(_Model):
    """People reported killed or wounded (one entry per toll and per source)."""

    count: CountDraft | None = None
    who: str | None = None
    where: str | None = None
    cause: str | None = None
    evidence: str = Field(min_length=1, description="a verbatim quote from the article")

    _nullable = field_validator("who", "where", "cause", mode="before")(_blank_to_none)


class BriefDraft(_Model):
    """The brief as a model is asked to write it."""

    headline_summary: str = Field(description="one or two sentences a busy reader can act on")
    is_relevant: bool = Field(description="false when no armed force moves in the article")
    movements: list[MovementDraft] = Field(default_factory=list)
    denials: list[DenialDraft] = Field(default_factory=list)
    casualties: list[CasualtyDraft] = Field(default_factory=list)
    other_key_events: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _denial_targets_in_range(self) -> BriefDraft:
        n = len(self.movements)
        for i, denial in enumerate(self.denials):
            bad = [t for t in denial.targets if t >= n]
            if bad:
                raise ValueError(
                    f"denials[{i}].targets {bad} point past the {n} movement(s); use 0-based indexes"
                )
        return self


# --------------------------------------------------------------------------
# Grounded models: what summarize() returns.
# --------------------------------------------------------------------------


class AlignmentStatus(str, Enum):
    """How an evidence string was found in the article."""

    exact = "exact"  # the very characters
    normalized = "normalized"  # equal after folding whitespace, quotes, dashes, case
    fuzzy = "fuzzy"  # best approximate alignment above the threshold
    unfound = "unfound"  # not in the article: ungrounded


class Span(_Model):
    """Where an item's evidence stands in the article: article[start:end].

    Offsets count Unicode code points (Python `str` indices) of the article text
    after decoding: a byte-order mark removed, CR and CRLF kept, an HTML page
    reduced to its article text. JavaScript (UTF-16) and byte (UTF-8) readers
    convert with summarizer.textinput.utf16_offset / byte_offset.
    """

    start: int | None = Field(
        None,
        ge=0,
        description="first character: an index in Unicode code points of the decoded article "
        "(byte-order mark removed, CR kept), not UTF-16 units or bytes",
    )
    end: int | None = Field(None, ge=0, description="one past the last character, counted like start")
    alignment: AlignmentStatus = AlignmentStatus.unfound
    score: float = Field(0.0, ge=0.0, le=1.0, description="similarity of the match, 1.0 for exact")


class Grounded(_Model):
    """Fields every grounded item carries."""

    span: Span | None = Field(None, description="offsets of the evidence in the article")
    flags: list[str] = Field(
        default_factory=list, description="why the item is doubtful (kept under the 'flag' policy)"
    )


class Count(CountDraft):
    pass


class Movement(MovementDraft, Grounded):
    count: Count | None = None


class Denial(DenialDraft, Grounded):
    pass


class Casualty(CasualtyDraft, Grounded):
    count: Count | None = None


class GroundingSummary(_Model):
    """How many items were grounded, fixed by a re-ask, flagged or dropped."""

    policy: str = "flag"
    grounded: int = 0
    fixed: int = 0
    flagged: int = 0
    dropped: int = 0
    by_alignment: dict[str, int] = Field(default_factory=dict)


class Usage(_Model):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            calls=self.calls + other.calls,
        )


class BriefMetadata(_Model):
    """How the brief was made: enough to reproduce or compare it."""

    model: str
    backend: str
    strategy: str
    prompt_version: str
    schema_version: str = SCHEMA_VERSION
    article_sha256: str = ""
    usage: Usage = Field(default_factory=Usage)
    seconds: float = 0.0
    chunks: int = 1


class Brief(BriefDraft):
    """The grounded brief that summarize() returns."""

    movements: list[Movement] = Field(default_factory=list)
    denials: list[Denial] = Field(default_factory=list)
    casualties: list[Casualty] = Field(default_factory=list)
    grounding: GroundingSummary | None = None
    metadata: BriefMetadata | None = None

    def contract_dict(self) -> dict:
        """Only the contract's fields (plus denial targets): the shape of a gold file."""
        data = self.model_dump(mode="json", exclude={"grounding", "metadata"})
        for group in ("movements", "denials", "casualties"):
            for item in data[group]:
                item.pop("span", None)
                item.pop("flags", None)
        return data
