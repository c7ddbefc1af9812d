#!/bin/sh
# dom0-e2e.sh: the scenario of the real-Xen e2e test, run by dom0-init.sh
# inside dom0 from the 9p share (/mnt/host), which check-xen.sh filled:
# bin/xl-acpi, bin/dm-poke, lib/libacpigen.so*, vmlinuz, the domU
# initramfs (domu-init.sh), e2e-pvh.cfg, e2e-dm.cfg, e2e-hvm.cfg,
# dm-blobs.bin, dm-blobs-hvm.bin.
#   (0) plain `xl create -p` + `xl unpause` of e2e-pvh.cfg: the baseline time
#   (a) `xl-acpi create e2e-pvh.cfg`, `xl-acpi genid`: our tables in the guest
#   (b) `xl create -p e2e-dm.cfg`, a device model's blob area (dm-poke +
#       xenstore), `xl-acpi attach`: its verdicts and the merged set
#   (c) `xl-acpi attach` on malformed dm-acpi keys: an error, no domain left
#   (h) an HVM domU with hvmloader: `xl-acpi build` of its acpi_firmware file
#       (device model blobs judged against hvmloader's names), `xl create
#       -p`, `xl-acpi attach` (the GUID page), what its Linux sees
# One "PASS: name" or "FAIL: name: why" line per check, then
# "E2E-RESULT: N passed, M failed"; check-xen.sh on the host reads that.
# POSIX sh: dom0 runs it with dash.
cd /mnt/host || exit 1
# Our binaries from dom0's own disk, as xl's: a timed run must not pay for
# loading them over 9p when xl does not.
mkdir -p /opt/e2e
cp -a /mnt/host/bin /mnt/host/lib /opt/e2e/
PATH=/opt/e2e/bin:$PATH
LD_LIBRARY_PATH=/opt/e2e/lib
export PATH LD_LIBRARY_PATH
consoles=/var/log/xen/console
tmp=/tmp/e2e
mkdir -p $tmp
guest_timeout=${E2E_GUEST_TIMEOUT:-300}
npass=0
nfail=0

pass() { npass=$((npass + 1)); echo "PASS: $*"; }
fail() { nfail=$((nfail + 1)); n=$1; shift; echo "FAIL: $n: $*"; }
ms() { echo $(($(date +%s%N) / 1000000)); }
indent() { tr -d '\r' | sed 's/^/    | /'; }
# diag FILE...: what a FAIL needs next to it, the files given (xl-acpi's
# stderr, the guest's console) and what Xen said last.
diag() {
	for f; do
		[ -s "$f" ] && { echo "    -- $f (last 40 lines)"; tail -n 40 "$f" | indent; }
	done
	echo "    -- xl list"
	xl list 2>&1 | indent
	echo "    -- xl dmesg | tail -n 20"
	xl dmesg 2>&1 | tail -n 20 | indent
}
conlog() { echo "$consoles/guest-$1.log"; }
# The guest's "DOMU key value" lines (domu-init.sh), key first.
facts() { tr -d '\r' 2>/dev/null <"$(conlog "$1")" | sed -n 's/^DOMU //p'; }
fact() { facts "$1" | sed -n "s/^$2 //p"; }
# value KEY FILE: KEY=VALUE anywhere in FILE's lines (xl-acpi's output).
value() { tr ' ' '\n' <"$2" | sed -n "s/^$1=//p" | tail -n 1; }
ncpus() { echo "$1" | awk -F, '{ for (i = 1; i <= NF; i++) n += split($i, r, "-") == 2 ? r[2] - r[1] + 1 : 1 } END { print n + 0 }'; }
# The guest's table lines "SIG 0x... LEN (vNN OEM TABLEID REV CREATOR CREV)":
# tables SIG OEM TABLEID CREATOR prints those matching ("" matches any).
tables() {
	fact "$1" table | S=$2 O=$3 T=$4 C=$5 awk '
		function ok(want, have) { return want == "" || want == have }
		ok(ENVIRON["S"], $1) && ok(ENVIRON["O"], $5) && ok(ENVIRON["T"], $6) && ok(ENVIRON["C"], $8)'
}
# has_dev NAME PATH: the guest lists ACPI device PATH (\_SB_.VGEN form);
# through ENVIRON since awk -v would eat the backslashes.
has_dev() { [ -n "$(fact "$1" acpi_dev | P=$2 awk '$3 == ENVIRON["P"]')" ]; }

