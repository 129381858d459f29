//! The benchmark runner: (placeholder, being built).
fn main() {}
