# SPF South-South Exchange. `make run` sets everything up and serves the site; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
WORKERS ?= 2
STAMP := $(VENV)/.installed-$(shell cat requirements.txt constraints.txt | sha1sum | cut -c1-12)
MANAGE := $(BIN)/python manage.py
COLLECTSTATIC_KEY := abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH

.PHONY: run dev setup test test-fast lint messages demo bench clean system-deps

$(STAMP): requirements.txt constraints.txt
	./scripts/system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.txt -c constraints.txt
	rm -f $(VENV)/.installed-*
	touch $@

system-deps:
	./scripts/system-deps.sh

messages: $(STAMP)
	$(MANAGE) compilemessages --ignore=$(VENV) --ignore=node_modules -v 0

# Everything `make run` needs: packages, catalogues, database, demo content, static files.
setup: $(STAMP) messages
	$(MANAGE) migrate --noinput -v 0
	$(MANAGE) load_demo_data
	DJANGO_SETTINGS_MODULE=compendium.settings.production SECRET_KEY=collectstatic-only-$(COLLECTSTATIC_KEY) SPF_BASE_URL=http://127.0.0.1:$(PORT) $(MANAGE) collectstatic --noinput -v 0

run: setup
	@echo "Serving on http://127.0.0.1:$(PORT)/ (admin: make createsuperuser, then /admin/)"
	DJANGO_SETTINGS_MODULE=compendium.settings.production \
	SECRET_KEY=$${SECRET_KEY:-$$(test $$(wc -c < .secret_key 2>/dev/null || echo 0) -ge 50 && cat .secret_key || (head -c 48 /dev/urandom | base64 | tr -d '\n' | tee .secret_key))} \
	SPF_BASE_URL=$${SPF_BASE_URL:-http://127.0.0.1:$(PORT)} \
	SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-false} SESSION_COOKIE_SECURE=$${SESSION_COOKIE_SECURE:-false} CSRF_COOKIE_SECURE=$${CSRF_COOKIE_SECURE:-false} \
	$(BIN)/gunicorn compendium.wsgi:application --bind 127.0.0.1:$(PORT) --workers $(WORKERS) --access-logfile - --timeout 60

dev: setup
	$(MANAGE) runserver 127.0.0.1:$(PORT)

createsuperuser: $(STAMP)
	$(MANAGE) createsuperuser

demo: $(STAMP)
	$(MANAGE) load_demo_data

node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent && touch $@; else echo "npm not found: the accessibility tests will skip"; fi

# The whole suite: checks, lint, migrations up to date, catalogues complete, tests (browser tests included).
test: $(STAMP) messages node_modules/.installed
	DJANGO_SETTINGS_MODULE=compendium.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=compendium.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# The benchmark table of the README: search and match latency, then HTTP load with and without
# the page cache, on SQLite (N = 1,000, 10,000) and PostgreSQL (1,000, 10,000, 100,000). ~1 hour.
bench: $(STAMP) messages
	./scripts/system-deps.sh --bench
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 db.sqlite3-* media .pytest_cache
