"""Agenda parsing speed: the 2026 KKR seed agenda, and a long synthetic council agenda
(400 items, ~20,000 lines). Baseline in the same run: splitting and stripping the same text,
the least any parser must do."""

from __future__ import annotations

import time
from pathlib import Path

from secretary_app.domain.agenda_parser import parse_agenda

ROOT = Path(__file__).resolve().parents[1]


def _best(fn, n: int) -> float:
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def long_agenda(items: int = 400) -> str:
    seed = (ROOT / "tests/data/agendas/kommunalbestyrelsen_havnekoebing_2026-04.txt").read_text(encoding="utf-8")
    body = seed[seed.rindex("304. Regnskab"):seed.rindex("306. Lokalplan")].split("\n", 3)[3]
    out = ["Kommunalbestyrelsen", "Dagsorden", "Mødedato: Torsdag den 23. april 2026", "Mødetidspunkt: 18:00", ""]
    for k in range(items):
        out.append(f"{100 + k}. Sag nummer {k} om et langt emne, der ombry-\ndes over to linjer")
        out.append(f"Sagsnr.: 00.01.00-A00-{k}-26        Sagsbehandler: Lise Jensen (lije)")
        out.append(body)
        if k % 3 == 0:
            out.append(f"Kommunalbestyrelsen, 23-04-2026        Side {k // 3 + 1} af {items // 3 + 1}\n")
    return "\n".join(out)


def main() -> None:
    for name, text, n in (("seed 003 (KKR 2026)", (ROOT / "tests/data/agendas/kkr_hovedstaden_2026.txt")
                           .read_text(encoding="utf-8"), 20),
                          ("400-item council agenda", long_agenda(), 3)):
        lines = text.count("\n") + 1
        base = _best(lambda: [ln.strip() for ln in text.splitlines()], n)
        parsed = _best(lambda: parse_agenda(text), n)
        items = len(parse_agenda(text).items)
        print(f"{name}: {lines} lines, {items} items: parse {parsed * 1000:.1f} ms; "
              f"baseline split+strip {base * 1000:.2f} ms; ratio {parsed / base:.0f}x")


if __name__ == "__main__":
    main()
