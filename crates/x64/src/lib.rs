//! coil-x64: (placeholder, being built).
