#!/usr/bin/env bash
# Unpacks the Linux x86_64 Seloste Studio archive, starts it with its start script and bundled runtime
# on a virtual display (Xvfb, 1280x800) with a fresh workspace, and checks, through the test probe of
# fi.seloste.studio: the window is up with our name and welcome page, every bundle is resolved, the start
# levels took effect, .seloste files open in the Generic Editor, which marks a seed's defects; then closes
# Studio (as File > Exit) and checks the workspace log has no errors. Screenshots: target/screenshots/.
# Usage: start-studio-test.sh TARGET_DIR (releng/fi.seloste.product/target). Run by the build in
# integration-test (skipped with -DskipTests); needs xvfb-run and GTK 3 (.ci/run installs them).
set -euo pipefail
target="$(cd "$1" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [ "${2:-}" != --on-display ]; then
	command -v xvfb-run > /dev/null || { echo "start-studio-test: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }
	# our own display of a known size, whatever DISPLAY the build has
	exec xvfb-run -a -s "-screen 0 1280x800x24" bash "${BASH_SOURCE[0]}" "$target" --on-display
fi

# shellcheck source=lib.sh
source "$here/lib.sh"
root="$(cd "$here/../../.." && pwd)"
archive="$(ls "$target"/products/seloste-studio-*-linux.gtk.x86_64.tar.gz)"
work="$target/studio-test"
shots="$target/screenshots"
rm -rf "$work"
mkdir -p "$work/home" "$shots"
echo "start-studio-test: unpacking $(basename "$archive") ($(du -h "$archive" | cut -f1))"
tar -xzf "$archive" -C "$work"
studio="$work/seloste-studio"
[ -x "$studio/seloste-studio" ] || { echo "start-studio-test: no executable seloste-studio in the archive" >&2; exit 1; }
[ -x "$studio/jre/bin/java" ] || fail "no bundled runtime in jre/"

report="$work/probe.txt"
seed="$root/examples/seeds/lumicos.seloste"
# a HOME of its own: nothing read from or written to the user's ~/.eclipse; no JAVA_HOME: the bundled jre
start=$SECONDS
HOME="$work/home" JAVA_HOME="" \
	SELOSTE_VMARGS="-Dseloste.studio.probe=$report -Dseloste.studio.probe.about=true -Dseloste.studio.probe.open=$seed" \
	"$studio/seloste-studio" -data "$work/workspace" -consoleLog > "$work/studio.out" 2>&1 &
pid=$!

if ! wait_for "$report" 180 "$pid"; then
	cat "$work/studio.out"
	kill "$pid" 2> /dev/null || true
	exit 1
fi
echo "start-studio-test: workbench up after $((SECONDS - start))s"
sleep 2 # let the welcome page paint
screenshot "$shots/studio-welcome.png"
cat "$report" | grep -v '^bundle '

expect_line "$report" '^window .*Seloste Studio' "window title names Seloste Studio"
expect_line "$report" '^product fi\.seloste\.studio\.product$' "product fi.seloste.studio.product"
expect_line "$report" '^intro true$' "welcome page shown"
expect_line "$report" '^contentType fi\.seloste\.contentType registered$' "content type registered"
expect_line "$report" '^editor \*\.seloste org\.eclipse\.ui\.genericeditor\.GenericEditor$' ".seloste opens in the Generic Editor"
check_bundles "$report"
for b in fi.seloste fi.seloste.ide fi.seloste.ui fi.seloste.studio; do
	expect_line "$report" "^bundle $b " "$b installed"
done

# Help > About: the product's name, about text and image
touch "$report.about"
if wait_for "$report.about.open" 60 "$pid"; then
	screenshot "$shots/studio-about.png"
	cat "$report.about.open"
	expect_line "$report.about.open" '^about About Seloste Studio$' "About dialog titled About Seloste Studio"
else
	fail "the About dialog did not open"
fi
touch "$report.about.close"

# second stage: the probe opens a seed (defects included) in the editor
touch "$report.next"
if wait_for "$report.2" 120 "$pid"; then
	sleep 2
	screenshot "$shots/studio-editor.png"
	grep -v '^bundle ' "$report.2" | head -20
	expect_line "$report.2" '^opened /probe/lumicos\.seloste in org\.eclipse\.ui\.genericeditor\.GenericEditor$' "seed opened in the Generic Editor"
	expect_line "$report.2" '^marker fi\.seloste\.ui\.problem ' "the editor marks the seed's defects"
	expect_line "$report.2" '^bundle fi\.seloste\.ui [^ ]+ ACTIVE$' "fi.seloste.ui active"
else
	fail "no second report"
fi

touch "$report.close"
if wait_exit "$pid" 60; then
	pass "Studio exited normally"
else
	fail "Studio did not exit normally"
fi
echo "--- console output"
cat "$work/studio.out"
echo "---"
if grep -Eq 'Exception|^!ENTRY [^ ]+ 4 ' "$work/studio.out"; then
	fail "exceptions or errors on the console"
fi
check_log "$work/workspace"
finish start-studio-test
