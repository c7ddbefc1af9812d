#!/bin/sh
# quickstart.sh - build xen-acpigen and run the main job on the example PVH
# domU: xl-acpi builds its ACPI tables from examples/pvh-domu.cfg into out/,
# prints the table summary, and iasl disassembles every AML table.
set -eu
cd "$(dirname "$0")/.."
if [ -f config.status ]; then      # an in-tree configuration blocks build/
    make distclean >/dev/null
fi
autoreconf -fi
mkdir -p build
(cd build && ../configure --quiet)
make -C build -j"$(nproc 2>/dev/null || echo 2)"
build/xl-plugin/xl-acpi build examples/pvh-domu.cfg --out out
for f in out/*.aml; do
    if iasl -d "$f" >/dev/null 2>&1; then
        echo "iasl -d $f: ok"
    else
        iasl -d "$f"
        exit 1
    fi
done
