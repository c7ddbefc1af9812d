#!/bin/bash
# hwdom-boot.sh MACHINE DIR [QEMU OPTIONS...] - the hardware-domain table
# set booted on a real Linux under QEMU, on the host tables of that very
# QEMU machine:
#   1. boot the machine (SeaBIOS, -smp 4 -m 512 as capture-fixtures.sh,
#      plus the given options) and capture the tables its firmware built,
#      with their addresses, as a --host-tables directory;
#   2. xl-acpi hwdom on them with DIR/hwdom.cfg (2 vCPUs: fewer than
#      QEMU's 4), new tables at acpi_base;
#   3. boot the same machine again with tables.bin loaded at acpi_base
#      (-device loader, the range reserved with memmap=), Linux pointed at
#      our RSDP (acpi_rsdp=) and the host's tables left where the firmware
#      put them, and check what Linux saw.
# The host tables come from the first boot, not tests/fixtures: SeaBIOS's
# addresses change with QEMU, SeaBIOS and the machine's options, and the
# kept tables must be at this machine's addresses.  (Whether they equal
# the committed fixtures is printed, not asserted.)
#
# DIR/hwdom.cfg is the config; DIR/expect holds shell assignments:
# DEVICES (ACPI paths Linux must find in the host's DSDT), HIDDEN (paths
# the STAO lists: Linux 6.1 ignores the list, so they must be there too)
# and DROPPED (signatures the first boot must show and the second must not).
# Prints "PASS: ..."/"FAIL: ..." lines and "N passed, M failed"; exits
# non-zero on any failure, a missing QEMU or kernel included.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
machine=${1:?usage: $0 MACHINE DIR [QEMU OPTIONS...]}
dir=${2:?usage: $0 MACHINE DIR [QEMU OPTIONS...]}
shift 2
extra=("$@")
top_srcdir=${top_srcdir:-$here/../..}
top_builddir=${top_builddir:-.}
XL_ACPI=${XL_ACPI:-$top_builddir/xl-plugin/xl-acpi}
passed=0
failed=0
pass() { echo "PASS: $machine: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $machine: $*"; failed=$((failed + 1)); }
check() { local m=$1; shift; if "$@"; then pass "$m"; else fail "$m"; fi; }
finish() { echo "$passed passed, $failed failed"; [ "$failed" = 0 ]; exit; }
fatal() { fail "$*"; finish; }

DEVICES='' HIDDEN='' DROPPED=''
# shellcheck disable=SC1091
. "$dir/expect"

qemu=${QEMU:-qemu-system-x86_64}
command -v "$qemu" >/dev/null || fatal "QEMU ($qemu) not found: install qemu-system-x86"
kernel=${BOOT_TEST_KERNEL:-$(printf '%s\n' /boot/vmlinuz-* | sort -V | tail -n1)}
[ -r "$kernel" ] || fatal "no readable kernel (/boot/vmlinuz-*): install linux-image-amd64"
busybox=${BUSYBOX:-$(command -v busybox || true)}
[ -n "$busybox" ] || fatal "busybox not found: install busybox-static"
if od -An -c -N 4096 "$busybox" | tr -d ' \n' | grep -q 'ld-linux'; then
	fatal "$busybox is dynamically linked: install busybox-static"
fi

root=$dir/root
mkdir -p "$root/bin" "$root/dev" "$root/proc" "$root/sys" "$root/tmp"
cp "$busybox" "$root/bin/busybox"
install -m 0755 "$here/boot-init.sh" "$root/init"
(cd "$root" && find . | sort | cpio -o -H newc --quiet -R 0:0) | gzip -9 >"$dir/initrd.gz"

# TCG's TSC runs at the host's rate; without it a loaded host can make the
# PIT calibration fail.
khz=$(awk -F': *' '/^cpu MHz/ {printf "%d", $2 * 1000; exit}' /proc/cpuinfo)
append_common="console=ttyS0 loglevel=4 panic=-1 tsc=reliable${khz:+ tsc_early_khz=$khz}"

