#!/bin/bash
# test_boot.sh - boot the Debian kernel under QEMU on table sets and check
# what Linux sees: three built by acpi_guest_build() (tests/boot_image):
# 1 vCPU, 4 vCPUs, and 2 of 4 online (Online Capable entries), all with
# vmgenid; and the set `xl-acpi build` writes for examples/pvh-domu-nvdimm.cfg
# with the device model's blobs of examples/dm-blobs.bin (the NFIT and the
# devices NVDR and XDEV taken, its DSDT and its C000 not).
# tests/boot/boot-test.sh does the booting and the assertions.
set -eu

top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
passed=0
failed=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/boot.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# boot NAME: boot DIR=$tmp/NAME, which holds tables.bin and boot.env.
boot() {
    local name=$1
    if BOOT_TEST_CACHE="${BOOT_TEST_CACHE:-$top_builddir/tests/boot/.cache}" \
        bash "$top_srcdir/tests/boot/boot-test.sh" "$tmp/$name"; then
        echo "PASS: $name"
        passed=$((passed + 1))
    else
        echo "FAIL: $name (serial log follows)"
        cat "$tmp/$name/boot.log" || true
        failed=$((failed + 1))
    fi
}

run() {
    local name=$1; shift
    mkdir -p "$tmp/$name"
    echo "== $name: boot_image $*"
    if ! "$top_builddir/tests/boot_image" "$tmp/$name" "$@"; then
        echo "FAIL: $name: boot_image could not build the tables"
        failed=$((failed + 1))
        return
    fi
    boot "$name"
}

# The value of "KEY": in a part of xl-acpi's manifest.json (yajl writes one
# key per line); strings lose their quotes.
json_val() { grep -m1 "\"$1\": " | sed 's/^[^:]*: //; s/,$//; s/^"//; s/"$//'; }

# run_xl NAME ARGS...: boot the set `xl-acpi build ARGS... --out DIR` wrote,
# as it wrote it; boot.env comes from its manifest.json, and the
# expectations that are not read from it from the caller's variables
# (EXPECT_*).
run_xl() {
    local name=$1; shift
    local dir=$tmp/$name m guest oem maxv tables vmgenid
    echo "== $name: xl-acpi build $* --out DIR"
    if ! "$top_builddir/xl-plugin/xl-acpi" build "$@" --out "$dir"; then
        echo "FAIL: $name: xl-acpi could not build the tables"
        failed=$((failed + 1))
        return
    fi
    m=$dir/manifest.json
    guest=$(sed -n '/^    "guest": {/,/^    }/p' "$m")
    vmgenid=$(sed -n '/^    "vmgenid": {/,/^    }/p' "$m")
    oem=$(json_val oem_id <<<"$guest")
    maxv=$(json_val maxvcpus <<<"$guest")
    # The tables with the guest's OEM ID, as Linux lists them (not the
    # root tables, each signature once).
    tables=$(sed -n '/^    "tables": \[/,/^    \]/p' "$m" | OEM=$oem \
        awk -F'"' '$2 == "signature" { s = $4 } $2 == "oem_id" && $4 == ENVIRON["OEM"] { print s }' |
        grep -vxE 'RSDP|XSDT|RSDT' | awk '!seen[$0]++' | xargs)
    {
        # Hex: Linux reads acpi_rsdp= in base 16 whatever it looks like.
        printf 'TABLES_ADDR=0x%x\n' "$(sed -n '/^    "layout": {/,/^    }/p' "$m" | json_val base)"
        printf 'RSDP_ADDR=0x%x\n' "$(json_val rsdp_address <"$m")"
        [ -z "$vmgenid" ] || printf 'GUID_PAGE_ADDR=0x%x\n' "$(json_val page_address <<<"$vmgenid")"
        echo "VCPUS=$(json_val vcpus <<<"$guest")"
        echo "MAXVCPUS=$maxv"
        # xl-acpi gives vCPU i the APIC ID 2 * i, as libxl does.
        echo "MAX_APIC_ID=$((2 * (maxv - 1)))"
        echo "OEM_ID=$oem"
        echo "TABLES=\"$tables\""
        echo "HW_REDUCED=$([ "$(json_val hw_reduced <<<"$guest")" = true ] && echo 1 || echo 0)"
        echo "VMGENID=$([ -n "$vmgenid" ] && echo 1 || echo 0)"
        echo "VMGENID_GUID=$(json_val guid <<<"$vmgenid")"
        printf "EXTRA_DEVICES='%s'\n" "$EXPECT_DEVICES"
        echo "LISTED=\"$EXPECT_LISTED\""
        echo "SYSFS_TABLES=\"$EXPECT_SYSFS\""
        echo "AML_TABLES=$EXPECT_AML"
    } >"$dir/boot.env"
    cat "$dir/boot.env"
    boot "$name"
}

run vcpu1 1 1 vmgenid
run vcpu4 4 4 vmgenid
run vcpu2of4 2 4 vmgenid

# The device model's NFIT (any OEM ID) and the SSDT "DMACPI" are listed;
# one DSDT (the guest's own, not the blob area's) and the two SSDTs
# (VMGENID, DMACPI) are loaded; the accepted devices exist.  The C000 of
# the blob area would make ACPICA complain (AE_ALREADY_EXISTS), which
# boot-test.sh fails on.  QEMU's pc has no RAM at Xen's 0xFC000000: --base
# puts the set at 112 MiB of QEMU's 256, which xl-acpi refuses for a Xen
# guest of 2 GiB (it would be the guest's RAM): the config's copy has 64.
sed 's/^memory = .*/memory = 64/' "$top_srcdir/examples/pvh-domu-nvdimm.cfg" >"$tmp/nvdimm-64m.cfg"
grep -qx 'memory = 64' "$tmp/nvdimm-64m.cfg" || { echo "FAIL: nvdimm: no memory = line to lower"; exit 1; }
EXPECT_DEVICES='\_SB.VGEN \_SB.NVDR \_SB.NVDR.NV00 \_SB.XDEV' \
EXPECT_LISTED='NFIT:BXPCNFIT SSDT:DMACPI SSDT:VMGENID' \
EXPECT_SYSFS='APIC DSDT FACP NFIT SSDT1 SSDT2' \
EXPECT_AML=3 \
    run_xl nvdimm "$tmp/nvdimm-64m.cfg" \
    --dm-blobs "$top_srcdir/examples/dm-blobs.bin" --base 0x7000000

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