# wait_gone NAME: waits until the domain is gone (it powers itself off),
# destroying it after $guest_timeout s, or 60 s after its end marker; true
# if it printed the marker.  A guest that ends but does not power off is a
# FAIL of its own ("NAME: powers off"): a user's `poweroff` would hang.
wait_gone() {
	i=0
	ended=
	while xl domid "$1" >/dev/null 2>&1 && [ $i -lt "$guest_timeout" ]; do
		if [ -z "$ended" ] && facts "$1" | grep -qx end; then
			ended=$i
		elif [ -n "$ended" ] && [ $((i - ended)) -ge 60 ]; then
			break
		fi
		sleep 1
		i=$((i + 1))
	done
	if xl domid "$1" >/dev/null 2>&1; then
		if [ -n "$ended" ]; then
			fail "$1: powers off" "still there $((i - ended)) s after its end marker (poweroff -f)"
		else
			echo "    $1 still there after $guest_timeout s without its end marker"
		fi
		echo "    -- xl list / xl vcpu-list $1"
		{ xl list "$1"; xl vcpu-list "$1"; } 2>&1 | indent
		echo "    -- $(conlog "$1") (last 25 lines)"
		tail -n 25 "$(conlog "$1")" 2>&1 | indent
		echo "    -- xl dmesg | tail -n 15"
		xl dmesg 2>&1 | grep -v ' save: \| restore: ' | tail -n 15 | indent
		xl destroy "$1"
	elif [ -n "$ended" ] || facts "$1" | grep -qx end; then
		pass "$1: powers off after its end marker"
	fi
	facts "$1" | grep -qx end
}

# guest_checks NAME: what every guest must show.
guest_checks() {
	c=$(fact "$1" acpi_complaint)
	if [ -z "$c" ]; then pass "$1: no ACPI warnings or errors in the guest"
	else fail "$1" "ACPI complaints: $(echo "$c" | tr '\n' '|')"; fi
	echo "    $1's tables, as Linux lists them:"
	fact "$1" table | indent
	echo "    $1: /sys/firmware/acpi/tables: $(fact "$1" sysfs_tables)"
}

echo "E2E: $(uname -r), $(xl info 2>/dev/null | sed -n 's/^xen_version *: //p'), $(xl info 2>/dev/null | grep -c .) lines of xl info"
for b in xl-acpi dm-poke; do
	if [ ! -x "bin/$b" ]; then fail "prereq" "bin/$b missing from the share"
	elif ldd "bin/$b" | grep -q 'not found'; then fail "prereq" "bin/$b: $(ldd "bin/$b" | grep 'not found' | xargs)"; fi
done

###### (0) baseline: plain xl create -p + unpause of the same config
# Both timed creates read the kernel and initramfs over 9p: read them once
# first, so that neither pays for a cold cache the other does not.
cat vmlinuz domu-initrd.cpio.gz >/dev/null
plain_ms=
rm -f "$(conlog e2e-pvh)"
t0=$(ms)
if xl create -p e2e-pvh.cfg >$tmp/plain.out 2>&1; then
	t1=$(ms)
	xl unpause e2e-pvh
	t2=$(ms)
	plain_ms=$((t2 - t0))
	echo "TIMING plain_create_ms=$plain_ms (xl create -p $((t1 - t0)) ms, xl unpause $((t2 - t1)) ms)"
	if wait_gone e2e-pvh; then
		pass "baseline: xl create e2e-pvh.cfg: the domU ran to its end marker"
		echo "    baseline domU (libxl's own tables):"
		fact e2e-pvh table | indent
	else
		fail "baseline" "the plain domU never printed its end marker"
		diag $tmp/plain.out "$(conlog e2e-pvh)"
	fi
