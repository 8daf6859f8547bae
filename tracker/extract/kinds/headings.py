"""The kind an article's heading names, for clauses that take their kind from another article:
第12条の規定は本契約終了後も2年間効力を有する lasts as long as 第12条's own duty does."""

from __future__ import annotations

import re

from tracker.domain import DutyKind

# first match wins: secrecy and restraints outlive a contract most often, so they lead
HEADING_KINDS: tuple[tuple[re.Pattern[str], DutyKind], ...] = (
    (re.compile(r"秘密|機密|個人情報|競業|競合"), DutyKind.CONFIDENTIALITY),
    (re.compile(r"返還|返却|廃棄|破棄|原状回復|明渡"), DutyKind.RETURN),
    (re.compile(r"データ|記録|ログ"), DutyKind.DATA_DELETION),
    (re.compile(r"損害賠償|契約不適合|瑕疵|担保責任|保証"), DutyKind.CLAIM_LIMITATION),
    (re.compile(r"支払|料金|代金|報酬"), DutyKind.PAYMENT),
)


def kind_of_heading(heading: str) -> DutyKind | None:
    return next((kind for pattern, kind in HEADING_KINDS if pattern.search(heading)), None)
