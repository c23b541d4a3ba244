//! `vigil serve`: the guard service (scan API, OpenAI-compatible proxy,
//! records, report page). Flags override `[guard]` of `vigil.toml`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::Args;
use vigil::{GuardPolicy, GuardSection};
use vigil_guard::{GuardServer, GuardSettings};

use crate::cli::RuleArgs;
use crate::setup;

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on [default: 127.0.0.1:8787]. Beyond loopback a --token is required.
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<String>,
    /// OpenAI-compatible endpoint to forward chat completions to, up to `/v1`.
    #[arg(long, value_name = "URL")]
    pub upstream: Option<String>,
    /// API key for the upstream (else each client's own key is forwarded).
    #[arg(long, env = "VIGIL_UPSTREAM_KEY", hide_env_values = true, value_name = "KEY")]
    pub upstream_key: Option<String>,
    /// Bearer token clients must send (required when listening beyond loopback).
    #[arg(long, env = "VIGIL_TOKEN", hide_env_values = true, value_name = "TOKEN")]
    pub token: Option<String>,
    /// What to do with answers whose code has findings: annotate, block or revise.
    #[arg(long, value_name = "POLICY")]
    pub policy: Option<String>,
    /// Revise: follow-up rounds at most [default: 2].
    #[arg(long, value_name = "N")]
    pub max_rounds: Option<u32>,
    /// Findings at or above this severity make block and revise act [default: low].
    #[arg(long, value_name = "SEVERITY")]
    pub fail_on: Option<String>,
    /// Leave placeholders of redacted secrets in answers instead of restoring them.
    #[arg(long)]
    pub no_restore_secrets: bool,
    /// Also redact e-mail addresses, phone numbers, card numbers and IBANs from prompts.
    #[arg(long)]
    pub redact_pii: bool,
    /// Records: an SQLite file, or a postgres:// URL [default: vigil-guard.db].
    #[arg(long, env = "VIGIL_DATABASE", value_name = "FILE|URL")]
    pub database: Option<String>,
    /// Largest request body accepted, in bytes [default: 4000000].
    #[arg(long, value_name = "BYTES")]
    pub max_body_bytes: Option<usize>,
    /// Seconds to wait for the upstream (a whole answer, or each streamed piece) [default: 120].
    #[arg(long, value_name = "SECS")]
    pub upstream_timeout: Option<u64>,
    #[command(flatten)]
    pub rules: RuleArgs,
}

/// `[guard]` with the flags applied over it.
/// Replaces `slot` when the flag was given.
fn set<T>(slot: &mut Option<T>, flag: Option<T>) {
    if flag.is_some() {
        *slot = flag;
    }
}

fn section(args: &ServeArgs, config: Option<&vigil::Config>) -> Result<GuardSection> {
    let mut s = config.map(|c| c.guard.clone()).unwrap_or_default();
    set(&mut s.listen, args.listen.clone());
    set(&mut s.upstream, args.upstream.clone());
    set(&mut s.database, args.database.clone());
    set(&mut s.max_rounds, args.max_rounds);
    set(&mut s.max_body_bytes, args.max_body_bytes);
    set(&mut s.upstream_timeout_secs, args.upstream_timeout);
    if let Some(p) = &args.policy {
        s.policy = Some(p.parse::<GuardPolicy>().map_err(anyhow::Error::msg).context("invalid --policy")?);
    }
    if let Some(f) = &args.fail_on {
        setup::parse_severity(f, "--fail-on")?;
        s.fail_on = Some(f.clone());
    }
    if args.no_restore_secrets {
        s.restore_secrets = Some(false);
    }
    if args.redact_pii {
        s.redact_pii = Some(true);
    }
    Ok(s)
}

pub fn settings(args: &ServeArgs, config: Option<&vigil::Config>) -> Result<GuardSettings> {
    let base = config
        .and_then(|c| c.file.as_deref())
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let mut settings = GuardSettings::from_section(&section(args, config)?, &base)?;
    if args.upstream_key.is_some() {
        settings.upstream_key = args.upstream_key.clone();
    }
    if args.token.is_some() {
        settings.token = args.token.clone().filter(|t| !t.is_empty());
    }
    Ok(settings)
}

pub fn run(args: ServeArgs) -> Result<u8> {
    let config = setup::config(&args.rules, Path::new("."))?;
    let scanner = setup::builder(&args.rules, config.as_ref()).build()?;
    for w in scanner.warnings() {
        eprintln!("vigil: warning: {w}");
    }
    let settings = settings(&args, config.as_ref())?;
    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().build().context("cannot start the async runtime")?;
    runtime.block_on(async move {
        let upstream = settings.upstream.clone().unwrap_or_else(|| "none (scan API only)".into());
        let policy = settings.policies.default.action;
        let database = settings.database.clone();
        let server = GuardServer::bind(settings, Arc::new(scanner)).await?;
        let addr = server.local_addr()?;
        eprintln!(
            "vigil serve: listening on http://{addr} (upstream {upstream}, policy {policy}, records in {database})"
        );
        eprintln!("vigil serve: report at http://{addr}/ ; point OpenAI clients at http://{addr}/v1");
        let stored = server.run(shutdown_signal()).await?;
        eprintln!("vigil serve: stopped; {stored} records stored");
        Ok(0)
    })
}

/// Ctrl-C, or SIGTERM on Unix (what service managers send).
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    eprintln!("vigil serve: shutting down: finishing requests under way and writing records");
}
