"""Read the rich text of a draft (QTextDocument HTML, or the templates' simple HTML) into
blocks and runs, without Qt: the DOCX, Markdown and text exporters and the CLI use this.

Understands what QTextDocument writes: ``<h1>``..``<h6>``, ``<p>``, ``<ul>``/``<ol>`` with
``<li>`` (nested), ``<br />``, and ``<span style="font-weight:700; font-style:italic;
text-decoration: underline">``, plus plain ``<b>/<strong>/<i>/<em>/<u>``. Everything else
keeps its text and loses its formatting.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_WEIGHT = re.compile(r"font-weight\s*:\s*(\d+|bold)", re.I)
_ITALIC = re.compile(r"font-style\s*:\s*italic", re.I)
_UNDER = re.compile(r"text-decoration\s*:[^;]*underline", re.I)
_EMPTY_PARA = "-qt-paragraph-type:empty"


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass
class Block:
    kind: str  # "heading" | "paragraph" | "bullet" | "number"
    level: int = 0  # heading level 1-6; list nesting depth 1..
    runs: list[Run] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


_BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "pre", "blockquote", "td", "th"}
_SKIP = {"head", "style", "title", "script"}


def _style_flags(tag: str, attrs: dict[str, str | None]) -> tuple[bool | None, bool | None, bool | None]:
    bold = italic = under = None
    if tag in ("b", "strong"):
        bold = True
    if tag in ("i", "em"):
        italic = True
    if tag == "u":
        under = True
    style = attrs.get("style") or ""
    m = _WEIGHT.search(style)
    if m:
        w = m.group(1).lower()
        bold = w == "bold" or (w.isdigit() and int(w) >= 600)
    if _ITALIC.search(style):
        italic = True
    if _UNDER.search(style):
        under = True
    return bold, italic, under


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.current: Block | None = None
        self.fmt: list[tuple[str, bool, bool, bool]] = [("", False, False, False)]
        self.lists: list[str] = []  # "bullet" | "number"
        self.skip = 0

    # -- helpers
    def _open_block(self, kind: str, level: int) -> None:
        self._close_block()
        self.current = Block(kind, level)

    def _close_block(self) -> None:
        if self.current is not None:
            self.blocks.append(self.current)
            self.current = None

    def _add_text(self, text: str) -> None:
        if self.current is None:
            if not text.strip():
                return
            self.current = Block("paragraph")
        _, b, i, u = self.fmt[-1]
        runs = self.current.runs
        if runs and (runs[-1].bold, runs[-1].italic, runs[-1].underline) == (b, i, u):
            runs[-1].text += text
        else:
            runs.append(Run(text, b, i, u))

    # -- parser callbacks
    def handle_starttag(self, tag, attrs_list):
        attrs = dict(attrs_list)
        if tag in _SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        if tag in ("ul", "ol"):
            self._close_block()
            self.lists.append("number" if tag == "ol" else "bullet")
            return
        if tag == "br":
            self._add_text("\n")
            return
        if tag in _BLOCK_TAGS:
            if tag.startswith("h") and tag[1:].isdigit():
                self._open_block("heading", int(tag[1:]))
            elif tag == "li":
                self._open_block(self.lists[-1] if self.lists else "bullet", max(1, len(self.lists)))
            else:
                self._open_block("paragraph", 0)
            if _EMPTY_PARA in (attrs.get("style") or ""):
                self.current.runs.append(Run(""))  # an intentionally empty paragraph
        b, i, u = _style_flags(tag, attrs)
        _, pb, pi, pu = self.fmt[-1]
        self.fmt.append((tag, pb if b is None else b, pi if i is None else i, pu if u is None else u))

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag in ("ul", "ol"):
            self._close_block()
            if self.lists:
                self.lists.pop()
            return
        # pop formatting back to the matching start tag (tolerates sloppy HTML)
        for k in range(len(self.fmt) - 1, 0, -1):
            if self.fmt[k][0] == tag:
                del self.fmt[k:]
                break
        if tag in _BLOCK_TAGS:
            self._close_block()

    def handle_startendtag(self, tag, attrs):
        if tag == "br" and not self.skip:
            self._add_text("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.current is None and not data.strip():
            return
        # QTextDocument writes text literally (pre-wrap) and never puts raw newlines inside
        # a block; hand-written templates may, so a raw newline is a space.
        self._add_text(data.replace("\r\n", " ").replace("\n", " ").replace("\u2029", "\n").replace("\u2028", "\n"))


def parse_blocks(source: str, body_format: str = "html") -> list[Block]:
    """Blocks of an HTML document; plain text (``body_format="text"``) gives one paragraph per line."""
    if body_format != "html" or not looks_like_html(source):
        return [Block("paragraph", 0, [Run(line)]) for line in (source or "").split("\n")]
    parser = _Parser()
    parser.feed(source or "")
    parser.close()
    parser._close_block()
    for b in parser.blocks:
        if b.runs and b.runs[-1].text.endswith("\n"):
            b.runs[-1].text = b.runs[-1].text[:-1]  # a trailing <br /> adds nothing visible
    return parser.blocks


def looks_like_html(source: str) -> bool:
    head = (source or "")[:2000].lstrip().lower()
    return head.startswith("<") or "<p" in head or "<h1" in head or "<html" in head


def html_to_text(source: str) -> str:
    """Plain text, one line per block, as QTextDocument.toPlainText() gives it."""
    return "\n".join(b.text for b in parse_blocks(source))


def text_to_html(text: str) -> str:
    """Plain text as simple HTML paragraphs (for pasted or imported text)."""
    return "".join(f"<p>{html.escape(line) or '<br />'}</p>" for line in (text or "").split("\n"))
