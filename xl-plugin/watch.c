/*
 * watch.c - the shutdown daemon of `xl-acpi create` (see watch.h).
 */
#define _POSIX_C_SOURCE 200809L

#include "watch.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <xentoollog.h>

libxl_action_on_shutdown xl_watch_action(const libxl_domain_config *dc, int reason)
{
    switch (reason) {
    case LIBXL_SHUTDOWN_REASON_POWEROFF:
        return dc->on_poweroff;
    case LIBXL_SHUTDOWN_REASON_REBOOT:
        return dc->on_reboot;
    case LIBXL_SHUTDOWN_REASON_SUSPEND:
        return 0;
    case LIBXL_SHUTDOWN_REASON_WATCHDOG:
        return dc->on_watchdog;
    case LIBXL_SHUTDOWN_REASON_SOFT_RESET:
        return dc->on_soft_reset;
    default:
        return dc->on_crash;
    }
}

__attribute__((format(printf, 1, 2)))
static void say(const char *fmt, ...)
{
    char when[32];
    time_t t = time(NULL);
    struct tm tm;
    va_list ap;

    strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S", localtime_r(&t, &tm));
    fprintf(stderr, "%s xl-acpi: ", when);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fflush(stderr);
}

static void to_log(const char *name)
{
    char path[512];
    int fd, null = open("/dev/null", O_RDWR);

    snprintf(path, sizeof(path), "/var/log/xen/xl-acpi-%s.log", name);
    fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        fd = null;
    if (null >= 0)
        dup2(null, STDIN_FILENO);
    if (fd >= 0) {
        dup2(fd, STDOUT_FILENO);
        dup2(fd, STDERR_FILENO);
    }
    if (fd > STDERR_FILENO)
        close(fd);
    if (null > STDERR_FILENO && null != fd)
        close(null);
}

/* Waits for domid's shutdown and acts; returns when the daemon is done. */
static void watch(libxl_ctx *ctx, const libxl_domain_config *dc, uint32_t domid,
                  xl_watch_recreate_fn *recreate, void *arg)
{
    for (;;) {
        libxl_evgen_domain_death *w = NULL;
        libxl_event *ev = NULL;
        libxl_action_on_shutdown act;
        int reason;

        if (libxl_evenable_domain_death(ctx, domid, 0, &w)) {
            say("domain %u: cannot watch it for shutdown; nobody will act on it", domid);
            return;
        }
        say("watching domain %u (%s)", domid, dc->c_info.name);
        for (;;) {
            if (libxl_event_wait(ctx, &ev, LIBXL_EVENTMASK_ALL, 0, 0)) {
                say("domain %u: waiting for its events failed; nobody will act on it", domid);
                libxl_evdisable_domain_death(ctx, w);
                return;
            }
            if (ev->domid == domid && (ev->type == LIBXL_EVENT_TYPE_DOMAIN_SHUTDOWN ||
                                       ev->type == LIBXL_EVENT_TYPE_DOMAIN_DEATH))
                break;
            libxl_event_free(ctx, ev);
        }
        libxl_evdisable_domain_death(ctx, w);
        if (ev->type == LIBXL_EVENT_TYPE_DOMAIN_DEATH) {
            say("domain %u is gone (destroyed from outside)", domid);
            libxl_event_free(ctx, ev);
            return;
        }
        reason = ev->u.domain_shutdown.shutdown_reason;
        libxl_event_free(ctx, ev);
        act = xl_watch_action(dc, reason);
        say("domain %u shut down (%s): %s", domid, libxl_shutdown_reason_to_string(reason)
            ? libxl_shutdown_reason_to_string(reason) : "unknown reason",
            act ? libxl_action_on_shutdown_to_string(act) : "nothing to do");
        if (!act)
            continue;                   /* a suspend: whoever suspended it acts */
        switch (act) {
        case LIBXL_ACTION_ON_SHUTDOWN_PRESERVE:
            return;
        case LIBXL_ACTION_ON_SHUTDOWN_RESTART:
        case LIBXL_ACTION_ON_SHUTDOWN_RESTART_RENAME:
        case LIBXL_ACTION_ON_SHUTDOWN_COREDUMP_RESTART:
        case LIBXL_ACTION_ON_SHUTDOWN_SOFT_RESET:
            /* No core dumps, no renamed corpse, no in-place soft reset:
             * a fresh domain with the same config, as the restart that
             * xl falls back to. */
            if (libxl_domain_destroy(ctx, domid, NULL)) {
                say("domain %u: cannot destroy it to restart it", domid);
                return;
            }
            if (recreate(arg, ctx, &domid)) {
                say("the restart failed (above): no domain left");
                return;
            }
            continue;
        default:                        /* destroy, coredump-destroy */
            if (libxl_domain_destroy(ctx, domid, NULL))
                say("domain %u: destroying it failed: xl destroy %u", domid, domid);
            else
                say("domain %u destroyed", domid);
            return;
        }
    }
}

int xl_watch_spawn(libxl_ctx *ctx, const libxl_domain_config *dc, uint32_t domid,
                   xl_watch_recreate_fn *recreate, void *arg)
{
    xentoollog_logger_stdiostream *lg;
    libxl_ctx *own = NULL;
    pid_t pid;

    fflush(NULL);
    pid = fork();
    if (pid != 0)
        return pid;                     /* the parent, or -1 */
    libxl_postfork_child_noexec(ctx);
    /* No longer the caller's: its terminal going away must not end us. */
    (void)setsid();
    to_log(dc->c_info.name ? dc->c_info.name : "domain");
    lg = xtl_createlogger_stdiostream(stderr, XTL_ERROR, 0);
    if (!lg || libxl_ctx_alloc(&own, LIBXL_VERSION, 0, (xentoollog_logger *)lg)) {
        say("domain %u: cannot open libxl: %s; nobody will act on its shutdown", domid,
            strerror(errno));
        _exit(1);
    }
    watch(own, dc, domid, recreate, arg);
    libxl_ctx_free(own);
    xtl_logger_destroy((xentoollog_logger *)lg);
    _exit(0);
}
