//! Vigil, the library: a security gate for AI-written code.
//!
//! Build a [`Scanner`] once (rules are compiled then) and share it across
//! threads; scan a snippet, a chat answer, or paths:
//!
//! ```
//! use std::path::Path;
//! use vigil::{Language, Scanner};
//!
//! let scanner = Scanner::with_builtin_rules();
//! let code = "import yaml\nconfig = yaml.load(open(path))\n";
//! let scan = scanner.scan_code(code, Language::Python, Path::new("app.py"));
//! assert_eq!(scan.findings[0].rule_id, "python.yaml.unsafe-load");
//! assert_eq!(scan.findings[0].span.start.line, 2);
//!
//! // Request data followed into the call: the finding carries the flow.
//! let code = "import yaml\nfrom flask import request\nconfig = yaml.load(request.data)\n";
//! let scan = scanner.scan_code(code, Language::Python, Path::new("app.py"));
//! assert_eq!(scan.findings[0].rule_id, "python.web.unsafe-deserialization");
//! assert!(!scan.findings[0].flow.is_empty());
//!
//! // A chat answer: findings point at lines of the answer itself.
//! let answer = "Sure! Load it like this:\n\n```python\nimport yaml\ncfg = yaml.load(body)\n```\n";
//! let scan = scanner.scan_answer(answer, Path::new("answer.md"));
//! assert_eq!(scan.findings[0].span.start.line, 5);
//! ```

mod baseline;
mod config;
mod error;
pub mod fixes;
mod guard_config;
pub mod lessons;
mod scanner;
mod secrets;
pub mod selection;
pub mod suppress;

pub use baseline::{Baseline, BaselineEntry};
pub use config::{Config, ReportSection, RulesSection, ScanSection, CONFIG_FILE};
pub use error::Error;
pub use guard_config::{GuardPolicy, GuardPolicySettings, GuardSection};
pub use scanner::{FileScan, ScanSettings, Scanner, ScannerBuilder};

pub use vigil_core::{
    Confidence, Edit, Finding, Fix, Language, Position, Report, RuleInfo, Severity, Skip, SkipReason, Span, Stats,
};
pub use vigil_input::{walk, Input, Limits, SourceFile, SourceKind, WalkError, WalkOptions};
