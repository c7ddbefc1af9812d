#!/bin/bash
# Boot test: checks an ACPI table image on the host, then boots a real Linux
# (Debian 12's 6.1) on it under QEMU (TCG, -machine pc, SeaBIOS) and checks
# what Linux made of it.
#
#   tests/boot/boot-test.sh DIR
#
# DIR holds:
#   tables.bin        raw image of the tables, laid out for TABLES_ADDR
#   vmgenid-guid.bin  optional 4096-byte page, GUID at offset 40
#   boot.env          shell assignments: TABLES_ADDR RSDP_ADDR GUID_PAGE_ADDR
#                     VCPUS MAXVCPUS MAX_APIC_ID OEM_ID TABLES HW_REDUCED
#                     VMGENID VMGENID_GUID EXTRA_DEVICES, and optionally
#                     LISTED ("SIG" or "SIG:OEMTABLEID" each Linux must list,
#                     whatever its OEM ID: tables from a device model),
#                     SYSFS_TABLES (exactly the files Linux puts in
#                     /sys/firmware/acpi/tables) and AML_TABLES (how many
#                     DSDT/SSDTs ACPICA must load)
# It writes DIR/boot.log (serial console) and DIR/qemu.stderr, prints one
# "PASS: ..." or "FAIL: ..." line per assertion, ends with "N passed, M failed"
# and exits non-zero on any failure, including a missing QEMU or kernel.
#
# Knobs: QEMU, BOOT_TEST_KERNEL, BUSYBOX (static), BOOT_TEST_CACHE (the
# initramfs cache, default tests/boot/.cache), BOOT_TEST_TIMEOUT (seconds,
# default 120), BOOT_TEST_CPU (QEMU -cpu, default max).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
passed=0
failed=0

pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
# check MESSAGE CMD...: PASS if CMD succeeds.
check() {
	local msg=$1
	shift
	if "$@"; then pass "$msg"; else fail "$msg"; fi
}
finish() {
	echo "$passed passed, $failed failed"
	[ "$failed" = 0 ]
	exit
}
# A missing prerequisite is a failure, not a skip: CI must not go green
# without having booted anything.
fatal() {
	fail "$*"
	finish
}

