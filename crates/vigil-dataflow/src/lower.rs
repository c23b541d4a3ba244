//! Reading flow-relevant structure out of any grammar's tree.
//!
//! tree-sitter grammars name things alike (`if_statement` with `condition`,
//! `consequence` and `alternative`; `assignment` with `left` and `right`;
//! functions with `parameters` and `body`), so one table of kinds and fields
//! covers the languages; the few outliers are listed here too.

use vigil_lang::tree_sitter::Node;
use vigil_lang::FieldLookup;

/// What a statement node means for data flow.
pub enum Stmt<'t> {
    /// Children executed in order.
    Block(Vec<Node<'t>>),
    /// `if cond: then [elif ...] [else ...]`.
    If {
        cond: Option<Node<'t>>,
        then: Option<Node<'t>>,
        alternatives: Vec<Node<'t>>,
    },
    /// A loop: `binding` gets the iterated value's taint; the body runs to a
    /// fixed point.
    Loop {
        binding: Option<(Node<'t>, Node<'t>)>,
        cond: Option<Node<'t>>,
        body: Option<Node<'t>>,
    },
    Return(Option<Node<'t>>),
    Raise(Option<Node<'t>>),
    /// A function or lambda defined here: analysed on its own.
    Function,
    /// `lhs = rhs`, a declaration with an initialiser, or `lhs += rhs`.
    Assign {
        lhs: Node<'t>,
        rhs: Option<Node<'t>>,
        augmented: bool,
    },
    /// `switch`/`match`: each case an alternative.
    Switch {
        subject: Option<Node<'t>>,
        cases: Vec<Node<'t>>,
    },
    /// `try`: the body (and resources, and Python's `else`) in order, the
    /// handlers (`catch`, `except`), and `finally`.
    Try {
        body: Vec<Node<'t>>,
        handlers: Vec<Node<'t>>,
        finally: Option<Node<'t>>,
    },
    /// Anything else: an expression evaluated for its effects.
    Expr(Node<'t>),
}

pub use vigil_lang::is_function_kind as is_function;

const ASSIGNMENTS: &[&str] = &[
    "assignment",
    "augmented_assignment",
    "assignment_expression",
    "augmented_assignment_expression",
    "variable_declarator",
    "init_declarator",
    "short_var_declaration",
    "assignment_statement",
    "var_spec",
    "const_spec",
    "let_declaration",
    "operator_assignment",
    "compound_assignment_expr",
    "named_expression",
];

pub fn is_assignment(kind: &str) -> bool {
    ASSIGNMENTS.contains(&kind)
}

fn field<'t>(node: Node<'t>, names: &[&'static str]) -> Option<Node<'t>> {
    names.iter().find_map(|f| node.child_by_field(f))
}

pub fn named_children<'t>(node: Node<'t>) -> Vec<Node<'t>> {
    let mut c = node.walk();
    node.named_children(&mut c).filter(|n| !n.is_extra()).collect()
}

/// The parts of an assignment-like node.
pub fn assignment_parts<'t>(node: Node<'t>) -> Option<(Node<'t>, Option<Node<'t>>, bool)> {
    let lhs = field(node, &["left", "name", "pattern", "declarator"])?;
    let rhs = field(node, &["right", "value"]).or_else(|| {
        // C#'s declarator holds its initialiser without a field name.
        let kids = named_children(node);
        kids.last().copied().filter(|last| last.id() != lhs.id())
    });
    let augmented = node.kind().starts_with("augmented")
        || node.kind() == "operator_assignment"
        || node.kind() == "compound_assignment_expr"
        || node.child_by_field("operator").is_some_and(|op| op.kind() != "=" && op.kind().ends_with('='));
    Some((lhs, rhs, augmented))
}

pub fn classify(node: Node<'_>) -> Stmt<'_> {
    let kind = node.kind();
    if is_function(kind) {
        return Stmt::Function;
    }
    if is_assignment(kind) {
        if let Some((lhs, rhs, augmented)) = assignment_parts(node) {
            return Stmt::Assign { lhs, rhs, augmented };
        }
    }
    match kind {
        "if_statement" | "if_expression" | "if" | "unless" | "elif_clause" | "elsif" | "if_let_expression" => {
            let mut alternatives = Vec::new();
            let mut c = node.walk();
            for alt in node.children_by_field_name("alternative", &mut c) {
                alternatives.push(alt);
            }
            Stmt::If { cond: field(node, &["condition"]), then: field(node, &["consequence", "body"]), alternatives }
        }
        "for_statement"
        | "for_in_statement"
        | "enhanced_for_statement"
        | "foreach_statement"
        | "for_range_loop"
        | "for_expression"
        | "for" => {
            let binding = range_binding(node);
            Stmt::Loop { binding, cond: field(node, &["condition"]), body: field(node, &["body"]) }
        }
        "while_statement" | "do_statement" | "while_expression" | "loop_expression" | "while" | "until" => {
            Stmt::Loop { binding: None, cond: field(node, &["condition"]), body: field(node, &["body"]) }
        }
        "return_statement" | "return" | "return_expression" => Stmt::Return(node.named_child(0)),
        "switch_statement"
        | "switch_expression"
        | "expression_switch_statement"
        | "type_switch_statement"
        | "match_statement"
        | "match_expression"
        | "case"
        | "case_statement" => {
            let subject = field(node, &["condition", "value", "subject", "argument"]);
            let mut cases = Vec::new();
            let mut stack = named_children(node);
            stack.reverse();
            while let Some(n) = stack.pop() {
                let k = n.kind();
                if k.contains("case")
                    || k.contains("default")
                    || k == "switch_block_statement_group"
                    || k == "switch_section"
                    || k == "match_arm"
                    || k == "when"
                    || k == "else"
                {
                    cases.push(n);
                } else if matches!(
                    k,
                    "switch_body" | "switch_block" | "case_block" | "match_block" | "block" | "compound_statement"
                ) {
                    let mut kids = named_children(n);
                    kids.reverse();
                    stack.extend(kids);
                }
            }
            Stmt::Switch { subject, cases }
        }
        "raise_statement" | "throw_statement" | "throw_expression" => Stmt::Raise(node.named_child(0)),
        "try_statement" | "try_with_resources_statement" => {
            let (mut body, mut handlers, mut finally) = (Vec::new(), Vec::new(), None);
            for child in named_children(node) {
                match child.kind() {
                    "catch_clause" | "except_clause" | "except_group_clause" => handlers.push(child),
                    "finally_clause" => finally = Some(child),
                    _ => body.push(child),
                }
            }
            Stmt::Try { body, handlers, finally }
        }
        "expression_statement"
        | "block"
        | "statement_block"
        | "compound_statement"
        | "module"
        | "program"
        | "source_file"
        | "translation_unit"
        | "statement_list"
        | "body_statement"
        | "else_clause"
        | "else"
        | "finally_clause"
        | "except_clause"
        | "catch_clause"
        | "with_statement"
        | "local_variable_declaration"
        | "lexical_declaration"
        | "variable_declaration"
        | "declaration"
        | "local_declaration_statement"
        | "var_declaration"
        | "const_declaration"
        | "decorated_definition"
        | "class_definition"
        | "class_declaration"
        | "class_body"
        | "class"
        | "declaration_list"
        | "impl_item"
        | "labeled_statement"
        | "switch_body"
        | "switch_block"
        | "switch_case"
        | "expression_case"
        | "case_clause"
        | "default_clause"
        | "case_block"
        | "namespace_declaration"
        | "field_declaration"
        | "do_block"
        | "block_node"
        | "then"
        | "begin"
        | "using_statement"
        | "synchronized_statement"
        | "unsafe_block"
        | "defer_statement"
        | "go_statement"
        | "php_tag"
        | "text_interpolation" => Stmt::Block(named_children(node)),
        _ if kind.ends_with("_statement") || kind.ends_with("_clause") || kind.ends_with("_block") => {
            Stmt::Block(named_children(node))
        }
        _ => Stmt::Expr(node),
    }
}

/// For `for x in xs` and its kin: (the loop variable, the iterated value).
fn range_binding(node: Node<'_>) -> Option<(Node<'_>, Node<'_>)> {
    if let Some(rc) = named_children(node).into_iter().find(|n| n.kind() == "range_clause") {
        return Some((field(rc, &["left"])?, field(rc, &["right"])?));
    }
    let lhs = field(node, &["left", "name", "pattern", "declarator", "variable"])?;
    let rhs = field(node, &["right", "value"])?;
    Some((lhs, rhs))
}

/// A function's parameters' names, in order, and its body.
pub fn function_parts<'t>(node: Node<'t>, source: &str) -> (Vec<(String, Node<'t>)>, Option<Node<'t>>) {
    let params_node = field(node, &["parameters", "parameter"]).or_else(|| {
        // C: function_definition → declarator: function_declarator → parameters.
        let mut d = node.child_by_field("declarator")?;
        for _ in 0..8 {
            if let Some(p) = d.child_by_field("parameters") {
                return Some(p);
            }
            d = d.child_by_field("declarator")?;
        }
        None
    });
    let mut params = Vec::new();
    if let Some(p) = params_node {
        if is_name_kind(p.kind()) {
            params.push((text(p, source).to_string(), p));
        } else {
            for child in named_children(p) {
                if let Some(name) = param_name(child, source) {
                    params.push((name, child));
                }
            }
        }
    }
    (params, field(node, &["body"]))
}

/// The name a function is called by, if it has one.
pub fn function_name(node: Node<'_>, source: &str) -> Option<String> {
    if let Some(n) = node.child_by_field("name") {
        return Some(text(n, source).to_string());
    }
    let mut d = node.child_by_field("declarator")?;
    for _ in 0..8 {
        if is_name_kind(d.kind()) {
            return Some(text(d, source).to_string());
        }
        d = d.child_by_field("declarator")?;
    }
    None
}

fn param_name(p: Node<'_>, source: &str) -> Option<String> {
    let mut cur = p;
    for _ in 0..8 {
        if is_name_kind(cur.kind()) {
            return Some(text(cur, source).to_string());
        }
        match field(cur, &["name", "pattern", "declarator", "left"]) {
            Some(next) => cur = next,
            None => {
                let kids = named_children(cur);
                cur = *kids.iter().find(|k| is_name_kind(k.kind()))?;
            }
        }
    }
    None
}

pub fn is_name_kind(kind: &str) -> bool {
    matches!(
        kind,
        "identifier"
            | "variable_name"
            | "shorthand_property_identifier"
            | "shorthand_property_identifier_pattern"
            | "simple_identifier"
            | "self"
            | "this"
            | "instance_variable"
            | "global_variable"
            | "class_variable"
    )
}

pub fn text<'s>(node: Node, source: &'s str) -> &'s str {
    source.get(node.start_byte()..node.end_byte()).unwrap_or("")
}

