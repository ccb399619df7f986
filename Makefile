# claimtrack - see README.md.
# make          build build/claimtrack
# make check    install missing Debian packages, build, run the tests
# make demo     run the nightly job on the bundled sample corpus
# make install PREFIX=...   make clean

PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
MANDIR	?= $(PREFIX)/share/man
DATADIR	?= $(PREFIX)/share/claimtrack
TRACKERDIR ?= $(DATADIR)/trackers
DESTDIR	?=
TRACKERS = $(wildcard trackers/*.ini)

CC	?= cc
PKGS	 = cairo cairo-pdf cairo-svg pangocairo sqlite3 libxml-2.0 jansson \
	   inih glib-2.0 libcrypto poppler-glib libpq libpng
# Recursive (=) so pkg-config runs at build time, after the deps step.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
# WordNet (wordnet-dev) has no pkg-config file.
PKG_LIBS   = $(shell pkg-config --libs $(PKGS)) -lcsv -lwordnet -lm -lpthread
WARN	 = -Wall -Wextra
CFLAGS	?= -O2 -g
ALL_CFLAGS = -std=c17 -D_DEFAULT_SOURCE $(WARN) $(CFLAGS) -MMD \
	   $(INCLUDES) -I$(BUILD)/gen \
	   $(PKG_CFLAGS)
LDFLAGS	?=

BUILD	 = build
# One folder per stage (docs/architecture.md); cli/ is the program's own.
STAGES	 = core inputs extract store analysis present render publish pipeline
INCLUDES = $(STAGES:%=-I%) -Icli
LIB_SRCS = $(sort $(foreach d,$(STAGES),$(wildcard $(d)/*.c)))
CLI_SRCS = $(sort $(wildcard cli/*.c))
TEST_SRCS = $(sort $(wildcard tests/test_*.c))
LIB_OBJS = $(LIB_SRCS:%.c=$(BUILD)/%.o)
CLI_OBJS = $(CLI_SRCS:%.c=$(BUILD)/%.o)
TESTS	 = $(TEST_SRCS:tests/%.c=$(BUILD)/tests/%)
# Checks written as scripts, run by make check after the binaries.
CHECK_SCRIPTS = tests/layers-check tests/wordlists-check tests/eval-check tests/gen-corpus-check tests/notebooks-check \
	   tests/prefilter-check tests/summary-check \
	   tests/install-check
LIB	 = $(BUILD)/libclaimtrack.a
DEPS_OK	 = $(BUILD)/.deps-ok

# Test binaries link the command layer too, without its main().
CLI_LIB_OBJS = $(filter-out $(BUILD)/cli/main.o,$(CLI_OBJS))

.PHONY: all check check-scale demo docs install uninstall clean deps sanitize \
	memcheck eval

all: $(BUILD)/claimtrack

# Install missing Debian packages once (again when the list changes).
$(DEPS_OK): scripts/install-deps
	@mkdir -p $(BUILD)
	scripts/install-deps
	@touch $@

deps: $(DEPS_OK)

$(BUILD)/%.o: %.c | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

# The default tracker is built into the program from its file.
$(BUILD)/gen/tracker_default_ini.h: trackers/default.ini scripts/embed-text
	@mkdir -p $(dir $@)
	scripts/embed-text $< > $@
$(BUILD)/extract/tracker_default.o: $(BUILD)/gen/tracker_default_ini.h

$(LIB): $(LIB_OBJS)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/claimtrack: $(CLI_OBJS) $(LIB)
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJS) $(LIB) $(PKG_LIBS)

$(BUILD)/tests/%: tests/%.c $(CLI_LIB_OBJS) $(LIB) | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests $(LDFLAGS) -o $@ $< $(CLI_LIB_OBJS) $(LIB) \
	    $(PKG_LIBS) $(shell pkg-config --libs cmocka)

# Tests that run the program find it through $CLAIMTRACK.
CLAIMTRACK ?= $(BUILD)/claimtrack
check: $(BUILD)/claimtrack $(TESTS)
	CLAIMTRACK=$(CLAIMTRACK) tests/run-tests $(TESTS) $(CHECK_SCRIPTS)

# The PostgreSQL store and the Dask ingest against a throwaway PostgreSQL
# cluster and a Dask LocalCluster (tests/pg-check; under 3 minutes).
check-scale: $(BUILD)/claimtrack
	CLAIMTRACK=$(CLAIMTRACK) tests/pg-check

# The extractor against the hand-marked real articles of tests/data/eval/:
# per story and batch, per field, and the error classes (docs/accuracy.md).
eval: $(BUILD)/claimtrack
	scripts/eval --prog $(BUILD)/claimtrack

# The whole test suite under AddressSanitizer and UBSan, in its own tree.
SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	   -fno-sanitize-recover=undefined
# ASan keeps freed memory in a quarantine (256 MB by default) to catch
# late uses; with the threads freeing large article buffers it grew past
# what the memory-bound tests allow for the program itself. 64 MB still
# holds the last frees of every thread.
sanitize:
	ASAN_OPTIONS=quarantine_size_mb=64 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	$(MAKE) BUILD=build/sanitize CFLAGS="$(SAN_FLAGS)" \
	    LDFLAGS="-fsanitize=address,undefined" \
	    CLAIMTRACK=build/sanitize/claimtrack check

# valgrind memcheck on the demo run, into a scratch folder: no invalid
# access, no definite leak (fontconfig's lifetime caches suppressed).
memcheck: $(BUILD)/claimtrack
	rm -rf $(BUILD)/memcheck && mkdir -p $(BUILD)/memcheck
	valgrind --quiet --leak-check=full --show-possibly-lost=no \
	    --errors-for-leak-kinds=definite \
	    --error-exitcode=9 --suppressions=tests/valgrind.supp \
	    $(BUILD)/claimtrack run --db $(BUILD)/memcheck/c.db \
	    --out $(BUILD)/memcheck/briefing --asof 2024-10-31 --period week \
	    corpus/sample

demo: $(BUILD)/claimtrack
	$(BUILD)/claimtrack run --db outputs/claimtrack.db --out outputs/briefing \
	    --asof 2024-10-31 --period week corpus/sample

# README's picture of page one of the demo briefing.
docs: demo
	pdftoppm -png -r 80 -f 1 -l 1 -singlefile outputs/briefing/report.pdf \
	    docs/briefing-page1

# The binary, its manual and the trackers of other stories; DESTDIR is
# prepended to every path (packaging), PREFIX chooses the tree.
install: $(BUILD)/claimtrack
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(TRACKERDIR)
	install -m 755 $(BUILD)/claimtrack $(DESTDIR)$(BINDIR)/claimtrack
	install -m 644 man/claimtrack.1 $(DESTDIR)$(MANDIR)/man1/claimtrack.1
	install -m 644 trackers/*.ini $(DESTDIR)$(TRACKERDIR)

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/claimtrack \
	    $(DESTDIR)$(MANDIR)/man1/claimtrack.1
	rm -f $(TRACKERS:trackers/%=$(DESTDIR)$(TRACKERDIR)/%)
	-rmdir $(DESTDIR)$(TRACKERDIR) $(DESTDIR)$(DATADIR)

clean:
	rm -rf $(BUILD)

# ---- fuzzing: make fuzz [FUZZ_SECONDS=N], make fuzz-smoke ----------------
# Each fuzz/fuzz_T.c is a libFuzzer target built with clang, ASan and UBSan
# in $(FUZZ_BUILD); make fuzz runs each for FUZZ_SECONDS, one at a time,
# seeded by fuzz/corpus/T/ (new finds go to $(FUZZ_BUILD)/corpus/T/, crash
# inputs to $(FUZZ_BUILD)/crash-T-*). Needs clang and libclang-rt-dev.
# Adding a target is one word here (fuzz/fuzz_T.c, seeds in fuzz/corpus/T/)
# and a row in tests/test_badinput_replay.c, which replays its seeds and
# crashes in make check.
FUZZ_TARGETS	 = frontmatter jsonl jsonrec html manifest normalize extract
FUZZ_SECONDS	?= 60
FUZZ_CC		?= clang
FUZZ_BUILD	 = $(BUILD)/fuzz
FUZZ_SAN	 = -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_CFLAGS	 = -std=c17 -D_DEFAULT_SOURCE $(WARN) -g -O1 \
	   -fno-omit-frame-pointer $(FUZZ_SAN) -fsanitize=fuzzer-no-link -MMD \
	   $(INCLUDES) -Ifuzz \
	   -I$(BUILD)/gen $(PKG_CFLAGS)
FUZZ_LIB	 = $(FUZZ_BUILD)/libclaimtrack.a
FUZZ_BINS	 = $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz_%)
# A smaller ASan quarantine, so -rss_limit_mb measures the readers.
FUZZ_ASAN	 = quarantine_size_mb=32
# FUZZ_EXTRA passes more libFuzzer flags, e.g. FUZZ_EXTRA=-max_len=65536.
FUZZ_EXTRA	?=
FUZZ_RUN	 = -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=512 \
	   -timeout=10 -close_fd_mask=2 -print_final_stats=1 $(FUZZ_EXTRA)

.PHONY: fuzz fuzz-build fuzz-smoke
$(FUZZ_BUILD)/%.o: %.c | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c $< -o $@

$(FUZZ_BUILD)/extract/tracker_default.o: $(BUILD)/gen/tracker_default_ini.h

$(FUZZ_LIB): $(LIB_SRCS:%.c=$(FUZZ_BUILD)/%.o)
	rm -f $@
	ar rcs $@ $^

$(FUZZ_BUILD)/fuzz_%: $(FUZZ_BUILD)/fuzz/fuzz_%.o $(FUZZ_LIB)
	$(FUZZ_CC) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $^ $(PKG_LIBS)

fuzz-build: $(FUZZ_BINS)

fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	    mkdir -p $(FUZZ_BUILD)/corpus/$$t || exit 1; \
	    echo "== fuzz_$$t for $(FUZZ_SECONDS) s"; \
	    ASAN_OPTIONS=$(FUZZ_ASAN) $(FUZZ_BUILD)/fuzz_$$t $(FUZZ_RUN) \
	        -artifact_prefix=$(FUZZ_BUILD)/crash-$$t- \
	        $(FUZZ_BUILD)/corpus/$$t fuzz/corpus/$$t || exit 1; \
	done

fuzz-smoke:
	$(MAKE) fuzz FUZZ_SECONDS=10

-include $(wildcard $(FUZZ_BUILD)/*/*.d)

