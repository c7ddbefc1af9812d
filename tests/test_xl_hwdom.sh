#!/bin/bash
# test_xl_hwdom.sh - `xl-acpi hwdom` end to end on the host tables of QEMU
# pc and q35 (tests/fixtures/host-tables/): the manifest it prints (every
# host table kept, replaced or dropped, the STAO and root tables added or
# replaced), manifest.json (parsed by python3), that iasl disassembles
# every new table and each file is the bytes at its address in tables.bin;
# the same result from an acpidump file (made by acpidump -f from the
# fixture tables) as from the directory; vNUMA and IOMMU tables dropped;
# and that every input error is named and writes nothing.
set -eu

top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
IASL=${IASL:-iasl}
XL_ACPI=${XL_ACPI:-$top_builddir/xl-plugin/xl-acpi}
FX=$top_srcdir/tests/fixtures/host-tables

passed=0
failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/xl-hwdom.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

run() {
    rc=0
    "$XL_ACPI" "$@" >"$tmp/out.txt" 2>"$tmp/err.txt" || rc=$?
}
bytes() { od -An -v -tu1 "$@" | tr -s ' ' '\n' | sed '/^$/d'; }
sum8() { bytes "$1" | awk '{ s += $1 } END { print s % 256 }'; }
size() { wc -c <"$1" | tr -d ' '; }
# manifest lines: action and signature of each.
actions() { awk '$1 ~ /^(kept|replaced|added|dropped)$/ { print $1, $2 }' "$1"; }

# The example config names pc's COM1; q35's sits under SF8.
cfg_for() {
    if [ "$1" = pc ]; then cp "$top_srcdir/examples/hwdom.cfg" "$tmp/$1.cfg"
    else sed 's/S08/SF8/' "$top_srcdir/examples/hwdom.cfg" >"$tmp/$1.cfg"; fi
}

run --help
check "xl-acpi --help lists hwdom" grep -q '^       xl-acpi hwdom --host-tables SRC' "$tmp/out.txt"
for args in "hwdom" "hwdom --config x" "hwdom --host-tables $FX/pc" \
            "hwdom --host-tables $FX/pc --config x" "hwdom --bogus"; do
    # shellcheck disable=SC2086
    run $args
    check "usage error exits 2: xl-acpi $args" test "$rc" = 2 -a -s "$tmp/err.txt"
done