[ $# = 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
[ -d "$1" ] || { echo "$0: $1: not a directory" >&2; exit 2; }
dir=$(cd "$1" && pwd)
[ -f "$dir/boot.env" ] || fatal "$dir/boot.env missing"
[ -f "$dir/tables.bin" ] || fatal "$dir/tables.bin missing"

TABLES_ADDR='' RSDP_ADDR='' GUID_PAGE_ADDR='' VCPUS='' MAXVCPUS='' MAX_APIC_ID='' OEM_ID=''
TABLES='' HW_REDUCED='' VMGENID=0 VMGENID_GUID='' EXTRA_DEVICES=''
LISTED='' SYSFS_TABLES='' AML_TABLES=''
# shellcheck disable=SC1091
. "$dir/boot.env"
for v in TABLES_ADDR RSDP_ADDR VCPUS MAXVCPUS MAX_APIC_ID OEM_ID TABLES HW_REDUCED; do
	[ -n "${!v}" ] || fatal "boot.env does not set $v"
done
if [ "$VMGENID" = 1 ]; then
	if [ -z "$GUID_PAGE_ADDR" ] || [ ! -f "$dir/vmgenid-guid.bin" ] || [ -z "$VMGENID_GUID" ]; then
		fatal "VMGENID=1 needs GUID_PAGE_ADDR, VMGENID_GUID and vmgenid-guid.bin"
	fi
fi

### Host side: Linux only warns about bad checksums (and not at all for an
### RSDP given by acpi_rsdp=), so the image is checked here first.

img=$dir/tables.bin
img_size=$(stat -c %s "$img")
img_base=$((TABLES_ADDR))

# Little-endian unsigned integer of $2 bytes at image offset $1.
rd() { od -An -tu"$2" -j"$1" -N"$2" "$img" | tr -d ' '; }
rds() { dd if="$img" bs=1 skip="$1" count="$2" 2>/dev/null | tr -c 'A-Za-z0-9 _' '?'; }
sum8() { od -An -tu1 -v -j"$1" -N"$2" "$img" | awk '{for (i = 1; i <= NF; i++) s += $i} END {print s % 256}'; }
# Image offset of guest-physical address $1 holding $2 bytes, or fail.
off_of() {
	local o=$(($1 - img_base))
	if [ "$o" -lt 0 ] || [ $((o + $2)) -gt "$img_size" ]; then
		printf 'address 0x%x (+%d) outside tables.bin [0x%x, 0x%x)' "$1" "$2" "$img_base" \
			$((img_base + img_size)) >&2
		return 1
	fi
	echo "$o"
}

host_rsdp() {
	local o rev len
	o=$(off_of $((RSDP_ADDR)) 20) || return 1
	[ "$(rds "$o" 8)" = "RSD PTR " ] || { echo "no 'RSD PTR ' signature" >&2; return 1; }
	[ "$(sum8 "$o" 20)" = 0 ] || { echo "checksum (first 20 bytes) is wrong" >&2; return 1; }
	rev=$(rd $((o + 15)) 1)
	[ "$rev" -ge 2 ] || { echo "revision $rev < 2: no XSDT" >&2; return 1; }
	len=$(rd $((o + 20)) 4)
	off_of $((RSDP_ADDR)) "$len" >/dev/null || return 1
	[ "$(sum8 "$o" "$len")" = 0 ] || { echo "extended checksum is wrong" >&2; return 1; }
}

# Checks the table at address $1 (signature $2, or any if empty); prints its offset.
host_table() {
	local o len sig
	o=$(off_of "$1" 36) || return 1
	sig=$(rds "$o" 4)
	[ -z "$2" ] || [ "$sig" = "$2" ] || { printf '%s at 0x%x, expected %s\n' "$sig" "$1" "$2" >&2; return 1; }
	len=$(rd $((o + 4)) 4)
	off_of "$1" "$len" >/dev/null || { echo " ($sig)" >&2; return 1; }
	[ "$(sum8 "$o" "$len")" = 0 ] || { printf '%s at 0x%x: bad checksum\n' "$sig" "$1" >&2; return 1; }
	echo "$o"
}

host_tables() {
	local ro x xl xe a o to tl fo sig n=0 nx=0 bad=0 xaddrs=" " d32 d64 f32 f64
	ro=$(off_of $((RSDP_ADDR)) 36) || return 1
	x=$(rd $((ro + 24)) 8)
	o=$(host_table "$x" XSDT) || return 1
	xl=$(rd $((o + 4)) 4)
	for ((xe = o + 36; xe < o + xl; xe += 8)); do
		a=$(rd "$xe" 8)
		xaddrs="$xaddrs$a "
		nx=$((nx + 1))
		to=$(host_table "$a" "") || { bad=1; continue; }
		n=$((n + 1))
		sig=$(rds "$to" 4)
		[ "$sig" = FACP ] || continue
		tl=$(rd $((to + 4)) 4)
		d32=$(rd $((to + 40)) 4) d64=0 f32=$(rd $((to + 36)) 4) f64=0
		[ "$tl" -lt 148 ] || d64=$(rd $((to + 140)) 8)
		[ "$tl" -lt 140 ] || f64=$(rd $((to + 132)) 8)
		if [ "$d64" != 0 ] && [ "$d32" != 0 ] && [ "$d64" != "$d32" ]; then
			echo "FADT: DSDT 0x$(printf %x "$d32") != X_DSDT 0x$(printf %x "$d64")" >&2; bad=1
		fi
		[ "$d64" != 0 ] || d64=$d32
		if [ "$d64" = 0 ]; then echo "FADT has no DSDT" >&2; bad=1
		else host_table "$d64" DSDT >/dev/null || bad=1; n=$((n + 1)); fi
		[ "$f64" != 0 ] || f64=$f32
		if [ "$f64" != 0 ]; then # FACS has no checksum
			if ! fo=$(off_of "$f64" 64) || [ "$(rds "$fo" 4)" != FACS ]; then
				echo "FADT FIRMWARE_CTRL does not point at a FACS" >&2
				bad=1
			fi
		fi
	done
	# The RSDT must list the same tables (old OSes read it instead).
	a=$(rd $((ro + 16)) 4)
	if [ "$a" != 0 ]; then
		if o=$(host_table "$a" RSDT); then
			xl=$(rd $((o + 4)) 4)
			for ((xe = o + 36; xe < o + xl; xe += 4)); do
				case "$xaddrs" in *" $(rd "$xe" 4) "*) ;;
				*) echo "RSDT entry $(rd "$xe" 4) not in XSDT" >&2; bad=1 ;; esac
			done
			[ $(((xl - 36) / 4)) = "$nx" ] ||
				{ echo "RSDT and XSDT list different numbers of tables" >&2; bad=1; }
		else bad=1; fi
	fi
	echo "$n"
	return $bad
}

