#!/bin/bash
# test_xl_acpi.sh - `xl-acpi build` end to end, on the configs in examples/:
# the files it writes, that iasl disassembles every table file, that each
# table file holds exactly the bytes at its address in tables.bin and sums
# to zero, that the summary lists every table, and that a config, usage or
# build error writes nothing at all.
#
# iasl 20200925 cannot disassemble a bare RSDP (it has no standard table
# header, which iasl -d requires), so RSDP.dat is checked here field by
# field instead: signature, both checksums, length, XSDT and RSDT pointers.
set -eu

top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
IASL=${IASL:-iasl}
XL_ACPI=${XL_ACPI:-$top_builddir/xl-plugin/xl-acpi}
EX=$top_srcdir/examples

passed=0
failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/xl-acpi.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# Run xl-acpi; its status, stdout and stderr land in $rc, $tmp/out.txt, $tmp/err.txt.
run() {
    rc=0
    "$XL_ACPI" "$@" >"$tmp/out.txt" 2>"$tmp/err.txt" || rc=$?
}

size() { wc -c <"$1" | tr -d ' '; }
# Unsigned bytes of a file, one per line.
bytes() { od -An -v -tu1 "$@" | tr -s ' ' '\n' | sed '/^$/d'; }
sum8() { bytes "$1" | awk '{ s += $1 } END { print s % 256 }'; }
le() { bytes -j "$2" -N "$3" "$1" | awk '{ v += $1 * 256 ^ (NR - 1) } END { printf "%.0f\n", v }'; }
is_empty_dir() { [ -d "$1" ] && [ -z "$(ls -A "$1")" ]; }

# ---- the command line --------------------------------------------------------
run --help
check "--help exits 0 and shows the usage" \
    test "$rc" = 0 -a -n "$(grep '^usage: xl-acpi build CFG --out DIR' "$tmp/out.txt")"
for args in "" "frob" "build" "build $EX/pvh-domu.cfg" "build $EX/pvh-domu.cfg --out" \
            "build $EX/pvh-domu.cfg --out $tmp/u --bogus" \
            "build $EX/pvh-domu.cfg --out $tmp/u --base 0x1g" \
            "build $EX/pvh-domu.cfg --out $tmp/u --base 0" \
            "build $EX/pvh-domu.cfg --out $tmp/u --size 0x10000000000000000" \
            "build $EX/pvh-domu.cfg --out $tmp/u --size -4096"; do
    # shellcheck disable=SC2086
    run $args
    check "usage error exits 2 with a message: xl-acpi $args" \
        test "$rc" = 2 -a -n "$(grep '^xl-acpi: ' "$tmp/err.txt")" -a ! -e "$tmp/u"
done

