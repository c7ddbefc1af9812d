/*
 * watch.h - what `xl create` does after a domain starts, for the domains
 * `xl-acpi create` makes: a daemon waits for the domain to shut down and
 * applies the xl.cfg action for the reason (on_poweroff, on_reboot,
 * on_watchdog, on_crash, on_soft_reset).
 *
 * Without it a domU that powers off would stay as a shut-down domain
 * nobody destroys, and one that reboots would never come back.  A restart
 * builds the domain again through the same path as the first creation, so
 * the new domain gets xl-acpi's tables too, not libxl's.
 */
#ifndef XL_ACPI_WATCH_H
#define XL_ACPI_WATCH_H

#include <stdint.h>

#include <libxl.h>

/* The action dc asks for when its domain shuts down for reason (a
 * LIBXL_SHUTDOWN_REASON_*, as the DOMAIN_SHUTDOWN event carries it).
 * Suspend is not a shutdown to act on (0); an unknown reason is treated as
 * a crash, as xl does. */
libxl_action_on_shutdown xl_watch_action(const libxl_domain_config *dc, int reason);

/* Builds the domain again after a restart through ctx (the daemon's own):
 * its new id in *domid, 0 on success (the domain runs, with our tables),
 * -1 when it could not (the callback has said why on stderr and left no
 * domain behind). */
typedef int xl_watch_recreate_fn(void *arg, libxl_ctx *ctx, uint32_t *domid);

/*
 * Fork a daemon that watches domid as `xl create` does, logging to
 * /var/log/xen/xl-acpi-NAME.log (or /dev/null if that cannot be opened);
 * the caller returns at once and goes on with ctx; the daemon drops its
 * copy of ctx (libxl_postfork_child_noexec) and opens its own.  Returns
 * the daemon's pid, or -1 with errno set (the domain is then unwatched:
 * say so).
 */
int xl_watch_spawn(libxl_ctx *ctx, const libxl_domain_config *dc, uint32_t domid,
                   xl_watch_recreate_fn *recreate, void *arg);

#endif
