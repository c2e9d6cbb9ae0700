//! The app's clock, outside the window: the idle lock (it holds even when the window is
//! hidden or its timers are throttled) and, once a minute, the trip watch's desktop
//! notice.

use std::time::Duration;

use tauri::{AppHandle, Manager};
use waarborg_app::{App, TripWatch};
use waarborg_i18n::Messages;

/// Starts the clock thread; it runs until the app exits.
pub fn start(handle: AppHandle) {
    // Search inside the evidence: items without extracted text (an older vault's first
    // unlock) get it in short steps, between which the window's commands run.
    let texts = handle.clone();
    std::thread::spawn(move || {
        loop {
            let more = texts
                .state::<App>()
                .session()
                .index_texts_step(Duration::from_millis(150));
            std::thread::sleep(Duration::from_millis(if more { 30 } else { 1000 }));
        }
    });
    std::thread::spawn(move || {
        let mut trips = TripWatch::default();
        for tick in 0u64.. {
            std::thread::sleep(Duration::from_secs(1));
            let app = handle.state::<App>();
            app.session().lock_if_idle();
            if tick % 60 == 5 {
                let today = chrono::Local::now().date_naive();
                let new = trips.newly_overdue(&app, today);
                if !new.is_empty() {
                    notify(&Messages::new(app.language()), new.len());
                }
            }
        }
    });
}

/// One desktop notification. It says nothing about the trip (no names, no country): a
/// notification may be seen by whoever stands behind the screen. Without a
/// notification service (no desktop, no D-Bus) nothing happens: the home screen asks.
fn notify(messages: &Messages, count: usize) {
    let _ = notify_rust::Notification::new()
        .appname("Waarborg")
        .summary(&messages.get("trip-notify-title"))
        .body(&messages.format("trip-notify-body", &[("count", count.into())]))
        .show();
}
