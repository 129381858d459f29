//! The `coil` command: (placeholder, being built).
fn main() {}
