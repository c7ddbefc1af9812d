#!/bin/sh
# quickstart.sh - build xen-acpigen and run the example: generate a guest
# DSDT for 4 vCPUs with libacpigen and show iasl's disassembly of it.
set -eu
cd "$(dirname "$0")/.."
autoreconf -fi
mkdir -p build
(cd build && ../configure --quiet)
make -C build -j"$(nproc 2>/dev/null || echo 2)" examples/processor_dsdt
mkdir -p out
build/examples/processor_dsdt 4 out/DSDT.aml
iasl -d out/DSDT.aml >/dev/null
sed -n '/^DefinitionBlock/,$p' out/DSDT.dsl
