"""The names QSettings files the application's preferences under (window layout, reminders, database).

Kept apart from the dialogs that set them, so that the start-up reads them without loading those."""

ORGANIZATION = "ContractDeadlineTracker"
APPLICATION = "tracker"
DATABASE_KEY = "database/location"  # the database chosen in Settings, used when --db is not given
