"""Demo drafts: for the first members of every group a speech, a debate article, a press
release (sent to the members before the media), a member proposal, a question to the
administration, a request for access to case files and a memo; some linked to the member's
requests of the same kind, a few with named versions. All text is fictional. One
transaction for all of them (the FTS triggers index them as they go)."""

from __future__ import annotations

import datetime as dt
import html

from sqlmodel import select

from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.dates import COPENHAGEN, format_long
from secretary_app.domain.draft_html import html_to_text
from secretary_app.domain.draft_templates import DEFAULT_LIMITS
from secretary_app.services.drafts import template_html, template_values
from secretary_app.store.models import Draft, DraftVersion, Member, Request, TaskType

TOPICS = ("cykelstier på Amagerbrogade", "normeringen i daginstitutionerne", "klimaplanen 2035",
          "ældreplejen i Valby", "skolernes indeklima", "trafiksikkerhed ved skolerne",
          "hjemløseindsatsen", "grønne tage på kommunens bygninger")
# (kind, title pattern, task type whose request it answers)
PLAN = (
    ("speech", "Tale om {t}", "speech"),
    ("debate_article", "Debatindlæg: {t} kan ikke vente", "debate_press_release"),
    ("press_release", "Nyt udspil om {t}", "debate_press_release"),
    ("member_proposal", "{T}", "member_proposal"),
    ("inquiry", "Spørgsmål om {t}", "politician_question"),
    ("access_request", "Sagsindsigt: {t}", None),
    ("memo", "Baggrund om {t}", "research_memo"),
)
SPEECH = (
    "Tak, formand.",
    "I dag skal vi tage stilling til {t}, og det er en sag, som borgerne i vores by mærker hver eneste dag.",
    "Vi har lyttet til forældre, medarbejdere og lokaludvalgene. Budskabet er klart: "
    "det, vi gør i dag, er ikke godt nok.",
    "Derfor foreslår vi tre ting: en klar plan, en fast tidsramme og en årlig status til udvalget.",
    "Det koster penge. Men det koster mere at lade være, både for borgerne og for kommunens budget.",
    "Vi stemmer for indstillingen, og vi opfordrer de andre partier til at gøre det samme.",
    "Tak for ordet.",
)


def _speech_html(title: str, topic: str, values: dict) -> str:
    paras = "".join(f"<p>{html.escape(p.format(t=topic))}</p>" for p in SPEECH)
    return (f"<h1>{html.escape(title)}</h1><p><i>Tale ved {html.escape(values['medlem'])} "
            f"({html.escape(values['gruppe'])}), {html.escape(values['forsamling'])}, "
            f"{html.escape(values['dato'])}</i></p>{paras}"
            "<h2>Hvis der bliver spurgt</h2><ul><li>Finansiering: budgetreserven</li>"
            "<li>Tidsplan: første status efter et år</li></ul>")


@changes(Kind.STORE)
def seed(store, ctx) -> None:
    rng, today = ctx.rng, ctx.today
    drafts: list[Draft] = []
    versions: list[tuple[int, str, str]] = []  # index in drafts, name, old html
    with store.session() as s:
        for gid in ctx.group_ids:
            types = {t.id: t.code for t in s.exec(select(TaskType).where(TaskType.group_id == gid))}
            for mid in ctx.member_ids.get(gid, [])[:3]:
                member = s.get(Member, mid)
                reqs: dict[str, list[Request]] = {}
                for r in s.exec(select(Request).where(Request.member_id == mid, Request.deleted_at.is_(None))
                                .order_by(Request.received_at.desc())):
                    reqs.setdefault(types.get(r.task_type_id, ""), []).append(r)
                for n, (kind, pattern, code) in enumerate(PLAN):
                    if (mid + n) % 3 == 0 and kind in ("memo", "inquiry"):
                        continue  # not every member has every kind
                    topic = rng.choice(TOPICS)
                    title = pattern.format(t=topic, T=topic[0].upper() + topic[1:])
                    linked = reqs.get(code or "", [])
                    request = linked[0] if linked and rng.random() < 0.7 else None
                    day = today - dt.timedelta(days=rng.randint(0, 40))
                    values = template_values(s, member, title, request.id if request else None, None, day)
                    if kind == "access_request":
                        values["sag"] = f"SAG-2026-0{rng.randint(1000, 9999)} – {topic}"
                        values["borgmester"] = "Sofie Overgaard"
                    if kind == "speech":
                        body = _speech_html(title, topic, values)
                    else:
                        body = template_html(kind, values)
                    at = dt.datetime.combine(day, dt.time(rng.randint(8, 15), rng.randint(0, 59)))
                    secs, chars = DEFAULT_LIMITS.get(kind, (None, None))
                    d = Draft(group_id=gid, member_id=mid, request_id=request.id if request else None, kind=kind,
                              title=title, body=body, plain_text=html_to_text(body), limit_seconds=secs,
                              limit_chars=chars, created_at=at, updated_at=at)
                    if kind == "press_release" and day < today - dt.timedelta(days=3):
                        local = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(9, 0), tzinfo=COPENHAGEN)
                        sent = local.astimezone(dt.timezone.utc).replace(tzinfo=None)
                        d.sent_members_at, d.sent_media_at = sent, sent + dt.timedelta(minutes=30)
                    drafts.append(d)
                    if kind in ("speech", "member_proposal"):
                        versions.append((len(drafts) - 1, f"Første udkast – {format_long(day)}", body))
        s.add_all(drafts)
        s.flush()
        rows = [DraftVersion(draft_id=drafts[i].id, name=name, body=old, plain_text=html_to_text(old),
                             created_at=drafts[i].created_at) for i, name, old in versions]
        s.add_all(rows)
    ctx.counts["drafts"] = len(drafts)
    ctx.counts["draft_versions"] = len(versions)
