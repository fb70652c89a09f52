"""Drafts, pure domain: word counts, speaking time, HTML blocks, templates, diff."""

from __future__ import annotations

from secretary_app.domain import vocab
from secretary_app.domain.draft_diff import diff_rows, diff_summary, side_by_side_html
from secretary_app.domain.draft_html import html_to_text, parse_blocks, text_to_html
from secretary_app.domain.draft_templates import fill_template, placeholders
from secretary_app.domain.speaking_time import (
    count_chars, count_words, format_duration, format_number, speaking_seconds, text_stats,
)
from secretary_app import paths


def test_words_count_letters_and_digits_in_any_script():
    assert count_words("") == 0
    assert count_words("Tak, formand.") == 2
    assert count_words("COVID-19 og § 9 – det er 3.000 kr.") == 7  # "§" and "–" are not words
    assert count_words("مرحبا بالعالم שלום עולם") == 4
    assert count_words("  linje\nto\tord ") == 3


def test_chars_include_spaces_but_not_line_breaks():
    assert count_chars("ab c") == 4
    assert count_chars("ab\nc") == 3


def test_speaking_time_at_the_members_rate():
    assert speaking_seconds(130, 130) == 60
    assert speaking_seconds(650, 130) == 300
    assert speaking_seconds(1, 130) == 1  # rounds up
    assert speaking_seconds(100, None) == speaking_seconds(100, 130)
    assert speaking_seconds(100, 0) == speaking_seconds(100, 130)  # unset: default rate
    assert format_duration(305) == "5:05"
    assert format_duration(3723) == "1:02:03"
    assert format_number(20000) == "20.000" and format_number(20000, "en") == "20,000"


def test_limits_turn_over():
    text = "ord " * 651
    s = text_stats(text, 130, limit_seconds=300)
    assert s.words == 651 and s.seconds == 301 and s.over_time and s.over
    assert "grænse 5:00" in s.summary()
    assert "limit 5:00" in s.summary("en")
    assert not text_stats("ord " * 650, 130, limit_seconds=300).over
    c = text_stats("x" * 3001, 130, limit_chars=3000)
    assert c.over_chars and not c.over_time and "3.001 tegn (grænse 3.000)" in c.summary()


QT_HTML = """<!DOCTYPE HTML><html><head><meta name="qrichtext" content="1" /><style type="text/css">
p, li { white-space: pre-wrap; }
</style></head><body style=" font-family:'Sans Serif'; font-weight:400;">
<h1 style=" margin-top:0px;"><span style=" font-size:xx-large; font-weight:700;">Overskrift</span></h1>
<p style=" margin-top:0px;">Normal  to <span style=" font-weight:700;">fed</span><span style=" font-style:italic;"> kursiv</span></p>
<p style="-qt-paragraph-type:empty; margin-top:0px;"><br /></p>
<ul style="margin-top: 0px;">
<li style=" margin-top:0px;">punkt &amp; 1</li>
<li style=" margin-top:0px;">to<br />linjer</li></ul>
<ol><li>første</li></ol></body></html>"""


def test_parse_qt_html_into_blocks_and_runs():
    blocks = parse_blocks(QT_HTML)
    assert [(b.kind, b.level) for b in blocks] == [("heading", 1), ("paragraph", 0), ("paragraph", 0),
                                                    ("bullet", 1), ("bullet", 1), ("number", 1)]
    runs = blocks[1].runs
    assert [(r.text, r.bold, r.italic) for r in runs] == [("Normal  to ", False, False), ("fed", True, False),
                                                          (" kursiv", False, True)]
    assert blocks[2].text == ""
    assert blocks[3].text == "punkt & 1"
    assert blocks[4].text == "to\nlinjer"
    assert html_to_text(QT_HTML) == "Overskrift\nNormal  to fed kursiv\n\npunkt & 1\nto\nlinjer\nførste"


def test_plain_text_round_trip():
    text = "a < b & c\n\nny linje"
    assert html_to_text(text_to_html(text)) == text


def test_every_kind_has_a_template_with_the_required_parts():
    folder = paths.get_asset("templates", "drafts")
    for kind in vocab.codes(vocab.DRAFT_KINDS):
        raw = (folder / f"{kind}.html").read_text(encoding="utf-8")
        filled = fill_template(raw, {"titel": "Test", "medlem": "Anna <A>"})
        assert "{{" not in filled
        assert "Anna &lt;A&gt;" in filled or "medlem" not in placeholders(raw)
    proposal = html_to_text((folder / "member_proposal.html").read_text(encoding="utf-8"))
    assert "Forslag" in proposal and "Motivation" in proposal
    press = (folder / "press_release.html").read_text(encoding="utf-8")
    assert "{{dato}}" in press and "Kontakt" in press and "Embargo" in press and "<h1>" in press
    access = (folder / "access_request.html").read_text(encoding="utf-8")
    assert "borgmester {{borgmester}}" in access and "{{sag}}" in access and "Materiale" in access
    assert "§ 9" in access


def test_unknown_placeholder_stays_visible():
    assert fill_template("{{hvad}} {{titel}}", {}) == "[hvad] [Titel]"


def test_diff_rows_and_word_marks():
    old = "Første afsnit.\nAndet afsnit om cykler.\nTredje."
    new = "Første afsnit.\nAndet afsnit om busser.\nNyt afsnit.\nTredje."
    rows = diff_rows(old, new)
    summary = diff_summary(rows)
    assert summary["equal"] == 2 and summary["replace"] + summary["insert"] >= 2
    html = side_by_side_html(old, new, "Version 1", "Nu")
    assert "Version 1" in html and "Nu" in html
    assert "line-through" in html and "busser" in html and "cykler" in html
    assert diff_summary(diff_rows(old, old)) == {"equal": 3, "delete": 0, "insert": 0, "replace": 0}
    short = side_by_side_html("\n".join(f"l{i}" for i in range(50)), "\n".join(f"l{i}" for i in range(49)) + "\nX",
                              "a", "b", context=2)
    assert "l0<" not in short and "…" in short
