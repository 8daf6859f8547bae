"""Use cases shared by the GUI and the CLI: import, review, schedule, remind, export. No Qt here."""
