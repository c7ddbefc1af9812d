/*
 * nsscan.c - the names a table defines (acpi_ns_scan) and the safety check
 * of a device-model device body (acpi_aml_check_body), both on top of the
 * walker in aml_parse.c: this file gives the names their meaning (absolute
 * paths, method argument counts, what a device body may not do).
 */
#include "acpigen/nsscan.h"

#include "aml/aml_parse.h"
#include "aml/aml_plain.h"
#include "base/mem.h"
#include "base/msg.h"

/* ---- acpi_ns_scan ------------------------------------------------------ */

/* NameSegs a scope opened through `\` or `^` replaces are kept here until
 * it closes.  Relative scopes only append, so ordinary tables use none of
 * it; this bounds the memory of hostile ones. */
#define SAVED_SEGS (8 * ACPI_NS_MAX_SEGS)

struct scan {
    struct aml__parser p;
    acpi_ns_fn fn;
    void *ctx;
    /* name.segs[0..npath) is the current scope, from the root; a name
     * defined in it is reported by writing its segments right after. */
    struct acpi_ns_name name;
    unsigned npath;
    struct acpi_ns_name alt;            /* names that replace part of the scope */
    uint32_t saved[SAVED_SEGS];
    unsigned nsaved;
};

/* Where the name lands: the first `base` segments of the current scope
 * followed by the NameString's own segments. */
static int resolve(struct scan *s, const struct aml__parse_ns *ns, unsigned *base)
{
    if (ns->root) {
        *base = 0;
    } else if (ns->parents > s->npath) {
        return aml__parse_fail(&s->p, ns->offset,
                               "NameString with %u ^ prefixes goes above the root (scope depth %u)",
                               ns->parents, s->npath);
    } else {
        *base = s->npath - ns->parents;
    }
    if (ns->nsegs > ACPI_NS_MAX_SEGS - *base)
        return aml__parse_fail(&s->p, ns->offset, "path of %u NameSegs is longer than %u",
                               *base + ns->nsegs, (unsigned)ACPI_NS_MAX_SEGS);
    return 0;
}

static int report(struct scan *s, struct acpi_ns_name *name, uint16_t opcode, size_t offset)
{
    if (!s->fn)
        return 0;
    name->opcode = opcode;
    name->offset = offset;
    return s->fn(s->ctx, name) ? 1 : 0;
}

static int scan_name(struct aml__parser *p, struct aml__parse_frame *f,
                     const struct aml__parse_ns *ns, enum aml__parse_role role,
                     unsigned arg, unsigned arg2)
{
    struct scan *s = p->user;
    struct acpi_ns_name *out = &s->name;
    unsigned base = 0, keep;

    (void)arg;
    (void)arg2;
    if (role == AML_PARSE_EXTERNAL)
        return 0;       /* a declaration: the object lives elsewhere */
    if (resolve(s, ns, &base))
        return -1;

    if (role == AML_PARSE_DEFINE || role == AML_PARSE_FIELD_UNIT) {
        if (base != s->npath) {
            out = &s->alt;
            acpigen_memmove(out->segs, s->name.segs, base * sizeof(uint32_t));
        }
        for (unsigned i = 0; i < ns->nsegs; i++)
            out->segs[base + i] = aml__parse_seg(ns, i);
        out->nsegs = base + ns->nsegs;
        /* A field unit has no opcode of its own: 0, at its NameSeg. */
        return role == AML_PARSE_FIELD_UNIT ? report(s, out, 0, ns->offset)
                                            : report(s, out, f->op, f->start);
    }

    /* Scope, Device, Method, ...: the name becomes the current scope until
     * the frame closes.  Save what the name replaces. */
    keep = s->npath - base;
    if (keep > SAVED_SEGS - s->nsaved)
        return aml__parse_fail(p, ns->offset,
                               "scopes opened through \\ or ^ nest too deeply (%u saved NameSegs)",
                               (unsigned)SAVED_SEGS);
    if (keep)
        acpigen_memmove(s->saved + s->nsaved, s->name.segs + base, keep * sizeof(uint32_t));
    f->user = (uint32_t)s->npath | (uint32_t)base << 8 | (uint32_t)s->nsaved << 16;
    f->scoped = 1;
    s->nsaved += keep;
    for (unsigned i = 0; i < ns->nsegs; i++)
        out->segs[base + i] = aml__parse_seg(ns, i);
    s->npath = base + ns->nsegs;
    out->nsegs = s->npath;
    return report(s, out, f->op, f->start);
}

static void scan_close(struct aml__parser *p, struct aml__parse_frame *f)
{
    struct scan *s = p->user;
    unsigned old = f->user & 0xFF, base = (f->user >> 8) & 0xFF, at = f->user >> 16;

    if (old > base)
        acpigen_memmove(s->name.segs + base, s->saved + at, (old - base) * sizeof(uint32_t));
    s->npath = old;
    s->nsaved = at;
}

