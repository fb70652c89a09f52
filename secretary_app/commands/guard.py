"""`secretary-app guard check`: the party-political guard for tools outside the app.

Contract: ``guard check --jsonl FILE`` (FILE ``-`` = stdin) reads JSON lines with
``id`` and ``text`` (optional ``task_type``) and writes one line per input:
``{"id", "verdict", "reasons": [{"rule", "match", "explanation"}]}``. A malformed line gets
``{"id" or "line", "error"}`` and the rest are still processed; the exit code is then 1.
``guard check "free text"`` prints the same object (id null) for one text.
Explanations follow ``--lang`` (Danish by default). No Qt and no database: only the rule engine.
"""

from __future__ import annotations

import json
import os
import sys

EXIT_MALFORMED = 1


def register(reg) -> None:
    reg.GROUPS.setdefault("guard", "Partipolitisk vagt: tjek opgavetekster / party-political guard")
    p = reg.subcommand(
        "guard", "check",
        "Tjek en tekst eller JSON-linjer for partipolitisk arbejde eller private forhold / "
        "check text or JSON lines for party-political or private work", run_check)
    p.add_argument("text", nargs="?", help="teksten, der skal tjekkes (eller brug --jsonl)")
    p.add_argument("--jsonl", metavar="FILE",
                   help="JSON-linjer med id, text og evt. task_type; - betyder standard input")
    p.add_argument("--task-type", default=None, help="opgavetype for en fri tekst (valgfri)")


def run_check(args, ctx) -> int:
    from secretary_app.domain.errors import ValidationError

    if (args.jsonl is None) == (args.text is None):
        raise ValidationError("Angiv enten en tekst eller --jsonl FILE (ikke begge).",
                              "Give either a text or --jsonl FILE (not both).")
    import gc

    # The rules and the model live as long as the process: loaded without collections (they
    # make no garbage worth one) and then put out of the collector's sight (``_check_lines``),
    # so a collection walks only what the checks make and a forked worker leaves them shared.
    gc.disable()
    from secretary_app import paths
    from secretary_app.domain import guard

    paths.use_guard_cache()
    lang = ctx.lang
    if args.text is not None:
        ctx.out_json({"id": None} | guard.check(args.text, args.task_type).to_json(lang))
        return 0
    if args.jsonl == "-":
        return _check_lines(sys.stdin.buffer, lang)
    try:
        fh = open(args.jsonl, "rb")
    except OSError as exc:
        raise ValidationError(f"Kan ikke læse filen {args.jsonl}: {exc.strerror}.",
                              f"Cannot read the file {args.jsonl}: {exc.strerror}.") from exc
    with fh:
        return _check_lines(fh, lang)


def _error(line_no: int, id_value, da: str, en: str, lang: str) -> dict:
    out = {"id": id_value} if id_value is not None else {}
    out.update({"line": line_no, "error": en if lang == "en" else da})
    return out


def _check_lines(stream, lang: str) -> int:
    import gc

    from secretary_app.domain import guard

    book = guard.default_rulebook()
    gc.freeze()
    gc.enable()
    lines = _whole_file(stream)
    if lines is not None:
        workers = _workers(len(lines))
        if workers > 1:
            return _check_in_parallel(lines, workers, book, lang)
        stream = lines
    failed = _run(stream, 1, book, lang, sys.stdout.write)
    sys.stdout.flush()
    return EXIT_MALFORMED if failed else 0


def _run(lines, first_no: int, book, lang: str, write) -> bool:
    """Check each line and write its answer; True if a line was malformed."""
    dumps = json.dumps
    failed = False
    for line_no, raw in enumerate(lines, first_no):
        if not raw.strip():
            continue
        try:
            out = _check_object(json.loads(raw.decode("utf-8")), line_no, book, lang)
            if out.__class__ is str:  # the answer, already encoded
                write(out)
                continue
        except UnicodeDecodeError:
            out = _error(line_no, None, "Linjen er ikke gyldig UTF-8.", "The line is not valid UTF-8.", lang)
        except RecursionError:
            out = _error(line_no, None, "Linjen er for dybt indlejret til at læse.",
                         "The line is nested too deeply to read.", lang)
        except ValueError as exc:
            msg = getattr(exc, "msg", str(exc))
            out = _error(line_no, None, f"Linjen er ikke gyldig JSON ({msg}).",
                         f"The line is not valid JSON ({msg}).", lang)
        if "error" in out:
            failed = True
        write(dumps(out, ensure_ascii=False) + "\n")
    return failed


# A batch is split over the machine's cores when it is a file of at least this many lines and
# at most MAX_BATCH_BYTES (read whole); a pipe is read line by line, answered as it comes.
PARALLEL_LINES = 1000
MAX_BATCH_BYTES = 16 * 1024 * 1024  # the workers' answers are held in memory until their turn
MAX_WORKERS = 8
_DONE = "\x00done"  # a worker's last line: it finished (and whether a line was malformed)