if err=$(host_rsdp 2>&1); then
	pass "host: RSDP at $RSDP_ADDR: signature, revision >= 2, both checksums"
else
	fail "host: RSDP at $RSDP_ADDR: $err"
fi
errf=$(mktemp)
if out=$(host_tables 2>"$errf"); then
	pass "host: all $out tables reachable from the XSDT (and the RSDT) are inside tables.bin and sum to zero"
else
	fail "host: tables reachable from the XSDT: $(tr '\n' ' ' <"$errf")"
fi
rm -f "$errf"

### Prerequisites for the boot.

qemu=${QEMU:-qemu-system-x86_64}
command -v "$qemu" >/dev/null || fatal "QEMU ($qemu) not found: install qemu-system-x86"
kernel=${BOOT_TEST_KERNEL:-$(printf '%s\n' /boot/vmlinuz-* | sort -V | tail -n1)}
[ -r "$kernel" ] || fatal "no readable kernel (/boot/vmlinuz-*): install linux-image-amd64"
busybox=${BUSYBOX:-$(command -v busybox || true)}
[ -n "$busybox" ] || fatal "busybox not found: install busybox-static"
# A dynamic busybox would die in the initramfs, where there is no libc.
if od -An -c -N 4096 "$busybox" | tr -d ' \n' | grep -q 'ld-linux'; then
	fatal "$busybox is dynamically linked: install busybox-static"
fi
command -v cpio >/dev/null || fatal "cpio not found"

### The initramfs, cached across runs (keyed on init.sh and busybox).

cache=${BOOT_TEST_CACHE:-$here/.cache}
mkdir -p "$cache" 2>/dev/null && [ -w "$cache" ] || cache=${TMPDIR:-/tmp}/xen-acpigen-boot-cache
mkdir -p "$cache"
key=$(cat "$here/init.sh" "$busybox" | sha256sum | cut -c1-16)
initrd=$cache/initramfs-$key.cpio.gz
if [ ! -s "$initrd" ]; then
	root=$(mktemp -d "$cache/root.XXXXXX")
	mkdir -p "$root/bin" "$root/dev" "$root/proc" "$root/sys" "$root/tmp"
	cp "$busybox" "$root/bin/busybox"
	cp "$here/init.sh" "$root/init"
	chmod 755 "$root/init" "$root/bin/busybox"
	# Renamed into place so that parallel runs never see half a file.
	(cd "$root" && find . | sort | cpio -o -H newc --quiet -R 0:0) | gzip -9 >"$initrd.tmp.$$"
	mv "$initrd.tmp.$$" "$initrd"
	rm -rf "$root"
fi

### Boot.

