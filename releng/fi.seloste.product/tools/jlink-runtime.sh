#!/usr/bin/env bash
# Puts a Java runtime, jlinked from the JDK running the build, into jre/ of the Linux x86_64 Studio
# product (before it is archived), so users need no Java installed. jlink can only link a runtime for
# its own platform: the Windows and macOS products get none (their start scripts ask for Java 21+).
# Usage: jlink-runtime.sh TARGET_DIR (the module's target/)
set -euo pipefail
target="$1"
product="$target/products/fi.seloste.studio.product/linux/gtk/x86_64"
# Tycho materializes into <os>/<ws>/<arch>[/<rootFolder>]
[ -d "$product/seloste-studio" ] && product="$product/seloste-studio"
if [ ! -d "$product/plugins" ]; then
	echo "jlink-runtime: no materialized Linux product in $product" >&2
	exit 1
fi
if [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]; then
	echo "jlink-runtime: building on $(uname -s)-$(uname -m): the Linux x86_64 archive gets no runtime"
	exit 0
fi
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
jlink="$java_home/bin/jlink"
if [ ! -x "$jlink" ]; then
	echo "jlink-runtime: $jlink not found (JAVA_HOME must be a JDK)" >&2
	exit 1
fi

# A safe superset rather than a jdeps guess: OSGi loads classes reflectively. java.se plus what Eclipse,
# SWT, EMF and Guava use beyond it (jdk.unsupported: sun.misc.Unsafe; jdk.xml.dom, jdk.zipfs, jdk.net,
# charsets and locale data for fi/sv/en, the crypto providers for TLS, accessibility, management).
modules=java.se,jdk.unsupported,jdk.xml.dom,jdk.zipfs,jdk.net,jdk.charsets,jdk.localedata,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.security.auth,jdk.security.jgss,jdk.accessibility,jdk.management,jdk.naming.dns,jdk.httpserver
runtime="$target/jre-linux-x86_64"
rm -rf "$runtime"
echo "jlink-runtime: linking $modules from $java_home"
# No --compress: the archive's gzip compresses the plain modules image better (35 MB for the runtime
# against 43 MB with --compress zip-6), and classes load without inflating. Debug data, headers and
# man pages are stripped. --generate-cds-archive: the runtime's default class-data-sharing archive
# (lib/server/classes.jsa), which a plain jlink image lacks: the JDK's own classes are mapped at start
# instead of parsed and verified.
"$jlink" --add-modules "$modules" \
	--include-locales=en,fi,sv \
	--strip-debug --no-header-files --no-man-pages \
	--generate-cds-archive \
	--output "$runtime"
rm -rf "$product/jre"
cp -a "$runtime" "$product/jre"
"$product/jre/bin/java" -version
echo "jlink-runtime: $(du -sh "$product/jre" | cut -f1) in $product/jre"
