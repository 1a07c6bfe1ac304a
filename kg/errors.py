"""Errors that reach the user as one line, with a conventional exit code."""


class KgError(Exception):
    """A failure the user can act on; str() is the one-line message."""
    exit_code = 1


class UsageError(KgError):
    exit_code = 2


class InputError(KgError):
    """One input could not be read; a build reports it and goes on unless --strict."""

    def __init__(self, source: str, cause: str):
        super().__init__(f"{source}: {cause}")
        self.source, self.cause = source, cause


class ModelError(KgError):
    pass
