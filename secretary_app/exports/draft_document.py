"""A draft as the DOCX, PDF, text and Markdown writers take it: plain data, no store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class ExportDoc:
    """Everything an exporter needs, read in one transaction."""

    id: int
    title: str
    kind: str
    kind_label: str
    member_name: str
    group_name: str
    body: str
    body_format: str
    plain_text: str
    updated_at: dt.datetime
