//! The trip watch outside the window: while the vault is unlocked, a background check
//! finds planned trips whose return date (plus the parent's grace period) has passed
//! without "my child is back". The shell raises a desktop notification for new ones; the
//! window's home screen shows the same trips with the buttons to answer.

use std::collections::HashSet;

use chrono::NaiveDate;
use uuid::Uuid;

use crate::app::App;

/// The trips already announced in this run of the app (each is announced once).
#[derive(Debug, Default)]
pub struct TripWatch {
    announced: HashSet<Uuid>,
}

impl TripWatch {
    /// The overdue trips not yet announced; marks them announced. Nothing while the
    /// vault is locked or presenting. Not use by the parent: the idle lock runs on.
    pub fn newly_overdue(&mut self, app: &App, today: NaiveDate) -> Vec<Uuid> {
        let grace = app.current_settings().map_or(0, |s| s.trip_grace_days);
        let overdue: Vec<Uuid> = app
            .session()
            .unattended(|open| {
                Ok(open
                    .vault
                    .overdue_trips(today, grace)
                    .into_iter()
                    .map(|r| r.id)
                    .collect())
            })
            .unwrap_or_default();
        overdue
            .into_iter()
            .filter(|id| self.announced.insert(*id))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::testing::unlocked_app;
    use waarborg_vault::{Record, TravelKind, TravelRecord};

    #[test]
    fn each_overdue_trip_is_announced_once_and_only_while_unlocked() {
        let tmp = tempfile::tempdir().unwrap();
        let app = unlocked_app(tmp.path());
        let trip = app
            .session()
            .with(|open| {
                Ok(open
                    .vault
                    .create_record(Record::Travel(TravelRecord {
                        travel_kind: TravelKind::PlannedTrip,
                        return_date: NaiveDate::from_ymd_opt(2026, 8, 1),
                        ..TravelRecord::default()
                    }))?
                    .id)
            })
            .unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 8, 3).unwrap();
        let mut watch = TripWatch::default();

        app.settings().unwrap().set_trip_grace_days(5).unwrap();
        assert!(watch.newly_overdue(&app, today).is_empty(), "grace");
        app.settings().unwrap().set_trip_grace_days(0).unwrap();
        assert_eq!(watch.newly_overdue(&app, today), [trip]);
        assert!(watch.newly_overdue(&app, today).is_empty(), "once");

        // The check is not the parent using the app: it never holds off the idle lock.
        app.session().set_auto_lock_seconds(1);
        std::thread::sleep(std::time::Duration::from_millis(1100));
        TripWatch::default().newly_overdue(&app, today);
        app.session().lock_if_idle();
        assert!(
            !app.session().is_unlocked(),
            "idle lock postponed by the background check"
        );
        assert!(
            TripWatch::default().newly_overdue(&app, today).is_empty(),
            "locked"
        );
    }
}
