// Loads every family's param encoders (each registers itself).
export {};