static const struct aml__parse_hooks scan_hooks = {
    .name = scan_name,
    .close = scan_close,
};

int acpi_ns_scan(const uint8_t *aml, size_t len, acpi_ns_fn fn, void *ctx,
                 char *err, size_t errlen)
{
    struct scan s;
    int rc;

    if (err && errlen)
        err[0] = '\0';
    if (!aml && len) {
        msg_format(err, err ? errlen : 0, "acpi_ns_scan: NULL AML of %Z bytes", len);
        return -1;
    }
    s.p.aml = aml;
    s.p.len = len;
    s.p.max_depth = ACPI_NS_MAX_DEPTH;
    s.p.skip_method_bodies = 1;     /* they define nothing until run */
    s.p.hooks = &scan_hooks;
    s.p.user = &s;
    s.p.err = err;
    s.p.errlen = err ? errlen : 0;
    s.fn = fn;
    s.ctx = ctx;
    s.npath = 0;
    s.nsaved = 0;
    rc = aml__parse_run(&s.p);
    return rc < 0 ? -1 : rc > 0 ? 1 : 0;
}

void acpi_ns_format(const struct acpi_ns_name *name, char *buf, size_t cap)
{
    size_t n = 0;
    unsigned nsegs;

    if (!buf || !cap)
        return;
    nsegs = name ? name->nsegs : 0;
    if (nsegs > ACPI_NS_MAX_SEGS)
        nsegs = ACPI_NS_MAX_SEGS;
    if (n + 1 < cap)
        buf[n++] = '\\';
    for (unsigned i = 0; i < nsegs; i++) {
        if (i && n + 1 < cap)
            buf[n++] = '.';
        for (unsigned j = 0; j < 4; j++) {
            char c = (char)(name->segs[i] >> (8 * j));
            if (n + 1 < cap)
                buf[n++] = (c >= 0x21 && c <= 0x7E) ? c : '?';
        }
    }
    buf[n] = '\0';
}

/* ---- acpi_aml_check_body ----------------------------------------------- */

/*
 * Method calls.  A NameString where a TermArg goes is a call, and how many
 * TermArgs follow it is known only from the method's definition.  The
 * check makes two passes: the first walks the body with method bodies
 * skipped (as the scan does) and records each Method it defines, and each
 * External(..., MethodObj, n), by its last NameSeg; the second parses
 * everything and gives a call to a recorded name that many TermArgs.  An
 * unknown name (a method outside the body, a table full of names, or a
 * NameSeg defined twice with different ArgCounts) is taken as a reference
 * with no arguments.
 *
 * Most bodies a device model writes (_HID, _UID, _CRS, a _STA that
 * returns a constant) never put a NameString where a call could stand, and
 * then the first pass would be wasted: so the second pass runs first, and
 * only a NameString in such a place stops it, runs the first pass, and
 * starts the second again from the top.  Nothing before that point
 * depended on the methods, and the hooks of the second pass have no effect
 * but an error, which would have stopped it, so the result is the same as
 * in the fixed order.
 *
 * This is safe even when the count is wrong (a method of the same NameSeg
 * elsewhere wins under the real search rules): every argument is itself a
 * complete term, and where a term ends never depends on where it stands.
 * A miscounted call only moves terms between "argument of the call" and
 * "next statement" (or makes a valid body fail to parse): the bytes are
 * still split into the same opcodes, NameStrings and PkgLength blocks, and
 * each of them is still checked.  What the check cares about (definitions,
 * Scope, Load, bounds) is a property of those pieces, not of which
 * operator they feed.  The nesting depth of operators may differ from the
 * interpreter's; the limit is there for our own stack and the operator
 * shapes of a sane body, while blocks nest exactly as encoded.
 */
#define CHECK_METHODS 64

struct method {
    uint32_t seg;
    uint8_t argc;
    uint8_t ambiguous;      /* defined twice with different ArgCounts */
};

struct check {
    struct aml__parser p;
    struct method methods[CHECK_METHODS];
    unsigned nmethods;
    int methods_known;      /* the first pass has run */
};

/* What check_argc stops the second pass with to get the first run. */
#define NEED_METHODS 2

static void record_method(struct check *c, const struct aml__parse_ns *ns, unsigned argc)
{
    uint32_t seg;

    if (!ns->nsegs)
        return;
    seg = aml__parse_seg(ns, ns->nsegs - 1);
    for (unsigned i = 0; i < c->nmethods; i++) {
        if (c->methods[i].seg == seg) {
            if (c->methods[i].argc != argc)
                c->methods[i].ambiguous = 1;
            return;
        }
    }
    if (c->nmethods < CHECK_METHODS) {
        c->methods[c->nmethods].seg = seg;
        c->methods[c->nmethods].argc = (uint8_t)argc;
        c->methods[c->nmethods].ambiguous = 0;
        c->nmethods++;
    }
}

