pub mod snippets;
