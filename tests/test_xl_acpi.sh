#!/bin/bash
# test_xl_acpi.sh - `xl-acpi build` end to end, on the configs in examples/:
# the files it writes, that iasl disassembles every table file, that each
# table file holds exactly the bytes at its address in tables.bin and sums
# to zero, that the summary lists every table, and that a config, usage or
# build error writes nothing at all.  With --dm-blobs: the verdict on each
# blob of examples/dm-blobs.bin (which must be what examples/make_dm_blobs
# writes now), what the accepted ones became, and the file's limits.
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
            "build $EX/pvh-domu.cfg --out $tmp/u --size -4096" \
            "build $EX/pvh-domu.cfg --out $tmp/u --dm-blobs"; do
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

# Guest memory is populated and typed by page, and the region must not be
# the guest's RAM, low memory or an MMIO hole: refused, naming both ranges,
# with nothing written.
run build "$EX/pvh-domu.cfg" --out "$tmp/b3" --base 0x3
check "--base 0x3: a usage error (exit 2) saying why" \
    test "$rc" = 2 -a -n "$(grep -- '--base 0x3: not a multiple of 4096' "$tmp/err.txt")" -a ! -e "$tmp/b3"
run build "$EX/pvh-domu.cfg" --out "$tmp/b3" --size 0x1001
check "--size 0x1001: a usage error" test "$rc" = 2 -a ! -e "$tmp/b3"
run build "$EX/pvh-domu.cfg" --out "$tmp/b3" --base 0x1000000
check "--base in the guest's RAM: refused, naming both ranges" \
    test "$rc" = 1 -a -n "$(grep 'region 0x1000000-0x10fffff overlaps guest RAM 0x0-' "$tmp/err.txt")" -a ! -e "$tmp/b3"
run build "$EX/pvh-domu.cfg" --out "$tmp/b3" --base 0xfee00000 --size 0x1000
check "--base on the local APIC: refused, naming both ranges" \
    test "$rc" = 1 -a -n "$(grep 'region 0xfee00000-0xfee00fff overlaps .*0xfee00000-0xfeefffff' "$tmp/err.txt")" -a ! -e "$tmp/b3"
run build "$EX/pvh-domu.cfg" --out "$tmp/b3" --base 0xf0000
check "--base in the low 1 MiB: refused" test "$rc" = 1 -a ! -e "$tmp/b3"

# A later build into the same directory removes what it no longer produces,
# and only that.
printf 'type = "pvh"\nvcpus = 1\n' >"$tmp/plain.cfg"
touch "$tmp/domu/NOTES.dat"
run build "$tmp/plain.cfg" --out "$tmp/domu"
check "rebuild without vmgenid" test "$rc" = 0
check "rebuild: SSDT.aml and vmgenid-guid.bin of the earlier run are gone" \
    test ! -e "$tmp/domu/SSDT.aml" -a ! -e "$tmp/domu/vmgenid-guid.bin"
check "rebuild: a file xl-acpi did not write is kept" test -e "$tmp/domu/NOTES.dat"

# ---- --dm-blobs: the device model's blob area --------------------------------
NV=$EX/pvh-domu-nvdimm.cfg
BLOBS=$EX/dm-blobs.bin
"$top_builddir/examples/make_dm_blobs" "$tmp/dm-now.bin" >/dev/null
check "examples/dm-blobs.bin is what examples/make_dm_blobs writes now" cmp "$BLOBS" "$tmp/dm-now.bin"

# The blobs as the file lays them out, read here on their own: "offset size" each.
blob_layout() {
    local f=$1 off=0 n sz
    n=$(size "$f")
    while [ $((off + 8)) -le "$n" ]; do
        sz=$(le "$f" $((off + 4)) 4)
        echo "$off $sz"
        [ "$sz" -ge 8 ] || break
        off=$((off + sz))
    done
}
mapfile -t layout < <(blob_layout "$BLOBS")
check "dm-blobs.bin: 5 blobs that end exactly at the end of the file" \
    test "${#layout[@]} $(( ${layout[4]% *} + ${layout[4]#* } ))" = "5 $(size "$BLOBS")"

run build "$NV" --dm-blobs "$BLOBS" --out "$tmp/nv"
check "build pvh-domu-nvdimm.cfg --dm-blobs dm-blobs.bin: exit 0, nothing on stderr" \
    test "$rc" = 0 -a ! -s "$tmp/err.txt"
