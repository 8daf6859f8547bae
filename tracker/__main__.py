"""`python -m tracker …`: the same commands as the `tracker` script, from a source tree."""

from tracker.cli.main import entry

entry()
