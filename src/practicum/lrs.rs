//! Sending xAPI statements to a Learning Record Store: `POST <endpoint>/statements` with HTTP basic
//! auth and `X-Experience-API-Version: 1.0.3`, in large batches. The statements have stable ids, so
//! sending the same grading again stores no copies. Any failure says what happened in words; the
//! caller keeps the statements in a file, so nothing is lost.

use std::time::Duration;

use base64::Engine;
use serde_json::Value;

use crate::rules::words::Words;

/// Where and as whom to send (no `Debug`: it holds a password).
#[derive(Clone)]
pub struct Lrs {
    /// The xAPI endpoint (`https://lrs.example.org/xAPI`); `/statements` is added.
    pub endpoint: String,
    pub user: String,
    pub password: String,
}

/// How many statements go in one request: a class's worth, so a store that takes only one write
/// (Ralph's file-system backend) gets a whole grading at once, and far below what stores refuse.
pub const BATCH: usize = 2000;

impl Lrs {
    /// The statements resource.
    pub fn statements_url(&self) -> String {
        let base = self.endpoint.trim_end_matches('/');
        if base.ends_with("/statements") { base.to_owned() } else { format!("{base}/statements") }
    }

    fn agent() -> ureq::Agent {
        ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(30)))
            .http_status_as_error(false)
            .build()
            .into()
    }

    fn authorization(&self) -> String {
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", self.user, self.password));
        format!("Basic {token}")
    }

    /// Sends the statements, `BATCH` to a request. A statement the store already holds unchanged
    /// is accepted again without a copy (xAPI 1.0.3), so sending the same grading twice is safe.
    /// Stops at the first failure with how many were sent before it and why, in words (put into
    /// the reader's language when shown: `clinic-day grade --lrs` prints them).
    pub fn send(&self, statements: &[Value]) -> Result<usize, (usize, Words)> {
        let agent = Self::agent();
        let mut sent = 0;
        for batch in statements.chunks(BATCH) {
            self.post(&agent, &Value::Array(batch.to_vec())).map_err(|why| (sent, why))?;
            sent += batch.len();
        }
        Ok(sent)
    }

    fn post(&self, agent: &ureq::Agent, body: &Value) -> Result<(), Words> {
        let url = self.statements_url();
        let text = serde_json::to_string(body).map_err(|e| Words::from(e.to_string()))?;
        let response = agent
            .post(&url)
            .header("X-Experience-API-Version", "1.0.3")
            .header("Authorization", self.authorization())
            .content_type("application/json")
            .send(text.as_bytes())
            .map_err(|e| Words::msg("lrs-unreachable").arg("url", url.as_str()).arg("why", e.to_string()))?;
        let status = response.status().as_u16();
        let mut response = response;
        let said: String = response.body_mut().read_to_string().unwrap_or_default().chars().take(300).collect();
        let answer = |id: &'static str| {
            Words::msg(id).arg("url", url.as_str()).arg("status", status.to_string()).arg("said", said.as_str())
        };
        match status {
            200..=299 => Ok(()),
            401 | 403 => Err(answer("lrs-refused-credentials").arg("user", self.user.as_str())),
            404 => Err(answer("lrs-no-statements")),
            409 => Err(answer("lrs-conflict")),
            _ => Err(answer("lrs-answered")),
        }
    }

    /// Reads back the statements of one attempt (`registration`), for checking what arrived.
    pub fn statements_of(&self, registration: &str) -> Result<Vec<Value>, Words> {
        let agent = Self::agent();
        const PAGE: usize = 500;
        // An attempt has at most this many statements (its actions and its moments): a store that
        // keeps offering more pages is not followed further.
        const PAGES: usize = super::results::MAX_ACTIONS / PAGE + 2;
        let mut url = format!("{}?registration={registration}&limit={PAGE}", self.statements_url());
        let mut found = Vec::new();
        // Follow `more` links until the store has said everything.
        for _ in 0..PAGES {
            let mut response = agent
                .get(&url)
                .header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", self.authorization())
                .call()
                .map_err(|e| Words::msg("lrs-unreachable").arg("url", url.as_str()).arg("why", e.to_string()))?;
            let status = response.status().as_u16();
            let text = response.body_mut().read_to_string().map_err(|e| Words::from(e.to_string()))?;
            if status != 200 {
                return Err(Words::msg("lrs-answered")
                    .arg("url", url.as_str())
                    .arg("status", status.to_string())
                    .arg("said", text));
            }
            let page: Value =
                serde_json::from_str(&text).map_err(|e| Words::msg("lrs-not-json").arg("why", e.to_string()))?;
            found.extend(page["statements"].as_array().cloned().unwrap_or_default());
            match page["more"].as_str().filter(|m| !m.is_empty()) {
                Some(more) => url = absolute(&self.statements_url(), more),
                None => return Ok(found),
            }
        }
        Ok(found)
    }
}

/// A `more` link is relative to the store's host.
fn absolute(statements_url: &str, more: &str) -> String {
    if more.starts_with("http://") || more.starts_with("https://") {
        return more.to_owned();
    }
    let after_scheme = statements_url.find("://").map_or(0, |i| i + 3);
    let host_end = statements_url[after_scheme..].find('/').map_or(statements_url.len(), |i| after_scheme + i);
    format!("{}{more}", &statements_url[..host_end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_statements_resource_is_found_from_the_endpoint() {
        let lrs = |endpoint: &str| Lrs { endpoint: endpoint.into(), user: "u".into(), password: "p".into() };
        assert_eq!(lrs("http://h:8100/xAPI").statements_url(), "http://h:8100/xAPI/statements");
        assert_eq!(lrs("http://h:8100/xAPI/").statements_url(), "http://h:8100/xAPI/statements");
        assert_eq!(lrs("http://h:8100/xAPI/statements").statements_url(), "http://h:8100/xAPI/statements");
        assert_eq!(lrs("x").authorization(), "Basic dTpw");
    }

    #[test]
    fn more_links_are_resolved_against_the_host() {
        assert_eq!(
            absolute("http://h:8100/xAPI/statements", "/xAPI/statements?pit=1"),
            "http://h:8100/xAPI/statements?pit=1"
        );
    }

    #[test]
    fn an_unreachable_store_is_said_in_words() {
        // Port 9 (discard) on loopback: nothing listens there in a test environment.
        let lrs = Lrs { endpoint: "http://127.0.0.1:9/xAPI".into(), user: "u".into(), password: "p".into() };
        let (sent, why) = lrs.send(&[serde_json::json!({})]).expect_err("nobody is there");
        assert_eq!(sent, 0);
        assert!(why.starts_with("cannot reach the LRS at http://127.0.0.1:9/xAPI/statements"), "{why}");
    }
}
