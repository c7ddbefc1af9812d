# shellcheck shell=bash
# iasl-roundtrip.sh - the iasl round trip of one table, shared by the test
# scripts that check generated tables (source it; needs IASL set).
#
#   roundtrip_aml FILE WORKDIR          DSDT/SSDT: iasl -d, then iasl -on -of
#                                       on the disassembly: zero errors, zero
#                                       warnings, the same bytes (a table with
#                                       External references: the same
#                                       disassembly, see below)
#   roundtrip_data FILE WORKDIR [all]   data tables: iasl -d gives a data-table
#                                       source that compiles back to the same
#                                       bytes
# Each prints why it failed, or nothing.  "The same bytes" leaves out what
# iasl owns in a table header: the checksum (offset 9) and the compiler ID
# and revision (28..35), unless "all".

# Byte differences of two files as "offset ours iasl" lines (0-based offset,
# decimal), leaving out the header fields iasl owns unless $3 is "all".
byte_diffs() {
    cmp -l "$1" "$2" 2>/dev/null |
        awk -v all="$3" '
            function oct(s,   v, i) { for (i = 1; i <= length(s); i++) v = v * 8 + substr(s, i, 1); return v }
            all == "all" || ($1 != 10 && ($1 < 29 || $1 > 36)) { print $1 - 1, oct($2), oct($3) }' ||
        true
}

# iasl 20200925 knows the Online Capable flag (bit 1, ACPI 6.3) of a
# Processor Local APIC entry but not of a Processor Local x2APIC entry
# (its table info for MADT subtable 9 lists only "Processor Enabled"), and
# its data-table compiler builds a flags field from the named bits alone:
# the bit is dropped on recompiling, though ACPI 6.3+ 5.2.12.12 gives the
# x2APIC entry the same flags as the local APIC one (Table 5-47).  Prints
# the offsets of the flags bytes of our x2APIC entries that have bit 1 set,
# where iasl may have the byte with that bit cleared (and nothing else).
x2apic_online_capable_bytes() {
    od -An -v -tu1 "$1" | tr -s ' ' '\n' | sed '/^$/d' |
        awk '{ b[NR - 1] = $1 } END {
            for (off = 44; off + 1 < NR && b[off + 1] >= 2; off += b[off + 1])
                if (b[off] == 9 && b[off + 1] == 16 && int(b[off + 8] / 2) % 2 == 1)
                    print off + 8
        }'
}

# Sum of all bytes of a file, mod 256.
byte_sum() {
    od -An -v -tu1 "$1" | awk '{ for (i = 1; i <= NF; i++) s += $i } END { print s % 256 }'
}

# The error, warning and remark counts of an iasl run's output: "E W R".
iasl_counts() {
    printf '%s\n' "$1" |
        sed -n 's/^Compilation \(successful\|failed\)\. *\([0-9][0-9]*\) Errors, \([0-9][0-9]*\) Warnings, \([0-9][0-9]*\) Remarks.*/\2 \3 \4/p' |
        tail -n 1
}

# Unsigned value of a hex string, for comparing addresses.
hexval() { printf '%u' "0x$1"; }

# Values of a field of a data-table disassembly, one per line, by label
# (a basic regular expression); flag bits have no [offset] in front.
dsl_field() {
    sed -n "s/^\(\[[0-9A-F]*h [0-9]* *[0-9]*\]\)\{0,1\} *$2 *: \([0-9A-Fa-f]*\).*/\2/p" "$1"
}

# iasl -d of $1, copied to $2/dis/$3: prints why it failed, or nothing;
# iasl's output goes to stderr.  ACPICA's table checks print "Firmware
# Warning" and the like: any Error or Warning fails.
disassemble() {
    local out
    mkdir -p "$2/dis" "$2/re"
    cp "$1" "$2/dis/$3"
    if ! out=$(cd "$2/dis" && "$IASL" -d "$3" 2>&1) || [ ! -s "$2/dis/${3%.*}.dsl" ]; then
        printf '%s\n' "$out" >&2
        echo "iasl -d failed"
    elif printf '%s\n' "$out" | grep -qE 'Error|Warning'; then
        printf '%s\n' "$out" >&2
        echo "iasl -d complained: $(printf '%s\n' "$out" | grep -m1 -E 'Error|Warning')"
    fi
}

