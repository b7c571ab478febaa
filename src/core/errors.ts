// Typed errors. Each carries a readonly `_tag` so Effect's `catchTag` can
// discriminate them without the core importing Effect (STYLE.md, Naming).
// Messages say what was expected, what came, and where: "[np.matmul] ...".

/** Base class of every error jaxts throws on purpose. @category errors */
export class JaxtsError extends Error {
  readonly _tag: string = "JaxtsError";
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Shapes that do not fit: broadcasting, reshape sizes, axes out of range. @category errors */
export class ShapeError extends JaxtsError {
  override readonly _tag = "ShapeError" as const;
}

/** A dtype an operation does not accept, or an unknown dtype name. @category errors */
export class DTypeError extends JaxtsError {
  override readonly _tag = "DTypeError" as const;
}

/** Input data that is not valid: ragged nesting, non-numeric values, bad options. @category errors */
export class ValueError extends JaxtsError {
  override readonly _tag = "ValueError" as const;
}

/** An index out of range where the operation requires it in range. @category errors */
export class IndexError extends JaxtsError {
  override readonly _tag = "IndexError" as const;
}

/** A concrete value asked of a traced value (JAX's ConcretizationTypeError). @category errors */
export class TracerError extends JaxtsError {
  override readonly _tag = "TracerError" as const;
}

/** A device or backend that is missing or failed. @category errors */
export class DeviceError extends JaxtsError {
  override readonly _tag = "DeviceError" as const;
}

/** A failure reported by native code. @category errors */
export class NativeError extends JaxtsError {
  override readonly _tag = "NativeError" as const;
}

/** A feature that exists in JAX but not (yet) here. @category errors */
export class NotImplementedError extends JaxtsError {
  override readonly _tag = "NotImplementedError" as const;
}

/** Formats a shape as NumPy prints it: (3, 4), (5,), (). */
export const fmtShape = (shape: readonly number[]): string =>
  shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
