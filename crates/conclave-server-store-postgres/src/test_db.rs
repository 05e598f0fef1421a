//! Throw-away databases for tests: a fresh schema per test on the PostgreSQL named by
//! `CONCLAVE_TEST_PG_URL` (default: the local server on 127.0.0.1:5432, user `postgres`),
//! migrated, and dropped again when the guard goes.

use std::sync::atomic::{AtomicU64, Ordering};

use sqlx::{ConnectOptions, Connection};

use crate::OpenError;

pub const DEFAULT_TEST_PG_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// The server tests use (`CONCLAVE_TEST_PG_URL`, else [`DEFAULT_TEST_PG_URL`]).
pub fn admin_url() -> String {
    std::env::var("CONCLAVE_TEST_PG_URL").unwrap_or_else(|_| DEFAULT_TEST_PG_URL.into())
}

/// A migrated schema of its own; `url` reaches it (its `search_path` is set in the URL).
pub struct TestDatabase {
    pub url: String,
    admin_url: String,
    schema: String,
}

impl TestDatabase {
    /// A fresh, migrated schema on the test server.
    pub async fn create() -> Result<Self, OpenError> {
        Self::create_on(&admin_url()).await
    }

    /// A fresh, migrated schema on the server at `admin_url`.
    pub async fn create_on(admin_url: &str) -> Result<Self, OpenError> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let schema = format!(
            "conclave_test_{}_{}_{:08x}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            rand::random::<u32>()
        );
        let fail = |e: sqlx::Error| OpenError::Connect {
            target: crate::redacted(admin_url),
            reason: e.to_string(),
        };
        let mut c = crate::connect_options(admin_url)?
            .connect()
            .await
            .map_err(fail)?;
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
            .execute(&mut c)
            .await
            .map_err(fail)?;
        let _ = c.close().await;
        let sep = if admin_url.contains('?') { '&' } else { '?' };
        let url = format!("{admin_url}{sep}options=-c%20search_path%3D{schema}");
        crate::migrate(&url).await?;
        Ok(TestDatabase {
            url,
            admin_url: admin_url.to_owned(),
            schema,
        })
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let (admin_url, schema) = (self.admin_url.clone(), self.schema.clone());
        // Drop may run inside a runtime: do the async clean-up on a thread of its own.
        let cleanup = std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            rt.block_on(async move {
                let Ok(options) = crate::connect_options(&admin_url) else {
                    return;
                };
                if let Ok(mut c) = options.connect().await {
                    let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                        "DROP SCHEMA IF EXISTS {schema} CASCADE"
                    )))
                    .execute(&mut c)
                    .await;
                    let _ = c.close().await;
                }
            });
        });
        let _ = cleanup.join();
    }
}
