"""Contract Deadline Tracker: finds time-bound duties in contracts and turns them into dates."""

__version__ = "0.1.0"
