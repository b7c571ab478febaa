// The element order of jaxts' sorts on the host (set operations on concrete
// arrays): NaN last, -0 == +0. Internal: not re-exported from jaxts/numpy.

export type El = number | bigint;

/** Sort-order comparison of two elements: NaN last, -0 == +0. */
export const cmpEl = (x: El, y: El): number => {
  const xn = typeof x === "number" && Number.isNaN(x);
  const yn = typeof y === "number" && Number.isNaN(y);
  if (xn || yn) return xn && yn ? 0 : xn ? 1 : -1;
  return x < y ? -1 : x > y ? 1 : 0;
};
