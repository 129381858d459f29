//! coil-vm: (placeholder, being built).
