//! Declares the app's IPC commands to Tauri so that each one needs an explicit
//! `allow-<command>` permission in a capability file; the list comes from the contract.

fn main() {
    // tauri-build wants a 'static list; a build script is short-lived, so leak it.
    let commands: &'static [&'static str] = waarborg_contract::COMMANDS
        .iter()
        .map(|command| command.name())
        .collect::<Vec<_>>()
        .leak();
    let manifest = tauri_build::AppManifest::new().commands(commands);
    if let Err(err) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
    {
        // Build scripts report failure by panicking; there is no other channel.
        #[allow(clippy::panic)]
        {
            panic!("tauri-build failed: {err:#}");
        }
    }
}
