//! TLS to a PostgreSQL server, with rustls (no OpenSSL to install).
//!
//! As libpq's sslmode: `require` encrypts without checking who answers,
//! `verify-ca` checks the certificate against trusted CAs, `verify-full`
//! also checks that it names the host. Trusted CAs are the system's, plus
//! the school's own CA from `PGSSLROOTCERT` (a PEM file), as libpq reads it.

use crate::domain::location::{PgTarget, Tls};
use crate::{Error, Result};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{ring, verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use std::sync::Arc;
use tokio_postgres_rustls::MakeRustlsConnect;

pub fn connector(target: &PgTarget) -> Result<MakeRustlsConnect> {
    let provider = Arc::new(ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Database(format!("TLS: {e}")))?;
    let config = match target.tls {
        Tls::Require | Tls::Disable => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(Unchecked { provider }))
            .with_no_client_auth(),
        Tls::VerifyCa | Tls::VerifyFull => {
            let roots = Arc::new(trusted_roots()?);
            let webpki = WebPkiServerVerifier::builder_with_provider(roots, provider)
                .build()
                .map_err(|e| Error::Database(format!("TLS: {e}")))?;
            let verifier = Verified {
                webpki,
                check_name: target.tls == Tls::VerifyFull,
            };
            builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(verifier))
                .with_no_client_auth()
        }
    };
    Ok(MakeRustlsConnect::new(config))
}

fn trusted_roots() -> Result<RootCertStore> {
    let mut roots = RootCertStore::empty();
    for cert in rustls_native_certs::load_native_certs().certs {
        let _ = roots.add(cert); // a system certificate rustls cannot read is skipped, as by browsers
    }
    if let Some(file) = std::env::var_os("PGSSLROOTCERT") {
        let shown = std::path::Path::new(&file).display().to_string();
        let certs =
            CertificateDer::pem_file_iter(&file).map_err(|e| Error::Io(format!("PGSSLROOTCERT {shown}: {e}")))?;
        for cert in certs {
            let cert = cert.map_err(|e| Error::Io(format!("PGSSLROOTCERT {shown}: {e}")))?;
            roots
                .add(cert)
                .map_err(|e| Error::Io(format!("PGSSLROOTCERT {shown}: {e}")))?;
        }
    }
    if roots.is_empty() {
        return Err(Error::invalid(
            "no trusted certificates to check the server with: install the system's CA certificates \
             or set PGSSLROOTCERT to the school's CA file",
        ));
    }
    Ok(roots)
}

/// sslmode=require: encrypted, whoever answers (the handshake's signatures
/// are still checked, so the session key belongs to the certificate shown).
#[derive(Debug)]
struct Unchecked {
    provider: Arc<CryptoProvider>,
}

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider.signature_verification_algorithms.supported_schemes()
    }
}

/// verify-ca and verify-full: the chain must lead to a trusted CA; only
/// verify-full also holds the certificate to the host's name.
#[derive(Debug)]
struct Verified {
    webpki: Arc<WebPkiServerVerifier>,
    check_name: bool,
}

impl ServerCertVerifier for Verified {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        match self
            .webpki
            .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
        {
            Err(rustls::Error::InvalidCertificate(CertificateError::NotValidForName))
            | Err(rustls::Error::InvalidCertificate(CertificateError::NotValidForNameContext { .. }))
                if !self.check_name =>
            {
                Ok(ServerCertVerified::assertion())
            }
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        self.webpki.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        self.webpki.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.webpki.supported_verify_schemes()
    }
}
