"""What a clipping can start: a debate article (a draft) or a question to the administration
(a request), linked both ways so the clipping shows what came of it."""

from __future__ import annotations

import html

from secretary_app.domain.changes import Kind, changes
from secretary_app.services import drafts, requests
from secretary_app.services.press import clippings
from secretary_app.store.engine import Store


def _reference(clip) -> str:
    bits = [clip.outlet, clip.url]
    return " – ".join(b for b in bits if b)


@changes(Kind.DRAFTS | Kind.CLIPPINGS)
def start_draft(store: Store, clipping_id: int, member_id: int, kind: str = "debate_article"):
    clip = clippings.get_clipping(store, clipping_id)
    body = (f"<h1>{html.escape(clip.title)}</h1><p><i>Svar på: {html.escape(_reference(clip))}</i></p>"
            f"<p>{html.escape(clip.summary)}</p><p></p>")
    draft = drafts.create_draft(store, clip.group_id, member_id, kind, f"Debatindlæg: {clip.title}"[:200],
                                body=body)
    clippings.link(store, clipping_id, draft_id=draft.id)
    return draft


@changes(Kind.REQUESTS | Kind.CLIPPINGS)
def start_question(store: Store, clipping_id: int, member_id: int):
    clip = clippings.get_clipping(store, clipping_id)
    req = requests.create_request(
        store, clip.group_id, member_id, "politician_question", f"Spørgsmål om: {clip.title}"[:200],
        description=f"Udløst af presseklip: {clip.title}\n{_reference(clip)}\n\n{clip.summary}"[:5000],
        channel="other")
    clippings.link(store, clipping_id, request_id=req.id)
    return req
