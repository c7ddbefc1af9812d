#!/bin/bash
# test_xl_acpi_hvm.sh - `xl-acpi build` of a type="hvm" xl.cfg, on
# examples/hvm-domu.cfg with examples/dm-blobs-hvm.bin and the hvmloader
# configure found: the acpi_firmware file walked as hvmloader walks it
# (header after header by Length), each table in it checked (checksum,
# iasl round trip of the SSDTs), the verdicts against hvmloader's names,
# the manifest, and every refusal writing nothing.
set -eu

top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
IASL=${IASL:-iasl}
ACPIEXEC=${ACPIEXEC:-acpiexec}
XL_ACPI=${XL_ACPI:-$top_builddir/xl-plugin/xl-acpi}
EX=$top_srcdir/examples
CFG=$EX/hvm-domu.cfg
BLOBS=$EX/dm-blobs-hvm.bin

passed=0
failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/xl-acpi-hvm.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
run() {
    rc=0
    "$XL_ACPI" "$@" >"$tmp/out.txt" 2>"$tmp/err.txt" || rc=$?
}
size() { wc -c <"$1" | tr -d ' '; }
bytes() { od -An -v -tu1 "$@" | tr -s ' ' '\n' | sed '/^$/d'; }
sum8() { bytes "$1" | awk '{ s += $1 } END { print s % 256 }'; }
le() { bytes -j "$2" -N "$3" "$1" | awk '{ v += $1 * 256 ^ (NR - 1) } END { printf "%.0f\n", v }'; }

"$top_builddir/examples/make_dm_blobs" --hvm "$tmp/dm-now.bin" >/dev/null
check "examples/dm-blobs-hvm.bin is what make_dm_blobs --hvm writes now" cmp "$BLOBS" "$tmp/dm-now.bin"

run build "$CFG" --dm-blobs "$BLOBS" --out "$tmp/o"
check "build hvm-domu.cfg --dm-blobs dm-blobs-hvm.bin: exit 0, nothing on stderr" \
    test "$rc" = 0 -a ! -s "$tmp/err.txt"
cat "$tmp/err.txt"
cp "$tmp/out.txt" "$tmp/sum.txt"
for f in acpi-firmware.bin NFIT.dat SSDT1.aml SSDT2.aml vmgenid-guid.bin manifest.json; do
    check "$f written" test -s "$tmp/o/$f"
done
check "no tables.bin, RSDP or DSDT: those are hvmloader's" \
    test ! -e "$tmp/o/tables.bin" -a ! -e "$tmp/o/RSDP.dat" -a ! -e "$tmp/o/DSDT.aml"

# hvmloader's construct_passthrough_tables: a table header, Length bytes,
# the next header right after.
fw=$tmp/o/acpi-firmware.bin
off=0
sigs=
: >"$tmp/concat.bin"
while [ $((off + 36)) -le "$(size "$fw")" ]; do
    len=$(le "$fw" $((off + 4)) 4)
    [ "$len" -ge 36 ] || break
    sigs="$sigs $(dd if="$fw" bs=1 skip=$off count=4 2>/dev/null)"
    dd if="$fw" of="$tmp/t.bin" bs=1 skip=$off count="$len" 2>/dev/null
    check "acpi-firmware.bin: the table at $off ($len bytes) sums to 0" test "$(sum8 "$tmp/t.bin")" = 0
    off=$((off + len))
done
check "acpi-firmware.bin: NFIT SSDT SSDT, ending exactly at its end" \
    test "$sigs/$off" = " NFIT SSDT SSDT/$(size "$fw")"
check "acpi-firmware.bin is NFIT.dat SSDT1.aml SSDT2.aml, in that order" \
    cmp "$fw" <(cat "$tmp/o/NFIT.dat" "$tmp/o/SSDT1.aml" "$tmp/o/SSDT2.aml")
check "the NFIT is the device model's, byte for byte" \
    cmp "$tmp/o/NFIT.dat" <(tail -c +9 "$BLOBS" | head -c 40)

# What hvmloader's names did: PR00 (its first processor) is refused, the
# rest judged as for PVH.
check "dm-acpi: 3 accepted, 2 rejected" grep -qx 'dm-acpi: 3 accepted, 2 rejected' "$tmp/sum.txt"
check "dm-acpi: PR00 rejected, as hvmloader's" \
    grep -qE '^dm-acpi: blob 4 at 0x0000d9: device PR00, 34 bytes: rejected: name PR00 already exists' "$tmp/sum.txt"
check "dm-acpi: the DSDT rejected" grep -qE '^dm-acpi: blob 2 at .*: table DSDT, .*: rejected' "$tmp/sum.txt"
check "summary: hvmloader's 3 DSDTs and 5 SSDTs found" \
    test "$(grep '^hvmloader: ' "$tmp/sum.txt" | grep -o 'DSDT@' | wc -l)/$(grep '^hvmloader: ' "$tmp/sum.txt" | grep -o 'SSDT@' | wc -l)" = 3/5
