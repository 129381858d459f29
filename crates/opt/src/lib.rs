//! coil-opt: (placeholder, being built).
