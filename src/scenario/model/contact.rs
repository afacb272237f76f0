//! The clinic's directory of outside parties, with the numbers on file that a careful desk calls
//! back on (C3) and faxes to (C11).

use serde::{Deserialize, Serialize};

use super::ids::ContactId;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: ContactId,
    pub name: String,
    pub kind: ContactKind,
    pub phone: String,
    #[serde(default)]
    pub fax: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ContactKind {
    Pharmacy,
    Lab,
    Imaging,
    Hospital,
    /// Another physician's office (a referring doctor, a specialist).
    PhysicianOffice,
    Other,
}
