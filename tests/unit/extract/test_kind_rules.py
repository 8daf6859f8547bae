"""Every kind rule fires on its own example, ahead of every other rule, and no two rules share a
priority: a rule shadowed by another, or no longer able to fire, fails here."""

import pytest

from tracker.domain import Document
from tracker.extract.kinds import RULES
from tracker.extract.pipeline import reasons


def test_priorities_are_unique() -> None:
    priorities = [rule.priority for rule in RULES]
    assert len(priorities) == len(set(priorities))


def test_names_are_unique() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_rule_fires_on_its_example(rule) -> None:
    text = rule.example
    assert rule.name in reasons(Document(source="example", title=None, text=text, original=text))
