#!/bin/bash
# test_roundtrip.sh - the tables written by tests/rt_tables must survive an
# iasl round trip: disassemble, recompile with -on -of (no namepath
# shortening, no constant folding) with zero errors and no unexpected
# warnings, and get back the same bytes except the header fields iasl owns
# (checksum at offset 9, compiler ID and revision at offsets 28..35).
# Also checks that rt_tables.c calls every AML constructor of aml.h, so the
# round trip covers the whole API.
set -eu

top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
IASL=${IASL:-iasl}

# Warnings iasl may give on our recompiled tables, each with the reason it
# is not a writer problem.
declare -A ALLOWED_WARNINGS=(
    [3168]="Legacy Processor() keyword: aml_processor() is part of the API and used on purpose"
)

# Public functions of aml.h that emit no AML (writer plumbing and errors).
NON_CONSTRUCTORS="aml_writer_init aml_writer_set_grow aml_writer_finish aml_writer_buf
aml_writer_len aml_error aml_errmsg aml_slot_offset"

header=$top_srcdir/libacpigen/include/acpigen/aml.h
source_c=$top_srcdir/tests/rt_tables.c

passed=0
failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/roundtrip.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# C source without /* */ and // comments, so names in comments do not count.
strip_comments() {
    awk '
    {
        out = ""; line = $0
        while (line != "") {
            if (incom) {
                i = index(line, "*/")
                if (!i) { line = ""; break }
                line = substr(line, i + 2); incom = 0
            } else {
                i = index(line, "/*"); j = index(line, "//")
                if (j && (!i || j < i)) { out = out substr(line, 1, j - 1); line = ""; break }
                if (!i) { out = out line; line = ""; break }
                out = out substr(line, 1, i - 1) " "; line = substr(line, i + 2); incom = 1
            }
        }
        print out
    }' "$1"
}

# The header comment block differs between two disassemblies (file name,
# date, checksum, compiler): drop it before diffing.
dsl_body() { sed '1,/^ \*\//d' "$1"; }

# ---- round trip, one test per table -------------------------------------

if ! "$top_builddir/tests/rt_tables" "$tmp"; then
    fail "rt_tables could not write the tables"
    echo "$passed passed, $failed failed"
    exit 1
fi

for aml in "$tmp"/*.aml; do
    name=$(basename "$aml" .aml)
    work=$tmp/$name.d
    mkdir -p "$work/ours" "$work/iasl" "$work/redis"
    cp "$aml" "$work/ours/$name.aml"

    if ! out=$(cd "$work/ours" && "$IASL" -d "$name.aml" 2>&1) || [ ! -s "$work/ours/$name.dsl" ]; then
        echo "$out"
        fail "$name: iasl -d failed"
        continue
    fi

    cp "$work/ours/$name.dsl" "$work/iasl/"
    status=0
    out=$(cd "$work/iasl" && "$IASL" -on -of "$name.dsl" 2>&1) || status=$?
    summary=$(printf '%s\n' "$out" | grep -E '^Compilation (successful|failed)' || true)
    errors=$(printf '%s\n' "$summary" | sed -n 's/.* \([0-9][0-9]*\) Errors.*/\1/p')
    if [ "$status" -ne 0 ] || [ "${errors:-x}" != 0 ] || [ ! -s "$work/iasl/$name.aml" ]; then
        printf '%s\n' "$out"
        fail "$name: recompiling the disassembly failed (${summary:-no summary})"
        continue
    fi

    bad_warning=0
    while read -r id; do
        [ -n "$id" ] || continue
        if [ -n "${ALLOWED_WARNINGS[$id]:-}" ]; then
            echo "$name: allowed warning $id (${ALLOWED_WARNINGS[$id]})"
        else
            printf '%s\n' "$out" | grep -B1 -E "^Warning +$id " || true
            echo "$name: unexpected iasl warning $id"
            bad_warning=1
        fi
    done < <(printf '%s\n' "$out" | sed -n 's/^Warning  *\([0-9][0-9]*\) .*/\1/p' | sort -u)
    if [ "$bad_warning" -ne 0 ]; then
        fail "$name: iasl warnings on the disassembly"
        continue
    fi

    ours=$work/ours/$name.aml
    theirs=$work/iasl/$name.aml
    size_ours=$(wc -c < "$ours")
    size_theirs=$(wc -c < "$theirs")
    # cmp -l: 1-based offset, octal bytes.  Skip offset 9 (checksum) and
    # 28..35 (compiler ID and revision), i.e. 1-based 10 and 29..36.
    diffs=$(cmp -l "$ours" "$theirs" 2>/dev/null | awk '$1 != 10 && ($1 < 29 || $1 > 36)' || true)
    if [ "$size_ours" -eq "$size_theirs" ] && [ -z "$diffs" ]; then
        pass "$name: $size_ours bytes, identical after iasl -d and iasl -on -of"
        continue
    fi

    echo "$name: ours $size_ours bytes, iasl $size_theirs bytes"
    if [ -n "$diffs" ]; then
        echo "$name: differing bytes (offset: ours iasl), first 32:"
        printf '%s\n' "$diffs" | head -n 32 | while read -r off a b; do
            printf '  0x%04x: 0x%02x 0x%02x\n' $((off - 1)) $((8#$a)) $((8#$b))
        done
    fi
    cp "$theirs" "$work/redis/$name.aml"
    (cd "$work/redis" && "$IASL" -d "$name.aml" >/dev/null 2>&1) || true
    echo "$name: diff of the disassemblies (ours vs recompiled):"
    if diff -u <(dsl_body "$work/ours/$name.dsl") <(dsl_body "$work/redis/$name.dsl" 2>/dev/null); then
        echo "  (none: the ASL is the same, only its encoding differs)"
    fi
    fail "$name: recompiled AML differs"
done

# ---- coverage of the public API -------------------------------------------

public=$(strip_comments "$header" | grep -oE '\baml_[a-z0-9_]+[[:space:]]*\(' |
         sed 's/[[:space:](]//g' | sort -u)
code=$(strip_comments "$source_c")
missing=""
count=0
for fn in $public; do
    case " ${NON_CONSTRUCTORS//$'\n'/ } " in *" $fn "*) continue ;; esac
    count=$((count + 1))
    if printf '%s\n' "$code" | grep -qE "\\b${fn}[[:space:]]*\\("; then
        echo "covered: $fn"
    else
        missing="$missing $fn"
    fi
done
if [ "$count" -eq 0 ]; then
    fail "coverage: no constructor found in $header"
elif [ -n "$missing" ]; then
    for fn in $missing; do echo "not covered: $fn"; done
    fail "coverage: not called in tests/rt_tables.c:$missing"
else
    pass "coverage: all $count constructors of aml.h are called in tests/rt_tables.c"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
