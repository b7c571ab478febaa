// Installs the Array methods (core/array-methods.ts) from the numpy functions.

import { type ArrayMethods, installArrayMethods } from "../core/array-methods.js";
import { NotImplementedError } from "../core/errors.js";
import { add, multiply } from "./math.js";
import { reshape } from "../lax/shape.js";
import { convertElementType } from "../lax/convert.js";

const partial: Partial<ArrayMethods> = {
  add,
  mul: multiply,
  reshape: (x, s) => reshape(x, s),
  astype: (x, d) => convertElementType(x, d),
};

installArrayMethods(
  new Proxy(partial as ArrayMethods, {
    get(t, k) {
      const f = (t as unknown as Record<string | symbol, unknown>)[k];
      if (f === undefined) throw new NotImplementedError(`Array method ${String(k)} is not implemented yet`);
      return f;
    },
  }),
);