else
	fail "baseline" "xl create -p e2e-pvh.cfg failed"
	diag $tmp/plain.out
	xl destroy e2e-pvh 2>/dev/null
fi

###### (a) xl-acpi create + genid
guid=$(sed -n 's/^vmgenid *= *"\(.*\)"/\1/p' e2e-pvh.cfg | tr 'A-F' 'a-f')
rm -f "$(conlog e2e-pvh)"
t0=$(ms)
timeout 240 xl-acpi create /mnt/host/e2e-pvh.cfg >$tmp/a.out 2>$tmp/a.err
rc=$?
wall_ms=$(($(ms) - t0))
domid=$(sed -n 's/^domid=\([0-9][0-9]*\)$/\1/p' $tmp/a.out | tail -n 1)
if [ $rc = 0 ] && [ -n "$domid" ]; then
	pass "create: xl-acpi create e2e-pvh.cfg made domain $domid (${wall_ms} ms wall)"
	sed -n 's/^ACPI: /    xl-acpi: /p' $tmp/a.out
	timeout 60 xl-acpi genid "$domid" >$tmp/g.out 2>$tmp/g.err
	rc=$?
	got=$(value guid $tmp/g.out)
	if [ $rc = 0 ] && [ "$got" = "$guid" ]; then pass "create: xl-acpi genid $domid reads back $got"
	else fail "genid" "xl-acpi genid $domid exit $rc, guid=${got:-none}, expected $guid"; diag $tmp/g.err $tmp/g.out; fi
else
	fail "create" "xl-acpi create exit $rc${domid:+, domid=$domid}${domid:-, no domid= line}"
	diag $tmp/a.err $tmp/a.out
	xl destroy e2e-pvh 2>/dev/null
fi
if [ -z "$domid" ]; then
	fail "create" "guest checks not run: xl-acpi create made no domain"
else
if ! wait_gone e2e-pvh; then
	fail "create" "the domU never printed its end marker"
	diag "$(conlog e2e-pvh)"
fi
# The guest's own view: every table ours, none of libxl's left.
for s in DSDT FACP APIC; do
	if [ -n "$(tables e2e-pvh $s Xen "" XACG)" ]; then pass "create: guest lists $s with OEM ID Xen, creator XACG"
	else fail "create" "guest lists no $s from xl-acpi (OEM Xen, creator XACG)"; fi
done
if [ -n "$(tables e2e-pvh SSDT Xen VMGENID XACG)" ]; then pass "create: guest lists the SSDT VMGENID"
else fail "create" "guest lists no SSDT VMGENID"; fi
other=$(fact e2e-pvh table | awk 'NF >= 9 && $8 != "XACG" { print $1 "/" $8 }' | xargs)
if [ -z "$other" ] && [ -n "$(fact e2e-pvh table)" ]; then pass "create: no table in the guest from another creator (libxl's HVML)"
else fail "create" "tables from other creators: ${other:-no tables at all}"; fi
flags=$(fact e2e-pvh fadt_flags)
case $flags in
0x[0-9a-f]*) if [ $(($flags >> 20 & 1)) = 1 ]; then pass "create: FADT flags $flags have HW_REDUCED_ACPI (bit 20)"
	else fail "create" "FADT flags $flags lack HW_REDUCED_ACPI (bit 20)"; fi ;;
