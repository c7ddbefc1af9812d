#!/bin/bash
# test_boot.sh - boot the Debian kernel under QEMU on table sets built by
# acpi_guest_build() (tests/boot_image) and check what Linux sees:
# 1 vCPU, 4 vCPUs, and 2 of 4 online (Online Capable entries), all with
# vmgenid.  tests/boot/boot-test.sh does the booting and the assertions.
set -eu

top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
passed=0
failed=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/boot.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

run() {
    local name=$1; shift
    mkdir -p "$tmp/$name"
    echo "== $name: boot_image $*"
    if ! "$top_builddir/tests/boot_image" "$tmp/$name" "$@"; then
        echo "FAIL: $name: boot_image could not build the tables"
        failed=$((failed + 1))
        return
    fi
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

run vcpu1 1 1 vmgenid
run vcpu4 4 4 vmgenid
run vcpu2of4 2 4 vmgenid

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
