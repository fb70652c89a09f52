"""The text layouts Danish councils print, one synthetic agenda per layout, and the traps
(lists inside items, tables of contents, page furniture, dates in the body)."""

from __future__ import annotations

import datetime as dt

import pytest

from secretary_app.domain.agenda import parse_agenda
from secretary_app.domain.agenda.meeting_plan import parse_meeting_plan

HEAD = "Økonomiudvalget\nDagsorden\nDato: 12-03-2026 kl. 17.00\nSted: Rådhuset\n\n"
BODY = "Sagsnr.: 26/{n}\n\nSagsfremstilling\nForvaltningen har undersøgt sagen.\n\nIndstilling\nDet indstilles, at sagen godkendes.\n\n"


def items(text: str) -> list[tuple[str, str]]:
    return [(i.number, i.title) for i in parse_agenda(text).items]


def agenda(headings: list[str]) -> str:
    return HEAD + "".join(h + "\n" + BODY.format(n=k) for k, h in enumerate(headings, 1))


TITLES = ["Godkendelse af dagsorden", "Budget 2027 for Havnekøbing Kommune", "Eventuelt"]


@pytest.mark.parametrize("fmt", ["{n}. {t}", "{n}.{t}", "{n} {t}", "Punkt {n}: {t}", "Pkt. {n} {t}",
                                 "Punkt {n} {t}", "Punkt {n}\n{t}", "Pkt. {n}.\n\n{t}", "Sag nr. {n}: {t}",
                                 "Sag {n}. {t}", "Dagsordenspunkt {n}: {t}"])
def test_one_line_heading_layouts(fmt):
    text = agenda([fmt.format(n=n, t=t) for n, t in enumerate(TITLES, 1)])
    assert items(text) == [(str(n), t) for n, t in enumerate(TITLES, 1)]


def test_sub_numbers_under_group_items():
    text = HEAD + "1. KKR\n\n" + "".join(f"1.{k}. {t}\n" + BODY.format(n=k) for k, t in enumerate(TITLES[:2], 1)) \
        + "2. Eventuelt\n"
    got = parse_agenda(text).items
    assert [(i.number, i.title, i.heading) for i in got] == [
        ("1.1", TITLES[0], "KKR"), ("1.2", TITLES[1], "KKR"), ("2", "Eventuelt", "")]


def test_number_alone_on_its_line_with_title_below_and_attachment_counts():
    text = HEAD + "Punkt\nTitel\n\n" + "".join(
        f"{n}\n{t}\n\nEMN-2026-00{n}123\n\nBeslutninger\nGodkendt.\n\nBilag\nPDFNotat\n\n3\n\nHent som PDF\n\n"
        for n, t in enumerate(TITLES, 1))
    assert items(text) == [(str(n), t) for n, t in enumerate(TITLES, 1)]


def test_sag_nr_after_the_title():
    text = HEAD + "".join(f"{t}\nSag nr. {n}\n\nSagsfremstilling\nTekst om sagen.\n\n"
                          for n, t in enumerate(TITLES, 128))
    assert items(text) == [(str(n), t) for n, t in enumerate(TITLES, 128)]


def test_running_numbers_across_the_year():
    text = agenda([f"{n}. {t}" for n, t in enumerate(TITLES, 227)])
    assert items(text) == [(str(n), t) for n, t in enumerate(TITLES, 227)]


def test_group_headings_are_not_items_but_headings():
    text = HEAD + "A. Sager til beslutning\n\n1. " + TITLES[0] + "\n" + BODY.format(n=1) \
        + "B. Sager til orientering\n\n2. " + TITLES[1] + "\n" + BODY.format(n=2)
    got = parse_agenda(text).items
    assert [(i.number, i.title, i.heading) for i in got] == [
        ("1", TITLES[0], "A. Sager til beslutning"), ("2", TITLES[1], "B. Sager til orientering")]


def test_closed_items_are_marked_and_keep_their_printed_title():
    text = agenda(["1. Godkendelse af dagsorden", "2. Lukket punkt.", "3. Lukket: Køb af ejendom",
                   "4. Salg af grund (Lukket)"])
    got = parse_agenda(text).items
    assert [(i.title, i.closed) for i in got] == [
        ("Godkendelse af dagsorden", False), ("Lukket punkt.", True), ("Lukket: Køb af ejendom", True),
        ("Salg af grund (Lukket)", True)]


