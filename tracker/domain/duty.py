"""A duty: a time-bound obligation found in a contract, with the clause it came from.

Field meanings follow ../shared/docs/duties.md; `to_json` gives exactly the object that
`tracker extract --json` prints for one duty.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class DutyKind(StrEnum):
    TERM = "term"
    MINIMUM_TERM = "minimum_term"
    RENEWAL_NOTICE = "renewal_notice"
    TERMINATION_NOTICE = "termination_notice"
    RETURN = "return"
    CURE = "cure"
    DATA_DELETION = "data_deletion"
    CONFIDENTIALITY = "confidentiality"
    CLAIM_LIMITATION = "claim_limitation"
    PAYMENT = "payment"
    CHANGE_NOTICE = "change_notice"
    ABOLITION_NOTICE = "abolition_notice"
    NOTIFICATION = "notification"
    INSPECTION = "inspection"
    RESPONSE = "response"
    DEFAULT = "default"


class Party(StrEnum):
    """Who must act: the customer side (契約者, 利用者, お客様…) or the provider side (当社…)."""

    CUSTOMER = "customer"
    PROVIDER = "provider"
    BOTH = "both"


class Unit(StrEnum):
    HOUR = "hour"
    DAY = "day"
    BUSINESS_DAY = "business_day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Direction(StrEnum):
    """`before`: the date lies before the anchor (…の30日前まで); `after`: after it (…から14日以内)."""

    BEFORE = "before"
    AFTER = "after"


class Qualifier(StrEnum):
    """Wording that sets a time without a number."""

    PROMPTLY = "promptly"  # 速やかに
    IMMEDIATELY = "immediately"  # 直ちに
    WITHOUT_DELAY = "without_delay"  # 遅滞なく
    END_OF_MONTH = "end_of_month"  # 当月末日まで, 毎月末日まで
    END_OF_NEXT_MONTH = "end_of_next_month"  # 翌月末日まで
    END_OF_MONTH_AFTER_NEXT = "end_of_month_after_next"  # 翌々月末日まで
    BY_EXPIRY = "by_expiry"  # 期間満了日まで


@dataclass(frozen=True)
class Period:
    """A period exactly as written: 12ヶ月 stays 12 months, 1ヶ月半 is 1.5 months. amount/unit are
    None with a qualifier. A whole amount is always an int (2.0 becomes 2), so JSON prints 2, not 2.0."""

    amount: int | float | None
    unit: Unit | None
    direction: Direction
    qualifier: Qualifier | None = None

    def __post_init__(self) -> None:
        if isinstance(self.amount, float) and self.amount.is_integer():
            object.__setattr__(self, "amount", int(self.amount))

    def in_whole_units(self) -> Period | None:
        """The same length with a whole amount, for the calendar: 1.5 years = 18 months, 1.5 months =
        45 days (half a month counted as 15 days), 2.5 weeks = none (17.5 days): None where no whole
        smaller unit holds it."""
        if not isinstance(self.amount, float) or self.unit is None:
            return self
        smaller = {Unit.YEAR: (12, Unit.MONTH), Unit.MONTH: (30, Unit.DAY), Unit.WEEK: (7, Unit.DAY)}
        if self.unit not in smaller:
            return None
        factor, unit = smaller[self.unit]
        return Period(self.amount * factor, unit, self.direction, self.qualifier).in_whole_units()


@dataclass(frozen=True)
class SourceSpan:
    """Where a duty was read: character offsets into Document.text and its 条/項/号 position."""

    start: int
    end: int
    text: str
    article: str | None = None  # "11", "11-2" for 第11条の2, a heading where articles are unnumbered
    paragraph: int | None = None
    item: int | None = None


@dataclass(frozen=True)
class Duty:
    kind: DutyKind
    obligor: Party | None
    period: Period
    anchor: str | None  # the event the period runs from or to: "expiry", "termination", …
    span: SourceSpan
    confidence: float = 0.5
    ocr: bool = False  # read from a page image by OCR: its text may hold misread characters

    def to_json(self) -> dict[str, Any]:
        found = {
            "article": self.span.article,
            "paragraph": self.span.paragraph,
            "item": self.span.item,
            "kind": self.kind.value,
            "obligor": self.obligor.value if self.obligor else None,
            "amount": self.period.amount,
            "unit": self.period.unit.value if self.period.unit else None,
            "direction": self.period.direction.value,
            "anchor": self.anchor,
            "qualifier": self.period.qualifier.value if self.period.qualifier else None,
            "text": self.span.text,
            "start": self.span.start,
            "end": self.span.end,
            "confidence": round(self.confidence, 2),
        }
        return {**found, "ocr": True} if self.ocr else found

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Duty:
        """Inverse of to_json, for stored snapshots and user edits."""
        unit = data.get("unit")
        qualifier = data.get("qualifier")
        obligor = data.get("obligor")
        return cls(
            kind=DutyKind(data["kind"]),
            obligor=Party(obligor) if obligor else None,
            period=Period(
                amount=data.get("amount"),
                unit=Unit(unit) if unit else None,
                direction=Direction(data.get("direction") or "after"),
                qualifier=Qualifier(qualifier) if qualifier else None,
            ),
            anchor=data.get("anchor"),
            span=SourceSpan(
                start=int(data.get("start") or 0),
                end=int(data.get("end") or 0),
                text=data.get("text") or "",
                article=None if data.get("article") is None else str(data["article"]),
                paragraph=data.get("paragraph"),
                item=data.get("item"),
            ),
            confidence=float(data.get("confidence") or 0.5),
        )
