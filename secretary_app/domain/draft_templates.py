"""Starting text of each kind of draft: Danish HTML templates with ``{{placeholders}}``.

The templates live in ``resources/templates/drafts/<kind>.html`` (one file per kind, editable
without touching code); filling them is pure string work, done here. Values are HTML-escaped;
an unknown placeholder is left visibly in square brackets so nothing silently disappears.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from secretary_app.domain import vocab

KINDS = vocab.codes(vocab.DRAFT_KINDS)
_PLACEHOLDER = re.compile(r"\{\{\s*([a-zæøå_]+)\s*\}\}")

# Sensible default limits: a council speech is usually 5 minutes (first round), a debate
# article for a newspaper's debate section about 3,000 characters including spaces.
DEFAULT_LIMITS: dict[str, tuple[int | None, int | None]] = {
    "speech": (300, None),
    "debate_article": (None, 3000),
    "press_release": (None, 2500),
}

# Shown in the template when the value is unknown, so the secretary sees what to fill in.
FALLBACKS = {
    "titel": "[Titel]",
    "medlem": "[Medlemmets navn]",
    "gruppe": "[Partigruppe]",
    "forsamling": "kommunalbestyrelsen",
    "dato": "[dato]",
    "udvalg_komma": "",
    "email": "[e-mail]",
    "telefon": "[telefon]",
    "sag": "[Sagens nummer og titel]",
    "borgmester": "[navn]",
}


def template_path(folder: Path, kind: str) -> Path:
    if kind not in KINDS:
        raise ValueError(kind)
    return Path(folder) / f"{kind}.html"


def fill_template(template: str, values: dict[str, str | None]) -> str:
    def repl(m: re.Match) -> str:
        key = m.group(1)
        value = values.get(key)
        if value in (None, ""):
            value = FALLBACKS.get(key, f"[{key}]")
        return html.escape(str(value), quote=False)

    return _PLACEHOLDER.sub(repl, template)


def placeholders(template: str) -> set[str]:
    return set(_PLACEHOLDER.findall(template))
