"""Reading Danish council agendas, minutes and meeting plans (pure Python).

``parse_agenda(text)`` reads the text layer; ``agenda_from_outline`` combines a PDF's
bookmarks with its text; ``html_reader.agenda_from_html`` reads a web page's structure;
``meeting_plan.parse_meeting_plan`` reads a plan of meeting dates.
"""

from secretary_app.domain.agenda.model import (  # noqa: F401
    Agenda, AgendaError, AgendaHeader, AgendaItemData, body_kind_of, is_closed_title,
)
from secretary_app.domain.agenda.reader import agenda_from_outline, parse_agenda  # noqa: F401
