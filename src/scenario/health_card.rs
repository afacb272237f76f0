//! Health-card checks a front desk makes at every visit (rulebook S10).
//!
//! Ontario: a 10-digit health number whose last digit is a Luhn mod-10 check digit over the first
//! nine, a version code of one or two letters, and an expiry date. Other provinces are checked for
//! shape only, because their numbering rules differ and the simulator does not judge them.

use super::time::Date;

/// What is wrong with a health card, in the words a desk would use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardProblem {
    NotTenDigits,
    CheckDigit { expected: u8, found: u8 },
    VersionCode,
    Expired { on: Date },
}

impl std::fmt::Display for CardProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CardProblem::NotTenDigits => f.write_str("an Ontario health number has exactly 10 digits"),
            CardProblem::CheckDigit { expected, found } => {
                write!(f, "check digit is {found} but the first nine digits give {expected} (Luhn mod 10)")
            }
            CardProblem::VersionCode => f.write_str("the version code is one or two capital letters"),
            CardProblem::Expired { on } => write!(f, "the card expired on {on}"),
        }
    }
}

/// Digits of a health number as people write it, ignoring the spaces and dashes of `1234-567-890`.
fn digits(number: &str) -> Option<Vec<u8>> {
    number.chars().filter(|c| *c != ' ' && *c != '-').map(|c| c.to_digit(10).map(|d| d as u8)).collect()
}

/// The Luhn mod-10 check digit for `payload` (the digits before the check digit).
pub fn luhn_check_digit(payload: &[u8]) -> u8 {
    // From the right of the payload, every other digit (starting with the rightmost) is doubled.
    let sum: u32 = payload
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 0 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

/// Checks the number's shape and check digit (Ontario).
pub fn check_ontario_number(number: &str) -> Result<(), CardProblem> {
    let digits = digits(number).ok_or(CardProblem::NotTenDigits)?;
    if digits.len() != 10 {
        return Err(CardProblem::NotTenDigits);
    }
    let expected = luhn_check_digit(&digits[..9]);
    let found = digits[9];
    if expected == found { Ok(()) } else { Err(CardProblem::CheckDigit { expected, found }) }
}

/// A version code is one or two letters (Ontario prints them in capitals).
pub fn check_version_code(code: &str) -> Result<(), CardProblem> {
    let ok = (1..=2).contains(&code.len()) && code.chars().all(|c| c.is_ascii_uppercase());
    if ok { Ok(()) } else { Err(CardProblem::VersionCode) }
}

/// A card is valid through its expiry date and invalid the day after.
pub fn check_expiry(expires: Date, on: Date) -> Result<(), CardProblem> {
    if on > expires { Err(CardProblem::Expired { on: expires }) } else { Ok(()) }
}

/// Makes a valid Ontario number from nine digits, for tests and generated days.
pub fn with_check_digit(first_nine: &str) -> Option<String> {
    let payload = digits(first_nine)?;
    (payload.len() == 9).then(|| format!("{first_nine}{}", luhn_check_digit(&payload)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_matches_published_examples() {
        // 7992739871 is the textbook Luhn example (check digit 3 for 799273987 1 → 79927398713);
        // here the nine-digit payload 123456789 gives 7, so 1234567897 is well formed.
        assert_eq!(luhn_check_digit(&[1, 2, 3, 4, 5, 6, 7, 8, 9]), 7);
        assert_eq!(luhn_check_digit(&[7, 9, 9, 2, 7, 3, 9, 8, 7, 1]), 3);
        assert!(check_ontario_number("1234567897").is_ok());
        assert!(check_ontario_number("1234-567-897").is_ok());
        assert_eq!(check_ontario_number("1234567890"), Err(CardProblem::CheckDigit { expected: 7, found: 0 }));
        assert_eq!(check_ontario_number("123456789"), Err(CardProblem::NotTenDigits));
        assert_eq!(check_ontario_number("12345678AB"), Err(CardProblem::NotTenDigits));
    }

    #[test]
    fn a_single_keying_error_is_always_caught() {
        let good = with_check_digit("987654321").unwrap();
        assert!(check_ontario_number(&good).is_ok());
        for position in 0..10 {
            let mut typo: Vec<char> = good.chars().collect();
            let d = typo[position].to_digit(10).unwrap();
            typo[position] = char::from_digit((d + 1) % 10, 10).unwrap();
            let typo: String = typo.into_iter().collect();
            assert!(check_ontario_number(&typo).is_err(), "{typo} should fail");
        }
    }

    #[test]
    fn version_codes_and_expiry() {
        assert!(check_version_code("A").is_ok());
        assert!(check_version_code("AB").is_ok());
        for bad in ["", "ABC", "ab", "A1"] {
            assert!(check_version_code(bad).is_err(), "{bad}");
        }
        let day: Date = "2026-03-12".parse().unwrap();
        assert!(check_expiry("2026-03-12".parse().unwrap(), day).is_ok());
        assert!(check_expiry("2026-03-11".parse().unwrap(), day).is_err());
    }
}
