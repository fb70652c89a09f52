"""A leaving member's rights (GDPR art. 15, 17, 20): export everything about them, then erase it.

- ``export_member`` writes one ZIP with ``member.json`` (the member, their requests with
  time entries and guard events, their drafts with versions) and a short README.
- ``erase_member`` deletes the member, their requests, time entries, guard events, drafts and
  draft versions in one transaction, and leaves an ``audit_event`` with counts and the
  aggregated minutes per month and task type (no names, no text). Afterwards the full-text
  indexes are optimised (so deleted words leave the index pages), ``secure_delete`` has zeroed
  the freed pages, and a WAL checkpoint (TRUNCATE) empties the WAL: the text is gone from the
  database file. Files exported earlier (reports) are not touched; backups age out (README).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import select

from secretary_app import __version__
from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.errors import AppError, NotFoundError
from secretary_app.domain.dates import utc_now
from secretary_app.services.lookup import get_or_not_found
from secretary_app.store.engine import Store
from secretary_app.store.models import (
    AuditEvent, Draft, DraftVersion, GuardEvent, Member, PartyGroup, Request, TaskType, TimeEntry,
)

EXPORT_FORMAT = "secretary-app/member-export/1"


def _row(obj: Any) -> dict[str, Any]:
    out = {}
    for key, value in obj.model_dump().items():
        if isinstance(value, (dt.date, dt.datetime, dt.time)):
            value = value.isoformat()
        out[key] = value
    return out



def member_data(store: Store, member_id: int) -> dict[str, Any]:
    """Everything the store holds about one member, as JSON-ready data."""
    with store.session() as s:
        member = get_or_not_found(s, Member, member_id)
        group = s.get(PartyGroup, member.group_id)
        requests = list(s.exec(select(Request).where(Request.member_id == member_id).order_by(Request.id)))
        req_ids = [r.id for r in requests]
        types = {t.id: t.code for t in s.exec(select(TaskType).where(TaskType.group_id == member.group_id))}
        entries: dict[int, list] = defaultdict(list)
        events: dict[int, list] = defaultdict(list)
        if req_ids:
            for e in s.exec(select(TimeEntry).where(TimeEntry.request_id.in_(req_ids)).order_by(TimeEntry.id)):
                entries[e.request_id].append(_row(e))
            for g in s.exec(select(GuardEvent).where(GuardEvent.request_id.in_(req_ids)).order_by(GuardEvent.id)):
                events[g.request_id].append(_row(g))
        drafts = list(s.exec(select(Draft).where(Draft.member_id == member_id).order_by(Draft.id)))
        versions: dict[int, list] = defaultdict(list)
        if drafts:
            for v in s.exec(select(DraftVersion).where(DraftVersion.draft_id.in_([d.id for d in drafts]))
                            .order_by(DraftVersion.id)):
                versions[v.draft_id].append(_row(v))
        return {
            "format": EXPORT_FORMAT,
            "exported_at": utc_now().isoformat(timespec="seconds") + "Z",
            "app_version": __version__,
            "group": {"id": group.id, "name": group.name, "list_letter": group.list_letter} if group else None,
            "member": _row(member),
            "requests": [dict(_row(r), task_type=types.get(r.task_type_id), time_entries=entries[r.id],
                              guard_events=events[r.id]) for r in requests],
            "drafts": [dict(_row(d), versions=versions[d.id]) for d in drafts],
            "mails": _mail_rows(s, req_ids),
        }


def _mail_rows(s, req_ids: list[int]) -> list[dict[str, Any]]:
    from secretary_app.store.models import MailAttachment, MailMessage

    if not req_ids:
        return []
    rows = list(s.exec(select(MailMessage).where(MailMessage.request_id.in_(req_ids)).order_by(MailMessage.id)))
    atts: dict[int, list] = defaultdict(list)
    for a in s.exec(select(MailAttachment).where(MailAttachment.request_id.in_(req_ids)).order_by(MailAttachment.id)):
        atts[a.mail_id].append(_row(a))
    return [dict(_row(m), attachments=atts[m.id]) for m in rows]


README = """Dataudtræk fra Medlemssekretær / data export from Medlemssekretær

