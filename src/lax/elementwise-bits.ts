// Comparison, logical/bitwise and bit-counting elementwise primitives: eq ne
// lt le gt ge (-> bool), and or xor not (bool or integers), shift_left
// shift_right_logical shift_right_arithmetic (shift amounts outside
// [0, bits) give 0, or the sign fill for arithmetic shifts, as XLA),
// population_count and clz.

import { binaryOp, elementwisePrimitive, toBool, unaryOp } from "./elementwise-base.js";

const cmp = { outDType: toBool, traits: { nonDifferentiable: true } } as const;
const nd = { traits: { nonDifferentiable: true } } as const;

export const eqP = elementwisePrimitive("eq", "any", cmp);
export const neP = elementwisePrimitive("ne", "any", cmp);
export const ltP = elementwisePrimitive("lt", "any", cmp);
export const leP = elementwisePrimitive("le", "any", cmp);
export const gtP = elementwisePrimitive("gt", "any", cmp);
export const geP = elementwisePrimitive("ge", "any", cmp);
/** `lax.eq(x, y)`: x == y (NaN != NaN, -0 == 0). @category elementwise */
export const eq = binaryOp(eqP);
/** `lax.ne(x, y)`: x != y. @category elementwise */
export const ne = binaryOp(neP);
/** `lax.lt(x, y)`: x < y. @category elementwise */
export const lt = binaryOp(ltP);
/** `lax.le(x, y)`: x <= y. @category elementwise */
export const le = binaryOp(leP);
/** `lax.gt(x, y)`: x > y. @category elementwise */
export const gt = binaryOp(gtP);
/** `lax.ge(x, y)`: x >= y. @category elementwise */
export const ge = binaryOp(geP);

export const andP = elementwisePrimitive("and", "intOrBool", nd);
export const orP = elementwisePrimitive("or", "intOrBool", nd);
export const xorP = elementwisePrimitive("xor", "intOrBool", nd);
export const notP = elementwisePrimitive("not", "intOrBool", nd);
/** `lax.bitwiseAnd(x, y)`: logical and for bool, bitwise and for integers. @category elementwise */
export const bitwiseAnd = binaryOp(andP);
/** `lax.bitwiseOr(x, y)`. @category elementwise */
export const bitwiseOr = binaryOp(orP);
/** `lax.bitwiseXor(x, y)`. @category elementwise */
export const bitwiseXor = binaryOp(xorP);
/** `lax.bitwiseNot(x)`: logical not for bool, ~x for integers. @category elementwise */
export const bitwiseNot = unaryOp(notP);

export const shiftLeftP = elementwisePrimitive("shift_left", "int", nd);
export const shiftRightLogicalP = elementwisePrimitive("shift_right_logical", "int", nd);
export const shiftRightArithmeticP = elementwisePrimitive("shift_right_arithmetic", "int", nd);
/** `lax.shiftLeft(x, n)`: x << n; n outside [0, bits) gives 0. @category elementwise */
export const shiftLeft = binaryOp(shiftLeftP);
/** `lax.shiftRightLogical(x, n)`: zero-filling x >> n; n outside [0, bits) gives 0. @category elementwise */
export const shiftRightLogical = binaryOp(shiftRightLogicalP);
/**
 * `lax.shiftRightArithmetic(x, n)`: sign-filling x >> n (unsigned x is read
 * as signed); n outside [0, bits) gives the sign fill (0 or -1).
 * @category elementwise
 */
export const shiftRightArithmetic = binaryOp(shiftRightArithmeticP);

export const populationCountP = elementwisePrimitive("population_count", "int", nd);
export const clzP = elementwisePrimitive("clz", "int", nd);
/** `lax.populationCount(x)`: number of set bits, in x's dtype. @category elementwise */
export const populationCount = unaryOp(populationCountP);
/** `lax.clz(x)`: number of leading zero bits, in x's dtype. @category elementwise */
export const clz = unaryOp(clzP);
