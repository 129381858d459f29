//! coil-syntax: (placeholder, being built).
