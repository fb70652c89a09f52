"""Udskriv … prints what the page shows; where there is nothing to print it is disabled and says why."""

from secretary_app.ui.printing import printable


def test_board_prints_its_visible_cards(main_window, qtbot):
    page = main_window.show_page("board")
    qtbot.waitUntil(lambda: bool(page.visible_cards()), timeout=10_000)
    doc = printable(page)
    assert doc is not None and page.visible_cards()[0].title in doc.toPlainText()
    main_window._update_print_action()
    assert main_window.act_print.isEnabled()


def test_today_has_nothing_to_print_and_the_action_says_why(main_window):
    main_window.show_page("today")
    main_window._update_print_action()
    assert not main_window.act_print.isEnabled() and "opgavetavlen" in main_window.act_print.toolTip()


def test_print_goes_through_the_print_dialog(main_window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from secretary_app.ui import printing

    page = main_window.show_page("board")
    qtbot.waitUntil(lambda: bool(page.visible_cards()), timeout=10_000)
    out = tmp_path / "tavle.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert printing.print_page(main_window, page)
    assert out.stat().st_size > 1000
