#!/bin/bash
# test_no_alloc.sh - the libacpigen core promises no heap allocation: the
# objects libtool built for the library must not reference malloc, free or
# any other allocator.  (test_freestanding.sh checks the same sources built
# freestanding; this checks the objects actually shipped in the library.)
set -eu

top_builddir=${top_builddir:-.}
NM=${NM:-nm}
ACPIGEN_CORE_SOURCES=${ACPIGEN_CORE_SOURCES:-}

ALLOCATORS='malloc|calloc|realloc|reallocarray|free|aligned_alloc|posix_memalign|memalign|valloc|pvalloc|alloca|strdup|strndup|asprintf|vasprintf|mmap|sbrk|brk|malloc_usable_size|operator new|_Znwm|_Znam|_ZdlPv|_ZdaPv'

passed=0
failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }

# libtool puts the PIC objects in .libs/ and the static ones next to the
# .lo files; they are named foo.o, or libacpigen_la-foo.o when the library
# has its own CFLAGS.
# Each object is in the build tree's copy of its source folder.
dir=$top_builddir/libacpigen
objs=()
if [ -n "$ACPIGEN_CORE_SOURCES" ]; then
    for src in $ACPIGEN_CORE_SOURCES; do
        base=$(basename "$src" .c)
        dir=$top_builddir/$(dirname "$src")
        found=0
        for o in "$dir/.libs/$base.o" "$dir/$base.o" \
                 "$dir/.libs/libacpigen_la-$base.o" "$dir/libacpigen_la-$base.o"; do
            if [ -f "$o" ]; then
                objs+=("$o")
                found=1
            fi
        done
        [ "$found" -eq 1 ] || fail "no object built for $src in $dir"
    done
else
    for o in "$dir"/*/.libs/*.o "$dir"/*/*.o; do
        [ -f "$o" ] && objs+=("$o")
    done
fi

if [ "${#objs[@]}" -eq 0 ]; then
    fail "no libacpigen object found under $dir (build the library first)"
else
    for o in "${objs[@]}"; do
        echo "== $NM $o"
        # $NM may carry options (libtool's is "nm -B"): split it on purpose.
        # shellcheck disable=SC2086
        syms=$($NM "$o")
        printf '%s\n' "$syms"
        # Any reference or definition, with or without a version suffix
        # (malloc@GLIBC_2.2.5) or a leading underscore.
        bad=$(printf '%s\n' "$syms" | awk '{print $NF}' |
              grep -E "^_?($ALLOCATORS)(@.*)?\$" || true)
        if [ -z "$bad" ]; then
            pass "$o: no allocator symbol"
        else
            fail "$o: allocator symbols: $(printf '%s\n' "$bad" | tr '\n' ' ')"
        fi
    done
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
