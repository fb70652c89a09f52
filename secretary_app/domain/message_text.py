"""What the writer of a mail wrote, apart from quoted history and the signature.

Mail clients quote earlier mails in a handful of shapes (Outlook's header block, Gmail's and
Apple's "… skrev:" line, separator lines, ``>`` quoting) and people sign off in a handful of
ways. The guard judges the new part; the description keeps the whole mail, so a miss here
never loses text, it only moves it between the three parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class MessageParts:
    new: str
    quoted: str
    signature: str
    # The quoted part is a forwarded mail: that is what the writer wants handled.
    forwarded: bool = False

    @property
    def to_handle(self) -> str:
        """The text a request is about: the new lines, plus the forwarded mail if any."""
        if self.forwarded and self.quoted:
            return f"{self.new}\n\n{self.quoted}".strip()
        return self.new


_FORWARD_SUBJECT = re.compile(r"^\s*(?:(?:fw|fwd|vs|tr|wg)\s*:\s*)+", re.IGNORECASE)

# Possessive (``*+``): the runs around the optional stars are of different characters, so giving
# none back changes no match, and a line of 30,000 spaces is read once, not 30,000 times.
_STAR = r"[*_]*+"
_HEADER_FROM = re.compile(rf"^\s*+{_STAR}\s*+(?:fra|from|von|de|från)\s*+{_STAR}\s*+:", re.IGNORECASE)
_HEADER_OTHER = re.compile(
    rf"^\s*+{_STAR}\s*+(?:sendt|sent|dato|date|til|to|emne|subject|cc|bcc|gesendet|an|betreff|"
    rf"envoyé|à|objet|skickat|ämne){_STAR}\s*+:",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(?P<what>oprindelig (?:meddelelse|besked|mail)|original message|"
    r"videresendt (?:meddelelse|besked|mail)|forwarded message|ursprüngliche nachricht)"
    r"\s*-{2,}\s*$",
    re.IGNORECASE,
)
# Any other label between dash runs ("---------- Mail 1 ----------", "----- Besked fra Ole -----")
# starts history only when a sender's line follows it: a dash line alone may divide one's own text.
_LABELLED_SEPARATOR = re.compile(r"^\s*+-{4,}+[^-\n]{0,60}+-{4,}+\s*+$|^\s*+-{8,}+\s*+$")
# (a label that names a mail needs no sender under it: "---------- Mail 1 ----------")
_MAIL_LABEL = re.compile(r"^\s*+-{4,}+\s*+(?:[\w.]+\s+){0,2}?(?:e-?mail|mail|besked|meddelelse|message|brev)\b"
                         r"[^-\n]{0,30}+-{4,}+\s*+$", re.IGNORECASE)
_FORWARD_LINE = re.compile(
    r"^\s*(?:begin forwarded message|start på videresendt (?:meddelelse|besked)|"
    r"videresendt (?:meddelelse|besked)|forwarded message)\s*:?\s*$",
    re.IGNORECASE,
)
_UNDERSCORES = re.compile(r"^\s*_{10,}\s*$")
_WROTE = re.compile(
    r"(?:wrote|schrieb|a écrit)\s*:\s*$|\bskrev\b.{0,160}:\s*$", re.IGNORECASE
)
_WROTE_START = re.compile(r"^\s*(?:den|d\.|on|am|le|[a-zæøå]+dag)\b", re.IGNORECASE)
_QUOTE = re.compile(r"^\s*>")

_SIGNOFF = re.compile(
    r"^\s*(?:med\s+venlig(?:st)?\s+hilsen|venlig(?:st)?\s+hilsen|de\s+bedste\s+hilsner|"
    # ("Med liberal hilsen", "Med solidariske hilsner", "Kamphilsen": the rest must be a name)
    r"(?:med\s+)?[^\W\d_]+\s+hils(?:en|ner)|[^\W\d_]+hilsen|"
    r"bedste\s+hilsner?|kærlig\s+hilsen|mange\s+hilsner|hilsen|hilsner|mvh\.?|m\.v\.h\.?|vh\.?|"
    r"best\s+regards|kind\s+regards|warm\s+regards|regards|best|cheers|thanks|"
    r"many\s+thanks|sincerely|yours\s+sincerely|med\s+venlig\s+hälsning|"
    r"på\s+forhånd\s+tak|tak\s+på\s+forhånd)\b[\s,.!]*(?P<rest>.*)$",
    re.IGNORECASE,
)
_DASHES = re.compile(r"^--\s?$")
# A closing line that is not a sign-off formula ("Ses onsdag", "Godt nytår igen", "Talk soon"):
# the lines under it are a signature only when they look like one (``_closing_block_start``).
_CLOSING = re.compile(
    r"^\s*(?:(?:vi\s+)?ses|(?:vi\s+)?tales\s+ved|snakkes|på\s+gensyn|hav\s+(?:det\s+godt|en\s+god\s+\w+)|"
    r"god(?:t)?\s+(?:weekend|dag|aften|nytår|jul|sommer|påske|ferie)|glædelig\s+(?:jul|påske)|"
    r"(?:tusind\s+|mange\s+)?tak(?:\s+for\s+\w+)?|"
    r"see\s+you|talk\s+soon|speak\s+soon|all\s+the\s+best|have\s+a\s+(?:good|nice|great)\s+\w+|"
    r"happy\s+new\s+year|merry\s+christmas)\b[^.?:]{0,20}$",
    re.IGNORECASE,
)
_TITLE = re.compile(
    r"\b(?:formand|næstformand|medlem|byrådsmedlem|rådmand|borgmester|gruppeformand|politisk|"
    r"\w*kandidat|delegeret|kasserer|sekretær|ordfører|bestyrelsesmedlem|candidate|delegate|treasurer|"
    r"kommunalbestyrelse\w*|borgerrepræsentation\w*|byråd\w*|\w*udvalg\w*|"
    r"chair\w*|member|councillor|councilor|mayor|committee)\b",
    re.IGNORECASE,
)
# A name as signed: one to four capitalised words and nothing else ("Bente Schou", "Jens Ole").
_NAME = re.compile(r"^\s*[A-ZÆØÅ][\w'-]+(?:\s+(?:[A-ZÆØÅ][\w'.-]*|af|von|van|de)){0,3}\s*[,.]?\s*$")
_SENT_FROM = re.compile(
    r"^\s*(?:sendt fra min|sendt fra|sent from my|sent from|hent outlook|get outlook|"
    r"sendt med|sent with)\b",
    re.IGNORECASE,
)
_LEGAL = re.compile(
    r"(?:denne (?:e-?mail|mail|meddelelse) (?:kan )?(?:indeholde|er )|fortrolig(?:hed)?\s*:|"
    r"this (?:e-?mail|message) (?:and any attachments )?(?:may contain|is intended|is confidential)|"
    r"confidentiality notice|disclaimer\s*:|ansvarsfraskrivelse|"
    r"hvis du (?:har )?modtage[rt]? denne (?:e-?mail|mail|meddelelse) ved en fejl|"
    r"if you (?:have )?received this (?:e-?mail|message) in error|"
    r"læs (?:om )?hvordan vi behandler (?:dine )?personoplysninger|"
    r"think before you print|tænk på miljøet)",
    re.IGNORECASE,
)
# A line that asks or orders is written, whatever it looks like ("Denne mail er privat: kan du ...",
# "Ring og flyt synet af min bil" over a phone number, "Husk valgplakaterne" under the name). (Not
# the guard's ask detector, ``guard_clauses``: that reads normalised sentences, and the split, which
# the mail intake uses too, reads the lines as written and knows nothing of the guard.)
_ASKS = re.compile(
    r"\b(?:kan|vil|gider|kunne|ville)\s+du\b|\bplease\b|\b(?:could|would|can)\s+you\b|(?:^|:\s)\W*(?:og\s+|and\s+)?"
    r"(?:ring|bestil|book|send|skriv|lav|find|flyt|køb|tilmeld|husk|sørg|meld|ordne?|order|buy|call|get|make|"
    r"write|sign|register)\b", re.IGNORECASE)
_CONTACT = re.compile(
    r"^\s*+(?:(?:tlf|telefon|mobil|mob|direkte|dir|phone|tel|mobile|cell|fax|m|t|p)\.?\s*+:?\s*+"
    r"\+?\(?\d[\d\s\-()]{6,}\d"
    r"|(?:e-?mail|mail|web|e)\.?\s*:\s*\S+"
    r"|\+?\d[\d\s\-()]{7,}\d"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:https?://|www\.)\S+)\s*$",
    re.IGNORECASE,
)


def split_message(text: str, *, subject: str = "") -> MessageParts:
    """Split a mail's plain text into the new part, the quoted history and the signature.

    ``subject`` helps only to tell a forward from a reply when the client quotes both the
    same way (Outlook's ``Fra:/Sendt:`` block).
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # A mail copied with its own headers on top ("Fra: ... Emne: SV: Tale ..."): the headers are
    # not history, the body under them is what the writer wrote.
    top = _own_headers_end(lines)
    if top is not None:
        subject = subject or _header_subject(lines[:top])
        lines = lines[top:]
    cut, forwarded = _history_start(lines)
    if cut is None:
        own, quoted = _split_quote_marks(lines)
    else:
        own, quoted = lines[:cut], lines[cut:]
    if _FORWARD_SUBJECT.match(subject or "") and quoted:
        forwarded = True
    body, signature = _split_signature(own)
    return MessageParts(
        new=_tidy(body),
        quoted=_tidy(quoted),
        signature=_tidy(signature),
        forwarded=forwarded,
    )


_SUBJECT_LINE = re.compile(rf"^\s*+{_STAR}\s*+(?:emne|subject|betreff|objet|ämne){_STAR}\s*+:\s*+(?P<s>.*)$",
                           re.IGNORECASE)


def _own_headers_end(lines: list[str]) -> int | None:
    """Where the body starts when the text opens with a header block of its own (From and at
    least one more header line, before any other text), else None."""
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i >= len(lines) or not _HEADER_FROM.match(lines[i]) or not _is_header_block(lines, i):
        return None
    j = i + 1
    while j < len(lines) and lines[j].strip() and (_HEADER_OTHER.match(lines[j]) or _HEADER_FROM.match(lines[j])):
        j += 1
    # The headers end at a blank line; anything else right under them is not a header block.
    if j < len(lines) and lines[j].strip():
        return None
    return j


def _header_subject(lines: list[str]) -> str:
    for line in lines:
        m = _SUBJECT_LINE.match(line)
        if m:
            return m.group("s")
    return ""


def _history_start(lines: list[str]) -> tuple[int | None, bool]:
    for i, line in enumerate(lines):
        if not line or line.isspace():  # (no marker is blank: a megabyte of empty lines is read fast)
            continue
        sep = _SEPARATOR.match(line)
        if sep:
            what = sep.group("what").lower()
            return i, ("videresendt" in what or "forward" in what)
        if _FORWARD_LINE.match(line):
            return i, True
        if _MAIL_LABEL.match(line) or (_LABELLED_SEPARATOR.match(line) and _header_follows(lines, i + 1)):
            return i, False
        if _HEADER_FROM.match(line) and _is_header_block(lines, i):
            start = i - 1 if i > 0 and _UNDERSCORES.match(lines[i - 1]) else i
            return start, False
        if _is_wrote_line(line):
            return i, False
        if i + 1 < len(lines) and line.strip() and _is_wrote_line(f"{line} {lines[i + 1]}"):
            if _WROTE_START.match(line) and not _WROTE.search(line):
                return i, False
    return None, False


def _header_follows(lines: list[str], i: int) -> bool:
    """The next line with text (at most one blank line on) names a sender ("Fra: ...")."""
    for line in lines[i:i + 2]:
        if line.strip():
            return bool(_HEADER_FROM.match(line))
    return False


_NO_SENDER = re.compile(r"^[^:]*:\s*+(?:kl\.?\s*+)?\d", re.IGNORECASE)


def _is_header_block(lines: list[str], i: int) -> bool:
    """A 'From:' line begins history only if more header lines follow right under it, and it
    names a sender ("Fra: kl. 17.00 / Til: kl. 19.30" books a room)."""
    if _NO_SENDER.match(lines[i]):
        return False
    others = 0
    for line in lines[i + 1 : i + 8]:
        if not line.strip():
            if others:
                break
            continue
        if _HEADER_OTHER.match(line):
            others += 1
        elif others == 0 and not _HEADER_FROM.match(line):
            # A long 'Fra:' value can wrap onto one more line.
            continue
    return others >= 2


# "Og så det, jeg skrev på en seddel til dig i går kl. 16:" is the member's own line; a client's
# names the writer ("skrev Mette Lund <mette@kk.dk>:", "Mette Lund <mette@kk.dk> wrote:").
_OWN_WROTE = re.compile(r"\b(?:jeg|du|vi|i|you|we|they)\s+(?:skrev|wrote)\b|"
                        r"\b(?:skrev|wrote)\s+(?:jeg|du|vi|til|på|i|om|det|you|to|on|in|about|this)\b", re.IGNORECASE)


def _is_wrote_line(line: str) -> bool:
    line = line.strip()
    if not _WROTE.search(line) or len(line) > 250 or _OWN_WROTE.search(line):
        return False
    # (a client's line names when or who by address: "On the train I wrote:" is one's own text)
    return bool(re.search(r"\d|@", line))


def _split_quote_marks(lines: list[str]) -> tuple[list[str], list[str]]:
    own = [line for line in lines if not _QUOTE.match(line)]
    quoted = [line for line in lines if _QUOTE.match(line)]
    return own, quoted


_PS = re.compile(r"^\s*+(?:p\.?\s?s\.?|pps\.?|p\.p\.s\.?)(?=[\s:.,-])", re.IGNORECASE)


def _split_signature(lines: list[str]) -> tuple[list[str], list[str]]:
    start = _signature_start(lines)
    if start is None:
        return lines, []
    body, signature = lines[:start], lines[start:]
    # "PS: Kan du også ..." under the name is written, not signed: its paragraph goes back. So
    # does a paragraph that asks after the sign-off ("På forhånd tak!" / "Og så lige en ting mere: lav ...").
    ps = next((j for j, line in enumerate(signature) if _PS.match(line) or (
        j > 0 and (not signature[j - 1].strip() or _DASHES.match(signature[j - 1])) and _ASKS.search(line)
        and len(line.split()) >= 4)), None)
    if ps is not None:
        end = next((j for j in range(ps + 1, len(signature)) if not signature[j].strip()
                    or _SIGNOFF.match(signature[j]) or _DASHES.match(signature[j])), len(signature))
        body, signature = body + [""] + signature[ps:end], signature[:ps] + signature[end:]
    return body, signature


def _signature_start(lines: list[str]) -> int | None:
    candidates: list[int] = []
    for i, line in enumerate(lines):
        if _DASHES.match(line):
            return i
        if _SENT_FROM.match(line) and len(line.strip()) < 80:
            candidates.append(i)
        elif _LEGAL.search(line) and not _ASKS.search(line):
            candidates.append(i)
        elif _is_signoff(line) and _short_tail(lines, i):
            return i if not candidates else min(candidates)
    if candidates:
        start = min(candidates)
        # Name, title and phone lines just above a footer belong to the signature too.
        contact = _contact_block_start(lines[:start])
        return start if contact is None else contact
    contact = _contact_block_start(lines)
    return contact if contact is not None else _closing_block_start(lines)


def _is_signoff(line: str) -> bool:
    match = _SIGNOFF.match(line)
    if not match:
        return False
    rest = match.group("rest").strip()
    if not rest:
        return True
    # "Med venlig hilsen Anna Jensen": a name, not a sentence that starts with "Hilsen".
    words = rest.split()
    return len(words) <= 4 and not rest.endswith((".", "?", ":")) and all(
        w[:1].isupper() or w in {"og", "and", "&", "/"} for w in words
    )


def _short_tail(lines: list[str], i: int) -> bool:
    # The first 16 non-empty lines after ``i`` say it all (a mail of 75,000 "mvh" lines asked this
    # of every line, rebuilding the rest each time).
    tail = []
    for j in range(i + 1, len(lines)):
        line = lines[j]
        if line.strip():
            tail.append(line)
            if len(tail) > 15:
                return False
    if len(tail) <= 8:
        return True
    return all(len(line) < 80 for line in tail[:8])


def _contact_block_start(lines: list[str]) -> int | None:
    """Without a sign-off: a trailing block of phone, address and web lines."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and (_CONTACT.match(lines[start - 1]) or not lines[start - 1].strip()):
        start -= 1
    while start < end and not lines[start].strip():
        start += 1
    if start >= end or not any(_CONTACT.match(line) for line in lines[start:end]):
        return None
    # A name/title line or two just above the contact lines belong to the signature.
    above = start
    # (more than two only while they are titles: "Formand for ...", "Medlem af ...", and the name)
    while above and lines[above - 1].strip() and len(lines[above - 1]) < 50 and (
            start - above < 2 or (start - above < 10 and (_TITLE.search(lines[above - 1])
                                                         or _NAME.match(lines[above - 1])))):
        if lines[above - 1].rstrip().endswith((".", "?", "!", ":")) or _ASKS.search(lines[above - 1]):
            break
        above -= 1
    if above == 0:
        return start
    return above


def _closing_block_start(lines: list[str]) -> int | None:
    """Without a sign-off formula: the last paragraph when it is a closing line ("Ses onsdag")
    or a name, then the name and title lines of a signature ("Bente Schou", "Formand for
    Sundheds- og Ældreudvalget", "Medlem af hovedbestyrelsen, Venstre"). Every line is short and
    none asks or introduces anything; a name must follow a closing line or open the block."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and lines[start - 1].strip():
        start -= 1
    # (a title line may hold several titles: "Byrådsmedlem (V) | Formand for Venstre Køge Vest")
    block = [part.strip() for line in lines[start:end] for part in line.split(" | ")]
    if start == 0 or not 2 <= len(block) <= (10 if _titles_only(block) else 6):
        return None
    if any(len(line) > 60 or len(line.split()) > 8 or line.endswith(("?", ":", "!")) or _ASKS.search(line)
           for line in block):
        return None
    first = 1 if _CLOSING.match(block[0]) and not _NAME.match(block[0]) else 0
    if first >= len(block) or not _NAME.match(block[first]):
        return None
    # The lines under the name are titles, not sentences: no full stop inside a line.
    if any(line.endswith(".") and len(line.split()) > 3 for line in block[first + 1:]):
        return None
    # With no closing line, "Book Tivoli" over a name is an errand: a title line must say signature.
    if first == 0 and not any(_TITLE.search(line) for line in block[1:]):
        return None
    return start


def _titles_only(block: list[str]) -> bool:
    """A name over title lines only ("Formand for ...", "Medlem af ..."): a long signature."""
    return bool(_NAME.match(block[0])) and all(_TITLE.search(line) for line in block[1:])


def _tidy(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).strip("\n").strip()
