# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run dev test lint pytest demo clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 est requis ($(PYTHON) introuvable)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet ".[dev]"
	@touch $(STAMP)

# The site as its users see it: DEBUG off, French error pages, static files by whitenoise.
run: $(STAMP)
	@DJANGO_SETTINGS_MODULE=config.settings.local PORT=$(PORT) ./scripts/run.sh

# For developers: DEBUG on (Django's debug pages) and the web server reloads on code changes.
dev: $(STAMP)
	@DJANGO_SETTINGS_MODULE=config.settings.dev PORT=$(PORT) RECITS_RECHARGEMENT=1 ./scripts/run.sh

test: $(STAMP) lint pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check site/templates recits/templates indicateurs/templates collecte/templates search/templates exploitation/templates rapports/templates
	$(VENV)/bin/lint-imports --no-cache
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run

pytest: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

demo: $(STAMP)
	DJANGO_SETTINGS_MODULE=config.settings.dev $(PY) manage.py load_initial_data

clean:
	rm -rf $(VENV)
