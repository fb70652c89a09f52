"""Reading agenda and meeting-plan files: PDF bookmarks, HTML structure or text
(``services/agenda_files.py``), with clear errors for empty, binary, encrypted, oversized
or hostile files."""

from __future__ import annotations

from pathlib import Path

from secretary_app.domain.agenda import Agenda
from secretary_app.domain.agenda.meeting_plan import MeetingPlan
from secretary_app.services import agenda_files
from secretary_app.services.agenda_files import MAX_FILE_BYTES, MAX_PDF_PAGES, pdf_text, read_document

__all__ = ["MAX_FILE_BYTES", "MAX_PDF_PAGES", "parse_agenda_file", "parse_plan_file", "pdf_text", "read_document"]


def parse_agenda_file(path: Path | str) -> Agenda:
    return agenda_files.read_agenda(path)


def parse_plan_file(path: Path | str) -> MeetingPlan:
    return agenda_files.read_plan(path)
