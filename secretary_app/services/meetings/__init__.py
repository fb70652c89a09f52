"""Meetings and agendas: create/update/delete, list by month, import agendas and meeting
plans, and link requests and drafts to agenda items.

Each use case is one transaction: an agenda import stores the meeting and all its items
or nothing. Re-importing the same meeting (same group, date and body) updates it.
"""

from __future__ import annotations

from secretary_app.domain.meeting_plan import parse_meeting_plan  # the meetings page parses pasted plans
from secretary_app.services.meetings.documents import (
    MAX_FILE_BYTES, MAX_PDF_PAGES, pdf_text, read_document, parse_agenda_file, parse_plan_file,
)
from secretary_app.services.meetings.editing import (
    BODY_CODES, clean_fields, check_times, create_meeting, update_meeting, get_meeting,
    delete_meeting, unlink_items, list_meetings, meeting_days,
)
from secretary_app.services.meetings.agenda import (
    list_items, items_by_meeting, item_counts, item_sections, body_label,
    meeting_label, meeting_labels, link_counts, meeting_to_dict,
)
from secretary_app.services.meetings.importing import (
    ImportResult, import_agenda, import_agenda_file, PlanImportResult, import_meeting_plan,
)
from secretary_app.services.meetings.linking import (
    working_day_before, item_context, item_caption, suggested_link, create_request_for_item,
    create_draft_for_item, linked_items, item_recommendation, item_reference, suggested_due,
)
