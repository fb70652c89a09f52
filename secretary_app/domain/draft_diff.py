"""Compare two versions of a draft side by side (difflib; pure Python).

Paragraphs are matched first; changed paragraph pairs are then compared word by word so
the reader sees exactly which words went and came. ``side_by_side_html`` renders the rows
as a two-column HTML table (old | new) for a QTextBrowser.
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass

_TOKENS = re.compile(r"\s+|[^\s]+")
DEL_BG, INS_BG, CHG_BG = "#f9d7d7", "#d4f2d4", "#fdf3d0"


@dataclass(frozen=True)
class DiffRow:
    tag: str  # "equal" | "delete" | "insert" | "replace"
    left: str
    right: str


def diff_rows(old: str, new: str) -> list[DiffRow]:
    a = (old or "").split("\n")
    b = (new or "").split("\n")
    rows: list[DiffRow] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows.extend(DiffRow("equal", x, x) for x in a[i1:i2])
        elif tag == "delete":
            rows.extend(DiffRow("delete", x, "") for x in a[i1:i2])
        elif tag == "insert":
            rows.extend(DiffRow("insert", "", y) for y in b[j1:j2])
        else:
            left, right = a[i1:i2], b[j1:j2]
            for k in range(max(len(left), len(right))):
                lx = left[k] if k < len(left) else None
                ry = right[k] if k < len(right) else None
                if lx is None:
                    rows.append(DiffRow("insert", "", ry))
                elif ry is None:
                    rows.append(DiffRow("delete", lx, ""))
                else:
                    rows.append(DiffRow("replace", lx, ry))
    return rows


def diff_summary(rows: list[DiffRow]) -> dict[str, int]:
    out = {"equal": 0, "delete": 0, "insert": 0, "replace": 0}
    for r in rows:
        out[r.tag] += 1
    return out


def _word_marks(left: str, right: str) -> tuple[str, str]:
    a, b = _TOKENS.findall(left), _TOKENS.findall(right)
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    lo, ro = [], []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        la, rb = html.escape("".join(a[i1:i2])), html.escape("".join(b[j1:j2]))
        if tag == "equal":
            lo.append(la)
            ro.append(rb)
            continue
        if la:
            lo.append(f'<span style="background:{DEL_BG}; text-decoration:line-through;">{la}</span>')
        if rb:
            ro.append(f'<span style="background:{INS_BG};">{rb}</span>')
    return "".join(lo), "".join(ro)


def side_by_side_html(old: str, new: str, old_title: str, new_title: str, *, context: int | None = None) -> str:
    """An HTML table: the old text on the left, the new on the right, changes coloured.

    ``context`` = keep only that many unchanged paragraphs around each change (None = all)."""
    rows = diff_rows(old, new)
    keep = [True] * len(rows)
    if context is not None:
        changed = [i for i, r in enumerate(rows) if r.tag != "equal"]
        keep = [False] * len(rows)
        for i in changed:
            for k in range(max(0, i - context), min(len(rows), i + context + 1)):
                keep[k] = True
    out = ['<table width="100%" cellspacing="0" cellpadding="4" style="border-collapse:collapse;">',
           f'<tr><th width="50%" align="left">{html.escape(old_title)}</th>'
           f'<th width="50%" align="left">{html.escape(new_title)}</th></tr>']
    skipped = False
    for row, k in zip(rows, keep):
        if not k:
            skipped = True
            continue
        if skipped:
            out.append('<tr><td colspan="2" align="center" style="color:#888;">…</td></tr>')
            skipped = False
        if row.tag == "equal":
            left = right = html.escape(row.left) or "&nbsp;"
            lbg = rbg = ""
        elif row.tag == "delete":
            left, right, lbg, rbg = html.escape(row.left) or "&nbsp;", "&nbsp;", DEL_BG, ""
        elif row.tag == "insert":
            left, right, lbg, rbg = "&nbsp;", html.escape(row.right) or "&nbsp;", "", INS_BG
        else:
            left, right = _word_marks(row.left, row.right)
            lbg = rbg = CHG_BG
        lstyle = f' style="background:{lbg};"' if lbg else ""
        rstyle = f' style="background:{rbg};"' if rbg else ""
        out.append(f'<tr><td valign="top"{lstyle}>{left}</td><td valign="top"{rstyle}>{right}</td></tr>')
    if skipped:
        out.append('<tr><td colspan="2" align="center" style="color:#888;">…</td></tr>')
    out.append("</table>")
    return "".join(out)
