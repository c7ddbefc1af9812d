#!/bin/bash
# test_acpiexec.sh - the tables written by tests/rt_tables must load into the
# ACPICA interpreter without namespace errors, and their test methods must
# compute the values derived by hand below.  Everything runs twice: as is
# and with -dr (no repair of return values, so a wrong type is not hidden).
# acpiexec exits 0 even when a method fails, so its output is parsed.
set -eu

top_builddir=${top_builddir:-.}
ACPIEXEC=${ACPIEXEC:-acpiexec}

# Expected results.  The DSDT is revision 2, so ACPICA runs every table with
# 64-bit integers (it takes the width from the DSDT only).
#
# TADD: ADD2(0x1234, 0x4321) = 0x5555; +0x100 = 0x5655; -0x55 = 0x5600;
#   *3 = 0x10200; &0xFF00 = 0x0200; |0x0F = 0x020F; ^0xFF = 0x02F0;
#   <<4 = 0x2F00 (Local3); >>8 = 0x2F; Not -> ...FFD0; &0xF0F0 = 0xF0D0;
#   Increment -> 0xF0D1; Local3 decremented to 0x2E; 0xF0D1 + 0x2E = 0xF0FF.
# TPKG: PKG0[3] = Package {0x40, 0x50}, its [1] = 0x50; + SizeOf(PKG0) 5 = 0x55;
#   + SizeOf(inner) 2 = 0x57; PKG1[5] := 0x77, + 0x77 = 0xCE;
#   + DerefOf(Index(PKG0, 2, Local2)) 0x30 = 0xFE; + DerefOf(RefOf(NCPU)) 4 = 0x102;
#   + SUMP(Package {0x11, 0x22, 0x33, 0x100}) 0x166 = 0x268.
# TBUF: DW00 = BUF0[0..3] = 0x12345678; ToBuffer gives 8 bytes 78 56 34 12 0 0 0 0;
#   Concatenate with {0x11, 0x22}: 10 bytes, SizeOf = 0x0A; DW01 = bytes 6..9
#   = 0x22110000; ToInteger("0x1F") = 0x1F; QW00 = BUF0[4..11], & 0xFFFF = 0xDEF0;
#   0x0A + 0x1F + 0x22110000 + 0xDEF0 = 0x2211DF19.
# TWHL: i = 1..10 (Break when i > 10); even i other than 4 (2, 6, 8, 10) add i
#   = 26, the others (1, 3, 4, 5, 7, 9) add 3 * i = 87; 26 + 87 = 113 = 0x71.
# MAIN: 0xF0FF * 3 = 0x2D2FD; ^ TPKG 0x268 = 0x2D095; << 1 = 0x5A12A;
#   + TBUF 0x2211DF19 = 0x22178043; - TWHL 0x71 = 0x22177FD2; the While adds
#   5, 4, 3 through ADD2 and breaks at 12: + 0x0C = 0x22177FDE; Acquire
#   succeeds, FLD0 := 0x1234 and is read back: + 0x1234 = 0x22179212.
# T32 (SSDT1, revision 1): ADD2(NCPU 4, 0x100) = 0x104; W32A was written as
#   Ones and compares equal to Ones: + 0x1000 = 0x1104; W32B 0xFC000000 >> 16
#   = 0xFC00: 0x1104 + 0xFC00 = 0x10D04.
# TEXT (SSDT2): \FLD0 := 0xABC through the External, read back 0xABC;
#   + \TADD() 0xF0FF = 0xFBBB.
METHODS="MAIN TADD TPKG TBUF TWHL T32 TEXT"
declare -A EXPECTED=(
    [MAIN]=0x22179212
    [TADD]=0xF0FF
    [TPKG]=0x268
    [TBUF]=0x2211DF19
    [TWHL]=0x71
    [T32]=0x10D04
    [TEXT]=0xFBBB
)
# resources \_SB.PCI0 must decode every descriptor of its _CRS, in order.
RESOURCES=(
    "16-Bit WORD Address Space Resource"
    "I/O Resource"
    "32-Bit DWORD Address Space Resource"
    "32-Bit DWORD Address Space Resource"
    "64-Bit QWORD Address Space Resource"
    "32-Bit Fixed Memory Range Resource"
    "IRQ Resource"
    "Extended IRQ Resource"
    "Generic Register Resource"
    "EndTag Resource"
)
# The one expected complaint: the resources command also tries _SRS,
# which PCI0 does not have.
EXPECTED_NOISE='^AcpiSetCurrentResources failed: AE_NOT_FOUND$'
ERROR_PATTERN='AE_[A-Z_]+|Could not|[Ee]rror|Exception|[Ww]arning|[Ff]ailed|[Mm]ismatch'