check "summary: one acpi_firmware line per table, then the total" \
    test "$(grep -c '^acpi_firmware: [A-Z]' "$tmp/sum.txt")" = 3 -a \
         -n "$(grep -x "acpi_firmware: $(size "$fw") bytes, 3 tables" "$tmp/sum.txt")"

# The SSDTs through iasl: the devices accepted, and nothing else; the
# VMGENID device pointing at the GUID page; a recompile gives the same bytes.
# shellcheck source=lib/iasl-roundtrip.sh
. "$top_srcdir/tests/lib/iasl-roundtrip.sh"
for f in SSDT1 SSDT2 NFIT; do
    ext=aml; [ $f = NFIT ] && ext=dat
    mkdir -p "$tmp/rt-$f"
    if [ $f = NFIT ]; then why=$(roundtrip_data "$tmp/o/$f.$ext" "$tmp/rt-$f" header 2>/dev/null)
    else why=$(roundtrip_aml "$tmp/o/$f.$ext" "$tmp/rt-$f" 2>/dev/null); fi
    check "iasl: $f.$ext disassembles and recompiles to the same bytes${why:+: $why}" test -z "$why"
done
mkdir -p "$tmp/dis"
cp "$tmp/o/SSDT1.aml" "$tmp/o/SSDT2.aml" "$tmp/dis/"
(cd "$tmp/dis" && "$IASL" -d SSDT1.aml SSDT2.aml >/dev/null 2>&1) || true
devs=$(grep -ho 'Device ([A-Z0-9_]*)' "$tmp/dis/SSDT1.dsl" | tr '\n' ' ')
check "SSDT1 is DMACPI with the devices NVDR and XDEV (and NVDR's child NV00)" \
    test "$(grep -c 'DefinitionBlock (.*"DMACPI"' "$tmp/dis/SSDT1.dsl")/$devs" = "1/Device (NVDR) Device (NV00) Device (XDEV) "
check "SSDT2 is VMGENID: VGIA = 0xFC0FF000, Device (VGEN), no notify method" \
    test "$(grep -c 'DefinitionBlock (.*"VMGENID"' "$tmp/dis/SSDT2.dsl")/$(grep -c 'Name (VGIA, 0xFC0FF000)' "$tmp/dis/SSDT2.dsl")/$(grep -c 'Device (VGEN)' "$tmp/dis/SSDT2.dsl")/$(grep -c 'Notify' "$tmp/dis/SSDT2.dsl")" = 1/1/1/0
# The SSDTs as the guest's interpreter sees them: loaded after each of
# hvmloader's DSDTs (cut out of the binary at the offsets the summary
# printed), VGEN must be present and point at the GUID page.  hvmloader's
# DSDT has a \_SB.VGIA of its own (0 here: acpiexec zero-fills its BIOS
# region, as a guest without platform/generation-id reads it), which a bare
# VGIA inside \_SB.VGEN would find first.
hvml=$(sed -n 's/^hvmloader: \(.*\), [0-9]* bytes:.*/\1/p' "$tmp/sum.txt")
for off in $(grep '^hvmloader: ' "$tmp/sum.txt" | grep -o 'DSDT@0x[0-9a-f]*' | sed 's/DSDT@//'); do
    dsdt=$tmp/hvmloader-dsdt-$off.aml
    dd if="$hvml" of="$dsdt" bs=1 skip=$((off)) count="$(le "$hvml" $((off + 4)) 4)" 2>/dev/null
    "$ACPIEXEC" -b 'evaluate \_SB.VGEN._STA; evaluate \_SB.VGEN.ADDR' \
        "$dsdt" "$tmp/o/SSDT1.aml" "$tmp/o/SSDT2.aml" >"$tmp/exec.log" 2>&1 || true
    got=$(awk '/^Evaluating /{ n++ } n && /^ *\[Integer\] = /{ v = $NF; sub(/^0+/, "", v); printf "%s ", v == "" ? 0 : v }' "$tmp/exec.log")
    errs=$(grep -E 'AE_[A-Z_]+|Could not|[Ee]rror|Exception|[Ww]arning|[Ff]ailed' "$tmp/exec.log" | head -n 3 || true)
    ntab=$(grep -c '^Table \[' "$tmp/exec.log" || true)
    if [ "$got" = "F FC0FF028 0 " ] && [ -z "$errs" ] && [ "$ntab" = 3 ]; then
        pass "acpiexec: hvmloader's DSDT@$off + SSDT1 + SSDT2: \\_SB.VGEN._STA = 0x0F, ADDR = Package {0xFC0FF028, 0}"
    else
        fail "acpiexec: hvmloader's DSDT@$off + SSDT1 + SSDT2: got _STA, ADDR = '$got' (want 'F FC0FF028 0 '), $ntab tables${errs:+, $errs}"
    fi
done
check "acpiexec: run on all 3 of hvmloader's DSDTs" test -n "$hvml" -a -e "$tmp/hvmloader-dsdt-0x20920.aml"

