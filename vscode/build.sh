#!/usr/bin/env bash
# Builds, tests and packages the VS Code extension (called by vscode/pom.xml in the package phase):
#   build.sh <cli-lib folder> <generated seloste.tmLanguage.json> <generated keywords.txt> [<java home>]
# npm ci; type check and compile (tsc, strict); lint (eslint); unit tests of the pure modules (node --test);
# the grammar and the server jars copied in; the grammar tokenized with VS Code's TextMate engine
# (scripts/check-grammar.mjs); vsce package -> target/seloste-<version>.vsix; the .vsix checked
# (scripts/check-vsix.mjs); the server started as the extension starts it, on the Java given (the one running
# Maven) or found, and driven over LSP (scripts/smoke-server.mjs). Without node or npm it does nothing and says so, except under CI (CI set), where
# the extension must always be packaged and tested.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if [ $# -lt 3 ] || [ $# -gt 4 ]; then
	echo "usage: build.sh <cli-lib folder> <seloste.tmLanguage.json> <keywords.txt> [<java home>]" >&2
	exit 2
fi
cli_lib="$1"
grammar="$2"
keywords="$3"
java_home="${4:-}"

if ! command -v node > /dev/null 2>&1 || ! command -v npm > /dev/null 2>&1; then
	if [ -n "${CI:-}" ]; then
		echo "vscode: node or npm not found; under CI the extension must be packaged (.ci/run installs nodejs and npm)" >&2
		exit 1
	fi
	echo "vscode: node not found, the extension is not packaged"
	exit 0
fi
if ! compgen -G "$cli_lib/fi.seloste.ide-*.jar" > /dev/null; then
	echo "vscode: $cli_lib holds no fi.seloste.ide jar: build releng/fi.seloste.cli first" >&2
	exit 1
fi
echo "vscode: node $(node --version), npm $(npm --version)"

step() {
	echo "vscode: $*"
}

step "npm ci"
# --ignore-scripts: no dependency needs an install script for building and packaging (vsce-sign's
# postinstall fetches a signing tool that only publishing uses)
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error

step "tsc (strict)"
rm -rf out
npx --no-install tsc -p .

step "eslint"
npx --no-install eslint src

step "unit tests (node --test): the modules without VS Code API, and activation and commands with stand-ins for it"
node --test out/test/*.test.js test/*.test.cjs

step "grammar and server jars"
rm -rf syntaxes server
mkdir -p syntaxes server/lib target
cp "$grammar" syntaxes/seloste.tmLanguage.json
cp "$cli_lib"/*.jar server/lib/

step "grammar tokenized by Oniguruma (vscode-textmate), keywords and the examples"
node scripts/check-grammar.mjs syntaxes/seloste.tmLanguage.json "$keywords" ../examples

version="$(node -p 'require("./package.json").version')"
vsix="target/seloste-$version.vsix"
step "vsce package -> $vsix"
rm -f "$vsix"
npx --no-install vsce package --skip-license --allow-missing-repository --out "$vsix"

step "check $vsix"
node scripts/check-vsix.mjs "$vsix" "$keywords" "$cli_lib"

step "language server started as the extension starts it, driven over LSP"
java_option=()
[ -n "$java_home" ] && java_option=("--java-home=$java_home")
node scripts/smoke-server.mjs . ../examples/tietosuojaseloste.seloste "${java_option[@]}"
node scripts/smoke-server.mjs . ../examples/seeds/lumicos.seloste --expect-diagnostics "${java_option[@]}"