def test_items_under_a_closed_group_heading_are_closed():
    text = HEAD + "Åbne punkter\n\n1. Godkendelse af dagsorden\n" + BODY.format(n=1) \
        + "Lukkede punkter\n\n2. Personalesag\n" + BODY.format(n=2)
    assert [(i.number, i.closed) for i in parse_agenda(text).items] == [("1", False), ("2", True)]


def test_table_of_contents_with_page_numbers_and_other_order():
    toc = "Indholdsfortegnelse\n3. Eventuelt ........ 9\n1. Godkendelse af dagsorden ....... 2\n" \
          "2. Budget 2027 for Havnekøbing Kommune .......... 4\n\n"
    text = HEAD + toc + "".join(f"{n}. {t}\n" + BODY.format(n=n) for n, t in enumerate(TITLES, 1))
    assert items(text) == [(str(n), t) for n, t in enumerate(TITLES, 1)]


def test_table_of_contents_supplies_items_the_excerpt_lacks():
    toc = "1 Godkendelse af dagsorden\n2 Budget 2027 for Havnekøbing Kommune\n3 Eventuelt\n\n"
    text = HEAD + toc + "1. Godkendelse af dagsorden\n" + BODY.format(n=1)
    assert items(text) == [(str(n), t) for n, t in enumerate(TITLES, 1)]


def test_wrapped_and_hyphenated_titles_and_real_hyphens():
    text = agenda(["1. Afrapportering på klimaregnskab samt orientering om ny 2030-\nfremskrivning",
                   "2. Ansøgning om tilskud til renovering af kom-\nmunens idrætshaller og svømmehaller",
                   "3. Udbud af SMV-\nmålgruppens rådgivning"])
    assert items(text) == [("1", "Afrapportering på klimaregnskab samt orientering om ny 2030-fremskrivning"),
                           ("2", "Ansøgning om tilskud til renovering af kommunens idrætshaller og svømmehaller"),
                           ("3", "Udbud af SMV-målgruppens rådgivning")]


def test_page_headers_and_footers_mid_text_are_dropped():
    footer = "\nØkonomiudvalget 12-03-2026            Side {p} af 3\n"
    text = HEAD + "".join(f"{n}. {t}\n" + BODY.format(n=n) + footer.format(p=n) for n, t in enumerate(TITLES, 1))
    agenda_ = parse_agenda(text)
    assert [(i.number, i.title) for i in agenda_.items] == [(str(n), t) for n, t in enumerate(TITLES, 1)]
    assert all("Side" not in " ".join(i.sections.values()) for i in agenda_.items)


def test_numbered_conditions_inside_an_item_are_never_items():
    conditions = "".join(f"{k}. Byggepladsen skal {w}.\n" for k, w in enumerate(
        ["hegnes ind", "ryddes dagligt", "have skiltning", "belyses om natten", "have adgangsvej",
         "godkendes af kommunen"], 1))
    text = HEAD + "1. Godkendelse af dagsorden\n" + BODY.format(n=1) + "2. Byggetilladelse på Havnevej 3\n" \
        + "Sagsnr.: 26/2\n\nSagsfremstilling\nTilladelsen gives på disse vilkår:\n" + conditions \
        + "\nBeslutning\nGodkendt.\n"
    assert items(text) == [("1", "Godkendelse af dagsorden"), ("2", "Byggetilladelse på Havnevej 3")]


def test_numbered_conditions_in_the_last_item_followed_by_more_items():
    conditions = "".join(f"{k}. Vilkår nummer {k} for tilladelsen.\n\n" for k in range(1, 7))
    text = HEAD + "1. Godkendelse af dagsorden\n" + BODY.format(n=1) + "2. Byggetilladelse\nSagsnr.: 26/2\n\n" \
        + "Indstilling\nDet indstilles, at\n\n" + conditions + "3. Eventuelt\n" + BODY.format(n=3)
    assert items(text) == [("1", "Godkendelse af dagsorden"), ("2", "Byggetilladelse"), ("3", "Eventuelt")]


