#!/bin/bash
# test_guest_acpiexec.sh - the AML of a guest table set (tests/boot_image:
# the DSDT and the VMGENID SSDT) must load into the ACPICA interpreter
# without a namespace error and its objects must evaluate to what the
# configuration says:
#
#   \VGIA, \_SB.VGEN._STA (0x0F: VGIA is not 0), ADDR (Package {VGIA + 0x28,
#   0}), _HID (EisaId "XEN0000"), _CID and _DDN ("VM_Gen_Counter")
#   \_SB.VGEN._STA with VGIA patched to 0 in a copy of the SSDT: 0 (in the
#   first set with vmgenid)
#   \_SB.GED0._HID and _CRS (one Extended IRQ descriptor: the GSI), _EVT with
#   the GSI (notifies \_SB.VGEN 0x80) and with another number (does nothing)
#   \_GPE._Exx of a full-ACPI guest (notifies \_SB.VGEN 0x80)
#   the processor devices: as many as MAXVCPUS, _STA 0x0F below VCPUS and 0
#   from there, _UID = index, _HID "ACPI0007"; all of them for a few vCPUs,
#   otherwise the first, the last and the boundaries (1, 2, 254, 255, 256,
#   299, VCPUS - 1, VCPUS)
#
# Everything runs twice: as is and with -dr (no repair of return values, so
# a wrong type is not hidden); a HW-reduced set runs with -r (acpiexec's
# HW-reduced FADT).  acpiexec exits 0 even when a method fails, so its output
# is parsed; any AE_ status, namespace error, "Could not", warning or error
# anywhere in a run fails the load check of that run.
set -eu

top_builddir=${top_builddir:-.}
ACPIEXEC=${ACPIEXEC:-acpiexec}

# name | boot_image arguments after DIR
CONFIGS=(
    "vcpu1|1 1"
    "vcpu2of4-vmgenid|2 4 vmgenid"
    "vcpu128-ged|128 128 vmgenid ioapic gsi=20 overrides nmi"
    "vcpu300-ged|300 300 vmgenid ioapic nmi"
    "vcpu255of300-ged|255 300 vmgenid ioapic gsi=40 overrides nmi"
    "full-vmgenid-stao|2 4 full vmgenid stao"
)
# acpiexec -b takes at most 1023 characters: longer lists are split.
MAX_BATCH=900
ERROR_PATTERN='AE_[A-Z_]+|Could not|[Ee]rror|Exception|[Ww]arning|[Ff]ailed|[Mm]ismatch|\*\*\*\*'

passed=0
failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/guest_acpiexec.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

runner=()
command -v timeout >/dev/null && runner=(timeout 300)