/// The access path an expression denotes (`x`, `self.data`, `req.args`), if
/// it is one. Subscripts denote their container.
pub fn path_of(node: Node<'_>, source: &str) -> Option<String> {
    let kind = node.kind();
    if is_name_kind(kind) {
        return Some(text(node, source).to_string());
    }
    match kind {
        _ if is_field_access(kind) => {
            let object = field(node, &["object", "operand", "argument", "expression", "scope", "value"])?;
            let prop = field(node, &["attribute", "property", "field", "name"])?;
            Some(format!("{}.{}", path_of(object, source)?, text(prop, source)))
        }
        "subscript"
        | "subscript_expression"
        | "element_access_expression"
        | "index_expression"
        | "array_access"
        | "element_reference" => {
            let object =
                field(node, &["value", "object", "expression", "operand", "array"]).or_else(|| node.named_child(0))?;
            path_of(object, source)
        }
        "parenthesized_expression" => path_of(node.named_child(0)?, source),
        "pointer_expression" | "unary_expression" if text(node, source).starts_with(['*', '&']) => {
            path_of(node.named_child(0)?, source)
        }
        _ => None,
    }
}

/// The variable whose memory a write through `node` lands in: `path_of`, and
/// for C's buffer arithmetic the buffer itself (`fgets(buf + len, ...)`,
/// `recv(s, (char *)(buf + len), ...)` fill `buf`).
pub fn written_path(node: Node<'_>, source: &str) -> Option<String> {
    if let Some(p) = path_of(node, source) {
        return Some(p);
    }
    match node.kind() {
        "cast_expression" => written_path(node.child_by_field_name("value")?, source),
        "parenthesized_expression" => written_path(node.named_child(0)?, source),
        "binary_expression" => {
            let op = node.child_by_field_name("operator")?;
            if matches!(text(op, source), "+" | "-") {
                written_path(node.child_by_field_name("left")?, source)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Every name an assignment target binds (`a, b = ...`, `{x, y} = ...`,
/// `[first] = ...`): for destructuring, each gets the value's taint.
pub fn targets<'t>(lhs: Node<'t>, source: &str, out: &mut Vec<(String, bool)>) {
    if let Some(p) = path_of(lhs, source) {
        // A write through a field or subscript is a weak update of the container.
        let weak = !is_name_kind(lhs.kind());
        out.push((p, weak));
        return;
    }
    let mut stack = vec![lhs];
    let mut guard = 0;
    while let Some(n) = stack.pop() {
        guard += 1;
        if guard > 256 {
            break;
        }
        if is_name_kind(n.kind()) {
            out.push((text(n, source).to_string(), false));
            continue;
        }
        if matches!(n.kind(), "pair_pattern" | "pair") {
            if let Some(v) = n.child_by_field("value") {
                stack.push(v);
            }
            continue;
        }
        stack.extend(named_children(n));
    }
}

/// For a call: the callee's simple name, the receiver (for method calls)
/// and the argument expressions in order.
pub struct Call<'t> {
    pub name: Option<String>,
    pub receiver: Option<Node<'t>>,
    pub args: Vec<Node<'t>>,
}

pub fn as_call<'t>(node: Node<'t>, source: &str) -> Option<Call<'t>> {
    let kind = node.kind();
    let is_call = matches!(
        kind,
        "call"
            | "call_expression"
            | "method_invocation"
            | "invocation_expression"
            | "function_call_expression"
            | "member_call_expression"
            | "scoped_call_expression"
            | "method_call"
            | "object_creation_expression"
            | "new_expression"
            | "macro_invocation"
    );
    if !is_call {
        return None;
    }
    let function = field(node, &["function", "method", "constructor", "type", "macro"]);
    // C++'s `obj.method()` keeps the object in `argument`.
    let mut receiver = field(node, &["object", "receiver"]);
    let mut name = node.child_by_field("name").map(|n| text(n, source).to_string());
    if let Some(f) = function {
        if receiver.is_none() {
            receiver = field(f, &["object", "operand", "expression", "value", "argument"]);
        }
        let last = field(f, &["attribute", "property", "field", "name"]).unwrap_or(f);
        if name.is_none() {
            let t = text(last, source);
            name = Some(t.rsplit(['.', ':']).next().unwrap_or(t).to_string());
        }
    }
    let mut args = Vec::new();
    if kind == "macro_invocation" {
        // Rust's `format!("{}", name)` keeps its arguments as a token tree:
        // every name in it is an argument, so the value carries their taint.
        macro_names(node, &mut args);
        return Some(Call { name, receiver, args });
    }
    let args_node = field(node, &["arguments"]);
    if let Some(a) = args_node {
        for child in named_children(a) {
            // Keyword arguments and C#'s `argument` wrap the value.
            let value = match child.kind() {
                "keyword_argument" | "pair" => child.child_by_field("value").unwrap_or(child),
                "argument" => child.named_child(child.named_child_count().saturating_sub(1) as u32).unwrap_or(child),
                _ => child,
            };
            args.push(value);
        }
    }
    Some(Call { name, receiver, args })
}

/// The identifiers in a macro invocation's token trees (nested ones
/// included), at most 64 of them: the macro's inputs as far as taint goes.
fn macro_names<'t>(node: Node<'t>, out: &mut Vec<Node<'t>>) {
    let mut stack: Vec<Node<'t>> = named_children(node).into_iter().filter(|n| n.kind() == "token_tree").collect();
    let mut visited = 0;
    while let Some(n) = stack.pop() {
        visited += 1;
        if visited > 1024 || out.len() >= 64 {
            break;
        }
        for child in named_children(n).into_iter().rev() {
            match child.kind() {
                "identifier" => out.push(child),
                "token_tree" => stack.push(child),
                _ => {}
            }
        }
    }
    // The stack visits nested trees last; keep the arguments in source order.
    out.sort_by_key(|n| n.start_byte());
}

