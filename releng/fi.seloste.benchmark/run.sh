#!/usr/bin/env bash
# The benchmark of issue 15 (docs/benchmarks.md): every row of the performance table as a ratio against its
# baseline measured in the same run; writes releng/fi.seloste.benchmark/target/benchmark/results.md.
# Build first (the command line, whose ./seloste it starts, and this module):
#   ./mvnw -B -o verify -DskipTests -pl releng/fi.seloste.cli,releng/fi.seloste.benchmark -am
# Usage: run.sh [--rows cold,keystroke,scale,pipeline,pdf,studio] [--sizes 10,100,1000,10000] [--reps 10]
#               [--scale-reps 3] [--large-reps 1] [--quick] [--studio-archive FILE] [--seed 15]
# Take figures on a quiet machine (no build running): the rows are ratios, but a busy core skews both sides.
set -euo pipefail
module="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
home="$(cd "$module/../.." && pwd -P)"
if [ ! -f "$module/target/classes/META-INF/BenchmarkList" ] || [ ! -d "$module/target/benchmark-lib" ]; then
	echo "run.sh: the benchmark is not built: ./mvnw -B -o verify -DskipTests -pl releng/fi.seloste.cli,releng/fi.seloste.benchmark -am" >&2
	exit 2
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
options=(-Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 "-Dseloste.home=$home")
major="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p')"
if [ "${major:-0}" -ge 23 ]; then
	options+=(--sun-misc-unsafe-memory-access=allow)
fi
exec "$java" "${options[@]}" -cp "$module/target/classes:$module/target/benchmark-lib/*" fi.seloste.benchmark.BenchmarkRunner "$@"
