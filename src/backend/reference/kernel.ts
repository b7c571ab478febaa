// The reference kernel table: primitive name -> a function over host storage.
// Family files in ./kernels register into it; a law checks that every
// registered primitive has a reference kernel.

import type { ShapedArray } from "../../core/aval.js";
import type { Storage } from "../../core/dtype.js";
import { ValueError } from "../../core/errors.js";

/** One operand of a reference kernel: its storage and aval. */
export interface RefArg {
  readonly data: Storage;
  readonly aval: ShapedArray;
}

/** A reference kernel: operands, params, output avals -> fresh output storage. */
export type RefKernel<P = any> = (args: readonly RefArg[], params: P, outAvals: readonly ShapedArray[]) => Storage[];

export const refKernels = new Map<string, RefKernel>();

/** Registers reference kernels by primitive name. */
export const registerRefKernels = (table: Record<string, RefKernel>): void => {
  for (const [name, k] of Object.entries(table)) {
    if (refKernels.has(name)) throw new ValueError(`reference kernel ${name} registered twice`);
    refKernels.set(name, k);
  }
};
