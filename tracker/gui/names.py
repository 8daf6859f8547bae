"""The names QSettings files the application's preferences under (window layout, reminders, database)."""

ORGANIZATION = "ContractDeadlineTracker"
APPLICATION = "tracker"