for m in pc q35; do
    cfg_for $m
    out=$tmp/out-$m
    run hwdom --host-tables "$FX/$m" --config "$tmp/$m.cfg" --out "$out"
    check "$m: xl-acpi hwdom exits 0" test "$rc" = 0
    cp "$tmp/out.txt" "$tmp/manifest-$m.txt"
    cat "$tmp/manifest-$m.txt"
    # Every host table exactly once; what becomes of each.
    ntab=$(ls "$FX/$m" | grep -c '\.dat$')
    check "$m: the manifest says it read $ntab host tables, all with addresses" \
        grep -q "^hwdom: $ntab host tables from .* ($ntab with their host address)" "$tmp/manifest-$m.txt"
    for f in "$FX/$m"/*.dat; do
        sig=$(head -c4 "$f")
        want=kept
        case $sig in APIC | FACP) want=replaced ;; SRAT | SLIT | MPST | PMTT | SBST | DMAR | IVRS) want=dropped ;; esac
        n=$(actions "$tmp/manifest-$m.txt" | grep -c "^$want $sig\$" || true)
        check "$m: $sig: $want, listed once" test "$n" = 1
    done
    for want in "added STAO" "added XSDT" "added RSDT" "replaced RSDP"; do
        check "$m: $want" grep -qx "$want" <(actions "$tmp/manifest-$m.txt")
    done
    check "$m: kept tables at their host addresses (dmesg-acpi.txt)" \
        bash -c 'while read -r a s addr _; do
                     [ "$a" = kept ] || continue
                     grep -q "^ACPI: $s 0x0*${addr#0x} " "$0" || { echo "$s $addr" >&2; exit 1; }
                 done <"$1"' "$FX/$m/dmesg-acpi.txt" "$tmp/manifest-$m.txt"
    check "$m: files" test "$(cd "$out" && ls | xargs)" = "APIC.dat FACP.dat RSDP.dat RSDT.dat STAO.dat XSDT.dat manifest.json tables.bin"
    check "$m: manifest.json parses" python3 -m json.tool "$out/manifest.json" >/dev/null
    base=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["layout"]["base"])' "$out/manifest.json")
    ok=1
    while read -r sig file addr len; do
        [ "$(size "$out/$file")" = "$len" ] || { echo "$file: size" >&2; ok=0; }
        cmp -s "$out/$file" <(tail -c +$((addr - base + 1)) "$out/tables.bin" | head -c "$len") ||
            { echo "$file: not the bytes at its address in tables.bin" >&2; ok=0; }
        [ "$sig" = RSDP ] || [ "$(sum8 "$out/$file")" = 0 ] || { echo "$file: checksum" >&2; ok=0; }
    done < <(python3 -c 'import json,sys
for t in json.load(open(sys.argv[1]))["tables"]: print(t["signature"], t["file"], t["address"], t["length"])' "$out/manifest.json")
    check "$m: each table file is the bytes at its address in tables.bin, checksum 0" test $ok = 1
    (cd "$out" && $IASL -d APIC.dat FACP.dat STAO.dat XSDT.dat RSDT.dat >"$tmp/iasl-$m.log" 2>&1) || true
    check "$m: iasl disassembles APIC FACP STAO XSDT RSDT" \
        test -s "$out/APIC.dsl" -a -s "$out/FACP.dsl" -a -s "$out/STAO.dsl" -a -s "$out/XSDT.dsl" -a -s "$out/RSDT.dsl"
    check "$m: iasl reads the STAO's namepath" grep -q 'Namepath : "\\_SB_.PCI0.S[0F]8_.COM1"' "$out/STAO.dsl"
    check "$m: iasl reads 2 local APICs in the MADT" test "$(grep -c 'Subtable Type : 00 \[Processor Local APIC\]' "$out/APIC.dsl")" = 2
    check "$m: iasl reads no LAPIC NMI in the MADT" test "$(grep -c 'Local APIC NMI' "$out/APIC.dsl")" = 0

    # The same host as acpidump prints it: acpidump's own format (-f), with
    # the addresses dmesg gave put in (acpidump -f cannot know them).
    dump=$tmp/$m.acpidump
    : >"$dump"
    for f in "$FX/$m"/*.dat; do
        sig=$(head -c4 "$f")
        addr=$(sed -n "s/^ACPI: $sig 0x\([0-9A-F]*\) .*/\1/p" "$FX/$m/dmesg-acpi.txt")
        acpidump -f "$f" | sed "1s/^$sig @ 0x0000000000000000/$sig @ 0x$addr/" >>"$dump"
    done
    run hwdom --host-tables "$dump" --config "$tmp/$m.cfg" --out "$tmp/dump-$m"
    check "$m: from an acpidump file: exit 0" test "$rc" = 0
    check "$m: from an acpidump file: the same tables.bin" cmp -s "$out/tables.bin" "$tmp/dump-$m/tables.bin"
    # As acpidump prints tables read from sysfs: no addresses.
    for f in "$FX/$m"/*.dat; do acpidump -f "$f"; done >"$tmp/$m-noaddr.acpidump"
    run hwdom --host-tables "$tmp/$m-noaddr.acpidump" --config "$tmp/$m.cfg" --out "$tmp/noaddr"
    check "$m: an acpidump without addresses: exit 1, names the table" \
        grep -q 'its host address is unknown' "$tmp/err.txt"
    check "$m: ... and writes nothing" test "$rc" = 1 -a ! -e "$tmp/noaddr"
done

# ---- dropped tables ------------------------------------------------------------
# A host with SRAT, SLIT and DMAR besides pc's tables (headers only).
cp -r "$FX/pc" "$tmp/pc-numa"
i=0
for sig in SRAT SLIT DMAR; do
    python3 - "$tmp/pc-numa/$sig.dat" "$sig" <<'PY'
import sys
t = bytearray(sys.argv[2].encode() + (36).to_bytes(4, "little") + b"\x01\x00" + b"BOCHS BXPC    " + bytes(12))
t[9] = (-sum(t)) & 0xFF
open(sys.argv[1], "wb").write(t)
PY
    echo "ACPI: $sig 0x000000001FFF$((i + 1))000 000024 (v01 BOCHS  BXPC     00000000 BXPC 00000001)" >>"$tmp/pc-numa/more.txt"
    i=$((i + 1))
done
cfg_for pc
run hwdom --host-tables "$tmp/pc-numa" --config "$tmp/pc.cfg" --out "$tmp/numa"
check "SRAT/SLIT/DMAR host: exit 0" test "$rc" = 0
for sig in SRAT SLIT DMAR; do
    check "$sig dropped" grep -qx "dropped $sig" <(actions "$tmp/out.txt")
done
check "dropped: the reasons (vNUMA, IOMMU)" \
    test "$(grep -c 'not presented until vNUMA exists' "$tmp/out.txt")" = 2 -a \
         "$(grep -c 'the hypervisor owns the IOMMU' "$tmp/out.txt")" = 1
check "dropped tables are not in the XSDT (6 entries: FACP APIC HPET WAET STAO)" \
    test "$(size "$tmp/numa/XSDT.dat")" = $((36 + 8 * 5))
echo 'hypervisor_tables = [ "HPET" ]' >>"$tmp/pc.cfg"
run hwdom --host-tables "$FX/pc" --config "$tmp/pc.cfg" --out "$tmp/hpet"
check "hypervisor_tables = [ \"HPET\" ]: HPET dropped" grep -qx "dropped HPET" <(actions "$tmp/out.txt")

# ---- errors: exit 1, a message naming the input, nothing written ------------------
err_case() {
    local what=$1 want=$2; shift 2
    rm -rf "$tmp/e"
    run hwdom "$@" --out "$tmp/e"
    if [ "$rc" = 1 ] && grep -qF -- "$want" "$tmp/err.txt" && [ ! -e "$tmp/e" ]; then
        pass "error: $what"
    else
        fail "error: $what (exit $rc, stderr: $(cat "$tmp/err.txt"))"
    fi
}
cfg_for pc
# The line of a setting in the example config.
line() { grep -n "^$1 =" "$tmp/pc.cfg" | cut -d: -f1; }
sed 's/COM1/COM2/' "$tmp/pc.cfg" >"$tmp/typo.cfg"
err_case "STAO namepath not in the host's namespace" \
    'namepath "\_SB.PCI0.S08.COM2" is not defined in the host'"'"'s namespace' \
    --host-tables "$FX/pc" --config "$tmp/typo.cfg"
sed 's/COM1"/COM1._HID"/' "$tmp/pc.cfg" >"$tmp/name.cfg"
err_case "STAO namepath of a Name, not a device" "is a Name in the host's namespace" \
    --host-tables "$FX/pc" --config "$tmp/name.cfg"
sed 's/"\\\\_SB/"_SB/' "$tmp/pc.cfg" >"$tmp/rel.cfg"
err_case "STAO namepath not absolute" "rel.cfg:$(line stao_namepaths): error: stao_namepaths: entry 1 \"_SB.PCI0.S08.COM1\" is not an absolute namepath" \
    --host-tables "$FX/pc" --config "$tmp/rel.cfg"
grep -v '^acpi_base' "$tmp/pc.cfg" >"$tmp/nobase.cfg"
err_case "acpi_base missing" "nobase.cfg: error: acpi_base is not set" \
    --host-tables "$FX/pc" --config "$tmp/nobase.cfg"
sed 's/^acpi_base = .*/acpi_base = 0x7000800/' "$tmp/pc.cfg" >"$tmp/align.cfg"
err_case "acpi_base not page-aligned" "align.cfg:$(line acpi_base): error: acpi_base=0x7000800 is not a multiple of 4096" \
    --host-tables "$FX/pc" --config "$tmp/align.cfg"
