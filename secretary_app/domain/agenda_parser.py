"""The agenda reader's public names, for code that imports them from here; the reader lives
in ``domain/agenda/`` and the Danish date lexer in ``domain/danish_dates_lexer.py``."""

from secretary_app.domain.agenda.line_kinds import case_of, section_name  # noqa: F401
from secretary_app.domain.agenda.model import (  # noqa: F401
    Agenda, AgendaError, AgendaHeader, AgendaItemData, body_kind_of,
)
from secretary_app.domain.agenda.reader import agenda_from_outline, parse_agenda  # noqa: F401
from secretary_app.domain.agenda.text_layout import check_text, join_wrapped  # noqa: F401
from secretary_app.domain.danish_dates_lexer import find_date, find_time_range  # noqa: F401