# ---- a build ---------------------------------------------------------------
# check_build DIR: everything about a successful build's output.
check_build() {
    local dir=$1 base=$2 f sig n_files n_lines
    check "$dir: no temporary file left" test -z "$(ls -A "$dir" | grep '^\.')"
    for f in tables.bin DSDT.aml FACP.dat APIC.dat XSDT.dat RSDT.dat RSDP.dat manifest.json; do
        check "$dir: $f written" test -s "$dir/$f"
    done

    # iasl disassembles every table file but the RSDP (see the top).
    mkdir -p "$tmp/dis"
    for f in "$dir"/*.aml "$dir"/*.dat; do
        [ "$(basename "$f")" = RSDP.dat ] && continue
        rm -rf "$tmp/dis"/*
        cp "$f" "$tmp/dis/"
        local b; b=$(basename "$f")
        if (cd "$tmp/dis" && "$IASL" -d "$b") >"$tmp/iasl.txt" 2>&1 &&
           [ -s "$tmp/dis/${b%.*}.dsl" ] &&
           ! grep -qiE 'error|warning|unknown|invalid' "$tmp/iasl.txt" "$tmp/dis/${b%.*}.dsl"; then
            pass "iasl -d $b"
        else
            fail "iasl -d $b"; cat "$tmp/iasl.txt"
        fi
    done

    # The summary: one "ACPI:" line per table file, address and length right.
    n_files=$(ls "$dir" | grep -cE '\.(aml|dat)$')
    n_lines=$(grep -c '^ACPI: ' "$tmp/out.txt")
    check "$dir: summary lists $n_files tables" test "$n_lines" = "$n_files"
    for f in "$dir"/*.aml "$dir"/*.dat; do
        local b addr len line off
        b=$(basename "$f")
        sig=${b%.*}; sig=${sig:0:4}
        # SSDT1.aml, SSDT2.aml: the nth line of that signature.
        local nth=${b%.*}; nth=${nth:4}; nth=${nth:-1}
        line=$(grep "^ACPI: $sig " "$tmp/out.txt" | sed -n "${nth}p")
        if [ -z "$line" ]; then
            fail "summary lists $b"; continue
        fi
        addr=$(echo "$line" | awk '{ print $3 }')
        len=$(echo "$line" | awk '{ print $4 }')
        check "summary: $b is $((16#$len)) bytes" test "$((16#$len))" = "$(size "$f")"
        if [ "$sig" = RSDP ] && [ "$((addr))" = $((0xFFFC0)) ]; then
            continue    # the low RSDP is not in the image
        fi
        off=$((addr - base))
        check "$b is the image's bytes at $addr" \
            cmp -s -n "$(size "$f")" "$f" <(tail -c +$((off + 1)) "$dir/tables.bin")
        [ "$sig" = FACS ] || check "$b checksum" test "$(sum8 "$f")" = 0
    done

    # The RSDP, by hand: "RSD PTR ", revision 2, length 36, both checksums,
    # and pointers to the XSDT and RSDT the summary lists.
    local r=$dir/RSDP.dat xsdt rsdt
    xsdt=$(awk '/^ACPI: XSDT /{ print $3 }' "$tmp/out.txt")
    rsdt=$(awk '/^ACPI: RSDT /{ print $3 }' "$tmp/out.txt")
    check "RSDP.dat: signature" test "$(head -c 8 "$r")" = "RSD PTR "
    check "RSDP.dat: 36 bytes, revision 2" test "$(size "$r") $(le "$r" 15 1) $(le "$r" 20 4)" = "36 2 36"
    check "RSDP.dat: checksum of the first 20 bytes" \
        test "$(head -c 20 "$r" >"$tmp/r20"; sum8 "$tmp/r20")" = 0
    check "RSDP.dat: extended checksum" test "$(sum8 "$r")" = 0
    check "RSDP.dat: XSDT pointer" test "$(le "$r" 24 8)" = "$((xsdt))"
    check "RSDP.dat: RSDT pointer" test "$(le "$r" 16 4)" = "$((rsdt))"

    local rsdp_line paddr
    rsdp_line=$(awk '/^ACPI: RSDP /{ print $3 }' "$tmp/out.txt")
    paddr=$(sed -n 's/^rsdp_paddr=//p' "$tmp/out.txt")
    check "$dir: rsdp_paddr is the RSDP's address" test "$((paddr))" = "$((rsdp_line))"
    check "$dir: summary lists the e820 ranges" grep -q '^e820: \[mem 0x' "$tmp/out.txt"
    check "$dir: manifest.json has the RSDP address" \
        grep -q "\"rsdp_address\": $((paddr))," "$dir/manifest.json"
}

run build "$EX/pvh-domu.cfg" --out "$tmp/domu"
check "build examples/pvh-domu.cfg" test "$rc" = 0 -a ! -s "$tmp/err.txt"
[ "$rc" = 0 ] || cat "$tmp/err.txt"
check_build "$tmp/domu" $((0xFC000000))
check "pvh-domu: the VMGENID SSDT" test -s "$tmp/domu/SSDT.aml"
check "pvh-domu: vmgenid-guid.bin is 4096 bytes" test "$(size "$tmp/domu/vmgenid-guid.bin")" = 4096
check "pvh-domu: summary shows the generated GUID" grep -q '^vmgenid: .* (generated) at 0x' "$tmp/out.txt"
rm -rf "$tmp/dis"/*
cp "$tmp/domu/DSDT.aml" "$tmp/dis/"
(cd "$tmp/dis" && "$IASL" -d DSDT.aml >/dev/null 2>&1) || true
check "pvh-domu: the DSDT names processors C000-C003, no more" \
    test "$(grep -c 'Device (C00[0-9A-F])' "$tmp/dis/DSDT.dsl")" = 4

# A fixed GUID: the page holds it in SMBIOS order, and two builds are identical.
run build "$EX/pvh-domu-vmgenid.cfg" --out "$tmp/gen"
check "build examples/pvh-domu-vmgenid.cfg" test "$rc" = 0
check_build "$tmp/gen" $((0xFC000000))
check "vmgenid page: GUID 6b7a1c3e-2f4d-4e8a-9b1c-0d2e3f4a5b6c in SMBIOS order at offset 40" \
    test "$(od -An -v -tx1 -j 40 -N 16 "$tmp/gen/vmgenid-guid.bin" | tr -d ' \n')" = \
         "3e1c7a6b4d2f8a4e9b1c0d2e3f4a5b6c"
check "vmgenid page: zero elsewhere" \
    test "$(bytes "$tmp/gen/vmgenid-guid.bin" | awk '$1 != 0' | wc -l)" = 16
check "pvh-domu-vmgenid: GED on GSI 23" grep -q 'notify: GED (ACPI0013) on GSI 23' "$tmp/out.txt"
run build "$EX/pvh-domu-vmgenid.cfg" --out "$tmp/gen2"
same=1
for f in "$tmp/gen"/*; do cmp -s "$f" "$tmp/gen2/$(basename "$f")" || same=0; done
check "pvh-domu-vmgenid: two builds write the same bytes" test "$same" = 1

# --base, --size and --rsdp-low.
run build "$EX/pvh-domu-vmgenid.cfg" --out "$tmp/low" --base 0x80000000 --size=65536 --rsdp-low
check "build with --base --size --rsdp-low" test "$rc" = 0
check_build "$tmp/low" $((0x80000000))
check "--rsdp-low: rsdp-low.bin is the 36-byte RSDP" cmp -s "$tmp/low/rsdp-low.bin" "$tmp/low/RSDP.dat"
check "--rsdp-low: rsdp_paddr=0xfffc0" grep -qx 'rsdp_paddr=0xfffc0' "$tmp/out.txt"
check "--base: tables at 0x80000000" grep -q '^ACPI: DSDT 0x0000000080000000 ' "$tmp/out.txt"

# A later build into the same directory removes what it no longer produces,
# and only that.
printf 'type = "pvh"\nvcpus = 1\n' >"$tmp/plain.cfg"
touch "$tmp/domu/NOTES.dat"
run build "$tmp/plain.cfg" --out "$tmp/domu"
check "rebuild without vmgenid" test "$rc" = 0
check "rebuild: SSDT.aml and vmgenid-guid.bin of the earlier run are gone" \
    test ! -e "$tmp/domu/SSDT.aml" -a ! -e "$tmp/domu/vmgenid-guid.bin"
check "rebuild: a file xl-acpi did not write is kept" test -e "$tmp/domu/NOTES.dat"

# ---- nothing is written on an error -----------------------------------------
# expect_nothing NAME WANT-RC STDERR-REGEX ARGS...: into an empty directory
# and into one that does not exist yet.
expect_nothing() {
    local name=$1 want=$2 re=$3; shift 3
    mkdir -p "$tmp/empty"
    run "$@" --out "$tmp/empty"
    check "$name: exit $want" test "$rc" = "$want"
    check "$name: message" grep -qE "$re" "$tmp/err.txt"
    check "$name: nothing written into the empty --out dir" is_empty_dir "$tmp/empty"
    run "$@" --out "$tmp/absent/sub"
    check "$name: --out dir not created" test ! -e "$tmp/absent"
}
printf 'name = "bad"\ntype = "pvh"\nvcpus = 8\nmaxvcpus = 4\n' >"$tmp/bad.cfg"
expect_nothing "vcpus > maxvcpus" 1 \
    "^$tmp/bad.cfg:4: error: maxvcpus=4 is less than vcpus=8\$" build "$tmp/bad.cfg"
printf 'type = "pvh"\nvcpus 2\n' >"$tmp/syntax.cfg"
expect_nothing "syntax error" 1 "^$tmp/syntax.cfg:2: config parsing error near" build "$tmp/syntax.cfg"
printf 'type = "pvh"\nvmgenid = "not-a-guid"\n' >"$tmp/guid.cfg"
expect_nothing "bad vmgenid" 1 "^$tmp/guid.cfg:2: error: vmgenid=" build "$tmp/guid.cfg"
expect_nothing "missing config" 1 "^$tmp/nope.cfg: error: cannot open" build "$tmp/nope.cfg"
expect_nothing "region too small" 1 "^xl-acpi: .*: cannot build the tables: layout: " \
    build "$EX/pvh-domu.cfg" --size 0x1000

printf 'type = "pvh"\nacpi = 0\n' >"$tmp/noacpi.cfg"
mkdir -p "$tmp/empty"
run build "$tmp/noacpi.cfg" --out "$tmp/empty"
check "acpi=0: exit 0 and says so" test "$rc" = 0 -a -n "$(grep 'acpi=0: ' "$tmp/out.txt")"
check "acpi=0: nothing written" is_empty_dir "$tmp/empty"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
