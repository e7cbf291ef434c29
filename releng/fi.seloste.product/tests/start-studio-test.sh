#!/usr/bin/env bash
# Unpacks the Linux x86_64 Seloste Studio archive, starts it with its start script and bundled runtime
# on a virtual display (Xvfb, 1280x800) with a fresh workspace, and checks, through the test probe of
# fi.seloste.studio: the window is up with our name and welcome page, every bundle is resolved, the start
# levels took effect; then, as a user would (through the probe's requests): creates the example project
# from the welcome page (the project's build generates its notices), types an insecure address into an
# example (a marker, in the Problems view too), opens the quick fix popup (Ctrl+1) and applies the fix,
# opens content assist (Ctrl+Space) and Preview Notice; opens a seed, whose defects the editor marks;
# shows the Outline (an icon per element kind) and Help > Help Contents (the Seloste guide); closes
# Studio (as File > Exit) and checks the workspace log has no errors and the console no log4j warning.
# Then starts it again (warm) in Finnish (-nl fi): the examples wizard says at once that the project
# exists, the welcome page and the guide's title are Finnish. Prints both start times (from the JVM's
# start to the workbench window, as fi.seloste.studio measures it).
# Screenshots (target/screenshots/): studio-splash, -welcome, -about, -wizard, -markers, -quickfix,
# -contentassist, -preview, -outline, -guide, -editor, -fi-wizard, -fi-welcome.
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
# the probe's options as environment variables (StartupProbe reads both): seloste-studio splits
# SELOSTE_VMARGS at spaces, and the paths may contain some
HOME="$work/home" JAVA_HOME="" \
	SELOSTE_STUDIO_PROBE="$report" SELOSTE_STUDIO_PROBE_ABOUT=true SELOSTE_STUDIO_PROBE_OPEN="$seed" \
	"$studio/seloste-studio" -data "$work/workspace" -consoleLog > "$work/studio.out" 2>&1 &
pid=$!
product_pid=$pid # stopped by lib.sh when the test ends before it does

# the splash screen (java -splash: in the start script) with the progress fi.seloste.studio draws on it
sleep 3
screenshot "$shots/studio-splash.png"

if ! wait_for "$report" 180 "$pid"; then
	cat "$work/studio.out"
	exit 1 # lib.sh stops the product
fi
echo "start-studio-test: workbench up after $((SECONDS - start))s"
sleep 2 # let the welcome page paint
screenshot "$shots/studio-welcome.png"
grep -v '^bundle ' "$report" || true # (none is no error)
report_start_time "$report" "cold: a fresh archive and workspace"
expect_line "$report" '^splash updates [1-9][0-9]*$' "the splash screen showed the start's progress"

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

# as a user would: the welcome page's "Create the example project" (the examples wizard, Finish); the
# project's first build generates the notices
if probe_request "$report" wizard 60 "$pid"; then
	sleep 1 # painted
	screenshot "$shots/studio-wizard.png"
fi
expect_line "$report.wizard" '^welcome button true$' "the welcome page has its Create the example project button"
expect_line "$report.wizard" '^wizard .+' "the button opens the examples wizard"
probe_request "$report" finish 240 "$pid" || true
expect_line "$report.finish" '^finish enabled true$' "Finish enabled with the proposed project name"
expect_line "$report.finish" '^project [^ ]+ nature fi\.seloste\.ui\.selosteNature$' "the wizard creates a Seloste project"
expect_line "$report.finish" "^file tietosuojaseloste\.seloste true$" "the project holds the examples"
expect_line "$report.finish" '^generated generated-notices/RevontuliKahvila\.fi\.html true$' "the builder generates the notices in Studio"
expect_line "$report.finish" '^welcome closed true$' "the welcome page closes after Finish"

# an insecure address typed into the example: a marker in the editor and the Problems view
if probe_request "$report" edit 120 "$pid"; then
	sleep 1
	screenshot "$shots/studio-markers.png"
fi
expect_line "$report.edit" '^opened /[^ ]+/tietosuojaseloste\.seloste in org\.eclipse\.ui\.genericeditor\.GenericEditor$' "the example opens in the Generic Editor"
expect_line "$report.edit" '^marker line 29 [a-z]+: .*http://' "http:// marked on line 29"
expect_line "$report.edit" "^problems row '?http://www\.revontulikahvila\.fi" "the Problems view lists it"

# Ctrl+1 at the marker: the quick fix popup; then its fix, applied through the marker resolution
if probe_request "$report" quickfix 60 "$pid"; then
	sleep 1
	screenshot "$shots/studio-quickfix.png"
