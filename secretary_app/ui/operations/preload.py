"""Modules a job imports, to be imported on the UI thread before it starts (``with_preload``).

A first import allocates thousands of objects; on a worker thread that can start a garbage
collection there, which may free Qt objects owned by the UI thread (a segfault). The
collector is moved to the UI thread (``ui/gc_guard.py``); importing these here as well keeps
the worker's first export as fast as the next one.
"""

DRAFT_EXPORTS = ("docx", "lxml.etree", "secretary_app.exports.draft_docx", "secretary_app.exports.draft_text")
ACTIVITY_EXPORTS = ("openpyxl", "secretary_app.exports.activity_xlsx", "secretary_app.exports.activity_csv")
CALENDAR_EXPORTS = ("icalendar", "secretary_app.exports.calendar_ics")
PDF_READING = ("pypdf",)
