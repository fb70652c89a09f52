"""Fixed vocabularies with Danish and English labels (status, channel, draft kinds...)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    da: str
    en: str

    def label(self, lang: str = "da") -> str:
        return self.en if lang == "en" else self.da


REQUEST_STATUSES: tuple[Term, ...] = (
    Term("new", "Ny", "New"),
    Term("in_progress", "I gang", "In progress"),
    Term("waiting", "Venter på svar", "Waiting for reply"),
    Term("done", "Færdig", "Done"),
    Term("declined", "Afvist", "Declined"),
)
OPEN_STATUSES = ("new", "in_progress", "waiting")

CHANNELS: tuple[Term, ...] = (
    Term("email", "E-mail", "E-mail"),
    Term("phone", "Telefon", "Phone"),
    Term("meeting", "Møde", "Meeting"),
    Term("kb_postkasse", "KB-postkassen", "KB mailbox"),
    Term("other", "Andet", "Other"),
)

PRIORITIES: tuple[Term, ...] = (
    Term("0", "Lav", "Low"),
    Term("1", "Normal", "Normal"),
    Term("2", "Høj", "High"),
)

DRAFT_KINDS: tuple[Term, ...] = (
    Term("speech", "Tale", "Speech"),
    Term("debate_article", "Debatindlæg", "Debate article"),
    Term("press_release", "Pressemeddelelse", "Press release"),
    Term("member_proposal", "Medlemsforslag", "Member proposal"),
    Term("inquiry", "Forespørgsel / politikerspørgsmål", "Inquiry / question to the administration"),
    Term("access_request", "Begæring om sagsindsigt", "Request for access to case files"),
    Term("memo", "Notat", "Memo"),
)

MEETING_BODIES: tuple[Term, ...] = (
    Term("council", "Borgerrepræsentationen / kommunalbestyrelsen", "City council"),
    Term("committee", "Udvalg", "Committee"),
    Term("kkr", "KKR", "KKR (regional municipal contact council)"),
    Term("other", "Andet", "Other"),
)

GUARD_VERDICTS: tuple[Term, ...] = (
    Term("ok", "Inden for ordningen", "Within the scheme"),
    Term("party_political", "Partipolitisk arbejde", "Party-political work"),
    Term("outside_role", "Uden for hvervet", "Outside the council office"),
)


def codes(terms: tuple[Term, ...]) -> tuple[str, ...]:
    return tuple(t.code for t in terms)


def label(terms: tuple[Term, ...], code: str | None, lang: str = "da") -> str:
    for t in terms:
        if t.code == code:
            return t.label(lang)
    return code or ""
