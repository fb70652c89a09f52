"""Data safety point 14: the agenda reader is linear in the size of its input.

It used to rescan the item's earlier section headings for every repeated one (a long item
with many "Beslutning" or "Bilag" headings), so four times the text took about ten to
fourteen times as long (1 MB 5.5 s, 4 MB 79 s). The test compares the reader with
itself on the same kind of agenda at two sizes (CPU time, best of three), so a slow or busy
machine changes both figures alike; a quadratic reader gives a ratio near 16, a linear one 4.
"""

from __future__ import annotations

import time

import pytest

from secretary_app.domain.agenda_parser import parse_agenda

pytestmark = pytest.mark.slow

BODY = """Sagsfremstilling
Forvaltningen har udarbejdet et forslag, som beskrives herunder i nogle linjer tekst,
der gentages, så hvert punkt fylder som et rigtigt punkt på en dagsorden.
Indstilling
Forvaltningen indstiller, at udvalget godkender forslaget.
Beslutning
Udvalget godkendte indstillingen.
Bilag
1. Notat om sagen
2. Tidsplan
"""


def agenda(repeats: int, items: int = 3) -> str:
    out = ["Kommunalbestyrelsen", "Dagsorden", "Mødedato: Torsdag den 23. april 2026", "Mødetidspunkt: 18:00", ""]
    for k in range(items):
        out.append(f"{k + 1}. Sag nummer {k} om et langt emne, der ombry-\ndes over to linjer")
        out.append(f"Sagsnr.: 00.01.00-A00-{k}-26        Sagsbehandler: Lise Jensen (lije)")
        out.append(BODY * repeats)
    return "\n".join(out)


def cpu_best(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        parse_agenda(text)
        best = min(best, time.process_time() - start)
    return best


def test_four_times_the_agenda_takes_about_four_times_as_long():
    small, large = agenda(300), agenda(1200)  # about 0.3 MB and 1.2 MB
    assert len(parse_agenda(large).items) == 3
    ratio = cpu_best(large) / cpu_best(small)
    assert ratio < 8, f"4x the input took {ratio:.1f}x the time"
