#!/bin/bash
# run-xen.sh WORKDIR SHAREDIR [DOM0-ARG...]: boots Xen + the e2e dom0 that
# build-rootfs.sh left in WORKDIR under QEMU, with SHAREDIR shared into dom0
# at /mnt/host (dom0-init.sh runs SHAREDIR/dom0-e2e.sh and powers off).
# The serial console goes to stdout and to WORKDIR/serial.log, each line
# stamped with the seconds since QEMU started (host clock: dom0's clock
# runs as slowly as TCG does). Exit 0 iff dom0 printed its end marker.
# Knobs: XEN_E2E_TIMEOUT (s, default 900), XEN_E2E_SMP (2), XEN_E2E_MEM (3072),
# XEN_E2E_CPU (max,-smap,-smep,-rdtscp),
# XEN_E2E_ACCEL (tcg,thread=multi), XEN_E2E_XEN_ARGS (more Xen command line).
set -euo pipefail

[ $# -ge 2 ] || { echo "usage: $0 WORKDIR SHAREDIR [DOM0-ARG...]" >&2; exit 2; }
work=$(cd "$1" && pwd)
share=$(cd "$2" && pwd)
shift 2
for f in xen vmlinuz initrd.img rootfs.img; do
	[ -s "$work/$f" ] || { echo "run-xen: $work/$f missing: run build-rootfs.sh $work" >&2; exit 2; }
done
log=$work/serial.log
timeout_s=${XEN_E2E_TIMEOUT:-900}

# Only TCG works here (no nested virtualisation). TCG needs two CPU
# features hidden: SMAP (the PV dom0 crashes on its first bounce frame) and
# RDTSCP (TCG reports its intercept as RDTSC and guests die on it).
# dom0 has one vCPU, pinned to CPU 0, and the e2e domUs are pinned to CPU 1
# (cpus="1" in their configs): while a PVH domU ran on a CPU that dom0 also
# used, dom0's programs died at random (heap corruption, segfaults at wild
# addresses; in 10 of 13 runs, never before the first domU ran, with and
# without AVX, XSAVEC/XSAVES, MTTCG or Xen's ASIDs; LD_BIND_NOW did not
# help either) and 2-vCPU domUs crashed; kept apart, both ran clean.
# The dom0 line rides on -initrd as "module args", multiboot style.
xen_args="console=com1 com1=115200,8n1 dom0_mem=1024M,max:1024M dom0_max_vcpus=1 dom0_vcpus_pin loglvl=all guest_loglvl=all ${XEN_E2E_XEN_ARGS:-}"
dom0_args="console=hvc0 earlyprintk=xen root=/dev/vda rw init=/sbin/xen-e2e-init $*"
# shellcheck disable=SC2054 # commas inside QEMU option values
qemu=(qemu-system-x86_64 -machine pc -accel "${XEN_E2E_ACCEL:-tcg,thread=multi}" -cpu "${XEN_E2E_CPU:-max,-smap,-smep,-rdtscp}"
	-smp "${XEN_E2E_SMP:-2}" -m "${XEN_E2E_MEM:-3072}" -no-reboot -net none -nographic
	-kernel "$work/xen" -append "$xen_args"
	-initrd "$work/vmlinuz $dom0_args,$work/initrd.img"
	-drive "file=$work/rootfs.img,if=virtio,format=raw,snapshot=on"
	-virtfs "local,path=$share,mount_tag=host0,security_model=passthrough,id=host0")

# Stamps without forking per line: bash's EPOCHREALTIME, in microseconds.
stamp() {
	local t0=${EPOCHREALTIME/./} t line
	while IFS= read -r line; do
		t=$((${EPOCHREALTIME/./} - t0))
		printf '[%4d.%d] %s\n' $((t / 1000000)) $((t / 100000 % 10)) "${line%$'\r'}"
	done
}

echo "run-xen: ${qemu[*]}" | tee "$log"
t0=$(date +%s)
set +e
timeout -k 10 "$timeout_s" "${qemu[@]}" </dev/null 2>&1 | stamp | tee -a "$log"
rc=${PIPESTATUS[0]}
set -e
took=$(($(date +%s) - t0))
if grep -q 'XEN-E2E-END rc=' "$log"; then
	echo "run-xen: dom0 finished; QEMU exit $rc after $took s"
	exit 0
fi
[ "$rc" = 124 ] && why="timed out after $timeout_s s" || why="QEMU exit $rc after $took s"
echo "run-xen: no XEN-E2E-END from dom0 ($why); serial log: $log" >&2
exit 1
