//! What package math asks about the processor, as gc's `internal/cpu` tells it.
//!
//! Layer 0: nothing else in the crate.

/// `math.cpuHasFMA() bool` (amd64): whether the processor has AVX and FMA, gc's `useFMA`
/// for its Exp assembly.
#[cfg(target_arch = "x86_64")]
#[export_name = "math.cpuHasFMA"]
pub extern "C" fn cpu_has_fma() -> u8 {
    (std::arch::is_x86_feature_detected!("avx") && std::arch::is_x86_feature_detected!("fma")) as u8
}
