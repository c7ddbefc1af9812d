#!/bin/sh
# install-deps.sh - install every Debian 12 package xen-acpigen builds and
# tests with.  The single list of dependencies: .ci/run and the README's
# quick start both use it.  Run it as root, or as a user who may sudo: it
# elevates itself only when it is not root (a fresh Debian container has
# no sudo, and needs none).
set -eu

PACKAGES="
  build-essential autoconf automake libtool pkg-config binutils gcc-multilib
  libcunit1-dev
  acpica-tools
  qemu-system-x86 linux-image-amd64 busybox-static cpio
  qemu-user
  libxen-dev uuid-dev libyajl-dev xen-utils-4.17
  clang libclang-rt-14-dev
  man-db groff-base python3
  xen-hypervisor-4.17-amd64 debootstrap e2fsprogs
"
# qemu-user is for make bench: it runs the 32-bit freestanding harness.
# The last line is the real-Xen test (make check-xen): the hypervisor it
# boots under QEMU, and the tools that build dom0's root filesystem.

if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        exec sudo sh "$0" "$@"
    fi
    echo "install-deps.sh: apt-get needs root: run it as root (there is no sudo here)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $PACKAGES