cat "$tmp/err.txt"
cp "$tmp/out.txt" "$tmp/nv.txt"
check_build "$tmp/nv" $((0xFC000000))
# blob_line N: the summary's line for blob N.
blob_line() { grep "^dm-acpi: blob $1 at " "$2"; }
check "dm-acpi: one line per blob (5)" test "$(grep -c '^dm-acpi: blob ' "$tmp/nv.txt")" = 5
check "dm-acpi: prints exactly \"3 accepted, 2 rejected\"" \
    test "$(grep -c '^dm-acpi: [0-9]* accepted' "$tmp/nv.txt")" = 1 -a \
         -n "$(grep -x 'dm-acpi: 3 accepted, 2 rejected' "$tmp/nv.txt")"
check "dm-acpi: no walk stopped" test -z "$(grep 'stopped' "$tmp/nv.txt")"
i=0
for want in "table NFIT:accepted" "device NVDR:accepted" "table DSDT:rejected" \
            "device XDEV:accepted" "device C000:rejected"; do
    off=${layout[$i]% *} sz=${layout[$i]#* }
    line=$(blob_line $i "$tmp/nv.txt")
    check "dm-acpi: blob $i line: ${want%:*}, offset $off, $sz bytes, ${want#*:}" \
        test "$(printf '%s' "$line" | sed 's/: rejected: .*/: rejected/')" = \
             "$(printf 'dm-acpi: blob %d at 0x%06x: %s, %d bytes: %s' $i "$off" "${want%:*}" "$sz" "${want#*:}")"
    i=$((i + 1))
done
# The reasons: the DSDT is the toolstack's (rule 1); C000 exists (rule 3).
check "dm-acpi: blob 2 says why the DSDT is rejected" \
    grep -qE '^dm-acpi: blob 2 at .*: rejected: .*DSDT.*[a-z]{4}' "$tmp/nv.txt"
check "dm-acpi: blob 4 says why C000 is rejected" \
    grep -qE '^dm-acpi: blob 4 at .*: rejected: .*C000.*[a-z]{4}' "$tmp/nv.txt"
check "dm-acpi: the accepted NFIT is NFIT.dat, byte for byte the blob's table" \
    cmp "$tmp/nv/NFIT.dat" <(tail -c +9 "$BLOBS" | head -c $(( ${layout[0]#* } - 8 )))
check "dm-acpi: the summary lists the device model's NFIT" \
    grep -qE '^ACPI: NFIT 0x[0-9A-F]{16} 000028 \(v01 BOCHS  BXPCNFIT ' "$tmp/nv.txt"
check "dm-acpi: the summary lists an SSDT DMACPI" grep -qE '^ACPI: SSDT .* Xen    DMACPI   ' "$tmp/nv.txt"
check "dm-acpi: one DSDT, the guest's" \
    test "$(find "$tmp/nv" -name 'DSDT*' | wc -l)" = 1 -a "$(grep -c '^ACPI: DSDT .* Xen    PVH ' "$tmp/nv.txt")" = 1
# What the SSDTs hold, by iasl: the accepted devices, and only those.
rm -rf "$tmp/dis"/*
cp "$tmp/nv"/*.aml "$tmp/dis/"
(cd "$tmp/dis" && for f in *.aml; do "$IASL" -d "$f" >/dev/null 2>&1; done) || true
ssdt_dmacpi=$(grep -l '"DMACPI"' "$tmp/dis"/SSDT*.dsl || true)
check "dm-acpi: iasl finds one SSDT DMACPI" test "$(echo "$ssdt_dmacpi" | grep -c .)" = 1
ssdt_dmacpi=$(echo "$ssdt_dmacpi" | head -n1)
ssdt_dmacpi=${ssdt_dmacpi:-/dev/null}
devs=$(grep -ho 'Device ([A-Z0-9_]*)' "$ssdt_dmacpi" | tr '\n' ' ')
check "dm-acpi: SSDT DMACPI holds NVDR (with NV00) and XDEV, nothing else (${devs})" \
    test "$devs" = "Device (NVDR) Device (NV00) Device (XDEV) "
check "dm-acpi: NVDR keeps its _HID ACPI0012 and _DSM" \
    test -n "$(grep 'Name (_HID, "ACPI0012"' "$ssdt_dmacpi")" -a \
         -n "$(grep 'Method (_DSM, 4' "$ssdt_dmacpi")"
check "dm-acpi: the guest's DSDT has no PCI0 of the device model" \
    test -z "$(grep 'PCI0' "$tmp/dis/DSDT.dsl")" -a -n "$(grep 'Device (C000)' "$tmp/dis/DSDT.dsl")"

# The manifest: the dm_acpi object, its totals and each verdict in order.
dm_json() { sed -n '/^    "dm_acpi": {/,/^    }/p' "$1"; }
dm_json "$tmp/nv/manifest.json" >"$tmp/dm.json"
check "manifest: dm_acpi has 3 accepted, 2 rejected, 1 table, 2 devices, not stopped" \
    test "$(grep -oE '^        "(accepted|rejected|tables|devices|stopped)": [a-z0-9]*' "$tmp/dm.json" |
            awk '{ printf "%s%s", $2, " " }')" = "3 2 1 2 false "
check "manifest: dm_acpi names the file and its length" \
    test -n "$(grep "\"file\": \"$BLOBS\"" "$tmp/dm.json")" -a \
         -n "$(grep "\"length\": $(size "$BLOBS")," "$tmp/dm.json")"
check "manifest: dm_acpi allows NFIT (vnvdimms is set)" \
    test "$(sed -n '/"allow": \[/,/\]/p' "$tmp/dm.json" | grep -c '"NFIT"')" = 1
check "manifest: the 5 blobs' names, verdicts and offsets" \
    test "$(sed -n '/"blobs": \[/,$p' "$tmp/dm.json" | grep -oE '"(offset|name|accepted)": [^,]*' | sed 's/.*: //' | tr -d '"' |
            tr '\n' ' ')" = "${layout[0]% *} NFIT true ${layout[1]% *} NVDR true ${layout[2]% *} DSDT false ${layout[3]% *} XDEV true ${layout[4]% *} C000 false "
check "manifest: a reason for each rejected blob, none for the accepted" \
    test "$(grep -c '"reason": null' "$tmp/dm.json") $(grep -c '"reason": "..*"' "$tmp/dm.json")" = "3 2"
check "manifest without --dm-blobs: \"dm_acpi\": null" grep -q '"dm_acpi": null' "$tmp/gen/manifest.json"

# No vNVDIMM, no NFIT (rule 2): vnvdimms left out, or an empty list.
grep -v '^vnvdimms' "$NV" >"$tmp/nonv.cfg"
{ grep -v '^vnvdimms' "$NV"; echo 'vnvdimms = [ ]'; } >"$tmp/emptynv.cfg"
for c in nonv emptynv; do
    run build "$tmp/$c.cfg" --dm-blobs "$BLOBS" --out "$tmp/$c"
    check "$c: exit 0 and \"2 accepted, 3 rejected\"" \
        test "$rc" = 0 -a -n "$(grep -x 'dm-acpi: 2 accepted, 3 rejected' "$tmp/out.txt")"
    check "$c: the NFIT is rejected, with a reason naming it" \
        grep -qE '^dm-acpi: blob 0 at 0x000000: table NFIT, [0-9]+ bytes: rejected: .*NFIT' "$tmp/out.txt"
    check "$c: no NFIT written" test ! -e "$tmp/$c/NFIT.dat"
    check "$c: manifest allows nothing" \
        test -z "$(sed -n '/"allow": \[/,/\]/p' "$tmp/$c/manifest.json" | grep NFIT)"
done

# A walk that stops: the last blob cut short.  The blobs before it count;
# the stop is printed, and is no error.
head -c $(( $(size "$BLOBS") - 3 )) "$BLOBS" >"$tmp/cut.bin"
run build "$NV" --dm-blobs "$tmp/cut.bin" --out "$tmp/cut"
check "cut-short area: exit 0" test "$rc" = 0
check "cut-short area: 4 blobs judged, \"3 accepted, 1 rejected\"" \
    test "$(grep -c '^dm-acpi: blob ' "$tmp/out.txt")" = 4 -a \
         -n "$(grep -x 'dm-acpi: 3 accepted, 1 rejected' "$tmp/out.txt")"
check "cut-short area: the stop is printed with the last blob's offset" \
    grep -qE "^dm-acpi: the walk stopped at $(printf '0x%06x' "${layout[4]% *}") of $(size "$tmp/cut.bin") bytes: .*[a-z]{4}" "$tmp/out.txt"
check "cut-short area: manifest says stopped, and where" \
    test -n "$(grep '"stopped": true' "$tmp/cut/manifest.json")" -a \
         -n "$(grep "\"stop_offset\": ${layout[4]% *}," "$tmp/cut/manifest.json")"

# A type the ABI does not define: rejected, no name shown, "kind": null.
printf '\007\000\000\000\014\000\000\000\001\002AB' >"$tmp/type7.bin"
cat "$BLOBS" >>"$tmp/type7.bin"
run build "$NV" --dm-blobs "$tmp/type7.bin" --out "$tmp/type7"
check "unknown blob type: exit 0, its line, then the example's 5 blobs 12 bytes on" \
    test "$rc" = 0 -a -n "$(grep -E '^dm-acpi: blob 0 at 0x000000: type 7, 12 bytes: rejected: .*7' "$tmp/out.txt")" \
         -a -n "$(grep -E '^dm-acpi: blob 5 at 0x0000e5: device C000, ' "$tmp/out.txt")" \
         -a -n "$(grep -x 'dm-acpi: 3 accepted, 3 rejected' "$tmp/out.txt")"
check "unknown blob type: manifest \"kind\": null" \
    test "$(grep -c '"kind": null' "$tmp/type7/manifest.json")" = 1

# The area may be as large as the policy's 1 MiB, not a byte more.
cp "$BLOBS" "$tmp/max.bin"
head -c $((1048576 - $(size "$BLOBS"))) /dev/zero >>"$tmp/max.bin"
cp "$tmp/max.bin" "$tmp/big.bin"
printf '\0' >>"$tmp/big.bin"
run build "$NV" --dm-blobs "$tmp/max.bin" --out "$tmp/max"
check "a 1 MiB area (the blobs, then zeros) is read: exit 0, 3 accepted, 2 rejected" \
    test "$rc" = 0 -a -n "$(grep -x 'dm-acpi: 3 accepted, 2 rejected' "$tmp/out.txt")"
check "a 1 MiB area: the zeros after the blobs stop the walk" \
    grep -qE "^dm-acpi: the walk stopped at $(printf '0x%06x' "$(size "$BLOBS")") of 1048576 bytes: " "$tmp/out.txt"

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

expect_nothing "missing --dm-blobs file" 1 \
    "^xl-acpi: --dm-blobs $tmp/nope.bin: cannot open: No such file or directory\$" \
    build "$NV" --dm-blobs "$tmp/nope.bin"
expect_nothing "--dm-blobs file over 1 MiB" 1 \
    "^xl-acpi: --dm-blobs $tmp/big.bin: larger than 1048576 bytes" \
    build "$NV" --dm-blobs "$tmp/big.bin"
: >"$tmp/zero.bin"
expect_nothing "empty --dm-blobs file" 1 "^xl-acpi: --dm-blobs $tmp/zero.bin: empty" \
    build "$NV" --dm-blobs "$tmp/zero.bin"
mkdir -p "$tmp/adir"
expect_nothing "--dm-blobs names a directory" 1 \
    "^xl-acpi: --dm-blobs $tmp/adir: cannot read: Is a directory\$" build "$NV" --dm-blobs "$tmp/adir"
printf 'type = "pvh"\nacpi = 0\n' >"$tmp/noacpi.cfg"
expect_nothing "--dm-blobs with acpi=0" 1 "^$tmp/noacpi.cfg: error: acpi=0: .*--dm-blobs $BLOBS" \
    build "$tmp/noacpi.cfg" --dm-blobs "$BLOBS"
mkdir -p "$tmp/empty"
run build "$tmp/noacpi.cfg" --out "$tmp/empty"
check "acpi=0: exit 0 and says so" test "$rc" = 0 -a -n "$(grep 'acpi=0: ' "$tmp/out.txt")"
check "acpi=0: nothing written" is_empty_dir "$tmp/empty"

# --json on stdout for every domU example (hwdom.cfg is test_xl_hwdom.sh's), as a user pipes it: a JSON parser other than ours
# (test_xl_json reads it back with yajl) takes it whole.
for cfg in "$EX"/pvh-*.cfg; do
    run build "$cfg" --json
    check "$(basename "$cfg"): --json on stdout parses with python3 -m json.tool" \
        sh -c 'test "$1" = 0 && python3 -m json.tool "$2" >/dev/null && grep -q "\"tables\": \[" "$2"' \
        sh "$rc" "$tmp/out.txt"
done

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
