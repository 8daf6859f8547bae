"""Shared frozen value types: every layer speaks these, and they import only the standard library."""

from tracker.domain.contract import Contract, ContractStatus, ReminderState, ReviewState
from tracker.domain.document import Article, Document, Item, Paragraph
from tracker.domain.duty import Direction, Duty, DutyKind, Party, Period, Qualifier, SourceSpan, Unit
from tracker.domain.schedule import CalendarSpec, ContractTerms, Convention, Deadline, Explanation, Roll

__all__ = [
    "Article", "CalendarSpec", "Contract", "ContractStatus", "ContractTerms", "Convention", "Deadline",
    "Direction", "Document", "Duty", "DutyKind", "Explanation", "Item", "Paragraph", "Party", "Period",
    "Qualifier", "ReminderState", "ReviewState", "Roll", "SourceSpan", "Unit",
]
