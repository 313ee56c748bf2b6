# guidance: `make run` starts a director session, `make test` runs every test,
# `make install [PREFIX=/usr/local] [DESTDIR=]` installs it and `make uninstall` takes it away again.
# They install what they need first (libedit-dev through apt-get when missing).

SHELL      := /bin/bash
SWIFT      ?= swift
SESSIONS   ?= ./sessions
FUZZ_SECONDS ?= 60
SUDO       := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
PREFIX     ?= /usr/local
DESTDIR    ?=
INSTALL    ?= install
# The Swift standard library and Foundation linked in: the binary runs on a machine without the toolchain.
# Linked at a fixed address (-no-pie): with the runtime and Foundation inside, a position-independent binary makes the
# loader patch 73,000 addresses at every start (about 2 ms and 190 page faults, a third of `guidance --version`).
# The shared libraries, stack and heap are still placed at random. Only here: a build against the shared Swift
# libraries must stay position-independent (the loader warns about every protected symbol it reaches otherwise).
RELEASE_FLAGS := -c release --static-swift-stdlib -Xlinker -no-pie
RELEASE_BIN   := .build/release/guidance
EXTRAS     := Sources/guidance/Install
BINDIR      = $(DESTDIR)$(PREFIX)/bin
SHAREDIR    = $(DESTDIR)$(PREFIX)/share

.PHONY: all deps build release run test bench clean interop fuzz fuzz-smoke install uninstall

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

## release: the optimised binary in .build/release, with the Swift runtime and Foundation linked in
release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

## run: build in release mode and start a director session in ./sessions
run: release
	$(RELEASE_BIN) --sessions $(SESSIONS)

## install: the release binary, the prompts, the man page and the bash, zsh and fish completions under
## $(DESTDIR)$(PREFIX) (PREFIX=~/.local needs no sudo); sessions then go to ~/.local/share/guidance/sessions
install: release
	$(INSTALL) -d $(BINDIR) $(SHAREDIR)/guidance/prompts $(SHAREDIR)/man/man1 $(SHAREDIR)/bash-completion/completions \
		$(SHAREDIR)/zsh/site-functions $(SHAREDIR)/fish/vendor_completions.d
	$(INSTALL) -s -m 755 $(RELEASE_BIN) $(BINDIR)/guidance
	$(INSTALL) -m 644 prompts/*.json prompts/README.md $(SHAREDIR)/guidance/prompts/
	$(INSTALL) -m 644 $(EXTRAS)/guidance.1 $(SHAREDIR)/man/man1/guidance.1
	$(INSTALL) -m 644 $(EXTRAS)/guidance.bash $(SHAREDIR)/bash-completion/completions/guidance
	$(INSTALL) -m 644 $(EXTRAS)/_guidance $(SHAREDIR)/zsh/site-functions/_guidance
	$(INSTALL) -m 644 $(EXTRAS)/guidance.fish $(SHAREDIR)/fish/vendor_completions.d/guidance.fish
	@echo "Installed $(BINDIR)/guidance; run guidance where to see where it keeps your sessions."

## uninstall: removes what install put under $(DESTDIR)$(PREFIX) (never your sessions)
uninstall:
	rm -f $(BINDIR)/guidance $(SHAREDIR)/man/man1/guidance.1 $(SHAREDIR)/bash-completion/completions/guidance \
		$(SHAREDIR)/zsh/site-functions/_guidance $(SHAREDIR)/fish/vendor_completions.d/guidance.fish
	rm -rf $(SHAREDIR)/guidance

## test: every test (unit tests, then the built binary end to end, the interoperability stage, then each fuzz target briefly)
test: deps
	$(SWIFT) build
	$(SWIFT) test --parallel
	SWIFT="$(SWIFT)" bash Tests/interop/run.sh
	$(MAKE) fuzz-smoke

## interop: the exports checked by real tools (installs tidy, cmark-gfm and a Python venv when missing)
interop: build
	SWIFT="$(SWIFT)" bash Tests/interop/run.sh

## bench: times the release binary (--version, the first prompt, plan in every format, export --all, a plan of
## 8 segments x 500 activities, list and plan latest over 10, 1,000 and 10,000 sessions): medians, ratio to
## --version, peak memory. Installs hyperfine and time through apt-get when missing. Not part of make test.
bench: release
	@command -v hyperfine >/dev/null && [ -x /usr/bin/time ] || { echo "Installing hyperfine and time..."; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq hyperfine time >/dev/null || true; }
	bash Tests/bench/bench.sh $(RELEASE_BIN)

## fuzz: build the libFuzzer targets of Tests/Fuzz (swiftc -sanitize=fuzzer,address, Linux) and run each for FUZZ_SECONDS (default 60)
fuzz:
	SWIFT="$(SWIFT)" FUZZ_SECONDS="$(FUZZ_SECONDS)" bash Tests/Fuzz/run.sh fuzz

## fuzz-smoke: each fuzz target for a few seconds from its committed seeds (part of make test)
fuzz-smoke:
	SWIFT="$(SWIFT)" bash Tests/Fuzz/run.sh smoke

clean:
	rm -rf .build
