#!/bin/bash
# build-rootfs.sh WORKDIR: what the real-Xen e2e test boots, into WORKDIR:
#   xen          the hypervisor, decompressed (QEMU's multiboot -kernel wants
#                the ELF, not the .gz)
#   vmlinuz, initrd.img   the host's Debian kernel, dom0's (and the domUs')
#   rootfs/      a debootstrap'ed bookworm dom0 with the Xen tools
#   rootfs.img   rootfs/ as ext4 (mkfs.ext4 -d: no loop mount, no privileges
#                beyond root for debootstrap)
# debootstrap is the slow part (1.5-3 min), so it is redone only when this
# script, the host kernel or the hypervisor changed (WORKDIR/rootfs.key);
# otherwise only dom0's init is refreshed and the image rebuilt if needed.
# Needs root, debootstrap, e2fsprogs, xen-hypervisor-4.17-amd64 and
# linux-image-amd64 on the host, and Debian's mirror for a fresh build.
set -euo pipefail

[ $# = 1 ] || { echo "usage: $0 WORKDIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
mirror=${MIRROR:-http://deb.debian.org/debian}
mkdir -p "$1"
work=$(cd "$1" && pwd)
root=$work/rootfs
t0=$(date +%s)
say() { echo "build-rootfs: $*"; }
die() { echo "build-rootfs: error: $*" >&2; exit 1; }

kver=${KVER:-$(ls /lib/modules | sort -V | tail -n1)}
[ -r "/boot/vmlinuz-$kver" ] || die "no /boot/vmlinuz-$kver: install linux-image-amd64"
[ -r /boot/xen-4.17-amd64.gz ] || die "no /boot/xen-4.17-amd64.gz: install xen-hypervisor-4.17-amd64"
xen_ver=$(dpkg-query -W -f='${Version}' xen-hypervisor-4.17-amd64)

zcat /boot/xen-4.17-amd64.gz >"$work/xen.tmp" && mv "$work/xen.tmp" "$work/xen"
# The stock initramfs-tools initrd has virtio_blk and ext4 for dom0's root.
cp "/boot/vmlinuz-$kver" "$work/vmlinuz"
cp "/boot/initrd.img-$kver" "$work/initrd.img"

key=$( (cat "$0"; echo "$kver $xen_ver") | sha256sum | cut -c1-16)
if [ "$(cat "$work/rootfs.key" 2>/dev/null)" = "$key" ] && [ -x "$root/usr/sbin/xl" ]; then
	say "rootfs/ is current (key $key): no debootstrap"
else
	say "debootstrap into $root (key $key)"
	rm -rf "$root" "$work/rootfs.key" "$work/rootfs.img"
	debootstrap --variant=minbase \
		--include=xen-utils-4.17,xenstore-utils,busybox,kmod,udev,procps,qemu-system-xen \
		bookworm "$root" "$mirror"
	# bookworm main carries an older 4.17 than the hypervisor from
	# bookworm-security; xl and Xen must be the same release.
	cat >"$root/etc/apt/sources.list" <<-EOF
		deb $mirror bookworm main
		deb $mirror bookworm-updates main
		deb ${mirror%/debian}/debian-security bookworm-security main
	EOF
	mount -t proc proc "$root/proc"
	trap 'umount "$root/proc" 2>/dev/null || true' EXIT
	chroot "$root" apt-get -q update
	DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get -q -y upgrade
	chroot "$root" apt-get clean
	umount "$root/proc"
	trap - EXIT
	# dom0 boots the host's kernel, so it needs the host's modules.
	rm -rf "$root/lib/modules"
	mkdir -p "$root/lib/modules"
	cp -a "/lib/modules/$kver" "$root/lib/modules/"
	echo xen-e2e-dom0 >"$root/etc/hostname"
	echo "$key" >"$work/rootfs.key"
fi

tools_ver=$(chroot "$root" dpkg-query -W -f='${Version}' xen-utils-4.17)
[ "$tools_ver" = "$xen_ver" ] ||
	die "dom0's xen-utils-4.17 is $tools_ver but the hypervisor is $xen_ver: xl and Xen must match (rm -rf $work to rebuild)"
say "hypervisor and dom0 tools: $xen_ver"

# Refresh the init; rebuild the image only when the tree changed.
install -D -m 0755 "$here/dom0-init.sh" "$root/sbin/xen-e2e-init"
sum=$(sha256sum "$here/dom0-init.sh" | cut -c1-16)
if [ ! -s "$work/rootfs.img" ] || [ "$(cat "$work/rootfs.img.key" 2>/dev/null)" != "$key-$sum" ]; then
	rm -f "$work/rootfs.img"
	truncate -s 2G "$work/rootfs.img.tmp"
	mkfs.ext4 -q -F -L e2e-dom0 -d "$root" "$work/rootfs.img.tmp"
	mv "$work/rootfs.img.tmp" "$work/rootfs.img"
	echo "$key-$sum" >"$work/rootfs.img.key"
	say "rootfs.img rebuilt"
fi
say "done in $(($(date +%s) - t0)) s: $work/{xen,vmlinuz,initrd.img,rootfs.img}"
