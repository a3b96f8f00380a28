//! A local HTTPS stand-in for SNS, for the tests that exercise the real
//! network client: rustls on 127.0.0.1 (an OS-chosen port) with the test
//! TLS certificate (tests/fixtures/pki/tls-sns.pem, issued by the test CA to
//! sns.<region>.amazonaws.com). The client reaches it through the
//! resolve override, so URLs and TLS names stay exactly as in production.
#![allow(dead_code)]

use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

use crate::sns_fixture::pki;

/// What the stand-in answers for a path.
#[derive(Clone)]
pub enum Answer {
    Ok(Vec<u8>),
    Status(u16),
    /// This status with this body.
    Error(u16, Vec<u8>),
    Redirect(String),
    /// Sleep this long, then answer 200 with the body.
    Slow(Duration, Vec<u8>),
}

pub struct LocalSns {
    pub address: SocketAddr,
    routes: Arc<Mutex<Vec<(String, Answer)>>>,
    pub requests: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
}

impl LocalSns {
    pub fn start() -> LocalSns {
        let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(pki("tls-sns.pem"))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let key = PrivateKeyDer::from_pem_file(pki("tls-sns.key")).unwrap();
        let config =
            rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::aws_lc_rs::default_provider()))
                .with_safe_default_protocol_versions()
                .unwrap()
                .with_no_client_auth()
                .with_single_cert(certs, key)
                .unwrap();
        let config = Arc::new(config);
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        let routes: Arc<Mutex<Vec<(String, Answer)>>> = Arc::default();
        let requests: Arc<Mutex<Vec<String>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        {
            let (routes, requests, stop) = (routes.clone(), requests.clone(), stop.clone());
            thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let (config, routes, requests) = (config.clone(), routes.clone(), requests.clone());
                    thread::spawn(move || serve(stream, config, &routes, &requests));
                }
            });
        }
        LocalSns {
            address,
            routes,
            requests,
            stop,
        }
    }

    /// Answer `path_and_query` (exact match; a route of "*" matches all).
    pub fn route(&self, path_and_query: &str, answer: Answer) {
        self.routes.lock().unwrap().push((path_and_query.to_owned(), answer));
    }

    pub fn request_count(&self) -> usize {
        self.requests.lock().unwrap().len()
    }

    /// The resolve override entry that sends `host:443` here.
    pub fn resolve(&self, host: &str) -> String {
        format!("{host}:443:{}", self.address)
    }
}

impl Drop for LocalSns {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.address);
    }
}

fn serve(
    stream: TcpStream,
    config: Arc<rustls::ServerConfig>,
    routes: &Mutex<Vec<(String, Answer)>>,
    requests: &Mutex<Vec<String>>,
) {
    let Ok(connection) = rustls::ServerConnection::new(config) else {
        return;
    };
    let mut tls = rustls::StreamOwned::new(connection, stream);
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && head.len() < 16 * 1024 {
        match tls.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let target = head.split(' ').nth(1).unwrap_or("").to_owned();
    requests.lock().unwrap().push(target.clone());
    let answer = routes
        .lock()
        .unwrap()
        .iter()
        .rev()
        .find(|(path, _)| *path == target || path == "*")
        .map(|(_, answer)| answer.clone())
        .unwrap_or(Answer::Status(404));
    let (status, extra, body) = match answer {
        Answer::Ok(body) => (200, String::new(), body),
        Answer::Status(code) => (code, String::new(), b"error".to_vec()),
        Answer::Error(code, body) => (code, String::new(), body),
        Answer::Redirect(location) => (302, format!("Location: {location}\r\n"), Vec::new()),
        Answer::Slow(delay, body) => {
            thread::sleep(delay);
            (200, String::new(), body)
        }
    };
    let response = format!(
        "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n{extra}\r\n",
        body.len()
    );
    let _ = tls.write_all(response.as_bytes());
    let _ = tls.write_all(&body);
    let _ = tls.flush();
    tls.conn.send_close_notify();
    let _ = tls.flush();
}
