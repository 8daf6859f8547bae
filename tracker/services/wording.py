"""The scheduler's bilingual words for anchors, for views that label an anchor their own table lacks."""

from tracker.schedule.wording import anchor_words

__all__ = ["anchor_words"]
