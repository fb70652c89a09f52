"""Requests (tasks) from council members: intake, board moves, trash, time logging, search.

Every function takes the store first, validates its input and saves in one transaction,
so bad input raises a ValidationError naming the problem and nothing is half-saved.
The board reads its cards through ``board_cards`` (one query per board, no per-card
queries) and filters text through ``search_request_ids`` (SQLite FTS5 ``request_fts``).
"""

from __future__ import annotations

from secretary_app.services.requests.fields import (
    MAX_ESTIMATE_MINUTES, MAX_LOG_MINUTES, MAX_TAGS, TAG_MAX, NOTE_MAX, STATUS_CODES,
    CHANNEL_CODES, field_error, received_local_date, parse_date_field, check_year, clean_tags,
    clean_minutes,
)
from secretary_app.services.requests.validation import (
    closing_days_for_group, group_closing_days, column_end, validate_fields,
)
from secretary_app.services.requests.editing import (
    create_request, get_request, editable_fields, update_request, move_request,
    move_request_to_index, trash_request, restore_request, purge_request, restore_position,
)
from secretary_app.services.requests.time_log import (
    log_time, list_time_entries, delete_time_entry, total_minutes,
)
from secretary_app.services.requests.search import (
    list_requests, list_trash, trash_count, fts_query, search_request_ids, search_requests,
)
from secretary_app.services.requests.board import (
    Card, board_cards,
)
from secretary_app.services.requests.archive import (
    ArchivedRequest, list_archived, set_last_change,
)
from secretary_app.services.requests.as_json import (
    request_to_dict, requests_as_dicts, request_dict,
)
