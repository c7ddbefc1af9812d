#!/bin/bash
# test_hwdom_boot.sh - the hardware-domain set booted under QEMU on the
# host tables of the same machine (tests/hwdom/hwdom-boot.sh): pc and q35
# as the fixtures were captured (SeaBIOS, 4 CPUs, 512 MiB), and pc with
# two NUMA nodes, whose SRAT and SLIT the hardware domain must not see.
# The config is examples/hwdom.cfg (2 vCPUs, COM1 hidden), with q35's COM1
# path.
set -eu

top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
export top_srcdir top_builddir
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hwdom-boot.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

# case NAME MACHINE ISA-BRIDGE DROPPED [QEMU OPTIONS...]
case_() {
    local name=$1 machine=$2 isa=$3 dropped=$4
    shift 4
    local d=$tmp/$name
    mkdir -p "$d"
    sed "s/S08/$isa/" "$top_srcdir/examples/hwdom.cfg" >"$d/hwdom.cfg"
    {
        echo "DEVICES='\\_SB_.PCI0 \\_SB_.PCI0.${isa}_.RTC_ \\_SB_.PCI0.${isa}_.KBD_ \\_SB_.HPET'"
        echo "HIDDEN='\\_SB_.PCI0.${isa}_.COM1'"
        echo "DROPPED='$dropped'"
    } >"$d/expect"
    echo "== $name"
    if bash "$top_srcdir/tests/hwdom/hwdom-boot.sh" "$machine" "$d" "$@"; then
        passed=$((passed + 1))
    else
        echo "FAIL: $name (console of the second boot follows)"
        cat "$d/hwdom.txt" 2>/dev/null | grep -v '^[A-Za-z0-9+/=]*$' || true
        failed=$((failed + 1))
    fi
}

case_ pc pc S08 ''
case_ q35 q35 SF8 ''
case_ pc-numa pc S08 'SRAT SLIT' \
    -object memory-backend-ram,id=m0,size=256M -object memory-backend-ram,id=m1,size=256M \
    -numa node,nodeid=0,cpus=0-1,memdev=m0 -numa node,nodeid=1,cpus=2-3,memdev=m1 \
    -numa dist,src=0,dst=1,val=20

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
