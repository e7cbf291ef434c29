# Shared by the product tests: start an Eclipse product on the current X display with the test probe
# of fi.seloste.studio (StartupProbe), wait for its reports, take screenshots, check the log.
# Sourced by start-studio-test.sh and p2-install-test.sh.

tests_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
failures=0

fail() {
	echo "FAIL: $*" >&2
	failures=$((failures + 1))
}

pass() {
	echo "ok: $*"
}

# java of the JDK running the build (runs Screenshot.java from source)
build_java() {
	if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
		echo "$JAVA_HOME/bin/java"
	else
		command -v java
	fi
}

# screenshot FILE: a failed screenshot is a failed check with its reason, not the end of the test
screenshot() {
	local out
	if ! out="$("$(build_java)" "$tests_dir/Screenshot.java" "$1" 2>&1)"; then
		fail "screenshot $(basename "$1") not taken:"$'\n'"$out"
		return 0
	fi
	echo "$out"
}

# the product process the test started (set by the test after starting it), stopped when the test
# ends in any way: a failed command under set -e, exit, Ctrl+C, SIGTERM (from Maven)
product_pid=""
stop_product() {
	if [ -n "$product_pid" ] && kill -0 "$product_pid" 2> /dev/null; then
		echo "stopping the product (process $product_pid): the test ended before it exited" >&2
		stop_process "$product_pid" 20
	fi
	product_pid=""
}
trap stop_product EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# wait_for FILE SECONDS PID: until FILE exists; fails early if process PID ended
wait_for() {
	local file="$1" seconds="$2" pid="$3" i
	for ((i = 0; i < seconds * 5; i++)); do
		[ -f "$file" ] && return 0
		if ! kill -0 "$pid" 2> /dev/null; then
			echo "process $pid ended before $file appeared" >&2
			return 1
		fi
		sleep 0.2
	done
	echo "timed out after ${seconds}s waiting for $file" >&2
	return 1
}

# stop_process PID GRACE: SIGTERM, then SIGKILL if it is still running after GRACE seconds; reaps it
stop_process() {
	local pid="$1" grace="$2" i
	kill "$pid" 2> /dev/null || return 0
	for ((i = 0; i < grace * 5; i++)); do
		kill -0 "$pid" 2> /dev/null || break
		sleep 0.2
	done
	if kill -0 "$pid" 2> /dev/null; then
		echo "process $pid still running ${grace}s after SIGTERM: sending SIGKILL" >&2
		kill -9 "$pid" 2> /dev/null || true
	fi
	wait "$pid" 2> /dev/null || true
}

# wait_exit PID SECONDS: waits for the process to end and returns its exit code; after SECONDS stops it
# (SIGTERM, SIGKILL 20 s later if need be) and returns 124
wait_exit() {
	local pid="$1" seconds="$2" i rc
	for ((i = 0; i < seconds * 5; i++)); do
		if ! kill -0 "$pid" 2> /dev/null; then
			rc=0
			wait "$pid" || rc=$?
			[ "$rc" -eq 0 ] || echo "process $pid exited with $rc" >&2
			return "$rc"
		fi
		sleep 0.2
	done
	echo "process $pid still running after ${seconds}s: stopping it (SIGTERM, SIGKILL after 20s)" >&2
	stop_process "$pid" 20
	return 124
}

# probe_request REPORT NAME SECONDS PID: asks the probe (StartupProbe, ProbeRequests) to do NAME, waits
# for its facts in REPORT.NAME and shows them; fails when they do not come or report an error
probe_request() {
	local report="$1" name="$2" seconds="$3" pid="$4" started=$SECONDS
	printf '%s\n' "$name" > "$report.request.tmp"
	mv "$report.request.tmp" "$report.request"
	if ! wait_for "$report.$name" "$seconds" "$pid"; then
		fail "probe request $name: no answer"
		return 1
	fi
	echo "probe $name ($((SECONDS - started))s):"
	sed 's/^/  /' "$report.$name"
	if grep -q '^error' "$report.$name"; then
		fail "probe request $name reports an error"
		return 1
	fi
}

# expect_line REPORT REGEX DESCRIPTION
expect_line() {
	if grep -Eq "$2" "$1"; then
		pass "$3"
	else
		fail "$3 (no line matching '$2' in $1)"
	fi
}

# check_bundles REPORT: every bundle resolved (none left INSTALLED); the start-level bundles ACTIVE
check_bundles() {
	local report="$1" unresolved b
	unresolved="$(grep -E '^bundle .* INSTALLED$' "$report" || true)"
	if [ -n "$unresolved" ]; then
		fail "unresolved bundles:"$'\n'"$unresolved"
	else
		pass "all $(grep -c '^bundle ' "$report") bundles resolved"
	fi
	for b in org.eclipse.equinox.simpleconfigurator org.apache.felix.scr org.apache.aries.spifly.dynamic.bundle \
		org.eclipse.equinox.common org.eclipse.equinox.event org.eclipse.core.runtime; do
		expect_line "$report" "^bundle $b [^ ]+ ACTIVE$" "$b active (start level set)"
	done
}

