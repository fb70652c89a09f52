"""Drafts (udkast): speeches, debate articles, press releases, proposals ... for one member.

The GUI editor autosaves through ``save_body`` (one short UPDATE; the FTS5 triggers keep
``draft_fts`` in step), the CLI lists and exports. Named versions are snapshots in
``draft_version``; restoring one first snapshots the current text, so nothing is lost.
No Qt here: the PDF exporter (which needs Qt) is imported only when a PDF is asked for.
"""

from __future__ import annotations

from secretary_app.services.drafts.checks import (
    KIND_CODES, PLAIN_MAX, BODY_MAX, VERSION_NAME_MAX, MAX_LIMIT_SECONDS, MAX_LIMIT_CHARS,
    strip_control_chars, check_body, clean_kind, clean_limit, clean_links,
)
from secretary_app.services.drafts.templates import (
    template_folder, template_values, template_html,
)
from secretary_app.services.drafts.editing import (
    create_draft, get_draft, save_body, EDITABLE, update_draft, trash_draft, restore_draft,
    purge_draft, member_wpm,
)
from secretary_app.services.drafts.press import (
    press_order_warning, set_sent_times,
)
from secretary_app.services.drafts.listing import (
    DraftRow, list_drafts, search_draft_ids, search_snippets, draft_dict, drafts_as_dicts,
)
from secretary_app.services.drafts.versions import (
    VersionRow, create_version, list_versions, get_version, restore_version, delete_version,
)
from secretary_app.services.drafts.exporting import (
    FORMATS, export_doc, check_format, export_draft,
)
