"""Agenda parser: both seed KKR agendas item by item, other Danish layouts, bad input, and
random text that may only ever raise a ValidationError."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretary_app.domain.agenda_parser import (
    AgendaError, case_of, join_wrapped, parse_agenda, section_name,
)
from secretary_app.domain.errors import ValidationError

DATA = Path(__file__).resolve().parents[1] / "data" / "agendas"


def load(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


KKR_2026 = [
    ("1.1", "Konstituerende møde i KKR Hovedstaden 2026-2030", "SAG-2024-04469", "rojh"),
    ("1.2", "Godkendelse af sammensætning af medlemmer i KKR Hovedstaden for valgperioden 2026-2030",
     "SAG-2024-04469", "rojh"),
    ("1.3", "Anmeldelse og godkendelse af valgforbund til valg af KKR’s formand og næstformand 2026-2030",
     "SAG-2024-04469", "rojh"),
    ("1.4", "Valg af formand og næstformand for KKR Hovedstaden 2026-2030", "SAG-2024-04469", "rojh"),
    ("1.5", "Udpegelser af politiske repræsentanter til regionale fora for valgperioden 2026-2030",
     "SAG-2024-04469", "rojh"),
    ("1.6", "Erhvervsorganisationer og videninstitutioner til erhvervshusenes bestyrelser for "
            "valgperioden 2026-2030", "SAG-2024-04469", "rojh"),
    ("1.7", "Udpegning af erhvervsrepræsentanter til bestyrelsen for Greater Copenhagen EU Office",
     "SAG-2024-04469", "gitb"),
    ("1.8", "KKR Hovedstaden mødeplan for valgperioden 2026-2030", "SAG-2024-04469", "rojh"),
    ("1.9", "KKR’s forretningsorden for valgperioden 2026-2030", "SAG-2024-04469", "rojh"),
    ("1.10", "KKR og det fælleskommunale samarbejde", "SAG-2024-04469", "rojh"),
    ("1.11", "KKR Hovedstaden administrative organisering", "SAG-2024-04469", "chbn"),
    ("2", "Eventuelt", "", ""),
]

KKR_2022 = [
    ("1.1", "Konstituerende møde i KKR Hovedstaden 2022", "SAG-2021-05184", "snm"),
    ("1.2", "Godkendelse af sammensætning og medlemmer af KKR Hovedstaden for valgperioden 2022-2026",
     "SAG-2021-00150", "snm"),
    ("1.3", "Anmeldelse og godkendelse af valgforbund til valg af KKR’s formand og næstformand",
     "SAG-2021-05184", "snm"),
    ("1.4", "Valg af formand og næstformand for KKR Hovedstaden 2022-2026", "SAG-2021-05184", "snm"),
    ("1.5", "Udpegelser af politiske repræsentanter til regionale fora for valgperioden 2022-2026",
     "SAG-2021-04979", "snm"),
    ("1.6", "Erhvervsorganisationer og videninstitutioner til erhvervshusenes bestyrelser for "
            "valgperioden 2022-2026", "SAG-2022-00150", "nihj"),
    ("1.7", "Indstilling af erhvervsrepræsentant til Greater Copenhagen EU Office", "DAG-2019-00336", "nihj"),
    ("1.8", "KKR Hovedstadens mødeplan for valgperioden 2022-2026", "SAG-2021-05184", "snm"),
    ("1.9", "KKR’s forretningsorden for valgperioden 2022-2026", "SAG-2021-05184", "snm"),
    ("1.10", "KKR som politisk forum", "SAG-2021-05184", "snm"),
    ("1.11", "KKR Hovedstadens administrative organisering", "SAG-2021-05184", "snm"),
    ("2", "Eventuelt", "", ""),
]


@pytest.mark.parametrize("name, expected", [("kkr_hovedstaden_2026.txt", KKR_2026),
                                            ("kkr_hovedstaden_2022.txt", KKR_2022)])
def test_seed_agendas_every_item(name, expected):
    agenda = parse_agenda(load(name))
    got = [(i.number, i.title, i.case_number, i.initials) for i in agenda.items]
    assert got == expected
    assert agenda.items[-1].is_eventuelt
    assert all(i.heading == "KKR" for i in agenda.items[:-1])
    # every real item has the three KL sections (1.1 only its Baggrund)
    for item in agenda.items[1:-1]:
        assert list(item.sections)[:3] == ["Baggrund", "Indstilling", "Sagsfremstilling"]
    assert agenda.warnings == []


def test_seed_2026_header_and_details():
    agenda = parse_agenda(load("kkr_hovedstaden_2026.txt"))
    m = agenda.meeting
    assert m.date == dt.date(2026, 1, 26)
    assert m.start_time == dt.time(10, 30)
    assert m.place == "Glostrup Park Hotel, Hovedvejen 41, Glostrup"
    assert m.body == "KKR Hovedstaden" and m.body_kind == "kkr"
    assert (m.group_meeting_start, m.group_meeting_end) == (dt.time(9), dt.time(10, 30))
    items = {i.number: i for i in agenda.items}
    # "./." markers counted; the body line "2. Det fremgår her, ..." is not an item
    assert items["1.2"].attachments == 1
    assert items["1.5"].attachments == 1
    assert "Det fremgår her, at borgmestrene" in items["1.2"].sections["Sagsfremstilling"]
    # hyphenation undone in the section text, real hyphens kept
    text = items["1.2"].sections["Indstilling"]
    assert text == ("Det indstilles, at sammensætning og valg af medlemmer til KKR Hovedstaden for "
                    "valgperioden 2026-2030 godkendes.")
    assert "SMV-målgruppen" in items["1.6"].sections["Indstilling"]
    assert "./." not in items["1.2"].sections["Sagsfremstilling"]
    # the KL mission/vision box is not part of anything
    assert all("helhedsperspektiv" not in s for i in agenda.items for s in i.sections.values())


def test_seed_2022_header():
    m = parse_agenda(load("kkr_hovedstaden_2022.txt")).meeting
    assert (m.date, m.start_time) == (dt.date(2022, 1, 25), dt.time(10, 30))
    assert m.place == "Pharmakon, Milnersvej 42, 3400 Hillerød"
    assert (m.group_meeting_start, m.group_meeting_end) == (dt.time(9, 30), dt.time(10, 30))
    items = {i.number: i for i in parse_agenda(load("kkr_hovedstaden_2022.txt")).items}
    assert items["1.2"].attachments == 1  # written "./.." in the source
    assert items["1.9"].attachments == 2


def test_council_layout_with_flat_numbers_toc_and_running_footer():
    agenda = parse_agenda(load("kommunalbestyrelsen_havnekoebing_2026-04.txt"))
    m = agenda.meeting
    assert m.date == dt.date(2026, 4, 23)
    assert (m.start_time, m.end_time) == (dt.time(18), dt.time(21, 30))
    assert m.place == "Rådhuset, Byrådssalen, Torvet 1, 4900 Havnekøbing"
    assert m.body == "Kommunalbestyrelsen" and m.body_kind == "council"
    got = [(i.number, i.title, i.case_number, i.initials) for i in agenda.items]
    assert got == [
        ("302", "Godkendelse af dagsorden", "00.01.00-A00-1-26", "lije"),
        ("303", "Meddelelser fra borgmesteren", "00.01.00-A00-2-26", "lije"),
        ("304", "Regnskab 2025 for Havnekøbing Kommune, 1. behandling", "00.30.10-S55-1-26", "mbk"),
        # 305 is a closed item left out of the public agenda
        ("306", "Lokalplan 1.47 for boliger ved Nordre Havnevej - endelig vedtagelse",
         "01.02.05-P16-3-25", "anho"),
        ("307", "Eventuelt", "", ""),
    ]
    regnskab = agenda.items[2]
    assert list(regnskab.sections) == ["Resume", "Problemstilling", "Løsning", "Økonomi", "Indstilling",
                                       "Beslutning i Økonomiudvalget den 14. april 2026", "Beslutning", "Bilag"]
    assert regnskab.attachments == 1
    assert "Børne- og Ungeområdet" in regnskab.sections["Resume"]
    assert regnskab.sections["Indstilling"].splitlines()[1].startswith("1. regnskab 2025")
    assert "Side" not in " ".join(regnskab.sections.values())
    assert "Lov- og planforhold" in agenda.items[3].sections["Sagsfremstilling"]


def test_copenhagen_layout_case_numbers_in_brackets():
    agenda = parse_agenda(load("borgerrepraesentationen_2026-03-12.txt"))
    m = agenda.meeting
    assert (m.date, m.start_time) == (dt.date(2026, 3, 12), dt.time(17, 30))
    assert m.body == "Borgerrepræsentationen"
    assert (m.group_meeting_start, m.group_meeting_end) == (dt.time(16), dt.time(17, 15))
    got = [(i.number, i.title, i.case_number) for i in agenda.items]
    assert got == [
        ("1", "Valg af medlem til Børne- og Ungdomsudvalget efter udtræden", "2026-0041187"),
        ("2", "Forslag om bedre cykelparkering ved stationer (medlemsforslag)", "2026-0039912"),
        ("3", "Anlægsbevilling til renovering af Nørrebrohallen og udvidelse af omklædningsfaciliteter",
         "2025-0817734"),
        ("4", "Eventuelt", ""),
    ]
    assert "Indstilling og beslutning" in agenda.items[0].sections
    assert "cykelparkeringspladser" in agenda.items[1].sections["Indstilling og beslutning"]


@pytest.mark.parametrize("a, b, joined", [
    ("KKR Ho-", "vedstaden", "KKR Hovedstaden"),
    ("inden for SMV-", "målgruppen", "inden for SMV-målgruppen"),
    ("Lov-", "og planforhold", "Lov- og planforhold"),
    ("perioden 2026-", "2030", "perioden 2026-2030"),
    ("valget –", "og derfor", "valget – og derfor"),
    ("videninsti -", "tution", "videninstitution"),
    ("Nord-", "Sjælland", "Nord-Sjælland"),
    ("uden", "bindestreg", "uden bindestreg"),
])
def test_join_wrapped(a, b, joined):
    assert join_wrapped(a, b) == joined


def test_case_numbers_and_sections():
    assert case_of("SAG-2024-04469 rojh") == ("SAG-2024-04469", "rojh")
    assert case_of("DAG-2019-00336 nihj") == ("DAG-2019-00336", "nihj")
    assert case_of("Sagsnr.: 24/12345") == ("24/12345", "")
    assert case_of("Sagsnr. 2024-012345, Sagsbehandler: abc") == ("2024-012345", "abc")
    assert case_of("2026-2030") is None  # a period, not a case
    assert section_name("Baggrund") == "Baggrund"
    assert section_name("Beslutning i Borgerrepræsentationen den 12. marts 2026")
    assert section_name("indstilling fra de faglige hovedorganisationer (FH og AC) i fællesskab,") is None


def test_weekday_that_contradicts_the_date_is_a_warning():
    text = ("Økonomiudvalget\nDagsorden\nMødedato: Fredag den 12. marts 2026 kl. 15.00\n\n"
            "1. Godkendelse af dagsorden\nSagsnr.: 26/100\n\nBeslutning\nGodkendt.\n")
    agenda = parse_agenda(text)
    assert agenda.meeting.date == dt.date(2026, 3, 12)
    assert agenda.meeting.body_kind == "committee"
    assert len(agenda.warnings) == 1 and "torsdag" in agenda.warnings[0] and "Linje 3" in agenda.warnings[0]


@pytest.mark.parametrize("text, words, line", [
    ("", "tom", 1),
    ("   \n\n  ", "tom", 1),
    ("abc\x00def\n", "binære", 1),
    ("%PDF-1.7\n...", "PDF", 1),
    ("Kære alle\n\nHer er referatet fra sidste uge.\nHilsen Lise\n", "Ingen nummererede", 4),
    ("Dato: 31-02-2026\n1. Godkendelse\nSagsnr.: 26/1\n", "kan ikke læses", 1),
])
def test_bad_input_names_the_problem_and_line(text, words, line):
    with pytest.raises(ValidationError) as info:
        parse_agenda(text)
    assert words in info.value.da
    assert info.value.line == line
    assert f"linje {line}" in info.value.da


def test_agenda_without_a_date_is_read_with_a_warning_for_the_review():
    agenda = parse_agenda("Dagsorden\n\n1. Godkendelse\nSagsnr.: 26/1\n\n2. Eventuelt\n")
    assert agenda.meeting.date is None
    assert [i.number for i in agenda.items] == ["1", "2"]
    assert any("Mødedatoen" in w for w in agenda.warnings)


def test_one_numbered_line_without_structure_is_not_an_agenda():
    with pytest.raises(AgendaError, match="ligner ikke en dagsorden"):
        parse_agenda("Dato: 26-01-2026\n\n1. Husk at købe mælk\n")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_random_text_never_crashes(text):
    try:
        parse_agenda(text)
    except ValidationError:
        pass


_piece = st.sampled_from([
    "1.1. Konstituerende møde", "SAG-2024-04469 rojh", "Baggrund", "Indstilling", "./. Bilag", "2.",
    "Dato: 26-01-2026 10:30", "Sted: Rådhuset,", "Ho-", "vedstaden", "302. Regnskab", "Sagsnr.: 24/1",
    "Mandag den 26. januar", "", " ", "Side 2 af 3", "Mission", "KL bidrager.", "1.", "1.1.", "(2026-0012345)",
    "Beslutning i Økonomiudvalget den 3. marts 2026", "Torsdag den 30. februar 2026", "9999. x",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_piece, st.text(max_size=40)), max_size=80))
def test_random_agenda_like_lines_never_crash(lines):
    try:
        agenda = parse_agenda("\n".join(lines))
    except ValidationError:
        return
    assert agenda.meeting.date is not None or agenda.warnings
    assert all(i.number and i.title for i in agenda.items)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_decoded_never_crash(data):
    for text in (data.decode("utf-8", errors="replace"), data.decode("latin-1")):
        try:
            parse_agenda(text)
        except ValidationError:
            pass
