//! `vigil report`: rates of vulnerable answers per model, language and CWE
//! over time, from the guard's records.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use vigil_guard::report::DAY;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Bucket {
    Hour,
    Day,
    Week,
}

#[derive(Debug, Clone, Args)]
pub struct ReportArgs {
    /// Records: an SQLite file or a postgres:// URL [default: [guard] database, else vigil-guard.db].
    #[arg(long, env = "VIGIL_DATABASE", value_name = "FILE|URL")]
    pub database: Option<String>,
    /// How many days back.
    #[arg(long, default_value_t = 30)]
    pub days: i64,
    /// Time buckets of the "over time" rows.
    #[arg(long, value_enum, default_value = "day")]
    pub bucket: Bucket,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    pub format: ReportFormat,
    /// Use this configuration file instead of looking for vigil.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignore any vigil.toml.
    #[arg(long)]
    pub no_config: bool,
}

pub fn run(args: ReportArgs) -> Result<u8> {
    let config = if args.no_config {
        None
    } else if let Some(path) = &args.config {
        Some(vigil::Config::load(path)?)
    } else {
        vigil::Config::discover(Path::new("."))?
    };
    let database = match &args.database {
        Some(d) => d.clone(),
        None => match &config {
            Some(c) => {
                let base = c.file.as_deref().and_then(Path::parent).unwrap_or(Path::new("."));
                vigil_guard::GuardSettings::from_section(&c.guard, base)?.database
            }
            None => vigil_guard::settings::DEFAULT_DATABASE.to_string(),
        },
    };
    if !vigil_guard::settings::is_postgres_url(&database) && !Path::new(&database).exists() {
        anyhow::bail!("{database}: no records yet (run `vigil serve`, or name the database with --database)");
    }
    let mut store =
        vigil_guard::open_store(&database).with_context(|| format!("cannot open the records at {database}"))?;
    let bucket = match args.bucket {
        Bucket::Hour => 3600,
        Bucket::Day => DAY,
        Bucket::Week => 7 * DAY,
    };
    let now =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    let until = (now / bucket + 1) * bucket;
    let since = until - args.days.clamp(1, 3660) * DAY;
    let records = store.load(since, until)?;
    let summary = vigil_guard::summarize(&records, since, until, bucket);
    match args.format {
        ReportFormat::Text => print!("{}", vigil_guard::render_text(&summary)),
        ReportFormat::Json => println!("{}", serde_json::to_string_pretty(&summary)?),
    }
    Ok(0)
}
