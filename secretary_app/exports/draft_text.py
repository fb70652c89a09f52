"""A draft as plain text (UTF-8) or Markdown: headings, lists, bold and italic kept (no Qt)."""

from __future__ import annotations

import re
from pathlib import Path

from secretary_app.domain.draft_html import Block, Run, parse_blocks
from secretary_app.exports.atomic import write_text_atomic
from secretary_app.exports.draft_document import ExportDoc

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+\-]|\d+\.)(\s)")


def _squeeze(lines: list[str]) -> str:
    """At most one blank line in a row, none at the ends; a final newline."""
    out: list[str] = []
    for line in lines:
        if not line.strip() and (not out or not out[-1].strip()):
            continue
        out.append(line.rstrip())
    while out and not out[-1].strip():
        out.pop()
    return "\n".join(out) + "\n"


def to_text(doc: ExportDoc) -> str:
    lines: list[str] = []
    number: dict[int, int] = {}
    for block in parse_blocks(doc.body, doc.body_format):
        text = block.text
        if block.kind != "number":
            number.clear()
        if block.kind == "heading":
            lines += ["", text, ("=" if block.level == 1 else "-") * min(len(text), 80), ""]
        elif block.kind in ("bullet", "number"):
            indent = "  " * (block.level - 1)
            if block.kind == "number":
                number[block.level] = number.get(block.level, 0) + 1
                mark = f"{number[block.level]}."
            else:
                mark = "•"
            lines.append(f"{indent}{mark} " + text.replace("\n", "\n" + indent + "   "))
        else:
            lines += [text, ""] if text else [""]
    return _squeeze(lines)


def _md_run(run: Run) -> str:
    text = _MD_SPECIAL.sub(r"\\\1", run.text)
    if not text.strip():
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    core = text.strip()
    if run.bold and run.italic:
        core = f"***{core}***"
    elif run.bold:
        core = f"**{core}**"
    elif run.italic:
        core = f"*{core}*"
    return lead + core.replace("\n", "  \n") + trail


def _md_inline(block: Block, heading: bool = False) -> str:
    runs = block.runs
    if heading:  # a heading is bold anyway; do not wrap it in ** **
        runs = [Run(r.text, False, r.italic, r.underline) for r in runs]
    text = "".join(_md_run(r) for r in runs)
    return _MD_LINE_START.sub(r"\1\\\2\3", text)


def to_markdown(doc: ExportDoc) -> str:
    lines: list[str] = []
    prev = None
    for block in parse_blocks(doc.body, doc.body_format):
        if block.kind == "heading":
            lines += ["", "#" * max(1, min(6, block.level)) + " " + _md_inline(block, heading=True).replace("\n", " "),
                      ""]
        elif block.kind in ("bullet", "number"):
            if prev not in ("bullet", "number"):
                lines.append("")
            indent = "   " * (block.level - 1)
            mark = "1." if block.kind == "number" else "-"
            lines.append(f"{indent}{mark} " + _md_inline(block))
        else:
            text = _md_inline(block)
            lines += ["", text, ""] if text.strip() else [""]
        prev = block.kind
    return _squeeze(lines)


def write_text(doc: ExportDoc, target: Path | str) -> Path:
    return write_text_atomic(target, to_text(doc))


def write_markdown(doc: ExportDoc, target: Path | str) -> Path:
    return write_text_atomic(target, to_markdown(doc))
