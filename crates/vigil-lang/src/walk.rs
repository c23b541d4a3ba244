//! Iterative tree traversal. Nothing here recurses, because an adversarial
//! input (100,000 nested brackets) makes a tree deep enough to overflow any
//! recursive walk's stack.

use tree_sitter::{Node, TreeCursor};

/// Pre-order iterator over every node of a subtree (named and anonymous).
pub struct PreorderIter<'t> {
    cursor: TreeCursor<'t>,
    root_id: usize,
    done: bool,
}

impl<'t> PreorderIter<'t> {
    pub fn new(root: Node<'t>) -> Self {
        PreorderIter { cursor: root.walk(), root_id: root.id(), done: false }
    }
}

impl<'t> Iterator for PreorderIter<'t> {
    type Item = Node<'t>;

    fn next(&mut self) -> Option<Node<'t>> {
        if self.done {
            return None;
        }
        let node = self.cursor.node();
        if !self.cursor.goto_first_child() {
            loop {
                if self.cursor.node().id() == self.root_id {
                    self.done = true;
                    break;
                }
                if self.cursor.goto_next_sibling() {
                    break;
                }
                if !self.cursor.goto_parent() {
                    self.done = true;
                    break;
                }
            }
        }
        Some(node)
    }
}

/// Whether an anonymous token is mere punctuation that patterns ignore.
fn is_punctuation(kind: &str) -> bool {
    matches!(kind, "," | ";" | "(" | ")" | "{" | "}" | "[" | "]" | "\n" | "")
}

/// The children of `node` that take part in structural matching: named
/// nodes, and anonymous tokens that carry meaning (operators, keywords), but
/// not punctuation or comments.
pub fn significant_children<'t>(node: Node<'t>, out: &mut Vec<Node<'t>>) {
    out.clear();
    let mut cursor = node.walk();
    if !cursor.goto_first_child() {
        return;
    }
    loop {
        let child = cursor.node();
        let keep = if child.is_named() {
            !child.is_extra() && !child.kind().contains("comment")
        } else {
            !is_punctuation(child.kind())
        };
        if keep {
            out.push(child);
        }
        if !cursor.goto_next_sibling() {
            break;
        }
    }
}

/// Whether a node kind is a function, method or lambda in any grammar:
/// the scopes of data flow and of constants.
pub fn is_function_kind(kind: &str) -> bool {
    matches!(
        kind,
        "function_definition"
            | "function_declaration"
            | "method_declaration"
            | "method_definition"
            | "arrow_function"
            | "function_expression"
            | "function"
            | "generator_function_declaration"
            | "generator_function"
            | "func_literal"
            | "lambda"
            | "lambda_expression"
            | "constructor_declaration"
            | "function_item"
            | "closure_expression"
            | "method"
            | "singleton_method"
            | "anonymous_function_creation_expression"
            | "anonymous_function"
            | "local_function_statement"
            | "anonymous_method_expression"
    )
}
