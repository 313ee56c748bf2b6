# guidance: `make run` starts a director session, `make test` runs every test.
# Both install what they need first (libedit-dev through apt-get when missing).

SHELL      := /bin/bash
SWIFT      ?= swift
SESSIONS   ?= ./sessions
FUZZ_SECONDS ?= 60
SUDO       := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: all deps build release run test bench clean interop fuzz fuzz-smoke

all: build

## deps: install libedit-dev (and pkg-config) with apt-get when pkg-config cannot find libedit
deps:
	@if ! pkg-config --exists libedit 2>/dev/null; then \
		echo "Installing libedit-dev (line editing for the shell)..."; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq pkg-config libedit-dev >/dev/null; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## run: build in release mode and start a director session in ./sessions
run: release
	$(SWIFT) run -c release --skip-build guidance --sessions $(SESSIONS)

## test: every test (unit tests, then the built binary end to end, the interoperability stage, then each fuzz target briefly)
test: deps
	$(SWIFT) build
	$(SWIFT) test --parallel
	SWIFT="$(SWIFT)" bash Tests/interop/run.sh
	$(MAKE) fuzz-smoke

## interop: the exports checked by real tools (installs tidy, cmark-gfm and a Python venv when missing)
interop: build
	SWIFT="$(SWIFT)" bash Tests/interop/run.sh

## bench: time the release binary planning and exporting the DESIGN.md example (speed lives here, not in the tests)
bench: release
	@dir=$$(mktemp -d); bin=.build/release/guidance; \
	$$bin new --answers Tests/Fixtures/design-answers.json --sessions $$dir/s --prompts prompts >/dev/null; \
	echo "20 x guidance plan --format csv:"; time (for i in $$(seq 20); do $$bin plan latest --format csv --sessions $$dir/s --prompts prompts >/dev/null; done); \
	echo "5 x guidance export --all:"; time (for i in $$(seq 5); do $$bin export latest --all -o $$dir/out --sessions $$dir/s --prompts prompts >/dev/null; done); \
	rm -rf $$dir

## fuzz: build the libFuzzer targets of Tests/Fuzz (swiftc -sanitize=fuzzer,address, Linux) and run each for FUZZ_SECONDS (default 60)
fuzz:
	SWIFT="$(SWIFT)" FUZZ_SECONDS="$(FUZZ_SECONDS)" bash Tests/Fuzz/run.sh fuzz

## fuzz-smoke: each fuzz target for a few seconds from its committed seeds (part of make test)
fuzz-smoke:
	SWIFT="$(SWIFT)" bash Tests/Fuzz/run.sh smoke

clean:
	rm -rf .build
