//! The time mark that runs from the day of removal (or of the missed return): the
//! one-year limit of art. 12 of the Hague Convention. There is no six-week countdown
//! from the removal: the sourced six weeks (art. 11 HKOV, art. 24 Brussels II-ter) run
//! from the start of the court case, and are shown as limits, not counted down.
//!
//! Everything here works on calendar *dates*, not instants: the caller passes the
//! removal date and "today" as the parent's own calendar shows them (their local time
//! zone, e.g. `chrono::Local::now().date_naive()`). A date has no time zone, so there is
//! no midnight or daylight-saving edge to get wrong here.
//!
//! The mark is the first day on which the period *has run out*. Its explanation and
//! sources are the pack's limit with the same id (`ContentPack::deadline_rule`); it is
//! shown only for a destination whose route lists that limit (`Route::limits`).

use chrono::{Months, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use crate::error::DeadlineError;

/// Id of the limit explaining the one-year mark of art. 12 HKOV.
pub const ONE_YEAR_MARK: &str = "one-year-mark";

/// One computed mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct Milestone {
    /// The limit in the content pack that explains this mark.
    pub rule_id: &'static str,
    /// The first day on which the period has run out.
    #[ts(type = "string")]
    pub date: NaiveDate,
    /// Days from today until `date`; 0 or less means it has run out.
    #[ts(type = "number")]
    pub days_left: i64,
    pub has_run_out: bool,
}

impl Milestone {
    fn new(rule_id: &'static str, date: NaiveDate, today: NaiveDate) -> Self {
        let days_left = (date - today).num_days();
        Self {
            rule_id,
            date,
            days_left,
            has_run_out: days_left <= 0,
        }
    }
}

/// The mark for one removal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Deadlines {
    #[ts(type = "string")]
    pub removal_date: NaiveDate,
    #[ts(type = "string")]
    pub today: NaiveDate,
    /// 0 on the day of removal.
    #[ts(type = "number")]
    pub days_since_removal: i64,
    /// One year after removal (art. 12 HKOV): if proceedings start in the country where
    /// the child is before this day, return is ordered forthwith; from this day on, the
    /// other parent can argue the child has settled. Only law where the Convention
    /// applies: show it only when the route's limits include [`ONE_YEAR_MARK`].
    pub one_year_mark: Milestone,
}

/// Computes the mark for a removal (or missed return) on `removal_date`, as seen on
/// `today`. Both are dates on the parent's local calendar.
///
/// A year after 29 February is 28 February: of the two possible readings it is the
/// earlier one, so the parent is never told they have a day they may not have.
pub fn deadlines(removal_date: NaiveDate, today: NaiveDate) -> Result<Deadlines, DeadlineError> {
    if removal_date > today {
        return Err(DeadlineError::RemovalAfterToday {
            removal: removal_date,
            today,
        });
    }
    // chrono clamps to the month's last day (29 Feb + 12 months = 28 Feb).
    let one_year = removal_date
        .checked_add_months(Months::new(12))
        .ok_or(DeadlineError::OutOfRange)?;
    Ok(Deadlines {
        removal_date,
        today,
        days_since_removal: (today - removal_date).num_days(),
        one_year_mark: Milestone::new(ONE_YEAR_MARK, one_year, today),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn marks(removal: &str, today: &str) -> Deadlines {
        deadlines(date(removal), date(today)).unwrap()
    }

    #[test]
    fn one_year_is_the_same_calendar_day_next_year() {
        assert_eq!(
            marks("2026-03-31", "2026-04-01").one_year_mark.date,
            date("2027-03-31")
        );
        assert_eq!(
            marks("2023-03-01", "2023-03-01").one_year_mark.date,
            date("2024-03-01")
        );
    }

    #[test]
    fn one_year_after_a_leap_day_is_28_february() {
        assert_eq!(
            marks("2024-02-29", "2024-03-01").one_year_mark.date,
            date("2025-02-28")
        );
    }

    #[test]
    fn one_year_across_a_leap_day_has_366_days() {
        let d = marks("2023-06-15", "2023-06-15");
        assert_eq!(d.one_year_mark.date, date("2024-06-15"));
        assert_eq!(d.one_year_mark.days_left, 366);
    }

    #[test]
    fn days_left_counts_down_and_runs_out_on_the_mark() {
        let before = marks("2025-01-10", "2026-01-09");
        assert_eq!(before.days_since_removal, 364);
        assert_eq!(before.one_year_mark.days_left, 1);
        assert!(!before.one_year_mark.has_run_out);

        let on = marks("2025-01-10", "2026-01-10");
        assert_eq!(on.one_year_mark.days_left, 0);
        assert!(on.one_year_mark.has_run_out);

        let after = marks("2025-01-10", "2026-02-21");
        assert_eq!(after.one_year_mark.date, date("2026-01-10"));
        assert_eq!(after.one_year_mark.days_left, -42);
        assert!(after.one_year_mark.has_run_out);
    }

    #[test]
    fn there_is_no_six_week_countdown() {
        let json = serde_json::to_value(marks("2026-11-02", "2026-11-02")).unwrap();
        assert!(json.get("six_week_target").is_none(), "{json}");
    }

    #[test]
    fn a_removal_after_today_is_refused() {
        let err = deadlines(date("2026-11-24"), date("2026-11-23")).unwrap_err();
        assert_eq!(err.code(), "guide-removal-after-today");
    }

    #[test]
    fn dates_at_the_end_of_the_calendar_are_refused() {
        let err = deadlines(NaiveDate::MAX, NaiveDate::MAX).unwrap_err();
        assert_eq!(err, DeadlineError::OutOfRange);
    }
}
