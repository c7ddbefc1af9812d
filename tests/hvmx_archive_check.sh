#!/bin/sh
# hvmx_archive_check.sh ARCHIVE - what hvmloader links must be
# self-contained and stateless: its members, linked together, leave no
# symbol undefined (everything from hvmloader comes through struct
# hvmx_ops, function pointers, not symbols), and hold no writable data
# (.data/.bss: no mutable global state).  Run by the rule that builds
# hvmloader-ext/libhvmloader-ext.a, so `make` fails when this does, and by
# make check (tests/test_hvmx.sh).
set -eu
a=$1
LD=${LD:-ld}
NM=${NM:-nm}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hvmx.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
abs=$(cd "$(dirname "$a")" && pwd)/$(basename "$a")
(cd "$tmp" && ar x "$abs")
# shellcheck disable=SC2086 # LD/NM may carry options
$LD -m elf_i386 -r -o "$tmp/all.o" "$tmp"/*.o
fmt=$(objdump -f "$tmp/all.o" | sed -n 's/.*file format //p')
if [ "$fmt" != elf32-i386 ]; then
	echo "hvmx_archive_check: $a: members are $fmt, not elf32-i386" >&2
	exit 1
fi
# shellcheck disable=SC2086
undef=$($NM -u "$tmp/all.o" | awk '{print $NF}' | sort -u)
if [ -n "$undef" ]; then
	echo "hvmx_archive_check: $a needs symbols hvmloader does not give it: $(echo "$undef" | tr '\n' ' ')" >&2
	exit 1
fi
data=$(size -A "$tmp/all.o" | awk '$1 ~ /^\.(data|bss)/ && $2 > 0 { printf "%s %s bytes; ", $1, $2 }')
if [ -n "$data" ]; then
	echo "hvmx_archive_check: $a has writable data (mutable global state): $data" >&2
	exit 1
fi
n=$(ls "$tmp"/*.o | wc -l)
echo "hvmx_archive_check: $a: $n elf32-i386 objects, no undefined symbol, no .data/.bss"