*) fail "create" "no FADT flags from the guest (${flags:-nothing})" ;;
esac
on=$(fact e2e-pvh cpu_online)
po=$(fact e2e-pvh cpu_possible)
nv=$(sed -n 's/^vcpus *= *\([0-9]*\).*/\1/p' e2e-pvh.cfg)
nmax=$(sed -n 's/^maxvcpus *= *\([0-9]*\).*/\1/p' e2e-pvh.cfg)
if [ "$(ncpus "$on")" = "$nv" ]; then pass "create: $nv CPUs online ($on)"; else fail "create" "CPUs online: ${on:-?}, expected $nv (vcpus)"; fi
if [ "$(ncpus "$po")" = "$nmax" ]; then pass "create: $nmax CPUs possible ($po)"; else fail "create" "CPUs possible: ${po:-?}, expected $nmax (maxvcpus)"; fi
# The MADT: one enabled entry per vcpu, online-capable ones up to maxvcpus.
madt=$(fact e2e-pvh madt_cpu)
en=$(echo "$madt" | awk 'NF == 4 && $4 % 2 == 1' | wc -l)
oc=$(echo "$madt" | awk 'NF == 4 && $4 % 2 == 0 && int($4 / 2) % 2 == 1' | wc -l)
if [ "$en" = "$nv" ] && [ "$oc" = $((nmax - nv)) ] && [ "$(echo "$madt" | grep -c .)" = "$nmax" ]; then
	pass "create: MADT has $en enabled + $oc online-capable processor entries"
else
	fail "create" "MADT processor entries (type uid apic_id flags): $(echo "$madt" | xargs), expected $nv enabled + $((nmax - nv)) online-capable"
	grep -n -B2 -A2 'madt\|cpu_present' "$(conlog e2e-pvh)" | indent
fi
if has_dev e2e-pvh '\_SB_.VGEN'; then pass "create: guest has the ACPI device \\_SB.VGEN"
else fail "create" "no \\_SB.VGEN among the guest's ACPI devices"; fi
bound=$(fact e2e-pvh vmgenid_bound)
if [ -n "$bound" ]; then pass "create: the vmgenid driver is bound ($bound)"
else fail "create" "the vmgenid driver is not bound"; fi
# The GUID as the guest reads it from the page its driver mapped: the
# configured one in SMBIOS byte order (first three fields little-endian).
want=$(echo "$guid" | tr -d - | sed 's/^\(..\)\(..\)\(..\)\(..\)\(..\)\(..\)\(..\)\(..\)/\4\3\2\1\6\5\8\7/')
got=$(fact e2e-pvh vmgenid_page_guid)
page=$(fact e2e-pvh vmgenid_page)
xpage=$(value page $tmp/g.out)
if [ -n "$got" ] && [ "$got" = "$want" ] && [ $((page)) = $((xpage)) ]; then
	pass "create: the guest reads the configured GUID from its GUID page at $page, where xl-acpi put it ($got)"
else
	fail "create" "the guest reads ${got:-nothing} from its GUID page (${page:-no reserved page in 0xfc000000-0xfcffffff}; xl-acpi genid: ${xpage:-?}), expected $want ($guid)"
	fact e2e-pvh vmgenid_page_err | indent
	fact e2e-pvh e820 | indent
fi
if [ "$(fact e2e-pvh vmgenid_page_mapped)" -ge 1 ] 2>/dev/null; then
	pass "create: the vmgenid driver mapped that page (phys=$page in /proc/vmallocinfo)"
else
	fail "create" "no mapping of the GUID page ${page:-?} in the guest's /proc/vmallocinfo"
fi
guest_checks e2e-pvh
fi

