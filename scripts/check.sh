#!/bin/sh
# check.sh - the project's test command (README, .ci/run): builds with
# -Wall -Wextra -Werror, runs `make check`, rebuilds with ASan+UBSan and runs
# it again, then `make distcheck`, an install check and `make check-xen`
# (the real-Xen end-to-end test).  Fails on any failed or skipped test.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
jobs=$(nproc 2>/dev/null || echo 2)
total_pass=0
total_fail=0

# Run `make check` in build dir $1 and fail unless every test passed and
# none was skipped; print the automake summary either way.
run_suite() {
    dir=$1
    label=$2
    status=0
    make -C "$dir" -j"$jobs" check || status=$?
    log="$dir/test-suite.log"
    if [ ! -f "$log" ]; then
        echo "check.sh: $label: no test-suite.log" >&2
        exit 1
    fi
    count() { sed -n "s/^# $1: *\([0-9]*\)$/\1/p" "$log" | head -n 1; }
    pass=$(count PASS); fail=$(count FAIL); skip=$(count SKIP)
    xfail=$(count XFAIL); xpass=$(count XPASS); err=$(count ERROR); total=$(count TOTAL)
    echo "check.sh: $label: total $total, pass $pass, fail $fail, skip $skip, error $err"
    if [ "$status" != 0 ] || [ "${total:-0}" = 0 ] || [ "$fail" != 0 ] || [ "$skip" != 0 ] ||
       [ "$xfail" != 0 ] || [ "$xpass" != 0 ] || [ "$err" != 0 ]; then
        cat "$log" >&2
        echo "$total_pass passed, $((total_fail + ${fail:-1} + ${err:-0} + ${skip:-0})) failed"
        echo "check.sh: $label: FAILED (every test must run and pass; SKIP counts as failure)" >&2
        exit 1
    fi
    total_pass=$((total_pass + pass))
}

# Out-of-tree builds (build/, build-asan/, distcheck) refuse a source tree
# that was configured in place: clean that up first.
if [ -f config.status ]; then
    echo "check.sh: removing the in-tree configuration (make distclean)"
    make distclean >/dev/null
fi
autoreconf -fi

# 1. Normal build: -Wall -Wextra -Werror come from configure.
rm -rf build
mkdir build
(cd build && ../configure --quiet)
make -C build -j"$jobs"
run_suite build "make check"

# 2. The same suite under AddressSanitizer and UndefinedBehaviorSanitizer.
san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
rm -rf build-asan
mkdir build-asan
(cd build-asan && ../configure --quiet --disable-shared CFLAGS="-O1 -g $san" LDFLAGS="$san")
make -C build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    run_suite build-asan "make check (ASan+UBSan)"

# 2b. Every libFuzzer target (dm-acpi ingestion, AML namespace scan) for
# FUZZ_SECONDS each, under ASan+UBSan; any crash fails.
make -C build fuzz FUZZ_SECONDS="${FUZZ_SECONDS:-60}"

# 3. The tarball builds and passes its own tests.
make -C build -j"$jobs" distcheck

# 4. make install puts the headers under include/acpigen/ and a working .pc.
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
make -C build install DESTDIR="$stage" >/dev/null
prefix=/usr/local
for f in include/acpigen/aml.h include/acpigen/checksum.h lib/pkgconfig/libacpigen.pc \
         lib/libacpigen.a lib/libacpigen.so bin/xl-acpi share/man/man1/xl-acpi.1 \
         share/man/man5/xl-acpi.cfg.5; do
    if [ ! -e "$stage$prefix/$f" ]; then
        echo "check.sh: make install did not install $prefix/$f" >&2
        exit 1
    fi
done
printf '#include <acpigen/aml.h>\nint main(void){struct aml_writer w; aml_writer_init(&w, 0, 0); return aml_error(&w);}\n' \
    > "$stage/use.c"
pc() { PKG_CONFIG_SYSROOT_DIR="$stage" PKG_CONFIG_LIBDIR="$stage$prefix/lib/pkgconfig" pkg-config "$@" libacpigen; }
case " $(pc --libs) " in
    *" -lacpigen "*) ;;
    *) echo "check.sh: libacpigen.pc does not link -lacpigen: $(pc --libs)" >&2; exit 1 ;;
esac
# shellcheck disable=SC2046
cc -o "$stage/use" "$stage/use.c" $(pc --cflags) "$stage$prefix/lib/libacpigen.a"
"$stage/use"
echo "check.sh: install check: headers, libacpigen.pc, static library, xl-acpi and its man pages"

# 5. The end-to-end test on a real Xen 4.17 under QEMU: xl-acpi create,
# attach and genid on PVH domUs (tests/xen/check-xen.sh; debootstrap and
# the boot need root).
if [ "$(id -u)" = 0 ]; then
    make -C build check-xen
else
    sudo make -C build check-xen
fi
total_pass=$((total_pass + 1))

echo "$total_pass passed, $total_fail failed"
