"""Errors that name the problem for the user, in Danish and English."""

from __future__ import annotations


class AppError(Exception):
    """Base for errors shown to the user (GUI message or CLI stderr)."""

    def __init__(self, da: str, en: str | None = None, *, field: str | None = None):
        super().__init__(da)
        self.da = da
        self.en = en or da
        self.field = field

    def message(self, lang: str = "da") -> str:
        return self.en if lang == "en" else self.da


class ValidationError(AppError):
    """Bad input: nothing was saved."""


class NotFoundError(AppError):
    """A referenced group, member, type or record does not exist."""


class ConflictError(AppError):
    """The change contradicts existing data (duplicate name, type in use...)."""
