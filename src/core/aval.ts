// Abstract values: what every trace knows of an array without its data —
// shape, dtype and JAX's weak-type flag (jax.core.ShapedArray).

import type { DType } from "./dtype.js";
import { fmtShape } from "./errors.js";
import { prod, type Shape } from "./shape.js";

/** Shape, dtype and weak-type flag of an array. @category core */
export class ShapedArray {
  constructor(
    readonly shape: Shape,
    readonly dtype: DType,
    readonly weakType = false,
  ) {}
  get ndim(): number {
    return this.shape.length;
  }
  get size(): number {
    return prod(this.shape);
  }
  /** Same shape and dtype (weak flag ignored unless `weak` is set). */
  equals(o: ShapedArray, weak = false): boolean {
    return (
      this.dtype === o.dtype &&
      this.shape.length === o.shape.length &&
      this.shape.every((d, i) => d === o.shape[i]) &&
      (!weak || this.weakType === o.weakType)
    );
  }
  withShape(shape: Shape): ShapedArray {
    return new ShapedArray(shape, this.dtype, this.weakType);
  }
  withDType(dtype: DType, weakType = false): ShapedArray {
    return new ShapedArray(this.shape, dtype, weakType);
  }
  /** JAX's short form, `f32[3,4]`. */
  str(): string {
    return `${SHORT[this.dtype]}[${this.shape.join(",")}]`;
  }
  toString(): string {
    return `ShapedArray(${this.dtype}${this.weakType ? ", weak" : ""}, ${fmtShape(this.shape)})`;
  }
}

export const SHORT: Record<DType, string> = {
  bool: "bool",
  int8: "i8",
  int16: "i16",
  int32: "i32",
  int64: "i64",
  uint8: "u8",
  uint16: "u16",
  uint32: "u32",
  uint64: "u64",
  float16: "f16",
  bfloat16: "bf16",
  float32: "f32",
  float64: "f64",
};

export const aval = (shape: Shape, dtype: DType, weakType = false): ShapedArray => new ShapedArray(shape, dtype, weakType);