# boot NAME APPEND [QEMU OPTIONS...]: the machine, its console in DIR/NAME.txt.
boot() {
	local name=$1 append=$2
	shift 2
	local cmd=("$qemu" -machine "$machine" -accel tcg -cpu max -smp 4 -m 512 "${extra[@]}"
		-nographic -no-reboot -net none -kernel "$kernel" -initrd "$dir/initrd.gz"
		-append "$append" "$@")
	echo "# ${cmd[*]}"
	timeout -k 5 "${BOOT_TEST_TIMEOUT:-180}" "${cmd[@]}" </dev/null >"$dir/$name.log" 2>&1 || true
	tr -d '\r' <"$dir/$name.log" >"$dir/$name.txt"
	grep -q '^FACT end' "$dir/$name.txt"
}

# Tables of a boot's console into directory $2 (as capture-fixtures.sh).
tables_of() {
	rm -rf "$2"
	mkdir -p "$2"
	awk -v d="$2" '
		/^TABLE / { name = $2; file = d "/" name ".b64"; next }
		/^END$/ { close(file); name = ""; next }
		name != "" { print > file }
	' "$1"
	for b in "$2"/*.b64; do base64 -d "$b" >"${b%.b64}"; rm "$b"; done
	sed -n 's/^DMESG //p' "$1" >"$2/dmesg-acpi.txt"
}

### 1. The host: the machine as its firmware made it.
check "boot 1 (host tables): Linux reached /init" boot host "$append_common"
tables_of "$dir/host.txt" "$dir/host"
echo "# host tables: $(cd "$dir/host" && ls | grep -v txt | xargs)"
sed 's/^/# /' "$dir/host/dmesg-acpi.txt"
fx=$top_srcdir/tests/fixtures/host-tables/$machine
same=yes
for f in "$dir/host"/*; do
	[ "${f##*/}" = dmesg-acpi.txt ] && continue
	cmp -s "$f" "$fx/${f##*/}.dat" 2>/dev/null || same=no
