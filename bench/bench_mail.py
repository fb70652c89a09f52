"""Mail intake: importing 1,000 mails (realistic sizes, with attachments, a third of them
answers in threads) against copying the same files, measured in the same run.

Figures per mail:

* copy: ``shutil.copyfile`` of each file into a folder (the least any import must do);
* copy + fsync: the same with each copy flushed to disk (the import flushes every file it
  keeps, and SQLite commits with synchronous=FULL);
* read: parsing only (``domain.mail.read_mail``), no writes;
* import: ``services.mail_intake.import_mail_files``: read, split, thread lookup, guard,
  attachments and original written 0600, request and mail rows committed.

``BENCH_MAILS`` changes the count (default 1,000).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
COUNT = int(os.environ.get("BENCH_MAILS", "1000"))

SUBJECTS = ["Trafiktal for Skolevej", "Tale til indvielsen", "Notat om skolebusser", "Høring om lokalplan 412",
            "Spørgsmål til forvaltningen om ældrepleje", "Debatindlæg om cykelstier", "Møde med grundejerforeningen",
            "Budget 2027: anlægsønsker", "Klimaplanens delmål", "Parkering ved stationen"]
BODY = ("Hej Lise\n\nKan du hjælpe mig med {topic}? Jeg skal bruge det til udvalgsmødet på torsdag, "
        "og det vil være godt med tal fra de sidste fem år.\n\n{filler}\n\nMed venlig hilsen\n{name}\n"
        "Byrådsmedlem\nTlf. 20 30 40 50\n")
FILLER = "Borgerne har spurgt om sagen flere gange, og forvaltningen har lovet et svar. " * 12


def _size(rng: random.Random) -> int:
    return int(min(2_000_000, max(8_000, rng.lognormvariate(11.3, 1.0))))  # median about 80 kB


def make_mails(folder: Path, members, rng: random.Random) -> list[Path]:
    import mailkit

    files: list[Path] = []
    sent_ids: list[tuple[str, str]] = []
    start = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.timezone.utc)
    for i in range(COUNT):
        member = members[i % len(members)]
        when = start + dt.timedelta(minutes=17 * i)
        reply = sent_ids and rng.random() < 0.33
        if reply:
            parent_id, parent_subject = rng.choice(sent_ids[-50:])
            subject = f"SV: {parent_subject}"
        else:
            parent_id, subject = None, f"{rng.choice(SUBJECTS)} ({i})"
        attachments = [(f"Bilag {i}-{k} æøå.pdf", "application/pdf", os.urandom(_size(rng)))
                       for k in range(rng.choice((0, 0, 1, 1, 1, 2, 3)))]
        body = BODY.format(topic=subject.lower(), filler=FILLER, name=member.name)
        mid = f"<bench{i}@kk-demo.dk>"
        if i % 10 < 3:
            tree = mailkit.simple_msg(subject=subject, body=body, sender=(member.name, member.email), sent=when,
                                      attachments=attachments,
                                      extra=[(0x1035, mailkit.PT_UNICODE, mid)] +
                                            ([(0x1042, mailkit.PT_UNICODE, parent_id)] if parent_id else []))
            try:
                data = mailkit.ole_bytes(tree)
            except ValueError:  # the test writer has no DIFAT: keep .msg files under 7 MB
                tree = mailkit.simple_msg(subject=subject, body=body, sender=(member.name, member.email), sent=when)
                data = mailkit.ole_bytes(tree)
            path = folder / f"{i:04d}.msg"
        else:
            data = mailkit.danish_mail(sender=(member.name, member.email), subject=subject, body=body, sent=when,
                                       message_id=mid, in_reply_to=parent_id,
                                       references=[parent_id] if parent_id else None, attachments=attachments)
            path = folder / f"{i:04d}.eml"
        path.write_bytes(data)
        files.append(path)
        if not reply:
            sent_ids.append((mid, subject))
    return files


def main() -> None:
    from secretary_app import paths

    rng = random.Random(14)
    with tempfile.TemporaryDirectory(prefix="bench-mail-") as tmp:
        tmp = Path(tmp)
        paths.set_data_dir(tmp / "data")
        paths.make_private_dir(tmp / "data")
        from secretary_app.services import groups, mail_intake
        from secretary_app.services.opening import open_store

        store = open_store()
        group = groups.create_group(store, "Benchpartiet", "B")
        members = [groups.create_member(store, group.id, groups.MemberInput(
            name=f"Medlem {n}", email=f"medlem{n}@kk-demo.dk")) for n in range(12)]
        src = tmp / "inbox"
        src.mkdir()
        t0 = time.perf_counter()
        files = make_mails(src, members, rng)
        made = time.perf_counter() - t0
        total_bytes = sum(f.stat().st_size for f in files)

        copy_dir = tmp / "copy"
        copy_dir.mkdir()
        t0 = time.perf_counter()
        for f in files:
            shutil.copyfile(f, copy_dir / f.name)
        copy = time.perf_counter() - t0

        sync_dir = tmp / "copy-sync"
        sync_dir.mkdir()
        t0 = time.perf_counter()
        for f in files:
            shutil.copyfile(f, sync_dir / f.name)
            with open(sync_dir / f.name, "rb+") as fh:
                os.fsync(fh.fileno())
        copy_sync = time.perf_counter() - t0

        from secretary_app.domain.mail import read_mail

        t0 = time.perf_counter()
        for f in files:
            read_mail(f)
        read = time.perf_counter() - t0

        t0 = time.perf_counter()
        results = mail_intake.import_mail_files(store, group.id, files)
        imported = time.perf_counter() - t0
        store.close()

        actions = {a: sum(r.action == a for r in results) for a in ("created", "attached", "duplicate", "error")}
        per = lambda s: f"{s / len(files) * 1000:7.2f} ms"  # noqa: E731
        print(f"{len(files)} mails, {total_bytes / 1024 / 1024:.0f} MB ({made:.1f} s to generate); {actions}")
        print(f"copy            {per(copy)} per mail")
        print(f"copy + fsync    {per(copy_sync)} per mail")
        print(f"read only       {per(read)} per mail")
        print(f"import          {per(imported)} per mail  = {imported / copy:.1f}x copy, "
              f"{imported / copy_sync:.1f}x copy + fsync")


if __name__ == "__main__":
    main()
