// Tagged errors of the effectful edge (Effect's Data.TaggedError): recover
// from them with Effect.catchTag("DeviceUnavailable", ...). The numeric
// core's own errors (ShapeError, DTypeError, ... in core/errors.ts) carry a
// `_tag` too, so programs discriminate both kinds the same way.

import { Data } from "effect";

/** A platform that is unknown, or whose backend cannot load here (e.g. the native addon is missing). @category effect */
export class DeviceUnavailable extends Data.TaggedError("DeviceUnavailable")<{
  readonly platform: string;
  readonly message: string;
  readonly cause?: unknown;
}> {}

/** A copy between devices or to the host that failed: disposed array, traced value, allocation failure. @category effect */
export class TransferError extends Data.TaggedError("TransferError")<{
  readonly from: string | undefined;
  readonly to: string;
  readonly message: string;
  readonly cause?: unknown;
}> {}