/// Methods that store their arguments into the receiver.
pub fn is_mutator(name: &str) -> bool {
    matches!(
        name,
        "append"
            | "extend"
            | "add"
            | "push"
            | "insert"
            | "put"
            | "update"
            | "setdefault"
            | "appendleft"
            | "push_str"
            | "push_back"
            | "extend_from_slice"
            | "addAll"
            | "putAll"
            | "Append"
            | "Add"
            | "AppendFormat"
            | "Insert"
            | "write"
            | "WriteString"
            | "unshift"
            | "set"
            | "setProperty"
    )
}

/// Calls after which the program does not go on: a branch ending in one
/// is as good as one ending in `return`.
pub fn ends_the_program(node: Node<'_>, source: &str) -> bool {
    let Some(call) = as_call(node, source) else {
        // PHP's `exit`/`die` are expressions of their own.
        return matches!(node.kind(), "exit_statement");
    };
    let full = text(node, source);
    matches!(
        call.name.as_deref(),
        Some("exit" | "die" | "abort" | "_exit" | "panic" | "Exit" | "Fatal" | "Fatalf" | "Fatalln")
    ) && !full.contains("sys.exc_info")
}

/// Calls whose result says nothing of their input's content: sizes,
/// counts, truth values, hashes.
pub fn returns_clean_value(name: &str) -> bool {
    matches!(
        name,
        "len"
            | "size"
            | "length"
            | "count"
            | "isEmpty"
            | "is_empty"
            | "hashCode"
            | "equals"
            | "contains"
            | "startsWith"
            | "endsWith"
            | "exists"
            | "isdigit"
            | "isalnum"
            | "isnumeric"
            | "bool"
            | "Len"
            | "strlen"
            | "sizeof"
            | "Contains"
            | "HasPrefix"
            | "HasSuffix"
            | "Count"
            | "Length"
    )
}

