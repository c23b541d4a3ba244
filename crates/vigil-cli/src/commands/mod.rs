pub mod explain;
pub mod mcp;
pub mod redact;
pub mod rules;
pub mod scan;
pub mod test;
pub mod unredact;
