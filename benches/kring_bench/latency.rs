//! A network between kring and its server, on one machine: a proxy on a
//! Unix socket that holds every message for a while before passing it on
//! (`tc netem` is not available in every container, and does not touch a
//! Unix socket), and counts the round trips the client starts.

use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

pub(super) struct Proxy {
    dir: tempfile::TempDir,
    turns: Arc<AtomicU64>,
}

impl Proxy {
    /// A proxy in front of the server listening on `upstream` (its socket
    /// file), delaying each message by `one_way` in each direction.
    pub(super) fn start(upstream: PathBuf, one_way: Duration) -> Proxy {
        let dir = tempfile::tempdir().expect("a directory for the proxy's socket");
        let name = upstream.file_name().expect("a socket file").to_owned();
        let listener = UnixListener::bind(dir.path().join(name)).expect("the proxy listens");
        let turns = Arc::new(AtomicU64::new(0));
        let counted = turns.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { break };
                let Ok(server) = UnixStream::connect(&upstream) else {
                    continue;
                };
                // The client's next message starts a round trip once the
                // server has answered the last one.
                let answered = Arc::new(AtomicBool::new(true));
                let (waiting, turns) = (answered.clone(), counted.clone());
                let (client_in, server_out) = (client.try_clone().unwrap(), server.try_clone().unwrap());
                pump(client_in, server_out, one_way, move || {
                    if waiting.swap(false, Ordering::SeqCst) {
                        turns.fetch_add(1, Ordering::SeqCst);
                    }
                });
                pump(server, client, one_way, move || answered.store(true, Ordering::SeqCst));
            }
        });
        Proxy { dir, turns }
    }

    /// The directory to give as the host (`?host=DIR`, `psql -h DIR`).
    pub(super) fn host(&self) -> &Path {
        self.dir.path()
    }

    /// Round trips clients started since the last call.
    pub(super) fn take_turns(&self) -> u64 {
        self.turns.swap(0, Ordering::SeqCst)
    }
}

/// Copy `from` to `to`, each chunk written `delay` after it was read
/// (chunks read meanwhile wait their own turn, not one after another).
fn pump(mut from: UnixStream, mut to: UnixStream, delay: Duration, on_data: impl Fn() + Send + 'static) {
    let (send, received) = mpsc::channel::<(Instant, Vec<u8>)>();
    std::thread::spawn(move || {
        let mut buffer = vec![0; 1 << 16];
        while let Ok(n) = from.read(&mut buffer) {
            if n == 0 {
                break;
            }
            on_data();
            if send.send((Instant::now(), buffer[..n].to_vec())).is_err() {
                break;
            }
        }
    });
    std::thread::spawn(move || {
        for (read_at, bytes) in received {
            let due = read_at + delay;
            if let Some(wait) = due.checked_duration_since(Instant::now()) {
                std::thread::sleep(wait);
            }
            if to.write_all(&bytes).is_err() {
                break;
            }
        }
        let _ = to.shutdown(std::net::Shutdown::Write);
    });
}