/// A conditional expression's condition and its two values:
/// `c ? a : b` (C family, JavaScript, Java, C#, PHP) and `a if c else b`
/// (Python).
pub fn conditional_parts<'t>(node: Node<'t>) -> Option<(Node<'t>, Node<'t>, Node<'t>)> {
    match node.kind() {
        "ternary_expression" | "conditional_expression" => {}
        _ => return None,
    }
    if let (Some(c), Some(a), Some(b)) = (
        node.child_by_field("condition"),
        node.child_by_field("consequence").or_else(|| node.child_by_field("body")),
        node.child_by_field("alternative").or_else(|| node.child_by_field("alternate")),
    ) {
        return Some((c, a, b));
    }
    // Python's `a if c else b` has no field names.
    let kids = named_children(node);
    let has_if = {
        let mut c = node.walk();
        let found = node.children(&mut c).any(|n| n.kind() == "if");
        found
    };
    match kids.as_slice() {
        [a, c, b] if has_if => Some((*c, *a, *b)),
        _ => None,
    }
}

/// Names that functions inside `root` assign to without declaring them
/// (`field = v`, `this.field = v`, `n++`, `total += v`): when the top level
/// also writes them, their top-level value is no constant in any function.
pub fn assigned_in_functions(root: Node, source: &str) -> std::collections::HashSet<String> {
    let mut out = std::collections::HashSet::new();
    let mut stack: Vec<(Node, bool)> = named_children(root).into_iter().map(|n| (n, false)).collect();
    let mut seen = 0usize;
    while let Some((n, in_function)) = stack.pop() {
        seen += 1;
        if seen > 200_000 {
            break;
        }
        let kind = n.kind();
        if in_function {
            let written = match kind {
                "assignment_expression" | "augmented_assignment_expression" => n.child_by_field_name("left"),
                "update_expression" => n.child_by_field_name("argument").or_else(|| n.named_child(0)),
                _ => None,
            };
            if let Some(lhs) = written {
                let mut names = Vec::new();
                targets(lhs, source, &mut names);
                for (name, _) in names {
                    if let Some(field) = name.strip_prefix("this.") {
                        out.insert(field.to_string());
                    }
                    out.insert(name);
                }
            }
        }
        let inner = in_function || is_function(kind);
        stack.extend(named_children(n).into_iter().map(|c| (c, inner)));
    }
    out
}

