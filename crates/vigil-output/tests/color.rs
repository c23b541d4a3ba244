//! Colour comes only from `RenderOptions::color`.

mod fixture;

use vigil_output::{render_to_string, Format};

#[test]
fn colour_on_emits_ansi_codes_in_text() {
    let options = vigil_output::RenderOptions { color: true, ..fixture::options() };
    let out = render_to_string(&fixture::report(), Format::Text, &options);
    assert!(out.contains("\u{1b}["), "no ANSI escape in coloured output:\n{out}");
    // Styles are always reset, so colour never leaks into the next line.
    assert!(out.contains("\u{1b}[0m"));
}

#[test]
fn colour_off_emits_none_in_any_format() {
    for report in [fixture::report(), fixture::awkward_report(), Default::default()] {
        for format in Format::ALL {
            let out = render_to_string(&report, format, &fixture::options());
            assert!(!out.contains('\u{1b}'), "escape byte in {format} output with colour off:\n{out}");
        }
    }
}

#[test]
fn colour_on_does_not_change_the_text() {
    // Stripping the escapes from coloured output gives the plain output.
    let plain = render_to_string(&fixture::report(), Format::Text, &fixture::options());
    let options = vigil_output::RenderOptions { color: true, ..fixture::options() };
    let coloured = render_to_string(&fixture::report(), Format::Text, &options);
    assert_eq!(strip_ansi(&coloured), plain);
}

/// Removes `ESC [ ... letter` sequences, the only kind `anstyle` writes.
fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
