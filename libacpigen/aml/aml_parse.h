/*
 * aml_parse.h - a bounded walker over AML TermLists (ACPI 6.x chapter 20),
 * shared by the namespace scan and the device-body check (nsscan.c).
 *
 * The walker knows the grammar and the bounds; nsscan.c gives it meaning
 * through a few hooks (a name is defined, a scope closes, an opcode that
 * needs a verdict appears, how many arguments a method call takes).
 *
 * It never recurses: AML is prefix notation, so an explicit stack of open
 * constructs (one frame per block or operator still waiting for operands)
 * is enough, and its size is the nesting limit.  Every read is checked
 * against the end of the innermost construct that has a PkgLength (or the
 * input), so nothing past the input is ever touched, and each byte is
 * consumed once: the cost is linear in the input.
 */
#ifndef ACPIGEN_AML_PARSE_H
#define ACPIGEN_AML_PARSE_H

#include <stddef.h>
#include <stdint.h>

#include "acpigen/namespace.h"

/* NameSeg characters: AML_SEG_LEAD may lead (A-Z, _), AML_SEG_NEXT may
 * follow (A-Z, 0-9, _); AML_SEG_PFX marks the other bytes a NameString can
 * start with (\, ^, DualNamePrefix, MultiNamePrefix).  aml__seg_class[c]
 * holds the classes of byte c. */
#define AML_SEG_LEAD 1u
#define AML_SEG_NEXT 2u
#define AML_SEG_PFX  4u
#if defined(__GNUC__)
__attribute__((visibility("hidden")))  /* one load, not through the GOT */
#endif
extern const uint8_t aml__seg_class[256];

/* Pseudo opcode of a frame that collects the arguments of a method call. */
#define AML_PARSE_OP_CALL 0xFFFFu

/* A NameString as found in the input (its NameSegs are not copied). */
struct aml__parse_ns {
    size_t offset;          /* of its first byte */
    const uint8_t *segs;    /* nsegs NameSegs, 4 bytes each */
    unsigned nsegs;         /* 0: NullName (or `\` / `^` alone) */
    unsigned parents;       /* number of `^` */
    int root;               /* starts with `\` */
};

/* One open construct. */
struct aml__parse_frame {
    const char *shape;      /* operands still to come (see aml_parse.c) */
    size_t end;             /* where the innermost PkgLength says it ends */
    size_t start;           /* offset of its opcode */
    uint16_t op;            /* 0x5Bxx for extended opcodes */
    uint8_t scoped;         /* the name hook opened a scope here */
    uint32_t user;          /* for the hooks (saved scope state) */
};

/* Why the name hook is called. */
enum aml__parse_role {
    AML_PARSE_DEFINE,       /* a named object: Name, Alias, Mutex, ... */
    AML_PARSE_OPEN,         /* a named object whose TermList follows: Device, ... */
    AML_PARSE_METHOD,       /* a Method (arg = ArgCount); its body follows */
    AML_PARSE_SCOPE,        /* the name of a Scope(); its TermList follows */
    AML_PARSE_FIELD_UNIT,   /* a NamedField of a Field/IndexField/BankField */
    AML_PARSE_EXTERNAL,     /* External (arg = ObjectType, arg2 = ArgumentCount) */
};

struct aml__parser;

struct aml__parse_hooks {
    /* A definition or declaration.  f is the frame of the defining opcode
     * (for FIELD_UNIT the Field's); a hook that opens a scope sets
     * f->scoped and gets close() when the frame ends.  Returns 0 to go on,
     * nonzero to stop the walk with that value. */
    int (*name)(struct aml__parser *p, struct aml__parse_frame *f,
                const struct aml__parse_ns *ns, enum aml__parse_role role,
                unsigned arg, unsigned arg2);
    void (*close)(struct aml__parser *p, struct aml__parse_frame *f);
    /* Called for Scope, Load, LoadTable and Unload before their operands;
     * nonzero stops the walk. */
    int (*op)(struct aml__parser *p, uint16_t op, size_t offset);
    /* How many TermArgs follow a NameString that stands where a TermArg or
     * a statement goes (a method call) in *argc; 0 makes it a plain
     * reference.  Nonzero stops the walk with that value. */
    int (*argc)(struct aml__parser *p, const struct aml__parse_ns *ns, unsigned *argc);
    /* Roles (bit 1 << role) whose names without \ or ^ the name hook does
     * not want (it would return 0 for them and change nothing): the walker
     * does not call it for those.  0: every name. */
    unsigned skip_plain;
};

struct aml__parser {
    /* Set by the caller. */
    const uint8_t *aml;
    size_t len;
    unsigned max_depth;             /* <= ACPI_NS_MAX_DEPTH */
    int skip_method_bodies;
    const struct aml__parse_hooks *hooks;
    void *user;
    char *err;                      /* may be NULL */
    size_t errlen;

    /* Walker state. */
    size_t pos;
    unsigned nframes;
    struct aml__parse_frame frames[ACPI_NS_MAX_DEPTH + 1];
};

/* Walk aml[0..len) as a TermList.  Returns 0 when all of it parsed, -1 on
 * an error (p->err says why), or what a hook returned to stop the walk. */
int aml__parse_run(struct aml__parser *p);

/* Record an error "offset 0x..: ..." (fmt as in msg.h, after the offset)
 * and return -1. */
int aml__parse_fail(struct aml__parser *p, size_t offset, const char *fmt, ...);

/* NameSeg i of a NameString as a little-endian uint32 (ACPI_NAMESEG). */
uint32_t aml__parse_seg(const struct aml__parse_ns *ns, unsigned i);

/* "\_SB_.C000", "^^FOO_", shortened with "..." to fit; for messages. */
void aml__parse_ns_text(const struct aml__parse_ns *ns, char *buf, size_t cap);

/* The ASL name of an opcode ("Device", "method call"). */
const char *aml__parse_op_name(uint16_t op);

#endif