/// How many times each variable of `scope` is written in it (assignments,
/// declarations with or without a value, `++`/`--`, compound assignments
/// and loop variables counting more), not counting nested functions.
pub fn write_counts(scope: Node, source: &str) -> std::collections::HashMap<String, usize> {
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut stack = named_children(scope);
    let mut seen = 0usize;
    while let Some(n) = stack.pop() {
        seen += 1;
        if seen > 200_000 {
            break;
        }
        let kind = n.kind();
        if is_function(kind) {
            continue;
        }
        let mut names = Vec::new();
        let mut weight = 1;
        if is_assignment(kind) {
            if let Some((lhs, rhs, augmented)) = assignment_parts(n) {
                targets(lhs, source, &mut names);
                // A compound assignment, or a declaration without a value
                // followed by a later write, is not a single constant write.
                if augmented || rhs.is_none() {
                    weight = 2;
                }
            }
        } else if matches!(
            kind,
            "update_expression"
                | "postfix_unary_expression"
                | "prefix_unary_expression"
                | "inc_statement"
                | "dec_statement"
                | "for_in_statement"
                | "for_statement"
                | "enhanced_for_statement"
                | "for_in_clause"
                | "catch_clause"
                | "with_item"
        ) {
            // The variable a loop, `++` or `catch` binds is written repeatedly.
            let bound = n
                .child_by_field("left")
                .or_else(|| n.child_by_field("argument"))
                .or_else(|| n.child_by_field("name"))
                .or_else(|| n.child_by_field("operand"));
            if let Some(b) = bound {
                targets(b, source, &mut names);
            }
            weight = 2;
        }
        for (name, _) in names {
            *counts.entry(name).or_default() += weight;
        }
        stack.extend(named_children(n));
    }
    counts
}

