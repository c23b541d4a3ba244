//! The record writer: one thread owns the store, takes records from a
//! channel and writes them in batches (one transaction each), so a request
//! never waits on the database. The thread ends when every sender is gone
//! (the server and every request still running), after writing everything:
//! that is how shutdown loses no record.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use tokio::sync::oneshot;

use super::{Record, Store, StoreError};

const MAX_BATCH: usize = 512;
const RETRIES: u32 = 3;

enum Command {
    Insert(Box<Record>),
    Load {
        since: i64,
        until: i64,
        reply: oneshot::Sender<Result<Vec<Record>, StoreError>>,
    },
    /// Answers with the number of records once everything sent before is written.
    Flush(oneshot::Sender<Result<u64, StoreError>>),
}

/// Counters shared with the metrics.
#[derive(Debug, Default)]
pub struct RecorderStats {
    pub written: AtomicU64,
    pub failed: AtomicU64,
    pub queued: AtomicU64,
}

/// The sending side; cheap to clone.
#[derive(Clone)]
pub struct Recorder {
    tx: mpsc::Sender<Command>,
    stats: Arc<RecorderStats>,
}

/// Resolves when the writer has written everything and stopped.
pub struct RecorderDone(oneshot::Receiver<()>);

impl RecorderDone {
    /// Waits at most `limit`; false when the writer did not finish in time.
    pub async fn wait(self, limit: Duration) -> bool {
        matches!(tokio::time::timeout(limit, self.0).await, Ok(Ok(())))
    }
}

impl Recorder {
    /// Starts the writer thread on `store`.
    pub fn start(mut store: Box<dyn Store>) -> (Recorder, RecorderDone) {
        let (tx, rx) = mpsc::channel::<Command>();
        let (done_tx, done_rx) = oneshot::channel();
        let stats = Arc::new(RecorderStats::default());
        let thread_stats = stats.clone();
        std::thread::Builder::new()
            .name("vigil-records".into())
            .spawn(move || {
                write_loop(store.as_mut(), &rx, &thread_stats);
                let _ = done_tx.send(());
            })
            .expect("spawn the record writer thread");
        (Recorder { tx, stats }, RecorderDone(done_rx))
    }

    /// Queues a record; never blocks.
    pub fn record(&self, record: Record) {
        self.stats.queued.fetch_add(1, Ordering::Relaxed);
        if self.tx.send(Command::Insert(Box::new(record))).is_err() {
            self.stats.failed.fetch_add(1, Ordering::Relaxed);
        }
    }

    pub async fn load(&self, since: i64, until: i64) -> Result<Vec<Record>, StoreError> {
        let (reply, rx) = oneshot::channel();
        self.tx.send(Command::Load { since, until, reply }).map_err(|_| StoreError::Stopped)?;
        rx.await.map_err(|_| StoreError::Stopped)?
    }

    /// Waits until every record queued so far is written; the total count.
    pub async fn flush(&self) -> Result<u64, StoreError> {
        let (reply, rx) = oneshot::channel();
        self.tx.send(Command::Flush(reply)).map_err(|_| StoreError::Stopped)?;
        rx.await.map_err(|_| StoreError::Stopped)?
    }

    pub fn stats(&self) -> &RecorderStats {
        &self.stats
    }
}

fn write_loop(store: &mut dyn Store, rx: &mpsc::Receiver<Command>, stats: &RecorderStats) {
    let mut batch: Vec<Record> = Vec::new();
    while let Ok(first) = rx.recv() {
        let mut next = Some(first);
        while let Some(command) = next.take() {
            match command {
                Command::Insert(r) => {
                    batch.push(*r);
                    if batch.len() < MAX_BATCH {
                        next = rx.try_recv().ok();
                    }
                }
                other => {
                    write_batch(store, &mut batch, stats);
                    answer(store, other);
                }
            }
        }
        write_batch(store, &mut batch, stats);
    }
    write_batch(store, &mut batch, stats);
}

fn write_batch(store: &mut dyn Store, batch: &mut Vec<Record>, stats: &RecorderStats) {
    if batch.is_empty() {
        return;
    }
    let n = batch.len() as u64;
    for attempt in 0..=RETRIES {
        match store.insert(batch) {
            Ok(()) => {
                stats.written.fetch_add(n, Ordering::Relaxed);
                stats.queued.fetch_sub(n, Ordering::Relaxed);
                batch.clear();
                return;
            }
            Err(e) if attempt < RETRIES => {
                tracing::warn!("writing {n} records failed, retrying: {e}");
                std::thread::sleep(Duration::from_millis(200 << attempt));
            }
            Err(e) => {
                tracing::error!("{n} records lost: {e}");
                eprintln!("vigil serve: {n} records could not be written: {e}");
            }
        }
    }
    stats.failed.fetch_add(n, Ordering::Relaxed);
    stats.queued.fetch_sub(n, Ordering::Relaxed);
    batch.clear();
}

fn answer(store: &mut dyn Store, command: Command) {
    match command {
        Command::Insert(_) => {}
        Command::Load { since, until, reply } => {
            let _ = reply.send(store.load(since, until));
        }
        Command::Flush(reply) => {
            let _ = reply.send(store.count());
        }
    }
}
