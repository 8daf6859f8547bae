"""The one error ingestion raises: a file that cannot be read as a contract."""


class IngestError(Exception):
    """A file that cannot be read as a contract; the message is one line naming the file and the reason."""
