//! One chat completion through the guard: the request checked and redacted,
//! the answer reviewed, the policy applied (with the revision rounds), and
//! the record of it. Shared by plain and streamed responses.

use std::sync::Arc;
use std::time::Instant;

use axum::http::{HeaderMap, HeaderValue};
use serde_json::{json, Value};
use vigil::GuardPolicy;
use vigil_secrets::{unredact, Mapping, RedactOptions, SecretScanner};

use crate::error::ApiError;
use crate::policy::Policy;
use crate::records::{fingerprint, Record, RecordFinding};
use crate::redaction::redact_messages;
use crate::review::{self, Outcome, Review};
use crate::server::AppState;
use crate::upstream::{client_auth, Completion, Upstream};

/// A checked, redacted chat completions request and what applies to it.
pub struct Exchange {
    pub state: Arc<AppState>,
    pub route: Option<String>,
    pub model: String,
    pub policy: Policy,
    /// The body to send upstream: secrets replaced by placeholders.
    pub request: Value,
    pub stream: bool,
    pub mapping: Mapping,
    pub redact_options: RedactOptions,
    pub secrets: usize,
    pub client: String,
    pub auth: Option<HeaderValue>,
    pub started: Instant,
    pub prompt_fingerprint: String,
}

/// The answer the client gets, and how it came about.
pub struct Decision {
    /// Final text: restored, and annotated or blocked or revised.
    pub content: String,
    pub completion: Completion,
    pub outcome: Outcome,
    pub record: Record,
}