fi
expect_line "$report.quickfix" '^quickfix popup proposals [1-9][0-9]*$' "Ctrl+1 shows the quick fixes"
expect_line "$report.quickfix" '^quickfix proposal .*https' "the quick fix popup offers https://"
probe_request "$report" fix 90 "$pid" || true
expect_line "$report.fix" '^popup closed true$' "the quick fix popup closes"
expect_line "$report.fix" '^marker gone true$' "the quick fix removes the marker"
if grep -q '^markers before fix ' "$report.fix"; then
	read -r _ _ _ before _ _ after <<< "$(grep '^markers before fix ' "$report.fix")"
	if [ "$after" -eq $((before - 1)) ]; then
		pass "problems before the fix $before, after $after"
	else
		fail "problems before the fix $before, after $after (expected $((before - 1)))"
	fi
fi
expect_line "$report.fix" '^address true$' "the address is https:// again"
expect_line "$report.fix" '^dirty false$' "the example saved"

# Ctrl+Space after "peruste ": the legal bases
if probe_request "$report" assist 60 "$pid"; then
	sleep 1
	screenshot "$shots/studio-contentassist.png"
fi
expect_line "$report.assist" '^assist popup proposals [1-9][0-9]*$' "Ctrl+Space shows proposals"

# Preview Notice (without a browser engine, the view shows the page's path)
if probe_request "$report" preview 90 "$pid"; then
	sleep 1
	screenshot "$shots/studio-preview.png"
fi
expect_line "$report.preview" '^popup closed true$' "the proposals close"
expect_line "$report.preview" '^preview view true$' "Preview Notice opens the preview"
expect_line "$report.preview" '^preview (text|browser) .*RevontuliKahvila\.fi\.html$' "the preview shows the generated page"

# the Outline of the example: an icon per element kind
if probe_request "$report" outline 60 "$pid"; then
	sleep 1
	screenshot "$shots/studio-outline.png"
fi
expect_line "$report.outline" '^outline entries [1-9][0-9]*$' "the Outline lists the example's elements"
expect_line "$report.outline" '^outline icons ([5-9]|[1-9][0-9])$' "the Outline shows an icon per element kind"

# Help > Help Contents: the Seloste guide
if probe_request "$report" guide 60 "$pid"; then
	sleep 2
	screenshot "$shots/studio-guide.png"
fi
expect_line "$report.guide" '^guide view true$' "Help Contents opens the Seloste guide"
expect_line "$report.guide" '^guide (text|browser) .*guide-[^ ]*/index\.html$' "the guide shows its contents page"

# second stage: the probe opens a seed (defects included) in the editor
check_seed_stage "$report" "$pid" "$shots/studio-editor.png"

close_product "$report" "$pid" "$work/studio.out" "Studio"
check_log "$work/workspace"
check_no_log4j_warnings "$work/studio.out"

# A second start of the same installation and workspace (warm: the restored workbench), in Finnish
# (-nl fi): the strings Seloste provides are Finnish (the platform's own menus stay English: there are
# no Finnish language packs on Maven Central)
report="$work/probe-fi.txt"
start=$SECONDS
HOME="$work/home" JAVA_HOME="" SELOSTE_STUDIO_PROBE="$report" \
	"$studio/seloste-studio" -data "$work/workspace" -consoleLog -nl fi > "$work/studio-fi.out" 2>&1 &
pid=$!
product_pid=$pid
if ! wait_for "$report" 180 "$pid"; then
	cat "$work/studio-fi.out"
	exit 1
fi
echo "start-studio-test: workbench up after $((SECONDS - start))s (second start, -nl fi)"
grep -v '^bundle ' "$report" || true
report_start_time "$report" "warm: the second start of the same installation and workspace"
expect_line "$report" '^nl fi$' "started in Finnish (-nl fi)"
# the examples once more: the project exists, and the wizard says so at once, in Finnish
if probe_request "$report" examples-again 60 "$pid"; then
	sleep 1
	screenshot "$shots/studio-fi-wizard.png"
fi
expect_line "$report.examples-again" '^wizard Seloste-esimerkit$' "the examples wizard's title in Finnish"
expect_line "$report.examples-again" '^wizard message Työtilassa on jo projekti seloste-examples, joten esimerkit luodaan uuteen projektiin seloste-examples-2' "the wizard explains at once, in Finnish, that the project exists"
expect_line "$report.examples-again" '^finish enabled true$' "Finish enabled with a free project name"
expect_line "$report.examples-again" '^wizard banner true$' "the wizard has its banner"
probe_request "$report" cancel 30 "$pid" || true
if probe_request "$report" welcome 60 "$pid"; then
	sleep 2
	screenshot "$shots/studio-fi-welcome.png"
fi
expect_line "$report.welcome" '^welcome heading Tervetuloa Seloste Studioon$' "the welcome page in Finnish"
probe_request "$report" guide 60 "$pid" || true
expect_line "$report.guide" '^guide title Seloste-opas$' "the guide's view title in Finnish"
close_product "$report" "$pid" "$work/studio-fi.out" "Studio (-nl fi)"
check_no_log4j_warnings "$work/studio-fi.out"
check_log "$work/workspace"
finish start-studio-test