page_up() { echo $((($1 + 4095) & ~4095)); }
page_down() { echo $(($1 & ~4095)); }
tbl_lo=$(page_down "$img_base")
tbl_hi=$(page_up $((img_base + img_size)))
ranges_end=$tbl_hi
append="console=ttyS0 acpi_rsdp=$RSDP_ADDR"
append="$append memmap=$(printf "0x%x\$0x%x" $((tbl_hi - tbl_lo)) "$tbl_lo")"
# QEMU option values escape a comma by doubling it.
loaders=(-device "loader,file=${img//,/,,},addr=$TABLES_ADDR,force-raw=on")
if [ -n "$GUID_PAGE_ADDR" ] && [ -f "$dir/vmgenid-guid.bin" ]; then
	g_lo=$(page_down $((GUID_PAGE_ADDR)))
	g_hi=$(page_up $((GUID_PAGE_ADDR + $(stat -c %s "$dir/vmgenid-guid.bin"))))
	[ "$g_hi" -le "$ranges_end" ] || ranges_end=$g_hi
	append="$append memmap=$(printf "0x%x\$0x%x" $((g_hi - g_lo)) "$g_lo") bt.guid_page=$GUID_PAGE_ADDR"
	g_file=$dir/vmgenid-guid.bin
	loaders+=(-device "loader,file=${g_file//,/,,},addr=$GUID_PAGE_ADDR,force-raw=on")
fi
# Without it, HW-reduced Linux may hang calibrating against a PIT it does
# not use; TCG's TSC runs at the host's rate.
khz=$(awk -F': *' '/^cpu MHz/ {printf "%d", $2 * 1000; exit}' /proc/cpuinfo)
[ -z "$khz" ] || append="$append tsc_early_khz=$khz"
append="$append tsc=reliable"
# panic=-1 turns a panic into a reset, which -no-reboot turns into an exit;
# /init reports through /dev/kmsg, which must not be rate-limited.
append="$append panic=-1 printk.devkmsg=on"

# The ranges must be RAM that nothing else uses: below 80 MiB are SeaBIOS,
# the kernel and its decompression; QEMU's PC has no RAM from 0xE0000000
# (0xC0000000 with >= 3.5 GiB) to 4 GiB, whatever -m says, so Xen's
# 0xFC000000 reads back as zeros there.
ranges_start=$tbl_lo
[ -z "${g_lo:-}" ] || [ "$g_lo" -ge "$ranges_start" ] || ranges_start=$g_lo
if [ "$ranges_start" -lt $((0x5000000)) ] || [ "$ranges_end" -gt $((0xb0000000)) ]; then
	fatal "$(printf 'tables/GUID page at [0x%x, 0x%x): the boot test needs them inside [0x5000000, 0xb0000000)' \
		"$ranges_start" "$ranges_end")"
fi
# SeaBIOS puts the initramfs at the top of RAM: leave room above the ranges.
mem_mb=$(((ranges_end >> 20) + 128))
[ "$mem_mb" -ge 256 ] || mem_mb=256

# QEMU numbers APIC IDs 0..N-1: give it enough vCPUs to cover the MADT's
# highest ID (extra vCPUs that the MADT does not list just stay parked).
smp=$((MAX_APIC_ID + 1))
[ "$smp" -ge "$VCPUS" ] || smp=$VCPUS
[ "$smp" -le 255 ] || fatal "MAX_APIC_ID=$MAX_APIC_ID needs x2APIC, which QEMU 7.2 TCG lacks"
accel=tcg
[ "$smp" -le "$(nproc)" ] || accel=tcg,thread=single

# SeaBIOS publishes an MP table with an IO APIC unless it believes more than
# 255 CPUs are possible; Linux would take that IO APIC when our MADT has none.
max_cpus=$cache/max-cpus-256.bin
if [ ! -s "$max_cpus" ]; then
	printf '\000\001' >"$max_cpus.tmp.$$"
	mv "$max_cpus.tmp.$$" "$max_cpus"
fi

timeout_s=${BOOT_TEST_TIMEOUT:-120}
log=$dir/boot.log
# shellcheck disable=SC2054 # commas inside QEMU option values
qemu_cmd=("$qemu" -machine pc -accel "$accel" -cpu "${BOOT_TEST_CPU:-max}"
	-smp "$smp" -m "$mem_mb" -nodefaults -vga none -display none -no-reboot
	-serial "file:$log" -monitor none
	-device isa-debug-exit,iobase=0xf4,iosize=0x01
	-fw_cfg "name=etc/max-cpus,file=${max_cpus//,/,,}"
	-kernel "$kernel" -initrd "$initrd" -append "$append"
	"${loaders[@]}")
