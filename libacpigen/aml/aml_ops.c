/*
 * aml_ops.c - operators and statements (Store, Add, ..., Return, Notify),
 * control flow (If/Else/While/Break), raw TermLists, and the opening of a
 * ResourceTemplate (its descriptors: aml_rt.c); see acpigen/aml.h.
 */
#include "aml/aml_writer.h"
#include "base/mem.h"

static void open_op(struct aml_writer *w, enum op_id op)
{
    const struct op_desc *d = &aml__ops[op];

    if (!aml__begin(w, d->cls, d->asl))
        return;
    if (!push(w, F_OP, op, w->len))
        return;
    uint8_t *p = aml__emit(w, d->ext ? 2 : 1);
    if (!p)
        return;
    if (d->ext)
        *p++ = EXT;
    *p = d->code;
}

void aml_acquire(struct aml_writer *w, uint16_t timeout_ms)
{
    open_op(w, OP_ACQUIRE);
    if (!w->err)
        w->frames[w->depth - 1].limit = timeout_ms;
}

void aml_release(struct aml_writer *w) { open_op(w, OP_RELEASE); }
void aml_notify(struct aml_writer *w) { open_op(w, OP_NOTIFY); }
void aml_sleep(struct aml_writer *w) { open_op(w, OP_SLEEP); }

void aml_return(struct aml_writer *w)
{
    if (!w->err && !aml__enclosing_method(w)) {
        aml__fail(w, AML_E_SHAPE, "Return outside a Method");
        return;
    }
    open_op(w, OP_RETURN);
}

void aml_store(struct aml_writer *w) { open_op(w, OP_STORE); }
void aml_add(struct aml_writer *w) { open_op(w, OP_ADD); }
void aml_subtract(struct aml_writer *w) { open_op(w, OP_SUBTRACT); }
void aml_multiply(struct aml_writer *w) { open_op(w, OP_MULTIPLY); }
void aml_and(struct aml_writer *w) { open_op(w, OP_AND); }
void aml_or(struct aml_writer *w) { open_op(w, OP_OR); }
void aml_xor(struct aml_writer *w) { open_op(w, OP_XOR); }
void aml_not(struct aml_writer *w) { open_op(w, OP_NOT); }
void aml_shift_left(struct aml_writer *w) { open_op(w, OP_SHL); }
void aml_shift_right(struct aml_writer *w) { open_op(w, OP_SHR); }
void aml_increment(struct aml_writer *w) { open_op(w, OP_INC); }
void aml_decrement(struct aml_writer *w) { open_op(w, OP_DEC); }
void aml_land(struct aml_writer *w) { open_op(w, OP_LAND); }
void aml_lor(struct aml_writer *w) { open_op(w, OP_LOR); }
void aml_lnot(struct aml_writer *w) { open_op(w, OP_LNOT); }
void aml_lequal(struct aml_writer *w) { open_op(w, OP_LEQUAL); }
void aml_lgreater(struct aml_writer *w) { open_op(w, OP_LGREATER); }
void aml_lless(struct aml_writer *w) { open_op(w, OP_LLESS); }
void aml_index(struct aml_writer *w) { open_op(w, OP_INDEX); }
void aml_derefof(struct aml_writer *w) { open_op(w, OP_DEREFOF); }
void aml_refof(struct aml_writer *w) { open_op(w, OP_REFOF); }
void aml_sizeof(struct aml_writer *w) { open_op(w, OP_SIZEOF); }
void aml_concatenate(struct aml_writer *w) { open_op(w, OP_CONCAT); }
void aml_to_buffer(struct aml_writer *w) { open_op(w, OP_TOBUFFER); }
void aml_to_integer(struct aml_writer *w) { open_op(w, OP_TOINTEGER); }


static void open_block(struct aml_writer *w, enum op_id op, enum fkind kind)
{
    const struct op_desc *d = &aml__ops[op];

    if (!aml__begin(w, d->cls, d->asl))
        return;
    if (!push(w, kind, op, w->len + 1))
        return;
    uint8_t *p = aml__emit(w, 2);   /* opcode and the PkgLength byte */
    if (p)
        p[0] = d->code;
}

/* If and While are legal in a table's TermList too (run at load time):
 * iasl itself wraps External declarations in a top-level If (Zero). */
void aml_if(struct aml_writer *w)
{
    open_block(w, OP_IF, F_IF);
}

void aml_else(struct aml_writer *w)
{
    if (w->err)
        return;
    if (w->else_at != w->len || w->else_depth != w->depth) {
        aml__fail(w, AML_E_SHAPE, "Else does not directly follow the end of an If");
        return;
    }
    open_block(w, OP_ELSE, F_BLOCK);
}

void aml_while(struct aml_writer *w)
{
    open_block(w, OP_WHILE, F_WHILE);
}

void aml_break(struct aml_writer *w)
{
    if (w->err)
        return;
    for (unsigned i = w->depth; i--;) {
        if (w->frames[i].kind == F_WHILE) {
            aml__simple_term(w, CL_STMT, "Break", 0xA5, 0, 1);
            return;
        }
        if (w->frames[i].op == OP_METHOD)
            break;
    }
    aml__fail(w, AML_E_SHAPE, "Break outside a While");
}

/* Bytes that are already a complete TermList (a device body that
 * acpi_aml_check_body() accepted): the writer cannot see inside them, so
 * they are only allowed where statements are, and only as a whole. */
void aml_raw_terms(struct aml_writer *w, const void *aml, size_t len)
{
    if (!aml__begin(w, CL_STMT, "raw TermList"))
        return;
    if (!aml && len) {
        aml__fail(w, AML_E_ARG, "raw TermList: NULL pointer");
        return;
    }
    uint8_t *p = aml__emit(w, len);
    if (!p)
        return;
    if (len)
        acpigen_memmove(p, aml, len);
    term_done(w);
}


void aml_resource_template(struct aml_writer *w)
{
    if (!aml__begin(w, CL_DATA, "ResourceTemplate"))
        return;
    if (!push(w, F_RT, OP_RT, w->len + 1))
        return;
    uint8_t *p = aml__emit(w, 4);   /* BufferOp, PkgLength, BytePrefix size */
    if (p)
        p[0] = 0x11;
}

