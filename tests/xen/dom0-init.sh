#!/bin/sh
# PID 1 of the e2e dom0 (init=/sbin/xen-e2e-init). There is no systemd in
# the image, so this brings the Xen toolstack up by hand, runs the scenario
# the host left in the 9p share (/mnt/host/dom0-e2e.sh), and powers off;
# Xen then turns the machine off through ACPI S5 and QEMU exits.
# The host driver waits for the XEN-E2E-END line on the serial console.
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export PATH
xenbin=/usr/lib/xen-4.17/bin
note() { echo "dom0-init[$(cut -d' ' -f1 /proc/uptime)]: $*"; }

mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mkdir -p /dev/pts /dev/shm
mount -t devpts devpts /dev/pts
mount -o remount,rw /
for d in /run /tmp /dev/shm; do mount -t tmpfs tmpfs $d; done
mkdir -p /run/xen /run/xenstored /run/lock /var/lib/xen /var/log/xen/console
note "up, kernel $(uname -r)"

# devtmpfs makes /dev/xen/* as each driver registers: no udev needed.
for m in xen-evtchn xen-gntdev xen-gntalloc xen-privcmd xenfs 9pnet_virtio 9p; do
	modprobe "$m" || note "modprobe $m failed"
done
mount -t xenfs xenfs /proc/xen || note "cannot mount xenfs"

$xenbin/xenstored --pid-file /run/xenstored.pid || note "xenstored failed"
$xenbin/xen-init-dom0 || note "xen-init-dom0 failed"
# --log=guest: each domU's console goes to guest-NAME.log, which is how
# the scenario reads what a guest printed.
$xenbin/xenconsoled --pid-file=/run/xenconsoled.pid --log=guest \
	--log-dir=/var/log/xen/console || note "xenconsoled failed"
note "toolstack up"

rc=none
mkdir -p /mnt/host
if ! mount -t 9p -o trans=virtio,version=9p2000.L,msize=262144 host0 /mnt/host; then
	note "cannot mount the host share"
elif [ ! -r /mnt/host/dom0-e2e.sh ]; then
	note "no /mnt/host/dom0-e2e.sh in the share"
else
	note "running /mnt/host/dom0-e2e.sh"
	# Console and results.log both get every line; the scenario's status
	# survives the pipe through a file.
	{
		(cd /mnt/host && sh ./dom0-e2e.sh)
		echo $? >/tmp/e2e.rc
	} 2>&1 | tee /mnt/host/results.log
	rc=$(cat /tmp/e2e.rc 2>/dev/null || echo lost)
fi
sync
note "XEN-E2E-END rc=$rc"
case " $(cat /proc/cmdline) " in *" e2e_shell "*) exec /bin/sh -i ;; esac
umount /mnt/host 2>/dev/null
# minbase has no poweroff of its own (no init system): busybox has.
busybox poweroff -f