def test_participant_list_in_the_minutes_is_not_items():
    people = "".join(f"{k}. Borgmester Navn Nummer{k} (A)\n\n" for k in range(1, 14))
    text = "1. Godkendelse af dagsorden\n\nSagsfremstilling\n.....\n\nBeslutning\n" \
           "Udvalgets beslutning i mødet den 31. marts 2026\n\nMødet startede kl. 15.30.\n\nDeltagerne var:\n\n" + people
    agenda_ = parse_agenda(text)
    assert [(i.number, i.title) for i in agenda_.items] == [("1", "Godkendelse af dagsorden")]
    assert agenda_.meeting.date == dt.date(2026, 3, 31)
    assert agenda_.meeting.start_time == dt.time(15, 30)
    assert agenda_.is_minutes


def test_sentence_starting_with_a_number_is_not_an_item():
    text = HEAD + "1. Fraværende\n\nResume\nIngen.\n\n2. Godkendelse af stedfortrædere\n\nResume\n" \
        "Det er oplyst, at\n1. stedfortræder på liste V er indkaldt.\n\nBeslutning\nGodkendt.\n"
    assert items(text) == [("1", "Fraværende"), ("2", "Godkendelse af stedfortrædere")]


def test_attachment_lists_and_decisions():
    text = HEAD + "1. Budget 2027\nSagsnr.: 26/1\n\nSagsfremstilling\nTekst.\n\nBilag\n1. Notat om budget\n" \
        "2. Tidsplan\n\nBeslutning\nGodkendt med 7 stemmer.\n\n2. Eventuelt\n\nBeslutning\nIntet.\n"
    got = parse_agenda(text).items
    assert [(i.number, i.title) for i in got] == [("1", "Budget 2027"), ("2", "Eventuelt")]
    assert got[0].decision == "Godkendt med 7 stemmer."


def test_glued_heading_after_a_web_page_word():
    text = "Byrådet - Referat\n\nDato: 29. januar 2020\nTidspunkt: Kl. 19:00\n\nIndholdsfortegnelse1. Fraværende\n\n" \
           "Resume\nTekst.\n\n2. Eventuelt\n\nResume\nTekst.\n"
    assert items(text) == [("1", "Fraværende"), ("2", "Eventuelt")]


# --- the meeting header -----------------------------------------------------------------

ITEMS = "\n1. Godkendelse af dagsorden\nSagsnr.: 26/1\n\nBeslutning\nGodkendt.\n\n2. Eventuelt\n"


@pytest.mark.parametrize("head, date, start, end", [
    ("Dato: 12-03-2026\nTid: 17:00 - 19:10\n", dt.date(2026, 3, 12), dt.time(17), dt.time(19, 10)),
    ("Mødedato: Torsdag den 12. marts 2026 kl. 17.00\n", dt.date(2026, 3, 12), dt.time(17), None),
    ("Mødedato   Onsdag d. 27. august 2025 kl. 16:00\n", dt.date(2025, 8, 27), dt.time(16), None),
    ("Referat\ntil\nmødet i Økonomiudvalget\nden 27. august 2025 kl. 16.00\ni Udvalgsværelset\n",
     dt.date(2025, 8, 27), dt.time(16), None),
    ("Mødetidspunkt: 05-12-2017 17:00:00\nDato: 05-12-2017 17:00:00\n", dt.date(2017, 12, 5), dt.time(17), None),
    ("Mødedato:\n\nonsdag den 1. oktober 2025 kl. 15.45\n\nMødested:\n\nUdvalgsværelse 398\n",
     dt.date(2025, 10, 1), dt.time(15, 45), None),
    ("Dagsorden for Teknisk Udvalg 3. februar 2026\n", dt.date(2026, 2, 3), None, None),
    ("Dato: 3. feb. 2026\nStarttidspunkt: 16:30\nSluttidspunkt: 18:00\n", dt.date(2026, 2, 3), dt.time(16, 30),
     dt.time(18)),
])
def test_header_dates_and_times(head, date, start, end):
    m = parse_agenda(head + ITEMS).meeting
    assert (m.date, m.start_time, m.end_time) == (date, start, end)