# ---- SIGKILL at random moments: make kill-test [KILLS=200] ---------------
# (make check runs a quick 10-kill version, tests/test_faults_kill.c.)
KILLS	?= 200
.PHONY: kill-test
kill-test: $(BUILD)/claimtrack
	CLAIMTRACK=$(CLAIMTRACK) scripts/kill-test -n $(KILLS)

# ---- benchmarks ------------------------------------------------------------
# The extractor's own throughput (bench/extract_speed.c), for make bench.
$(BUILD)/extract-speed: bench/extract_speed.c $(LIB) | $(DEPS_OK)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(PKG_LIBS)

# Speed and memory at archive scale (docs/performance.md): medians,
# machine and noise on stdout, build/bench/results.json to compare
# commits. bench-smoke: tiny sizes, under a minute, for CI.
# bench-extract: only the whole extract command on 50 MB of real article
# text beside wc -w (about a minute); PREV=BINARY times another build
# in the same rounds (make bench-extract PREV=../old/build/claimtrack).
# bench-briefing: the runs at 100,000 articles and the briefing stages on
# the 1,000,000-claim database (issue 17's targets); PREV=BIN adds another
# build in the same run (e.g. main's), on databases of its own.
.PHONY: bench bench-smoke bench-extract bench-briefing
bench: $(BUILD)/claimtrack $(BUILD)/extract-speed
	scripts/bench --prog $(BUILD)/claimtrack \
	    --extract-speed $(BUILD)/extract-speed --dir $(BUILD)/bench

bench-smoke: $(BUILD)/claimtrack $(BUILD)/extract-speed
	scripts/bench --smoke --prog $(BUILD)/claimtrack \
	    --extract-speed $(BUILD)/extract-speed --dir $(BUILD)/bench

bench-extract: $(BUILD)/claimtrack
	scripts/bench --only extract --prog $(BUILD)/claimtrack \
	    --dir $(BUILD)/bench $(if $(PREV),--prev $(PREV))

bench-briefing: $(BUILD)/claimtrack
	scripts/bench --parts briefing --sizes 100000 \
	    --prog $(BUILD)/claimtrack --dir $(BUILD)/bench \
	    $(if $(PREV),--prev $(PREV))

-include $(LIB_OBJS:.o=.d) $(CLI_OBJS:.o=.d) $(TESTS:=.d)
sinclude Makefile.local
