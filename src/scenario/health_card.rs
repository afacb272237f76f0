//! Health-card checks a front desk makes at every visit (rulebook S10).
//!
//! Ontario: a 10-digit health number whose last digit is a Luhn mod-10 check digit over the first
//! nine, a version code of one or two letters, and an expiry date. Quebec (RAMQ): a 12-character
//! number built from the holder's surname, given name, birth date and sex, and an expiry date.
//! Other provinces are checked for expiry only, because their numbering rules differ and the
//! simulator does not judge them.

use super::model::{HealthCard, Jurisdiction, Patient, Sex};
use super::time::Date;
use crate::rules::words::Words;

/// What is wrong with a health card, in the words a desk would use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardProblem {
    NotTenDigits,
    CheckDigit {
        expected: u8,
        found: u8,
    },
    VersionCode,
    Expired {
        on: Date,
    },
    /// Quebec: not four letters and eight digits.
    RamqShape,
    /// Quebec: the number does not match the holder's name, birth date and sex: `expected` is what
    /// its first ten characters should be.
    RamqMismatch {
        expected: String,
        found: String,
    },
}

/// The English, for the journal and the tests: the same words as `words`.
impl std::fmt::Display for CardProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words())
    }
}

impl CardProblem {
    /// The problem, in the reader's language: what the scenario validator, the chart and the card
    /// reader at the desk say of it.
    pub fn words(&self) -> Words {
        match self {
            CardProblem::NotTenDigits => Words::msg("card-problem-not-ten-digits"),
            CardProblem::CheckDigit { expected, found } => {
                Words::msg("card-problem-check-digit").arg("found", *found).arg("expected", *expected)
            }
            CardProblem::VersionCode => Words::msg("card-problem-version-code"),
            CardProblem::Expired { on } => Words::msg("card-problem-expired").arg("date", on.to_string()),
            CardProblem::RamqShape => Words::msg("card-problem-ramq-shape"),
            CardProblem::RamqMismatch { expected, found } => {
                Words::msg("card-problem-ramq-mismatch").arg("found", found).arg("expected", expected)
            }
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

/// The holder's details a RAMQ number is built from.
pub struct RamqHolder<'a> {
    /// Full name as stated, given name first ("Élise Tremblay-Roy"): the last word is the surname.
    pub name: &'a str,
    pub born: Date,
    /// Whether the month is written plus 50 (women); `None` accepts either.
    pub female: Option<bool>,
}

/// A letter of a name as RAMQ writes it: capital, without accents; other characters dropped.
fn ramq_letter(c: char) -> Option<char> {
    let plain = match c {
        'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' | 'Á' => 'A',
        'ç' | 'Ç' => 'C',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'î' | 'ï' | 'í' | 'Î' | 'Ï' | 'Í' => 'I',
        'ô' | 'ö' | 'ó' | 'Ô' | 'Ö' | 'Ó' => 'O',
        'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' | 'Ú' => 'U',
        'ÿ' | 'Ÿ' => 'Y',
        c if c.is_ascii_alphabetic() => c.to_ascii_uppercase(),
        _ => return None,
    };
    Some(plain)
}

/// The first ten characters of a RAMQ number for `holder`, as each way of writing the month allows:
/// the surname's first three letters (padded with X), the given name's first letter, the birth
/// year's last two digits, the month (plus 50 for a woman) and the day.
fn ramq_prefixes(holder: &RamqHolder<'_>) -> Vec<String> {
    let mut words = holder.name.split_whitespace();
    let given = words.next().unwrap_or_default();
    let surname = words.last().unwrap_or(given);
    let mut letters: String = surname.chars().filter_map(ramq_letter).take(3).collect();
    while letters.len() < 3 {
        letters.push('X');
    }
    letters.push(given.chars().find_map(ramq_letter).unwrap_or('X'));
    let (year, month, day) = holder.born.ymd();
    let months: Vec<u32> = match holder.female {
        Some(true) => vec![month + 50],
        Some(false) => vec![month],
        None => vec![month, month + 50],
    };
    months.into_iter().map(|m| format!("{letters}{:02}{m:02}{day:02}", year.rem_euclid(100))).collect()
}

/// Checks a RAMQ number's shape and that it is the holder's (Quebec): four letters and eight digits,
/// the first ten built from their name, birth date and sex. The last two digits are the RAMQ's own.
pub fn check_ramq_number(number: &str, holder: &RamqHolder<'_>) -> Result<(), CardProblem> {
    let compact: String = number.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    let chars: Vec<char> = compact.chars().collect();
    let shaped = chars.len() == 12
        && chars[..4].iter().all(|c| c.is_ascii_uppercase())
        && chars[4..].iter().all(|c| c.is_ascii_digit());
    if !shaped {
        return Err(CardProblem::RamqShape);
    }
    let found: String = chars[..10].iter().collect();
    let expected = ramq_prefixes(holder);
    if expected.contains(&found) {
        Ok(())
    } else {
        Err(CardProblem::RamqMismatch { expected: expected.into_iter().next().unwrap_or_default(), found })
    }
}

/// Where the desk refers a card that fails the check: the office of the province that issued the
/// card on file, or of the clinic's own province when there is none (the RAMQ in Quebec,
/// ServiceOntario elsewhere here).
pub fn card_office(patient: Option<&crate::scenario::Patient>, clinic: Jurisdiction) -> Jurisdiction {
    patient.and_then(|p| p.health_card.as_ref()).map_or(clinic, |card| issuer(card, clinic))
}

/// The province that issued a card: the one it names, or the clinic's own.
pub fn issuer(card: &HealthCard, clinic: Jurisdiction) -> Jurisdiction {
    card.province.unwrap_or(clinic)
}

/// A RAMQ number's holder, from the chart.
pub fn ramq_holder(patient: &Patient) -> RamqHolder<'_> {
    let female = match patient.sex {
        Sex::Female => Some(true),
        Sex::Male => Some(false),
        Sex::Intersex | Sex::Unspecified => None,
    };
    RamqHolder { name: &patient.name, born: patient.born, female }
}

/// What is wrong with a card's number (or Ontario version code) by the rules of the province that
/// issued it, held by `holder`: Ontario's check digit and version code; Quebec's RAMQ number built
/// from the holder's name, birth date and sex. Other provinces' numbers are not checked. The `&str`
/// says which part is wrong: `"number"` or `"version"`.
pub fn number_problem(
    card: &HealthCard,
    holder: &Patient,
    clinic: Jurisdiction,
) -> Option<(&'static str, CardProblem)> {
    match issuer(card, clinic) {
        Jurisdiction::ON => check_ontario_number(&card.number)
            .err()
            .map(|p| ("number", p))
            .or_else(|| check_version_code(&card.version).err().map(|p| ("version", p))),
        Jurisdiction::QC => check_ramq_number(&card.number, &ramq_holder(holder)).err().map(|p| ("number", p)),
        _ => None,
    }
}

/// How a card from another province is billed at this clinic: through reciprocal billing, except
/// where Quebec is either side (Quebec takes no part in the reciprocal medical billing agreement).
pub fn billing_note(card: &HealthCard, clinic: Jurisdiction) -> Option<&'static str> {
    let from = issuer(card, clinic);
    if from == clinic {
        None
    } else if from == Jurisdiction::QC || clinic == Jurisdiction::QC {
        Some(
            "issued by another province, and Quebec takes no part in reciprocal medical billing: the patient pays and claims from their own plan",
        )
    } else {
        Some("issued by another province: bill through reciprocal billing")
    }
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

