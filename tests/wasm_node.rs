//! The wasm exports (src/wasm.rs) in node: `cargo test --target wasm32-unknown-unknown --tests`.
//! The cases are in tests/web/wasm_cases.rs, shared with tests/wasm_browser.rs.
#![cfg(target_arch = "wasm32")]

include!("web/wasm_cases.rs");