echo "# ${qemu_cmd[*]}"
t0=$(date +%s)
set +e
timeout -k 5 "$timeout_s" "${qemu_cmd[@]}" 2>"$dir/qemu.stderr"
rc=$?
set -e
echo "# QEMU exited with $rc after $(($(date +%s) - t0)) s"

# isa-debug-exit: the guest's "1" becomes exit code 3.
facts=$(tr -d '\r' <"$log" | sed -n 's/^\(\[[ 0-9.]*\] \)\{0,1\}FACT //p')
if [ "$rc" = 3 ] && printf '%s\n' "$facts" | grep -qx end; then
	pass "boot: Linux reached /init and reported its facts"
else
	why="QEMU exit $rc"
	[ "$rc" != 124 ] || why="timed out after ${timeout_s}s"
	fail "boot: no complete facts ($why; see $log, $dir/qemu.stderr)"
fi

fact() { printf '%s\n' "$facts" | sed -n "s/^$1 //p"; }

### What Linux saw.

# A signature listed N times in TABLES (SSDT SSDT) needs N tables.
declare -A want_n have_n
for sig in $TABLES; do want_n[$sig]=$((${want_n[$sig]:-0} + 1)); done
oem_id=${OEM_ID%"${OEM_ID##*[! ]}"} # Linux pads the OEM ID with blanks
while read -r s _ _ _ oem _; do
	# A FACS line carries no "(vNN OEMID ...)" part.
	if [ "$s" = FACS ] || [ "${oem%)}" = "$oem_id" ]; then have_n[$s]=$((${have_n[$s]:-0} + 1)); fi
done < <(fact table)
missing=
for sig in "${!want_n[@]}"; do
	[ "${have_n[$sig]:-0}" -ge "${want_n[$sig]}" ] || missing="$missing $sig(${have_n[$sig]:-0}/${want_n[$sig]})"
done
if [ -z "$missing" ]; then pass "guest: Linux lists $TABLES with OEM ID $OEM_ID"
else fail "guest: not listed with OEM ID $OEM_ID:$missing"; fi

