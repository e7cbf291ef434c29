#!/usr/bin/env bash
# Measures Seloste Studio's start to its window, as a user sees it: unpacks the Linux archive, starts it
# RUNS times with one workspace on a display of its own (the first start cold, the others warm), and
# prints the time from the start script's launch until the window is usable: a window titled
# "…Seloste Studio" is viewable and the screen is drawn (not black; a splash alone does not count), with
# a screenshot of each run 2 s later. Not part of the tests: the figures
# depend on the machine and its load. Needs Xvfb, xwininfo (x11-utils) and import (imagemagick).
# Usage: start-time.sh ARCHIVE [RUNS=4] [OUT_DIR] [WORKSPACE]
# WORKSPACE: a workspace to start from (copied), e.g. one left with editors and views open, whose
# workbench Studio restores (the product test's: releng/fi.seloste.product/target/studio-test/workspace).
set -euo pipefail
archive="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
runs="${2:-4}"
out="${3:-$(mktemp -d)}"
mkdir -p "$out"
work="$(mktemp -d)"
tar -xzf "$archive" -C "$work"
if [ -n "${4:-}" ]; then cp -a "$4" "$work/workspace"; fi
display=":$((70 + RANDOM % 20))"
Xvfb "$display" -screen 0 1280x800x24 > /dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2> /dev/null || true; rm -rf "$work"' EXIT
export DISPLAY="$display"
sleep 1
# the workbench window viewable, and the screen mostly drawn: the mean brightness of the screen above
# what a splash (about a tenth of the screen) gives
window_drawn() {
	local id viewable=""
	# the workbench may have more than one window of that title (one not mapped): any viewable one
	for id in $(xwininfo -root -tree 2> /dev/null | grep 'Seloste Studio"' | awk '{print $1}'); do
		if xwininfo -id "$id" 2> /dev/null | grep -q IsViewable; then viewable=yes; fi
	done
	[ -n "$viewable" ] || return 1
	awk -v m="$(import -silent -window root -resize 5% png:- 2> /dev/null | convert - -format '%[fx:mean]' info: 2> /dev/null)" \
		'BEGIN { exit !(m + 0 > 0.3) }'
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
for run in $(seq 1 "$runs"); do
	begin="$(now_ms)"
	# a session of its own: the start script and the JVM it starts are stopped together
	HOME="$work/home" JAVA_HOME="" setsid "$work/seloste-studio/seloste-studio" -data "$work/workspace" > "$out/console-$run.txt" 2>&1 &
	pid=$!
	until window_drawn; do
		sleep 0.1
		if [ $(( $(now_ms) - begin )) -gt 180000 ]; then echo "run $run: no window after 180 s" >&2; break; fi
	done
	elapsed=$(( $(now_ms) - begin ))
	[ "$run" -eq 1 ] && kind=cold || kind=warm
	printf 'run %d (%s): window after %d.%01d s\n' "$run" "$kind" $((elapsed / 1000)) $(((elapsed % 1000) / 100))
	sleep 2
	import -window root "$out/window-$run.png" 2> /dev/null || true
	# stopped, not closed (the next start follows an unclean stop: the same for every build measured)
	kill -- "-$pid" 2> /dev/null || true
	for _ in $(seq 1 100); do pgrep -s "$pid" > /dev/null || break; sleep 0.1; done
	kill -9 -- "-$pid" 2> /dev/null || true
	sleep 1
done
echo "screenshots and console output: $out"
