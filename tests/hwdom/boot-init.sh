#!/bin/busybox sh
# shellcheck shell=sh
# /init of the hardware-domain boot test (hwdom-boot.sh), the same in both
# of its boots: prints every ACPI table Linux found (base64 between
# markers, as capture-init.sh does) and the kernel's "ACPI: SIG 0xADDR"
# lines, then "FACT key value" lines about what Linux made of the tables,
# then powers off.  The first boot's output is the host's tables, the
# second's what Linux did with ours.
/bin/busybox mount -t devtmpfs devtmpfs /dev
/bin/busybox mount -t proc proc /proc
/bin/busybox mount -t sysfs sysfs /sys
/bin/busybox --install -s /bin
export PATH=/bin
echo "CAPTURE-BEGIN"
for f in /sys/firmware/acpi/tables/*; do
	[ -f "$f" ] || continue
	echo "TABLE ${f##*/}"
	base64 "$f"
	echo "END"
done
dmesg >/tmp/dmesg
grep -E 'ACPI: (RSDP|XSDT|RSDT|[A-Z0-9]{4}) 0x' /tmp/dmesg | sed 's/^\[[^]]*\] //; s/^/DMESG /'
echo "CAPTURE-END"
fact() { echo "FACT $*"; }
fact cpu_online "$(cat /sys/devices/system/cpu/online)"
fact cpu_possible "$(cat /sys/devices/system/cpu/possible)"
fact nodes "$(ls -d /sys/devices/system/node/node* 2>/dev/null | sed 's|.*/||' | xargs)"
if grep -q ' acpi$' /proc/interrupts; then fact sci_handler 1; else fact sci_handler 0; fi
for d in /sys/bus/acpi/devices/*; do
	[ -e "$d" ] || continue
	fact acpi_dev "$(cat "$d/hid" 2>/dev/null || echo -) $(cat "$d/path" 2>/dev/null || echo -)"
done
# The kernel's words about the MADT, the STAO and any ACPI trouble.
grep -E 'IOAPIC\[[0-9]+\]|STAO|SPCR|Using ACPI \(MADT\)|smpboot: Allowing|ACPI (BIOS )?(Warning|Error|Exception)|ACPI.*([Cc]hecksum|[Ii]nvalid|AE_[A-Z])' /tmp/dmesg |
	grep -v 'Early table checksum verification disabled' |
	sed 's/^\[[^]]*\] *//' | while read -r line; do fact log "$line"; done
fact end
poweroff -f