def test_general_times_in_an_intro_are_not_the_meeting_time():
    head = "Byrådsmøderne holdes i Byrådssalen kl. 16.00 med mindre andet er angivet.\n\n" \
           "Udvalg: Udvalget for teknik og miljø\nMødedato: 18-02-2019\n"
    m = parse_agenda(head + ITEMS).meeting
    assert (m.date, m.start_time, m.body) == (dt.date(2019, 2, 18), None, "Udvalget for teknik og miljø")


def test_label_and_value_on_separate_lines_and_place():
    m = parse_agenda("Udvalg:\n\nTeknisk Udvalg\n\nMødedato:\n\n1. oktober 2025 kl. 15.45\n\n"
                     "Mødested:\n\nUdvalgsværelse 398\n" + ITEMS).meeting
    assert (m.body, m.date, m.place) == ("Teknisk Udvalg", dt.date(2025, 10, 1), "Udvalgsværelse 398")


# --- meeting plans ----------------------------------------------------------------------

def _plan(text: str) -> list[tuple[str, str | None]]:
    return [(m["date"], m["time"]) for m in parse_meeting_plan(text).to_dict()["meetings"]]


def test_plan_year_heading_days_without_weekday_holidays_and_exceptions():
    text = ("Byrådsmøder 2027\nByrådet holder møder på Rådhuset følgende onsdage kl. 17.00:\n"
            "20. januar\nVinterferie\n3. februar\n(KL's topmøde torsdag og fredag den 11. og 12. marts.)\n"
            "17. marts kl. 15.00 (1. budgetbehandling)\nSommerferie\n")
    assert _plan(text) == [("2027-01-20", "17:00"), ("2027-02-03", "17:00"), ("2027-03-17", "15:00")]


def test_plan_month_before_day():
    assert _plan("Mødeplan 2027\nMøderne holdes kl. 16.00.\nJanuar 20.\nFebruar 3.\n") == [
        ("2027-01-20", "16:00"), ("2027-02-03", "16:00")]


def test_plan_weekday_lines_and_two_dates_on_one_line():
    text = "2027\nMandag den 25. januar og mandag den 22. februar\n18. og 25. marts kl. 19.00\n"
    assert _plan(text) == [("2027-01-25", None), ("2027-02-22", None), ("2027-03-18", "19:00"),
                           ("2027-03-25", "19:00")]


def test_plan_with_several_bodies():
    text = "Mødeplan 2027\n\nØkonomiudvalget\nTirsdag den 12. januar kl. 15.00\n\n" \
           "Kommunalbestyrelsen\nTorsdag den 21. januar kl. 19.00\nTorsdag den 12. januar kl. 19.00\n"
    got = [(m["date"], m["time"], m["body"]) for m in parse_meeting_plan(text).to_dict()["meetings"]]
    assert got == [("2027-01-12", "15:00", "Økonomiudvalget"), ("2027-01-21", "19:00", "Kommunalbestyrelsen"),
                   ("2027-01-12", "19:00", "Kommunalbestyrelsen")]
    problems = parse_meeting_plan(text).problems
    assert [p.line for p in problems] == [8] and "tirsdag" in problems[0].da  # 12 January 2027 is a Tuesday


def test_sentence_with_a_date_is_not_a_meeting():
    text = "2027\nMandag den 25. januar\n12. marts 2027 godkendte udvalget planen.\n"
    assert _plan(text) == [("2027-01-25", None)]


def test_plan_table_rows_of_bodies_and_dates():
    text = "Mødekalender 2027\nØkonomiudvalget: 12. januar, 9. februar\nByrådet  20. januar  17. februar kl. 19.00\n"
    got = [(m["date"], m["time"], m["body"]) for m in parse_meeting_plan(text).to_dict()["meetings"]]
    assert got == [("2027-01-12", None, "Økonomiudvalget"), ("2027-02-09", None, "Økonomiudvalget"),
                   ("2027-01-20", "19:00", "Byrådet"), ("2027-02-17", "19:00", "Byrådet")]
