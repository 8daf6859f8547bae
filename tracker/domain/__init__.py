"""Shared frozen value types: every layer speaks these, and they import only the standard library."""

from tracker.domain.contract import Contract, ContractStatus, ReminderState, ReviewState
from tracker.domain.document import Article, Document, Item, Paragraph
from tracker.domain.duty import Direction, Duty, DutyKind, Party, Period, Qualifier, SourceSpan, Unit
from tracker.domain.facts import ContractFacts, Fact, PartyFact, RenewalRegime
from tracker.domain.proposals import FactName, FactRecord, FactState, Need
from tracker.domain.records import (
    DEFAULT_LEAD_TIMES,
    ContractDetail,
    ContractSummary,
    DeadlineRecord,
    DutyRecord,
    ImportProgress,
    ImportResult,
    SentObject,
    Settings,
)
from tracker.domain.schedule import (
    CalendarSpec,
    ContractTerms,
    Convention,
    Deadline,
    DeadlineId,
    Explanation,
    Recurrence,
    Roll,
)

__all__ = [
    "DEFAULT_LEAD_TIMES",
    "Article",
    "CalendarSpec",
    "Contract",
    "ContractDetail",
    "ContractFacts",
    "ContractStatus",
    "ContractSummary",
    "ContractTerms",
    "Convention",
    "Deadline",
    "DeadlineId",
    "DeadlineRecord",
    "Direction",
    "Document",
    "Duty",
    "DutyKind",
    "DutyRecord",
    "Explanation",
    "Fact",
    "FactName",
    "FactRecord",
    "FactState",
    "ImportProgress",
    "ImportResult",
    "Item",
    "Need",
    "Paragraph",
    "Party",
    "PartyFact",
    "Period",
    "Qualifier",
    "Recurrence",
    "ReminderState",
    "RenewalRegime",
    "ReviewState",
    "Roll",
    "SentObject",
    "Settings",
    "SourceSpan",
    "Unit",
]