sed 's/^acpi_base = .*/acpi_base = 0x1ffe0000/' "$tmp/pc.cfg" >"$tmp/overlap.cfg"
err_case "region over the host's tables" "overlaps the host's" \
    --host-tables "$FX/pc" --config "$tmp/overlap.cfg"
sed 's/^maxvcpus = .*/maxvcpus = 1/' "$tmp/pc.cfg" >"$tmp/maxv.cfg"
err_case "maxvcpus < vcpus" "maxv.cfg:$(line maxvcpus): error: maxvcpus=1 is less than vcpus=2" \
    --host-tables "$FX/pc" --config "$tmp/maxv.cfg"
{ cat "$tmp/pc.cfg"; echo 'acpi_oem_id = [ "Xen" ]'; } >"$tmp/oemlist.cfg"
err_case "acpi_oem_id as a list" "oemlist.cfg:$(($(wc -l <"$tmp/pc.cfg") + 1)): error: acpi_oem_id is a list" \
    --host-tables "$FX/pc" --config "$tmp/oemlist.cfg"
{ cat "$tmp/pc.cfg"; echo 'hypervisor_tables = [ "HPETX" ]'; } >"$tmp/sig.cfg"
err_case "hypervisor_tables entry not a signature" 'entry 1 "HPETX" is not a 4-character table signature' \
    --host-tables "$FX/pc" --config "$tmp/sig.cfg"
cp -r "$FX/pc" "$tmp/bad"
printf '\001' | dd of="$tmp/bad/HPET.dat" bs=1 seek=40 conv=notrunc 2>/dev/null
err_case "a host table with a bad checksum" 'host table "HPET.dat": checksum wrong' \
    --host-tables "$tmp/bad" --config "$tmp/pc.cfg"
cp "$FX/pc/HPET.dat" "$tmp/bad/HPET.dat"
head -c 100 "$FX/pc/APIC.dat" >"$tmp/bad/APIC.dat"
err_case "a truncated host table" 'host table "APIC.dat" (table): its length field says 144 bytes, 100 were read (truncated)' \
    --host-tables "$tmp/bad" --config "$tmp/pc.cfg"
rm "$tmp/bad/APIC.dat"
err_case "no MADT among the host tables" "no APIC (MADT) among the 5 tables" \
    --host-tables "$tmp/bad" --config "$tmp/pc.cfg"
err_case "no such host tables" "$tmp/none: No such file or directory" \
    --host-tables "$tmp/none" --config "$tmp/pc.cfg"
sed '5d' "$tmp/pc.acpidump" >"$tmp/gap.acpidump"
err_case "an acpidump with a line missing" "gap.acpidump:5: offset 0x40, expected 0x30" \
    --host-tables "$tmp/gap.acpidump" --config "$tmp/pc.cfg"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
