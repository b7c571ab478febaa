// Params of a primitive as the flat numbers its native kernel reads (the tail
// of an exec descriptor). Each kernel family registers the encoders of its
// primitives next to its C++ file's expectations; primitives without params
// need none (they encode to []).

import type { ShapedArray } from "../../core/aval.js";
import { ValueError } from "../../core/errors.js";

export type Encoder<P = any> = (params: P, inAvals: readonly ShapedArray[], outAvals: readonly ShapedArray[]) => number[];

const encoders = new Map<string, Encoder>();

/** Registers param encoders by primitive name. */
export const registerEncoders = (table: Record<string, Encoder>): void => {
  for (const [name, e] of Object.entries(table)) {
    if (encoders.has(name)) throw new ValueError(`native encoder for ${name} registered twice`);
    encoders.set(name, e);
  }
};

const none: Encoder = () => [];

export const encoderFor = (name: string): Encoder => encoders.get(name) ?? none;
