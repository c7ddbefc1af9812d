#!/bin/bash
# test_freestanding.sh - the libacpigen core must build freestanding (it is
# linked into hvmloader, which has no libc): every core source compiles with
# -ffreestanding -fno-builtin -nostdlib, and the objects linked together
# reference no symbol they do not define themselves (not even memcpy or
# memset that the compiler might emit on its own).
set -eu

top_srcdir=${top_srcdir:-.}
CC=${CC:-cc}
NM=${NM:-nm}
LD=${LD:-ld}
# Exported by the harness from Makefile.am; the glob only serves manual runs.
ACPIGEN_CORE_SOURCES=${ACPIGEN_CORE_SOURCES:-$(cd "$top_srcdir" && echo libacpigen/*/*.c)}

passed=0
failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/freestanding.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

objs=()
for src in $ACPIGEN_CORE_SOURCES; do
    obj=$tmp/$(basename "$src" .c).o
    # $CC may carry options ("gcc -m32"): split it on purpose.
    # shellcheck disable=SC2086
    if $CC -std=c11 -ffreestanding -fno-builtin -nostdlib -DACPIGEN_FREESTANDING \
           -Wall -Wextra -Werror -I"$top_srcdir/libacpigen/include" -I"$top_srcdir/libacpigen" \
           -c "$top_srcdir/$src" -o "$obj"; then
        pass "compile $src freestanding"
        objs+=("$obj")
    else
        fail "compile $src freestanding"
    fi
done

# $LD and $NM may carry options too (libtool's NM is "nm -B").
# shellcheck disable=SC2086
if [ "${#objs[@]}" -eq 0 ]; then
    fail "no core object to link (ACPIGEN_CORE_SOURCES='$ACPIGEN_CORE_SOURCES')"
elif ! $LD -r -o "$tmp/core.o" "${objs[@]}"; then
    fail "ld -r of ${#objs[@]} core objects"
else
    pass "ld -r of ${#objs[@]} core objects"
    # shellcheck disable=SC2086
    undefined=$($NM -u "$tmp/core.o")
    if [ -z "$undefined" ]; then
        pass "no undefined symbol in the linked core"
    else
        echo "undefined symbols of the linked core:"
        printf '%s\n' "$undefined"
        fail "the linked core references symbols it does not define"
    fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
