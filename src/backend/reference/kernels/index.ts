// Loads every family of reference kernels (each registers itself).
import "./shape.js";
import "./elementwise.js";
import "./indexing.js";
import "./dot.js";
import "./reduce.js";
import "./cumulative.js";
import "./sort.js";
