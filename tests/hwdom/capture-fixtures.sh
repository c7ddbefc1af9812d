#!/bin/bash
# capture-fixtures.sh OUTDIR - capture the ACPI tables real firmware builds,
# as fixtures for the hardware-domain rewrite (issue 11): boots Debian's
# kernel under QEMU (TCG, SeaBIOS, 4 CPUs, 512 MiB) on the `pc` and `q35`
# machines with a busybox initramfs (capture-init.sh) that prints
# /sys/firmware/acpi/tables/* and the kernel's "ACPI: SIG 0xADDR" lines on
# the serial console.  Writes OUTDIR/<machine>/<NAME>.dat (as sysfs names
# them: DSDT, FACP, APIC, SSDT1, ...) and OUTDIR/<machine>/dmesg-acpi.txt
# (the table addresses), and checks each table's length and checksum (the FACS has none).
# Not part of make check: the fixtures it wrote are committed
# (tests/fixtures/host-tables/README.md says how and when).
set -euo pipefail

out=${1:?usage: $0 OUTDIR}
here=$(cd "$(dirname "$0")" && pwd)
kernel=$(printf '%s\n' /boot/vmlinuz-* | sort -V | tail -n1)
busybox=$(command -v busybox)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/root/bin" "$tmp/root/proc" "$tmp/root/sys"
cp "$busybox" "$tmp/root/bin/busybox"
install -m 0755 "$here/capture-init.sh" "$tmp/root/init"
(cd "$tmp/root" && find . | sort | cpio -o -H newc --quiet -R 0:0) | gzip -9 >"$tmp/initrd.gz"

for machine in pc q35; do
	echo "capture: $machine"
	timeout 300 qemu-system-x86_64 -machine "$machine" -accel tcg -cpu max -smp 4 -m 512 \
		-nographic -no-reboot -net none -kernel "$kernel" -initrd "$tmp/initrd.gz" \
		-append "console=ttyS0 loglevel=4 panic=-1" </dev/null >"$tmp/$machine.log" 2>&1 || true
	tr -d '\r' <"$tmp/$machine.log" >"$tmp/$machine.txt"
	grep -q '^CAPTURE-END' "$tmp/$machine.txt" || { echo "capture: $machine: no CAPTURE-END"; tail -20 "$tmp/$machine.txt"; exit 1; }
	d=$out/$machine
	rm -rf "$d"
	mkdir -p "$d"
	awk -v d="$d" '
		/^TABLE / { name = $2; file = d "/" name ".b64"; next }
		/^END$/ { close(file); name = ""; next }
		name != "" { print > file }
	' "$tmp/$machine.txt"
	for b in "$d"/*.b64; do
		base64 -d "$b" >"${b%.b64}.dat"
		rm "$b"
	done
	sed -n 's/^DMESG //p' "$tmp/$machine.txt" >"$d/dmesg-acpi.txt"
	for f in "$d"/*.dat; do
		n=$(stat -c %s "$f")
		len=$(od -An -tu4 -j4 -N4 "$f" | tr -d ' ')
		sum=$(od -An -v -tu1 "$f" | tr -s ' ' '\n' | awk 'NF { s += $1 } END { print s % 256 }')
		# The FACS has no checksum.
		case ${f##*/} in FACS.dat) sum=0 ;; esac
		[ "$len" = "$n" ] && [ "$sum" = 0 ] || { echo "capture: $f: length $len (file $n), checksum $sum"; exit 1; }
	done
	echo "capture: $machine: $(ls "$d" | grep -c '\.dat$') tables: $(ls "$d" | sed -n 's/\.dat$//p' | xargs)"
done
