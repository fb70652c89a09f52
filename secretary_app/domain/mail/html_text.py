"""Readable plain text from a mail's HTML body, with the standard library's parser."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_BLOCK = {
    "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "hr", "section", "article", "header", "footer", "dd", "dt", "dl",
}
_SKIP = {"script", "style", "head", "title", "xml", "o:p_skip"}
_MAX_CHARS = 5_000_000


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.pre = 0
        self.size = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "br":
            self.out.append("\n")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag in ("td", "th"):
            self.out.append("\t")
        elif tag == "hr":
            self.out.append("\n" + "_" * 32 + "\n")
        elif tag == "pre":
            self.pre += 1
            self.out.append("\n")
        elif tag in _BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
            self.out.append("\n")
        elif tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote"):
            self.out.append("\n\n" if tag != "table" else "\n")
        elif tag in _BLOCK and tag != "br":
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip or self.size > _MAX_CHARS:
            return
        if not self.pre:
            data = re.sub(r"[ \t\r\n\f]+", " ", data)
        self.size += len(data)
        self.out.append(data)


def html_to_text(markup: str) -> str:
    parser = _Text()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError):
        pass
    text = "".join(parser.out).replace("\xa0", " ")
    lines = [line.strip(" ") for line in text.split("\n")]
    text = "\n".join(line.replace("\t ", "\t").strip("\t") if not line.strip("\t ") else line for line in lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return html.unescape(text).strip()
