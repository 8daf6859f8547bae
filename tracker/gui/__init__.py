"""The PySide6 desktop application; it talks to tracker.services only."""
