//! A date picker: a button that opens the months the book spans, a week to a row from Monday, with
//! the days the book can be opened on as buttons and the rest greyed out. Going to April is one click
//! on its day, not four on an arrow.

use bevy_egui::egui::{self, RichText};

use crate::scenario::time::Date;
use crate::ui::say::say;

/// The picker behind a button labelled `label`; the date clicked, when one was. `open` are the
/// dates that can be chosen, earliest first (the book's open days from today); `shown` is the date
/// on the page now, drawn selected.
pub fn date_picker_ui(ui: &mut egui::Ui, label: &str, today: Date, shown: Date, open: &[Date]) -> Option<Date> {
    let (Some(&first), Some(&last)) = (open.first(), open.last()) else {
        let none_open = say(ui, "panel-no-open-days");
        ui.add_enabled(false, egui::Button::new(label)).on_disabled_hover_text(none_open);
        return None;
    };
    let lang = crate::ui::say::lang(ui.ctx());
    let mut chosen = None;
    let menu = ui.menu_button(label, |ui| {
        egui::ScrollArea::vertical().max_height(420.0).show(ui, |ui| {
            let mut month_start = first_of_month(first);
            // The book spans weeks, not years; a bound keeps a hostile scenario's far end from
            // drawing thousands of months.
            for _ in 0..24 {
                if month_start > last {
                    break;
                }
                let (year, month, _) = month_start.ymd();
                ui.label(
                    RichText::new(format!("{} {year}", crate::scenario::time::month_name_in(month, lang))).strong(),
                );
                egui::Grid::new(("month", year, month)).spacing([2.0, 2.0]).show(ui, |ui| {
                    // Seven short names, Monday first, in one message.
                    let initials = say(ui, "panel-weekday-initials");
                    for name in initials.split_whitespace() {
                        ui.label(RichText::new(name).weak());
                    }
                    ui.end_row();
                    for _ in 0..month_start.weekday() as usize {
                        ui.label("");
                    }
                    let mut day = month_start;
                    while day.ymd().1 == month {
                        let number = format!("{:>2}", day.ymd().2);
                        if open.binary_search(&day).is_ok() {
                            let button = egui::Button::selectable(day == shown, RichText::new(number).monospace());
                            let response = ui.add(button).on_hover_text(crate::ui::view::date_words(today, day, lang));
                            if response.clicked() {
                                chosen = Some(day);
                                ui.close();
                            }
                        } else {
                            let closed = say(ui, "panel-day-closed");
                            ui.label(RichText::new(number).monospace().weak()).on_hover_text(closed);
                        }
                        if day.weekday() == crate::scenario::time::Weekday::Sun {
                            ui.end_row();
                        }
                        day = day.plus_days(1);
                    }
                });
                ui.add_space(6.0);
                month_start = day_after_month(month_start);
            }
        });
    });
    super::follow_focus(&menu.response);
    chosen
}

fn first_of_month(date: Date) -> Date {
    date.plus_days(1 - date.ymd().2 as i32)
}

fn day_after_month(first: Date) -> Date {
    // 31 days on from the first of any month is in the next one.
    first_of_month(first.plus_days(31))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_step_from_their_first_day() {
        let jan31 = Date::from_ymd(2026, 1, 31).expect("a date");
        assert_eq!(first_of_month(jan31), Date::from_ymd(2026, 1, 1).expect("a date"));
        let feb = day_after_month(first_of_month(jan31));
        assert_eq!(feb, Date::from_ymd(2026, 2, 1).expect("a date"));
        assert_eq!(day_after_month(Date::from_ymd(2026, 12, 1).expect("a date")).ymd(), (2027, 1, 1));
    }
}