total=$(value total_ms $tmp/a.out)
libxl=$(value libxl_ms $tmp/a.out)
if [ -n "$total" ] && [ -n "$libxl" ] && [ -n "$plain_ms" ]; then
	# shellcheck disable=SC2046 # three words, split on purpose
	set -- $(echo "$total $libxl $plain_ms" | awk '{ own = $1 - $2; printf "%.3f %.2f %d\n", own, 100 * own / $3, own <= 0.05 * $3 }')
	echo "TIMING xlacpi_create_ms=$total plain_create_ms=$plain_ms overhead_pct=$2 xlacpi_own_ms=$1 libxl_ms=$libxl xenstore_ms=$(value xenstore_ms $tmp/a.out) map_ms=$(value map_ms $tmp/a.out) build_ms=$(value build_ms $tmp/a.out) wall_ms=$wall_ms since_main_ms=$(value since_main_ms $tmp/a.out) unpause_ms=$(value unpause_ms $tmp/a.out)"
	echo "TIMING wall: xl-acpi create $wall_ms ms, xl create -p + xl unpause $plain_ms ms: $(echo "$wall_ms $plain_ms" | awk '{ printf "%+.2f%%", 100 * ($1 - $2) / $2 }')"
	if [ "$3" = 1 ]; then pass "create: xl-acpi's own work ($1 ms) is $2% of a plain create ($plain_ms ms), <= 5%"
	else fail "create" "xl-acpi's own work ($1 ms) is $2% of a plain create ($plain_ms ms), over 5%"; fi
else
	fail "create" "no overhead figure: total_ms=${total:-?} libxl_ms=${libxl:-?} (timing: line) plain_create_ms=${plain_ms:-?}"
fi

###### (b) xl create -p + a device model's blob area + xl-acpi attach
blob_addr=0x0F000000
blob_len=$(wc -c <dm-blobs.bin)
rm -f "$(conlog e2e-dm)"
if ! xl create -p e2e-dm.cfg >$tmp/b0.out 2>&1; then
	fail "attach" "xl create -p e2e-dm.cfg failed"
	diag $tmp/b0.out
else
	domid=$(xl domid e2e-dm)
	xs=/local/domain/$domid/hvmloader/dm-acpi
	if dm-poke "$domid" $blob_addr dm-blobs.bin >$tmp/poke.out 2>&1 &&
		xenstore-write $xs/address $blob_addr $xs/length "$blob_len"; then
		pass "attach: blob area ($blob_len bytes) at $blob_addr of paused domain $domid, keys in $xs"
	else
		fail "attach" "could not put the blob area into domain $domid"
		diag $tmp/poke.out
	fi
	timeout 240 xl-acpi attach "$domid" --config /mnt/host/e2e-dm.cfg >$tmp/b.out 2>$tmp/b.err
	rc=$?
	if [ $rc = 0 ]; then pass "attach: xl-acpi attach $domid exits 0"
	else
		fail "attach" "xl-acpi attach $domid exit $rc"
		diag $tmp/b.err $tmp/b.out
		# A paused domain would never end by itself.
		xl destroy e2e-dm 2>/dev/null
	fi
	grep '^dm-acpi:' $tmp/b.out | indent
	if grep -qx 'dm-acpi: 3 accepted, 2 rejected' $tmp/b.out; then pass "attach: xl-acpi says 3 accepted, 2 rejected"
	else fail "attach" "no 'dm-acpi: 3 accepted, 2 rejected' line"; fi
	if grep -q '^dm-acpi: blob [0-9]* at 0x[0-9a-f]*: table DSDT, .*: rejected' $tmp/b.out; then pass "attach: the DSDT blob is rejected"
	else fail "attach" "no 'table DSDT ... rejected' verdict"; fi
	if [ $rc != 0 ]; then
		fail "attach" "guest checks not run: the attach failed"
	else
	if ! wait_gone e2e-dm; then
		fail "attach" "the domU never printed its end marker"
		diag "$(conlog e2e-dm)"
	fi
	if [ -n "$(tables e2e-dm NFIT)" ]; then pass "attach: guest lists the device model's NFIT"
	else fail "attach" "guest lists no NFIT"; fi
	if [ -n "$(tables e2e-dm SSDT "" DMACPI)" ]; then pass "attach: guest lists the SSDT DMACPI"
	else fail "attach" "guest lists no SSDT with table ID DMACPI"; fi
	n=$(tables e2e-dm DSDT | wc -l)
	if [ "$n" = 1 ]; then pass "attach: guest lists exactly one DSDT"
	else fail "attach" "guest lists $n DSDTs, expected 1"; fi
	for d in NVDR XDEV; do
		if has_dev e2e-dm "\\_SB_.$d"; then pass "attach: guest has the ACPI device \\_SB.$d"
		else fail "attach" "no \\_SB.$d among the guest's ACPI devices"; fi
	done
	guest_checks e2e-dm
	fi
