"""One route for every export (drafts, the activity log, the calendar), whatever the format.

The format is the one asked for or the one the file name's suffix names; the writer is found
by (what, format) and imported only then, so a CSV or DOCX export never loads Qt (only the
PDF writers need it). Every writer writes a temporary file and renames it, and a failing
disk becomes a message naming the file, never half a file or a traceback.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from secretary_app.domain.errors import ValidationError

# (what, format) -> "module:function"; each function takes (data, out, **options).
WRITERS: dict[tuple[str, str], str] = {
    ("draft", "docx"): "secretary_app.exports.draft_docx:write_docx",
    ("draft", "pdf"): "secretary_app.exports.draft_pdf:write_pdf",
    ("draft", "txt"): "secretary_app.exports.draft_text:write_text",
    ("draft", "md"): "secretary_app.exports.draft_text:write_markdown",
    ("activity", "pdf"): "secretary_app.exports.activity_pdf:write_pdf",
    ("activity", "xlsx"): "secretary_app.exports.activity_xlsx:write_xlsx",
    ("activity", "csv"): "secretary_app.exports.activity_csv:write_csv",
    ("calendar", "ics"): "secretary_app.exports.calendar_ics:write_calendar",
}
_ALIASES = {"markdown": "md", "text": "txt"}


def formats(what: str) -> tuple[str, ...]:
    return tuple(fmt for kind, fmt in WRITERS if kind == what)


def _listed(names: tuple[str, ...], word: str) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {word} {names[-1]}"


def check_format(what: str, fmt: str | None, out: Path | str) -> str:
    """The format asked for, or the one the file name's suffix names; an error otherwise."""
    known = formats(what)
    fmt = (fmt or Path(out).suffix.lstrip(".")).lower()
    fmt = _ALIASES.get(fmt, fmt)
    if not fmt:
        raise ValidationError(f"Angiv --format {_listed(known, 'eller')}, eller et filnavn med en af de endelser.",
                              f"Give --format {_listed(known, 'or')}, or a file name with one of those suffixes.",
                              field="format")
    if fmt not in known:
        raise ValidationError(f"Ukendt format »{fmt}«; vælg {_listed(known, 'eller')}.",
                              f"Unknown format '{fmt}'; choose {_listed(known, 'or')}.", field="format")
    return fmt


def export(what: str, data: Any, fmt: str, out: Path | str, **options: Any) -> Any:
    """Write ``data`` as ``fmt`` to ``out`` with the one writer for that pair."""
    fmt = check_format(what, fmt, out)
    module, _, function = WRITERS[(what, fmt)].partition(":")
    writer = getattr(importlib.import_module(module), function)
    try:
        return writer(data, out, **options)
    except OSError as exc:  # read-only folder, full disk, a folder that vanished ...
        import errno

        if exc.errno == errno.ENOSPC:
            raise ValidationError(f"Disken er fuld: filen {out} kunne ikke skrives. Intet er ændret; frigør plads, "
                                  "og prøv igen.",
                                  f"The disk is full: the file {out} could not be written. Nothing was changed; "
                                  "free some space and try again.", field="out") from exc
        reason = exc.strerror or str(exc)
        raise ValidationError(f"Filen {out} kunne ikke skrives ({reason}). Intet er ændret.",
                              f"The file {out} could not be written ({reason}). Nothing was changed.",
                              field="out") from exc
