//! The command-line interface (native only; its code is in `src/cli/`): `ofsted-compare
//! [--json | --markdown | --csv] FILE...` and `ofsted-compare --table [--json] FILE...`.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// The command line reads files and PDFs natively; built for the page's wasm32 target (as the
/// wasm tests do), the binary has nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {}