fi

###### (c) malformed dm-acpi keys: xl-acpi attach fails and destroys the domain
for bad in "address 0x12zz" "length 0x"; do
	set -- $bad
	key=$1 val=$2
	rm -f "$(conlog e2e-dm)"
	if ! xl create -p e2e-dm.cfg >$tmp/c0.out 2>&1; then
		fail "bad $key" "xl create -p e2e-dm.cfg failed"
		diag $tmp/c0.out
		continue
	fi
	domid=$(xl domid e2e-dm)
	xs=/local/domain/$domid/hvmloader/dm-acpi
	xenstore-write $xs/address $blob_addr $xs/length "$blob_len" $xs/$key "$val"
	timeout 120 xl-acpi attach "$domid" --config /mnt/host/e2e-dm.cfg >$tmp/c.out 2>$tmp/c.err
	rc=$?
	if [ $rc != 0 ] && [ $rc != 124 ]; then pass "bad $key: xl-acpi attach with $key=\"$val\" exits $rc"
	else fail "bad $key" "xl-acpi attach with $key=\"$val\" exit $rc, expected an error"; diag $tmp/c.err $tmp/c.out; fi
	if grep -q "dm-acpi/$key" $tmp/c.err; then pass "bad $key: the error names dm-acpi/$key: $(grep "dm-acpi/$key" $tmp/c.err | head -n 1)"
	else fail "bad $key" "stderr does not name dm-acpi/$key"; diag $tmp/c.err; fi
	if xl list | awk '{ print $1 }' | grep -qx e2e-dm; then
		fail "bad $key" "domain $domid is still there after the failed attach"
		xl destroy e2e-dm
	else
		pass "bad $key: domain $domid is gone"
	fi
done

###### (h) an HVM domU: hvmloader's tables plus the acpi_firmware file of
# `xl-acpi build` (the device model's accepted tables and devices, the SSDT
# VMGENID), `xl create -p`, `xl-acpi attach` for the GUID page, unpause.
hguid=$(sed -n 's/^vmgenid *= *"\(.*\)"/\1/p' e2e-hvm.cfg | tr 'A-F' 'a-f')
fwdir=$(dirname "$(sed -n 's/^acpi_firmware *= *"\(.*\)"/\1/p' e2e-hvm.cfg)")
rm -rf "$fwdir" "$(conlog e2e-hvm)"
if xl-acpi build /mnt/host/e2e-hvm.cfg --dm-blobs dm-blobs-hvm.bin --out "$fwdir" >$tmp/h0.out 2>$tmp/h0.err; then
	pass "hvm: xl-acpi build e2e-hvm.cfg wrote $fwdir/acpi-firmware.bin ($(wc -c <"$fwdir/acpi-firmware.bin") bytes)"
	sed -n 's/^\(hvmloader\|acpi_firmware\|dm-acpi\): /    xl-acpi: \1: /p' $tmp/h0.out
else
	fail "hvm" "xl-acpi build e2e-hvm.cfg failed"
	diag $tmp/h0.err $tmp/h0.out
fi
if grep -qx 'dm-acpi: 3 accepted, 2 rejected' $tmp/h0.out &&
	grep -q '^dm-acpi: blob 4 at .*: device PR00, .*: rejected: name PR00 already exists' $tmp/h0.out; then
	pass "hvm: 3 blobs accepted; the DSDT and PR00 (hvmloader's first processor) rejected"