impl Exchange {
    /// Checks the request body and redacts its messages.
    pub fn new(
        state: Arc<AppState>,
        route: Option<String>,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Exchange, ApiError> {
        let mut request: Value = serde_json::from_slice(body)
            .map_err(|e| ApiError::bad_request("invalid_json", format!("the request body is not valid JSON: {e}")))?;
        let obj = request
            .as_object()
            .ok_or_else(|| ApiError::bad_request("invalid_request", "the request body must be a JSON object"))?;
        let model = obj
            .get("model")
            .and_then(Value::as_str)
            .filter(|m| !m.is_empty())
            .ok_or_else(|| {
                ApiError::bad_request("missing_model", "`model` is required: the name of a model, as a string")
            })?
            .to_string();
        if obj.get("messages").and_then(Value::as_array).is_none_or(|m| m.is_empty()) {
            return Err(ApiError::bad_request(
                "missing_messages",
                "`messages` is required: a non-empty array of {\"role\", \"content\"} objects",
            ));
        }
        if obj.get("n").and_then(Value::as_u64).is_some_and(|n| n > 1) {
            return Err(ApiError::bad_request(
                "unsupported_n",
                "the guard reviews one answer per request: `n` must be 1 (send several requests instead)",
            ));
        }
        let stream = obj.get("stream").and_then(Value::as_bool).unwrap_or(false);
        if let Some(r) = &route {
            if !state.settings.policies.has_route(r) {
                return Err(ApiError::not_found(format!(
                    "no route `{r}`: add [guard.routes.{r}] to vigil.toml, or use the base URL /v1"
                )));
            }
        }
        let policy = state.settings.policies.resolve(route.as_deref(), &model);
        let user = obj.get("user").and_then(Value::as_str).map(str::to_string);
        let guard_token = state.settings.token.as_deref();
        let auth = client_auth(headers, guard_token).cloned();
        let client = match (user, &auth) {
            (Some(u), _) if !u.is_empty() => u.chars().take(200).collect(),
            (_, Some(a)) => format!("key:{}", &fingerprint(a.to_str().unwrap_or(""))[..8]),
            _ => "anonymous".to_string(),
        };
        let redact_options =
            if state.settings.redact_pii { RedactOptions::secrets().with_pii() } else { RedactOptions::secrets() };
        let mut mapping = Mapping::new();
        let secrets = redact_messages(&mut request, &redact_options, &mut mapping);
        let prompt_fingerprint = fingerprint(&request["messages"].to_string());
        Ok(Exchange {
            state,
            route,
            model,
            policy,
            request,
            stream,
            mapping,
            redact_options,
            secrets,
            client,
            auth,
            started: Instant::now(),
            prompt_fingerprint,
        })
    }

    pub fn upstream(&self) -> Result<&Upstream, ApiError> {
        self.state.upstream.as_ref().ok_or_else(ApiError::no_upstream)
    }

    /// The answer as the client should read it: placeholders restored when
    /// the policy says so.
    fn restored(&self, text: &str) -> String {
        if self.policy.restore_secrets {
            unredact(text, &self.mapping)
        } else {
            text.to_string()
        }
    }

    async fn complete(&self, body: &Value) -> Result<Completion, ApiError> {
        let upstream = self.upstream()?;
        if self.stream {
            upstream.complete_streamed(body, self.auth.as_ref()).await
        } else {
            upstream.complete(body, self.auth.as_ref()).await
        }
    }

    /// Applies the policy to the first answer.
    pub async fn decide(&mut self, first: Completion) -> Decision {
        let fail_on = self.policy.fail_on;
        let scanner = self.state.scanner.clone();
        let first_text = self.restored(&first.content);
        let first_review = self.state.review(&first_text).await;
        match self.policy.action {
            GuardPolicy::Annotate => {
                let (content, action) = if first_review.findings.is_empty() {
                    (first_text, "passed")
                } else {
                    (first_text + &review::annotation(&scanner, &first_review), "annotated")
                };
                self.finish(first, content, action, 0, &first_review, &first_review)
            }
            GuardPolicy::Block => {
                let (content, action) = if first_review.is_clean(fail_on) {
                    (first_text, "passed")
                } else {
                    (review::blocked_answer(&scanner, &first_text, &first_review, fail_on), "blocked")
                };
                self.finish(first, content, action, 0, &first_review, &first_review)
            }
            GuardPolicy::Revise => self.revise(first, first_text, first_review).await,
        }
    }

    /// Sends the findings back until an answer is clean or the rounds run
    /// out; keeps the first clean answer, else the one with the fewest
    /// blocking findings.
    async fn revise(&mut self, first: Completion, first_text: String, first_review: Review) -> Decision {
        let fail_on = self.policy.fail_on;
        let scanner = self.state.scanner.clone();
        let mut answers: Vec<(Completion, String, Review)> = vec![(first, first_text, first_review)];
        let mut conversation = self.request.clone();
        let mut upstream_error = None;
        while !answers.last().is_some_and(|a| a.2.is_clean(fail_on)) && (answers.len() as u32) <= self.policy.max_rounds
        {
            let (last, _, last_review) = answers.last().expect("one answer at least");
            let ask = review::revision_request(&scanner, last_review, fail_on);
            // The request quotes rule messages, which may quote the code:
            // redact it like the prompt, so no secret goes back out.
            let (ask, _) = SecretScanner::global().redact_with(&ask, &self.redact_options, &mut self.mapping);
            if let Some(messages) = conversation.get_mut("messages").and_then(Value::as_array_mut) {
                messages.push(json!({"role": "assistant", "content": last.content}));
                messages.push(json!({"role": "user", "content": ask}));
            }
            match self.complete(&conversation).await {
                Ok(next) => {
                    let text = self.restored(&next.content);
                    let r = self.state.review(&text).await;
                    answers.push((next, text, r));
                }
                Err(e) => {
                    upstream_error = Some(e);
                    break;
                }
            }
        }
        let rounds = answers.len() as u32 - 1;
        let chosen = answers.iter().position(|a| a.2.is_clean(fail_on)).unwrap_or_else(|| {
            // Fewest blocking findings, then fewest findings; the later on ties.
            let key = |a: &(Completion, String, Review)| (a.2.blocking(fail_on).count(), a.2.findings.len());
            let best = answers.iter().map(key).min().unwrap_or((0, 0));
            answers.iter().rposition(|a| key(a) == best).unwrap_or(0)
        });
        let first_review = answers[0].2.clone();
        let (completion, text, chosen_review) = answers.swap_remove(chosen);
        let clean = chosen_review.is_clean(fail_on);
        let action = match (rounds, clean) {
            (0, true) => "passed",
            (_, true) => "revised",
            _ => "best-effort",
        };
        let mut content = text;
        if rounds > 0 {
            content += &review::revision_note(&scanner, &first_review, &chosen_review, rounds, clean);
        } else if !clean {
            content += &review::annotation(&scanner, &chosen_review);
        }
        if let Some(e) = upstream_error {
            content += &format!("\n\n(Vigil could not finish revising: {})\n", e.message);
        }
        self.finish(completion, content, action, rounds, &first_review, &chosen_review)
    }

    fn finish(
        &self,
        completion: Completion,
        content: String,
        action: &'static str,
        rounds: u32,
        first: &Review,
        last: &Review,
    ) -> Decision {
        let clean = last.is_clean(self.policy.fail_on) || action == "blocked";
        let mut findings: Vec<RecordFinding> = first.findings.iter().map(|f| RecordFinding::of(f, 0)).collect();
        if rounds > 0 {
            findings.extend(last.findings.iter().map(|f| RecordFinding::of(f, rounds)));
        }
        let outcome = Outcome {
            policy: self.policy.action.as_str(),
            action,
            rounds,
            clean,
            secrets_redacted: self.secrets,
            findings: review::FindingSummary::of(&last.findings),
            fixed: review::fixed_rules(first, last),
        };
        let record = self.record(action, rounds, clean, first, &completion.content, findings);
        Decision { content, completion, outcome, record }
    }

    /// The record of this exchange.
    pub fn record(
        &self,
        action: &str,
        rounds: u32,
        clean: bool,
        first: &Review,
        answer: &str,
        findings: Vec<RecordFinding>,
    ) -> Record {
        Record {
            time: now(),
            endpoint: "proxy".into(),
            client: self.client.clone(),
            model: self.model.clone(),
            route: self.route.clone().unwrap_or_default(),
            policy: self.policy.action.as_str().into(),
            action: action.into(),
            rounds,
            languages: first.languages.clone(),
            clean,
            secrets_redacted: self.secrets as u32,
            prompt_fingerprint: self.prompt_fingerprint.clone(),
            answer_fingerprint: fingerprint(answer),
            latency_ms: self.started.elapsed().as_millis() as u64,
            findings,
        }
    }
}

pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}
