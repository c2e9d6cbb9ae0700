//! The trip watch outside the window: while the vault is unlocked, a background check
//! raises a desktop notification when a planned trip's return date (plus the parent's
//! grace period) has passed without "my child is back". The window's home screen shows
//! the same trips with the buttons to answer.
//!
//! The notification says nothing about the trip (no names, no country): a desktop
//! notification may be seen by whoever stands behind the screen.

use std::collections::HashSet;

use chrono::NaiveDate;
use uuid::Uuid;
use waarborg_i18n::Messages;

use crate::vault_session::VaultSession;

/// The overdue trips not yet announced in this session; marks them announced.
pub fn newly_overdue(
    session: &VaultSession,
    today: NaiveDate,
    grace_days: u32,
    announced: &mut HashSet<Uuid>,
) -> Vec<Uuid> {
    let overdue: Vec<Uuid> = session
        .unattended(|open| {
            Ok(open
                .vault
                .overdue_trips(today, grace_days)
                .into_iter()
                .map(|r| r.id)
                .collect())
        })
        .unwrap_or_default();
    overdue
        .into_iter()
        .filter(|id| announced.insert(*id))
        .collect()
}

/// Shows one desktop notification. Without a notification service (no desktop, no
/// D-Bus), nothing happens: the home screen still asks.
pub fn notify(messages: &Messages, count: usize) {
    let _ = notify_rust::Notification::new()
        .appname("Waarborg")
        .summary(&messages.get("trip-notify-title"))
        .body(&messages.format("trip-notify-body", &[("count", count.into())]))
        .show();
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use waarborg_vault::{
        CreateOptions, MIN_WORK_FACTOR, Record, SecretString, TravelKind, TravelRecord, Vault,
    };

    #[test]
    fn each_overdue_trip_is_announced_once_and_only_while_unlocked() {
        let tmp = tempfile::tempdir().unwrap();
        let options = CreateOptions {
            work_factor: MIN_WORK_FACTOR,
            recovery_recipients: Vec::new(),
        };
        let mut vault = Vault::create(
            &tmp.path().join("vault"),
            &SecretString::from("a passphrase".to_owned()),
            &options,
        )
        .unwrap();
        let trip = vault
            .create_record(Record::Travel(TravelRecord {
                travel_kind: TravelKind::PlannedTrip,
                return_date: NaiveDate::from_ymd_opt(2026, 8, 1),
                ..TravelRecord::default()
            }))
            .unwrap()
            .id;
        let session = VaultSession::new(300);
        session.set_open(vault);
        let today = NaiveDate::from_ymd_opt(2026, 8, 3).unwrap();
        let mut announced = HashSet::new();

        assert!(
            newly_overdue(&session, today, 5, &mut announced).is_empty(),
            "grace"
        );
        assert_eq!(newly_overdue(&session, today, 0, &mut announced), [trip]);
        assert!(
            newly_overdue(&session, today, 0, &mut announced).is_empty(),
            "once"
        );

        // The check is not the parent using the app: it never holds off the idle lock.
        session.set_auto_lock_seconds(1);
        std::thread::sleep(std::time::Duration::from_millis(1100));
        newly_overdue(&session, today, 0, &mut HashSet::new());
        session.lock_if_idle();
        assert!(
            !session.is_unlocked(),
            "idle lock postponed by the background check"
        );

        let mut fresh = HashSet::new();
        assert!(
            newly_overdue(&session, today, 0, &mut fresh).is_empty(),
            "locked"
        );
    }
}
