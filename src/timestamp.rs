//! The SNS `Timestamp`: ISO 8601 in UTC, as SNS writes it
//! (`2026-03-06T19:31:32.895Z`; RFC 3339 section 5.6 with a `Z` offset).

/// Unix seconds of `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, or `None` for any other
/// form. The fraction is dropped (the replay window counts whole seconds).
pub fn parse_sns_timestamp(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    if bytes.len() < 20 || bytes.len() > 40 || *bytes.last()? != b'Z' {
        return None;
    }
    let digits = |from: usize, len: usize| -> Option<i64> {
        let part = bytes.get(from..from + len)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(part.iter().fold(0i64, |acc, d| acc * 10 + i64::from(d - b'0')))
    };
    let separators = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')];
    if separators.iter().any(|&(at, sep)| bytes[at] != sep) {
        return None;
    }
    let (year, month, day) = (digits(0, 4)?, digits(5, 2)?, digits(8, 2)?);
    let (hour, minute, second) = (digits(11, 2)?, digits(14, 2)?, digits(17, 2)?);
    match &bytes[19..bytes.len() - 1] {
        [] => {}
        [b'.', fraction @ ..] if !fraction.is_empty() && fraction.iter().all(u8::is_ascii_digit) => {}
        _ => return None,
    }
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    Some(days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`, http://howardhinnant.github.io/date_algorithms.html).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::parse_sns_timestamp;

    #[test]
    fn parses_sns_form_with_milliseconds() {
        assert_eq!(parse_sns_timestamp("2026-03-06T19:31:32.895Z"), Some(1_772_825_492));
    }

    #[test]
    fn parses_without_fraction_and_on_leap_day() {
        assert_eq!(parse_sns_timestamp("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_sns_timestamp("2024-02-29T00:00:00Z"), Some(1_709_164_800));
    }

    #[test]
    fn refuses_other_forms() {
        for bad in [
            "2026-03-06 19:31:32Z",
            "2026-03-06T19:31:32+00:00",
            "2026-02-30T00:00:00Z",
            "2026-03-06T19:31:32.Z",
            "2026-13-06T19:31:32Z",
            "2026-03-06T19:31:32.89aZ",
            "",
        ] {
            assert_eq!(parse_sns_timestamp(bad), None, "{bad}");
        }
    }
}
