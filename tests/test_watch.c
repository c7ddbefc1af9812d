/*
 * test_watch.c - the shutdown actions of `xl-acpi create`'s daemon
 * (xl-plugin/watch.c): which xl.cfg setting answers which shutdown reason.
 * The daemon itself runs on a real domain in make check-xen (the domU
 * created by xl-acpi create powers off and must be gone).
 */
#include "cunit_main.h"

#include "watch.h"

static void fill(libxl_domain_config *dc)
{
    libxl_domain_config_init(dc);
    dc->on_poweroff = LIBXL_ACTION_ON_SHUTDOWN_DESTROY;
    dc->on_reboot = LIBXL_ACTION_ON_SHUTDOWN_RESTART;
    dc->on_watchdog = LIBXL_ACTION_ON_SHUTDOWN_COREDUMP_DESTROY;
    dc->on_crash = LIBXL_ACTION_ON_SHUTDOWN_PRESERVE;
    dc->on_soft_reset = LIBXL_ACTION_ON_SHUTDOWN_SOFT_RESET;
}

static void test_each_reason(void)
{
    libxl_domain_config dc;

    fill(&dc);
    CU_ASSERT_EQUAL(xl_watch_action(&dc, LIBXL_SHUTDOWN_REASON_POWEROFF),
                    LIBXL_ACTION_ON_SHUTDOWN_DESTROY);
    CU_ASSERT_EQUAL(xl_watch_action(&dc, LIBXL_SHUTDOWN_REASON_REBOOT),
                    LIBXL_ACTION_ON_SHUTDOWN_RESTART);
    CU_ASSERT_EQUAL(xl_watch_action(&dc, LIBXL_SHUTDOWN_REASON_WATCHDOG),
                    LIBXL_ACTION_ON_SHUTDOWN_COREDUMP_DESTROY);
    CU_ASSERT_EQUAL(xl_watch_action(&dc, LIBXL_SHUTDOWN_REASON_CRASH),
                    LIBXL_ACTION_ON_SHUTDOWN_PRESERVE);
    CU_ASSERT_EQUAL(xl_watch_action(&dc, LIBXL_SHUTDOWN_REASON_SOFT_RESET),
                    LIBXL_ACTION_ON_SHUTDOWN_SOFT_RESET);
    libxl_domain_config_dispose(&dc);
}

/* A suspend is left to whoever suspended the domain; a reason Xen adds
 * later is handled as a crash (xl does the same). */
static void test_suspend_and_unknown(void)
{
    libxl_domain_config dc;

    fill(&dc);
    CU_ASSERT_EQUAL(xl_watch_action(&dc, LIBXL_SHUTDOWN_REASON_SUSPEND), 0);
    CU_ASSERT_EQUAL(xl_watch_action(&dc, 42), LIBXL_ACTION_ON_SHUTDOWN_PRESERVE);
    CU_ASSERT_EQUAL(xl_watch_action(&dc, LIBXL_SHUTDOWN_REASON_UNKNOWN),
                    LIBXL_ACTION_ON_SHUTDOWN_PRESERVE);
    libxl_domain_config_dispose(&dc);
}

void register_tests(void)
{
    CU_pSuite s = add_suite("watch");

    add_test(s, "each shutdown reason to its xl.cfg action", test_each_reason);
    add_test(s, "suspend and unknown reasons", test_suspend_and_unknown);
}
