use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// How much harm a finding can do. Ordered: `Info < Low < Medium < High < Critical`.
///
/// Parsing accepts both Semgrep spellings: the old `ERROR`/`WARNING`/`INFO`
/// (mapped to high, medium and info) and the new `CRITICAL`/`HIGH`/`MEDIUM`/`LOW`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

/// How sure a rule is that a match is a real flaw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} `{value}` (expected one of: {expected})")]
pub struct ParseLevelError {
    pub kind: &'static str,
    pub value: String,
    pub expected: &'static str,
}

impl Severity {
    pub const ALL: [Severity; 5] =
        [Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    /// The `security-severity` score GitHub code scanning reads from SARIF rule
    /// properties: above 9.0 is critical, 7.0 to 8.9 high, 4.0 to 6.9 medium.
    pub fn security_severity(self) -> &'static str {
        match self {
            Severity::Critical => "9.5",
            Severity::High => "8.0",
            Severity::Medium => "5.5",
            Severity::Low => "3.0",
            Severity::Info => "1.0",
        }
    }

    /// The SARIF `level` for a result of this severity.
    pub fn sarif_level(self) -> &'static str {
        match self {
            Severity::Critical | Severity::High => "error",
            Severity::Medium => "warning",
            Severity::Low | Severity::Info => "note",
        }
    }
}

impl FromStr for Severity {
    type Err = ParseLevelError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "critical" => Ok(Severity::Critical),
            "high" | "error" => Ok(Severity::High),
            "medium" | "warning" | "warn" => Ok(Severity::Medium),
            "low" => Ok(Severity::Low),
            "info" | "note" | "inventory" | "experiment" => Ok(Severity::Info),
            _ => Err(ParseLevelError {
                kind: "severity",
                value: s.to_string(),
                expected: "critical, high, medium, low, info, ERROR, WARNING, INFO",
            }),
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

impl FromStr for Confidence {
    type Err = ParseLevelError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "high" => Ok(Confidence::High),
            "medium" => Ok(Confidence::Medium),
            "low" => Ok(Confidence::Low),
            _ => Err(ParseLevelError { kind: "confidence", value: s.to_string(), expected: "high, medium, low" }),
        }
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_semgrep_spellings_parse() {
        assert_eq!("ERROR".parse::<Severity>().unwrap(), Severity::High);
        assert_eq!("WARNING".parse::<Severity>().unwrap(), Severity::Medium);
        assert_eq!("INFO".parse::<Severity>().unwrap(), Severity::Info);
        assert_eq!("CRITICAL".parse::<Severity>().unwrap(), Severity::Critical);
        assert_eq!("Low".parse::<Severity>().unwrap(), Severity::Low);
        assert!("severe".parse::<Severity>().is_err());
    }

    #[test]
    fn severities_are_ordered() {
        assert!(Severity::Critical > Severity::High);
        assert!(Severity::Low > Severity::Info);
        let mut all = Severity::ALL.to_vec();
        all.reverse();
        all.sort();
        assert_eq!(all, Severity::ALL.to_vec());
    }
}