    fn holder(name: &str, born: (i32, u32, u32), female: Option<bool>) -> RamqHolder<'_> {
        RamqHolder { name, born: Date::from_ymd(born.0, born.1, born.2).expect("a date"), female }
    }

    #[test]
    fn a_ramq_number_is_built_from_the_holders_name_birth_date_and_sex() {
        // Élise Tremblay-Roy, born 12 March 1985, a woman: TREE 8553 12 and two digits of RAMQ's.
        let elise = holder("Élise Tremblay-Roy", (1985, 3, 12), Some(true));
        assert!(check_ramq_number("TREE 8553 1214", &elise).is_ok());
        assert!(check_ramq_number("TREE85531214", &elise).is_ok());
        // A man's month is written as it is; a short surname is padded with X.
        let bo = holder("Marc Bo", (2001, 11, 5), Some(false));
        assert!(check_ramq_number("BOXM01110507", &bo).is_ok());
        // Accents and apostrophes drop out: D'Aragon gives DAR.
        let andre = holder("André D'Aragon", (1950, 7, 30), Some(false));
        assert!(check_ramq_number("DARA50073099", &andre).is_ok());
    }

    #[test]
    fn a_ramq_number_that_is_not_the_holders_is_caught() {
        let elise = holder("Élise Tremblay-Roy", (1985, 3, 12), Some(true));
        // Her brother's card: the month without the 50.
        let problem = check_ramq_number("TREE85031214", &elise).unwrap_err();
        assert_eq!(problem, CardProblem::RamqMismatch { expected: "TREE855312".into(), found: "TREE850312".into() });
        assert!(problem.to_string().contains("someone else's card"), "{problem}");
        // Another birth date, another name.
        assert!(check_ramq_number("TREE85531314", &elise).is_err());
        assert!(check_ramq_number("ROYE85531214", &elise).is_err());
        // Not the shape at all: an Ontario number, letters in the wrong place.
        assert_eq!(check_ramq_number("1234567897", &elise), Err(CardProblem::RamqShape));
        assert_eq!(check_ramq_number("TRE185531214", &elise), Err(CardProblem::RamqShape));
    }

    #[test]
    fn an_expired_ramq_card_fails_on_its_date() {
        let expires = Date::from_ymd(2026, 1, 31).expect("a date");
        assert!(check_expiry(expires, Date::from_ymd(2026, 1, 31).expect("a date")).is_ok());
        assert!(check_expiry(expires, Date::from_ymd(2026, 2, 1).expect("a date")).is_err());
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
