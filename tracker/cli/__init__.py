"""Headless use of the tracker: `tracker SUBCOMMAND …`; no subcommand opens the GUI."""
