//! The window's own background in the chosen theme, set before the page first paints:
//! WebKitGTK fills a new webview white until the page draws, which flashed white before
//! a dark window (issue 17 part 5). The page itself applies the theme it remembered
//! (ui/src/lib/appearance.svelte.ts); this covers the frames before that.

use tauri::{Manager, Runtime, window::Color};
use waarborg_app::App;
use waarborg_contract::Theme;

/// `--paper` of the light theme (ui/src/app.css).
const LIGHT_PAPER: Color = Color(0xf5, 0xf6, 0xf3, 0xff);
/// `--paper` of the dark theme (ui/src/theme.css).
const DARK_PAPER: Color = Color(0x12, 0x16, 0x1c, 0xff);

/// Paints the main window's background in the theme the settings choose, or the
/// system's (as GTK reports it) when they say "system" or cannot be read.
pub fn paint_background<R: Runtime>(app: &tauri::App<R>) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    let theme = app
        .state::<App>()
        .current_settings()
        .map_or(Theme::System, |settings| settings.theme);
    let dark = match theme {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::System => matches!(window.theme(), Ok(tauri::Theme::Dark)),
    };
    // Only a first-frame colour: if the platform refuses it, the page's own background
    // follows at once, so there is nothing to tell the parent.
    let _ignored = window.set_background_color(Some(if dark { DARK_PAPER } else { LIGHT_PAPER }));
}
