pub mod explain;
pub mod rules;
pub mod scan;
pub mod test;