/// The labels of one case of a switch.
pub enum CaseLabels<'t> {
    Default,
    Labels(Vec<Node<'t>>),
    /// A pattern or guard this reading does not know.
    Unknown,
}

/// Reads a case's labels: `case 'A':` / `case 1, 2:` (Java, JavaScript,
/// C, C#, Go), `default:`.
pub fn case_labels(case: Node<'_>) -> CaseLabels<'_> {
    let kind = case.kind();
    if kind.contains("default") {
        return CaseLabels::Default;
    }
    if let Some(v) = case.child_by_field("value") {
        return match v.kind() {
            "expression_list" => CaseLabels::Labels(named_children(v)),
            _ => CaseLabels::Labels(vec![v]),
        };
    }
    if kind == "case_clause" {
        // Python's `case 'A' | 'B':`; `case _:` (and a bare capture) match
        // anything; a guard or another pattern is not read here.
        if case.child_by_field("guard").is_some() {
            return CaseLabels::Unknown;
        }
        let mut labels = Vec::new();
        for pattern in named_children(case).into_iter().filter(|n| n.kind() == "case_pattern") {
            let Some(inner) = pattern.named_child(0) else { return CaseLabels::Default };
            match inner.kind() {
                "union_pattern" => {
                    for alt in named_children(inner) {
                        let alt = if alt.kind() == "case_pattern" { alt.named_child(0) } else { Some(alt) };
                        match alt {
                            Some(a) if a.kind() == "string" || a.kind() == "integer" => labels.push(a),
                            _ => return CaseLabels::Unknown,
                        }
                    }
                }
                "string" | "integer" => labels.push(inner),
                _ => return CaseLabels::Unknown,
            }
        }
        return CaseLabels::Labels(labels);
    }
    if kind == "switch_block_statement_group" {
        let mut labels = Vec::new();
        for label in named_children(case).into_iter().filter(|n| n.kind() == "switch_label") {
            let kids = named_children(label);
            if kids.is_empty() {
                return CaseLabels::Default;
            }
            labels.extend(kids);
        }
        return CaseLabels::Labels(labels);
    }
    CaseLabels::Unknown
}

/// Whether control falls from the end of this case into the next one (C
/// family `case` bodies without `break`, `return`, `throw` or `continue`).
pub fn falls_through(case: Node<'_>) -> bool {
    if !matches!(case.kind(), "switch_block_statement_group" | "switch_case" | "case_statement") {
        return false;
    }
    let last = named_children(case).into_iter().rev().find(|n| !n.kind().contains("comment"));
    !last.is_some_and(|n| {
        let k = n.kind();
        k.contains("break") || k.contains("return") || k.contains("throw") || k.contains("continue")
    })
}

/// A subscript's container and index (`d["k"]`, `a[0]`).
pub fn subscript_parts<'t>(node: Node<'t>) -> Option<(Node<'t>, Node<'t>)> {
    match node.kind() {
        "subscript" | "subscript_expression" | "index_expression" | "array_access" | "element_reference" => {}
        _ => return None,
    }
    let object = field(node, &["value", "object", "operand", "array"]).or_else(|| node.named_child(0))?;
    let index = field(node, &["subscript", "index"]).or_else(|| node.named_child(1))?;
    (object.id() != index.id()).then_some((object, index))
}

/// `a.b` in the grammars' spellings.
pub fn is_field_access(kind: &str) -> bool {
    matches!(
        kind,
        "attribute"
            | "member_expression"
            | "field_access"
            | "selector_expression"
            | "field_expression"
            | "member_access_expression"
            | "scoped_identifier"
    )
}