def _whole_file(stream) -> list[bytes] | None:
    """The remaining lines of ``stream`` when it is a regular file small enough to read at
    once, else None (a pipe, a terminal, something huge)."""
    import stat

    try:
        st = os.fstat(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return None
    if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_BATCH_BYTES:
        return None
    data = stream.read()
    lines = data.split(b"\n")  # as iterating the file would give them (only \n ends a line)
    if lines and not lines[-1]:
        lines.pop()
    return lines


def _workers(n_lines: int) -> int:
    if not hasattr(os, "fork") or n_lines < PARALLEL_LINES:
        return 1
    wanted = os.environ.get("SECRETARY_APP_GUARD_WORKERS", "")
    if wanted.isdigit():
        return max(1, min(int(wanted), MAX_WORKERS))
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS, n_lines // (PARALLEL_LINES // 2)))


def _chunks(lines: list[bytes], k: int) -> list[tuple[int, list[bytes]]]:
    """``k`` runs of consecutive lines of about equal bytes, each with its first line number."""
    total = sum(map(len, lines)) + len(lines)
    out, start, size = [], 0, 0
    for i, line in enumerate(lines):
        size += len(line) + 1
        if size >= total * (len(out) + 1) / k and len(out) < k - 1:
            out.append((start + 1, lines[start:i + 1]))
            start = i + 1
    out.append((start + 1, lines[start:]))
    return out


def _check_in_parallel(lines: list[bytes], workers: int, book, lang: str) -> int:
    """The batch in ``workers`` processes forked from this one (the rules and the model are
    loaded once, shared copy-on-write); each answers a run of consecutive lines into a pipe and
    this process writes the answers in input order. A worker that fails has its run checked
    here again, so the output is always the one a single process gives."""
    import threading

    chunks = _chunks(lines, workers)
    sys.stdout.flush()
    children: list[tuple[int, int]] = []
    try:
        for first_no, chunk in chunks[1:]:
            r, w = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker: never returns
                os.close(r)
                code = 70
                try:
                    with open(w, "w", encoding="utf-8", closefd=True) as out:
                        failed = _run(chunk, first_no, book, lang, out.write)
                        out.write(f"{_DONE} {int(failed)}\n")
                    code = 0
                finally:
                    os._exit(code)
            os.close(w)
            children.append((pid, r))
        received: list[list[bytes]] = [[] for _ in children]

        def drain(fd: int, into: list[bytes]) -> None:
            with open(fd, "rb", closefd=True) as fh:
                while True:
                    block = fh.read1(1 << 16)
                    if not block:
                        return
                    into.append(block)

        threads = [threading.Thread(target=drain, args=(fd, into), daemon=True)
                   for (_, fd), into in zip(children, received)]
        for t in threads:
            t.start()
        failed = _run(chunks[0][1], chunks[0][0], book, lang, sys.stdout.write)
        for (pid, _), t, into, (first_no, chunk) in zip(children, threads, received, chunks[1:]):
            t.join()
            _, status = os.waitpid(pid, 0)
            text = b"".join(into).decode("utf-8", errors="replace")
            body, _, last = text.rstrip("\n").rpartition("\n")
            if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 and last.startswith(_DONE):
                if body:
                    sys.stdout.write(body + "\n")
                failed = last.endswith(" 1") or failed
            else:
                failed = _run(chunk, first_no, book, lang, sys.stdout.write) or failed
        children = []
    finally:
        for pid, _ in children:  # stopped early (a closed stdout): no worker is left behind
            try:
                os.kill(pid, 15)
                os.waitpid(pid, 0)
            except OSError:
                pass
    sys.stdout.flush()
    return EXIT_MALFORMED if failed else 0


def _check_object(obj, line_no: int, book, lang: str) -> dict:
    if not isinstance(obj, dict):
        return _error(line_no, None, "Linjen skal være et JSON-objekt med id og text.",
                      "The line must be a JSON object with id and text.", lang)
    id_value = obj.get("id")
    if id_value is None or isinstance(id_value, (dict, list)):
        return _error(line_no, None, "Linjen mangler et id (tal eller tekst).",
                      "The line has no id (a number or a string).", lang)
    text = obj.get("text")
    if not isinstance(text, str):
        return _error(line_no, id_value, "Feltet text mangler eller er ikke en tekst.",
                      "The field text is missing or not a string.", lang)
    task_type = obj.get("task_type")
    if task_type is not None and not isinstance(task_type, str):
        return _error(line_no, id_value, "Feltet task_type skal være en tekst.",
                      "The field task_type must be a string.", lang)
    return _encoded(book.check(text, task_type), id_value, lang)


_QUOTE = json.encoder.encode_basestring  # what json.dumps(..., ensure_ascii=False) quotes with
_EXPLAINED: dict[str, str] = {}  # an explanation -> the same, quoted (most are a rule's own)


def _encoded(result, id_value, lang: str) -> str:
    """The answer's line, byte for byte what ``json.dumps(result.to_json(lang, id=id_value),
    ensure_ascii=False)`` writes (tests/unit/test_guard_cli.py), without building the dicts
    first: an explanation, a few hundred characters, is quoted once, not once per answer."""
    if id_value.__class__ is str:
        head = '{"id": ' + _QUOTE(id_value)
    elif id_value.__class__ is int:
        head = '{"id": ' + int.__repr__(id_value)
    else:  # a float, a bool: as json writes them
        head = '{"id": ' + json.dumps(id_value)
    parts = []
    for r in result.reasons:
        text = r.explanation_en if lang == "en" else r.explanation_da
        explained = _EXPLAINED.get(text)
        if explained is None:
            if len(_EXPLAINED) > 5000:  # the model's reasons name the words of each request
                _EXPLAINED.clear()
            explained = _EXPLAINED[text] = _QUOTE(text)
        parts.append('{"rule": ' + _QUOTE(r.rule) + ', "match": ' + _QUOTE(r.match)
                     + ', "explanation": ' + explained + ', "sentence": ' + _QUOTE(r.sentence) + "}")
    return head + ', "verdict": ' + _QUOTE(result.verdict) + ', "reasons": [' + ", ".join(parts) + "]}\n"
