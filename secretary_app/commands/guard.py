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
    from secretary_app.domain import guard

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
    from secretary_app.domain import guard

    book = guard.default_rulebook()
    write = sys.stdout.write
    dumps = json.dumps
    failed = False
    for line_no, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        try:
            out = _check_object(json.loads(raw.decode("utf-8")), line_no, book, lang)
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
    return book.check(text, task_type).to_json(lang, id=id_value)
