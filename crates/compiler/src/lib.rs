//! coil-compiler: (placeholder, being built).
