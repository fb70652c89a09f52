"""Agenda and plan readers on 1 MB, 4 MB and 10 MB inputs: a long council agenda as text,
the same as an HTML page, and a long meeting plan. Linear readers take about 4x and 10x
the 1 MB time; the ratios are printed, measured in the same run (no wall-clock limits)."""

from __future__ import annotations

import html
import time

from secretary_app.domain.agenda import parse_agenda
from secretary_app.domain.agenda.html_reader import agenda_from_html
from secretary_app.domain.agenda.meeting_plan import parse_meeting_plan

ITEM = ("{n}. Sag nummer {n} om et langt emne, der ombry-\ndes over to linjer\n"
        "Sagsnr.: 00.01.00-A00-{n}-26        Sagsbehandler: Lise Jensen (lije)\n\nResume\n"
        "Forvaltningen har undersøgt sagen og indstiller, at\n1. planen godkendes,\n2. udgiften afholdes.\n\n"
        "Baggrund\n" + "Teksten fortsætter over mange linjer med almindelige ord og tal som 12. marts 2026.\n" * 12
        + "\nBeslutning\nGodkendt.\n\nKommunalbestyrelsen, 23-04-2026        Side {n} af 999\n\n")


def text_agenda(size: int) -> str:
    out = ["Kommunalbestyrelsen", "Dagsorden", "Mødedato: Torsdag den 23. april 2026 kl. 18.00", ""]
    n, total = 1, 0
    while total < size:
        block = ITEM.format(n=n)
        out.append(block)
        total += len(block.encode("utf-8"))
        n += 1
    return "\n".join(out)


def html_agenda(size: int) -> str:
    parts = ["<html><head><title>Dagsorden</title></head><body><p>Mødedato: 23-04-2026 kl. 18.00</p>"]
    n, total = 1, 0
    while total < size:
        block = (f"<div><h2>Punkt {n}: Sag nummer {n}</h2><p>EMN-2026-{n:06d}</p><h3>Beslutninger</h3>"
                 + "<p>" + html.escape("Teksten fortsætter med almindelige ord. " * 20) + "</p></div>")
        parts.append(block)
        total += len(block)
        n += 1
    return "".join(parts) + "</body></html>"


def plan(size: int) -> str:
    out = ["Byrådsmøder 2026", "Byrådet holder møder på Rådhuset kl. 17.00:"]
    total = 0
    while total < size:
        for line in ("18. januar", "Vinterferie", "Mandag den 26. januar (konstituerende møde)",
                     "19. september kl. 15.00 (1. budgetbehandling)"):
            out.append(line)
            total += len(line) + 1
    return "\n".join(out)


def _time(fn, arg) -> float:
    best = float("inf")
    for _ in range(2):
        t = time.perf_counter()
        fn(arg)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    mb = 1_000_000
    for name, make, read in (("text agenda", text_agenda, parse_agenda), ("HTML agenda", html_agenda, agenda_from_html),
                             ("meeting plan", plan, lambda t: parse_meeting_plan(t))):
        base = _time(read, make(mb))
        four = _time(read, make(4 * mb))
        ten = _time(read, make(10 * mb))
        print(f"{name}: 1 MB {base:.2f} s, 4 MB {four:.2f} s (ratio {four / base:.1f}, linear 4), "
              f"10 MB {ten:.2f} s (ratio {ten / base:.1f}, linear 10)")


if __name__ == "__main__":
    main()
