// Elementwise math of jaxts/numpy: promotion + broadcasting, then lax.

import type { NDArray } from "../core/array.js";
import type { ArrayLike } from "../core/array-types.js";
import * as lax from "../lax/elementwise.js";
import { promoteArgs } from "./util.js";

/** `np.add(x, y)`. @category math */
export const add = (x: ArrayLike, y: ArrayLike): NDArray => lax.add(...(promoteArgs("np.add", [x, y]) as [NDArray, NDArray]));
/** `np.multiply(x, y)`. @category math */
export const multiply = (x: ArrayLike, y: ArrayLike): NDArray => lax.mul(...(promoteArgs("np.multiply", [x, y]) as [NDArray, NDArray]));
