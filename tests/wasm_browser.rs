//! The wasm exports (src/wasm.rs) in headless Chromium, through chromedriver:
//! `cargo test --target wasm32-unknown-unknown --tests`. Same cases as tests/wasm_node.rs.
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

include!("web/wasm_cases.rs");
