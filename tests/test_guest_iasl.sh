#!/bin/bash
# test_guest_iasl.sh - every table acpi_guest_build() writes must survive an
# iasl round trip, for a matrix of guest configurations (tests/boot_image):
#
#   AML tables (DSDT, SSDTn)  iasl -d, then iasl -on -of on the disassembly:
#                             zero errors, zero warnings, the same bytes
#   data tables (.dat)        iasl -d gives a data-table source; iasl compiles
#                             it back to the same bytes, with zero errors and
#                             zero warnings
#   RSDP                      iasl 20200925 cannot disassemble a binary RSDP,
#                             so its template (iasl -T RSDP) is filled in with
#                             the values the RSDP must hold (OEM ID, revision
#                             2, length 36, the RSDT and XSDT addresses of the
#                             manifest) and compiled: all 36 bytes must match,
#                             both checksums included
#
# "The same bytes" leaves out what iasl owns in a table header: the checksum
# (offset 9) and the compiler ID and revision (28..35); the FACS has no
# header, so all of it is compared.  Our own checksums are checked instead.
# Beyond the bytes, the XSDT and RSDT must point at the tables of the
# manifest, in order, and the FADT at the DSDT and FACS.
set -eu

top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
IASL=${IASL:-iasl}

# name | boot_image arguments after DIR | the tables the set must have
CONFIGS=(
    "vcpu1|1 1|DSDT FACP APIC XSDT RSDT RSDP"
    "vcpu2of4-vmgenid|2 4 vmgenid|DSDT FACP SSDT APIC XSDT RSDT RSDP"
    "vcpu128-ged|128 128 vmgenid ioapic gsi=20 overrides nmi|DSDT FACP SSDT APIC XSDT RSDT RSDP"
    "vcpu300-x2apic|300 300 vmgenid ioapic nmi|DSDT FACP SSDT APIC XSDT RSDT RSDP"
    "vcpu255of300-x2apic|255 300 vmgenid ioapic gsi=40 overrides nmi|DSDT FACP SSDT APIC XSDT RSDT RSDP"
    "full-vmgenid-stao|2 4 full vmgenid stao|FACS DSDT FACP SSDT APIC STAO XSDT RSDT RSDP"
    "apicids-oem|3 4 apicids=0,1,255,300 nmi oem=XENTST oemtable=APICIDS|DSDT FACP APIC XSDT RSDT RSDP"
)

passed=0
failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/guest_iasl.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# roundtrip_aml, roundtrip_data, iasl_counts, byte_sum, hexval, dsl_field.
# shellcheck source=tests/lib/iasl-roundtrip.sh
. "$top_srcdir/tests/lib/iasl-roundtrip.sh"

# The RSDP through iasl's template ($1 our RSDP, $2 work dir, $3 OEM ID,
# $4 RSDT address, $5 XSDT address, all hex without 0x).
rsdp_from_template() {
    local ours=$1 work=$2 oem=$3 rsdt=$4 xsdt=$5 out status counts
    mkdir -p "$work"
    if ! out=$(cd "$work" && "$IASL" -T RSDP 2>&1) || [ ! -s "$work/rsdp.asl" ]; then
        printf '%s\n' "$out" >&2
        echo "iasl -T RSDP gave no template"
        return
    fi
    awk -v oem="$oem" -v rsdt="$rsdt" -v xsdt="$xsdt" '
        /^\[0006\] *Oem ID *:/          { sub(/:.*/, ": \"" oem "\""); n++ }
        /^\[0001\] *Revision *:/        { sub(/:.*/, ": 02"); n++ }
        /^\[0004\] *RSDT Address *:/    { sub(/:.*/, ": " rsdt); n++ }
        /^\[0004\] *Length *:/          { sub(/:.*/, ": 00000024"); n++ }
        /^\[0008\] *XSDT Address *:/    { sub(/:.*/, ": " xsdt); n++ }
        { print }
        END { if (n != 5) exit 1 }' "$work/rsdp.asl" >"$work/ours.asl" || {
        cat "$work/rsdp.asl" >&2
        echo "the RSDP template does not have the five fields expected"
        return
    }
    status=0
    out=$("$IASL" -p "$work/ours" "$work/ours.asl" 2>&1) || status=$?
    counts=$(iasl_counts "$out")
    if [ "$status" -ne 0 ] || [ "${counts:-x}" != "0 0 0" ] || [ ! -s "$work/ours.aml" ]; then
        printf '%s\n' "$out" >&2
        echo "compiling the filled-in template failed (errors/warnings/remarks: ${counts:-none})"
        return
    fi
    compare "$ours" "$work/ours.aml" all
}

