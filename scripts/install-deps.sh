#!/bin/sh
# install-deps.sh - install every Debian 12 package xen-acpigen builds and
# tests with (run as root).  The single list of dependencies: .ci/run and
# the README's quick start both use it.
set -eu

PACKAGES="
  build-essential autoconf automake libtool pkg-config binutils
  libcunit1-dev
  acpica-tools
  qemu-system-x86 linux-image-amd64 busybox-static cpio
  libxen-dev uuid-dev libyajl-dev
  clang libclang-rt-14-dev
"

if [ "$(id -u)" != 0 ]; then
    echo "install-deps.sh: run as root (apt-get install)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $PACKAGES