# Linux's header line: "SIG 0x%016X %06X (v%02d %-6.6s %-8.8s %08X ...)",
# so the OEM table ID is the 8 characters after "(vNN OEMID_ ".
for want in $LISTED; do
	sig=${want%%:*} tid=
	[ "$sig" = "$want" ] || tid=${want#*:}
	n=$(fact table | S=$sig T=$tid awk '
		$1 == ENVIRON["S"] {
			i = index($0, "(v"); id = substr($0, i + 12, 8); sub(/ +$/, "", id)
			if (ENVIRON["T"] == "" || id == ENVIRON["T"]) n++
		}
		END { print n + 0 }')
	check "guest: Linux lists $sig${tid:+ with OEM table ID $tid}" [ "$n" -gt 0 ]
done
if [ -n "$SYSFS_TABLES" ]; then
	seen=$(fact sysfs_tables | tr ' ' '\n' | LC_ALL=C sort | xargs)
	want=$(tr ' ' '\n' <<<"$SYSFS_TABLES" | LC_ALL=C sort | xargs)
	check "guest: /sys/firmware/acpi/tables holds $want (${seen:-nothing})" [ "$seen" = "$want" ]
fi
if [ -n "$AML_TABLES" ]; then
	n=$(fact aml_loaded)
	check "guest: ACPICA loaded ${n:-no} AML tables, expected AML_TABLES=$AML_TABLES" \
		[ "$n" = "$AML_TABLES" ]
fi

complaints=$(fact acpi_complaint)
if [ -z "$complaints" ]; then pass "guest: no ACPI checksum/length/Invalid/AE_ complaints"
else fail "guest: ACPI complaints: $(printf '%s' "$complaints" | tr '\n' '|')"; fi

# Linux prints nothing about HW-reduced mode; in it, ACPICA installs no SCI
# handler, the ACPI scan creates no fixed-feature buttons and x86 skips the
# legacy timer (no PIT/HPET clockevent).
sci=$(fact sci_handler)
fixed=$(fact acpi_dev | awk '$2 == "LNXPWRBN" || $2 == "LNXSLPBN"' | wc -l)
clockevents=$(fact clockevents)
legacy_timer=0
case " $clockevents " in *" pit "* | *" hpet"*) legacy_timer=1 ;; esac
if [ "$sci" = 0 ] && [ "$fixed" = 0 ] && [ "$legacy_timer" = 0 ]; then seen=1
elif [ "$sci" = 1 ]; then seen=0
else seen=unknown; fi
check "guest: HW-reduced mode is $seen (SCI handler: ${sci:-?}, fixed buttons: $fixed, clockevents: ${clockevents:-none}), expected $HW_REDUCED" \
	[ "$seen" = "$HW_REDUCED" ]

count_cpus() { # "0-3,5" -> 5
	local n=0 r
	for r in ${1//,/ }; do
		case "$r" in *-*) n=$((n + ${r#*-} - ${r%-*} + 1)) ;; *) n=$((n + 1)) ;; esac
	done
	echo $n
}
online=$(fact cpu_online)
possible=$(fact cpu_possible)
n_online=$(count_cpus "$online")
n_possible=$(count_cpus "$possible")
check "guest: $n_online CPUs online (${online:-?}), expected VCPUS=$VCPUS" \
	[ -n "$online" -a "$n_online" = "$VCPUS" ]
# Not-enabled MADT entries count as possible (hot-pluggable) CPUs only when
# Linux accepts them: with an FADT of revision 6.3 or later (the MADT's
# revision does not matter) they need the "Online Capable" flag.
check "guest: $n_possible CPUs possible (${possible:-?}), expected MAXVCPUS=$MAXVCPUS" \
	[ -n "$possible" -a "$n_possible" = "$MAXVCPUS" ]

n_cpu_dev=$(fact acpi_dev | awk '$2 == "ACPI0007"' | wc -l)
check "guest: $n_cpu_dev ACPI0007 processor devices, expected MAXVCPUS=$MAXVCPUS" \
	[ "$n_cpu_dev" = "$MAXVCPUS" ]

bound=$(fact vmgenid_bound)
if [ "$VMGENID" = 1 ]; then
	check "guest: vmgenid driver bound (${bound:-nothing}), expected bound" [ -n "$bound" ]
	# The GUID in the page, little-endian fields as in Microsoft's spec.
	g=${VMGENID_GUID//-/}
	le=
	for f in "${g:0:8}" "${g:8:4}" "${g:12:4}"; do
		for ((i = ${#f} - 2; i >= 0; i -= 2)); do le=$le${f:i:2}; done
	done
	le=$(echo "$le${g:16:16}" | tr 'A-F' 'a-f')
	seen=$(fact vmgenid_page_guid)
	check "guest: /dev/mem holds VMGENID_GUID at GUID_PAGE_ADDR+40 (${seen:-nothing}, expected $le)" \
		[ "$seen" = "$le" ]
	# Linux 6.1 does not expose the GUID it read; its memremap() of the
	# address _SB.VGEN.ADDR returned shows in vmallocinfo, page-aligned.
	page=$(printf 'phys=0x%016x' "$(page_down $((GUID_PAGE_ADDR)))")
	n=$(fact ioremap | awk -v p="$page" '$3 ~ /^memremap\+/ && $4 == p' | wc -l)
	check "guest: Linux memremap()ed the GUID page ($page) that _SB.VGEN.ADDR points into" [ "$n" -gt 0 ]
else
	check "guest: vmgenid driver not bound (${bound:-nothing}), expected unbound" [ -z "$bound" ]
fi

# Linux shows paths with every name segment padded to 4 characters
# (\_SB_.VGEN), so pad the expected ones the same way.
acpi_path() {
	local p=${1#\\} seg out="\\"
	local IFS=.
	for seg in $p; do
		while [ ${#seg} -lt 4 ]; do seg=${seg}_; done
		out=$out$seg.
	done
	echo "${out%.}"
}
for p in $EXTRA_DEVICES; do
	want=$(acpi_path "$p")
	# Through ENVIRON: awk -v would eat the backslashes.
	n=$(fact acpi_dev | P=$want awk '$3 == ENVIRON["P"]' | wc -l)
	check "guest: ACPI device $p ($want) present" [ "$n" -gt 0 ]
done

finish