done
[ ${#extra[@]} = 0 ] || same="n/a (other options)"
echo "# this QEMU's tables equal tests/fixtures/host-tables/$machine: $same"
for sig in $DROPPED; do
	check "boot 1: the host has a $sig" test -e "$dir/host/$sig"
done

### 2. Our tables for the hardware domain.
if ! "$XL_ACPI" hwdom --host-tables "$dir/host" --config "$dir/hwdom.cfg" --out "$dir/out" \
	>"$dir/manifest.txt" 2>"$dir/xl-acpi.err"; then
	fatal "xl-acpi hwdom: $(cat "$dir/xl-acpi.err")"
fi
cat "$dir/manifest.txt"
rsdp=$(sed -n 's/^rsdp_paddr=//p' "$dir/manifest.txt")
base=$(sed -n 's/^acpi_base *= *//p' "$dir/hwdom.cfg")
size=$(sed -n 's/^acpi_size *= *//p' "$dir/hwdom.cfg")
vcpus=$(sed -n 's/^vcpus *= *//p' "$dir/hwdom.cfg")
[ -n "$rsdp" ] && [ -n "$base" ] && [ -n "$size" ] && [ -n "$vcpus" ] ||
	fatal "rsdp_paddr, acpi_base, acpi_size or vcpus missing"

### 3. The hardware domain's view: the same machine, our RSDP.
append="$append_common acpi_rsdp=$rsdp memmap=$(printf '0x%x$0x%x' $((size)) $((base)))"
check "boot 2 (our tables): Linux reached /init" \
	boot hwdom "$append" -device "loader,file=$dir/out/tables.bin,addr=$base,force-raw=on"
tables_of "$dir/hwdom.txt" "$dir/seen"
seen=$dir/seen/dmesg-acpi.txt
fact() { sed -n "s/^FACT $1 //p" "$dir/hwdom.txt"; }
# "SIG 0xADDRESS" of a line Linux printed, address as a number.
at() { awk -v s="$1" '$2 == s { print $3; exit }' "$seen"; }
num() { [ -n "$1" ] && printf '%d' "$1"; }

check "Linux used our RSDP at $rsdp ($(at RSDP))" test "$(num "$(at RSDP)")" = "$((rsdp))"
# With a revision 2 RSDP Linux reads the XSDT and never mentions the RSDT.
for sig in XSDT APIC FACP STAO; do
	want=$(awk -v s="$sig" '$1 ~ /^(replaced|added)$/ && $2 == s { print $3 }' "$dir/manifest.txt")
	check "Linux lists our $sig at $want ($(at "$sig"))" \
		test -n "$want" -a "$(num "$(at "$sig")")" = "$((want))"
done
while read -r action sig addr _; do
	[ "$action" = kept ] || continue
	host=$(awk -v s="$sig" '$2 == s { print $3; exit }' "$dir/host/dmesg-acpi.txt")
	check "Linux lists the host's $sig at its host address $host ($(at "$sig"))" \
		test -n "$host" -a "$(num "$(at "$sig")")" = "$((host))" -a "$((addr))" = "$((host))"
	# The bytes too: what Linux read there is what the firmware wrote.
	check "the $sig Linux read is the host's, byte for byte" cmp -s "$dir/host/$sig" "$dir/seen/$sig"
done < "$dir/manifest.txt"
for sig in $DROPPED; do
	check "Linux does not list the dropped $sig" test -z "$(at "$sig")"
done
for sig in APIC FACP STAO; do
	check "the $sig Linux read is ours, byte for byte" cmp -s "$dir/out/$sig.dat" "$dir/seen/$sig"
done
check "Linux does not list an RSDT (it reads the XSDT)" test -z "$(at RSDT)"
online=$(fact cpu_online) possible=$(fact cpu_possible)
want_cpus=0
[ "$vcpus" = 1 ] || want_cpus=0-$((vcpus - 1))
check "$vcpus CPUs online ($online) and possible ($possible), QEMU has 4" \
	test "$online" = "$want_cpus" -a "$possible" = "$want_cpus"
check "the IO APIC from our MADT (the host's address and GSI base)" \
	grep -q '^FACT log IOAPIC\[0\]: apic_id [0-9]*, version [0-9]*, address 0xfec00000, GSI 0-23' "$dir/hwdom.txt"
check "full ACPI: the SCI handler is installed (HW_REDUCED_ACPI clear)" test "$(fact sci_handler)" = 1
check "Linux read the STAO and says it ignores its name list" \
	grep -q '^FACT log ACPI: STAO Name List not yet supported' "$dir/hwdom.txt"
# Linux 6.1 acts on the UART flag through the SPCR's UART, and QEMU's PC
# machines have no SPCR.
if [ "$(sed -n 's/^stao_uart *= *//p' "$dir/hwdom.cfg")" = 1 ] && [ ! -e "$dir/host/SPCR" ]; then
	check "Linux read the STAO's UART flag and says the SPCR it needs is missing" \
		grep -q '^FACT log ACPI: STAO table present, but SPCR is missing' "$dir/hwdom.txt"
fi
check "Linux allows exactly our $vcpus CPUs" \
	grep -q "^FACT log smpboot: Allowing $vcpus CPUs, 0 hotplug CPUs" "$dir/hwdom.txt"
for p in $DEVICES; do
	check "the host DSDT's $p is there" grep -qxF -- "$p" <(fact acpi_dev | awk '{ print $2 }')
done
# What Linux 6.1 does with the STAO name list: nothing (see docs/hwdom.md).
for p in $HIDDEN; do
	check "Linux 6.1 ignores the STAO name list: $p, which the STAO hides, is still there" \
		grep -qxF -- "$p" <(fact acpi_dev | awk '{ print $2 }')
done
complaints=$(fact log | grep -E 'Warning|Error|Exception|[Cc]hecksum|[Ii]nvalid|AE_' || true)
check "no ACPI warning, error or checksum complaint${complaints:+: $complaints}" test -z "$complaints"
[ -z "$DROPPED" ] || check "one NUMA node (the SRAT was dropped): $(fact nodes)" test "$(fact nodes)" = node0
finish
