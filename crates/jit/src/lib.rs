//! coil-jit: (placeholder, being built).
