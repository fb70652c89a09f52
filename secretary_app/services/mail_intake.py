"""Requests straight from the inbox: a mail file becomes a prefilled request (or joins the
request it answers), with its attachments and the original file kept in the data folder.

``prepare`` reads and checks everything without writing; ``commit`` writes the files, then
the rows; on any error nothing of the mail stays behind (files removed, a request created
for it purged). The GUI shows a ``MailIntake`` in the request dialog before committing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from sqlmodel import select

from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.errors import AppError, ValidationError
from secretary_app.domain.mail import limits, read_mail
from secretary_app.domain.mail.model import MailMessage as Mail
from secretary_app.domain.mail.suggest import suggest_task_type
from secretary_app.domain.message_text import split_message
from secretary_app.domain.validation import NAME_MAX, TEXT_MAX
from secretary_app.services import mail_threads as threads
from secretary_app.services.mail_files import (Staging, display_name, finish_staging, mail_root, remove_dir,
                                                stale_staging)
from secretary_app.services.mail_render import as_eml_bytes
from secretary_app.store.engine import Store
from secretary_app.store.models import MailAttachment, MailMessage, Member, Request, TaskType

log = logging.getLogger(__name__)
ATTACHMENT_CAP = 25 * 1024 * 1024
NOT_REQUESTS = {"contact": ("et kontaktkort", "a contact card"),
                "distribution_list": ("en kontaktgruppe", "a distribution list"),
                "report": ("en leverings- eller læsekvittering", "a delivery or read report"),
                "meeting_response": ("et svar på en mødeindkaldelse", "a reply to a meeting request"),
                "meeting_cancellation": ("en aflysning af et møde", "a meeting cancellation"),
                "journal": ("en journalpost", "a journal entry")}
MEETING_KINDS = {"meeting_request", "appointment"}


def read_mail_file(path: str | Path) -> Mail:
    """Read a mail file; every failure becomes a message naming the problem."""
    try:
        return read_mail(path)
    except AppError:
        raise
    except (MemoryError, RecursionError) as exc:
        raise limits.too_deep() from exc
    except Exception as exc:  # a hostile file must never reach the user as a traceback
        log.warning("mail file could not be read: %s", type(exc).__name__)
        raise limits.damaged("mailfil", "mail file") from exc


@dataclass
class MailIntake:
    """Everything the request dialog prefills from one mail, read but not yet saved."""

    path: Path
    mail: Mail
    sha256: str
    member_id: int | None
    title: str
    description: str
    new_text: str
    received_at: dt.datetime
    type_code: str | None
    guard_verdict: str | None = None
    thread_request_id: int | None = None
    duplicate_request_id: int | None = None

    @property
    def sender_address(self) -> str:
        return self.mail.sender.address

    @property
    def is_meeting(self) -> bool:
        return self.mail.kind in MEETING_KINDS


@dataclass
class ImportResult:
    file: str
    action: str  # created | attached | duplicate | meeting | error | skipped
    request_id: int | None = None
    meeting_id: int | None = None
    title: str = ""
    attachments: int = 0
    error: AppError | None = None
    member_id: int | None = None
    path: str = ""

    @property
    def ok(self) -> bool:
        return self.action not in ("error", "skipped")

    def to_json(self, lang: str = "da") -> dict:
        out = {"file": self.file, "action": self.action, "request_id": self.request_id,
               "title": self.title, "attachments": self.attachments, "member_id": self.member_id}
        if self.meeting_id is not None:
            out["meeting_id"] = self.meeting_id
        if self.error is not None:
            out["error"] = self.error.message(lang)
        return out


def _checked_attachments(mail: Mail) -> list[tuple[str, str, bytes, bool]]:
    out = []
    for att in mail.attachments:
        data = att.data if att.message is None or att.data else as_eml_bytes(att.message)
        name = display_name(att.name if att.message is None or att.data else _eml_name(att.name)) or "bilag"
        if len(data) > ATTACHMENT_CAP:
            raise ValidationError(
                f"Bilaget »{name[:80]}« fylder {len(data) / 1024**2:.0f} MB; højst "
                f"{ATTACHMENT_CAP // 1024**2} MB pr. bilag gemmes. Gem det for sig selv.",
                f"The attachment '{name[:80]}' is {len(data) / 1024**2:.0f} MB; at most "
                f"{ATTACHMENT_CAP // 1024**2} MB per attachment is stored. Save it separately.")
        out.append((name, att.content_type, data, att.inline))
    return out


def _eml_name(name: str) -> str:
    stem = name[:-4] if name.lower().endswith((".msg", ".eml")) else name
    return f"{stem}.eml"


def _type_codes(store: Store, group_id: int) -> list[str]:
    with store.session() as s:
        rows = s.exec(select(TaskType).where(TaskType.group_id == group_id, TaskType.active.is_(True))
                      .order_by(TaskType.position, TaskType.id))
        return [t.code for t in rows]


def prepare(store: Store, group_id: int, path: str | Path, member_id: int | None = None,
            mail: Mail | None = None) -> MailIntake:
    """Read the mail (unless given) and work out the prefill; writes nothing."""
    path = Path(path)
    mail = mail if mail is not None else read_mail_file(path)
    if mail.kind in NOT_REQUESTS:
        da, en = NOT_REQUESTS[mail.kind]
        raise ValidationError(f"{path.name} er {da} fra Outlook, ikke en mail; den bliver ikke til en opgave.",
                              f"{path.name} is {en} from Outlook, not a mail; it does not become a request.")
    _checked_attachments(mail)
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    parts = split_message(mail.text, subject=mail.subject)
    new_text = parts.to_handle
    duplicate = threads.find_duplicate(store, group_id, mail, sha)
    if member_id is None:
        member = threads.find_member_by_address(store, group_id, mail.sender.address)
        member_id = member.id if member else None
    thread = None if duplicate else threads.find_thread(store, group_id, mail, member_id)
    if thread is not None and member_id is None:
        with store.session() as s:
            member_id = s.get(Request, thread).member_id
    title = (mail.topic or mail.subject or path.stem).strip()[:NAME_MAX] or path.stem[:NAME_MAX]
    received = mail.received or mail.sent or dt.datetime.now(dt.timezone.utc)
    code = suggest_task_type(f"{title}\n{new_text}", _type_codes(store, group_id))
    from secretary_app.services import guard

    verdict = guard.check_request(title, new_text, code).verdict
    return MailIntake(path=path, mail=mail, sha256=sha, member_id=member_id, title=title,
                      description=(new_text or mail.text)[:TEXT_MAX], new_text=new_text,
                      received_at=received, type_code=code, guard_verdict=verdict,
                      thread_request_id=thread,
                      duplicate_request_id=duplicate.request_id if duplicate else None)


@changes(Kind.REQUESTS | Kind.MAIL | Kind.MEETINGS | Kind.GUARD_EVENTS | Kind.MEMBERS)
def commit(store: Store, group_id: int, intake: MailIntake, *, member_id: int | None = None,
           type_code: str | None = None, title: str | None = None, description: str | None = None,
           remember_address: bool = False, attach_to: int | None = -1,
           request_fields: dict | None = None) -> ImportResult:
    """Save one prepared mail: a new request, or a mail added to the request it continues.

    ``attach_to`` is the request to add the mail to (default: the thread found, if any;
    None forces a new request). ``request_fields`` are further fields of a new request as
    the dialog set them (due date, priority, tags, status ...)."""
    from secretary_app.services import guard, meetings
    from secretary_app.services import requests as svc

    name = intake.path.name
    if intake.duplicate_request_id is not None:
        return ImportResult(name, "duplicate", request_id=intake.duplicate_request_id, title=intake.title,
                            path=str(intake.path))
    member_id = member_id if member_id is not None else intake.member_id
    if intake.is_meeting:
        return _commit_meeting(store, group_id, intake, meetings)
    target = intake.thread_request_id if attach_to == -1 else attach_to
    if target is None and member_id is None:
        raise ValidationError(
            f"Afsenderen af {name} ({intake.sender_address or 'ukendt'}) er ikke et kendt medlem; vælg medlemmet.",
            f"The sender of {name} ({intake.sender_address or 'unknown'}) is not a known member; choose the member.",
            field="member")
    recover_staging(store)
    staging = Staging()
    created: int | None = None
    try:
        original = staging.add(name, intake.path.read_bytes())
        stored = [(staging.add(n, data), n, ctype, inline, len(data))
                  for n, ctype, data, inline in _checked_attachments(intake.mail)]
        # The files stay in staging until the rows point at them: a crash anywhere in between
        # leaves a staging folder that the next intake rolls back or forward.
        if target is None:
            fields = {"channel": "email", "received_at": intake.received_at, **(request_fields or {})}
            req = svc.create_request(
                store, group_id, member_id, type_code or intake.type_code, title or intake.title,
                description=intake.description if description is None else description, **fields)
            created = target = req.id
            staging.note_request(created)
        _save_rows(store, group_id, target, intake, staging.relative_dir, original, stored)
        staging.commit()
        if created is not None:
            guard.record_check(store, group_id, created, guard.check_request(
                title or intake.title, intake.new_text, type_code or intake.type_code))
        if remember_address and member_id is not None and intake.sender_address:
            threads.remember_address(store, member_id, intake.sender_address)
    except BaseException:
        if created is not None:
            svc.purge_request(store, created)
        staging.discard()
        raise
    return ImportResult(name, "created" if created else "attached", request_id=target,
                        title=title or intake.title, attachments=len(stored), member_id=member_id,
                        path=str(intake.path))


def _save_rows(store, group_id, request_id, intake: MailIntake, stored_dir, original, stored) -> None:
    mail = intake.mail
    sent = mail.sent.astimezone(dt.timezone.utc).replace(tzinfo=None) if mail.sent else None
    with store.session() as s:
        row = MailMessage(
            group_id=group_id, request_id=request_id, direction="in", message_id=mail.message_id[:998],
            in_reply_to=mail.in_reply_to[:998], references_json=json.dumps(mail.references[-50:]),
            conversation_key=threads.conversation_key(mail.conversation_index),
            topic=threads.topic_of(mail.subject)[:NAME_MAX], subject=mail.subject[:998],
            sender_name=mail.sender.name[:NAME_MAX], sender_address=mail.sender.address[:320],
            sent_at=sent, body_text=mail.text[:TEXT_MAX * 5], new_text=intake.new_text[:TEXT_MAX],
            original_name=original, original_sha256=intake.sha256, stored_dir=stored_dir)
        s.add(row)
        s.flush()
        for stored_name, name, ctype, inline, size in stored:
            s.add(MailAttachment(mail_id=row.id, request_id=request_id, name=name[:NAME_MAX],
                                 content_type=ctype[:200], size=size, stored_name=stored_name, inline=inline))
        req = s.get(Request, request_id)
        if req is not None:
            req.updated_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
            s.add(req)


def _commit_meeting(store, group_id, intake: MailIntake, meetings) -> ImportResult:
    info = intake.mail.meeting
    start = info.start if info else None
    if start is None:
        raise ValidationError(f"Mødeindkaldelsen {intake.path.name} har intet tidspunkt.",
                              f"The meeting request {intake.path.name} has no time.")
    end = info.end if info and info.end and info.end.date() == start.date() else None
    meeting = meetings.create_meeting(
        store, group_id, start.date(), body_kind="other", title=intake.title,
        start_time=start.time().replace(second=0, microsecond=0),
        end_time=end.time().replace(second=0, microsecond=0) if end else None,
        place=(info.location if info else "")[:NAME_MAX], notes=intake.new_text[:TEXT_MAX], source="mail")
    return ImportResult(intake.path.name, "meeting", meeting_id=meeting.id, title=intake.title)


@changes(Kind.REQUESTS | Kind.MAIL | Kind.MEETINGS | Kind.GUARD_EVENTS | Kind.MEMBERS)
def import_mail(store: Store, group_id: int, path: str | Path, *, member_id: int | None = None,
                mail: Mail | None = None) -> ImportResult:
    try:
        intake = prepare(store, group_id, path, member_id, mail=mail)
        return commit(store, group_id, intake, member_id=member_id)
    except AppError as exc:
        return ImportResult(Path(path).name, "error", error=exc, path=str(path))


@changes(Kind.REQUESTS | Kind.MAIL | Kind.MEETINGS | Kind.GUARD_EVENTS | Kind.MEMBERS)
def import_mail_files(store: Store, group_id: int, files: Iterable[str | Path], *, member_id: int | None = None,
                      progress: Callable[[int, int], bool | None] | None = None) -> list[ImportResult]:
    """Import many files, oldest mail first, so that a thread's answers join its first mail.

    Results come back in the order the files were given. ``progress(done, total)`` returning
    False stops after the mail just finished; the rest are reported as ``skipped``."""
    files = [Path(f) for f in files]
    read: list[tuple[int, Path, Mail | None, AppError | None]] = []
    for i, path in enumerate(files):
        try:
            read.append((i, path, read_mail_file(path), None))
        except AppError as exc:
            read.append((i, path, None, exc))
    far_future = dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    order = sorted(read, key=lambda r: (r[2].sent or far_future) if r[2] else far_future)
    results: dict[int, ImportResult] = {}
    for done, (i, path, mail, error) in enumerate(order, start=1):
        if error is not None:
            results[i] = ImportResult(path.name, "error", error=error, path=str(path))
        else:
            results[i] = import_mail(store, group_id, path, member_id=member_id, mail=mail)
        if progress and progress(done, len(files)) is False:
            break
    return [results.get(i) or ImportResult(files[i].name, "skipped", path=str(files[i])) for i in range(len(files))]


STALE_STAGING_SECONDS = 600


def recover_staging(store: Store, min_age_seconds: float = STALE_STAGING_SECONDS) -> int:
    """Finish or undo intakes a crash (kill, power cut) stopped half-way: a staging folder whose
    rows were saved is moved into place; one whose rows were not is removed, with the request
    it had just created. Returns how many folders were dealt with."""
    from secretary_app.services import requests as svc

    done = 0
    for key, folder, noted in stale_staging(min_age_seconds):
        with store.session() as s:
            saved = s.exec(select(MailMessage.id).where(MailMessage.stored_dir == f"mail/{key}")).first()
            orphan = noted is not None and s.get(Request, noted) is not None and s.exec(
                select(MailMessage.id).where(MailMessage.request_id == noted)).first() is None
        if saved is not None:
            finish_staging(key)
        else:
            if orphan:
                svc.purge_request(store, noted)
            shutil.rmtree(folder, ignore_errors=True)
        done += 1
    return done


def sweep_orphans(store: Store) -> int:
    """Remove mail folders no row points at (left by a crash, or by an erased member)."""
    root = mail_root()
    with store.session() as s:
        used = set(s.exec(select(MailMessage.stored_dir)).all())
    removed = 0
    for child in root.iterdir():
        rel = f"mail/{child.name}"
        if child.is_dir() and rel not in used:
            remove_dir(rel)
            removed += 1
    return removed