for entry in "${CONFIGS[@]}"; do
    cfg=${entry%%|*}
    rest=${entry#*|}
    args=${rest%%|*}
    want_tables=${rest#*|}
    dir=$tmp/$cfg
    mkdir -p "$dir"
    # shellcheck disable=SC2086
    if ! "$top_builddir/tests/boot_image" "$dir" $args >"$dir/manifest" 2>"$dir/boot_image.err"; then
        cat "$dir/boot_image.err"
        fail "$cfg: boot_image $args could not build the tables"
        continue
    fi
    echo "== $cfg: boot_image DIR $args"
    OEM_ID='' HW_REDUCED=''
    . "$dir/boot.env"

    # The manifest: SIG ADDRESS LENGTH vREV TABLE-ID, in build order.
    declare -A addr_of=()
    files=()
    pointed=()          # what the XSDT and RSDT must point at, in order
    nssdt=0
    while read -r sig address length _; do
        case $sig in
        SSDT) nssdt=$((nssdt + 1)); file=SSDT$nssdt.aml ;;
        DSDT) file=DSDT.aml ;;
        *) file=$sig.dat ;;
        esac
        addr_of[$sig]=$address
        files+=("$file:$address:$length")
        case $sig in FACS | DSDT | XSDT | RSDT | RSDP) ;; *) pointed+=("$address") ;; esac
    done < <(grep -E '^[A-Z0-9]{4} 0x[0-9a-f]+ +[0-9]+ v[0-9]+' "$dir/manifest")
    got_tables=$(printf '%s\n' "${files[@]}" | sed 's/[0-9]*\..*//' | sort | xargs)
    # shellcheck disable=SC2086
    if [ "$got_tables" = "$(printf '%s\n' $want_tables | sort | xargs)" ]; then
        pass "$cfg: the set has $want_tables"
    else
        fail "$cfg: the set has $got_tables, want $want_tables"
    fi

    for f in "${files[@]}"; do
        file=${f%%:*}
        rest=${f#*:}
        address=${rest%%:*}
        length=${rest#*:}
        table="$cfg: ${file%.*}"
        path=$dir/$file
        if [ ! -s "$path" ] || [ "$(wc -c <"$path")" -ne "$length" ]; then
            fail "$table: $file missing or not $length bytes"
            continue
        fi
        sig=${file%.*}
        sig=${sig%%[0-9]*}
        why=""
        # Our checksum (the FACS has none; the RSDP is checked against iasl's).
        case $sig in
        FACS | RSDP) ;;
        *) [ "$(byte_sum "$path")" = 0 ] || why="checksum of our table is wrong (bytes sum to $(byte_sum "$path"), not 0)" ;;
        esac
        details=$dir/$sig${file//[^0-9]/}.details
        : >"$details"
        if [ -z "$why" ]; then
            case $file in
            *.aml) why=$(roundtrip_aml "$path" "$dir/w.$sig${file//[^0-9]/}" 2>"$details") ;;
            RSDP.dat)
                why=$(rsdp_from_template "$path" "$dir/w.RSDP" "$OEM_ID" \
                    "$(printf '%08x' "${addr_of[RSDT]}")" "$(printf '%016x' "${addr_of[XSDT]}")" \
                    2>"$details") ;;
            FACS.dat) why=$(roundtrip_data "$path" "$dir/w.$sig" all 2>"$details") ;;
            *) why=$(roundtrip_data "$path" "$dir/w.$sig" header 2>"$details") ;;
            esac
        fi
        dsl=$dir/w.$sig/dis/$sig.dsl
        # Pointers, read from the disassembly (the same bytes as the recompiled table).
        if [ -z "$why" ] && { [ "$sig" = XSDT ] || [ "$sig" = RSDT ]; }; then
            got=$(dsl_field "$dsl" 'ACPI Table Address *[0-9]*' | while read -r h; do hexval "$h"; echo; done)
            want=$(for a in "${pointed[@]}"; do printf '%u\n' "$a"; done)
            if [ "$got" != "$want" ]; then
                why="points at [$(printf '%s\n' "$got" | xargs)], the manifest says [$(printf '%s\n' "$want" | xargs)]"
            fi
        fi
        if [ -z "$why" ] && [ "$sig" = FACP ]; then
            dsdt=$(dsl_field "$dsl" 'DSDT Address' | while read -r h; do hexval "$h"; echo; done | sort -u)
            facs=$(dsl_field "$dsl" 'FACS Address' | while read -r h; do hexval "$h"; echo; done | sort -nu | tr '\n' ' ')
            reduced=$(dsl_field "$dsl" 'Hardware Reduced (V5)')
            want_facs="0 "
            [ -n "${addr_of[FACS]:-}" ] && want_facs="0 $(printf '%u' "${addr_of[FACS]}") "
            if [ "$dsdt" != "$(printf '%u' "${addr_of[DSDT]}")" ]; then
                why="DSDT/X_DSDT ($(printf "%s\n" "$dsdt" | xargs)) are not both the DSDT at ${addr_of[DSDT]}"
            elif [ "$facs" != "$want_facs" ]; then
                why="FIRMWARE_CTRL/X_FIRMWARE_CTRL are {$facs}, want {$want_facs}"
            elif [ "$reduced" != "$HW_REDUCED" ]; then
                why="Hardware Reduced flag is '$reduced', boot.env says $HW_REDUCED"
            fi
        fi
        if [ -n "$why" ]; then
            sed 's/^/    /' "$details"
            fail "$table: $why"
        else
            allowed=$(cat "$dir/w.$sig/re/x2apic.allowed" 2>/dev/null || echo 0)
            [ "$sig" != APIC ] || [ "$allowed" = 0 ] ||
                echo "NOTE: $table: iasl dropped Online Capable (bit 1) from $allowed x2APIC entries: iasl 20200925 does not know that flag of MADT subtable 9"
            case $file in
            *.aml) pass "$table: $length bytes, identical after iasl -d and iasl -on -of, no warnings" ;;
            RSDP.dat) pass "$table: identical to iasl's RSDP template filled in (OEM ID, RSDT, XSDT)" ;;
            *) pass "$table: $length bytes, identical after iasl -d and the data-table compiler" ;;
            esac
        fi
    done
    unset addr_of
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
