#!/usr/bin/env bash
# The p2 install test: copies the plain platform-only product (seloste-platform.product, which has the
# p2 director application) to target/p2-install-test/platform, runs its director
# (-application org.eclipse.equinox.p2.director) to install fi.seloste.feature.feature.group from the
# update site releng/fi.seloste.repository/target/repository, offline (one file: repository), and checks
# the plain product had no Seloste and the installed one has it in its p2 profile and bundles.info. Then
# starts it on a virtual display with a fresh workspace and checks, through the test probe, that every
# bundle resolved, the .seloste content type is registered and opens in the Generic Editor, and the
# editor (fi.seloste.ui, then active) marks a seed's defects. Screenshot: target/screenshots/.
# Usage: p2-install-test.sh TARGET_DIR. Run by the build in integration-test (off with -DskipTests).
set -euo pipefail
target="$(cd "$1" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [ "${2:-}" != --on-display ]; then
	command -v xvfb-run > /dev/null || { echo "p2-install-test: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }
	exec xvfb-run -a -s "-screen 0 1280x800x24" bash "${BASH_SOURCE[0]}" "$target" --on-display
fi

# shellcheck source=lib.sh
source "$here/lib.sh"
root="$(cd "$here/../../.." && pwd)"
plain="$target/products/fi.seloste.platform.product/linux/gtk/x86_64"
work="$target/p2-install-test"
installed="$work/platform"
shots="$target/screenshots"
repository="$root/releng/fi.seloste.repository/target/repository"
bundles_info=configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
mkdir -p "$shots"
if [ ! -f "$repository/artifacts.jar" ] && [ ! -f "$repository/artifacts.xml.xz" ]; then
	echo "p2-install-test: no update site in $repository (build releng/fi.seloste.repository first)" >&2
	exit 1
fi

java="$(build_java)"
extra=()
# as the seloste-studio script does: Java 23+ warns about Guava's and Guice's sun.misc.Unsafe use
major="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p')"
if [ "$major" -ge 23 ]; then
	extra+=(--sun-misc-unsafe-memory-access=allow)
fi

rm -rf "$work"
mkdir -p "$work/home"
cp -a "$plain" "$installed"
launcher="$(ls "$installed"/plugins/org.eclipse.equinox.launcher_*.jar)"

echo "p2-install-test: installing fi.seloste.feature.feature.group from $repository"
start=$SECONDS
if HOME="$work/home" "$java" -Xmx1g "${extra[@]}" -jar "$launcher" \
	-application org.eclipse.equinox.p2.director -nosplash -consoleLog \
	-repository "file:$repository" \
	-installIU fi.seloste.feature.feature.group \
	-destination "$installed" -profile DefaultProfile > "$work/director.out" 2>&1; then
	cat "$work/director.out"
	pass "p2 director installed fi.seloste.feature in $((SECONDS - start))s"
	if grep -Eq '^!ENTRY [^ ]+ 4 ' "$work/director.out"; then
		fail "the director logged errors"
	fi
else
	cat "$work/director.out"
	cat "$installed"/configuration/*.log 2> /dev/null || true
	fail "p2 director failed"
	finish p2-install-test
fi

for b in fi.seloste fi.seloste.ide fi.seloste.ui; do
	if grep -q "^$b," "$plain/$bundles_info"; then
		fail "the plain platform product already has $b"
	fi
	expect_line "$installed/$bundles_info" "^$b,[^,]+,plugins/${b}_[^,]+\.jar,4,false$" "$b installed by p2 (bundles.info)"
done
if ls "$installed"/features/fi.seloste.feature_* > /dev/null 2>&1; then
	pass "fi.seloste.feature in features/"
else
	fail "fi.seloste.feature not in $installed/features"
fi
# the newest profile state (files are named by timestamp); grep -c reads it all (grep -q would end the pipe early)
profile="$(ls "$installed"/p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/*.profile.gz | sort | tail -1)"
if [ "$(gzip -dc "$profile" | grep -c "id='fi.seloste.feature.feature.group'")" -gt 0 ]; then
	pass "fi.seloste.feature.feature.group in the p2 profile"
else
	fail "fi.seloste.feature.feature.group not in $profile"
fi

report="$work/probe.txt"
seed="$root/examples/seeds/lumicos.seloste"
start=$SECONDS
HOME="$work/home" "$java" -Xmx1g -Dosgi.requiredJavaVersion=21 --enable-native-access=ALL-UNNAMED "${extra[@]}" \
	-Dseloste.studio.probe="$report" -Dseloste.studio.probe.open="$seed" \
	-jar "$launcher" -data "$work/workspace" -consoleLog > "$work/platform.out" 2>&1 &
pid=$!
product_pid=$pid # stopped by lib.sh when the test ends before it does
if ! wait_for "$report" 180 "$pid"; then
	cat "$work/platform.out"
	exit 1 # lib.sh stops the product
fi
echo "p2-install-test: workbench up after $((SECONDS - start))s"
grep -v '^bundle ' "$report" || true # (none is no error)
expect_line "$report" '^contentType fi\.seloste\.contentType registered$' "content type registered"
expect_line "$report" '^editor \*\.seloste org\.eclipse\.ui\.genericeditor\.GenericEditor$' ".seloste opens in the Generic Editor"
check_bundles "$report"
for b in fi.seloste fi.seloste.ide fi.seloste.ui; do
	expect_line "$report" "^bundle $b [^ ]+ (RESOLVED|STARTING|ACTIVE)$" "$b resolved"
done

check_seed_stage "$report" "$pid" "$shots/p2-installed-editor.png"

close_product "$report" "$pid" "$work/platform.out" "the platform product"
check_log "$work/workspace"
finish p2-install-test
