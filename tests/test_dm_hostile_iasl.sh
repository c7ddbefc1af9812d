#!/bin/bash
# test_dm_hostile_iasl.sh - whatever a hostile device model hands over, the
# table set acpi_guest_build_dm() makes of it must still be one iasl reads
# back exactly: tests/test_dm_hostile --dump writes the tables of every
# case of the catalogue, and each distinct table (identical files are
# checked once) must survive the iasl round trip of tests/lib/iasl-roundtrip.sh:
#
#   DSDT, SSDTn (the DMACPI SSDT of the accepted devices included)
#       iasl -d, then iasl -on -of on the disassembly: zero errors, zero
#       warnings, the same bytes
#   every other table (FACP, APIC, XSDT, RSDT, the accepted NFITs)
#       iasl -d without errors or warnings, fully decoded, and the
#       data-table compiler gives the same bytes back
#
# "The same bytes" leaves out the checksum and the compiler ID and revision,
# which iasl owns; test_dm_hostile checks our checksums and pointers.
set -eu

top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
IASL=${IASL:-iasl}

# shellcheck source=tests/lib/iasl-roundtrip.sh
. "$top_srcdir/tests/lib/iasl-roundtrip.sh"

passed=0
failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dm_hostile_iasl.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/dump" "$tmp/work"

if ! "$top_builddir/tests/test_dm_hostile" --dump "$tmp/dump"; then
    echo "FAIL: test_dm_hostile --dump could not write the tables"
    exit 1
fi

# One file per distinct content: the same DSDT, FADT, MADT, ... come out of
# most cases.  One cksum run for all files keeps this fast.
declare -A first_of=() dups=() sum_of=()
unique=()
total=0
while read -r crc size f; do
    total=$((total + 1))
    sum="$crc $size"
    sum_of[$f]=$sum
    if [ -n "${first_of[$sum]:-}" ]; then
        dups[$sum]=$((${dups[$sum]:-0} + 1))
    else
        first_of[$sum]=$f
        unique+=("$f")
    fi
done < <(cd "$tmp/dump" && find . -name '*.aml' | sort | xargs -r cksum)
echo "$total tables dumped, ${#unique[@]} distinct"

n_dmacpi=0
n_nfit=0
for rel in "${unique[@]}"; do
    f=$tmp/dump/${rel#./}
    file=$(basename "$f" .aml)
    case_name=${file%-*}
    table=${file##*-}
    sig=${table%%[0-9]*}
    sum=${sum_of[$rel]}
    same=${dups[$sum]:-0}
    label="$case_name: $table (${sum#* } bytes"
    [ "$same" -eq 0 ] || label="$label; the same table in $same other cases"
    label="$label)"
    [ "$sig" != NFIT ] || n_nfit=$((n_nfit + 1))
    [ "$sig" != SSDT ] || [ "$(dd if="$f" bs=1 skip=16 count=6 2>/dev/null)" != DMACPI ] ||
        n_dmacpi=$((n_dmacpi + 1))
    work=$tmp/work/$file
    details=$work.details
    mkdir -p "$work"
    if [ "$(byte_sum "$f")" != 0 ]; then
        fail "$label: checksum wrong (bytes sum to $(byte_sum "$f"))"
        continue
    fi
    case $sig in
    DSDT | SSDT)
        why=$(roundtrip_aml "$f" "$work" 2>"$details")
        what="iasl -d and iasl -on -of: no warnings, identical bytes (with External references: identical disassembly)" ;;
    *)
        cp "$f" "$work/$file.dat"
        why=$(roundtrip_data "$work/$file.dat" "$work" header 2>"$details")
        what="iasl -d decodes it without complaint; identical after the data-table compiler" ;;
    esac
    if [ -n "$why" ]; then
        sed 's/^/    /' "$details"
        fail "$label: $why"
    else
        pass "$label: $what"
    fi
done

# The catalogue has accepted NFITs and devices: their tables must have been
# among the ones checked, or this test checks nothing of dm-acpi.
if [ "$n_dmacpi" -gt 0 ] && [ "$n_nfit" -gt 0 ]; then
    pass "the dump holds $n_dmacpi distinct DMACPI SSDTs and $n_nfit distinct NFITs"
else
    fail "the dump holds $n_dmacpi DMACPI SSDTs and $n_nfit NFITs: nothing of the device model was checked"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
