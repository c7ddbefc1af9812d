#!/bin/busybox sh
# shellcheck shell=sh
# /init of the boot test's initramfs: prints what Linux made of our ACPI
# tables as "FACT key value..." lines on the serial console, then ends the
# VM. boot-test.sh parses these lines on the host.
/bin/busybox mount -t devtmpfs devtmpfs /dev
/bin/busybox mount -t proc proc /proc
/bin/busybox mount -t sysfs sysfs /sys
# --install finds busybox through /proc/self/exe.
/bin/busybox --install -s /bin
export PATH=/bin
# Everything goes out through the kernel log: with HW-reduced tables there
# is no IO APIC or 8259, so the serial port has no IRQ and tty writes never
# leave the guest, while printk's console writes by polling.
exec </dev/null >/dev/kmsg 2>&1

fact() { echo "<5>FACT $*" >/dev/kmsg; }

# Parameters from the kernel command line (bt.KEY=VALUE).
guid_page=
for w in $(cat /proc/cmdline); do
	case "$w" in
	bt.guid_page=*) guid_page=${w#bt.guid_page=} ;;
	esac
done

fact begin
fact kernel "$(uname -r)"
fact cmdline "$(cat /proc/cmdline)"

dmesg >/tmp/dmesg
# Tables Linux installed, in its own words:
#   ACPI: FACP 0x0000000007000180 000114 (v06 Xen    HVM      00000000 XACG 00000001)
grep -E 'ACPI: [A-Z0-9_]{4} 0x[0-9A-F]+ ' /tmp/dmesg | sed 's/^\[[^]]*\] *//' |
	while read -r line; do fact table "${line#ACPI: }"; done
# ACPICA prefixes its diagnostics with "ACPI Warning/Error/BIOS ...";
# Linux's own ACPI code says "ACPI: ..." and is caught by keyword.
# "Early table checksum verification disabled" is Linux's default, not a complaint.
grep -E 'ACPI (BIOS )?(Warning|Error|Exception)|ACPI.*([Cc]hecksum|[Ii]nvalid|AE_[A-Z]|[Bb]ad |[Ff]ailed|FW_BUG|firmware bug|[Ll]ength)' /tmp/dmesg |
	grep -v 'Early table checksum verification disabled' |
	sed 's/^\[[^]]*\] *//' | while read -r line; do fact acpi_complaint "$line"; done

# The table files Linux exposes (SSDT1, SSDT2 ... when a signature repeats),
# and how many DSDT/SSDTs ACPICA loaded into the namespace.
fact sysfs_tables "$(for t in /sys/firmware/acpi/tables/*; do [ -f "$t" ] && echo "${t##*/}"; done | sort | xargs)"
fact aml_loaded "$(sed -n 's/.*ACPI: \([0-9]*\) ACPI AML tables successfully acquired and loaded.*/\1/p' /tmp/dmesg)"

# Linux prints nothing when it enters HW-reduced mode, so look at what it
# does differently: ACPICA installs no SCI handler ("acpi" in
# /proc/interrupts), x86 skips the legacy timer (no PIT clockevent) and the
# 8259 PIC, and the scan skips the fixed power/sleep buttons (LNXPWRBN/LNXSLPBN).
if grep -q ' acpi$' /proc/interrupts; then fact sci_handler 1; else fact sci_handler 0; fi
fact clockevents "$(cat /sys/devices/system/clockevents/*/current_device 2>/dev/null | sort -u | xargs)"
fact irqs "$(awk 'NR > 1 && $1 ~ /^[0-9]+:$/ {printf "%s%s ", $1, $NF}' /proc/interrupts)"
fadt_flags=$(od -An -tx4 -j112 -N4 /sys/firmware/acpi/tables/FACP 2>/dev/null | tr -d ' ')
fact fadt_flags "0x${fadt_flags:-none}"

fact cpu_online "$(cat /sys/devices/system/cpu/online)"
fact cpu_possible "$(cat /sys/devices/system/cpu/possible)"
fact cpu_present "$(cat /sys/devices/system/cpu/present)"

# Every ACPI device: name hid path status driver physical-node
for d in /sys/bus/acpi/devices/*; do
	[ -e "$d" ] || continue
	n=${d##*/}
	hid=$(cat "$d/hid" 2>/dev/null)
	path=$(cat "$d/path" 2>/dev/null)
	sta=$(cat "$d/status" 2>/dev/null)
	# Processors get no ACPI driver: the processor driver binds to the
	# CPU device, which physical_node links to.
	drv=- phys=-
	[ -e "$d/driver" ] && drv=$(basename "$(readlink "$d/driver")")
	[ -e "$d/physical_node" ] && phys=$(basename "$(readlink "$d/physical_node")")
	fact acpi_dev "$n ${hid:--} ${path:--} ${sta:--} $drv $phys"
	[ -e "$d/modalias" ] && fact acpi_modalias "$n $(cat "$d/modalias")"
done

# Linux 6.1's vmgenid driver keeps the GUID to itself; the page is outside
# System RAM (reserved with memmap=), so /dev/mem may still read it.
bound=
for l in /sys/bus/acpi/drivers/vmgenid/*; do
	[ -L "$l" ] || continue
	case "${l##*/}" in module|bind|unbind|uevent) continue ;; esac
	bound="$bound ${l##*/}"
done
fact vmgenid_bound "${bound# }"
if [ -n "$guid_page" ]; then
	g=$(dd if=/dev/mem bs=4096 skip=$((guid_page / 4096)) count=2 2>/dev/null |
		od -An -tx1 -j$((guid_page % 4096 + 40)) -N16 -v | tr -d ' \n')
	fact vmgenid_page_guid "${g:-unreadable}"
fi
# The driver maps the address that _SB.VGEN.ADDR returned (memremap, which
# shows in vmallocinfo): the only trace of where Linux read the GUID.
grep 'phys=' /proc/vmallocinfo | while read -r line; do fact ioremap "$line"; done

fact end
# isa-debug-exit at 0xf4 makes QEMU exit at once (printk has already
# written everything); reboot (with -no-reboot) is the fallback.
printf '\001' | dd of=/dev/port bs=1 seek=244 count=1 2>/dev/null
sleep 1
reboot -f
