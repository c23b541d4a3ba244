//! Criterion benchmarks: scanning and redacting a 100 KB prompt (prose,
//! code and configuration with a few secrets), a small snippet, and code.
//!
//! `cargo bench -p vigil-secrets --bench secrets`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use vigil_secrets::{unredact, RedactOptions, SecretScanner};

mod prompt;
use prompt::prompt;

fn bench(c: &mut Criterion) {
    let scanner = SecretScanner::new();
    scanner.precompile();
    let big = prompt(100_000);
    let snippet = prompt(1_000);
    let mut g = c.benchmark_group("secrets");
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("scan_prompt_100k", |b| b.iter(|| scanner.scan(black_box(&big))));
    g.bench_function("redact_prompt_100k", |b| b.iter(|| scanner.redact(black_box(&big), &RedactOptions::default())));
    g.bench_function("redact_prompt_100k_with_pii", |b| {
        b.iter(|| scanner.redact(black_box(&big), &RedactOptions::all()))
    });
    let r = scanner.redact(&big, &RedactOptions::all());
    g.bench_function("unredact_prompt_100k", |b| b.iter(|| unredact(black_box(&r.text), &r.mapping)));
    g.throughput(Throughput::Bytes(snippet.len() as u64));
    g.bench_function("scan_snippet_1k", |b| b.iter(|| scanner.scan(black_box(&snippet))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