else
	fail "hvm" "not the verdicts expected against hvmloader's names (3 accepted, DSDT and PR00 rejected)"
fi
hdomid=
if ! xl create -p e2e-hvm.cfg >$tmp/h1.out 2>&1; then
	fail "hvm" "xl create -p e2e-hvm.cfg failed"
	diag $tmp/h1.out
else
	hdomid=$(xl domid e2e-hvm)
	if timeout 240 xl-acpi attach "$hdomid" --config /mnt/host/e2e-hvm.cfg >$tmp/h2.out 2>$tmp/h2.err &&
		grep -q "^vmgenid: GUID page of domain $hdomid populated and written at 0xfc0ff000" $tmp/h2.out; then
		pass "hvm: xl-acpi attach $hdomid put the GUID page at 0xfc0ff000 and unpaused it"
	else
		fail "hvm" "xl-acpi attach $hdomid failed"
		diag $tmp/h2.err $tmp/h2.out
		xl destroy e2e-hvm 2>/dev/null
		hdomid=
	fi
fi
if [ -n "$hdomid" ]; then
	timeout 60 xl-acpi genid "$hdomid" >$tmp/hg.out 2>$tmp/hg.err
	if [ "$(value guid $tmp/hg.out)" = "$hguid" ]; then pass "hvm: xl-acpi genid $hdomid reads back $hguid"
	else fail "hvm" "xl-acpi genid $hdomid: $(cat $tmp/hg.out $tmp/hg.err | xargs)"; fi
	if ! wait_gone e2e-hvm; then
		fail "hvm" "the HVM domU never printed its end marker"
		diag "$(conlog e2e-hvm)"
	fi
	# hvmloader's own set is still the base: its FADT and one DSDT.
	if [ -n "$(tables e2e-hvm FACP Xen HVM)" ] && [ "$(tables e2e-hvm DSDT | wc -l)" = 1 ]; then
		pass "hvm: guest lists hvmloader's FACP (Xen HVM) and exactly one DSDT"
	else
		fail "hvm" "no FACP Xen/HVM from hvmloader, or not exactly one DSDT"
	fi
	if [ -n "$(tables e2e-hvm NFIT BOCHS)" ]; then pass "hvm: guest lists the device model's NFIT"
	else fail "hvm" "guest lists no NFIT from the device model (OEM BOCHS)"; fi
	for id in DMACPI VMGENID; do
		if [ -n "$(tables e2e-hvm SSDT Xen $id XACG)" ]; then pass "hvm: guest lists the SSDT $id from xl-acpi"
		else fail "hvm" "guest lists no SSDT $id (OEM Xen, creator XACG)"; fi
	done
	for d in NVDR XDEV VGEN; do
		if has_dev e2e-hvm "\\_SB_.$d"; then pass "hvm: guest has the ACPI device \\_SB.$d"
		else fail "hvm" "no \\_SB.$d among the guest's ACPI devices"; fi
	done
	# \_SB.VGEN must read \VGIA, not hvmloader's own \_SB.VGIA (0 here):
	# with a bare VGIA its _STA was 0 and Linux never bound the driver.
	bound=$(fact e2e-hvm vmgenid_bound)
	if [ -n "$bound" ]; then pass "hvm: the vmgenid driver is bound ($bound)"
	else
		fail "hvm" "the vmgenid driver is not bound to \\_SB.VGEN"
		facts e2e-hvm | grep -E '^acpi_dev .*(XEN0000|VGEN|VGID)|^vmgenid_dmesg' | indent
	fi
	want=$(echo "$hguid" | tr -d - | sed 's/^\(..\)\(..\)\(..\)\(..\)\(..\)\(..\)\(..\)\(..\)/\4\3\2\1\6\5\8\7/')
	got=$(fact e2e-hvm vmgenid_page_guid)
	page=$(fact e2e-hvm vmgenid_page)
	if [ -n "$got" ] && [ "$got" = "$want" ] && [ $((page)) = $((0xfc0ff000)) ]; then
		pass "hvm: the guest reads the configured GUID from the page VGIA names ($page: $got)"
	else
		fail "hvm" "the guest reads ${got:-nothing} from ${page:-no VMGENID SSDT page}, expected $want at 0xfc0ff000"
		fact e2e-hvm vmgenid_page_err | indent
		fact e2e-hvm e820 | indent
	fi
	guest_checks e2e-hvm
