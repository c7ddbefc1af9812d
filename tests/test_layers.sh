#!/bin/bash
# test_layers.sh - the libacpigen core keeps its layers one-way and its
# files small:
#   base/ (0) < aml/ (1) < tables/ (2) < dm/ (3), hwdom/ (3: beside dm/,
#   neither uses the other), public headers ranked with
#   the layer that implements them;
#   - no #include reaches a higher layer, and the include graph has no loop;
#   - no object calls (or reads) a symbol defined in a higher layer, and the
#     graph of which object uses which has no loop (nm on the objects the
#     library was built from);
#   - no source file over 1000 lines.
set -eu

top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
NM=${NM:-nm}
MAX_LINES=1000

passed=0
failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }

src=$top_srcdir/libacpigen
tmp=$(mktemp -d "${TMPDIR:-/tmp}/layers.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# Layer of a file path relative to libacpigen/ ("aml/aml_writer.c",
# "acpigen/guest.h" for a public header); empty if unknown.
level() {
    case $1 in
    base/* | acpigen/checksum.h | acpigen/actbl.h) echo 0 ;;
    aml/* | acpigen/aml.h | acpigen/namespace.h | acpigen/nsscan.h) echo 1 ;;
    tables/* | acpigen/guest.h) echo 2 ;;
    dm/* | acpigen/dmacpi.h | acpigen/hvmfw.h) echo 3 ;;
    hwdom/* | acpigen/hwdom.h) echo 3 ;;
    esac
}

# ---- includes ---------------------------------------------------------------
files=()
for f in "$src"/base/*.[ch] "$src"/aml/*.[ch] "$src"/tables/*.[ch] "$src"/dm/*.[ch] \
         "$src"/hwdom/*.[ch] \
         "$src"/include/acpigen/*.h; do
    files+=("$f")
done
[ "${#files[@]}" -gt 20 ] || fail "only ${#files[@]} core files found under $src"
bad=0
: >"$tmp/inc.edges"
for f in "${files[@]}"; do
    rel=${f#"$src"/}
    rel=${rel#include/}
    lf=$(level "$rel")
    if [ -z "$lf" ]; then
        fail "$rel: in no layer (add it to level() in this test)"
        bad=1
        continue
    fi
    while read -r inc; do
        li=$(level "$inc")
        if [ -z "$li" ]; then
            fail "$rel includes \"$inc\", which is in no layer"
            bad=1
        elif [ "$li" -gt "$lf" ]; then
            fail "$rel (layer $lf) includes \"$inc\" (layer $li)"
            bad=1
        fi
        echo "$rel $inc" >>"$tmp/inc.edges"
    done < <(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f")
done
[ $bad = 1 ] || pass "no #include reaches a higher layer ($(wc -l <"$tmp/inc.edges") includes in ${#files[@]} files)"
if tsort "$tmp/inc.edges" >/dev/null 2>"$tmp/tsort.err"; then
    pass "the include graph has no loop"
else
    fail "include loop: $(tr '\n' ' ' <"$tmp/tsort.err")"
fi

# ---- symbols ----------------------------------------------------------------
# The non-PIC object libtool built next to each source's .lo (other
# programs compile the same sources under other names there).
objs=()
nsrc=0
for c in "$src"/base/*.c "$src"/aml/*.c "$src"/tables/*.c "$src"/dm/*.c "$src"/hwdom/*.c; do
    nsrc=$((nsrc + 1))
    rel=${c#"$src"/}
    o=$top_builddir/libacpigen/${rel%.c}.o
    [ -f "$o" ] && objs+=("$o")
done
if [ "${#objs[@]}" -ne "$nsrc" ]; then
    fail "${#objs[@]} objects under $top_builddir/libacpigen for $nsrc sources (build the library first)"
else
    : >"$tmp/defs"
    for o in "${objs[@]}"; do
        rel=${o#"$top_builddir"/libacpigen/}
        # $NM may carry options (libtool's is "nm -B").
        # shellcheck disable=SC2086
        $NM "$o" | awk -v o="$rel" '$(NF-1) ~ /^[TDRBC]$/ { print $NF, o }' >>"$tmp/defs"
    done
    bad=0
    : >"$tmp/use.edges"
    for o in "${objs[@]}"; do
        rel=${o#"$top_builddir"/libacpigen/}
        lo=$(level "$rel")
        # shellcheck disable=SC2086
        for sym in $($NM "$o" | awk '$1 == "U" { print $2 }'); do
            def=$(awk -v s="$sym" '$1 == s { print $2; exit }' "$tmp/defs")
            [ -n "$def" ] || continue               # outside the core (libc in a hosted build)
            [ "$def" = "$rel" ] && continue
            ld=$(level "$def")
            if [ "$ld" -gt "$lo" ]; then
                fail "$rel (layer $lo) uses $sym of $def (layer $ld)"
                bad=1
            fi
            echo "$rel $def" >>"$tmp/use.edges"
        done
    done
    sort -u -o "$tmp/use.edges" "$tmp/use.edges"
    [ $bad = 1 ] || pass "no object uses a symbol of a higher layer ($(wc -l <"$tmp/use.edges") object-to-object uses, ${#objs[@]} objects)"
    if tsort "$tmp/use.edges" >/dev/null 2>"$tmp/tsort.err"; then
        pass "no two objects use each other, directly or around a loop"
    else
        fail "call loop between objects: $(tr '\n' ' ' <"$tmp/tsort.err")"
    fi
fi

# ---- sizes ------------------------------------------------------------------
big=0
for f in "${files[@]}"; do
    n=$(wc -l <"$f")
    if [ "$n" -gt $MAX_LINES ]; then
        fail "${f#"$src"/}: $n lines (more than $MAX_LINES)"
        big=1
    fi
done
[ $big = 1 ] || pass "no core file over $MAX_LINES lines (largest: $(wc -l "${files[@]}" | sort -n | tail -n 2 | head -n 1 | awk '{print $2 " with " $1}' | sed "s|$src/||"))"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
