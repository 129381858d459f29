//! coil-ir: (placeholder, being built).
