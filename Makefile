# Two commands: `make run` and `make test`. Each sets up .venv first (Python 3.10+ and pip only).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
OUT := build/samples

.PHONY: run test bench clean-build

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Clean every sample page, explain each removal, and show the founding sample's canonical text.
run: $(STAMP)
	@mkdir -p $(OUT)
	@for f in samples/*.txt; do \
		echo "== $$f"; \
		$(BIN)/cleanpress clean "$$f" --explain --report "$(OUT)/$$(basename $$f .txt).edits.jsonl" \
			-o "$(OUT)/$$(basename $$f)" || exit $$?; \
	done
	@echo "== samples/common-crawl.warc.wet (a WET file, as Common Crawl writes them)"
	@$(BIN)/cleanpress clean samples/common-crawl.warc.wet -o $(OUT)/common-crawl.jsonl
	@$(BIN)/cleanpress clean samples/common-crawl.warc.wet -o $(OUT)/common-crawl.warc.wet
	@echo "its pages, cleaned: $(OUT)/common-crawl.jsonl (records with url, date, id), $(OUT)/common-crawl.warc.wet (WET again)"
	@echo
	@echo "== $(OUT)/sputnik-biden-putin-call.txt (the canonical text)"
	@cat $(OUT)/sputnik-biden-putin-call.txt
	@$(BIN)/cleanpress report samples -o $(OUT)/report.html --title "cleanpress report: samples/"
	@echo
	@echo "Cleaned samples and their edits are in $(OUT)/; open $(OUT)/report.html to see every removal."

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/bench.py

clean-build:
	rm -rf build $(VENV)
