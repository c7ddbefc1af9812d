#!/bin/sh
# test_hvmx.sh - hvmloader-ext: the freestanding 32-bit archive `make`
# built holds no undefined symbol and no writable data
# (hvmx_archive_check.sh), and the loader, run in a simulated hvmloader
# (test_hvmx), handles every area of the hostile catalogue as the
# toolstack does, fails without touching hvmloader's tables, and copes
# with a device model that keeps writing.  The catalogue's areas are
# written fresh by test_dm_hostile --write-corpus.
set -eu
top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hvmx.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
sh "$top_srcdir/tests/hvmx_archive_check.sh" "$top_builddir/hvmloader-ext/libhvmloader-ext.a"
"$top_builddir/tests/test_dm_hostile" --write-corpus "$tmp" >/dev/null
echo "test_hvmx.sh: $(ls "$tmp" | wc -l) catalogue areas"
"$top_builddir/tests/test_hvmx" "$tmp"