# The result of every "Evaluating" block of an acpiexec log, one line each:
#   int:0xN  str:TEXT  buf:HH HH ..  pkg:ELEM,ELEM  none  error:AE_X
# followed by " notify(NAME,0xV)" for each notify the evaluation raised.
results_of() {
    awk '
        function flush() {
            if (!inside) return
            if (val == "") val = "nothing"
            print val notes
        }
        function hexbytes(l) { sub(/^ *[0-9A-F]+: /, "", l); sub(/ *\/\/.*/, "", l); sub(/ +$/, "", l); return l }
        function hexint(h) { sub(/^0+/, "", h); return "int:0x" (h == "" ? "0" : toupper(h)) }
        /^Evaluating / { flush(); inside = 1; val = ""; notes = ""; inbuf = 0; inpkg = 0; next }
        !inside { next }
        /^ACPI: No outstanding allocations/ { next }
        /Received a Device Notify on \[/ {
            n = $0; sub(/.*Notify on \[/, "", n); name = n; sub(/\].*/, "", name)
            v = n; sub(/.* Value /, "", v); sub(/ .*/, "", v)
            notes = notes " notify(" name "," v ")"; next
        }
        /failed with status AE_/ { s = $0; sub(/.*status /, "", s); sub(/[^A-Z_].*/, "", s); val = "error:" s; next }
        /^No object was returned/ { if (val == "") val = "none"; next }
        /^  \[Integer\] = / { v = $0; sub(/.*= /, "", v); val = hexint(v); next }
        /^  \[String\] Length [0-9A-F]+ = "/ { v = $0; sub(/^[^"]*"/, "", v); sub(/"$/, "", v); val = "str:" v; next }
        /^  \[Package\] Contains/ { val = "pkg:"; inpkg = 1; sep = ""; next }
        inpkg && /^    \[Integer\] = / { v = $0; sub(/.*= /, "", v); val = val sep hexint(v); sep = ","; next }
        inpkg && /^    \[String\] / { v = $0; sub(/^[^"]*"/, "", v); sub(/"$/, "", v); val = val sep "str:" v; sep = ","; next }
        inpkg && /^    \[/ { v = $0; sub(/^ *\[/, "", v); sub(/\].*/, "", v); val = val sep "other:" v; sep = ","; next }
        /^  \[Buffer\] Length/ { inbuf = 1; l = $0; sub(/.*= */, "", l); val = "buf:" hexbytes(l); next }
        inbuf && /^ *[0-9A-F][0-9A-F][0-9A-F][0-9A-F]: / { val = val " " hexbytes($0); next }
        END { flush() }' "$1"
}

# EisaId("ABC1234") as the integer AML stores.
eisaid() {
    local id=$1 c1 c2 c3
    c1=$(($(printf '%d' "'${id:0:1}") - 0x40))
    c2=$(($(printf '%d' "'${id:1:1}") - 0x40))
    c3=$(($(printf '%d' "'${id:2:1}") - 0x40))
    printf '0x%X' $(((c1 << 2 | c2 >> 3) | ((c2 & 7) << 5 | c3) << 8 |
        0x${id:3:2} << 16 | 0x${id:5:2} << 24))
}

# Patch bytes of a file: patch FILE OFFSET HH [HH ...].
patch() {
    local file=$1 off=$2 hh
    shift 2
    for hh in "$@"; do
        printf '%b' "\\x$hh" | dd of="$file" bs=1 seek="$off" conv=notrunc status=none
        off=$((off + 1))
    done
}

# Set the checksum (offset 9) of an ACPI table so its bytes sum to 0.
fix_checksum() {
    local sum
    patch "$1" 9 00
    sum=$(od -An -v -tu1 "$1" | awk '{ for (i = 1; i <= NF; i++) s += $i } END { print s % 256 }')
    patch "$1" 9 "$(printf '%02x' $(((256 - sum) % 256)))"
}

# Run acpiexec on the tables ($1: flags, space-separated; $2: log; $3:
# commands separated by ";"; the rest: AML files).
run_acpiexec() {
    local flags=$1 log=$2 cmds=$3
    shift 3
    # shellcheck disable=SC2086
    "${runner[@]}" "$ACPIEXEC" $flags -b "$cmds" "$@" >"$log" 2>&1 ||
        echo "$ACPIEXEC exited with status $?" >>"$log"
}

# Load check of one run: prints why it failed, or nothing.  $1 log,
# $2 number of AML tables, $3 expected DSDT device count, $4 SSDT devices.
check_load() {
    local log=$1 ntables=$2 want_dsdt=$3 want_ssdt=$4 n errors dsdt ssdt
    n=$(grep -c '^Table \[' "$log" || true)
    errors=$(grep -E "$ERROR_PATTERN" "$log" | head -n 5 || true)
    dsdt=$(sed -n 's/^Table \[DSDT:.* with *\([0-9]*\) Devices.*/\1/p' "$log")
    ssdt=$(sed -n 's/^Table \[SSDT:.* with *\([0-9]*\) Devices.*/\1/p' "$log")
    if [ -n "$errors" ]; then
        echo "errors: $errors"
    elif [ "$n" -ne "$ntables" ]; then
        echo "acpiexec initialized $n tables, not $ntables"
    elif [ "$dsdt" != "$want_dsdt" ]; then
        echo "the DSDT has ${dsdt:-no} devices, not $want_dsdt"
    elif [ "$ssdt" != "$want_ssdt" ]; then
        echo "the SSDT has ${ssdt:-no} devices, not $want_ssdt"
    fi
}

# A check: what to evaluate, the expected result (for both modes, or
# "normal|no-repair"), and what it says.
check() { cmds+=("$1"); wants+=("$2"); whats+=("$3"); }

for entry in "${CONFIGS[@]}"; do
    cfg=${entry%%|*}
    args=${entry#*|}
    dir=$tmp/$cfg
    mkdir -p "$dir"
    # shellcheck disable=SC2086
    if ! "$top_builddir/tests/boot_image" "$dir" $args >"$dir/manifest" 2>"$dir/boot_image.err"; then
        cat "$dir/boot_image.err"
        fail "$cfg: boot_image $args could not build the tables"
        continue
    fi
    echo "== $cfg: boot_image DIR $args"
    VCPUS='' MAXVCPUS='' GUID_PAGE_ADDR='' HW_REDUCED='' VMGENID=0
    . "$dir/boot.env"
    notify=$(sed -n 's/^vmgenid notify: //p' "$dir/manifest")
    gsi=$(printf '%s\n' "$notify" | sed -n 's/^GED (ACPI0013) on GSI \([0-9]*\)$/\1/p')
    gpe=$(printf '%s\n' "$notify" | sed -n 's/^\\_GPE\._E\([0-9A-F][0-9A-F]\)$/\1/p')

    tables=("$dir/DSDT.aml")
    for f in "$dir"/SSDT*.aml; do
        [ -e "$f" ] && tables+=("$f")
    done
    want_ssdt=""
    if [ "$VMGENID" = 1 ]; then
        want_ssdt=1
        [ -z "$gsi" ] || want_ssdt=2
    fi

    cmds=() wants=() whats=()
    if [ "$VMGENID" = 1 ]; then
        check '\VGIA' "int:$(printf '0x%X' "$GUID_PAGE_ADDR")" "\\VGIA = GUID_PAGE_ADDR $GUID_PAGE_ADDR"
        check '\_SB.VGEN._STA' 'int:0xF' '\_SB.VGEN._STA = 0x0F'
        check '\_SB.VGEN.ADDR' "pkg:int:$(printf '0x%X' $((GUID_PAGE_ADDR + 0x28))),int:0x0" \
            "\\_SB.VGEN.ADDR = Package {$(printf '0x%X' $((GUID_PAGE_ADDR + 0x28))), 0}"
        check '\_SB.VGEN._HID' "int:$(eisaid XEN0000)" "\\_SB.VGEN._HID = EisaId (\"XEN0000\") $(eisaid XEN0000)"
        # ACPICA upcases _HID and _CID strings unless told not to repair.
        check '\_SB.VGEN._CID' 'str:VM_GEN_COUNTER|str:VM_Gen_Counter' \
            '\_SB.VGEN._CID = "VM_Gen_Counter" (upcased by ACPICA unless -dr)'
        check '\_SB.VGEN._DDN' 'str:VM_Gen_Counter' '\_SB.VGEN._DDN = "VM_Gen_Counter"'
        if [ -n "$gsi" ]; then
            other=$((gsi == 0 ? 1 : gsi - 1))
            crs=$(printf '89 06 00 03 01 %02X %02X %02X %02X 79 00' $((gsi & 255)) \
                $((gsi >> 8 & 255)) $((gsi >> 16 & 255)) $((gsi >> 24 & 255)))
            check '\_SB.GED0._HID' 'str:ACPI0013' '\_SB.GED0._HID = "ACPI0013"'
            check '\_SB.GED0._CRS' "buf:$crs" "\\_SB.GED0._CRS = Interrupt (ResourceConsumer, Edge, ActiveHigh, Exclusive) {$gsi}"
            check "\\_SB.GED0._EVT $(printf '0x%X' "$gsi")" 'none notify(VGEN,0x80)' \
                "\\_SB.GED0._EVT ($gsi) notifies \\_SB.VGEN 0x80"
            check "\\_SB.GED0._EVT $(printf '0x%X' "$other")" 'none' \
                "\\_SB.GED0._EVT ($other) does nothing"
        fi
        if [ -n "$gpe" ]; then
            check "\\_GPE._E$gpe" 'none notify(VGEN,0x80)' "\\_GPE._E$gpe notifies \\_SB.VGEN 0x80"
        fi
    fi
    if [ "$MAXVCPUS" -le 8 ]; then
        cpus=$(seq 0 $((MAXVCPUS - 1)))
    else
        cpus=$(printf '%s\n' 0 1 2 254 255 256 299 $((VCPUS - 1)) "$VCPUS" $((MAXVCPUS - 1)) |
            awk -v max="$MAXVCPUS" '$1 < max' | sort -nu)
    fi
    for i in $cpus; do
        name=$(printf 'C%03X' "$i")
        want_sta=0x0
        [ "$i" -lt "$VCPUS" ] && want_sta=0xF
        check "\\_SB.$name._STA" "int:$want_sta" "\\_SB.$name._STA = $want_sta"
        check "\\_SB.$name._UID" "int:$(printf '0x%X' "$i")" "\\_SB.$name._UID = $i"
        if [ "$i" -eq 0 ] || [ "$i" -eq $((MAXVCPUS - 1)) ]; then
            check "\\_SB.$name._HID" 'str:ACPI0007' "\\_SB.$name._HID = \"ACPI0007\""
        fi
    done

    # A copy of the SSDT with VGIA = 0: Name (VGIA, DWordConst) is its first
    # object, at offset 36.  Once: _STA is the same in every set, and each
    # acpiexec run costs a second.
    vgia0=""
    if [ "$VMGENID" = 1 ] && [ -z "${vgia0_done:-}" ]; then
        vgia0_done=1
        vgia0=$dir/vgia0/SSDT1.aml
        mkdir -p "$dir/vgia0"
        cp "$dir/SSDT1.aml" "$vgia0"
        if [ "$(od -An -tx1 -j36 -N6 "$vgia0" | tr -d ' \n')" = 08564749410c ]; then
            patch "$vgia0" 42 00 00 00 00
            fix_checksum "$vgia0"
        else
            vgia0=bad
        fi
    fi

    for mode in normal no-repair; do
        flags=""
        [ "$mode" = no-repair ] && flags="-dr"
        [ "$HW_REDUCED" = 1 ] && flags="${flags:+$flags }-r"

        # The commands in batches acpiexec takes, each run checked on its own.
        results=$dir/$mode.results
        : >"$results"
        load_why=""
        nrun=0
        start=0
        while [ "$start" -lt "${#cmds[@]}" ]; do
            batch=""
            end=$start
            while [ "$end" -lt "${#cmds[@]}" ] &&
                [ $((${#batch} + ${#cmds[$end]} + 11)) -le "$MAX_BATCH" ]; do
                batch="$batch evaluate ${cmds[$end]};"
                end=$((end + 1))
            done
            if [ "$end" -eq "$start" ]; then    # one command too long on its own
                batch="evaluate ${cmds[$end]};"
                end=$((end + 1))
            fi
            nrun=$((nrun + 1))
            log=$dir/$mode.$nrun.log
            run_acpiexec "$flags" "$log" "$batch" "${tables[@]}"
            why=$(check_load "$log" "${#tables[@]}" "$MAXVCPUS" "$want_ssdt")
            if [ -n "$why" ] && [ -z "$load_why" ]; then
                load_why="run $nrun: $why"
                sed -n '1,/^Evaluating/p' "$log" | sed 's/^/    /'
            fi
            n=$(results_of "$log" | tee -a "$results" | wc -l)
            if [ "$n" -ne $((end - start)) ] && [ -z "$load_why" ]; then
                load_why="run $nrun: $n results for $((end - start)) commands"
            fi
            start=$end
        done
        what="$cfg: $mode${flags:+ ($flags)}: load ${#tables[@]} table(s) in $nrun run(s)"
        if [ -n "$load_why" ]; then
            fail "$what: $load_why"
        else
            pass "$what, $MAXVCPUS processor devices${want_ssdt:+, $want_ssdt SSDT device(s)}, no errors"
        fi

        k=0
        while IFS= read -r got || [ "$k" -lt "${#cmds[@]}" ]; do
            [ "$k" -lt "${#cmds[@]}" ] || break
            want=${wants[$k]}
            case $want in
            *"|"*) if [ "$mode" = normal ]; then want=${want%%|*}; else want=${want#*|}; fi ;;
            esac
            if [ "$got" = "$want" ]; then
                pass "$cfg: $mode: ${whats[$k]}"
            else
                fail "$cfg: $mode: ${whats[$k]}: got '${got:-nothing}', want '$want'"
            fi
            k=$((k + 1))
        done <"$results"

        if [ -n "$vgia0" ]; then
            what="$cfg: $mode: \\_SB.VGEN._STA = 0 with VGIA patched to 0"
            if [ "$vgia0" = bad ]; then
                fail "$what: the SSDT does not start with Name (VGIA, DWordConst)"
            else
                log=$dir/$mode.vgia0.log
                run_acpiexec "$flags" "$log" 'evaluate \_SB.VGEN._STA' "$dir/DSDT.aml" "$vgia0"
                why=$(check_load "$log" 2 "$MAXVCPUS" "$want_ssdt")
                got=$(results_of "$log")
                [ -n "$why" ] || why="got '${got:-nothing}'"
                if [ "$got" = int:0x0 ] && [ "$why" = "got 'int:0x0'" ]; then
                    pass "$what"
                else
                    fail "$what: $why"
                fi
            fi
        fi
    done
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