# log_problems FILE: the error entries (severity 4, ERROR) of an Eclipse log (.metadata/.log, or a
# console with -consoleLog), and the warning entries about unresolved bundles, start levels or missing
# classes; each as its !ENTRY line and its !MESSAGE. Only the entries' own lines count: the word
# Exception or unresolved in a message of an INFO entry, a file name or any other text does not.
log_problems() {
	awk '
		function flush() {
			if (entry != "" && (severity == 4 || (severity == 2 && text ~ /[Cc]ould not resolve|not resolved|[Uu]nresolved (requirement|constraint)|start ?level|ClassNotFound|NoClassDefFound/)))
				print entry (message == "" ? "" : "\n  " message)
			entry = ""; message = ""; text = ""; severity = 0
		}
		/^!SESSION / { flush(); next }
		/^!ENTRY / { flush(); entry = $0; severity = $3; text = $0; next }
		/^!SUBENTRY / { if (entry != "" && $4 + 0 > severity + 0) severity = $4; text = text "\n" $0; next }
		/^!MESSAGE / { if (message == "") message = $0 }
		/^$/ { flush(); next }
		entry != "" { text = text "\n" $0 }
		END { flush() }
	' "$1"
}

# uncaught_exceptions FILE: the stack traces on a console (an uncaught exception, printStackTrace) outside
# log entries (those count by their severity, see log_problems): a line naming a Throwable
# (Exception in thread "main" java.lang.IllegalStateException: ..., org.x.FooError) followed by "at" lines
uncaught_exceptions() {
	awk '
		/^!(ENTRY|SESSION) / { inentry = 1; head = ""; next }
		inentry { if ($0 == "") inentry = 0; next }
		/^[ \t]+at [^ ]+\(.*\)$/ { if (head != "") { print head; head = "" } next }
		/^(Exception in thread "[^"]*" )?([A-Za-z_$][A-Za-z0-9_$]*\.)+[A-Za-z0-9_$]*(Exception|Error|Throwable)(: .*)?$/ { head = $0; next }
		{ head = "" }
	' "$1"
}

# check_console FILE: no error entries or uncaught exceptions on the product's console (-consoleLog)
check_console() {
	local problems
	problems="$(log_problems "$1")$(uncaught_exceptions "$1")"
	if [ -n "$problems" ]; then
		fail "errors or uncaught exceptions on the console:"$'\n'"$problems"
	else
		pass "no errors or uncaught exceptions on the console"
	fi
}

# The probe's second stage: it opens the seed (defects included) in the editor and reports.
# Usage: check_seed_stage REPORT PID SCREENSHOT
check_seed_stage() {
	touch "$1.next"
	if wait_for "$1.2" 120 "$2"; then
		sleep 2
		screenshot "$3"
		awk '!/^bundle / && n++ < 20' "$1.2" # no pipe into head: grep would die of SIGPIPE under pipefail
		expect_line "$1.2" '^opened /probe/lumicos\.seloste in org\.eclipse\.ui\.genericeditor\.GenericEditor$' "seed opened in the Generic Editor"
		expect_line "$1.2" '^marker fi\.seloste\.ui\.problem ' "the editor marks the seed's defects"
		expect_line "$1.2" '^bundle fi\.seloste\.ui [^ ]+ ACTIVE$' "fi.seloste.ui active"
	else
		fail "no second report"
	fi
}

# Asks the probe to close the product (as File > Exit), then shows and checks its console output.
# Usage: close_product REPORT PID CONSOLE_FILE NAME
close_product() {
	touch "$1.close"
	if wait_exit "$2" 60; then
		pass "$4 exited normally"
	else
		fail "$4 did not exit normally"
	fi
	product_pid=""
	echo "--- console output"
	cat "$3"
	echo "---"
	check_console "$3"
}


# check_log WORKSPACE: no errors in .metadata/.log (Eclipse logs unresolved bundles, failed starts,
# missing classes there); warnings are shown
check_log() {
	local log="$1/.metadata/.log" problems
	if [ ! -f "$log" ]; then
		pass "no $log: nothing was logged"
		return
	fi
	echo "--- $log"
	cat "$log"
	echo "---"
	problems="$(log_problems "$log")"
	if [ -n "$problems" ]; then
		fail "errors, unresolved bundles, start levels or missing classes in $log:"$'\n'"$problems"
	else
		pass "no errors in $log"
	fi
}

finish() {
	if [ "$failures" -gt 0 ]; then
		echo "$1: $failures check(s) failed" >&2
		exit 1
	fi
	echo "$1: all checks passed"
}

# report_start_time REPORT WHAT: prints the probe's start time (JVM start to the workbench window)
report_start_time() {
	local millis
	millis="$(sed -n 's/^startup window \([0-9][0-9]*\) ms$/\1/p' "$1")"
	if [ -n "$millis" ]; then
		echo "start-studio-test: START TIME $(awk -v m="$millis" 'BEGIN { printf "%.1f", m / 1000 }') s from the JVM's start to the workbench window ($2)"
	else
		fail "no start time in $1"
	fi
}

# check_no_log4j_warnings CONSOLE_FILE: Xtext's log4j is configured (fi.seloste.studio): no "log4j:WARN"
check_no_log4j_warnings() {
	if grep -q '^log4j:' "$1"; then
		fail "log4j warnings on the console: $(grep '^log4j:' "$1" | head -3)"
	else
		pass "no log4j warnings on the console"
	fi
}