check "vmgenid-guid.bin: the GUID in SMBIOS order at offset 40, zeros elsewhere" \
    test "$(bytes -j 40 -N 16 "$tmp/o/vmgenid-guid.bin" | xargs printf '%02x')/$(bytes "$tmp/o/vmgenid-guid.bin" | awk 'NR <= 40 || NR > 56 { s += $1 } END { print s }')" = \
         "2a3c7e0f1d5b8e4c9a6f2d4b8e1c7a35/0"

# The manifest.
run build "$CFG" --dm-blobs "$BLOBS" --json
check "--json: valid JSON (python3 -m json.tool)" python3 -m json.tool "$tmp/out.txt" >/dev/null
check "--json: the same manifest as manifest.json, without file names" \
    test "$(python3 -c '
import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
t = a["tables"]
print(a["xl_cfg"]["type"], a["hvm"]["acpi_firmware"]["length"], len(a["hvm"]["hvmloader_tables"]),
      [x["signature"] + ":" + x["from"] for x in t], a["vmgenid"]["page_address"],
      a["dm_acpi"]["accepted"], a["dm_acpi"]["rejected"], b["hvm"]["acpi_firmware"]["file"],
      a["hvm"]["acpi_firmware"]["file"], b["tables"][2]["file"])' "$tmp/out.txt" "$tmp/o/manifest.json")" = \
    "hvm $(size "$fw") 8 ['NFIT:device model', 'SSDT:xl-acpi', 'SSDT:xl-acpi'] $((0xFC0FF000)) 3 2 acpi-firmware.bin None SSDT2.aml"

# Without vmgenid and blobs: an empty file, said so.
printf 'type = "hvm"\n' >"$tmp/bare.cfg"
run build "$tmp/bare.cfg" --out "$tmp/bare"
check "bare HVM config: exit 0, an empty acpi-firmware.bin, the summary says to leave it unset" \
    test "$rc" = 0 -a -e "$tmp/bare/acpi-firmware.bin" -a ! -s "$tmp/bare/acpi-firmware.bin" -a \
         -n "$(grep -x 'acpi_firmware: 0 bytes, 0 tables (nothing to add: leave acpi_firmware= unset)' "$tmp/out.txt")"

# Refusals: an error naming the cause, nothing written.
refuse() {
    local what=$1 want=$2; shift 2
    rm -rf "$tmp/r"
    run "$@"
    if [ "$rc" != 0 ] && grep -q -- "$want" "$tmp/err.txt" && [ ! -e "$tmp/r" ]; then
        pass "refused: $what"
    else
        fail "refused: $what (exit $rc, stderr: $(cat "$tmp/err.txt"))"
    fi
}
printf 'type = "hvm"\nvcpus = 2\nlapic = 1\n' >"$tmp/lapic.cfg"
refuse "lapic= on an HVM guest, with its line" 'lapic.cfg:3: error: lapic= applies to type="pvh" guests only' \
    build "$tmp/lapic.cfg" --out "$tmp/r"
printf 'type = "hvm"\nvmgenid = "auto"\nms_vm_genid = "generate"\n' >"$tmp/ms.cfg"
refuse "vmgenid with ms_vm_genid" 'ms.cfg:3: error: ms_vm_genid="generate" and vmgenid both' \
    build "$tmp/ms.cfg" --out "$tmp/r"
printf 'type = "hvm"\nvmgenid = "auto"\nvmgenid_gsi = 5\n' >"$tmp/gsi.cfg"
refuse "vmgenid_gsi on an HVM guest" 'gsi.cfg:3: error: vmgenid_gsi=5: an HVM guest' \
    build "$tmp/gsi.cfg" --out "$tmp/r"
refuse "--base on an HVM guest" 'apply to type="pvh" guests' build "$CFG" --base 0xFD000000 --out "$tmp/r"
refuse "a missing --hvmloader, named" "--hvmloader $tmp/none: cannot open" \
    build "$CFG" --hvmloader "$tmp/none" --out "$tmp/r"
head -c 65536 /dev/urandom >"$tmp/junk.bin"
refuse "an --hvmloader without a DSDT" "no DSDT in the 65536-byte image" \
    build "$CFG" --hvmloader "$tmp/junk.bin" --out "$tmp/r"
refuse "--hvmloader on a PVH guest" '--hvmloader applies to type="hvm"' \
    build "$EX/pvh-domu.cfg" --hvmloader "$tmp/junk.bin" --out "$tmp/r"
printf 'type = "hvm"\nacpi = 0\n' >"$tmp/noacpi.cfg"
refuse "acpi=0" 'acpi=0: hvmloader builds no ACPI tables' build "$tmp/noacpi.cfg" --out "$tmp/r"
printf 'type = "pv"\n' >"$tmp/pv.cfg"
refuse "a PV guest" 'type="pv": xl-acpi builds ACPI tables for type="pvh" and "hvm" guests only' \
    build "$tmp/pv.cfg" --out "$tmp/r"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
