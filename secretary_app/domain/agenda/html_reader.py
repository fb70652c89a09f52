"""Read an agenda from an HTML page (FirstAgenda's web view, kk.dk's page per item, a
municipality's "dagsorden og referat" page, a saved web page).

The page's structure decides the lines: every block element (heading, paragraph, list
entry, table row, ``<br>``) ends a line, the cells of a table row stay on one line
(``1 | Godkendelse af dagsorden``), scripts, styles and forms are left out, and the page's
``<title>`` is the first line (some pages give the date only there). The lines then go
through the text reader, which knows the layouts. Standard library only; the tokenizer is
not recursive, and nesting deeper than any real page is refused.
"""

from __future__ import annotations

from html.parser import HTMLParser

from secretary_app.domain.agenda.model import Agenda, AgendaError
from secretary_app.domain.agenda.reader import parse_agenda
from secretary_app.domain.agenda.text_layout import MAX_TEXT_CHARS

MAX_DEPTH = 1000  # real pages nest a few dozen levels
_BLOCK = {"address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt",
          "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
          "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
          "tbody", "thead", "tfoot", "tr", "ul", "caption", "center", "title"}
_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "object", "select", "button",
         "canvas", "math"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}
# closed implicitly by the next sibling in real pages: not counted as nesting
_LOOSE = {"p", "li", "td", "th", "tr", "dt", "dd", "option", "thead", "tbody", "tfoot", "colgroup"}


class _PageText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.skip = 0
        self.depth = 0
        self.size = 0
        self.cells = 0

    def _newline(self) -> None:
        text = " ".join("".join(self.cur).split())
        if text:
            self.lines.append(text)
        self.cur = []
        self.cells = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _VOID:
            if tag in ("br", "hr"):
                self._newline()
            return
        if tag not in _LOOSE:
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise AgendaError(f"HTML-siden er indlejret over {MAX_DEPTH} niveauer dybt; "
                                  "den ligner ikke en almindelig webside.",
                                  f"The HTML page nests more than {MAX_DEPTH} levels deep; it does "
                                  "not look like an ordinary web page.", None)
        if tag in _SKIP:
            self.skip += 1
        elif tag in ("td", "th"):
            if self.cells:
                self.cur.append(" ")
            self.cells += 1
        elif tag in _BLOCK:
            self._newline()

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in ("br", "hr"):
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if tag not in _LOOSE and self.depth > 0:
            self.depth -= 1
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        self.size += len(data)
        if self.size > MAX_TEXT_CHARS:
            raise AgendaError("HTML-siden indeholder for meget tekst til at være en dagsorden.",
                              "The HTML page holds too much text to be an agenda.", None)
        self.cur.append(data)


def html_text(page: str) -> str:
    """The page's visible text, one block per line."""
    if len(page) > 4 * MAX_TEXT_CHARS:
        raise AgendaError("HTML-siden er for stor til at være en dagsorden.",
                          "The HTML page is too large to be an agenda.", None)
    parser = _PageText()
    parser.feed(page)
    parser.close()
    parser._newline()
    return "\n".join(parser.lines)


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1024].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in head or \
        head.startswith("<!doctype html") or ("<html" in head and "<body" in text[:65536].lower())


def agenda_from_html(page: str) -> Agenda:
    return parse_agenda(html_text(page))