passed=0
failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/acpiexec.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

if ! "$top_builddir/tests/rt_tables" "$tmp" >/dev/null; then
    fail "rt_tables could not write the tables"
    echo "$passed passed, $failed failed"
    exit 1
fi
# The DSDT first: the SSDTs refer to its objects.
tables=("$tmp/dsdt.aml")
for f in "$tmp"/*.aml; do
    [ "$f" = "$tmp/dsdt.aml" ] || tables+=("$f")
done

commands=""
for m in $METHODS; do
    commands="$commands evaluate \\$m;"
done
commands="$commands resources \\_SB.PCI0"

# Value of the Integer returned by \NAME in acpiexec output $1, or nothing.
result_of() {
    printf '%s\n' "$1" | awk -v want="Evaluating \\$2" '
        $0 == want { inside = 1; next }
        inside && /^Evaluating / { exit }
        inside && /\[Integer\] = / { sub(/.*\[Integer\] = /, ""); print; exit }'
}

for mode in normal no-repair; do
    flags=()
    [ "$mode" = no-repair ] && flags=(-dr)
    log=$tmp/$mode.log
    runner=()
    command -v timeout >/dev/null && runner=(timeout 300)
    "${runner[@]}" "$ACPIEXEC" "${flags[@]}" -b "$commands" "${tables[@]}" >"$log" 2>&1 || {
        echo "$ACPIEXEC exited with status $?"
    }
    out=$(cat "$log")

    # Loading: every table, no namespace error anywhere in the run.
    ntables=$(printf '%s\n' "$out" | grep -c '^Table \[' || true)
    errors=$(printf '%s\n' "$out" | grep -vE "$EXPECTED_NOISE" | grep -E "$ERROR_PATTERN" || true)
    if [ "$ntables" -ne "${#tables[@]}" ] || [ -n "$errors" ]; then
        printf '%s\n' "$out" | sed -n '1,/^Evaluating/p'
        [ -z "$errors" ] || printf 'errors:\n%s\n' "$errors"
        fail "$mode: load ${#tables[@]} tables (acpiexec initialized $ntables) without errors"
    else
        pass "$mode: load ${#tables[@]} tables without errors"
    fi

    for m in $METHODS; do
        got=$(result_of "$out" "$m")
        want=${EXPECTED[$m]}
        if [ -n "$got" ] && [ $((16#$got)) -eq $((want)) ]; then
            pass "$mode: \\$m = $want"
        else
            printf '%s\n' "$out" | awk -v want="Evaluating \\$m" '
                $0 == want { inside = 1 } inside && /^Evaluating / && $0 != want { exit } inside'
            fail "$mode: \\$m returned ${got:+0x}${got:-no integer}, want $want"
        fi
    done

    listed=$(printf '%s\n' "$out" | sed -n 's/^\[[0-9][0-9]*\] \(.* Resource\)$/\1/p')
    if [ "$listed" = "$(printf '%s\n' "${RESOURCES[@]}")" ]; then
        pass "$mode: _CRS of \\_SB.PCI0 decodes to ${#RESOURCES[@]} descriptors"
    else
        printf 'decoded:\n%s\n' "$listed"
        fail "$mode: _CRS of \\_SB.PCI0 does not decode to the expected descriptors"
    fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
