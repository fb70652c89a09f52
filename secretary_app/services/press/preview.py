"""A clipping for the triage pane: its text with the watch terms that matched marked, as HTML."""

from __future__ import annotations

import html
from dataclasses import dataclass

from secretary_app.domain.press_match import merge_spans
from secretary_app.services.press import clippings, watch
from secretary_app.store.engine import Store

PREVIEW_CHARS = 20_000  # the pane shows the start of a very long article


@dataclass(frozen=True)
class Preview:
    clipping_id: int
    title_html: str
    summary_html: str
    body_html: str
    url: str
    outlet: str
    author: str
    tone: str | None
    request_id: int | None
    draft_id: int | None


def marked(text: str, spans) -> str:
    """The text escaped, each span in ``<mark>``."""
    out, at = [], 0
    for a, b in merge_spans(spans):
        out.append(html.escape(text[at:a]))
        out.append(f'<span style="background:#ffe08a;font-weight:600">{html.escape(text[a:b])}</span>')
        at = b
    out.append(html.escape(text[at:]))
    return "".join(out).replace("\n", "<br>")


def preview(store: Store, clipping_id: int) -> Preview:
    clip = clippings.get_clipping(store, clipping_id)
    matcher = watch.matcher(store, clip.group_id)
    body = clip.body_text[:PREVIEW_CHARS]

    def part(text: str) -> str:
        return marked(text, [s for h in matcher.match(text) for s in h.spans])

    return Preview(clip.id, part(clip.title), part(clip.summary), part(body), clip.url, clip.outlet, clip.author,
                   clip.tone, clip.request_id, clip.draft_id)
