#!/bin/bash
# test_templates.sh - the AML the builders stamp (libacpigen/tables/templates.c)
# must be exactly what the writer writes for it today: tests/gen_templates
# regenerates the file from the writer calls that define the templates, and
# any difference fails (fix: `make templates`, then review the diff).
set -eu

top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
want=$top_srcdir/libacpigen/tables/templates.c

tmp=$(mktemp "${TMPDIR:-/tmp}/templates.XXXXXX")
trap 'rm -f "$tmp"' EXIT

"$top_builddir/tests/gen_templates" > "$tmp"
if [ ! -s "$tmp" ]; then
    echo "FAIL: gen_templates printed nothing"
    exit 1
fi
if ! diff -u "$want" "$tmp"; then
    echo "FAIL: $want differs from what the writer writes (run make templates)"
    exit 1
fi
echo "PASS: templates.c ($(wc -l < "$tmp") lines) equals the writer's output"