static int methods_name(struct aml__parser *p, struct aml__parse_frame *f,
                        const struct aml__parse_ns *ns, enum aml__parse_role role,
                        unsigned arg, unsigned arg2)
{
    (void)f;
    if (role == AML_PARSE_METHOD)
        record_method(p->user, ns, arg);
    else if (role == AML_PARSE_EXTERNAL && arg == 8)    /* ObjectType MethodObj */
        record_method(p->user, ns, arg2 & 7);
    return 0;
}

static const struct aml__parse_hooks methods_hooks = {
    .name = methods_name,
};

static int check_name(struct aml__parser *p, struct aml__parse_frame *f,
                      const struct aml__parse_ns *ns, enum aml__parse_role role,
                      unsigned arg, unsigned arg2)
{
    char text[48];

    (void)arg;
    (void)arg2;
    if (role == AML_PARSE_EXTERNAL || role == AML_PARSE_FIELD_UNIT)
        return 0;   /* a declaration; a bare NameSeg in the current scope */
    if (!ns->root && !ns->parents)
        return 0;
    aml__parse_ns_text(ns, text, sizeof(text));
    return aml__parse_fail(p, f->start, "%s defines %s outside the device (%s)",
                           aml__parse_op_name(f->op), text,
                           ns->root ? "absolute path" : "parent prefix ^");
}

static int check_op(struct aml__parser *p, uint16_t op, size_t offset)
{
    if (op == 0x10)
        return aml__parse_fail(p, offset, "Scope is not allowed in a device body "
                               "(even a Scope of one NameSeg can reach objects above the device)");
    return aml__parse_fail(p, offset, "%s is not allowed in a device body",
                           aml__parse_op_name(op));
}

static int check_argc(struct aml__parser *p, const struct aml__parse_ns *ns, unsigned *argc)
{
    const struct check *c = p->user;
    uint32_t seg;

    *argc = 0;
    if (!ns->nsegs)
        return 0;
    if (!c->methods_known)
        return NEED_METHODS;
    seg = aml__parse_seg(ns, ns->nsegs - 1);
    for (unsigned i = 0; i < c->nmethods; i++)
        if (c->methods[i].seg == seg) {
            *argc = c->methods[i].ambiguous ? 0 : c->methods[i].argc;
            return 0;
        }
    return 0;
}

static const struct aml__parse_hooks check_hooks = {
    .name = check_name,
    /* check_name passes every name without \ or ^ */
    .skip_plain = 1u << AML_PARSE_DEFINE | 1u << AML_PARSE_OPEN | 1u << AML_PARSE_METHOD |
                  1u << AML_PARSE_SCOPE | 1u << AML_PARSE_FIELD_UNIT | 1u << AML_PARSE_EXTERNAL,
    .op = check_op,
    .argc = check_argc,
};

int aml__check_body_walk(const uint8_t *body, size_t len, unsigned max_depth, char *err,
                         size_t errlen)
{
    struct check c;

    c.nmethods = 0;
    c.methods_known = 0;
    c.p.aml = body;
    c.p.len = len;
    c.p.user = &c;
    for (;;) {
        /* Pass 2: everything, method bodies included. */
        c.p.max_depth = max_depth;
        c.p.skip_method_bodies = 0;
        c.p.hooks = &check_hooks;
        c.p.err = err;
        c.p.errlen = err ? errlen : 0;
        int rc = aml__parse_run(&c.p);
        if (rc != NEED_METHODS)
            return rc ? -1 : 0;

        /* Pass 1: the methods the body defines.  Its errors do not
         * matter: pass 2 parses all of it and reports them. */
        c.p.max_depth = max_depth;
        c.p.skip_method_bodies = 1;
        c.p.hooks = &methods_hooks;
        c.p.err = NULL;
        c.p.errlen = 0;
        (void)aml__parse_run(&c.p);
        c.methods_known = 1;
    }
}

int acpi_aml_check_body(const uint8_t *body, size_t len, unsigned max_depth,
                        char *err, size_t errlen)
{
    if (err && errlen)
        err[0] = '\0';
    if (!body && len) {
        msg_format(err, err ? errlen : 0, "acpi_aml_check_body: NULL body of %Z bytes", len);
        return -1;
    }
    if (!max_depth)
        max_depth = ACPI_NS_BODY_DEPTH;
    if (max_depth > ACPI_NS_MAX_DEPTH)
        max_depth = ACPI_NS_MAX_DEPTH;
    /* The common body in one pass (aml_plain.c): the same yes the walker
     * would give, at a fraction of its cost; everything else walks. */
    return aml__check_body_fast(body, len, max_depth, err, errlen);
}
