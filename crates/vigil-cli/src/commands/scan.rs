use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use vigil::{Baseline, Language, Report, Severity};
use vigil_output::RenderOptions;

use crate::cli::{ColorChoice, OutputFormat, ScanArgs};
use crate::setup;

/// `vigil fix`: a scan whose fixes are applied, with a summary instead of a report.
pub fn run_fix(args: crate::cli::FixArgs) -> Result<u8> {
    let mut scan = args.scan;
    scan.fix = true;
    run_inner(scan, false)
}

pub fn run(args: ScanArgs) -> Result<u8> {
    if args.dry_run && !args.fix {
        bail!("--dry-run only applies with --fix (or `vigil fix --dry-run`)");
    }
    run_inner(args, true)
}

fn run_inner(mut args: ScanArgs, print_report: bool) -> Result<u8> {
    if args.paths.is_empty() {
        args.paths.push(PathBuf::from("."));
    }
    let stdin_count = args.paths.iter().filter(|p| p.as_os_str() == "-").count();
    if stdin_count > 1 {
        bail!("`-` (standard input) can be given only once");
    }
    if stdin_count == 0 && (args.lang.is_some() || args.filename.is_some()) {
        bail!("--lang and --filename name the language of standard input; add `-` to read it");
    }
    let language: Option<Language> = match &args.lang {
        Some(l) => Some(l.parse().with_context(|| "invalid --lang".to_string())?),
        None => None,
    };

    let config = setup::config(&args.rules, &setup::start_dir(&args.paths))?;
    let mut builder = setup::builder(&args.rules, config.as_ref());
    let settings = builder.settings_mut();
    settings.walk.exclude.extend(args.exclude.iter().cloned());
    settings.walk.threads = args.threads;
    if args.no_secrets {
        settings.secrets = false;
    }
    if args.hidden {
        settings.walk.include_hidden = true;
    }
    if args.no_ignore {
        settings.walk.respect_ignore_files = false;
    }
    if let Some(n) = args.max_file_size {
        settings.limits.max_file_size = n;
    }
    if let Some(s) = &args.min_severity {
        settings.min_severity = setup::parse_severity(s, "--min-severity")?;
    }
    let fail_on = match &args.fail_on {
        Some(s) => setup::parse_severity(s, "--fail-on")?,
        None => config.as_ref().and_then(|c| c.fail_on()).unwrap_or(Severity::Low),
    };
    let baseline = match &args.baseline {
        Some(path) => Some(Baseline::read(path)?),
        None => None,
    };
    // Never dropped: the process ends after the report, and freeing the
    // compiled rules one by one would cost more than scanning a small file.
    let scanner = std::mem::ManuallyDrop::new(builder.build()?);
    if scanner.rule_infos().is_empty() {
        for w in scanner.warnings() {
            eprintln!("vigil: warning: {w}");
        }
        bail!("no rules to run: check --enable/--disable, --no-builtin and --rules");
    }

    let started = Instant::now();
    let mut stdin_text: Option<(PathBuf, String)> = None;
    let file_paths: Vec<PathBuf> = args.paths.iter().filter(|p| p.as_os_str() != "-").cloned().collect();
    let mut report = if file_paths.is_empty() {
        Report { rules: scanner.rule_infos().to_vec(), warnings: scanner.warnings().to_vec(), ..Report::default() }
    } else {
        scanner.scan_paths(&file_paths)?
    };
    if stdin_count == 1 {
        let limits = &scanner.settings().limits;
        let name = args.filename.clone().unwrap_or_else(|| PathBuf::from(vigil_input::STDIN_NAME));
        match vigil_input::read_stdin(limits) {
            Ok(text) => {
                let scan = scanner.scan_text(&text, &name, language);
                stdin_text = Some((name.clone(), text.clone()));
                report.stats.files_scanned += 1;
                report.stats.bytes_scanned += text.len() as u64;
                report.stats.suppressed += scan.suppressed;
                report.findings.extend(scan.findings);
                report.warnings.extend(scan.warnings);
            }
            Err(reason) => report.skipped.push(vigil::Skip { path: name, reason }),
        }
        report.sort();
    }
    report.stats.elapsed_ms = started.elapsed().as_millis() as u64;

    if let Some(baseline) = &baseline {
        let known = baseline.fingerprints();
        let before = report.findings.len();
        report.findings.retain(|f| !known.contains(f.fingerprint.as_str()));
        report.stats.baselined = before - report.findings.len();
    }
    if let Some(path) = &args.write_baseline {
        Baseline::from_findings(&report.findings).write(path)?;
        eprintln!("vigil: wrote a baseline of {} findings to {}", report.findings.len(), path.display());
    }

    if args.fix {
        let fixed = crate::fixing::apply(&report, &args, stdin_text.as_ref(), language)?;
        if !print_report {
            // `vigil fix` fails only when a fix could not be applied.
            return Ok(u8::from(fixed.remaining > 0));
        }
    }
    if print_report && !(args.fix && stdin_text.is_some()) {
        write_report(&report, &args)?;
    }
    if args.write_baseline.is_some() {
        return Ok(0);
    }
    let failing = report.findings.iter().any(|f| f.severity >= fail_on);
    Ok(u8::from(failing))
}

fn use_color(choice: ColorChoice, to_file: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            !to_file
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var("TERM").map_or(true, |t| t != "dumb")
        }
    }
}

fn write_report(report: &Report, args: &ScanArgs) -> Result<()> {
    let options = RenderOptions {
        color: args.format == OutputFormat::Text && use_color(args.color, args.output.is_some()),
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
        ..RenderOptions::default()
    };
    let format = args.format.to_render();
    match &args.output {
        Some(path) => {
            let mut file = std::io::BufWriter::new(
                std::fs::File::create(path).with_context(|| format!("{}: cannot create", path.display()))?,
            );
            vigil_output::render(report, format, &options, &mut file)
                .and_then(|_| file.flush())
                .with_context(|| format!("{}: cannot write", path.display()))?;
            if args.format != OutputFormat::Text {
                print_summary(report, path);
            }
        }
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            match vigil_output::render(report, format, &options, &mut out).and_then(|_| out.flush()) {
                Ok(()) => {}
                // A closed pipe (`vigil scan | head`) is not an error.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
                Err(e) => return Err(e).context("cannot write the report"),
            }
        }
    }
    Ok(())
}

fn print_summary(report: &Report, path: &Path) {
    eprintln!(
        "vigil: {} findings in {} files ({} skipped); report written to {}",
        report.findings.len(),
        report.stats.files_scanned,
        report.skipped.len(),
        path.display()
    );
}
