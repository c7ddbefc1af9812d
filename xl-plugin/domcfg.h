/*
 * domcfg.h - the domain part of an xl.cfg (name, kernel, memory, ...) as
 * the libxl_domain_config that `xl-acpi create` hands to libxl.
 *
 * It reads the file with libxlutil, as xl does, and translates the few
 * settings a PVH domU with direct kernel boot needs.  Device settings that
 * xl would turn into libxl devices (disk, vif, pci, ...) are refused with
 * their name rather than dropped: a domain silently missing its disk is
 * worse than an error.  Use `xl create -p` and `xl-acpi attach` for those.
 */
#ifndef XL_ACPI_DOMCFG_H
#define XL_ACPI_DOMCFG_H

#include <stddef.h>

#include <libxl.h>

#include "cfg.h"

/* Fill dc (initialised here; the caller disposes of it) from the xl.cfg at
 * path, whose ACPI settings are already in cfg.  Returns 0, or -1 with err
 * ("PATH: error: ..."). */
int xl_domcfg_load(libxl_ctx *ctx, const char *path, const struct xl_cfg *cfg,
                   libxl_domain_config *dc, char *err, size_t errlen);

/* cpus="SPEC" in xl's syntax ("all", "N", "N-M", "^N", "^N-M", comma
 * separated and applied in order; not "nodes:"), CPUs below ncpus, into
 * map (allocated for at least ncpus).  Returns 0, or -1 with err naming
 * the bad item. */
int xl_cpus_parse(const char *spec, int ncpus, libxl_bitmap *map, char *err, size_t errlen);

#endif
