//! Identifiers that tie a scenario together. Each kind of thing has its own id type so a patient id
//! can never be passed where an appointment id is meant.

use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        ///
        /// Shared text: an id is cloned wherever a booking, an action or a judgment names its
        /// thing (hundreds of times a day), and a clone only counts a reference.
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(Arc<str>);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        // Lets maps keyed by id be looked up with a plain `&str`; the derived order is the string's.
        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                $name(Arc::from(text))
            }
        }

        impl From<String> for $name {
            fn from(text: String) -> Self {
                $name(Arc::from(text))
            }
        }

        impl From<&String> for $name {
            fn from(text: &String) -> Self {
                $name(Arc::from(text.as_str()))
            }
        }

        // Written and read as plain text, as the scenario and action files have it.
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map($name::from)
            }
        }
    };
}

id_type!(
    /// A patient (or a person who may become one: a walk-in, a referred patient).
    PatientId
);
id_type!(
    /// A physician, nurse or covering physician.
    StaffId
);
id_type!(
    /// An appointment type such as `"follow-up"`.
    AppointmentTypeId
);
id_type!(
    /// A booking in the appointment book.
    AppointmentId
);
id_type!(
    /// An outside party in the clinic's directory: pharmacy, lab, hospital, referring office.
    ContactId
);
id_type!(
    /// A call, voicemail, walk-in or document on the timeline.
    EventId
);
id_type!(
    /// A referral the clinic sent out to a specialist (format 2 `referrals_out`).
    ReferralId
);
id_type!(
    /// A rulebook id such as `"T1"` or `"C2"`.
    RuleId
);
