"""What each calendar application does with an imported or synced event, and how we adapt.

Apple Calendar and Thunderbird keep every VALARM; Outlook keeps one alarm per event (we embed the
nearest) and Google Calendar ignores embedded alarms altogether, so there the 60/30/14/7/1 tiers
reach the user only as separate reminder events, which are on by default for those targets.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Target(Enum):
    APPLE = "apple"
    THUNDERBIRD = "thunderbird"
    OUTLOOK = "outlook"
    GOOGLE = "google"


@dataclass(frozen=True)
class TargetProfile:
    alarms: int  # how many VALARMs per event the application keeps (0: it ignores them)
    reminder_events: bool  # whether reminder events are on unless the user says otherwise


_PROFILES = {
    Target.APPLE: TargetProfile(alarms=99, reminder_events=False),
    Target.THUNDERBIRD: TargetProfile(alarms=99, reminder_events=False),
    Target.OUTLOOK: TargetProfile(alarms=1, reminder_events=True),
    Target.GOOGLE: TargetProfile(alarms=0, reminder_events=True),
}


def profile(target: Target) -> TargetProfile:
    return _PROFILES[target]
