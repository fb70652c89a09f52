# Medlemssekretær. `make run` starts the app, `make test` runs every test.
# Both create .venv on first use from the exact versions in requirements/*.lock.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
TS     := resources/translations/secretary_app_en.ts
QM     := resources/translations/secretary_app_en.qm

.PHONY: run test test-fast venv translations lupdate bench installer lock clean

$(BIN)/.runtime: requirements/runtime.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements/runtime.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

$(BIN)/.test: $(BIN)/.runtime requirements/test.lock
	$(PY) -m pip install --quiet -r requirements/test.lock
	touch $@

$(BIN)/.installer: $(BIN)/.runtime requirements/installer.lock
	$(PY) -m pip install --quiet -r requirements/installer.lock
	touch $@

venv: $(BIN)/.runtime

# Qt Linguist round trip: lupdate (sources -> .ts), lrelease (.ts -> .qm, not committed).
$(QM): $(TS) $(BIN)/.runtime
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(QM)

lupdate: $(BIN)/.runtime
	$(BIN)/pyside6-lupdate $$(find secretary_app/ui -name '*.py' | sort) -ts $(TS) -no-obsolete

run: $(BIN)/.runtime $(QM)
	$(BIN)/secretary-app

# The slow installer test (tests/e2e/test_installer.py) builds with PyInstaller, so `test`
# installs requirements/installer.lock as well.
test: $(BIN)/.test $(BIN)/.installer $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

test-fast: $(BIN)/.test $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow"

bench: $(BIN)/.test $(BIN)/.installer $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

installer: $(BIN)/.installer $(QM)
	$(BIN)/python installer/build.py

lock:
	@echo "Edit requirements/*.lock by hand from 'pip freeze' of a fresh venv; see README."

clean:
	rm -rf $(VENV) build dist .pytest_cache $(QM)
