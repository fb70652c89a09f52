"""A first guess at the task type of a mailed request, from its words (the secretary decides)."""

from __future__ import annotations

import re

_RULES: tuple[tuple[str, str], ...] = (
    ("politician_question", r"spørgsmål til forvaltningen|politikerspørgsmål|§\s*20|spørge forvaltningen|"
                            r"stille (?:et )?spørgsmål|question(?:s)? to the administration"),
    ("legal_question", r"inhabil|orlov|tabt arbejdsfortjeneste|vederlag|diæt"),
    ("member_proposal", r"medlemsforslag|forespørgsel|på dagsordenen|beslutningsforslag"),
    ("speech", r"\btale(?:n|r)?\b|åbningstale|ordførertale|speech"),
    ("debate_press_release", r"debatindlæg|læserbrev|pressemeddelelse|kronik|press release"),
    ("political_messaging", r"budskab|opslag på|facebook|linkedin|instagram|some\b|nyhedsbrev"),
    ("press_monitoring", r"presseovervågning|hvad skriver (?:avisen|pressen|medierne)|omtale i|klip fra"),
    ("meeting_coordination", r"møde med|mødes med|borgermøde|besøg hos|aftale et møde|invitation|"
                             r"arrangere et møde|meeting with"),
    ("research_memo", r"notat|undersøg|research|tal(?:lene)? for|statistik|baggrund|overblik"),
)


def suggest_task_type(text: str, available: tuple[str, ...] | list[str]) -> str | None:
    """The first rule that matches and whose type the group has; else a research memo."""
    lowered = (text or "").lower()
    for code, pattern in _RULES:
        if code in available and re.search(pattern, lowered):
            return code
    if "research_memo" in available:
        return "research_memo"
    return available[0] if available else None
