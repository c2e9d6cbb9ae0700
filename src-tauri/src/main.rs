//! `waarborg`: without arguments opens the window; with arguments it is the command line.

fn main() -> std::process::ExitCode {
    waarborg_shell::main()
}