fi

###### (t) wall time, 3 rounds: plain xl create -p + xl unpause against
# xl-acpi create, in alternating order (whichever runs right after a
# destroy pays for Xen scrubbing the freed memory), each domain destroyed
# at once; the medians compared.
gone() {
	i=0
	while xl domid e2e-pvh >/dev/null 2>&1 && [ $i -lt 60 ]; do sleep 1; i=$((i + 1)); done
	sleep 3
}
plain_round() {
	t0=$(ms)
	xl create -p e2e-pvh.cfg >$tmp/tp.out 2>&1 && xl unpause e2e-pvh && echo $(($(ms) - t0)) >>$tmp/plain.ms
	xl destroy e2e-pvh 2>/dev/null
	gone
}
xlacpi_round() {
	t0=$(ms)
	timeout 240 xl-acpi create /mnt/host/e2e-pvh.cfg >$tmp/tx.out 2>&1 && echo $(($(ms) - t0)) >>$tmp/xlacpi.ms
	value total_ms $tmp/tx.out >>$tmp/xlacpi_total.ms
	value libxl_ms $tmp/tx.out >>$tmp/xlacpi_libxl.ms
	xl destroy e2e-pvh 2>/dev/null
	gone
}
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print NR ? v[int((NR + 1) / 2)] : "" }'; }
rm -f $tmp/plain.ms $tmp/xlacpi.ms $tmp/xlacpi_total.ms $tmp/xlacpi_libxl.ms
for r in 1 2 3; do
	if [ $r = 2 ]; then xlacpi_round; plain_round; else plain_round; xlacpi_round; fi
done
pm=$(median $tmp/plain.ms)
xm=$(median $tmp/xlacpi.ms)
if [ "$(wc -l <$tmp/plain.ms)" = 3 ] && [ "$(wc -l <$tmp/xlacpi.ms)" = 3 ]; then
	own=$(paste $tmp/xlacpi_total.ms $tmp/xlacpi_libxl.ms | awk '{ o = $1 - $2; if (NR == 1 || o > m) m = o } END { printf "%.3f", m }')
	echo "TIMING rounds: xl create -p + xl unpause $(xargs <$tmp/plain.ms) ms, xl-acpi create $(xargs <$tmp/xlacpi.ms) ms (wall)"
	echo "TIMING medians: xl-acpi create ${xm} ms against plain ${pm} ms: $(echo "$xm $pm" | awk '{ printf "%+.2f%%", 100 * ($1 - $2) / $2 }') wall; xl-acpi's own work at most ${own} ms: $(echo "$own $pm" | awk '{ printf "%.2f%%", 100 * $1 / $2 }') of the plain median"
	if [ "$(echo "$own $pm" | awk '{ print $1 <= 0.05 * $2 }')" = 1 ]; then
		pass "timing: xl-acpi's own work (at most $own ms in 3 creates) is <= 5% of a plain create (median $pm ms)"
	else
		fail "timing" "xl-acpi's own work ($own ms) is over 5% of a plain create (median $pm ms)"
	fi
else
	fail "timing" "not every timed create worked: plain $(xargs <$tmp/plain.ms 2>/dev/null), xl-acpi $(xargs <$tmp/xlacpi.ms 2>/dev/null)"
	diag $tmp/tp.out $tmp/tx.out
fi

echo "E2E-RESULT: $npass passed, $nfail failed"
[ $nfail = 0 ]
