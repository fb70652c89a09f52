"""Checks for text typed or pasted by users and scripts."""

from __future__ import annotations

import re
import unicodedata

from secretary_app.domain.errors import ValidationError

NAME_MAX = 200
TEXT_MAX = 100_000  # a description; drafts have their own, larger limit
# Control characters, and lone surrogates (undecodable bytes from a command line or a paste),
# which SQLite cannot store as UTF-8.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def clean_text(value: str | None, field_da: str, field_en: str, *, max_len: int = NAME_MAX,
               required: bool = True, multiline: bool = False) -> str:
    """Normalise (NFC), strip, refuse NUL/control characters and over-long text."""
    text = unicodedata.normalize("NFC", value or "")
    text = text.strip()
    if _CONTROL.search(text):
        raise ValidationError(
            f"{field_da} indeholder ugyldige kontroltegn (fx NUL-bytes).",
            f"{field_en} contains invalid control characters (such as NUL bytes).",
            field=field_en.lower(),
        )
    if not multiline and ("\n" in text or "\r" in text):
        text = " ".join(text.split())
    if required and not text:
        raise ValidationError(f"{field_da} må ikke være tom.", f"{field_en} must not be empty.",
                              field=field_en.lower())
    if len(text) > max_len:
        raise ValidationError(
            f"{field_da} er for lang ({len(text):,} tegn; højst {max_len:,}).".replace(",", "."),
            f"{field_en} is too long ({len(text):,} characters; at most {max_len:,}).",
            field=field_en.lower(),
        )
    return text


def clean_list_letter(value: str | None) -> str:
    letter = clean_text(value, "Listebogstavet", "The list letter", max_len=3).upper()
    if not all(ch.isalpha() for ch in letter):
        raise ValidationError(
            f"Listebogstavet »{letter}« skal bestå af bogstaver (fx A, F, Ø).",
            f"The list letter '{letter}' must consist of letters (e.g. A, F, Ø).",
            field="list_letter",
        )
    return letter


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def clean_email(value: str | None) -> str:
    email = clean_text(value, "E-mailadressen", "The e-mail address", required=False)
    if email and not _EMAIL.match(email):
        raise ValidationError(f"»{email}« er ikke en gyldig e-mailadresse.",
                              f"'{email}' is not a valid e-mail address.", field="email")
    return email


_CODE = re.compile(r"^[a-z][a-z0-9_]{1,49}$")


def clean_code(value: str | None) -> str:
    code = clean_text(value, "Koden", "The code", max_len=50).lower()
    if not _CODE.match(code):
        raise ValidationError(
            f"Koden »{code}« må kun indeholde a-z, 0-9 og _ og skal starte med et bogstav.",
            f"The code '{code}' may only contain a-z, 0-9 and _ and must start with a letter.",
            field="code",
        )
    return code
