/*
 * hwcmd.h - `xl-acpi hwdom --host-tables SRC --config CFG --out DIR
 * [--json]`: the hardware domain's tables made from the host's.
 */
#ifndef XL_ACPI_HWCMD_H
#define XL_ACPI_HWCMD_H

/* argv[1] is "hwdom".  Returns the exit status: 0 done, 1 an input, build
 * or output error, 2 a usage error. */
int xl_hwdom_main(int argc, char **argv);

#endif
