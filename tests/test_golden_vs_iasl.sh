#!/bin/bash
# test_golden_vs_iasl.sh - proves that the goldens in test_aml_golden.c are
# really iasl's output: recompiles every ASL snippet the test program emits
# (--emit-asl) with `iasl -on -of` and compares the bytes after the 36-byte
# table header with the expected ones.  Some vectors keep only the first
# bytes of a huge body (<name>.len holds its length); whole-table vectors
# also compare the header (<name>.hdr, ".." where iasl and the writer
# legitimately differ).  Run by `make check`, which exports IASL and
# top_builddir.
set -eu

IASL=${IASL:-iasl}
top_builddir=${top_builddir:-.}

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/golden_vs_iasl.XXXXXX")
trap 'rm -rf "$tmpdir"' EXIT

"$top_builddir/tests/test_aml_golden" --emit-asl "$tmpdir"

# Hex of `count` bytes of a file from `skip` on (count empty: to the end).
hex_of() {
    od -An -v -tx1 -j "$2" ${3:+-N "$3"} "$1" | tr -d ' \n'
}

# Offset of the first differing byte of two hex strings.
first_diff() {
    local a=$1 b=$2 i=0
    while [ $((2 * i)) -lt ${#a} ] && [ $((2 * i)) -lt ${#b} ] &&
        [ "${a:$((2 * i)):2}" = "${b:$((2 * i)):2}" ]; do
        i=$((i + 1))
    done
    echo "$i"
}

pass=0
fail=0
for asl in "$tmpdir"/*.asl; do
    [ -e "$asl" ] || break
    name=$(basename "$asl" .asl)
    aml=$tmpdir/$name.aml
    if ! "$IASL" -on -of -p "$tmpdir/$name" "$asl" >"$tmpdir/$name.log" 2>&1 ||
        [ ! -s "$aml" ]; then
        echo "FAIL $name: iasl could not compile it:"
        sed 's/^/    /' "$tmpdir/$name.log"
        fail=$((fail + 1))
        continue
    fi

    want=$(tr -d ' \n' <"$tmpdir/$name.hex")
    why=
    if [ -e "$tmpdir/$name.len" ]; then
        want_len=$(cat "$tmpdir/$name.len")
        got_len=$(($(wc -c <"$aml") - 36))
        got=$(hex_of "$aml" 36 $((${#want} / 2)))
        [ "$got_len" -eq "$want_len" ] || why="body is $got_len bytes, golden says $want_len"
    else
        got=$(hex_of "$aml" 36)
    fi
    if [ -z "$why" ] && [ "$got" != "$want" ]; then
        at=$(first_diff "$got" "$want")
        why="body differs at byte $at (iasl ${#got} hex digits, golden ${#want})"
    fi
    if [ -z "$why" ] && [ -e "$tmpdir/$name.hdr" ]; then
        # ".." in the golden header matches any byte.
        hdr=$(tr -d ' \n' <"$tmpdir/$name.hdr")
        got_hdr=$(hex_of "$aml" 0 36)
        [[ $got_hdr =~ ^${hdr}$ ]] || why="header differs: iasl $got_hdr, golden $hdr"
    fi

    if [ -z "$why" ]; then
        echo "PASS $name"
        pass=$((pass + 1))
    else
        echo "FAIL $name: $why"
        fail=$((fail + 1))
    fi
done

echo "$pass passed, $fail failed"
if [ $((pass + fail)) -eq 0 ]; then
    echo "no vectors found in $tmpdir" >&2
    exit 1
fi
[ "$fail" -eq 0 ]
