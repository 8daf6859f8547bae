"""The one error ingestion raises: a file that cannot be read as a contract."""


class IngestError(Exception):
    """A file that cannot be read as a contract; the message is one line naming the file and the reason."""


def first_line(exc: BaseException) -> str:
    """A library's error as a short reason that fits the one-line message."""
    lines = str(exc).strip().splitlines()
    return lines[0][:200] if lines else type(exc).__name__
