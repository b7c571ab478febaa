// Loads every family of reference kernels (each registers itself).
import "./shape.js";
import "./elementwise.js";
