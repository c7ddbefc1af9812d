#!/bin/sh
# test_man.sh - docs/xl-acpi.1 and docs/xl-acpi.cfg.5 render without a
# groff warning, through man(1) as a user reads them, and say what the code
# does: every option `xl-acpi --help` lists is in xl-acpi(1), every xl.cfg
# option xl-plugin/cfg.h documents is in xl-acpi.cfg(5), every option of the
# hwdom config (xl-plugin/hwcfg.h) in xl-acpi(1).
set -u
: "${top_srcdir:=.}" "${top_builddir:=.}"
xl=$top_builddir/xl-plugin/xl-acpi
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
pass() { echo "PASS: $*"; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/test_man.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

for page in xl-acpi.1 xl-acpi.cfg.5; do
	src=$top_srcdir/docs/$page
	if groff -man -Tutf8 -ww -z "$src" 2>"$tmp/warn" && [ ! -s "$tmp/warn" ]; then
		pass "$page: groff -ww: no warning"
	else
		fail "$page: groff: $(cat "$tmp/warn")"
	fi
	# man -l renders the file itself, as `man ./docs/xl-acpi.1` does.
	if MANWIDTH=100 man -l -P cat "$src" >"$tmp/$page.txt" 2>"$tmp/warn" &&
		[ "$(wc -l <"$tmp/$page.txt")" -gt 40 ] && grep -q '^NAME' "$tmp/$page.txt"; then
		pass "$page: man -l renders $(wc -l <"$tmp/$page.txt") lines"
	else
		fail "$page: man -l: $(cat "$tmp/warn")"
	fi
	# hyphenation would split option names across lines
	tr -d '\n' <"$tmp/$page.txt" | sed 's/‐ *//g; s/  */ /g' >"$tmp/$page.flat"
done

"$xl" --help >"$tmp/help" 2>&1 || fail "xl-acpi --help exits non-zero"
opts=$(grep -oE -- '--[a-z][a-z-]*' "$tmp/help" | sort -u)
[ -n "$opts" ] || fail "xl-acpi --help lists no option"
for o in $opts; do
	grep -qF -- "$o" "$tmp/xl-acpi.1.flat" || fail "xl-acpi.1 does not document $o (xl-acpi --help has it)"
done
for c in build create attach genid hwdom; do
	grep -q "^       xl-acpi $c" "$tmp/xl-acpi.1.txt" || fail "xl-acpi.1's synopsis lacks xl-acpi $c"
	grep -q "xl-acpi $c" "$tmp/help" || fail "xl-acpi --help lacks xl-acpi $c"
done
[ "$failed" = 0 ] && pass "xl-acpi.1 documents all $(echo "$opts" | wc -l) options of --help and the 5 commands"

# The xl.cfg options: cfg.h's comment block lists them, "  name  text".
cfgopts=$(sed -n '/^ \* Options/,/^ \* Every other/p' "$top_srcdir/xl-plugin/cfg.h" |
	sed -n 's/^ \*   \([a-z_]*\) .*/\1/p')
[ "$(echo "$cfgopts" | wc -w)" -ge 10 ] || fail "found only '$cfgopts' in cfg.h's option list"
n=0
for o in $cfgopts; do
	n=$((n + 1))
	grep -qE "(^| )$o =" "$tmp/xl-acpi.cfg.5.flat" ||
		grep -qE "^       $o = " "$tmp/xl-acpi.cfg.5.txt" ||
		fail "xl-acpi.cfg.5 does not document $o (cfg.h reads it)"
done
for o in on_poweroff on_reboot on_watchdog on_crash on_soft_reset name kernel ramdisk cmdline; do
	grep -qF "$o" "$tmp/xl-acpi.cfg.5.flat" || fail "xl-acpi.cfg.5 does not mention $o (domcfg.c reads it)"
done
echo "$n xl.cfg options checked"

# The hwdom config's options, from hwcfg.h's list, in xl-acpi(1)'s hwdom.
hwopts=$(sed -n '/^ \* Options/,/^ \* Every other/p' "$top_srcdir/xl-plugin/hwcfg.h" |
	sed -n 's/^ \*   \([a-z_]*\) .*/\1/p')
[ "$(echo "$hwopts" | wc -w)" -ge 8 ] || fail "found only '$hwopts' in hwcfg.h's option list"
for o in $hwopts; do
	grep -qF -- "$o" "$tmp/xl-acpi.1.flat" || fail "xl-acpi.1 does not document hwdom's $o (hwcfg.h reads it)"
done
echo "$(echo "$hwopts" | wc -w) hwdom config options checked"
[ "$failed" = 0 ]
