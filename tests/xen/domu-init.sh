#!/bin/busybox sh
# shellcheck shell=sh
# /init of the e2e domUs' busybox initramfs: prints what Linux made of the
# ACPI tables it was given, as "DOMU key value..." lines on the console
# (hvc0 of a PVH domU, which xenconsoled writes to
# /var/log/xen/console/guest-NAME.log in dom0; ttyS0 of the HVM domU, which
# its config sends to the same file), then ends the domain.
# tests/boot/init.sh cannot be reused as is: it ends the VM through QEMU's
# isa-debug-exit port and reboot -f, which a PVH domU has no use for (a
# reboot would restart the domain).
/bin/busybox mount -t devtmpfs devtmpfs /dev
/bin/busybox mount -t proc proc /proc
/bin/busybox mount -t sysfs sysfs /sys
/bin/busybox --install -s /bin
export PATH=/bin
# hvc0 is interrupt-driven through an event channel: plain tty writes work.
exec </dev/null >/dev/console 2>&1
# Kernel messages on the console could land inside our lines (a PVH run
# once missed all its "DOMU madt_cpu" lines, perhaps so): from here on the
# console has only ours, dmesg keeps the rest.
dmesg -n 1

out() { echo "DOMU $*"; }

out begin
out kernel "$(uname -r)"
dmesg >/tmp/dmesg
# Linux's own listing: "ACPI: FACP 0x00000000FC000180 000114 (v06 Xen ...)"
grep -E 'ACPI: [A-Z0-9_]{4} 0x[0-9A-F]+ ' /tmp/dmesg | sed 's/^\[[^]]*\] *ACPI: //' |
	while read -r line; do out table "$line"; done
grep -E 'ACPI (BIOS )?(Warning|Error|Exception)' /tmp/dmesg | sed 's/^\[[^]]*\] *//' |
	while read -r line; do out acpi_complaint "$line"; done
out sysfs_tables "$(for t in /sys/firmware/acpi/tables/*; do [ -f "$t" ] && echo "${t##*/}"; done | sort | xargs)"
out aml_loaded "$(sed -n 's/.*ACPI: \([0-9]*\) ACPI AML tables successfully acquired and loaded.*/\1/p' /tmp/dmesg)"
# FADT Flags live at offset 112; bit 20 is HW_REDUCED_ACPI.
out fadt_flags "0x$(od -An -tx4 -j112 -N4 /sys/firmware/acpi/tables/FACP 2>/dev/null | tr -d ' ')"
out cpu_online "$(cat /sys/devices/system/cpu/online)"
out cpu_possible "$(cat /sys/devices/system/cpu/possible)"
out cpu_present "$(cat /sys/devices/system/cpu/present)"
# The MADT's processor entries from the table's bytes: "madt_cpu TYPE UID
# APICID FLAGS" (type 0 local APIC, 9 x2APIC; flags bit 0 enabled, bit 1
# online capable), entries from byte 44.
od -An -tu1 -v /sys/firmware/acpi/tables/APIC 2>/dev/null | tr -s ' \n' '\n\n' | grep . |
	awk '{ b[n++] = $1 }
	function le(o, k,  v, i) { v = 0; for (i = k - 1; i >= 0; i--) v = v * 256 + b[o + i]; return v }
	END { for (o = 44; o + 2 <= n && b[o + 1] >= 2; o += b[o + 1]) {
		if (b[o] == 0) print "madt_cpu 0", b[o + 2], b[o + 3], le(o + 4, 4)
		if (b[o] == 9) print "madt_cpu 9", le(o + 12, 4), le(o + 4, 4), le(o + 8, 4) } }' |
	while read -r line; do out "$line"; done

# One line per ACPI device: name hid path status driver
for d in /sys/bus/acpi/devices/*; do
	[ -e "$d" ] || continue
	drv=-
	[ -e "$d/driver" ] && drv=$(basename "$(readlink "$d/driver")")
	out acpi_dev "${d##*/} $(cat "$d/hid" 2>/dev/null || echo -) $(cat "$d/path" 2>/dev/null || echo -) $(cat "$d/status" 2>/dev/null || echo -) $drv"
done
bound=
for l in /sys/bus/acpi/drivers/vmgenid/*; do
	[ -L "$l" ] || continue
	case "${l##*/}" in module | bind | unbind | uevent) continue ;; esac
	bound="$bound ${l##*/}"
done
out vmgenid_bound "${bound# }"
# What the kernel said about the vmgenid device, for a failed binding.
grep -iE 'vmgenid|vm_gen|XEN0000|VGEN|VGID|memremap' /tmp/dmesg | sed 's/^\[[^]]*\] *//' |
	while read -r line; do out vmgenid_dmesg "$line"; done
# The GUID page: where the SSDT VMGENID's VGIA (Name (VGIA, DWord), the
# first object of its body: the DWord at byte 42) points, and whether the
# vmgenid driver mapped it (its memremap shows as phys= in
# /proc/vmallocinfo; the driver keeps the GUID to itself).  The GUID's 16
# bytes at byte 40 are read with guid-peek (why not busybox devmem: see
# guid-peek.c).
gpage=
for t in /sys/firmware/acpi/tables/SSDT*; do
	[ -f "$t" ] && [ "$(dd if="$t" bs=1 skip=16 count=7 2>/dev/null)" = VMGENID ] || continue
	gpage=0x$(od -An -tx4 -j42 -N4 "$t" | tr -d ' ')
done
grep -oE '\[mem 0x[0-9a-f]+-0x[0-9a-f]+\] [a-zA-Z ]+' /tmp/dmesg | while read -r line; do out e820 "$line"; done
if [ -n "$gpage" ]; then
	out vmgenid_page "$gpage"
	out vmgenid_page_mapped "$(grep -c "phys=0x0*${gpage#0x} " /proc/vmallocinfo)"
	g=$(guid-peek $((gpage + 40)) 2>/tmp/peek.err)
	out vmgenid_page_guid "${g:-unreadable}"
	[ -n "$g" ] || out vmgenid_page_err "$(tr '\n' ' ' </tmp/peek.err)"
fi
out end
# Let hvc0 drain before the domain goes away with its console ring.
sleep 1
poweroff -f
