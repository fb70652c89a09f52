"""The operation layer: one way for every change from the GUI, and for all long work.

    from secretary_app.domain.changes import Changes, Kind

    ctx.ops.change(self.tr("Flyt opgave"),
                   lambda store: requests.move(store, rid, "done"),
                   undo=lambda store, _result: requests.move(store, rid, old),
                   ).success(lambda result: ...).run()
    ctx.ops.query(lambda store: requests.list_for_board(store, gid)).success(self.set_rows).run()
    ctx.ops.job(self.tr("Eksporterer …"), lambda store, progress: export(...)) \
           .with_preload("docx").with_cancel().success(...).run()

- ``do`` runs on the one serial database worker (``worker.SerialWorker``), never on the UI
  thread; ``success`` callbacks run on the UI thread afterwards.
- The notice: ``changes=`` when given; else what the service functions called during the
  work recorded: each mutating service is marked ``@changes(Kind.X)`` (``domain/changes.py``)
  and adds ``Changes.of(Kind.X, result.id)`` (or the ``Changes`` it returns) each time it
  runs inside an operation, however it was called (lambda, nested call). The runner emits
  ``changes_applied(notice)`` once; pages connect to ``ctx.ops.changes_applied`` and refresh
  only when ``notice.touches(Kind.X | Kind.Y)``.
- ``undo=`` makes an undo entry on ``ctx.undo_stack`` (labelled with the operation's label);
  undo and redo run through the runner again and broadcast their notices. Never build a
  QUndoCommand in a widget.
- Errors: an ``AppError`` is shown once in the user's language (or to ``failure(cb)`` when the
  caller shows it inline); anything else is logged by type and place and shown as a short
  Danish message. A job that raises ``Cancelled`` (``progress.check()``) ends silently.
- Long work (``job``): a progress dialog appears after about a second (with Cancel when
  ``with_cancel()``); ``progress.report(done, total)`` moves it.
- ``OpRunner(..., inline=True)`` runs everything synchronously: tests and headless use.
- ``shutdown()`` cancels what can be cancelled and waits for the queue before the store closes.
"""

from secretary_app.domain.changes import Changes, Kind
from secretary_app.ui.operations.runner import Op, OpRunner
from secretary_app.ui.operations.worker import Cancelled, Progress

__all__ = ["Cancelled", "Changes", "Kind", "Op", "OpRunner", "Progress"]
