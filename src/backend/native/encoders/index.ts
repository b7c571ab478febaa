// Loads every family's param encoders (each registers itself).
export {};
import "./reduce.js";
import "./dot.js";
import "./movement.js";
import "./elementwise.js";
