/*
 * xencmd.h - the xl-acpi commands that act on a real Xen domain:
 * create, attach and genid (xencmd.c).
 */
#ifndef XL_ACPI_XENCMD_H
#define XL_ACPI_XENCMD_H

/* 1 when argv[1] names one of these commands. */
int xl_is_xen_command(const char *cmd);

/* Run it; returns the exit status (0 done, 1 error, 2 usage error). */
int xl_xen_main(int argc, char **argv);

#endif