# Round trip of one AML table ($1 file, $2 work dir): prints why it failed,
# or nothing.
roundtrip_aml() {
    local file=$1 work=$2 name out status counts warnings why
    name=$(basename "$file" .aml)
    why=$(disassemble "$file" "$work" "$name.aml")
    [ -z "$why" ] || { echo "$why"; return; }
    status=0
    out=$("$IASL" -on -of -p "$work/re/$name" "$work/dis/$name.dsl" 2>&1) || status=$?
    counts=$(iasl_counts "$out")
    if [ "$status" -ne 0 ] || [ -z "$counts" ] || [ "${counts%% *}" != 0 ] ||
        [ ! -s "$work/re/$name.aml" ]; then
        printf '%s\n' "$out" >&2
        echo "recompiling the disassembly failed (errors/warnings/remarks: ${counts:-none})"
        return
    fi
    read -r _ warnings _ <<<"$counts"
    if [ "$warnings" != 0 ]; then
        printf '%s\n' "$out" | grep -A1 -E '^Warning|Warning +[0-9]+ ' >&2 || true
        echo "iasl warnings on the disassembly: $(printf '%s\n' "$out" |
            sed -n 's/.*Warning  *\([0-9][0-9]*\) .*/\1/p' | sort -u | tr '\n' ' ')"
        return
    fi
    why=$(compare "$file" "$work/re/$name.aml" header)
    if [ -n "$why" ] && grep -q '^ *External (' "$work/dis/$name.dsl"; then
        # A table that only refers to a name defined elsewhere disassembles
        # with an External declaration, which iasl compiles into External
        # opcodes (in an If (Zero) block) the original never had: the bytes
        # cannot match, so the disassembly must be a fixed point instead.
        mkdir -p "$work/re2"
        cp "$work/re/$name.aml" "$work/re2/$name.aml"
        (cd "$work/re2" && "$IASL" -d "$name.aml" >/dev/null 2>&1) || true
        if diff -u <(sed '1,/^ \*\//d' "$work/dis/$name.dsl") \
                   <(sed '1,/^ \*\//d' "$work/re2/$name.dsl" 2>/dev/null) >&2; then
            why=""
        else
            why="$why, and its disassembly differs from ours"
        fi
    fi
    [ -z "$why" ] || echo "$why"
}

# Round trip of one data table ($1 file, $2 work dir, $3 "all" to compare the
# whole table): prints why it failed, or nothing.
roundtrip_data() {
    local file=$1 work=$2 mode=$3 name out status counts warnings why
    name=$(basename "$file" .dat)
    why=$(disassemble "$file" "$work" "$name.dat")
    [ -z "$why" ] || { echo "$why"; return; }
    # The table decoder marks what it cannot decode with "****".
    if grep -q '\*\*\*\*' "$work/dis/$name.dsl"; then
        grep '\*\*\*\*' "$work/dis/$name.dsl" >&2 || true
        echo "iasl -d could not decode all of it: $(grep -m1 '\*\*\*\*' "$work/dis/$name.dsl")"
        return
    fi
    status=0
    out=$("$IASL" -p "$work/re/$name" "$work/dis/$name.dsl" 2>&1) || status=$?
    counts=$(iasl_counts "$out")
    if [ "$status" -ne 0 ] || [ -z "$counts" ] || [ "${counts%% *}" != 0 ] ||
        [ ! -s "$work/re/$name.aml" ]; then
        printf '%s\n' "$out" >&2
        echo "the data-table compiler rejected the disassembly (errors/warnings/remarks: ${counts:-none})"
        return
    fi
    read -r _ warnings _ <<<"$counts"
    if [ "$warnings" != 0 ]; then
        printf '%s\n' "$out" >&2
        echo "iasl warnings on the data table"
        return
    fi
    compare "$file" "$work/re/$name.aml" "$mode"
}

# ours vs iasl's: prints why they differ, or nothing; the details go to
# stderr.  For a MADT, the Online Capable bit of x2APIC entries is let go
# (see x2apic_online_capable_bytes) and counted in x2apic.allowed beside
# the recompiled file.
compare() {
    local ours=$1 theirs=$2 mode=$3 a b diffs allowed="" kept="" n_allowed=0 off x y
    a=$(wc -c <"$ours")
    b=$(wc -c <"$theirs")
    diffs=$(byte_diffs "$ours" "$theirs" "$mode")
    if [ -n "$diffs" ] && [ "$(head -c 4 "$ours")" = APIC ]; then
        allowed=" $(x2apic_online_capable_bytes "$ours" | tr '\n' ' ')"
    fi
    while read -r off x y; do
        [ -n "$off" ] || continue
        if [[ $allowed == *" $off "* ]] && [ "$y" -eq $((x & ~2)) ]; then
            n_allowed=$((n_allowed + 1))
        else
            kept="$kept$off $x $y"$'\n'
        fi
    done <<<"$diffs"
    echo "$n_allowed" >"$(dirname "$theirs")/x2apic.allowed"
    if [ "$a" -ne "$b" ] || [ -n "$kept" ]; then
        {
            echo "differing bytes (offset: ours iasl), first 16:"
            printf '%s' "$kept" | head -n 16 | while read -r off x y; do
                printf '  0x%04x: 0x%02x 0x%02x\n' "$off" "$x" "$y"
            done
        } >&2
        echo "recompiled table differs: ours $a bytes, iasl $b bytes"
    fi
}