member.json indeholder alle data, programmet har om medlemmet: stamdata, opgaver med
tidsregistreringer og vagtens vurderinger, samt udkast med versioner. Tider er UTC.

member.json holds all data the app keeps about the member: details, requests with time
entries and guard verdicts, and drafts with their versions. Times are UTC.
"""


def export_member(store: Store, member_id: int, out: Path | str) -> Path:
    """Write ``out`` (a ZIP with member.json and README.txt) via a temporary file, 0600."""
    from secretary_app.exports.atomic import atomic_output

    data = member_data(store, member_id)
    payload = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    with atomic_output(Path(out)) as tmp:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("member.json", payload)
            zf.writestr("README.txt", README)
    return Path(out)


@dataclass(frozen=True)
class ErasureResult:
    member_id: int
    group_id: int
    requests: int
    time_entries: int
    minutes: int
    guard_events: int
    drafts: int
    draft_versions: int
    audit_id: int

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


SCRUB_MARKER = ".pending-scrub"  # in the data folder: an erase whose scrub has not finished


def _marker(store: Store) -> Path:
    return Path(store.path).absolute().parent / SCRUB_MARKER


def _check_free_space(store: Store) -> None:
    """VACUUM writes the whole database again (into the WAL): refuse before deleting anything."""
    import shutil

    db = Path(store.path)
    size = sum(p.stat().st_size for p in (db, db.with_name(db.name + "-wal")) if p.exists())
    need = 2 * size + 8_000_000
    free = shutil.disk_usage(db.parent).free
    if free < need:
        raise ScrubError(
            f"Der er for lidt plads på disken til at slette medlemmet sikkert ({free // 1_000_000} MB fri, "
            f"{need // 1_000_000} MB nødvendig). Intet er slettet; frigør plads, og prøv igen.",
            f"There is too little free disk space to erase the member safely ({free // 1_000_000} MB free, "
            f"{need // 1_000_000} MB needed). Nothing was erased; free some space and try again.")


class ScrubError(AppError):
    """The erase could not (yet) make the text unrecoverable from the file."""


def _write_marker(store: Store) -> None:
    from secretary_app.store import files

    marker = _marker(store)
    files.refuse_symlink(marker)
    files.create_private(marker)
    with open(marker, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"since": utc_now().isoformat(timespec="seconds") + "Z"}) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    files.fsync_dir(marker.parent)


def pending_scrub(store_or_db: Store | Path) -> bool:
    db = Path(store_or_db.path if isinstance(store_or_db, Store) else store_or_db).absolute()
    return (db.parent / SCRUB_MARKER).exists()


@changes(Kind.NONE)  # rewrites the file, not rows: nothing on screen changes
def finish_pending_scrub(store: Store) -> bool:
    """Finish the scrub of an erase a crash or a full disk interrupted; True if one ran."""
    if store.readonly or not pending_scrub(store):
        return False
    _scrub_or_explain(store)
    return True


def _scrub_or_explain(store: Store) -> None:
    from secretary_app.store import files

    try:
        scrub(store)
    except Exception as exc:  # noqa: BLE001 - the marker stays; the next start or doctor tries again
        raise ScrubError(
            "Medlemmet er slettet, men den slettede tekst kunne endnu ikke fjernes helt fra databasefilen "
            f"({type(exc).__name__}: {getattr(exc, 'orig', exc)}). Det gøres færdigt ved næste start eller "
            "med `secretary-app doctor`; frigør evt. plads på disken.",
            "The member is erased, but the erased text could not yet be removed completely from the database "
            f"file ({type(exc).__name__}: {getattr(exc, 'orig', exc)}). It is finished on the next start or "
            "by `secretary-app doctor`; free some disk space if needed.") from None
    files.unlink(_marker(store))
    files.fsync_dir(_marker(store).parent)


@changes(Kind.MEMBERS | Kind.REQUESTS | Kind.TIME_ENTRIES | Kind.GUARD_EVENTS | Kind.DRAFTS)
def erase_member(store: Store, member_id: int) -> ErasureResult:
    """Erase the member and all their work in one transaction; then scrub the file.

    A marker file records the pending scrub durably before the commit, so a kill or a full disk
    after the commit still ends scrubbed: on the next start, or from `doctor`."""
    with store.session() as s:
        get_or_not_found(s, Member, member_id)
    _check_free_space(store)
    with store.session() as s:
        member = get_or_not_found(s, Member, member_id)
        group_id = member.group_id
        requests = list(s.exec(select(Request).where(Request.member_id == member_id)))
        req_ids = [r.id for r in requests]
        types = {t.id: t.code for t in s.exec(select(TaskType).where(TaskType.group_id == group_id))}
        type_of = {r.id: types.get(r.task_type_id, "?") for r in requests}
        entries = list(s.exec(select(TimeEntry).where(TimeEntry.request_id.in_(req_ids)))) if req_ids else []
        guard = list(s.exec(select(GuardEvent).where(GuardEvent.request_id.in_(req_ids)))) if req_ids else []
        drafts = list(s.exec(select(Draft).where(Draft.member_id == member_id)))
        versions = (list(s.exec(select(DraftVersion).where(DraftVersion.draft_id.in_([d.id for d in drafts]))))
                    if drafts else [])
        guard += _draft_guard_events(s, drafts, {g.id for g in guard})
        # Aggregated time stays countable (month x task type), without names or text.
        minutes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for e in entries:
            minutes[e.work_date.strftime("%Y-%m")][type_of[e.request_id]] += e.minutes
        summary = {
            "member_id": member_id, "requests": len(requests), "time_entries": len(entries),
            "minutes": sum(e.minutes for e in entries), "guard_events": len(guard),
            "drafts": len(drafts), "draft_versions": len(versions),
            "minutes_by_month_and_type": {m: dict(v) for m, v in sorted(minutes.items())},
        }
        for obj in (*versions, *guard, *entries):
            s.delete(obj)
        s.flush()
        for obj in (*drafts, *requests):
            s.delete(obj)
        s.flush()
        s.delete(member)
        audit = AuditEvent(kind="member_erased", group_id=group_id,
                           summary_json=json.dumps(summary, ensure_ascii=False, sort_keys=True))
        s.add(audit)
        s.flush()
        audit_id = audit.id
        _write_marker(store)
    from secretary_app.services.mail_intake import sweep_orphans

    sweep_orphans(store)  # the erased requests' mail files and attachments in the data folder
    _scrub_or_explain(store)
    return ErasureResult(member_id, group_id, summary["requests"], summary["time_entries"], summary["minutes"],
                         summary["guard_events"], summary["drafts"], summary["draft_versions"], audit_id)


def _draft_guard_events(s, drafts: list[Draft], seen: set[int]) -> list[GuardEvent]:
    """Checks of drafts with no request (on export) quote the draft's sentence: they go too."""
    found = []
    for d in drafts:
        marker = f'"draft_id": {int(d.id)},'  # as services/guard_documents.py writes it
        for g in s.exec(select(GuardEvent).where(GuardEvent.reasons_json.contains(marker))):
            if g.id not in seen:
                seen.add(g.id)
                found.append(g)
    return found


@changes(Kind.NONE)  # rewrites the file, not rows: nothing on screen changes
def scrub(store: Store) -> None:
    """Make deleted text unrecoverable from the database file and its WAL."""
    from secretary_app.store import files

    files.fault_point("scrub")
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        cur = raw.cursor()
        cur.execute("PRAGMA secure_delete=ON")
        for table in ("request_fts", "draft_fts"):
            try:
                cur.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
            except Exception:  # noqa: BLE001 - a store without that index
                pass
        files.fault_point("vacuum")
        cur.execute("VACUUM")
        files.fault_point("wal checkpoint")  # rewrites every page: nothing of the old rows survives
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cur.close()


def audit_log(store: Store, group_id: int | None = None) -> list[dict[str, Any]]:
    with store.session() as s:
        q = select(AuditEvent).order_by(AuditEvent.id)
        if group_id is not None:
            q = q.where(AuditEvent.group_id == group_id)
        return [dict(_row(a), summary=json.loads(a.summary_json)) for a in s.exec(q)]
