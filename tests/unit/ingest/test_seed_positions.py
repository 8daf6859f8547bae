"""The answer key's duties land in the right 条/項/号 of the five seed contracts.

They are read from ../shared beside the checkout, never copied into it.
"""

import pytest

from tests.unit.ingest.seed_positions import SHARED, mismatches

pytestmark = pytest.mark.skipif(not (SHARED / "gold" / "seeds.json").exists(), reason="no shared seeds")


def test_key_duties_sit_in_their_article_paragraph_and_item() -> None:
    checked, wrong = mismatches()
    assert checked == 56
    # the key paraphrases one duty (its words are not in the contract); all others must match
    assert len(wrong) <= 1, "\n".join(wrong)
